package org.rotationscheduler.model;

import java.util.List;
import java.util.Objects;

/**
 * A city of the campaign (P1) with its partner triad (P2).
 *
 * @param annexOrder position within its annex, from 1
 * @param attached areas covered by this city (P1)
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
