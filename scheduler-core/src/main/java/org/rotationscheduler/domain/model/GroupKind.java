package org.rotationscheduler.domain.model;

import java.util.List;

/**
 * G1-G4: a kind of group and its seat template.
 *
 * @param name the group's name in rosters; {n} is replaced by the group's number within its kind
 * @param seats seat role ids in template order, e.g. [leader, deputy, liaison, member]
 */
public record GroupKind(String id, String label, String name, List<String> seats) {
    public GroupKind {
        seats = List.copyOf(seats);
    }

    public String groupName(int number) {
        return name.replace("{n}", Integer.toString(number));
    }
}
