package org.rotationscheduler.generate;

import java.util.List;
import java.util.SplittableRandom;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.EligibilityRule;

/**
 * Makes new cadres for a seat: a plausible rank and post for the seat's role (leaders 处级/科级,
 * members 科级/科员), raised or given a post when the seat's rules ask for it (E1-E3; E2 accepts a
 * 支队长 post instead of the rank), a name, party membership (likelier with rank) and rounds served
 * before (about half have served, F5).
 */
final class CadreFactory {
    private static final Unit PLACEHOLDER = new Unit("placeholder", List.of(), UnitType.MINISTRY, null);
    private final Eligibility eligibility;
    private final QuotaScope quota;
    private int serial;

    CadreFactory(Eligibility eligibility, QuotaScope quota) {
        this.eligibility = eligibility;
        this.quota = quota;
    }

    /**
     * A new cadre of {@code unit} who meets the seat's rank rules. Unless {@code bound} is asked
     * for, the cadre is one E4 does not bind: outside the E4 step every cadre is free to serve any
     * number of rounds, which keeps the planted roster's quota exact.
     */
    Draft create(Seat seat, Unit unit, boolean bound, SplittableRandom rng) {
        return create(seat, unit, bound, null, rng);
    }

    /** The same, ranking no higher than {@code cap} when given (E12: not above the group's heads). */
    Draft create(Seat seat, Unit unit, boolean bound, Rank cap, SplittableRandom rng) {
        List<EligibilityRule> rules = eligibility.rulesFor(seat);
        Rank rank = drawRank(seat.role(), rng);
        if (cap != null && rank.outranks(cap)) {
            rank = cap;
        }
        String post = post(unit, rank, rng);
        if (!rankOk(rules, rank, post)) {
            String rulePost = rulePost(rules);
            if (rulePost != null && rank.atLeast(Rank.SECTION)) {
                post = rulePost;
            }
            if (!rankOk(rules, rank, post)) {
                rank = requiredRank(rules);
                post = post(unit, rank, rng);
            }
        }
        if (!rankOk(rules, rank, post) || (cap != null && rank.outranks(cap))) {
            throw new GenerationException("cannot make a cadre of " + unit.name() + " for " + seat.describe()
                    + ": the rank rules of the seat cannot be met" + (cap != null && rank.outranks(cap)
                    ? " below the group's " + cap.label() + " leader (E12)" : ""));
        }
        boolean isBound = quota.binds(Draft.probe(unit, rank, post));
        if (isBound != bound) {
            throw new GenerationException("cannot make a cadre of " + unit.name() + " for " + seat.describe()
                    + (bound ? " that E4 binds" : ": E4 binds every cadre of the rank this seat needs, and such"
                    + " seats outside the E4 seasons are not supported by the generator"));
        }
        Draft draft = new Draft(++serial, unit, rank, post, Names.next(rng), isBound, party(rank, rng));
        draft.served = served(rank, rng);
        return draft;
    }

    private static boolean rankOk(List<EligibilityRule> rules, Rank rank, String post) {
        // Rank rules look at rank and post only; the unit is checked separately (UnitChooser).
        var probe = Draft.probe(PLACEHOLDER, rank, post);
        for (EligibilityRule r : rules) {
            if (!r.rankAllowed(probe)) {
                return false;
            }
        }
        return true;
    }

    /** The highest minimum rank among the seat's rules (E1: 处级, E3: 司局级). */
    private static Rank requiredRank(List<EligibilityRule> rules) {
        Rank required = Rank.STAFF;
        for (EligibilityRule r : rules) {
            if (r.minRank() != null && r.minRank().atLeast(required)) {
                required = r.minRank();
            }
        }
        return required;
    }

    /** A post that a rule accepts instead of the rank (E2: 支队长), or null. */
    private static String rulePost(List<EligibilityRule> rules) {
        for (EligibilityRule r : rules) {
            if (!r.posts().isEmpty()) {
                return r.posts().get(0);
            }
        }
        return null;
    }

    private static Rank drawRank(String role, SplittableRandom rng) {
        double x = rng.nextDouble();
        return switch (role) {
            case "leader" -> x < 0.6 ? Rank.DIVISION : Rank.SECTION;
            case "deputy" -> x < 0.65 ? Rank.DIVISION : Rank.SECTION;
            default -> x < 0.45 ? Rank.SECTION : Rank.STAFF;
        };
    }

    private static boolean party(Rank rank, SplittableRandom rng) {
        double p = switch (rank) {
            case BUREAU -> 0.97;
            case DIVISION -> 0.85;
            case SECTION -> 0.62;
            case STAFF -> 0.45;
        };
        return rng.nextDouble() < p;
    }

    /** Rounds served before the plan: half never served, the others mostly one to three rounds (F5). */
    static int served(Rank rank, SplittableRandom rng) {
        double newcomer = rank == Rank.BUREAU ? 0.2 : 0.55;
        if (rng.nextDouble() < newcomer) {
            return 0;
        }
        int n = 1;
        while (n < 6 && rng.nextDouble() < 0.45) {
            n++;
        }
        return n;
    }

    private static String post(Unit unit, Rank rank, SplittableRandom rng) {
        List<String> posts = posts(unit, rank);
        return posts.get(rng.nextInt(posts.size()));
    }

    private static List<String> posts(Unit unit, Rank rank) {
        UnitType type = unit.type();
        return switch (rank) {
            case BUREAU -> switch (type) {
                case MINISTRY -> List.of("副司长", "副司长", "一级巡视员", "二级巡视员");
                case DISPATCHED -> List.of("副局长", "副局长", "一级巡视员", "二级巡视员");
                case AFFILIATED -> List.of("副主任", "副院长", "总工程师");
                case PROVINCIAL -> unit.name().endsWith("局") ? List.of("副局长", "副局长", "二级巡视员")
                        : List.of("副厅长", "副厅长", "二级巡视员");
                case LOCAL -> List.of("局长", "副局长");
            };
            case DIVISION -> switch (type) {
                case MINISTRY, DISPATCHED -> List.of("处长", "副处长", "副处长", "一级调研员", "二级调研员");
                case AFFILIATED -> List.of("处长", "副处长", "室主任", "研究员", "高级工程师");
                case PROVINCIAL -> List.of("处长", "副处长", "支队长", "副支队长", "一级调研员");
                case LOCAL -> List.of("副局长", "支队长", "副支队长", "二级调研员");
            };
            case SECTION -> switch (type) {
                case MINISTRY, DISPATCHED -> List.of("一级主任科员", "二级主任科员", "三级主任科员", "四级主任科员");
                case AFFILIATED -> List.of("工程师", "助理研究员", "主任科员", "工程师");
                case PROVINCIAL -> List.of("科长", "副科长", "一级主任科员", "大队长");
                case LOCAL -> List.of("科长", "副科长", "大队长", "中队长");
            };
            case STAFF -> switch (type) {
                case MINISTRY, DISPATCHED -> List.of("一级科员", "二级科员");
                case AFFILIATED -> List.of("助理工程师", "科员");
                case PROVINCIAL, LOCAL -> List.of("一级科员", "二级科员", "执法队员");
            };
        };
    }
}
