package org.rotationscheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotationscheduler.cli.Cli.assertBadInput;
import static org.rotationscheduler.cli.Cli.assertNoStackTrace;
import static org.rotationscheduler.cli.Cli.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.cli.Cli.Result;

/**
 * {@code replan} through the real command line: a small plan scheduled with {@code schedule}, one
 * cadre made not eligible for one round, the new folder written beside it; bad change files and
 * options give exit 2 with file:line:column, an existing output exit 4; nothing private is said (S1).
 */
class ReplanCommandTest {
    /** S1: words that would reveal a private state. */
    private static final Pattern PRIVATE = Pattern.compile("孕|哺乳|健康|pregnan|nursing|health", Pattern.CASE_INSENSITIVE);
    private static final String CAMPAIGN = Cli.REPLAN_CAMPAIGN;
    private static final String REGISTER = Cli.REPLAN_REGISTER;
    /** --from: rounds 1-2 started before it. */
    private static final String FROM = "2020-10-31";

    @TempDir
    static Path dir;
    static Path plan;
    static String[] target;
    static Map<String, String> publishedFiles;

    @BeforeAll
    static void schedule() throws IOException {
        Path campaign = write(dir, "campaign.yaml", CAMPAIGN);
        Path register = write(dir, "register.csv", REGISTER);
        plan = dir.resolve("plan");
        Result r = Cli.run("schedule", "--season", "autumn", "--campaign", campaign.toString(), "--register",
                register.toString(), "--out", plan.toString(), "--steps", "200", "--quiet");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        // round 5's 石家庄 leader: round,start,end,city,group,seat,cadre_id,...
        target = Files.readAllLines(plan.resolve("assignments.csv")).stream()
                .filter(l -> l.startsWith("5,") && l.contains(",石家庄,中心组,组长,")).findFirst().orElseThrow()
                .split(",");
        publishedFiles = hashes(plan);
    }

    private static Path notEligibleChanges() throws IOException {
        return write(dir, "changes.yaml", """
                changes:
                  - cadre: %s          # not eligible in round 5 (the reason is nobody's business, S1)
                    notEligible: %s..%s
                """.formatted(target[6], target[1], target[2]));
    }

    private static Result replan(String... more) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("replan", "--plan", plan.toString(), "--changes",
                notEligibleChanges().toString(), "--from", FROM, "--steps", "100", "--quiet"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void oneCadreNotEligibleForOneRoundChangesOneSeatAndTheChangeListSaysWhy() throws IOException {
        Path out = dir.resolve("one");
        Result r = replan("--out", out.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("rounds 1-2 had started and are kept as published")
                .contains("Changed:     1 seat(s) changed (E7: 1), 2 cadre(s) concerned; pinned rounds 1-2: 8 of 8 seats"
                        + " unchanged")
                .contains("Hard rules:  none broken in the replanned rounds")
                .containsPattern("  石家庄 中心组 组长, round 5 \\(" + target[1] + "\\.\\." + target[2] + "\\): "
                        + target[6] + " .* → c\\d\\d .*\\[E7 cadre not eligible for these dates\\]");
        assertThat(r.out() + r.err()).doesNotContainPattern(PRIVATE);
        assertNoStackTrace(r);

        assertThat(out.resolve("register.csv")).exists();
        assertThat(Files.readString(out.resolve("plan.json"))).as("paths relative to the folder")
                .contains("\"register\" : \"register.csv\"");
        try (var notices = Files.list(out.resolve("变更通知"))) {
            assertThat(notices.map(p -> p.getFileName().toString()).filter(n -> !n.equals("文件清单.csv")))
                    .isNotEmpty().allMatch(n -> n.endsWith(".xlsx") || n.endsWith(".docx"));
        }
        try (var index = Files.lines(out.resolve("变更通知/文件清单.csv"))) {
            assertThat(index.findFirst()).contains("单位,文件");
        }
        assertThat(hashes(plan)).as("the published plan folder is never touched").isEqualTo(publishedFiles);
        Result check = Cli.run("check", "--plan", out.toString());
        assertThat(check.code()).as(check.out() + check.err()).isZero();
    }

    @Test
    void anExistingOutputGivesExit4AndForceReplacesIt() throws IOException {
        Path out = dir.resolve("twice");
        assertThat(replan("--out", out.toString()).code()).isZero();
        Result again = replan("--out", out.toString());
        assertThat(again.code()).isEqualTo(ExitCodes.OUTPUT_ERROR);
        assertThat(again.err()).contains("exists already").contains("--force");
        assertNoStackTrace(again);
        assertThat(replan("--out", out.toString(), "--force").code()).isZero();
    }

    @Test
    void withoutOutTheNewFolderGoesNextToThePlan() throws IOException {
        Result r = replan();
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dir.resolve("plan-replan-1").resolve("plan.json")).exists();
        assertThat(r.out()).contains("Written:     " + dir.resolve("plan-replan-1"));
    }

    @Test
    void aBadChangeFileGivesExit2WithFileLineAndKey() throws IOException {
        Path file = write(dir, "bad.yaml", """
                changes:
                  - cadre: %s
                    notEligable: %s..%s
                  - cadre: c99
                    unavailable: 2020-12-01
                """.formatted(target[6], target[1], target[2]));
        Result r = Cli.run("replan", "--plan", plan.toString(), "--changes", file.toString(), "--from", FROM);
        assertBadInput(r, file, 3, "unknown key 'notEligable'; did you mean 'notEligible'?");
        assertThat(r.err()).contains("the input has 2 problems").contains("bad.yaml:4:").contains("no cadre 'c99'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badOptionsGiveExit2() throws IOException {
        Result date = Cli.run("replan", "--plan", plan.toString(), "--changes", notEligibleChanges().toString(),
                "--from", "2020-13-01");
        assertThat(date.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(date.err()).contains("'2020-13-01' is not a date; write YYYY-MM-DD");
        Result late = Cli.run("replan", "--plan", plan.toString(), "--changes", notEligibleChanges().toString(),
                "--from", "2021-06-01");
        assertThat(late.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(late.err()).contains("--from: every round of the plan").contains("started before 2021-06-01");
        Result noPlan = Cli.run("replan", "--plan", dir.resolve("nowhere").toString(), "--changes",
                notEligibleChanges().toString());
        assertThat(noPlan.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noPlan.err()).contains("no such plan folder");
        Result intoPlan = Cli.run("replan", "--plan", plan.toString(), "--changes", notEligibleChanges().toString(),
                "--from", FROM, "--out", plan.toString());
        assertThat(intoPlan.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(intoPlan.err()).contains("is the published plan's folder");
        for (Result r : List.of(date, late, noPlan, intoPlan)) {
            assertNoStackTrace(r);
        }
        assertThat(hashes(plan)).isEqualTo(publishedFiles);
    }

    @Test
    void helpShowsTheChangeFileExamplesAndExitCodes() {
        Result r = Cli.run("replan", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("changes:").contains("notEligible").contains("Examples:")
                .contains("Exit codes: 0 replanned rounds").contains("--from=DATE");
        assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l)
                .isLessThanOrEqualTo(SchedulerCommand.USAGE_WIDTH));
        assertThat(Cli.run("--help").out()).contains("replan    Replan a published plan after changes");
    }

    /** Every file under a folder by relative path, with its SHA-256. */
    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), sha256(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
