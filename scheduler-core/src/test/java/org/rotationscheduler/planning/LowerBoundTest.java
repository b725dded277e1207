package org.rotationscheduler.planning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitType;

/**
 * The flow bound (#16) against brute force on tiny instances: one city, three autumn rounds, four
 * seats, six cadres. The plain flow must equal the best plan of the relaxation it claims to solve
 * (enumerated here independently), and neither it nor the Lagrangian bound may exceed the true
 * optimum, which the solver's own constraints score plan by plan.
 */
class LowerBoundTest {
    private static final int SEATS = 4;
    private final Fixtures fixtures = new Fixtures();
    private final PlanAnalysis analysis = new PlanAnalysis();

    @Test
    void theFlowSolvesItsRelaxationExactlyAndNoBoundExceedsTheTrueOptimum() {
        int compared = 0;
        for (long seed = 1; seed <= 12; seed++) {
            compared += checkOne(seed) ? 1 : 0;
        }
        assertThat(compared).as("instances where a plan keeps every hard rule").isGreaterThanOrEqualTo(6);
    }

    /** True when the instance had a plan with zero hard to compare the bound with. */
    private boolean checkOne(long seed) {
        RotationSolution problem = tinyProblem(seed);
        FlowRelaxation relaxation = new FlowRelaxation(problem);
        FlowRelaxation.Outcome plain = relaxation.solve(relaxation.zero());
        long[] relaxed = bruteForceRelaxation(problem);
        HardMediumSoftLongScore best = bruteForceTrueOptimum(problem);
        if (relaxed == null) {
            assertThat(plain).as("seed %d: E4 cannot be met: the flow must say so", seed).isNull();
            assertThat(best).isNull();
            return false;
        }
        assertThat(plain).as("seed %d", seed).isNotNull();
        assertThat(new long[] {plain.unfilled(), plain.penalty()}).as("seed %d: flow = enumerated relaxation", seed)
                .containsExactly(relaxed);

        LowerBound.Result bound = new LowerBound(problem).compute(System.currentTimeMillis() + 300, () -> false, -1)
                .result();
        assertThat(bound.flowPenalty()).isEqualTo(plain.penalty());
        assertThat(bound.penalty()).isGreaterThanOrEqualTo(bound.flowPenalty());
        if (best == null) {
            return false;
        }
        long unfilledWeight = problem.getConstraintWeightOverrides()
                .getConstraintWeight(RuleConstraint.UNFILLED.constraintName()).mediumScore();
        assertThat(bound.unfilled() * unfilledWeight).as("seed %d: no plan fills more seats than the relaxation", seed)
                .isLessThanOrEqualTo(-best.mediumScore());
        if (bound.unfilled() * unfilledWeight == -best.mediumScore()) {
            assertThat(bound.penalty()).as("seed %d: bound ≤ true optimum %s", seed, best)
                    .isLessThanOrEqualTo(-best.softScore());
            assertThat(bound.gap(best, unfilledWeight)).isGreaterThanOrEqualTo(0);
        }
        return true;
    }

    // ---- the instance ----

