package org.rotationscheduler.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Register;

/**
 * The register's cadres grouped by what their date-free eligibility depends on (unit, rank,
 * post), so that a register of 20,000 cadres is tested against each seat kind a few hundred times
 * instead of 20,000 times. Profiles are numbered from 0 in register order.
 */
final class CadreProfiles {
    private final List<List<Cadre>> profiles;

    CadreProfiles(Register register) {
        Map<List<Object>, List<Cadre>> byKey = new LinkedHashMap<>();
        for (Cadre c : register.cadres()) {
            byKey.computeIfAbsent(List.of(c.unit(), c.rank(), c.post()), k -> new ArrayList<>()).add(c);
        }
        this.profiles = List.copyOf(byKey.values());
    }

    int size() {
        return profiles.size();
    }

    List<Cadre> members(int profile) {
        return profiles.get(profile);
    }

    /** Any member: all of a profile's members pass or fail the date-free rules together. */
    Cadre representative(int profile) {
        return profiles.get(profile).get(0);
    }

    /** The number of cadres in the given profiles. */
    int cadres(BitSet set) {
        int n = 0;
        for (int p = set.nextSetBit(0); p >= 0; p = set.nextSetBit(p + 1)) {
            n += profiles.get(p).size();
        }
        return n;
    }
}
