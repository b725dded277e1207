package org.rotationscheduler.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.Unit;

/**
 * The order in which reports list units: as the unit catalogue lists them (ministry departments,
 * dispatched agencies, affiliated units, provinces, local bureaus), then units only the register
 * knows (e.g. county bureaus) by name.
 */
public final class UnitOrder implements Comparator<Unit> {
    private final Map<Unit, Integer> position = new HashMap<>();

    public UnitOrder(Campaign campaign) {
        List<Unit> units = campaign.units().units();
        for (int i = 0; i < units.size(); i++) {
            position.putIfAbsent(units.get(i), i);
        }
    }

    @Override
    public int compare(Unit a, Unit b) {
        int pa = position.getOrDefault(a, Integer.MAX_VALUE);
        int pb = position.getOrDefault(b, Integer.MAX_VALUE);
        return pa != pb ? Integer.compare(pa, pb) : a.name().compareTo(b.name());
    }
}
