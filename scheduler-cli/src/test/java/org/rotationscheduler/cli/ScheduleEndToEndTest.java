package org.rotationscheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.cli.Cli.Result;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.io.in.Csv;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.in.yaml.CampaignLoader;

/**
 * schedule, then check, on generated registers of the small example campaign (3 cities, 9 autumn
 * rounds, 351 seats). The rosters are judged from assignments.csv by plain checks written here and
 * by the check command, never by the solver's own score.
 */
class ScheduleEndToEndTest {
    private static final String SMALL = "../examples/small/campaign.yaml";

    @TempDir
    static Path shared;
    private static Path feasibleRegister;
    private static Path shortRegister;
    private static Path feasiblePlan;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateAndSchedule() {
        feasibleRegister = shared.resolve("feasible.csv");
        shortRegister = shared.resolve("short.csv");
        assertThat(Cli.run("generate", "--campaign", SMALL, "--cadres", "250", "--seed", "11", "--out",
                feasibleRegister.toString()).code()).isZero();
        assertThat(Cli.run("generate", "--campaign", SMALL, "--cadres", "250", "--seed", "11", "--profile", "short",
                "--out", shortRegister.toString()).code()).isZero();
        feasiblePlan = shared.resolve("plan");
        Result r = schedule(feasibleRegister, feasiblePlan, "--steps", "3000", "--seed", "3");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCodes.OK);
    }

    private static Result schedule(Path register, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("schedule", "--season", "autumn", "--campaign", SMALL,
                "--register", register.toString(), "--out", out.toString(), "--time-limit", "2m", "--quiet"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void aFeasibleInstanceIsPlannedWithEverySeatFilledAndNoHardRuleBroken() throws IOException {
        List<List<String>> rows = table(feasiblePlan);
        assertThat(rows).hasSize(351);
        assertThat(rows).allSatisfy(r -> assertThat(r.get(6)).as("cadre of %s", r).isNotEmpty());
        assertPlainRulesHold(rows, new RegisterReader(new CampaignLoader().load(SMALL).units()).read(feasibleRegister));

        Result check = Cli.run("check", "--plan", feasiblePlan.toString());
        assertThat(check.code()).as(check.out()).isEqualTo(ExitCodes.OK);
        assertThat(check.out()).contains("351 seats checked: 0 broken hard rule(s) {}, 0 empty seat(s)");
        assertThat(feasiblePlan.resolve("roster.xlsx")).isRegularFile();
        assertThat(feasiblePlan.resolve("plan.json")).isRegularFile();
    }

    /** Medium: the first 12 cities of Annex 1 over one autumn-winter season (about 4,000 seats). */
    @Test
    void aMediumInstanceIsPlannedWithoutBrokenHardRules() throws IOException {
        Path campaign = dir.resolve("medium.yaml");
        Files.writeString(campaign, mediumCampaign(12), StandardCharsets.UTF_8);
        Path register = dir.resolve("medium.csv");
        Result gen = Cli.run("generate", "--campaign", campaign.toString(), "--cadres", "3000", "--seed", "4", "--out",
                register.toString());
        assertThat(gen.code()).as(gen.err()).isZero();
        Path plan = dir.resolve("medium-plan");
        Result r = Cli.run("schedule", "--season", "autumn", "--campaign", campaign.toString(), "--register",
                register.toString(), "--out", plan.toString(), "--steps", "2000", "--time-limit", "2m", "--quiet");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCodes.OK);
        List<List<String>> rows = table(plan);
        assertThat(rows.size()).isGreaterThan(3000);
        assertThat(rows).allSatisfy(row -> assertThat(row.get(6)).isNotEmpty());
        assertPlainRulesHold(rows, new RegisterReader(new CampaignLoader().load(campaign.toString()).units())
                .read(register), campaign.toString());
        assertThat(Cli.run("check", "--plan", plan.toString()).code()).isEqualTo(ExitCodes.OK);
    }

    /** The default campaign cut to its first cities and one autumn-winter season, as a planner would. */
    private static String mediumCampaign(int cities) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../data/cities.yaml"), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder("extends: default\n"
                + "calendar:\n  window: {start: 2019-10-01, end: 2020-03-20}\n  firstStart: 2019-10-01\n"
                + "cities:\n");
        int seen = 0;
        boolean in = false;
        for (String line : lines) {
            if (line.equals("cities:")) {
                in = true;
                continue;
            }
            if (in && line.startsWith("  - name:") && ++seen > cities) {
                break;
            }
            if (in) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void anInfeasibleInstanceIsReportedAndTheBestPartialPlanWritten() {
        Path out = dir.resolve("short-plan");
        Result r = schedule(shortRegister, out, "--steps", "2000");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCodes.INFEASIBLE);
        // the bound names the bottleneck before solving: bureau-level leaders (E3/E4)
        assertThat(r.err()).contains("Feasibility bound: this season cannot be fully planned").contains("中心组 组长");
        assertThat(out.resolve("assignments.csv")).isRegularFile();

        Result check = Cli.run("check", "--plan", out.toString());
        assertThat(check.code()).isEqualTo(ExitCodes.RULES_BROKEN);
        assertThat(check.out()).containsPattern("[1-9][0-9]* empty seat\\(s\\)").contains("中心组 组长");
    }

    @Test
    void sameInputsAndSeedGiveTheSameAssignmentsByteForByte() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertThat(schedule(feasibleRegister, a, "--steps", "800", "--seed", "5").code()).isZero();
        assertThat(schedule(feasibleRegister, b, "--steps", "800", "--seed", "5").code()).isZero();
        assertThat(Files.readAllBytes(a.resolve("assignments.csv"))).isEqualTo(Files.readAllBytes(b.resolve(
                "assignments.csv")));
    }

    @Test
    void anExistingPlanIsNotOverwrittenWithoutForce() throws IOException {
        byte[] before = Files.readAllBytes(feasiblePlan.resolve("assignments.csv"));
        Result r = schedule(feasibleRegister, feasiblePlan, "--steps", "10");
        assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT_ERROR);
        assertThat(r.err()).contains("exists already").contains("--force");
        Cli.assertNoStackTrace(r);
        assertThat(Files.readAllBytes(feasiblePlan.resolve("assignments.csv"))).isEqualTo(before);
    }

    @Test
    void explainAndSuggestReadThePlanFolder() {
        Result explain = Cli.run("explain", "--plan", feasiblePlan.toString(), "--city", "西安", "--round", "3");
        assertThat(explain.code()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("城市 西安, 轮次 3").contains("中心组").contains("组长");
        Result suggest = Cli.run("suggest", "--plan", feasiblePlan.toString(), "--city", "西安", "--round", "3",
                "--seat", "中心组:组长", "--top", "2");
        assertThat(suggest.code()).as(suggest.err()).isZero();
        assertThat(suggest.out()).contains("西安 中心组 组长").contains("(sits here now)");
    }

    @Test
    void badSeatsCadresAndTablesAreBadInputWithoutStackTraces() throws IOException {
        Result seat = Cli.run("suggest", "--plan", feasiblePlan.toString(), "--city", "西安", "--round", "3",
                "--seat", "普通组1:干部:x");
        assertThat(seat.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(seat.err()).contains("GROUP:SEAT[:N]");
        Cli.assertNoStackTrace(seat);

        Result cadre = Cli.run("explain", "--plan", feasiblePlan.toString(), "--cadre", "NOBODY");
        assertThat(cadre.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cadre.err()).contains("no cadre 'NOBODY'");
        Cli.assertNoStackTrace(cadre);

        Path notATable = Cli.write(dir, "notes.csv", "when,what\nmonday,meeting\n");
        Result table = Cli.run("check", "--assignments", notATable.toString(), "--campaign", SMALL, "--register",
                feasibleRegister.toString());
        assertThat(table.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(table.err()).contains("notes.csv:1").contains("header");
        Cli.assertNoStackTrace(table);
    }

    @Test
    void anUnknownSeasonIsBadInput() {
        Result r = Cli.run("schedule", "--season", "winter", "--campaign", SMALL, "--register",
                feasibleRegister.toString(), "--out", dir.resolve("x").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("no winter season").contains("autumn-2019");
        Cli.assertNoStackTrace(r);
    }

    private static List<List<String>> table(Path plan) throws IOException {
        List<List<String>> rows = Csv.parse(Files.readString(plan.resolve("assignments.csv"), StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactly("round", "start", "end", "city", "group", "seat", "cadre_id", "name",
                "unit", "rank");
        return rows.subList(1, rows.size());
    }

    /** E3, E4, E9, E10, E11 re-checked by hand from the table and the register. */
    private static void assertPlainRulesHold(List<List<String>> rows, Register register) {
        assertPlainRulesHold(rows, register, SMALL);
    }

    private static void assertPlainRulesHold(List<List<String>> rows, Register register, String campaignFile) {
        Campaign campaign = new CampaignLoader().load(campaignFile);
        Map<String, List<Integer>> roundsOf = new HashMap<>();
        for (List<String> r : rows) {
            Cadre c = register.find(r.get(6)).orElseThrow();
            int round = Integer.parseInt(r.get(0));
            roundsOf.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(round);
            String province = campaign.city(r.get(3)).orElseThrow().province();
            assertThat(c.unit().province()).as("E10 %s", r).isNotEqualTo(province);
            if (r.get(4).equals("中心组") && r.get(5).equals("组长")) {
                assertThat(c.rank()).as("E3 %s", r).isEqualTo(Rank.BUREAU);
                assertThat(campaign.city(r.get(3)).orElseThrow().partners().includes(c.unit())).as("E3 %s", r).isTrue();
            }
        }
        for (var e : roundsOf.entrySet()) {
            List<Integer> rounds = e.getValue().stream().sorted().toList();
            Set<Integer> distinct = new HashSet<>(rounds);
            assertThat(distinct).as("E9 %s", e.getKey()).hasSameSizeAs(rounds);
            for (int i = 1; i < rounds.size(); i++) {
                assertThat(rounds.get(i) - rounds.get(i - 1)).as("E11 %s", e.getKey()).isGreaterThanOrEqualTo(2);
            }
        }
        Set<String> partners = new HashSet<>();
        campaign.cities().forEach(city -> city.partners().all().forEach(u -> partners.add(u.name())));
        for (Cadre c : register.cadres()) {
            // the generator gives every bureau-level partner cadre a round they can serve: none is excused
            if (c.rank() == Rank.BUREAU && partners.contains(c.unit().name())) {
                assertThat(roundsOf.getOrDefault(c.id(), List.of())).as("E4 %s", c.id()).hasSize(1);
            }
        }
    }
}
