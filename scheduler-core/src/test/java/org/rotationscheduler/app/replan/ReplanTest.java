package org.rotationscheduler.app.replan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.app.LoadedPlan;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.changes.ChangeSet;
import org.rotationscheduler.check.PlanChecker;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.in.yaml.ChangesLoader;
import org.rotationscheduler.io.out.excel.RosterWorkbook;
import org.rotationscheduler.io.out.plan.PlanStore;
import org.rotationscheduler.planning.SolveResult;
import org.rotationscheduler.report.ChangeList;
import org.rotationscheduler.rules.RuleBreak;
import org.rotationscheduler.rules.RuleId;

/**
 * F7 end to end on a small published plan ({@link ReplanFixture}): a change moves only the seats
 * it must, rounds under way stay byte for byte, E4 still holds, and nothing private leaks (S1).
 */
class ReplanTest {
    /** S1: words that would reveal a private state. */
    static final Pattern PRIVATE = Pattern.compile("孕|哺乳|健康|pregnan|nursing|health", Pattern.CASE_INSENSITIVE);
    /** --from: rounds 11-13 started before it and are pinned. */
    static final int FROM_ROUND = 14;

    @TempDir
    static Path dir;
    static ReplanFixture fixture;
    static Plan published;
    /** The replan of one cadre made not eligible for round 15 (and one pinned cadre declared unavailable). */
    static Outcome notEligible;
    static Assignment target;
    static Assignment pinnedTarget;

    record Outcome(Replan replan, SolveResult result, ChangeList changes, List<RuleBreak> breaks, Path out) {
        Plan plan() {
            return result.plan();
        }
    }

    @BeforeAll
    static void publishAndReplan() throws IOException {
        fixture = new ReplanFixture(dir);
        SolveResult first = fixture.publish();
        published = first.plan();
        assertThat(first.score().hardScore()).as("the fixture's plan keeps every hard rule").isZero();
        assertThat(published.unfilled()).isZero();
        target = firstSeat(15, a -> a.cadre().rank() != Rank.BUREAU);
        pinnedTarget = firstSeat(12, a -> !a.cadre().equals(target.cadre()));
        Round r15 = fixture.round(15);
        Round r12 = fixture.round(12);
        notEligible = replan("not-eligible", """
                changes:
                  - cadre: %s
                    notEligible: %s..%s
                  - cadre: %s          # sits in round 12, which is under way: kept, with a warning
                    unavailable: %s..%s
                """.formatted(target.cadre().id(), r15.start(), r15.end(), pinnedTarget.cadre().id(), r12.start(),
                r12.end()));
        notEligible.replan().problem();
        new ReplanOutputs(notEligible.out(), false).write(notEligible.replan(), notEligible.plan(),
                notEligible.result().score().toString(), Map.of(), notEligible.breaks(), notEligible.changes());
    }

    static Outcome replan(String name, String changes) throws IOException {
        Path file = fixture.write(name + ".yaml", changes);
        LoadedPlan loaded = fixture.load();
        LocalDate from = fixture.startOf(FROM_ROUND);
        ChangeSet set = new ChangesLoader(loaded.plan().campaign(), loaded.plan().register(), loaded.plan().rounds(),
                from).load(file);
        Path out = dir.resolve(name + "-replan");
        Replan replan = Replan.prepare(loaded, set, from, out);
        long started = System.currentTimeMillis();
        SolveResult result = replan.solve(Replan.solver(), ReplanFixture.settings(), (t, s, n) -> { });
        System.out.printf("replan %s: %s in %d ms%n", name, replan.changeList(result.plan()).summary(),
                System.currentTimeMillis() - started);
        return new Outcome(replan, result, replan.changeList(result.plan()), replan.check(result.plan()), out);
    }

    private static Assignment firstSeat(int round, java.util.function.Predicate<Assignment> which) {
        return published.assignments().stream()
                .filter(a -> a.filled() && a.seat().round().number() == round && which.test(a))
                .findFirst().orElseThrow();
    }

    // ---- (a) only what must move moves ----

