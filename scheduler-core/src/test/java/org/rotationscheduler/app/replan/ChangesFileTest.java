package org.rotationscheduler.app.replan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.changes.ChangeSet.DateKind;
import org.rotationscheduler.changes.ChangeSet;
import org.rotationscheduler.domain.calendar.DateRange;
import org.rotationscheduler.domain.model.GroupCounts;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.InputProblem;
import org.rotationscheduler.io.in.yaml.ChangesLoader;

/**
 * The change file of {@code replan}: every kind of change resolved against the plan's campaign and
 * register, and every problem of a file reported together with file, line, column and what to fix
 * (validated like the campaign YAML), never repeating a private value (S1).
 */
class ChangesFileTest {
    @TempDir
    Path dir;
    private ReplanFixture fixture;
    private LocalDate from;

    @BeforeEach
    void inputs() throws IOException {
        fixture = new ReplanFixture(dir);
        from = fixture.startOf(14);
    }

    private ChangeSet read(String text) {
        return new ChangesLoader(fixture.campaign, fixture.register, fixture.rounds, from).read(text, "changes.yaml");
    }

    private List<InputProblem> problems(String text) {
        InputException e = catchThrowableOfType(InputException.class, () -> read(text));
        assertThat(e).as("the file should be refused").isNotNull();
        return e.problems();
    }

    /** The problem at a line (1-based), its message as printed: "changes.yaml:L:C: key: message". */
    private static String at(List<InputProblem> problems, int line) {
        return problems.stream().filter(p -> p.where().line() == line).map(InputProblem::toString).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at line " + line + " in " + problems));
    }

