package org.rotationscheduler.rules;

import java.util.List;
import java.util.Map;
import org.rotationscheduler.model.Rank;

/**
 * Every rule's switch, parameters and weight, from the campaign's {@code rules:} map.
 *
 * @param enabled hard rules by id (E1-E13, P4) and whether they are on
 * @param weights soft rules by id (F1-F9, and E12 for when it is softened) and their weight per broken unit (0 = off)
 * @param quota E4's parameters
 * @param minRoundsOff E11: rounds off between two rounds of one cadre
 * @param unfilledWeight medium-level penalty of an empty seat
 * @param maxPerSeason F1: rounds per cadre per season above which each extra round costs maxWeight
 * @param maxPerCampaign F1: the same over the campaign
 * @param minPartyMembers F6
 * @param secretaryFromLead F6: a party member of the lead unit in each city's team
 * @param leaderRank F9: the rank a group's leader and deputy should hold at least (null: F9 asks none)
 */
public record RuleSettings(
        Map<String, Boolean> enabled,
        Map<String, Long> weights,
        QuotaRule quota,
        int minRoundsOff,
        long unfilledWeight,
        int maxPerSeason,
        int maxPerCampaign,
        long maxWeight,
        int minPartyMembers,
        boolean secretaryFromLead,
        Rank leaderRank) {

    public static final List<String> HARD_RULES =
            List.of("E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10", "E11", "E12", "E13", "P4");
    public static final List<String> SOFT_RULES = List.of("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9");
    /** Hard rules that carry a weight for when a planner softens them ("in principle", E12). */
    public static final List<String> SOFTENABLE_RULES = List.of("E12");

    public RuleSettings {
        enabled = Map.copyOf(enabled);
        weights = Map.copyOf(weights);
    }

    /** Settings without F9's leader rank. */
    public RuleSettings(Map<String, Boolean> enabled, Map<String, Long> weights, QuotaRule quota, int minRoundsOff,
            long unfilledWeight, int maxPerSeason, int maxPerCampaign, long maxWeight, int minPartyMembers,
            boolean secretaryFromLead) {
        this(enabled, weights, quota, minRoundsOff, unfilledWeight, maxPerSeason, maxPerCampaign, maxWeight,
                minPartyMembers, secretaryFromLead, null);
    }

    public boolean isEnabled(String rule) {
        return enabled.getOrDefault(rule, true);
    }

    public long weight(String rule) {
        return weights.getOrDefault(rule, 0L);
    }

    public RuleSettings withEnabled(String rule, boolean on) {
        var m = new java.util.HashMap<>(enabled);
        m.put(rule, on);
        return new RuleSettings(m, weights, quota, minRoundsOff, unfilledWeight, maxPerSeason, maxPerCampaign,
                maxWeight, minPartyMembers, secretaryFromLead, leaderRank);
    }
}
