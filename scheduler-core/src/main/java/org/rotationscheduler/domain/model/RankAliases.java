package org.rotationscheduler.domain.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Ranks as offices write them in a register (正处级, 二级调研员 …), each standing for one of the four
 * ranks of §10. Campaign data ({@code ranks.aliases} in YAML), not code: another office's words
 * are added there.
 *
 * @param byAlias each alias and the rank it stands for, in YAML order
 */
public record RankAliases(Map<String, Rank> byAlias) {
    public static final RankAliases NONE = new RankAliases(Map.of());

    public RankAliases {
        byAlias = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byAlias));
    }

    /** A rank's label or key (Rank.parse), else an alias; spaces around and inside are ignored. */
    public Optional<Rank> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.replace('\u3000', ' ').replace(" ", "").trim();
        Optional<Rank> rank = Rank.parse(t);
        return rank.isPresent() ? rank : Optional.ofNullable(byAlias.get(t));
    }

    /** The aliases of one rank, in YAML order. */
    public List<String> of(Rank rank) {
        return byAlias.entrySet().stream().filter(e -> e.getValue() == rank).map(Map.Entry::getKey).toList();
    }

    /** What a register's rank cell may hold, for messages. */
    public String accepted() {
        if (byAlias.isEmpty()) {
            return Rank.accepted();
        }
        String examples = byAlias.keySet().stream().limit(4).collect(Collectors.joining(", "));
        return Rank.accepted() + ", or a rank the campaign's ranks.aliases names (e.g. " + examples + ")";
    }
}
