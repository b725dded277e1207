package org.rotationscheduler.app.replan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rotationscheduler.app.LoadedPlan;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.changes.ChangeSet;
import org.rotationscheduler.check.PlanChecker;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.GroupCounts;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.planning.PlanningProblem;
import org.rotationscheduler.planning.ProblemBuilder;
import org.rotationscheduler.planning.RotationSolution;
import org.rotationscheduler.planning.RotationSolver;
import org.rotationscheduler.planning.SolveProgress;
import org.rotationscheduler.planning.SolveResult;
import org.rotationscheduler.planning.SolveSettings;
import org.rotationscheduler.planning.StartingPlan;
import org.rotationscheduler.report.ChangeList;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.RuleBreak;
import org.rotationscheduler.rules.RuleId;

/**
 * F7, "living with a plan": a published plan, the changes of a change file and the first day that
 * may change, turned into the next planning problem.
 * <ul>
 * <li>the register and the campaign with the changes applied (new records, new group counts, G1);</li>
 * <li>rounds that started before {@code from} are pinned: their seats keep exactly the published
 * cadres, even when a change now makes one ineligible (a warning says so);</li>
 * <li>seats fixed by hand are pinned to their cadre;</li>
 * <li>every other seat starts from its published cadre when it still may and can sit there
 * ({@link StartingPlan}), and F7 penalises every change, so only what must move moves.</li>
 * </ul>
 * Seats of groups that no longer exist disappear; seats of new groups start empty.
 */
public final class Replan {
    /** The changed register, written next to the replanned plan. */
    public static final String REGISTER_FILE = "register.csv";
    /** The changed campaign (only when group counts change), written next to the replanned plan. */
    public static final String CAMPAIGN_FILE = "campaign.yaml";

    private final LoadedPlan published;
    private final ChangeSet changes;
    private final LocalDate from;
    private final Campaign campaign;
    private final Register register;
    private final Register solveRegister;
    private final List<Round> pinnedRounds;
    private final Set<String> pinnedSeatIds = new LinkedHashSet<>();
    private final Map<String, Cadre> fixed = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final ProblemBuilder builder;
    private PlanningProblem problem;

    private Replan(LoadedPlan published, ChangeSet changes, LocalDate from, Campaign campaign, Register register,
            List<Round> pinnedRounds) {
        this.published = published;
        this.changes = changes;
        this.from = from;
        this.campaign = campaign;
        this.register = register;
        // F1, F5: the earlier plans' rounds count as served, as when the plan was made
        this.solveRegister = published.history().withServedRounds(register);
        this.pinnedRounds = List.copyOf(pinnedRounds);
        for (Seat s : campaign.seats(pinnedRounds)) {
            pinnedSeatIds.add(s.id());
        }
        changes.fixes().forEach(f -> fixed.put(f.seatId(), solveRegister.find(f.cadreId()).orElseThrow()));
        this.builder = new ProblemBuilder(campaign, solveRegister).history(published.history().assignments())
                .published(publishedBySeat(), pinnedSeatIds).pinnedTo(fixed);
        warn();
    }

    /**
     * @param outDir the folder the replanned plan goes to: the changed register (and campaign) are
     *     read from there later, so their sources name files in it
     */
    public static Replan prepare(LoadedPlan published, ChangeSet changes, LocalDate from, Path outDir) {
        Plan old = published.plan();
        List<Round> pinned = old.rounds().stream().filter(r -> r.start().isBefore(from)).toList();
        Campaign campaign = changedCampaign(old.campaign(), changes, outDir);
        List<Round> all = campaign.rounds();
        Register register = RegisterChanges.apply(old.register(), changes, lastKeptSeatEnds(old, pinned, published),
                all.get(all.size() - 1).end(), outDir.resolve(REGISTER_FILE).toAbsolutePath().toString());
        return new Replan(published, changes, from, campaign, register, pinned);
    }

    private static Campaign changedCampaign(Campaign old, ChangeSet changes, Path outDir) {
        if (!changes.changesGroupCounts()) {
            return old;
        }
        GroupCounts counts = old.groupCounts();
        for (ChangeSet.GroupCountChange c : changes.groupCounts()) {
            counts = counts.withChange(c.change());
        }
        return old.withGroupCounts(counts).withSource(outDir.resolve(CAMPAIGN_FILE).toAbsolutePath().toString());
    }

    /** The last day of each cadre's last seat that stays as it is: pinned rounds and earlier plans. */
    private static Map<String, LocalDate> lastKeptSeatEnds(Plan old, List<Round> pinned, LoadedPlan published) {
        Map<String, LocalDate> last = new HashMap<>();
        List<Assignment> kept = new ArrayList<>(published.history().assignments());
        old.assignments().stream().filter(a -> pinned.contains(a.seat().round())).forEach(kept::add);
        for (Assignment a : kept) {
            if (a.filled()) {
                last.merge(a.cadre().id(), a.seat().round().end(), (x, y) -> x.isAfter(y) ? x : y);
            }
        }
        return last;
    }

    /** The published cadre of every seat, as the changed register has them (F7 compares by id). */
    private Map<String, Cadre> publishedBySeat() {
        Map<String, Cadre> out = new HashMap<>();
        for (Assignment a : published.plan().assignments()) {
            if (a.filled()) {
                out.put(a.seat().id(), solveRegister.find(a.cadre().id()).orElse(a.cadre()));
            }
        }
        return out;
    }

    // ---- what the replan works on ----

