package org.rotationscheduler.rules;

import java.util.Map;
import org.rotationscheduler.domain.model.Rank;

/**
 * Every rule's switch, parameters and weight, from the campaign's {@code rules:} map.
 *
 * @param enabled hard rules ({@link RuleId#hardRules()}) and whether they are on
 * @param weights soft rules ({@link RuleId#softRules()}) and their weight per broken unit (0 = off), and
 *     E12's for when it is softened
 * @param quota E4's parameters
 * @param minRoundsOff E11: rounds off between two rounds of one cadre
 * @param unfilledWeight medium-level penalty of an empty seat
 * @param maxPerSeason F1: rounds per cadre per season above which each extra round costs maxWeight
 * @param maxPerCampaign F1: the same over this campaign's rounds (this plan and earlier plans of the campaign)
 * @param maxLifetime F1: the same counting the register's rounds_served too (rounds before this plan)
 * @param minPartyMembers F6
 * @param secretaryFromLead F6: a party member of the lead unit in each city's team
 * @param leaderRank F9: the rank a group's leader and deputy should hold at least (null: F9 asks none)
 */
public record RuleSettings(
        Map<RuleId, Boolean> enabled,
        Map<RuleId, Long> weights,
        QuotaRule quota,
        int minRoundsOff,
        long unfilledWeight,
        int maxPerSeason,
        int maxPerCampaign,
        int maxLifetime,
        long maxWeight,
        int minPartyMembers,
        boolean secretaryFromLead,
        Rank leaderRank) {

    public RuleSettings {
        enabled = Map.copyOf(enabled);
        weights = Map.copyOf(weights);
    }

    /** Settings without a lifetime maximum (F1) or a leader rank (F9). */
    public RuleSettings(Map<RuleId, Boolean> enabled, Map<RuleId, Long> weights, QuotaRule quota, int minRoundsOff,
            long unfilledWeight, int maxPerSeason, int maxPerCampaign, long maxWeight, int minPartyMembers,
            boolean secretaryFromLead) {
        this(enabled, weights, quota, minRoundsOff, unfilledWeight, maxPerSeason, maxPerCampaign, Integer.MAX_VALUE,
                maxWeight, minPartyMembers, secretaryFromLead, null);
    }

    /** Whether a hard rule is switched on; a hard rule not named under {@code rules:} is on. */
    public boolean isEnabled(RuleId rule) {
        return enabled.getOrDefault(rule, true);
    }

    /** A soft rule's weight per broken unit; 0 when not named under {@code rules:}. */
    public long weight(RuleId rule) {
        return weights.getOrDefault(rule, 0L);
    }

    public RuleSettings withEnabled(RuleId rule, boolean on) {
        var m = new java.util.HashMap<>(enabled);
        m.put(rule, on);
        return new RuleSettings(m, weights, quota, minRoundsOff, unfilledWeight, maxPerSeason, maxPerCampaign,
                maxLifetime, maxWeight, minPartyMembers, secretaryFromLead, leaderRank);
    }
}
