package org.rotationscheduler.domain.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * G1, G5: how many groups of each kind a city has, by default, per city, and changed from a
 * given round on.
 */
public record GroupCounts(Map<String, Integer> defaults, Map<String, Map<String, Integer>> cities, List<Change> changes) {

    /** From round {@code fromRound} on, {@code city} has these counts (kinds not named keep theirs). */
    public record Change(int fromRound, String city, Map<String, Integer> counts) {
        public Change {
            counts = Map.copyOf(counts);
        }
    }

    public GroupCounts {
        defaults = Map.copyOf(defaults);
        cities = Map.copyOf(cities);
        changes = List.copyOf(changes);
    }

    /** Counts per group kind id for a city in a round, in the order of the given kinds. */
    public Map<String, Integer> countsFor(String city, int round, List<GroupKind> kinds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (GroupKind kind : kinds) {
            counts.put(kind.id(), defaults.getOrDefault(kind.id(), 0));
        }
        counts.putAll(cities.getOrDefault(city, Map.of()));
        changes.stream()
                .filter(c -> c.city().equals(city) && c.fromRound() <= round)
                .sorted((a, b) -> Integer.compare(a.fromRound(), b.fromRound()))
                .forEach(c -> counts.putAll(c.counts()));
        return counts;
    }

    public GroupCounts withChange(Change change) {
        List<Change> all = new java.util.ArrayList<>(changes);
        all.add(change);
        return new GroupCounts(defaults, cities, all);
    }
}