    @Test
    void everyKindOfChangeIsResolved() {
        ChangeSet set = read("""
                changes:
                  - cadre: m01
                    unavailable: 2019-12-01..2019-12-10
                  - cadre: m02
                    notEligible: [2019-12-01..2019-12-31, 2020-02-01]
                  - cadre: m03
                    withdraw: true
                  - add: {id: N001, name: 张三, unit: 人事司, rank: 处级, post: '', party_member: 是, rounds_served: 0}
                  - unit: 海南
                    nominations:
                      - {id: h01}
                      - {id: h02, rank: 司局级}
                      - {id: N002, name: 李四, rank: 科级, party_member: true}
                  - city: 北京
                    fromRound: 16
                    counts: {ordinary: 2}
                  - fix: {round: 16, city: 北京, group: 普通组2, seat: 干部, index: 2, cadre: N001}
                """);
        assertThat(set.dates()).extracting(ChangeSet.Dates::cadreId, ChangeSet.Dates::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("m01", DateKind.UNAVAILABLE),
                org.assertj.core.groups.Tuple.tuple("m02", DateKind.NOT_ELIGIBLE));
        assertThat(set.ranges("m02", DateKind.NOT_ELIGIBLE)).containsExactly(
                new DateRange(LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 31)),
                new DateRange(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 1)));
        // 海南's cadres not listed (h03-h06, and p03, p06, ... of 海南) are withdrawn
        assertThat(set.withdrawnIds()).contains("m03", "h03", "h06").doesNotContain("h01", "h02");
        assertThat(set.withdrawal("h03").orElseThrow().reason()).isEqualTo("withdrawn: not among 海南省生态环境厅's new"
                + " nominations");
        assertThat(set.additions()).extracting(a -> a.cadre().id()).containsExactly("N001", "N002");
        assertThat(set.additions().get(1).cadre().unit().name()).isEqualTo("海南省生态环境厅");
        assertThat(set.updates()).extracting(a -> a.cadre().id()).containsExactly("h01", "h02");
        assertThat(set.updates().get(1).cadre().rank()).isEqualTo(Rank.BUREAU);
        assertThat(set.groupCounts()).extracting(ChangeSet.GroupCountChange::change)
                .containsExactly(new GroupCounts.Change(16, "北京", Map.of("ordinary", 2)));
        // the fix names a seat of a group that exists only with the file's own G1 change
        assertThat(set.fixes()).singleElement().satisfies(f -> {
            assertThat(f.seatId()).isEqualTo("16/北京/普通组2/2");
            assertThat(f.cadreId()).isEqualTo("N001");
        });
    }

    @Test
    void everyProblemIsReportedTogetherWithItsLineColumnAndWhatToFix() {
        List<InputProblem> p = problems("""
                changes:
                  - cadre: m0l
                    unavailable: 2019-12-01..2019-12-10
                  - cadre: m02
                    notEligable: 2019-12-01..2019-12-31
                  - cadre: m04
                    unavailable: 2019-12-10..2019-12-01
                  - city: 北亰
                    fromRound: 16
                    counts: {ordinary: 2}
                  - city: 北京
                    fromRound: 12
                    counts: {ordnary: 2}
                  - fix: {round: 13, city: 北京, group: 中心组, seat: 组长, cadre: b01}
                  - fix: {round: 16, city: 北京, group: 普通组1, seat: 干部, index: 3, cadre: b01}
                  - cadre: m05
                    city: 北京
                  - unit: 人事部
                    nominations: []
                  - add: {id: b01, name: 重复, unit: 人事司, rank: 处长}
                """);
        assertThat(at(p, 2)).startsWith("changes.yaml:2:").contains("changes[0].cadre", "no cadre 'm0l'",
                "nearest ids: [m01");
        assertThat(at(p, 5)).contains("unknown key 'notEligable'; did you mean 'notEligible'?");
        assertThat(at(p, 7)).contains("'2019-12-10..2019-12-01' ends before it starts", "YYYY-MM-DD..YYYY-MM-DD");
        assertThat(at(p, 8)).contains("unknown city '北亰'; did you mean '北京'?");
        assertThat(at(p, 12)).contains("round 12 starts 2019-10-13, before --from 2019-11-12",
                "only from round 14 (2019-11-12) on (G1)");
        assertThat(at(p, 13)).contains("unknown group kind 'ordnary'; did you mean 'ordinary'?");
        assertThat(at(p, 14)).contains("round 13 started 2019-10-28, before --from", "kept as published");
        assertThat(at(p, 15)).contains("北京 普通组1 has 2 seat(s) 干部; index counts them from 1");
        assertThat(at(p, 16)).contains("holds several changes (cadre, city)");
        assertThat(at(p, 18)).contains("unknown unit '人事部'; nearest:", "人事司");
        assertThat(p.stream().filter(x -> x.where().line() == 20).map(InputProblem::toString).toList())
                .anyMatch(m -> m.contains("cadre b01 is in the register already"))
                .anyMatch(m -> m.contains("unknown rank '处长'"));
        // sorted by line, every one with file:line:column
        assertThat(p).isSortedAccordingTo((a, b) -> Integer.compare(a.where().line(), b.where().line()));
        assertThat(p).allSatisfy(x -> assertThat(x.toString()).matches("changes\\.yaml:\\d+:\\d+: .*"));
    }

    @Test
    void s1_aPrivateValueIsNeverRepeatedAndNoStateIsNamed() {
        List<InputProblem> p = problems("""
                changes:
                  - cadre: m02
                    notEligible: 孕期 2019-12-01..2019-12-31
                  - add: {id: N9, name: 王五, unit: 人事司, rank: 处级, health: 2019-12-01..2019-12-31}
                """);
        assertThat(at(p, 3)).contains("a date range cannot be read as dates").doesNotContain("孕期")
                .doesNotContain("2019-12-01");
        assertThat(at(p, 4)).contains("a change file names no private state (S1)", "notEligible: (E7)");
    }

    @Test
    void aWithdrawnCadreCannotBeGivenDatesOrASeat() {
        List<InputProblem> p = problems("""
                changes:
                  - cadre: m03
                    withdraw: true
                  - cadre: m03
                    unavailable: 2019-12-01
                  - fix: {round: 16, city: 北京, group: 中心组, seat: 干部, cadre: m03}
                """);
        assertThat(at(p, 4)).contains("cadre m03 is withdrawn by the change at changes.yaml:2:");
        assertThat(at(p, 6)).contains("cadre m03 is withdrawn by the change at changes.yaml:2:");
    }

    @Test
    void aFileThatIsNotYamlOrListsNothingIsRefusedWithItsLine() {
        assertThat(at(problems("changes:\n  - cadre: m01\n   unavailable: 2019-12-01\n"), 3))
                .contains("not valid YAML");
        assertThat(at(problems("changes: []\n"), 1)).contains("lists no changes");
        assertThat(at(problems("chnages: []\n"), 1)).contains("did you mean 'changes'?");
    }
}
