package org.rotationscheduler.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.in.yaml.CampaignLoader;

/** The plan's own cloner: new seats with every field of the old ones, the same facts. */
class RotationSolutionClonerTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "small");

    private static RotationSolution solved() {
        Campaign campaign = new CampaignLoader().load(EXAMPLE.resolve("campaign.yaml"));
        Register register = new RegisterReader(campaign.units()).read(EXAMPLE.resolve("register.csv"));
        Season season = campaign.roundCalendar().season("autumn", null).orElseThrow();
        PlanningProblem problem = new ProblemBuilder(campaign, register).problem(season,
                campaign.roundCalendar().roundsOf(season));
        return new RotationSolver().solve(problem, new SolveSettings(null, null, 0, 0), (t, s, n) -> { }).solution();
    }

    @Test
    void aCloneHasNewSeatsWithEveryFieldOfTheOldOnesAndSharesTheFacts() throws IllegalAccessException {
        RotationSolution original = solved();
        original.getSeats().get(0).setPinned(true); // a pinned seat stays pinned in the clone
        RotationSolution clone = new RotationSolutionCloner().cloneSolution(original);

        assertThat(clone).isNotSameAs(original);
        assertThat(clone.getScore()).isEqualTo(original.getScore());
        assertThat(clone.getCadres()).isSameAs(original.getCadres());
        assertThat(clone.getTeams()).isSameAs(original.getTeams());
        assertThat(clone.getQuotaDuties()).isSameAs(original.getQuotaDuties());
        assertThat(clone.getConstraintWeightOverrides()).isSameAs(original.getConstraintWeightOverrides());
        assertThat(clone.getSeats()).isNotSameAs(original.getSeats()).hasSameSizeAs(original.getSeats());
        // every declared field, so that a field added to the seat later cannot be forgotten by copy()
        List<Field> fields = java.util.Arrays.stream(SeatAssignment.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).toList();
        assertThat(fields).hasSizeGreaterThan(20);
        for (int k = 0; k < original.getSeats().size(); k++) {
            SeatAssignment was = original.getSeats().get(k);
            SeatAssignment copy = clone.getSeats().get(k);
            assertThat(copy).isNotSameAs(was);
            for (Field f : fields) {
                f.setAccessible(true);
                assertThat(f.get(copy)).as(was.getId() + "." + f.getName()).isEqualTo(f.get(was));
            }
        }
        // changing a clone's seat leaves the original alone
        SeatAssignment first = clone.getSeats().get(1);
        var before = original.getSeats().get(1).getCadre();
        first.setCadre(null);
        assertThat(original.getSeats().get(1).getCadre()).isEqualTo(before).isNotNull();
    }
}
