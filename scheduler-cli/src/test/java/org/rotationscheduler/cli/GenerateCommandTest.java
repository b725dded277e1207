package org.rotationscheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
    private static final String SMALL = "../examples/small/campaign.yaml";

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = SchedulerCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void writesTheRegisterAndSaysWhatItPlanted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("small.xlsx");
        Run r = run("generate", "--campaign", SMALL, "--cadres", "250", "--seed", "7", "--out", file.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.size(file)).isPositive();
        assertThat(r.out()).contains("Generated 250 cadres", "autumn-2019", "all 351 seats filled", "slack",
                "By unit type", "By rank", "Written to " + file);
    }

    @Test
    void anExistingOutputNeedsForce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "x");
        Run r = run("generate", "--campaign", SMALL, "--cadres", "250", "--out", file.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.OUTPUT_ERROR);
        assertThat(r.err()).contains("--force");
        assertThat(Files.readString(file)).isEqualTo("x");
        assertThat(run("generate", "--campaign", SMALL, "--cadres", "250", "--out", file.toString(), "--force").exit())
                .isEqualTo(ExitCodes.OK);
    }

    @Test
    void tooFewCadres_isBadInputNamingTheMinimum(@TempDir Path dir) {
        Path file = dir.resolve("r.csv");
        Run r = run("generate", "--campaign", SMALL, "--cadres", "40", "--out", file.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("40 cadres are too few", "ask for --cadres", "--profile short");
        assertThat(file).doesNotExist();
    }

    @Test
    void badOptions_areBadInput(@TempDir Path dir) {
        String out = dir.resolve("r.csv").toString();
        assertThat(run("generate", "--cadres", "250", "--all-rounds", "--season", "autumn", "--out", out).err())
                .contains("--all-rounds");
        assertThat(run("generate", "--cadres", "250", "--profile", "loose", "--out", out).err())
                .contains("normal, tight or short");
        assertThat(run("generate", "--cadres", "250", "--out", dir.resolve("r.txt").toString()).err())
                .contains(".csv or .xlsx");
        Run season = run("generate", "--campaign", SMALL, "--cadres", "250", "--season", "winter", "--out", out);
        assertThat(season.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(season.err()).contains("autumn", "regular");
        Run year = run("generate", "--campaign", SMALL, "--cadres", "250", "--year", "2030", "--out", out);
        assertThat(year.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(year.err()).contains("autumn-2019");
    }

    @Test
    void helpTeachesWithExamples() {
        Run r = run("generate", "--help");
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Profiles:", "normal", "tight", "short", "Examples:", "--cadres 7000",
                "exit code 2");
        assertThat(r.err()).isEmpty();
        assertThat(run("--help").out()).contains("generate");
    }
}
