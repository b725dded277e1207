package org.rotationscheduler.planning;

import org.rotationscheduler.domain.model.Cadre;

/**
 * E4: {@code cadre} must serve exactly {@code rounds} rounds within {@code scope} (a season id,
 * or "campaign"), counting the rounds of this plan only (history already subtracted); with
 * {@code zeroAllowed} ("who: serving") no round at all keeps the quota too.
 */
public record QuotaDuty(Cadre cadre, String scope, int rounds, boolean zeroAllowed) {

    public QuotaDuty(Cadre cadre, String scope, int rounds) {
        this(cadre, scope, rounds, false);
    }

    /** E4's penalty for {@code served} rounds of this plan: the distance to the nearest allowed count. */
    public int distance(int served) {
        int toQuota = Math.abs(served - rounds);
        return zeroAllowed ? Math.min(served, toQuota) : toQuota;
    }

    /** What the quota asks, in plain words: "exactly 2" or "0 or exactly 2". */
    public String requirement() {
        return (zeroAllowed ? "0 or exactly " : "exactly ") + rounds;
    }
}