    public LoadedPlan published() { return published; }
    public ChangeSet changes() { return changes; }
    public LocalDate from() { return from; }
    /** The campaign with the group count changes (its source the replanned plan's campaign file when changed). */
    public Campaign campaign() { return campaign; }
    /** The changed register as it is written next to the replanned plan. */
    public Register register() { return register; }
    /** The changed register with the earlier plans' rounds counted as served: what the solver and the plan use. */
    public Register solveRegister() { return solveRegister; }
    public Season season() { return published.plan().season(); }
    public List<Round> rounds() { return published.plan().rounds(); }
    /** Rounds that started before {@code from}: kept exactly as published. */
    public List<Round> pinnedRounds() { return pinnedRounds; }
    public Set<String> pinnedSeatIds() { return pinnedSeatIds; }
    public ProblemBuilder problemBuilder() { return builder; }
    /** Things the planner should know: pinned seats a change touches, fixes that break a rule, changes without effect. */
    public List<String> warnings() { return warnings; }

    /** The planning problem, built once: pinned and fixed seats set, every other seat from the published plan. */
    public RotationSolution problem() {
        return planningProblem().solution();
    }

    private PlanningProblem planningProblem() {
        if (problem == null) {
            problem = builder.problem(season(), rounds());
            new StartingPlan(problem.solution()).apply();
        }
        return problem;
    }

    /** A solver for the problem: one that repairs a published plan rather than explores (F7). */
    public static RotationSolver solver() {
        return new RotationSolver(RotationSolver.Search.REPAIR);
    }

    /**
     * Solves the problem (see {@link #problem()}) with a solver from {@link #solver()}; the result's
     * plan uses the changed campaign and register.
     */
    public SolveResult solve(RotationSolver solver, SolveSettings settings, SolveProgress progress) {
        return solver.solve(planningProblem(), settings, progress);
    }

    /** Every broken rule of the replanned plan, the earlier plans counted (E4, E9, E11 across them). */
    public List<RuleBreak> check(Plan replanned) {
        return new PlanChecker(campaign).check(replanned, published.history().assignments());
    }

    /** The replanned plan against the published one, seat by seat (F7). */
    public ChangeList changeList(Plan replanned) {
        return ChangeList.compare(published.plan(), replanned, changes, pinnedRounds);
    }

    // ---- warnings ----

    private void warn() {
        Eligibility eligibility = new Eligibility(campaign.eligibility(), campaign.rules());
        warnAboutPinnedSeats(eligibility);
        warnAboutFixes(eligibility);
        warnAboutDatesWithoutEffect();
        if (campaign.rules().weight(RuleId.F7) == 0) {
            warnings.add("F7 (keep a published plan stable) has weight 0 in the campaign, so any seat may move;"
                    + " set rules.F7.weight (the default campaign has 100)");
        }
    }

    /** A pinned round keeps its seats even when a change now makes the cadre ineligible: say so. */
    private void warnAboutPinnedSeats(Eligibility eligibility) {
        for (Assignment a : published.plan().assignments()) {
            if (!a.filled() || !pinnedRounds.contains(a.seat().round())) {
                continue;
            }
            String why = changes.withdrawal(a.cadre().id()).map(ChangeSet.Withdrawal::reason)
                    .orElseGet(() -> breaks(eligibility, a.seat(), solveRegister.find(a.cadre().id()).orElseThrow()));
            if (!why.isEmpty()) {
                warnings.add(a.seat().describe() + ": keeps " + a.cadre() + " as published (" + why + "): the round"
                        + " started before --from " + from);
            }
        }
    }

    private void warnAboutFixes(Eligibility eligibility) {
        Map<String, Seat> seats = new HashMap<>();
        changes.fixes().forEach(f -> campaign.seats(List.of(campaign.roundCalendar().round(f.round()).orElseThrow()))
                .stream().filter(s -> s.id().equals(f.seatId())).forEach(s -> seats.put(s.id(), s)));
        for (ChangeSet.Fix f : changes.fixes()) {
            Cadre c = fixed.get(f.seatId());
            String why = breaks(eligibility, seats.get(f.seatId()), c);
            if (!why.isEmpty()) {
                warnings.add(f.where() + ": " + f.seatName() + " is fixed by hand to " + c + " (" + why
                        + "): the fix stands, and the check lists it");
            }
        }
    }

    /** The seat-and-cadre rules a pair breaks, in plain words (S1: E7 only as "not eligible for these dates"). */
    private static String breaks(Eligibility eligibility, Seat seat, Cadre cadre) {
        List<String> why = new ArrayList<>();
        for (RuleBreak b : eligibility.breaks(seat, cadre)) {
            why.add(switch (b.rule()) {
                case E7, E8 -> b.rule().englishWithId();
                default -> "does not meet " + b.rule().id();
            });
        }
        return String.join("; ", why);
    }

    private void warnAboutDatesWithoutEffect() {
        List<Round> free = rounds().stream().filter(r -> !pinnedRounds.contains(r)).toList();
        for (ChangeSet.Dates d : changes.dates()) {
            boolean touches = free.stream().anyMatch(r -> d.ranges().stream().anyMatch(x -> x.overlaps(r.days())));
            if (!touches) {
                warnings.add(d.where() + ": the dates of " + d.cadreId() + " (" + d.kind().rule() + ") touch no round"
                        + " of the plan from --from " + from + " on; nothing moves for them");
            }
        }
    }
}
