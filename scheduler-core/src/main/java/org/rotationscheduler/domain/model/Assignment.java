package org.rotationscheduler.domain.model;

/** One seat of a plan and who sits in it; {@code cadre} is null for an unfilled seat. */
public record Assignment(Seat seat, Cadre cadre) {
    public boolean filled() {
        return cadre != null;
    }
}
