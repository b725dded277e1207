package org.rotationscheduler.domain.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Cadre ranks from the register (§10), highest first. */
public enum Rank {
    BUREAU("司局级", "bureau"),
    DIVISION("处级", "division"),
    SECTION("科级", "section"),
    STAFF("科员", "staff");

    private final String label;
    private final String key;

    Rank(String label, String key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    public String key() {
        return key;
    }

    /** True when this rank is the given one or higher. */
    public boolean atLeast(Rank other) {
        return ordinal() <= other.ordinal();
    }

    /** True when this rank is strictly higher than the other (司局级 outranks 处级; E12). */
    public boolean outranks(Rank other) {
        return ordinal() < other.ordinal();
    }

    public static Optional<Rank> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.label.equals(t) || r.key.equals(lower)).findFirst();
    }

    public static String accepted() {
        return "司局级, 处级, 科级, 科员 (or bureau, division, section, staff)";
    }
}
