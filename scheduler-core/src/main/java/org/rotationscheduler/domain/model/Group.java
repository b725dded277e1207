package org.rotationscheduler.domain.model;

import org.rotationscheduler.domain.calendar.Round;

/** One group (工作组) of a city in a round. */
public record Group(Round round, City city, GroupKind kind, int number, String name) {

    public String key() {
        return round.number() + "/" + city.name() + "/" + name;
    }

    @Override
    public String toString() {
        return city.name() + " " + name + " in round " + round.number();
    }
}
