package org.rotationscheduler.planning;

import java.util.Map;
import org.rotationscheduler.domain.model.Cadre;

/**
 * The rule parameters the constraints need beyond the seats, as one fact: F1's maxima and each
 * cadre's rounds in earlier plans of this campaign (which count for the campaign maximum, while
 * the lifetime maximum counts the register's rounds_served).
 */
public record RuleParameters(int maxPerSeason, int maxPerCampaign, int maxLifetime,
        Map<String, Integer> earlierRoundsByCadre) {

    public RuleParameters {
        earlierRoundsByCadre = Map.copyOf(earlierRoundsByCadre);
    }

    public RuleParameters(int maxPerSeason, int maxPerCampaign) {
        this(maxPerSeason, maxPerCampaign, Integer.MAX_VALUE, Map.of());
    }

    /** Rounds of this campaign the cadre served in earlier plans (history). */
    public int earlierRounds(Cadre cadre) {
        return earlierRoundsByCadre.getOrDefault(cadre.id(), 0);
    }
}
