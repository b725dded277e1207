package org.rotationscheduler.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.calendar.SeasonDef;
import org.rotationscheduler.generate.GeneratedRegister;
import org.rotationscheduler.generate.GenerationException;
import org.rotationscheduler.generate.Profile;
import org.rotationscheduler.generate.RegisterGenerator;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.io.out.SafeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: a synthetic register with a planted feasible roster. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Write a synthetic cadre register (.csv or .xlsx, the columns of the README)",
            "for tests and demonstrations. The generator first fills every seat of the",
            "planned rounds with made-up cadres, obeying every hard rule of the campaign",
            "(E1-E13) and the F1 maximums, and only then adds cadres without a seat",
            "(slack) and days they cannot serve (E7, E8) around that planted roster.",
            "So a plan breaking no hard rule is known to exist for the register (profiles",
            "normal and tight), or a count proves some seats cannot be filled (short).",
            "The same options and seed give the same .csv file, byte for byte.",
            "",
            "Profiles:",
            "  normal  about a fifth of the cadres have no planted seat; a few spare",
            "          bureau-level partner cadres (E3/E4) sit as central deputies",
            "  tight   exactly one bureau-level partner cadre per autumn central-leader",
            "          seat (E3/E4) and about 3%% slack: nearly every cadre must serve",
            "  short   as normal without spare bureau-level cadres, then about 15%% of",
            "          one scarce pool is removed: the bureau-level partner cadres of an",
            "          autumn season (E3/E4), or the cadres of some partner provinces",
            "          qualified as regular central deputies (E2); the summary says how",
            "          many seats no plan can fill",
            "",
            "Too few --cadres for the planted roster (about 4,600 for an autumn season",
            "of the default campaign) is refused with exit code 2, naming the minimum.",
            "For a register that deliberately cannot fill every seat, use --profile short.",
            ""},
        footer = {"",
            "Examples:",
            "  scheduler generate --cadres 7000 --seed 2019 --out my-register.csv",
            "      first autumn-winter season, like examples/register-season.csv",
            "  scheduler generate --cadres 7000 --profile tight --out tight.xlsx",
            "  scheduler generate --cadres 6000 --season regular --year 2020 \\",
            "      --out regular-2020.csv",
            "  scheduler generate --cadres 20000 --all-rounds --out whole-campaign.csv",
            "  scheduler generate --campaign examples/small/campaign.yaml --cadres 250 \\",
            "      --seed 7 --out small.csv",
            "",
            "Exit codes: 0 written, 2 bad options or too few cadres, 4 the output exists",
            "(add --force) or cannot be written."})
public final class GenerateCommand implements Callable<Integer> {
    @Option(converter = PositiveInteger.class, names = "--cadres", required = true, paramLabel = "N",
            description = "How many cadres the register holds (planted and slack together).")
    int cadres;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the random choices; the same seed gives the same file. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = {"-c", "--campaign"}, paramLabel = "FILE", defaultValue = CampaignLoader.DEFAULT,
            description = "Campaign YAML, or 'default' for the embedded 2019-2021 campaign. Default: ${DEFAULT-VALUE}.")
    String campaign;

    @Option(names = "--season", paramLabel = "KIND",
            description = "The season kind to plan: autumn or regular (the campaign's season ids). Default: autumn, or the campaign's only season kind.")
    String season;

    @Option(converter = PositiveInteger.class, names = "--year", paramLabel = "Y",
            description = "The year the season starts in (C4); without it, the campaign's earliest such season.")
    Integer year;

    @Option(names = "--all-rounds", description = "Plan every round of the campaign instead of one season.")
    boolean allRounds;

    @Option(names = "--profile", paramLabel = "P", defaultValue = "normal",
            description = "normal, tight or short (see above). Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
            description = "The register to write, .csv (UTF-8) or .xlsx.")
    Path out;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String problem = optionProblem();
        if (problem != null) {
            return badOptions(err, problem);
        }
        if (Files.exists(out) && !force) {
            // Checked before the work, not only when writing, so nobody waits for a refusal.
            throw new SafeFiles.FileExistsException(out);
        }
        Campaign c = new CampaignLoader().load(campaign);
        List<Round> rounds;
        if (allRounds) {
            rounds = c.rounds();
        } else {
            // without --season: autumn, or the campaign's only season kind (C3: a campaign without
            // seasons is one season, the whole window)
            List<SeasonDef> kinds = c.calendar().seasons();
            String kind = season != null ? season : kinds.size() == 1 ? kinds.get(0).id() : "autumn";
            Season s = c.roundCalendar().season(kind, year).orElse(null);
            if (s == null) {
                return badOptions(err, noSuchSeason(c, kind));
            }
            rounds = c.roundCalendar().roundsOf(s);
        }
        long start = System.nanoTime();
        GeneratedRegister register;
        try {
            register = new RegisterGenerator(c, rounds, cadres, seed, Profile.parse(profile).orElseThrow()).generate();
        } catch (GenerationException e) {
            return badOptions(err, e.getMessage());
        }
        register.write(out, force);
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter o = spec.commandLine().getOut();
        o.println(register.describe());
        o.printf(Locale.ROOT, "Written to %s in %.1f s.%n", out, seconds);
        o.flush();
        return ExitCodes.OK;
    }

    /** Problems a look at the options alone finds, before anything is loaded. */
    private String optionProblem() {
        if (cadres < 1) {
            return "--cadres must be at least 1, got " + cadres;
        }
        if (allRounds && (season != null || year != null)) {
            return "--all-rounds plans every round; leave out --season and --year, or --all-rounds";
        }
        if (Profile.parse(profile).isEmpty()) {
            return "unknown --profile '" + profile + "'; use normal, tight or short";
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
            return "--out must name a .csv or .xlsx file, got " + out;
        }
        return null;
    }

    private String noSuchSeason(Campaign c, String kind) {
        List<String> kinds = c.calendar().seasons().stream().map(SeasonDef::id).toList();
        if (!kinds.contains(kind)) {
            return "unknown --season '" + kind + "'; this campaign's seasons are " + String.join(", ", kinds);
        }
        List<String> ids = c.roundCalendar().seasons().stream().filter(s -> s.kind().equals(kind))
                .map(Season::id).toList();
        return "the campaign has no " + kind + " season" + (year == null ? "" : " starting in " + year)
                + "; its " + kind + " seasons: " + (ids.isEmpty() ? "none" : String.join(", ", ids));
    }

    private int badOptions(PrintWriter err, String message) {
        err.println("error: " + message);
        err.println("Run 'scheduler generate --help' for the options and examples.");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
