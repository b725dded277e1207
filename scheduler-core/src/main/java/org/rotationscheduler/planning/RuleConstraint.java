package org.rotationscheduler.planning;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rotationscheduler.rules.RuleId;

/**
 * Every constraint of {@link RotationConstraints}: the rule it scores and its name in Timefold.
 * A rule with several constraints (E9 and E11 within the plan and against earlier plans, F1's
 * spread and maxima, F5, F6) has one constant each; all of them take their id from {@link RuleId}.
 */
public enum RuleConstraint {
    E1(RuleId.E1),
    E2(RuleId.E2),
    E3(RuleId.E3),
    E4(RuleId.E4),
    E5(RuleId.E5),
    E6(RuleId.E6),
    E13(RuleId.E13),
    /** Eligibility entries of the campaign data under any other hard-rule id (§8); always hard. */
    ELIGIBILITY_DATA(null, "eligibility data rule"),
    E7(RuleId.E7),
    E8(RuleId.E8),
    E9(RuleId.E9),
    E9_HISTORY(RuleId.E9, "overlaps a round of an earlier plan"),
    E10(RuleId.E10),
    E11(RuleId.E11),
    E11_HISTORY(RuleId.E11, "rest after a round of an earlier plan"),
    E12(RuleId.E12),
    UNFILLED(RuleId.UNFILLED),
    F1(RuleId.F1),
    F1_SEASON(RuleId.F1, "maximum rounds per season"),
    F1_CAMPAIGN(RuleId.F1, "maximum rounds per campaign"),
    F1_LIFETIME(RuleId.F1, "maximum rounds in all"),
    F2(RuleId.F2),
    F3(RuleId.F3),
    F4(RuleId.F4),
    F5(RuleId.F5),
    F5_NEWCOMERS(RuleId.F5, "newcomers together"),
    F6(RuleId.F6),
    F6_SECRETARY(RuleId.F6, "no party member of the lead unit"),
    F7(RuleId.F7),
    F8(RuleId.F8),
    F9(RuleId.F9);

    private static final Map<String, RuleConstraint> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(RuleConstraint::constraintName, Function.identity()));

    private final RuleId rule;
    private final String constraintName;

    RuleConstraint(RuleId rule) {
        this.rule = rule;
        this.constraintName = rule.englishWithId();
    }

    RuleConstraint(RuleId rule, String what) {
        this.rule = rule;
        this.constraintName = rule == null ? what : rule.id() + " " + what;
    }

    /** The rule this constraint scores; empty for {@link #ELIGIBILITY_DATA}, whose entries carry their own id. */
    public Optional<RuleId> rule() {
        return Optional.ofNullable(rule);
    }

    /** The constraint's name in Timefold (score analysis, weight overrides). */
    public String constraintName() {
        return constraintName;
    }

    public static Optional<RuleConstraint> byName(String constraintName) {
        return Optional.ofNullable(BY_NAME.get(constraintName));
    }
}
