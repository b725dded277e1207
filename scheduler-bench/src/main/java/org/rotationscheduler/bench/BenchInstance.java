package org.rotationscheduler.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.generate.GeneratedRegister;
import org.rotationscheduler.generate.RegisterGenerator;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.in.yaml.CampaignLoader;

/**
 * One benchmark instance: the campaign, the rounds to plan and a register, either generated
 * around a planted roster, so that what is reachable is known before solving, or read from
 * examples/ (the small suite: its register was generated around a planted roster too, see
 * examples/README.md).
 *
 * @param season the planned season, or null for the whole campaign
 * @param generated the generated register, or null when {@code loaded} was read from a file
 * @param loaded the register read from examples/, or null when generated
 */
public record BenchInstance(Suite suite, long seed, Campaign campaign, Season season, List<Round> rounds,
        GeneratedRegister generated, Register loaded) {

    public BenchInstance {
        rounds = List.copyOf(rounds);
        if ((generated == null) == (loaded == null)) {
            throw new IllegalArgumentException("an instance has either a generated or a loaded register");
        }
    }

    public BenchInstance(Suite suite, long seed, Campaign campaign, Season season, List<Round> rounds,
            GeneratedRegister generated) {
        this(suite, seed, campaign, season, rounds, generated, null);
    }

    /**
     * The suite's instance: generated from the embedded default campaign (the same seed gives the
     * same register), or, for the small suite, examples/small read as it is.
     */
    public static BenchInstance generate(Suite suite, long seed) {
        if (suite.scope() == Suite.Scope.EXAMPLE_SMALL) {
            return small(suite, seed);
        }
        Campaign campaign = campaignOf(suite, new CampaignLoader().loadDefault());
        Season season = suite.scope() == Suite.Scope.ALL_ROUNDS ? null : firstAutumn(campaign);
        List<Round> rounds = season == null ? campaign.rounds() : campaign.roundCalendar().roundsOf(season);
        GeneratedRegister generated = new RegisterGenerator(campaign, rounds, suite.cadres(), seed, suite.profile())
                .generate();
        return new BenchInstance(suite, seed, campaign, season, rounds, generated);
    }

    private static BenchInstance small(Suite suite, long seed) {
        Path campaignFile = example(Suite.SMALL_CAMPAIGN);
        Path registerFile = example(Suite.SMALL_REGISTER);
        Campaign campaign = new CampaignLoader().load(campaignFile);
        Season season = firstAutumn(campaign);
        Register register = new RegisterReader(campaign).read(registerFile);
        return new BenchInstance(suite, seed, campaign, season, campaign.roundCalendar().roundsOf(season), null,
                register);
    }

    private static Season firstAutumn(Campaign campaign) {
        return campaign.roundCalendar().season(Suite.SEASON_KIND, Suite.SEASON_YEAR).orElseThrow(() ->
                new IllegalStateException("the campaign " + campaign.name() + " has no " + Suite.SEASON_KIND + " "
                        + Suite.SEASON_YEAR + " season"));
    }

    /**
     * A file of examples/: under the tool's home (SCHEDULER_HOME, set by the launcher and inherited
     * by the workers), else in the working folder or one of its parents (a test runs in a module).
     */
    static Path example(String relative) {
        String home = System.getenv("SCHEDULER_HOME");
        if (home != null && Files.isRegularFile(Path.of(home).resolve(relative))) {
            return Path.of(home).resolve(relative);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("the bench's example file " + relative + " is neither under SCHEDULER_HOME ("
                + home + ") nor in the working folder or its parents; run the bench from the repository");
    }

    private static Campaign campaignOf(Suite suite, Campaign whole) {
        java.util.Set<String> cities = switch (suite.scope()) {
            case TWO_CITIES_AUTUMN -> Suite.MINI_CITIES;
            case SIX_CITIES_AUTUMN -> Suite.MEDIUM_CITIES;
            default -> null;
        };
        if (cities == null) {
            return whole;
        }
        return whole.withCities(whole.cities().stream().filter(c -> cities.contains(c.name())).toList());
    }

    public Register register() {
        return loaded != null ? loaded : generated.register("generated:" + suite.key() + ":seed-" + seed);
    }

    public int seats() {
        return loaded != null ? campaign.seats(rounds).size() : generated.stats().seats();
    }

    public int cadres() {
        return loaded != null ? loaded.cadres().size() : generated.cadres().size();
    }

    /**
     * Seats the planted roster leaves empty (SHORT only): zero means zero hard and no empty seat is
     * reachable. examples/small's register was generated around a roster that fills every seat.
     */
    public int plantedUnfilled() {
        return loaded != null ? 0 : generated.stats().seats() - generated.stats().filledSeats();
    }

    /** SHORT: seats the generator's count proves no plan can fill. */
    public int provenUnfilled() {
        return loaded != null ? 0 : generated.stats().provenUnfilled();
    }

    public String shortfallReason() {
        return loaded != null ? null : generated.stats().shortfallReason();
    }

    /** The planned rounds in words, and where the register comes from. */
    public String scope() {
        if (generated != null) {
            return generated.scope();
        }
        Round first = rounds.get(0);
        Round last = rounds.get(rounds.size() - 1);
        return season + ", rounds " + first.number() + "-" + last.number() + " (" + first.start() + ".."
                + last.end() + "), " + Suite.SMALL_CAMPAIGN + " with " + Suite.SMALL_REGISTER;
    }
}
