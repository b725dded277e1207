package org.rotationscheduler.solve;

import org.rotationscheduler.model.Cadre;

/**
 * E4: {@code cadre} must serve exactly {@code rounds} rounds within {@code scope} (a season id,
 * or "campaign"), counting the rounds of this plan only (history already subtracted).
 */
public record QuotaDuty(Cadre cadre, String scope, int rounds) {
}
