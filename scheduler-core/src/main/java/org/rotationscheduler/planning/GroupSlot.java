package org.rotationscheduler.planning;

import org.rotationscheduler.domain.model.Group;

/** F5: one group of the plan, as a fact to find groups without an experienced member. */
public record GroupSlot(String key, Group group) {
}
