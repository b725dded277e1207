package org.rotationscheduler.domain.model;

import org.rotationscheduler.domain.calendar.Round;

/**
 * One seat of a group (G2-G4). {@code index} is the seat's position in the group's template, so
 * two member seats of one group stay apart.
 */
public record Seat(Group group, String role, String roleLabel, int index) {

    public Round round() {
        return group.round();
    }

    public City city() {
        return group.city();
    }

    public String id() {
        return group.key() + "/" + index;
    }

    /** "石家庄 中心组 组长, round 12 (2019-10-13..2019-10-27)", for messages. */
    public String describe() {
        Round r = round();
        return city().name() + " " + group.name() + " " + roleLabel + ", round " + r.number()
                + " (" + r.start() + ".." + r.end() + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
