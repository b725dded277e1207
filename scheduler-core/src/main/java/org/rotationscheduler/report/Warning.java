package org.rotationscheduler.report;

import java.util.List;

/**
 * A necessary condition the data breaks: the plan will have empty seats or broken rules whatever
 * the solver does. Messages never name a private state (S1): a cadre's dates are "not eligible for
 * these dates".
 *
 * @param rules the rule ids involved, e.g. [E3, E5]
 * @param season the season id, e.g. autumn-2019
 */
public record Warning(List<String> rules, String season, String message) {
    public Warning {
        rules = List.copyOf(rules);
    }

    @Override
    public String toString() {
        return "WARNING " + String.join(" ", rules) + ": " + season + ": " + message;
    }
}
