package org.rotationscheduler.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * A unit that sends cadres (P3). Equality is by official name: a unit is named once in the catalogue.
 *
 * @param name official full name, e.g. 大气环境司
 * @param aliases short names the annexes and registers use, e.g. 大气司
 * @param type unit type
 * @param province province short name, null for ministry-level units
 */
public record Unit(String name, List<String> aliases, UnitType type, String province) {
    public Unit {
        Objects.requireNonNull(name);
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(type);
    }

    /** The short name the annexes use, or the full name when there is none. */
    public String shortName() {
        return aliases.isEmpty() ? name : aliases.get(0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit other && other.name.equals(name);
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