    private RotationSolution tinyProblem(long seed) {
        Random random = new Random(seed);
        City city = fixtures.campaign.city("阳泉").orElseThrow();
        Campaign campaign = fixtures.campaign.withCities(List.of(city));
        List<Unit> units = new ArrayList<>(city.partners().all());
        fixtures.campaign.units().units().stream()
                .filter(u -> u.type() == UnitType.MINISTRY && !city.partners().partnerSide(u)).limit(2)
                .forEach(units::add);
        Rank[] ranks = {Rank.BUREAU, Rank.DIVISION, Rank.DIVISION, Rank.SECTION};
        List<Cadre> cadres = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Fixtures.CadreBuilder b = fixtures.cadre("c" + i, units.get(random.nextInt(units.size())).name(),
                    ranks[random.nextInt(ranks.length)]).served(random.nextInt(3));
            if (random.nextBoolean()) {
                b.party();
            }
            cadres.add(b.build());
        }
        Register register = new Register("tiny", cadres);
        List<Round> rounds = campaign.roundCalendar().roundsOf(campaign.roundCalendar().season("autumn", null)
                .orElseThrow()).subList(0, 3);
        RotationSolution full = new ProblemBuilder(campaign, register).build(rounds);
        List<SeatAssignment> open = new ArrayList<>(full.getSeats().stream().filter(s -> !s.getCandidates().isEmpty()).toList());
        List<SeatAssignment> chosen = new ArrayList<>();
        while (chosen.size() < SEATS && !open.isEmpty()) {
            chosen.add(open.remove(random.nextInt(open.size())));
        }
        // E4 binds only cadres some chosen seat can take, as ProblemBuilder excuses the others
        List<QuotaDuty> duties = full.getQuotaDuties().stream().filter(d -> chosen.stream()
                .anyMatch(s -> d.scope().equals(s.getQuotaScope()) && s.getCandidates().contains(d.cadre()))).toList();
        return new RotationSolution(full.getCadres(), duties, full.getTeams(), full.getGroups(),
                full.getUnitShares(), full.getPriorServices(), full.getParameters().get(0), chosen,
                full.getConstraintWeightOverrides());
    }

    // ---- brute force ----

    /** Every plan of the seats (each seat: a candidate or nobody), keeping E9 within a round. */
    private static void plans(RotationSolution p, int i, Cadre[] plan, java.util.function.Consumer<Cadre[]> each) {
        List<SeatAssignment> seats = p.getSeats();
        if (i == seats.size()) {
            each.accept(plan);
            return;
        }
        List<Cadre> options = new ArrayList<>(seats.get(i).getCandidates());
        options.add(null);
        for (Cadre c : options) {
            boolean twice = false;
            for (int j = 0; j < i && c != null; j++) {
                twice |= c.equals(plan[j]) && seats.get(j).getRoundNumber() == seats.get(i).getRoundNumber();
            }
            if (!twice) {
                plan[i] = c;
                plans(p, i + 1, plan, each);
            }
        }
        plan[i] = null;
    }

    /**
     * The relaxation by enumeration: E9 per round, E4 exact, at most ⌈span / 2⌉ rounds per cadre
     * (E11's count); lexicographically fewest empty seats, then F1 (with its maxima), F3 and F8 by the weights.
     */
    private long[] bruteForceRelaxation(RotationSolution p) {
        var w = p.getConstraintWeightOverrides();
        long f1 = w.getConstraintWeight(RuleConstraint.F1.constraintName()).softScore();
        long f1Season = w.getConstraintWeight(RuleConstraint.F1_SEASON.constraintName()).softScore();
        long f1Campaign = w.getConstraintWeight(RuleConstraint.F1_CAMPAIGN.constraintName()).softScore();
        long f3 = w.getConstraintWeight(RuleConstraint.F3.constraintName()).softScore();
        long f8 = w.getConstraintWeight(RuleConstraint.F8.constraintName()).softScore();
        RuleParameters params = p.getParameters().get(0);
        int firstRound = p.getSeats().stream().mapToInt(SeatAssignment::getRoundNumber).min().orElse(0);
        int lastRound = p.getSeats().stream().mapToInt(SeatAssignment::getRoundNumber).max().orElse(0);
        int cap = (lastRound - firstRound + 2) / 2; // E11 with one round off: ⌈span / 2⌉
        long[][] best = {null};
        plans(p, 0, new Cadre[p.getSeats().size()], plan -> {
            Map<Cadre, Integer> load = new HashMap<>();
            Map<String, Integer> dutyCount = new HashMap<>();
            long unfilled = 0;
            long cost = 0;
            for (int i = 0; i < plan.length; i++) {
                SeatAssignment s = p.getSeats().get(i);
                Cadre c = plan[i];
                if (c == null) {
                    unfilled++;
                    continue;
                }
                load.merge(c, 1, Integer::sum);
                dutyCount.merge(c.id() + "|" + s.getQuotaScope(), 1, Integer::sum);
                if (s.isOrdinaryMember() && !s.getCity().partners().partnerSide(c.unit())) {
                    cost += f3;
                }
                if (s.getE3Rank() != null && !c.rank().atLeast(s.getE3Rank())) {
                    cost += f8;
                }
            }
            for (QuotaDuty d : p.getQuotaDuties()) {
                if (dutyCount.getOrDefault(d.cadre().id() + "|" + d.scope(), 0) != d.rounds()) {
                    return;
                }
            }
            for (var e : load.entrySet()) {
                int n = e.getValue();
                int served = e.getKey().roundsServed();
                if (n > cap) {
                    return;
                }
                cost += f1 * ((long) n * served + (long) n * (n - 1) / 2);
                cost += f1Season * Math.max(0, n - params.maxPerSeason());
                cost += f1Campaign * Math.max(0, n + served - params.maxPerCampaign());
            }
            long[] value = {unfilled, cost};
            if (best[0] == null || value[0] < best[0][0] || value[0] == best[0][0] && value[1] < best[0][1]) {
                best[0] = value;
            }
        });
        return best[0];
    }

    /** The best score of any plan with zero hard, by the solver's own constraints; null if none. */
    private HardMediumSoftLongScore bruteForceTrueOptimum(RotationSolution p) {
        HardMediumSoftLongScore[] best = {null};
        var manager = analysis.manager();
        plans(p, 0, new Cadre[p.getSeats().size()], plan -> {
            if (breaksRestOrQuota(p, plan)) {
                return; // hard either way: not worth scoring
            }
            for (int i = 0; i < plan.length; i++) {
                p.getSeats().get(i).setCadre(plan[i]);
            }
            HardMediumSoftLongScore score = manager.update(p);
            if (score.hardScore() == 0 && (best[0] == null || score.compareTo(best[0]) > 0)) {
                best[0] = score;
            }
        });
        p.getSeats().forEach(s -> s.setCadre(null));
        return best[0];
    }

    /** E11 between two seats of one cadre, or an E4 duty not met: cheap tests before scoring. */
    private static boolean breaksRestOrQuota(RotationSolution p, Cadre[] plan) {
        Map<String, Integer> dutyCount = new HashMap<>();
        for (int i = 0; i < plan.length; i++) {
            SeatAssignment a = p.getSeats().get(i);
            if (plan[i] == null) {
                continue;
            }
            dutyCount.merge(plan[i].id() + "|" + a.getQuotaScope(), 1, Integer::sum);
            for (int j = i + 1; j < plan.length; j++) {
                if (plan[i].equals(plan[j]) && a.roundsBetween(p.getSeats().get(j).getRoundNumber()) < a.getMinRoundsOff()) {
                    return true;
                }
            }
        }
        for (QuotaDuty d : p.getQuotaDuties()) {
            if (dutyCount.getOrDefault(d.cadre().id() + "|" + d.scope(), 0) != d.rounds()) {
                return true;
            }
        }
        return false;
    }
}
