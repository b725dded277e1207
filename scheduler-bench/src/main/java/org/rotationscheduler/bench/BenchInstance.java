package org.rotationscheduler.bench;

import java.util.List;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.generate.GeneratedRegister;
import org.rotationscheduler.generate.RegisterGenerator;
import org.rotationscheduler.io.in.yaml.CampaignLoader;

/**
 * One benchmark instance: the campaign, the rounds to plan and a register generated around a
 * planted roster, so that what is reachable is known before solving.
 *
 * @param season the planned season, or null for the whole campaign
 */
public record BenchInstance(Suite suite, long seed, Campaign campaign, Season season, List<Round> rounds,
        GeneratedRegister generated) {

    public BenchInstance {
        rounds = List.copyOf(rounds);
    }

    /** Generates the suite's instance from the embedded default campaign; the same seed gives the same register. */
    public static BenchInstance generate(Suite suite, long seed) {
        Campaign campaign = campaignOf(suite, new CampaignLoader().loadDefault());
        Season season = suite.scope() == Suite.Scope.ALL_ROUNDS ? null
                : campaign.roundCalendar().season(Suite.SEASON_KIND, Suite.SEASON_YEAR).orElseThrow(() ->
                        new IllegalStateException("the default campaign has no " + Suite.SEASON_KIND + " "
                                + Suite.SEASON_YEAR + " season"));
        List<Round> rounds = season == null ? campaign.rounds() : campaign.roundCalendar().roundsOf(season);
        GeneratedRegister generated = new RegisterGenerator(campaign, rounds, suite.cadres(), seed, suite.profile())
                .generate();
        return new BenchInstance(suite, seed, campaign, season, rounds, generated);
    }

    private static Campaign campaignOf(Suite suite, Campaign whole) {
        if (suite.scope() != Suite.Scope.TWO_CITIES_AUTUMN) {
            return whole;
        }
        return whole.withCities(whole.cities().stream().filter(c -> Suite.MINI_CITIES.contains(c.name())).toList());
    }

    public Register register() {
        return generated.register("generated:" + suite.key() + ":seed-" + seed);
    }

    public int seats() {
        return generated.stats().seats();
    }

    public int cadres() {
        return generated.cadres().size();
    }

    /** Seats the planted roster leaves empty (SHORT only): zero means zero hard and no empty seat is reachable. */
    public int plantedUnfilled() {
        return generated.stats().seats() - generated.stats().filledSeats();
    }
}
