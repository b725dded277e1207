package org.rotationscheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotationscheduler.cli.Cli.assertNoStackTrace;
import static org.rotationscheduler.cli.Cli.write;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.cli.Cli.Result;
import picocli.CommandLine;

/**
 * Faults and hostile data through the command line: a problem too large for the heap is refused
 * before it is built, running out of memory ends with a message and exit 5, names holding terminal
 * escapes are printed neutralised, a register edited after planning is noticed, and an export of
 * many files is refused whole when its folder exists.
 */
class HardeningTest {
    @TempDir
    Path dir;

    @Test
    void aHundredThousandGroupsPerCityIsRefusedBeforeBuilding() throws IOException {
        Path campaign = write(dir, "huge.yaml", """
                extends: default
                groupCounts:
                  default: {central: 1, ordinary: 100000}
                  cities: ~
                """);
        long start = System.nanoTime();
        Result r = Cli.run("schedule", "--season", "autumn", "--campaign", campaign.toString(), "--register",
                Path.of("../examples/register-season.csv").toString(), "--out", dir.resolve("out").toString(),
                "--time-limit", "10s", "--quiet");
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(r.err()).contains("too large for the memory").contains("140,401,872 seats").contains("groupCounts")
                .contains("-Xmx");
        assertThat(seconds).isLessThan(15);
        assertNoStackTrace(r);
        assertThat(dir.resolve("out")).doesNotExist();
        Result validate = Cli.run("validate", "--campaign", campaign.toString(), "--register",
                Path.of("../examples/register-season.csv").toString());
        assertThat(validate.code()).as(validate.err()).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(validate.err()).contains("the campaign has 549,907,332 seats, too many to list");
        assertNoStackTrace(validate);
    }

