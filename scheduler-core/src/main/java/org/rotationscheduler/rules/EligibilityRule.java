package org.rotationscheduler.rules;

import java.util.List;
import java.util.Set;
import org.rotationscheduler.model.Cadre;
import org.rotationscheduler.model.City;
import org.rotationscheduler.model.Rank;

/**
 * One entry of the eligibility data (E1-E3, E5, E6): for the seasons, group kinds and seats it
 * names (empty = all), the cadre must come from one of {@code units} and hold {@code minRank} or
 * one of {@code posts} (when either is given).
 */
public record EligibilityRule(
        RuleId rule,
        Set<String> seasons,
        Set<String> groups,
        Set<String> seats,
        List<UnitSelector> units,
        Rank minRank,
        List<String> posts) {

    public EligibilityRule {
        seasons = Set.copyOf(seasons);
        groups = Set.copyOf(groups);
        seats = Set.copyOf(seats);
        units = List.copyOf(units);
        posts = List.copyOf(posts);
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
        return sb.toString();
    }
}
