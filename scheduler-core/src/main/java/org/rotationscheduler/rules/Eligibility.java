package org.rotationscheduler.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Seat;

/**
 * The rules that depend only on a seat and a cadre (E1-E3, E5-E8, E10), evaluated from the
 * campaign data. The solver uses it to give each seat only its eligible cadres; the checker and the
 * constraints use it to name what a given pair breaks.
 */
public final class Eligibility {
    public static final String PRIVATE_DATES_MESSAGE = RuleId.E7.english();
    private final List<EligibilityRule> entries;
    private final RuleSettings rules;
    private final Map<String, List<EligibilityRule>> bySeatKind = new HashMap<>();

    /** The campaign's eligibility entries under its rule switches. */
    public Eligibility(List<EligibilityRule> entries, RuleSettings rules) {
        this.entries = List.copyOf(entries);
        this.rules = rules;
    }

    /** The enabled data rules for a seat; with E3 off its entries accept division level (F8). */
    public List<EligibilityRule> rulesFor(Seat seat) {
        String key = seat.round().season().kind() + "|" + seat.group().kind().id() + "|" + seat.role();
        return bySeatKind.computeIfAbsent(key, k -> {
            List<EligibilityRule> out = new ArrayList<>();
            for (EligibilityRule r : entries) {
                if (!r.appliesTo(seat.round().season().kind(), seat.group().kind().id(), seat.role())) {
                    continue;
                }
                if (!rules.isEnabled(r.rule())) {
                    if (r.rule() == RuleId.E3) {
                        out.add(r.withMinRank(Rank.DIVISION));
                    }
                    continue;
                }
                out.add(r);
            }
            return List.copyOf(out);
        });
    }

    /** The minimum rank of the E3 entries for this seat as written (before F8 relaxes it), or null. */
    public Rank e3Rank(Seat seat) {
        for (EligibilityRule r : entries) {
            if (r.rule() == RuleId.E3
                    && r.appliesTo(seat.round().season().kind(), seat.group().kind().id(), seat.role())) {
                return r.minRank();
            }
        }
        return null;
    }

    /**
     * F3 applies to a seat only where its own data says so: a member seat (not the group's first)
     * under an E6 entry, in a city that has partner units (P5).
     */
    public boolean partnerPreferenceApplies(Seat seat) {
        return seat.city().hasPartners() && seat.index() > 0
                && rulesFor(seat).stream().anyMatch(r -> r.rule() == RuleId.E6);
    }

    public boolean eligible(Seat seat, Cadre cadre) {
        return eligibleIgnoringDates(seat, cadre) && availableIn(seat.round(), cadre);
    }

    /** Every seat-and-cadre rule but the dated ones (E7, E8): unit, rank, post and province. */
    public boolean eligibleIgnoringDates(Seat seat, Cadre cadre) {
        for (EligibilityRule r : rulesFor(seat)) {
            if (!r.allows(cadre, seat.city())) {
                return false;
            }
        }
        return !(rules.isEnabled(RuleId.E10) && ownProvince(seat, cadre));
    }

    /** E7, E8: whether the cadre's dates allow the round (S1: callers say only "not eligible for these dates"). */
    public boolean availableIn(Round round, Cadre cadre) {
        if (rules.isEnabled(RuleId.E7) && cadre.restrictedDuring(round.days())) {
            return false;
        }
        return !(rules.isEnabled(RuleId.E8) && cadre.unavailableDuring(round.days()));
    }

    public static boolean ownProvince(Seat seat, Cadre cadre) {
        return cadre.province() != null && cadre.province().equals(seat.city().province());
    }

    /** Every seat-and-cadre rule the pair breaks. */
    public List<RuleBreak> breaks(Seat seat, Cadre cadre) {
        List<RuleBreak> out = new ArrayList<>();
        for (EligibilityRule r : rulesFor(seat)) {
            if (!r.allows(cadre, seat.city())) {
                out.add(new RuleBreak(r.rule(), true, seat, cadre, seat.describe() + ": " + who(cadre)
                        + " does not meet " + r.id() + " (" + r.requirement() + ")"));
            }
        }
        if (rules.isEnabled(RuleId.E7) && cadre.restrictedDuring(seat.round().days())) {
            out.add(new RuleBreak(RuleId.E7, true, seat, cadre, seat.describe() + ": " + cadre.id() + " " + cadre.name()
                    + ": " + PRIVATE_DATES_MESSAGE + " (E7)"));
        }
        if (rules.isEnabled(RuleId.E8) && cadre.unavailableDuring(seat.round().days())) {
            out.add(new RuleBreak(RuleId.E8, true, seat, cadre, seat.describe() + ": " + cadre.id() + " " + cadre.name()
                    + " declared unavailable days within the round (E8)"));
        }
        if (rules.isEnabled(RuleId.E10) && ownProvince(seat, cadre)) {
            out.add(new RuleBreak(RuleId.E10, true, seat, cadre, seat.describe() + ": " + cadre.id() + " " + cadre.name()
                    + " of " + cadre.unit().name() + " would work in their own province " + cadre.province() + " (E10)"));
        }
        return out;
    }

    public static String who(Cadre cadre) {
        return cadre.id() + " " + cadre.name() + " (" + cadre.unit().name() + ", " + cadre.rank().label() + ")";
    }
}
