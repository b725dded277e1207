package org.rotationscheduler.io.in.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.GroupCounts;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.generate.GeneratedRegister;
import org.rotationscheduler.generate.Profile;
import org.rotationscheduler.generate.RegisterGenerator;
import org.rotationscheduler.io.in.Csv;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.io.out.register.RegisterWriter;

/** §10: a register with the Chinese headers an office writes, in any order, with columns of its own. */
class RegisterHeadersTest {
    private static Campaign campaign;
    private static List<List<String>> english;

    @BeforeAll
    static void generateOnce(@TempDir Path dir) throws Exception {
        Campaign base = new CampaignLoader().loadDefault();
        campaign = base.withCities(base.cities().stream().filter(c -> Set.of("北京", "西安").contains(c.name())).toList())
                .withGroupCounts(new GroupCounts(Map.of("central", 1, "ordinary", 2), Map.of(), List.of()));
        var rounds = campaign.roundCalendar().roundsOf(campaign.roundCalendar().season("autumn", 2019).orElseThrow());
        GeneratedRegister generated = new RegisterGenerator(campaign, rounds, 240, 9, Profile.NORMAL).generate();
        Path file = dir.resolve("register.csv");
        RegisterWriter.write(file, generated.cadres(), generated.privateStates(), false);
        english = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Register read(List<List<String>> rows) {
        return new RegisterReader(campaign).read(rows, "register.csv");
    }

    /** The register with the Chinese header, columns in the given order of column ids, extra columns appended. */
    private static List<List<String>> chinese(List<String> order, List<String> extra) {
        List<List<String>> out = new ArrayList<>();
        List<String> header = new ArrayList<>(order.stream().map(RegisterReader::chineseName).toList());
        header.addAll(extra);
        out.add(header);
        for (List<String> row : english.subList(1, english.size())) {
            List<String> cells = new ArrayList<>();
            for (String id : order) {
                cells.add(row.get(RegisterReader.COLUMNS.indexOf(id)));
            }
            extra.forEach(e -> cells.add("x"));
            out.add(cells);
        }
        return out;
    }

    private static void assertSameCadres(Register actual, Register expected) {
        assertThat(actual.size()).isEqualTo(expected.size()).isGreaterThan(200);
        for (int i = 0; i < expected.size(); i++) {
            Cadre a = actual.cadres().get(i);
            Cadre e = expected.cadres().get(i);
            assertThat(List.of(a.id(), a.name(), a.unit(), a.rank(), a.post(), a.partyMember(), a.roundsServed(),
                    a.unavailable(), a.restricted(), a.row())).as(e.id())
                    .isEqualTo(List.of(e.id(), e.name(), e.unit(), e.rank(), e.post(), e.partyMember(), e.roundsServed(),
                            e.unavailable(), e.restricted(), e.row()));
        }
    }

    @Test
    void chineseHeadersInAnotherOrderWithColumnsOfTheOfficeReadTheSameCadres() {
        List<String> order = new ArrayList<>(RegisterReader.COLUMNS);
        java.util.Collections.reverse(order);
        Register expected = read(english);
        Register actual = read(chinese(order, List.of("备注", "联系电话")));
        assertSameCadres(actual, expected);
        assertThat(actual.extraColumns()).containsExactly("备注", "联系电话");
        assertThat(expected.extraColumns()).isEmpty();
        assertThat(actual.dataRows()).isEqualTo(expected.size());
        assertThat(expected.cadres()).anyMatch(c -> !c.restricted().isEmpty()).anyMatch(c -> !c.unavailable().isEmpty());
    }

    @Test
    void headersMayBeSpacedAsOnAPrintedForm() {
        List<List<String>> rows = chinese(RegisterReader.COLUMNS, List.of());
        rows.get(0).set(1, "姓　　名");
        rows.get(0).set(0, " 编 号 ");
        assertSameCadres(read(rows), read(english));
    }

    @Test
    void partyStatusMeansAMemberOnlyForTheCommunistPartyAndItsProbationers() {
        List<List<String>> rows = chinese(RegisterReader.COLUMNS, List.of());
        int col = RegisterReader.COLUMNS.indexOf("party_member");
        rows.get(0).set(col, "政治面貌");
        List<String> statuses = List.of("中共党员", "中共预备党员", "群众", "共青团员", "民革党员", "");
        for (int r = 1; r <= statuses.size(); r++) {
            rows.get(r).set(col, statuses.get(r - 1));
        }
        List<Boolean> members = read(rows).cadres().subList(0, statuses.size()).stream().map(Cadre::partyMember).toList();
        assertThat(members).containsExactly(true, true, false, false, false, false);
    }

    @Test
    void underIsPartyMemberAStatusMeansYesAndOtherWordsAreAnError() {
        List<List<String>> rows = new ArrayList<>(english.stream().map(ArrayList::new).map(l -> (List<String>) l).toList());
        int col = RegisterReader.COLUMNS.indexOf("party_member");
        rows.get(1).set(col, "中共预备党员");
        assertThat(read(rows).cadres().get(0).partyMember()).isTrue();
        rows.get(1).set(col, "群众");
        assertThatThrownBy(() -> read(rows)).isInstanceOf(InputException.class)
                .hasMessageContaining("register.csv:2: row 2, column party_member: '群众' is not 是/否");
    }

    @Test
    void ranksAsOfficesWriteThemAreCampaignData() {
        List<List<String>> rows = chinese(RegisterReader.COLUMNS, List.of());
        int col = RegisterReader.COLUMNS.indexOf("rank");
        List<String> written = List.of("正处级", "副司局级", "二级巡视员", "四级调研员", "一级主任科员", "办事员", "bureau");
        for (int r = 1; r <= written.size(); r++) {
            rows.get(r).set(col, written.get(r - 1));
        }
        List<Rank> ranks = read(rows).cadres().subList(0, written.size()).stream().map(Cadre::rank).toList();
        assertThat(ranks).containsExactly(Rank.DIVISION, Rank.BUREAU, Rank.BUREAU, Rank.DIVISION, Rank.SECTION,
                Rank.STAFF, Rank.BUREAU);
        // the aliases come from the campaign (data/ranks.yaml), not from code
        assertThatThrownBy(() -> new RegisterReader(campaign.units()).read(rows, "register.csv"))
                .hasMessageContaining("row 2, column 职级: unknown rank '正处级'");
        rows.get(3).set(col, "高级");
        assertThatThrownBy(() -> read(rows)).hasMessageContaining("row 4, column 职级: unknown rank '高级'; use 司局级")
                .hasMessageContaining("ranks.aliases");
    }

    @Test
    void oneColumnUnderTwoNamesIsAProblem() {
        List<List<String>> rows = chinese(RegisterReader.COLUMNS, List.of("name"));
        assertThatThrownBy(() -> read(rows)).isInstanceOf(InputException.class)
                .hasMessageContaining("register.csv:1: name: 'name' and '姓名' are the same column");
    }

    @Test
    void aMissingRequiredColumnIsNamedInBothLanguages() {
        List<String> order = new ArrayList<>(RegisterReader.COLUMNS);
        order.remove("rank");
        assertThatThrownBy(() -> read(chinese(order, List.of()))).isInstanceOf(InputException.class)
                .hasMessageContaining("the header has no column 'rank' (职级)");
    }

    @Test
    void underChineseHeadersAPrivateStateProblemStillNamesNeitherTheStateNorTheValue() {
        List<List<String>> rows = chinese(RegisterReader.COLUMNS, List.of());
        rows.get(1).set(RegisterReader.COLUMNS.indexOf("nursing"), "2020-02-30..2020-03-01");
        assertThatThrownBy(() -> read(rows)).isInstanceOf(InputException.class)
                .hasMessageContaining("register.csv:2: row 2, a private-state column: a date range cannot be read")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("哺乳").doesNotContain("2020-02-30"));
    }