    @Test
    void aCadreNotEligibleForOneRoundGivesUpOnlyTheSeatTheyHeldThere() {
        long held = published.assignments().stream()
                .filter(a -> target.cadre().equals(a.cadre()) && a.seat().round().number() == 15).count();
        assertThat(held).isEqualTo(1);
        assertThat(notEligible.changes().seatsChanged()).as(notEligible.changes().summary()).isEqualTo((int) held);
        ChangeList.SeatChange change = notEligible.changes().changes().get(0);
        assertThat(change.seat().id()).isEqualTo(target.seat().id());
        assertThat(change.kind()).isEqualTo(ChangeList.Kind.REPLACED);
        assertThat(change.before()).isEqualTo(target.cadre());
        assertThat(change.after()).isNotNull().isNotEqualTo(target.cadre());
        assertThat(change.rule()).isEqualTo("E7");
        assertThat(change.reason()).isEqualTo("E7 cadre not eligible for these dates");

        Map<String, Cadre> before = cadres(published);
        Map<String, Cadre> after = cadres(notEligible.plan());
        before.remove(target.seat().id());
        after.remove(target.seat().id());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theOnlyBrokenHardRuleIsThePinnedSeatAChangeMadeIneligibleAndEverySeatIsFilled() {
        List<RuleBreak> hard = notEligible.breaks().stream().filter(b -> b.hard()
                && b.rule() != RuleId.UNFILLED).toList();
        assertThat(hard).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo(RuleId.E8);
            assertThat(b.seat()).isEqualTo(pinnedTarget.seat());
        });
        assertThat(PlanChecker.unfilledCount(notEligible.breaks())).isZero();
    }

    // ---- (b) rounds under way stay as published ----

    @Test
    void pinnedRoundsAreIdenticalByteForByteInTheAssignmentTable() throws IOException {
        List<String> before = pinnedLines(fixture.planDir);
        List<String> after = pinnedLines(notEligible.out());
        assertThat(before).hasSize(3 * 14);
        assertThat(after).isEqualTo(before);
        assertThat(notEligible.changes().pinnedUnchanged()).isEqualTo(notEligible.changes().pinnedSeats())
                .isEqualTo(3 * 14);
    }

    @Test
    void aPinnedSeatKeepsItsCadreEvenWhenAChangeMakesThemIneligibleAndAWarningSaysSo() {
        assertThat(notEligible.plan().bySeatId().get(pinnedTarget.seat().id()).cadre()).isEqualTo(pinnedTarget.cadre());
        assertThat(notEligible.replan().warnings())
                .anyMatch(w -> w.startsWith(pinnedTarget.seat().describe()) && w.contains("keeps "
                        + pinnedTarget.cadre()) && w.contains("E8 declared unavailable") && w.contains("--from"));
    }

    private static List<String> pinnedLines(Path planDir) throws IOException {
        List<String> lines = Files.readAllLines(planDir.resolve(PlanStore.ASSIGNMENTS_FILE), StandardCharsets.UTF_8);
        return lines.stream().filter(l -> l.startsWith("11,") || l.startsWith("12,") || l.startsWith("13,")).toList();
    }

    // ---- the written folder reads back ----

    @Test
    void theReplannedFolderLoadsBackWithItsOwnRegister() {
        LoadedPlan back = LoadedPlan.load(notEligible.out());
        assertThat(back.info().register()).as("relative to the folder").isEqualTo(Replan.REGISTER_FILE);
        assertThat(back.plan().register().source()).isEqualTo(notEligible.out().resolve(Replan.REGISTER_FILE)
                .toAbsolutePath().normalize().toString());
        assertThat(cadres(back.plan())).isEqualTo(cadres(notEligible.plan()));
        Cadre cadre = back.plan().register().find(target.cadre().id()).orElseThrow();
        assertThat(cadre.restrictedDuring(fixture.round(15).days())).isTrue();
        assertThat(cadre.restrictedDuring(fixture.round(16).days())).isFalse();
    }

    // ---- (c) E4 still holds when a bureau-level leader cannot serve their round ----

    @Test
    void e4StillHoldsWhenABureauLevelLeaderIsNotEligibleForTheirRound() throws IOException {
        Assignment leader = firstSeat(16, a -> a.cadre().rank() == Rank.BUREAU && a.seat().index() == 0);
        Round r16 = fixture.round(16);
        Outcome o = replan("e4", """
                changes:
                  - cadre: %s
                    notEligible: %s..%s
                """.formatted(leader.cadre().id(), r16.start(), r16.end()));
        assertThat(PlanChecker.hardCount(o.breaks())).as(o.breaks().stream().filter(RuleBreak::hard).toList().toString()
                + o.changes().changes()).isZero();
        assertThat(PlanChecker.unfilledCount(o.breaks())).isZero();
        List<Assignment> rounds = o.plan().assignments().stream().filter(a -> leader.cadre().equals(a.cadre())).toList();
        assertThat(rounds).as("E4: exactly one round of the season").hasSize(1);
        assertThat(rounds.get(0).seat().round().number()).isNotEqualTo(16);
        assertThat(o.changes().changes()).anyMatch(c -> c.seat().id().equals(leader.seat().id())
                && c.rule().equals(RuleId.E7.id()));
        assertThat(o.changes().pinnedUnchanged()).isEqualTo(o.changes().pinnedSeats());
    }

    // ---- G1, a fix, a withdrawal, an addition ----

    @Test
    void groupsRemovedAndAddedAFixAndAWithdrawalShowInTheChangeListAndTheFolderReadsBack() throws IOException {
        // a cadre who also sits in a round under way (before --from): that seat stays theirs
        Assignment withdrawn = firstSeat(16, a -> a.cadre().rank() != Rank.BUREAU && a.seat().index() > 0
                && !a.seat().group().name().equals("普通组1") && published.assignments().stream()
                        .anyMatch(b -> a.cadre().equals(b.cadre()) && b.seat().round().number() < FROM_ROUND));
        Outcome o = replan("every-kind", """
                changes:
                  - cadre: %s
                    withdraw: true
                  - add: {id: N001, name: 张三, unit: 人事司, rank: 处级, party_member: 是}
                  - city: 北京
                    fromRound: 20
                    counts: {ordinary: 0}
                  - city: 石家庄
                    fromRound: 18
                    counts: {ordinary: 2}
                  - fix: {round: 17, city: 北京, group: 普通组1, seat: 干部, cadre: N001}
                """.formatted(withdrawn.cadre().id()));
        List<ChangeList.SeatChange> changes = o.changes().changes();
        assertThat(changes).filteredOn(c -> c.kind() == ChangeList.Kind.REMOVED).hasSize(3 * 3)
                .allSatisfy(c -> assertThat(c.reason()).isEqualTo("group removed from round 20 (G1)"));
        assertThat(changes).filteredOn(c -> c.kind() == ChangeList.Kind.ADDED).hasSize(3 * 5)
                .allSatisfy(c -> assertThat(c.after()).isNotNull())
                .allSatisfy(c -> assertThat(c.reason()).isEqualTo("new group (G1)"));
        assertThat(o.plan().bySeatId()).doesNotContainKey("20/北京/普通组1/0").containsKey("18/石家庄/普通组2/0");
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.seat().id()).isEqualTo("17/北京/普通组1/1");
            assertThat(c.after().id()).isEqualTo("N001");
            assertThat(c.reason()).isEqualTo(ChangeList.FIXED);
        });
        assertThat(changes).filteredOn(c -> withdrawn.cadre().equals(c.before()) && c.kind() != ChangeList.Kind.REMOVED)
                .isNotEmpty().allSatisfy(c -> assertThat(c.reason()).isEqualTo("withdrawn from the register"));
        assertThat(o.plan().assignments()).noneMatch(a -> withdrawn.cadre().equals(a.cadre())
                && a.seat().round().number() >= FROM_ROUND);
        assertThat(o.changes().pinnedUnchanged()).isEqualTo(o.changes().pinnedSeats());
        assertThat(PlanChecker.hardCount(o.breaks())).as(o.breaks().stream().filter(RuleBreak::hard).toList()
                .toString()).isZero();
        assertThat(PlanChecker.unfilledCount(o.breaks())).isZero();

        new ReplanOutputs(o.out(), false).write(o.replan(), o.plan(), o.result().score().toString(), Map.of(),
                o.breaks(), o.changes());
        assertThat(o.out().resolve(Replan.CAMPAIGN_FILE)).exists();
        LoadedPlan back = LoadedPlan.load(o.out());
        assertThat(cadres(back.plan())).as("the changed campaign and register read back to the same seats")
                .isEqualTo(cadres(o.plan()));
        // a withdrawn cadre who sits in a round under way stays in the register (the plan names them),
        // unavailable from the day after that seat (E8), so that no later seat can be theirs
        boolean keptSeat = published.assignments().stream().anyMatch(a -> withdrawn.cadre().equals(a.cadre())
                && a.seat().round().number() < FROM_ROUND);
        assertThat(keptSeat).as("the fixture: %s sits in a pinned round", withdrawn.cadre()).isTrue();
        Cadre kept = back.plan().register().find(withdrawn.cadre().id()).orElseThrow();
        assertThat(o.plan().rounds()).filteredOn(r -> r.number() >= FROM_ROUND)
                .allMatch(r -> kept.unavailableDuring(r.days()));
    }

    // ---- (e) S1 ----

    @Test
    void s1_noOutputNamesAPrivateStateExceptTheRegistersOwnPrivateColumn() throws IOException {
        List<Path> files;
        try (var walk = Files.walk(notEligible.out())) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains("plan.json", "assignments.csv", "roster.xlsx", "register.csv");
        assertThat(files).anyMatch(f -> f.getParent().getFileName().toString().equals(ReplanOutputs.NOTICES_DIR));
        for (Path f : files) {
            assertThat(PRIVATE.matcher(f.toString()).find()).as(f.toString()).isFalse();
            String name = f.getFileName().toString();
            String text = name.endsWith(".xlsx") ? workbookText(f) : name.endsWith(".docx") ? documentText(f)
                    : name.equals(Replan.REGISTER_FILE) ? registerBody(f) : Files.readString(f);
            assertThat(text).as(f.toString()).doesNotContainPattern(PRIVATE);
        }
        List<String> said = new ArrayList<>(notEligible.replan().warnings());
        notEligible.changes().changes().forEach(c -> said.add(c.describe()));
        said.add(notEligible.changes().summary());
        assertThat(String.join("\n", said)).doesNotContainPattern(PRIVATE);
    }

    /**
     * S1 and "nothing invented": every cadre's private columns exactly as the published register
     * holds them (m24's nursing dates stay under nursing, nobody gains a state), and the change
     * file's notEligible days in a column of their own, which names no state.
     */
    @Test
    void s1_theRegisterKeepsEveryPrivateColumnAsItWasAndPutsTheChangeInItsOwnColumn() throws IOException {
        List<String> lines = Files.readAllLines(notEligible.out().resolve(Replan.REGISTER_FILE));
        assertThat(lines.get(0)).isEqualTo(ReplanFixture.HEADER.strip() + "," + RegisterReader.NOT_ELIGIBLE);
        List<String> header = List.of(lines.get(0).split(","));
        Map<String, List<String>> before = privateCells(Files.readAllLines(fixture.registerFile));
        Map<String, String> notEligibleColumn = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            List<String> kept = List.of(cells[header.indexOf("pregnant")], cells[header.indexOf("nursing")],
                    cells[header.indexOf("health")]);
            assertThat(kept).as("private columns of %s as they were", cells[0])
                    .isEqualTo(before.getOrDefault(cells[0], List.of("", "", "")));
            if (!cells[header.indexOf(RegisterReader.NOT_ELIGIBLE)].isEmpty()) {
                notEligibleColumn.put(cells[0], cells[header.indexOf(RegisterReader.NOT_ELIGIBLE)]);
            }
        }
        assertThat(before.get("m24")).containsExactly("", ReplanFixture.PRIVATE_DATES, "");
        Round r15 = fixture.round(15);
        assertThat(notEligibleColumn).containsOnly(Map.entry(target.cadre().id(), r15.start() + ".." + r15.end()));
    }

    private static Map<String, List<String>> privateCells(List<String> registerLines) {
        List<String> header = List.of(registerLines.get(0).split(","));
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : registerLines.subList(1, registerLines.size())) {
            String[] cells = line.split(",", -1);
            out.put(cells[0], List.of(cells[header.indexOf("pregnant")], cells[header.indexOf("nursing")],
                    cells[header.indexOf("health")]));
        }
        return out;
    }

    @Test
    void theRosterHasAChangesSheet() throws IOException {
        try (InputStream in = Files.newInputStream(notEligible.out().resolve("roster.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(RosterWorkbook.CHANGES);
            assertThat(sheet).isNotNull();
            String text = sheetText(sheet);
            // O7: the reason in Chinese, the rule id in brackets (S1: without saying why)
            assertThat(text).contains(target.cadre().name(), "该时段不符合派出条件（E7）", "换人");
        }
    }

    @Test
    void o2a_theUnitOfTheCadreWhoLeavesGetsAChangeNoticeInTheFormOfTheDispatchNotice() throws IOException {
        Path notice = notEligible.out().resolve(ReplanOutputs.NOTICES_DIR).resolve(target.cadre().unit().name() + ".docx");
        assertThat(notice).isRegularFile();
        String text = documentText(notice);
        assertThat(text).contains("生态环境部生态环境执法局", "关于调整", target.cadre().unit().name() + "：", "一、变更安排",
                "撤出", target.cadre().name(), "该时段不符合派出条件（E7）", "特此通知。");
        // O7: the replanned plan's identity in the page header
        assertThat(text).contains("计划 " + notEligible.out().toAbsolutePath().normalize().getFileName());
    }

    // ---- helpers ----

    /** Every paragraph, table cell and page header of a Word document (the change notices, O2a). */
    static String documentText(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    static Map<String, Cadre> cadres(Plan plan) {
        Map<String, Cadre> out = new LinkedHashMap<>();
        plan.assignments().forEach(a -> out.put(a.seat().id(), a.cadre()));
        return out;
    }

    /** The register file without its header (the header names the private columns, as §10 does). */
    private static String registerBody(Path f) throws IOException {
        String text = Files.readString(f);
        return text.substring(text.indexOf('\n') + 1);
    }

    /** Every sheet name, cell, page header and footer of a workbook. */
    static String workbookText(Path f) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                sb.append(sheet.getSheetName()).append('\n').append(sheet.getHeader().getCenter()).append('\n')
                        .append(sheet.getFooter().getCenter()).append('\n').append(sheetText(sheet));
            }
        }
        return sb.toString();
    }

    private static String sheetText(Sheet sheet) {
        DataFormatter fmt = new DataFormatter();
        StringBuilder sb = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                sb.append(fmt.formatCellValue(cell)).append('\t');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
