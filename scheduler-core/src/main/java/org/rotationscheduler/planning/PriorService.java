package org.rotationscheduler.planning;

import org.rotationscheduler.domain.model.Cadre;

/** A round a cadre served in an earlier plan (history), for E9 and E11 across plan boundaries. */
public record PriorService(Cadre cadre, int roundNumber, long startDay, long endDay) {
}
