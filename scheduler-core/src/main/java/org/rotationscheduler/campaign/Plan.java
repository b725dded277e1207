package org.rotationscheduler.campaign;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Register;

/**
 * A plan: every seat of the planned rounds and who sits in it, with the campaign and register it
 * was made from. What the exporters, the checker and the later commands work on.
 *
 * @param season the planned season, or null when the plan spans several
 * @param assignments one per seat, in roster order (round, city in annex order, group, seat)
 */
public record Plan(Campaign campaign, Register register, Season season, List<Round> rounds,
        List<Assignment> assignments) {

    public Plan {
        rounds = List.copyOf(rounds);
        assignments = List.copyOf(assignments);
    }

    public long filled() {
        return assignments.stream().filter(Assignment::filled).count();
    }

    public long unfilled() {
        return assignments.size() - filled();
    }

    public Map<String, Assignment> bySeatId() {
        return assignments.stream().collect(Collectors.toMap(a -> a.seat().id(), Function.identity()));
    }

    public String describeScope() {
        // in Chinese: the scope heads the roster's printed pages (O7)
        return season != null ? season.toString()
                : "全部轮次（第" + rounds.get(0).number() + "至" + rounds.get(rounds.size() - 1).number() + "轮）";
    }
}
