package org.rotationscheduler.report;

/**
 * How many register cadres may sit in one kind of seat in a season, by the eligibility rules
 * without dates (E1-E3, E5, E6, E10): the fewest over the cities with such seats, and the median.
 *
 * @param season the season id, e.g. autumn-2019
 * @param seatKind e.g. central/leader
 * @param label e.g. 中心组 组长
 * @param cities the number of cities with such seats in the season
 * @param fewestCity a city with the fewest candidates
 */
public record CandidateCount(String season, String seatKind, String label, int cities, int min, String fewestCity,
        double median) {
}
