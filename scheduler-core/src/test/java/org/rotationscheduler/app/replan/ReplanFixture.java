package org.rotationscheduler.app.replan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.app.LoadedPlan;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.io.out.plan.PlanStore;
import org.rotationscheduler.planning.ProblemBuilder;
import org.rotationscheduler.planning.RotationSolver;
import org.rotationscheduler.planning.SolveResult;
import org.rotationscheduler.planning.SolveSettings;

/**
 * A small published plan to replan: the default campaign cut down to 北京 and 石家庄, one central
 * and one ordinary group each (14 seats a round), autumn-winter 2019 (rounds 11-22, 168 seats),
 * and a generated register of 94 cadres that staffs it without breaking a hard rule. Solved with a
 * step limit, so the plan is the same on every run.
 *
 * <pre>
 * b01-b14  bureau level, 北京's partners (办公厅, 信息中心): 12 central leaders and 2 spares (E3, E4)
 * s01-s14  bureau level, 石家庄's partners (督察办, 中国环境科学研究院): the same
 * m24 has private dates in the register (nursing, rounds 11-12)
 * p01-p15  北京's partners (办公厅, 信息中心, 海南), division and section level: its central seats (E5)
 * q01-q15  石家庄's partners (督察办, 中国环境科学研究院, 浙江): the same
 * h01-h06  海南 (北京's partner province): 北京's ordinary leaders (E6)
 * z01-z06  浙江 (石家庄's partner province): 石家庄's ordinary leaders (E6)
 * m01-m24  ministry departments: ordinary members (E6)
 * </pre>
 */
final class ReplanFixture {
    static final String CAMPAIGN = """
            # the default campaign, two cities, one ordinary group each
            extends: default
            cities:
              - {name: 北京, province: 北京, region: 2+26, annex: 1, lead: 办公厅, affiliated: [信息中心], partnerProvince: 海南}
              - {name: 石家庄, province: 河北, region: 2+26, annex: 1, attached: [辛集], lead: 督察办,
                 affiliated: [中国环境科学研究院], partnerProvince: 浙江}
            groupCounts:
              default: {central: 1, ordinary: 1}
              cities: ~   # maps merge key by key: null drops the default's 39 per-city counts
            """;
    static final String HEADER = "id,name,unit,unit_type,province,rank,post,party_member,rounds_served,unavailable,"
            + "pregnant,nursing,health\n";
    /** m24's nursing dates in the register (S1: they must never show as such in an output). */
    static final String PRIVATE_DATES = "2019-09-25..2019-10-30";
    /** A step limit that reaches zero hard and no empty seat on this instance (the seed is 0). */
    static final int STEPS = 400;

    final Path dir;
    final Path campaignFile;
    final Path registerFile;
    final Path planDir;
    final Campaign campaign;
    final Register register;
    final Season season;
    final List<Round> rounds;
    private SolveResult published;

    /** Writes the campaign and register into {@code dir} and loads them; {@link #publish()} plans them. */
    ReplanFixture(Path dir) throws IOException {
        this.dir = dir;
        this.campaignFile = write("campaign.yaml", CAMPAIGN);
        this.registerFile = write("register.csv", register());
        this.campaign = new CampaignLoader().load(campaignFile);
        this.register = new RegisterReader(campaign.units()).read(registerFile);
        this.season = campaign.roundCalendar().season("autumn", 2019).orElseThrow();
        this.rounds = campaign.roundCalendar().roundsOf(season);
        this.planDir = dir.resolve("plan");
    }

    /** Schedules the season (about 5 s) and saves it as {@code dir/plan}, once. */
    SolveResult publish() throws IOException {
        if (published == null) {
            ProblemBuilder builder = new ProblemBuilder(campaign, register);
            published = new RotationSolver().solve(builder.problem(season, rounds), settings(), (t, s, n) -> { });
            new PlanStore().save(planDir, published.plan(), published.score().toString(), Map.of(), List.of(), false);
        }
        return published;
    }

    static SolveSettings settings() {
        return new SolveSettings(null, null, STEPS, 0L);
    }

    LoadedPlan load() {
        return LoadedPlan.load(planDir);
    }

    Round round(int n) {
        return campaign.roundCalendar().round(n).orElseThrow();
    }

    /** The first day of a round: as {@code --from}, it pins the rounds before it. */
    LocalDate startOf(int round) {
        return round(round).start();
    }

    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String register() {
        List<String> rows = new ArrayList<>();
        bureau(rows, "b", "办公厅", "信息中心");
        bureau(rows, "s", "督察办", "中国环境科学研究院");
        partners(rows, "p", "办公厅", "信息中心", "海南");
        partners(rows, "q", "督察办", "中国环境科学研究院", "浙江");
        provincial(rows, "h", "海南");
        provincial(rows, "z", "浙江");
        String[] ministries = {"人事司", "大气环境司", "法规与标准司", "水生态环境司"};
        for (int i = 1; i <= 24; i++) {
            rows.add(row("m", i, ministries[i % 4], i % 2 == 0 ? "处级" : "科级", i % 3 != 0, i % 2));
        }
        // S1: private dates from the register itself, in the nursing column (they cover rounds 11-12)
        int last = rows.size() - 1;
        rows.set(last, rows.get(last).replace(",,,,", ",,," + PRIVATE_DATES + ","));
        return HEADER + String.join("", rows);
    }

    /** 14 bureau-level cadres: 12 central leaders (E3) and two who serve elsewhere (E4: once each). */
    private static void bureau(List<String> rows, String prefix, String lead, String affiliated) {
        for (int i = 1; i <= 14; i++) {
            rows.add(row(prefix, i, i % 2 == 1 ? lead : affiliated, "司局级", true, 1));
        }
    }

    private static void partners(List<String> rows, String prefix, String lead, String affiliated, String province) {
        String[] units = {lead, affiliated, province};
        for (int i = 1; i <= 15; i++) {
            rows.add(row(prefix, i, units[i % 3], i % 2 == 0 ? "处级" : "科级", i % 3 == 0 || i % 2 == 1, i % 2));
        }
    }

    private static void provincial(List<String> rows, String prefix, String province) {
        for (int i = 1; i <= 6; i++) {
            rows.add(row(prefix, i, province, "处级", i % 2 == 1, i % 3 == 0 ? 0 : 2));
        }
    }

    private static String row(String prefix, int i, String unit, String rank, boolean party, int served) {
        return String.format("%s%02d,%s%d号,%s,,,%s,,%s,%d,,,,%n", prefix, i, prefix.toUpperCase(), i, unit, rank,
                party ? "是" : "否", served);
    }
}
