package org.rotationscheduler.solve;

import org.rotationscheduler.model.Group;

/** F5: one group of the plan, as a fact to find groups without an experienced member. */
public record GroupSlot(String key, Group group) {
}
