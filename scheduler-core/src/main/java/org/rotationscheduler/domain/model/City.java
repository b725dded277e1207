package org.rotationscheduler.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * A city of the campaign (P1) with its partner triad (P2).
 *
 * @param annexOrder position within its annex, from 1
 * @param attached areas covered by this city (P1)
 * @param partners its partner triad, or null when the city has none (P5)
 */
public record City(
        String name,
        String province,
        String region,
        int annex,
        int annexOrder,
        List<String> attached,
        Partners partners) {

    public City {
        Objects.requireNonNull(name);
        attached = List.copyOf(attached);
    }

    /** P5: whether the city has partner units; rules and outputs about partners apply only where it has. */
    public boolean hasPartners() {
        return partners != null;
    }

    /** P2: the lead unit, or null when the city has no partners (P5). */
    public Unit lead() {
        return partners == null ? null : partners.lead();
    }

    /** P2: the lead, affiliated and provincial partner units; none when the city has no partners (P5). */
    public List<Unit> partnerUnits() {
        return partners == null ? List.of() : partners.all();
    }

    /** F3: a partner unit or a local bureau of the partner province; never true without partners (P5). */
    public boolean partnerSide(Unit unit) {
        return partners != null && partners.partnerSide(unit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof City other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
