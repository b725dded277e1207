package org.rotationscheduler.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.planning.ProblemBuilder;
import org.rotationscheduler.planning.RotationSolution;
import org.rotationscheduler.planning.SeatAssignment;

class GreedyBaselineTest {

    /** "First candidate not seated elsewhere in the round", stated as properties of the result. */
    @Test
    void everySeatGetsItsFirstCandidateNotYetSeatedInTheRound() {
        BenchInstance mini = BenchInstance.generate(Suite.MINI, 2019);
        RotationSolution problem = new ProblemBuilder(mini.campaign(), mini.register()).build(mini.rounds());

        List<Assignment> plan = new GreedyBaseline().fill(problem);

        assertThat(plan).hasSize(problem.getSeats().size());
        Map<Integer, Set<Cadre>> seated = new HashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            SeatAssignment seat = problem.getSeats().get(i);
            Assignment a = plan.get(i);
            assertThat(a.seat()).isSameAs(seat.getSeat());
            Set<Cadre> before = seated.computeIfAbsent(seat.getRoundNumber(), r -> new HashSet<>());
            List<Cadre> candidates = seat.getCandidates();
            if (a.filled()) {
                int k = candidates.indexOf(a.cadre());
                assertThat(k).as("a candidate of %s", seat).isNotNegative();
                assertThat(before).as("the ones listed first sit elsewhere").containsAll(candidates.subList(0, k));
                assertThat(before.add(a.cadre())).as("nobody twice in round %d", seat.getRoundNumber()).isTrue();
            } else {
                assertThat(before).containsAll(candidates);
            }
            assertThat(seat.getCadre()).as("the problem is left as it was").isNull();
        }
        assertThat(plan).anyMatch(Assignment::filled);
    }
}
