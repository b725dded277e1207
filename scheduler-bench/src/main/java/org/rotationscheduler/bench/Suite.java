package org.rotationscheduler.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rotationscheduler.generate.Profile;

/**
 * The benchmark instances: registers generated around a planted roster (RegisterGenerator), at
 * the scales of ROTATION-RULES.md §9. Every suite but SHORT is planted feasible (zero hard and no
 * empty seat is known to be reachable); SHORT is built so that a count proves some autumn
 * central-leader seats cannot be filled (E3/E4).
 */
public enum Suite {
    /** Two small cities of the default campaign, one autumn season: a smoke test that runs in seconds. */
    MINI(Scope.TWO_CITIES_AUTUMN, 300, Profile.NORMAL, Duration.ofSeconds(10)),
    /**
     * examples/small as it is (campaign.yaml and register.csv: three cities, nine autumn rounds, 351
     * seats, 250 cadres around a planted roster), with the CP-SAT peer beside the solver (#16).
     */
    SMALL(Scope.EXAMPLE_SMALL, 250, Profile.NORMAL, Duration.ofSeconds(60)),
    /**
     * The six smallest cities of the default campaign, autumn 2019 (936 seats), 500 generated
     * cadres around a planted roster, with the CP-SAT peer beside the solver (#16).
     */
    MEDIUM(Scope.SIX_CITIES_AUTUMN, 500, Profile.NORMAL, Duration.ofSeconds(60)),
    /** §9: one autumn-winter season of the default campaign (autumn 2019, ~11,268 seats). */
    SEASON(Scope.AUTUMN, 7_000, Profile.NORMAL, Duration.ofSeconds(60)),
    /** The season with one bureau-level partner cadre per autumn central-leader seat (E3/E4) and ~3% slack. */
    TIGHT(Scope.AUTUMN, 7_000, Profile.TIGHT, Duration.ofSeconds(60)),
    /** The season with too few bureau-level partner cadres: the best partial plan is the answer. */
    SHORT(Scope.AUTUMN, 7_000, Profile.SHORT, Duration.ofSeconds(60)),
    /** §9: the whole campaign, all 47 rounds (~44,133 seats). */
    CAMPAIGN(Scope.ALL_ROUNDS, 20_000, Profile.NORMAL, Duration.ofSeconds(180));

    /** Which part of the default campaign a suite plans. */
    enum Scope { TWO_CITIES_AUTUMN, EXAMPLE_SMALL, SIX_CITIES_AUTUMN, AUTUMN, ALL_ROUNDS }

    /** The mini suite's cities: the smallest of each annex (3 and 2 ordinary groups, G5). */
    static final Set<String> MINI_CITIES = Set.of("阳泉", "铜川");
    /** The medium suite's cities: the six smallest of the default campaign (18 ordinary groups, G5: 78 seats a round). */
    static final Set<String> MEDIUM_CITIES = Set.of("阳泉", "铜川", "鹤壁", "濮阳", "三门峡", "晋城");
    /** The small suite's files, relative to the tool's home (the repository). */
    static final String SMALL_CAMPAIGN = "examples/small/campaign.yaml";
    static final String SMALL_REGISTER = "examples/small/register.csv";
    /** Every suite's season (C4): the first autumn-winter season, as examples/register-season.csv. */
    static final String SEASON_KIND = "autumn";
    static final int SEASON_YEAR = 2019;

    private final Scope scope;
    private final int cadres;
    private final Profile profile;
    private final Duration defaultTimeLimit;

    Suite(Scope scope, int cadres, Profile profile, Duration defaultTimeLimit) {
        this.scope = scope;
        this.cadres = cadres;
        this.profile = profile;
        this.defaultTimeLimit = defaultTimeLimit;
    }

    Scope scope() {
        return scope;
    }

    public int cadres() {
        return cadres;
    }

    public Profile profile() {
        return profile;
    }

    public Duration defaultTimeLimit() {
        return defaultTimeLimit;
    }

    /** The CP-SAT peer runs beside the solver (#16): on the instances it can load, small and medium. */
    public boolean cpSatPeer() {
        return this == SMALL || this == MEDIUM;
    }

    /** The register is read from examples/ rather than generated (the seed does not change it). */
    public boolean fixedRegister() {
        return scope == Scope.EXAMPLE_SMALL;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Suite> parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.key().equals(t)).findFirst();
    }

    /**
     * A suite name, or {@code all}: every suite, the long campaign last so that the quick figures
     * come first. Empty when the name is unknown.
     */
    public static List<Suite> select(String text) {
        if (text != null && text.trim().equalsIgnoreCase("all")) {
            return List.of(MINI, SMALL, MEDIUM, SEASON, TIGHT, SHORT, CAMPAIGN);
        }
        List<Suite> one = new ArrayList<>();
        parse(text).ifPresent(one::add);
        return one;
    }

    /** The names {@link #select} accepts, for help and error messages. */
    public static String names() {
        return String.join("|", Arrays.stream(values()).map(Suite::key).toList()) + "|all";
    }
}
