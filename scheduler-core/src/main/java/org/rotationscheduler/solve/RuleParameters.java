package org.rotationscheduler.solve;

/** The rule parameters the constraints need beyond the seats (F1 maxima), as one fact. */
public record RuleParameters(int maxPerSeason, int maxPerCampaign) {
}
