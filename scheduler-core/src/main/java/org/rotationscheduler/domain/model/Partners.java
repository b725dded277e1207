package org.rotationscheduler.domain.model;

import java.util.ArrayList;
import java.util.List;

/**
 * P2: a city's "three in one" partners, with the labels the annex writes for each (O1).
 *
 * @param lead the lead unit (牵头单位)
 * @param affiliated one or more directly affiliated units (铜川: five stations)
 * @param provincial the partner province's ecology and environment department
 * @param partnerProvince the partner province's short name, e.g. 海南
 */
public record Partners(
        Unit lead,
        String leadLabel,
        List<Unit> affiliated,
        List<String> affiliatedLabels,
        Unit provincial,
        String partnerProvince) {

    public Partners {
        affiliated = List.copyOf(affiliated);
        affiliatedLabels = List.copyOf(affiliatedLabels);
    }

    public List<Unit> all() {
        List<Unit> all = new ArrayList<>();
        all.add(lead);
        all.addAll(affiliated);
        all.add(provincial);
        return all;
    }

    /** F3: a partner unit, or a local bureau of the partner province (its side of the triad). */
    public boolean partnerSide(Unit unit) {
        return includes(unit) || (unit.type() == UnitType.LOCAL && partnerProvince.equals(unit.province()));
    }

    public boolean includes(Unit unit) {
        return unit.equals(lead) || unit.equals(provincial) || affiliated.contains(unit);
    }
}
