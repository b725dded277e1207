package org.rotationscheduler.report;

import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.GroupKind;

/**
 * A kind of seat in the summary: a group kind and one role of its template (G2-G4), e.g. the
 * central group's leader; or, with {@code role} null, every seat of the group kind together.
 */
public record SeatKind(GroupKind kind, String role) {

    public boolean wholeGroup() {
        return role == null;
    }

    /** "中心组 组长", or "中心组 (all seats)". */
    public String label(Campaign campaign) {
        return kind.label() + (wholeGroup() ? " (all seats)" : " " + campaign.roleLabel(role));
    }

    /** "central/leader", or "central/*". */
    public String key() {
        return kind.id() + "/" + (wholeGroup() ? "*" : role);
    }
}
