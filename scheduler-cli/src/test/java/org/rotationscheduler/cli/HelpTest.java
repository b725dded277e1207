package org.rotationscheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rotationscheduler.cli.Cli.Result;

/** Help teaches: examples, exit codes, and lines that fit the usage width without odd wrapping. */
class HelpTest {
    @Test
    void topLevelHelpListsTheCommandsWithTheirOneLineHeaders() {
        Result r = Cli.run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Start with:")
                .contains("  validate  Check the campaign YAML and the cadre register; print a summary and warnings.")
                .contains("Exit codes: 0 done");
        assertFits(r.out());
    }

    @Test
    void validateHelpHasExamplesAndExitCodes() {
        Result r = Cli.run("validate", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Examples:").contains("scheduler validate --campaign my-campaign.yaml")
                .contains("Exit codes: 0 valid (warnings allowed), 2 bad input")
                .contains("-c, --campaign=FILE").contains("-r, --register=FILE");
        assertFits(r.out());
    }

    @Test
    void noCommandPrintsTheUsage() {
        Result r = Cli.run();
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: scheduler");
    }

    /** Each option description continues on an indented line, never cut into a one-word line. */
    private static void assertFits(String help) {
        assertThat(help.lines()).allSatisfy(line -> assertThat(line.length())
                .as("'%s'", line).isLessThanOrEqualTo(SchedulerCommand.USAGE_WIDTH));
        assertThat(help.lines().filter(l -> l.startsWith("      ") && l.trim().split(" ").length == 1)).isEmpty();
    }
}
