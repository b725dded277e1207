package org.rotationscheduler.model;

import java.util.Map;

/** O4: the cost estimate's rates, all campaign data. */
public record CostRates(
        String currency,
        long lodgingPerNight,
        long mealPerDay,
        Map<String, Long> travelPerTrip,
        long carHirePerDay,
        Map<String, Integer> vehiclesPerGroup) {

    public CostRates {
        travelPerTrip = Map.copyOf(travelPerTrip);
        vehiclesPerGroup = Map.copyOf(vehiclesPerGroup);
    }

    public long travelFor(UnitType type) {
        return travelPerTrip.getOrDefault(type.key(), 0L);
    }
}
