package org.rotationscheduler.domain.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** P3: the kinds of unit that send cadres. */
public enum UnitType {
    MINISTRY("ministry", "部机关部门"),
    DISPATCHED("dispatched", "派出机构"),
    AFFILIATED("affiliated", "直属单位"),
    PROVINCIAL("provincial", "省级生态环境部门"),
    LOCAL("local", "地方生态环境部门");

    private final String key;
    private final String label;

    UnitType(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<UnitType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.key.equals(t) || v.label.equals(text.trim())).findFirst();
    }
}
