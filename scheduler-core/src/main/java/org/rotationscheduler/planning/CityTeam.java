package org.rotationscheduler.planning;

import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Unit;

/** F6: a city's whole team in one round, which forms one temporary party branch. */
public record CityTeam(String key, City city, Round round, int minPartyMembers) {
    /** The lead unit, or null when the city has no partners (P5: no secretary from a lead unit). */
    public Unit lead() {
        return city.lead();
    }
}
