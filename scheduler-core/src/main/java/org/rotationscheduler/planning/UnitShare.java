package org.rotationscheduler.planning;

import org.rotationscheduler.domain.model.Unit;

/** F2: the most seats per round a unit should fill, from its share of the register's headcount. */
public record UnitShare(Unit unit, long maxPerRound) {
}
