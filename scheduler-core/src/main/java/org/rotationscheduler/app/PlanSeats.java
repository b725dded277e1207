package org.rotationscheduler.app;

import java.util.List;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.SourceLocation;

/** Finds the seats a command names by city, round and "group:seat[:n]" (e.g. 普通组2:干部:2). */
public final class PlanSeats {
    private PlanSeats() {
    }

    public static List<Assignment> of(Plan plan, String city, int round) {
        String host = plan.campaign().city(city).map(c -> c.name()).orElseThrow(() -> InputException.of(
                SourceLocation.file("command line"), "--city", "unknown city '" + city + "'; the cities are "
                        + plan.campaign().cities().stream().map(c -> c.name()).toList()));
        List<Assignment> seats = plan.assignments().stream()
                .filter(a -> a.seat().city().name().equals(host) && a.seat().round().number() == round).toList();
        if (seats.isEmpty()) {
            throw InputException.of(SourceLocation.file("command line"), "--round", "the plan has no round " + round
                    + "; it covers rounds " + plan.rounds().get(0).number() + "-"
                    + plan.rounds().get(plan.rounds().size() - 1).number());
        }
        return seats;
    }

    public static Assignment one(Plan plan, String city, int round, String seat) {
        List<Assignment> seats = of(plan, city, round);
        String[] parts = seat.split("[:/：]");
        String group = parts[0];
        String role = parts.length > 1 ? parts[1] : null;
        int n = parts.length > 2 ? number(parts[2]) : 1;
        List<Assignment> matching = seats.stream()
                .filter(a -> a.seat().group().name().equals(group) && (role == null || a.seat().roleLabel().equals(role)))
                .toList();
        if (matching.size() < n || n < 1) {
            throw InputException.of(SourceLocation.file("command line"), "--seat", "no seat '" + seat + "' in " + city
                    + " round " + round + "; write GROUP:SEAT[:N], e.g. 中心组:组长 or 普通组2:干部:2");
        }
        return matching.get(n - 1);
    }

    /** The N of GROUP:SEAT:N; anything but a whole number is reported as bad input (0 = no such seat). */
    private static int number(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
