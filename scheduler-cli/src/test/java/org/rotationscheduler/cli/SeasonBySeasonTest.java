package org.rotationscheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.cli.Cli.Result;

/**
 * A campaign planned season by season, each with the history of the ones before, and in one run:
 * both without broken hard rules (E4 again in each autumn-winter season, E11 across boundaries).
 */
class SeasonBySeasonTest {
    @TempDir
    static Path dir;
    private static Path campaign;
    private static Path register;

    @BeforeAll
    static void generate() throws IOException {
        campaign = dir.resolve("two-cities.yaml");
        Files.writeString(campaign, """
                extends: ../examples/small/campaign.yaml
                name: two cities over three seasons
                calendar:
                  window: {start: 2019-10-01, end: 2021-03-20}
                  firstStart: 2019-10-01
                """.replace("../examples", Path.of("../examples").toAbsolutePath().toString().replace("\\\\", "/")),
                StandardCharsets.UTF_8);
        register = dir.resolve("register.csv");
        Result r = Cli.run("generate", "--campaign", campaign.toString(), "--all-rounds", "--cadres", "700", "--seed",
                "8", "--out", register.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    private static Result schedule(String season, String year, String out, String... history) {
        var args = new java.util.ArrayList<>(java.util.List.of("schedule", "--season", season, "--campaign",
                campaign.toString(), "--register", register.toString(), "--out", dir.resolve(out).toString(),
                "--steps", "1500", "--time-limit", "2m", "--quiet"));
        if (year != null) {
            args.addAll(java.util.List.of("--year", year));
        }
        if (history.length > 0) {
            args.add("--history");
            for (String h : history) {
                args.add(dir.resolve(h).toString());
            }
        }
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void seasonBySeasonWithHistoryAndInOneRunBothKeepEveryHardRule() {
        Result a = schedule("autumn", "2019", "autumn-2019");
        assertThat(a.code()).as(a.out() + a.err()).isZero();
        // #16: the time limit bounds solving; the steps before and after it are stated apart
        assertThat(a.out()).containsPattern("Time: +solving [0-9.]+ s, zero hard after [0-9.]+ s; before it [0-9.]+ s"
                + " \\(problem, feasibility bound\\), after it [0-9.]+ s \\(check, plan folder\\)");
        try {
            assertThat(java.nio.file.Files.readString(dir.resolve("autumn-2019").resolve("plan.json")))
                    .containsPattern("\"secondsBeforeSolving\" ?: ?[0-9.]+");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Result b = schedule("regular", "2020", "regular-2020", "autumn-2019");
        assertThat(b.code()).as(b.out() + b.err()).isZero();
        Result c = schedule("autumn", "2020", "autumn-2020", "autumn-2019", "regular-2020");
        assertThat(c.code()).as(c.out() + c.err()).isZero();
        // the independent checker, with the earlier seasons as history: E4, E9, E11 across the boundaries
        Result check = Cli.run("check", "--plan", dir.resolve("autumn-2020").toString(), "--history",
                dir.resolve("autumn-2019").toString(), dir.resolve("regular-2020").toString());
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(check.out()).contains("0 broken hard rule(s)");

        Result all = schedule("all", null, "campaign");
        assertThat(all.code()).as(all.out() + all.err()).isZero();
        assertThat(Cli.run("check", "--plan", dir.resolve("campaign").toString()).code()).isZero();
    }
}