    /** A command that runs out of memory, run as main runs every command. */
    @CommandLine.Command(name = "hungry")
    static final class Hungry implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void outOfMemoryAnywhereEndsWithAMessageAndExit5() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Hungry());
        cl.setOut(TerminalText.wrap(out));
        cl.setErr(TerminalText.wrap(err));
        int code = SchedulerCommand.execute(cl, new String[0]);
        assertThat(code).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(err.toString()).contains("error: out of memory").contains("SCHEDULER_JAVA_OPTS")
                .doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    }

    @Test
    void terminalEscapesInNamesAreNeutralisedInEveryPrintedLine() throws IOException {
        Path campaign = write(dir, "campaign.yaml", Cli.CAMPAIGN);
        Path register = write(dir, "register.csv", Cli.REGISTER
                .replace("a1,张一", "a1,张\u001b[2J\u0007一\u202e二")
                .replace("a3,张三", "a3,\u001b]0;owned\u0007张三"));
        Path plan = dir.resolve("plan");
        Result s = Cli.run("schedule", "--season", "autumn", "--campaign", campaign.toString(), "--register",
                register.toString(), "--out", plan.toString(), "--steps", "50", "--quiet");
        assertThat(s.code()).as(s.err()).isIn(ExitCodes.OK, ExitCodes.INFEASIBLE);
        for (Result r : new Result[] {s, Cli.run("explain", "--plan", plan.toString(), "--cadre", "a1"),
                Cli.run("explain", "--plan", plan.toString(), "--city", "石家庄", "--round", "1"),
                Cli.run("check", "--plan", plan.toString()),
                Cli.run("explain", "--plan", plan.toString(), "--cadre", "\u001b[31mx")}) {
            String printed = r.out() + r.err();
            assertThat(printed.chars().filter(ch -> ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r')).isEmpty();
            assertThat(printed).doesNotContain("\u202e");
        }
        Result cadre = Cli.run("explain", "--plan", plan.toString(), "--cadre", "a1");
        assertThat(cadre.out()).contains("张\\x1b[2J\\x07一\\u202e二");
        assertThat(Cli.run("explain", "--plan", plan.toString(), "--cadre", "\u001b[31mx").err())
                .contains("no cadre '\\x1b[31mx'");
    }

    @Test
    void theSanitiserKeepsOrdinaryTextAndShowsControlsVisibly() {
        assertThat(TerminalText.clean("石家庄 中心组\t组长\n")).isEqualTo("石家庄 中心组\t组长\n");
        assertThat(TerminalText.clean("a\u001b[2Jb\u0007\u0000\u009b\u007f")).isEqualTo("a\\x1b[2Jb\\x07\\x00\\x9b\\x7f");
        StringWriter w = new StringWriter();
        var out = TerminalText.wrap(w);
        out.print('\u001b');
        out.print("x\u0008y");
        out.flush();
        assertThat(w.toString()).isEqualTo("\\x1bx\\x08y");
    }

    /**
     * A full disk (a 2 MB tmpfs, filled so that plan.json, assignments.csv and the register fit
     * but the roster does not): schedule exits 4 and leaves no half plan folder, so a rerun without
     * --force is not refused. Skipped where a tmpfs cannot be mounted.
     */
    @Test
    void scheduleOnAFullDiskLeavesNoHalfPlanFolder() throws Exception {
        Path campaign = write(dir, "campaign.yaml", Cli.CAMPAIGN);
        Path register = write(dir, "register.csv", Cli.REGISTER);
        String[] args = {"schedule", "--season", "autumn", "--campaign", campaign.toString(), "--register",
                register.toString(), "--steps", "50", "--quiet", "--out"};
        Path probe = dir.resolve("probe");
        assertThat(Cli.run(concat(args, probe.toString())).code()).isIn(ExitCodes.OK, ExitCodes.INFEASIBLE);
        long small = 0;
        for (String f : new String[] {"plan.json", "assignments.csv", "register.csv"}) {
            small += (Files.size(probe.resolve(f)) / 4096 + 1) * 4096;
        }
        assertThat(Files.size(probe.resolve("roster.xlsx"))).isGreaterThan(2 * 4096);
        Path mnt = Files.createDirectory(dir.resolve("disk"));
        org.junit.jupiter.api.Assumptions.assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mnt.toString()),
                "cannot mount a small tmpfs here (not root, or not permitted): full-disk test skipped");
        try {
            long usable = Files.getFileStore(mnt).getUsableSpace();
            try (var filler = Files.newOutputStream(mnt.resolve("filler"))) {
                filler.write(new byte[(int) (usable - small - 4096)]);
            }
            Path out = mnt.resolve("plan");
            Result full = Cli.run(concat(args, out.toString()));
            assertThat(full.code()).as(full.err()).isEqualTo(ExitCodes.OUTPUT_ERROR);
            assertThat(full.err()).contains("cannot write the output");
            assertNoStackTrace(full);
            try (var left = Files.list(mnt)) {
                assertThat(left.map(p -> p.getFileName().toString())).as("no half plan folder")
                        .containsExactly("filler");
            }
            Files.delete(mnt.resolve("filler"));
            Result again = Cli.run(concat(args, out.toString()));
            assertThat(again.code()).as(again.err()).isIn(ExitCodes.OK, ExitCodes.INFEASIBLE);
            assertThat(out.resolve("roster.xlsx")).isRegularFile();
        } finally {
            sh("umount", mnt.toString());
        }
    }

    private static String[] concat(String[] args, String last) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }

    private static boolean sh(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A plan folder moves whole: campaign files (with an include) and the register are copied in, paths relative. */
    @Test
    void aPlanFolderMovedElsewhereStillChecksWithItsOwnCopies() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs/parts"));
        write(inputs, "rules.yaml", "rules:\n  F7: {weight: 100}\n");
        Path campaign = write(dir.resolve("inputs"), "campaign.yaml", Cli.CAMPAIGN + "include: [parts/rules.yaml]\n");
        Path register = write(dir.resolve("inputs"), "register.csv", Cli.REGISTER);
        Path plan = dir.resolve("plan");
        Result s = Cli.run("schedule", "--season", "autumn", "--campaign", campaign.toString(), "--register",
                register.toString(), "--out", plan.toString(), "--steps", "50", "--quiet");
        assertThat(s.code()).as(s.err()).isIn(ExitCodes.OK, ExitCodes.INFEASIBLE);
        String json = Files.readString(plan.resolve("plan.json"));
        assertThat(json).contains("\"campaign\" : \"campaign/campaign.yaml\"").contains("\"register\" : \"register.csv\"")
                .doesNotContain(dir.toString());
        assertThat(plan.resolve("campaign/parts/rules.yaml")).hasContent("rules:\n  F7: {weight: 100}\n");
        Result before = Cli.run("check", "--plan", plan.toString());
        Path moved = Files.createDirectories(dir.resolve("archive/2020")).resolve("plan");
        Files.move(plan, moved);
        org.rotationscheduler.io.out.AtomicFolder.deleteTree(dir.resolve("inputs"));
        Result after = Cli.run("check", "--plan", moved.toString());
        assertThat(after.code()).as(after.err()).isEqualTo(before.code());
        assertThat(after.out()).isEqualTo(before.out());
        assertThat(after.err()).doesNotContain("warning");
    }

    @Test
    void aRegisterEditedAfterPlanningIsNoticed() throws IOException {
        Path campaign = write(dir, "campaign.yaml", Cli.CAMPAIGN);
        Path register = write(dir, "register.csv", Cli.REGISTER);
        Path plan = dir.resolve("plan");
        Result s = Cli.run("schedule", "--season", "autumn", "--campaign", campaign.toString(), "--register",
                register.toString(), "--out", plan.toString(), "--steps", "50", "--quiet");
        assertThat(s.code()).as(s.err()).isIn(ExitCodes.OK, ExitCodes.INFEASIBLE);
        assertThat(Cli.run("check", "--plan", plan.toString()).err()).doesNotContain("warning");
        Files.writeString(plan.resolve("register.csv"), Files.readString(plan.resolve("register.csv"))
                .replace("张五", "张六"));
        Result check = Cli.run("check", "--plan", plan.toString());
        assertThat(check.err()).contains("warning: ").contains("register.csv was changed after the plan was made");
        assertThat(Cli.run("explain", "--plan", plan.toString()).err()).contains("was changed after the plan was made");
    }
}