    @Test
    void anAliasStandsForOneRankOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("campaign.yaml");
        Files.writeString(file, "extends: default\nranks:\n  aliases:\n    处级: [主任]\n    科级: [主任, 科长]\n"
                + "    科员: [处级]\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new CampaignLoader().load(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("ranks.aliases.科级[0]: '主任' stands for 处级 already; an alias names one rank")
                .hasMessageContaining("ranks.aliases.科员[0]: '处级' is the rank 处级 itself");
    }

    @Test
    void datesAsOfficesTypeThemReadAsTheSameDays() {
        List<List<String>> rows = chinese(RegisterReader.COLUMNS, List.of());
        int col = RegisterReader.COLUMNS.indexOf("unavailable");
        List<String> written = List.of("2020-10-01..2020-10-07", "2020/10/1..2020/10/7", "2020.10.01至2020.10.07",
                "2020年10月1日~2020年10月7日", "2020-10-01..2020-10-03；2020-10-04..2020-10-07");
        for (int r = 1; r <= written.size(); r++) {
            rows.get(r).set(col, written.get(r - 1));
        }
        var expected = List.of(new org.rotationscheduler.domain.calendar.DateRange(java.time.LocalDate.of(2020, 10, 1),
                java.time.LocalDate.of(2020, 10, 7)));
        Register register = read(rows);
        for (int i = 0; i < written.size() - 1; i++) {
            assertThat(register.cadres().get(i).unavailable()).as(written.get(i)).isEqualTo(expected);
        }
        assertThat(register.cadres().get(4).unavailable()).hasSize(2);
        rows.get(1).set(col, "2020/2/30");
        assertThatThrownBy(() -> read(rows)).hasMessageContaining("row 2, column 不可派出日期: '2020/2/30' is not a date range");
    }
}
