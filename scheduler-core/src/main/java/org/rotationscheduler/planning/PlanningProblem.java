package org.rotationscheduler.planning;

import java.util.List;
import java.util.Set;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Register;

/**
 * What solving needs, as {@link ProblemBuilder#problem} built it: the planning solution of some
 * rounds and what the build found out on the way.
 *
 * @param season the season planned, or null for a run over the whole campaign
 * @param exemptFromQuota cadres bound by E4 who cannot serve any round of a scope (dates or rules):
 *     excused, not penalised
 */
public record PlanningProblem(Campaign campaign, Register register, Season season, List<Round> rounds,
        RotationSolution solution, Set<Cadre> exemptFromQuota) {

    public PlanningProblem {
        rounds = List.copyOf(rounds);
        exemptFromQuota = Set.copyOf(exemptFromQuota);
    }
}
