package org.rotationscheduler.domain.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** P3: every unit the campaign knows, found by full name or alias. */
public final class UnitCatalogue {
    private final List<Unit> units;
    private final Map<String, Unit> byName = new LinkedHashMap<>();

    public UnitCatalogue(List<Unit> units) {
        this.units = List.copyOf(units);
        for (Unit unit : units) {
            byName.put(unit.name(), unit);
        }
        for (Unit unit : units) {
            for (String alias : unit.aliases()) {
                byName.putIfAbsent(alias, unit);
            }
        }
    }

    public List<Unit> units() {
        return units;
    }

    public Optional<Unit> find(String nameOrAlias) {
        return nameOrAlias == null ? Optional.empty() : Optional.ofNullable(byName.get(nameOrAlias.trim()));
    }

    /** The provincial department of a province (its short name, e.g. 山东). */
    public Optional<Unit> provincialDepartment(String province) {
        return units.stream()
                .filter(u -> u.type() == UnitType.PROVINCIAL && province.equals(u.province()))
                .findFirst();
    }

    /** The names closest to a misspelt one, for "did you mean" messages. */
    public List<String> nearest(String text, int limit) {
        return byName.keySet().stream()
                .sorted(Comparator.comparingInt((String n) -> Similarity.distance(text, n)).thenComparing(n -> n))
                .limit(limit)
                .toList();
    }
}
