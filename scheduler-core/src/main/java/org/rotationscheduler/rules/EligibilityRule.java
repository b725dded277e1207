package org.rotationscheduler.rules;

import java.util.List;
import java.util.Set;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Rank;

/**
 * One entry of the eligibility data (E1-E3, E5, E6, E13, or a rule of the campaign's own): for
 * the seasons, group kinds and seats it names (empty = all), the cadre must come from one of
 * {@code units}, hold {@code minRank} or one of {@code posts} (when either is given), and rank no
 * higher than {@code maxRank} (E13, when given: e.g. county group leaders at most 处级 because 司局级
 * cadres lead the city groups).
 *
 * @param rule the hard rule of the spec the entry implements (its switch and category; E13 for an
 *     entry of the campaign's own that names none)
 * @param ownId the campaign's own id for the entry (e.g. 直属单位人员), or null
 * @param label the campaign's words for the entry, or null
 */
public record EligibilityRule(
        RuleId rule,
        Set<String> seasons,
        Set<String> groups,
        Set<String> seats,
        List<UnitSelector> units,
        Rank minRank,
        List<String> posts,
        Rank maxRank,
        String ownId,
        String label) {

    public EligibilityRule {
        seasons = Set.copyOf(seasons);
        groups = Set.copyOf(groups);
        seats = Set.copyOf(seats);
        units = List.copyOf(units);
        posts = List.copyOf(posts);
    }

    /** An entry without a maximum rank, own id or label. */
    public EligibilityRule(RuleId rule, Set<String> seasons, Set<String> groups, Set<String> seats,
            List<UnitSelector> units, Rank minRank, List<String> posts) {
        this(rule, seasons, groups, seats, units, minRank, posts, null, null, null);
    }

    /** An entry without an own id or label. */
    public EligibilityRule(RuleId rule, Set<String> seasons, Set<String> groups, Set<String> seats,
            List<UnitSelector> units, Rank minRank, List<String> posts, Rank maxRank) {
        this(rule, seasons, groups, seats, units, minRank, posts, maxRank, null, null);
    }

    /** The id the entry is reported by: its own id, or the spec rule's (E1 ...). */
    public String id() {
        return ownId != null ? ownId : rule.id();
    }

    /** The same entry with another minimum rank (F8 relaxing E3). */
    public EligibilityRule withMinRank(Rank rank) {
        return new EligibilityRule(rule, seasons, groups, seats, units, rank, posts, maxRank, ownId, label);
    }

    public boolean appliesTo(String seasonKind, String groupKind, String seatRole) {
        return (seasons.isEmpty() || seasons.contains(seasonKind))
                && (groups.isEmpty() || groups.contains(groupKind))
                && (seats.isEmpty() || seats.contains(seatRole));
    }

    public boolean allows(Cadre cadre, City city) {
        return unitAllowed(cadre, city) && rankAllowed(cadre);
    }

    public boolean unitAllowed(Cadre cadre, City city) {
        if (units.isEmpty()) {
            return true;
        }
        for (UnitSelector s : units) {
            if (s.matches(cadre.unit(), city)) {
                return true;
            }
        }
        return false;
    }

    public boolean rankAllowed(Cadre cadre) {
        return belowMaximum(cadre) && atLeastMinimum(cadre);
    }

    /** E13: not above the entry's maximum rank (a post never lifts that limit). */
    public boolean belowMaximum(Cadre cadre) {
        return maxRank == null || maxRank.atLeast(cadre.rank());
    }

    private boolean atLeastMinimum(Cadre cadre) {
        if (minRank == null && posts.isEmpty()) {
            return true;
        }
        if (minRank != null && cadre.rank().atLeast(minRank)) {
            return true;
        }
        for (String post : posts) {
            if (!post.isBlank() && cadre.post().contains(post)) {
                return true;
            }
        }
        return false;
    }

    /** Plain words for messages: "from partner-provincial; 处级 or above, or post 支队长". */
    public String requirement() {
        StringBuilder sb = new StringBuilder();
        if (!units.isEmpty()) {
            sb.append("from ").append(String.join(" or ", units.stream().map(UnitSelector::text).toList()));
        }
        if (minRank != null || !posts.isEmpty()) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            if (minRank != null) {
                sb.append(minRank.label()).append(" or above");
            }
            if (!posts.isEmpty()) {
                sb.append(minRank != null ? ", or post " : "post ").append(String.join("/", posts));
            }
        }
        if (maxRank != null) {
            sb.append(sb.length() > 0 ? "; " : "").append(maxRank.label()).append(" or below");
        }
        return sb.toString();
    }
}
