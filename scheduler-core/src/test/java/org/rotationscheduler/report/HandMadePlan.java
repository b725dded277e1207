package org.rotationscheduler.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.calendar.DateRange;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.GroupCounts;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.io.in.yaml.CampaignLoader;

/**
 * A small plan made by hand for the export and report tests: the default campaign restricted to
 * 北京 (central group and one ordinary group) and 石家庄 (central group), rounds 12 and 13
 * (autumn-winter 2019, 15 days each), 20 cadres, two empty seats.
 *
 * <pre>
 * round 12  北京 中心组   c01 王建国 c03 张伟 c02 李明 c09 孙丽
 *           北京 普通组1  c08 黄敏 c04 刘洋 (empty)
 *           石家庄 中心组 c05 陈静 c07 赵磊 c06 杨帆 c10 吴芳
 * round 13  北京 中心组   c11 郑华 c12 冯刚 c13 何婷 c14 马超
 *           北京 普通组1  c15 罗宁 c16 高洁 c17 林峰 (c17 has restricted dates, E7)
 *           石家庄 中心组 c18 梁勇 c19 宋佳 (empty) c20 唐亮
 * </pre>
 */
public final class HandMadePlan {
    /** A county-level bureau of the partner province of 北京, known only to the register. */
    public static final Unit SANYA = new Unit("三亚市生态环境局", List.of(), UnitType.LOCAL, "海南");
    /** c17's private dates: they cover round 13. */
    public static final DateRange RESTRICTED = new DateRange(LocalDate.of(2019, 10, 1), LocalDate.of(2020, 3, 31));

    private HandMadePlan() {
    }

    public static Campaign campaign() {
        Campaign all = new CampaignLoader().loadDefault();
        GroupCounts counts = new GroupCounts(Map.of("central", 1, "ordinary", 0),
                Map.of("北京", Map.of("ordinary", 1)), List.of());
        return all.withCities(List.of(all.city("北京").orElseThrow(), all.city("石家庄").orElseThrow()))
                .withGroupCounts(counts);
    }

    public static List<Round> rounds(Campaign campaign) {
        return List.of(campaign.roundCalendar().round(12).orElseThrow(), campaign.roundCalendar().round(13).orElseThrow());
    }

    public static Plan small() {
        Campaign campaign = campaign();
        List<Cadre> cadres = List.of(
                cadre(campaign, "c01", "王建国", "办公厅", Rank.BUREAU, true),
                cadre(campaign, "c02", "李明", "信息中心", Rank.DIVISION, true),
                cadre(campaign, "c03", "张伟", "海南", Rank.DIVISION, false),
                cadre(campaign, "c04", "刘洋", "大气环境司", Rank.SECTION, true),
                cadre(campaign, "c05", "陈静", "督察办", Rank.BUREAU, false),
                cadre(campaign, "c06", "杨帆", "中国环境科学研究院", Rank.DIVISION, true),
                cadre(campaign, "c07", "赵磊", "浙江", Rank.DIVISION, true),
                cadre(campaign, "c08", "黄敏", SANYA.name(), Rank.SECTION, true),
                cadre(campaign, "c09", "孙丽", "信息中心", Rank.STAFF, false),
                cadre(campaign, "c10", "吴芳", "督察办", Rank.STAFF, true),
                cadre(campaign, "c11", "郑华", "办公厅", Rank.BUREAU, false),
                cadre(campaign, "c12", "冯刚", "海南", Rank.DIVISION, true),
                cadre(campaign, "c13", "何婷", "信息中心", Rank.SECTION, false),
                cadre(campaign, "c14", "马超", "信息中心", Rank.STAFF, false),
                cadre(campaign, "c15", "罗宁", SANYA.name(), Rank.SECTION, true),
                cadre(campaign, "c16", "高洁", "大气环境司", Rank.STAFF, false),
                restricted(cadre(campaign, "c17", "林峰", "中国环境监测总站", Rank.STAFF, false)),
                cadre(campaign, "c18", "梁勇", "中国环境科学研究院", Rank.BUREAU, true),
                cadre(campaign, "c19", "宋佳", "浙江", Rank.DIVISION, false),
                cadre(campaign, "c20", "唐亮", "督察办", Rank.STAFF, false));
        return plan(campaign, rounds(campaign), cadres,
                "c01", "c03", "c02", "c09", "c08", "c04", null, "c05", "c07", "c06", "c10",
                "c11", "c12", "c13", "c14", "c15", "c16", "c17", "c18", "c19", null, "c20");
    }

    /**
     * A plan over every seat of the rounds, the i-th seat (roster order) taken by the cadre of the
     * i-th id (null: empty; missing ids at the end: empty).
     */
    public static Plan plan(Campaign campaign, List<Round> rounds, List<Cadre> cadres, String... ids) {
        Map<String, Cadre> byId = new LinkedHashMap<>();
        cadres.forEach(c -> byId.put(c.id(), c));
        List<Seat> seats = campaign.seats(rounds);
        List<String> who = new ArrayList<>(Arrays.asList(ids));
        List<Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < seats.size(); i++) {
            String id = i < who.size() ? who.get(i) : null;
            assignments.add(new Assignment(seats.get(i), id == null ? null : byId.get(id)));
        }
        return new Plan(campaign, new Register("hand-made", cadres), rounds.get(0).season(), rounds, assignments);
    }

    /** A cadre of a catalogue unit (full name or alias), or of the 三亚 bureau. */
    public static Cadre cadre(Campaign campaign, String id, String name, String unit, Rank rank, boolean party) {
        Unit u = campaign.units().find(unit).orElse(SANYA.name().equals(unit) ? SANYA : null);
        String digits = id.replaceAll("\\D", "");
        int row = digits.isEmpty() ? 0 : Integer.parseInt(digits) + 1;
        return new Cadre(id, name, u, rank, "", party, 0, List.of(), List.of(), row);
    }

    public static Cadre restricted(Cadre c) {
        return new Cadre(c.id(), c.name(), c.unit(), c.rank(), c.post(), c.partyMember(), c.roundsServed(),
                c.unavailable(), List.of(RESTRICTED), c.row());
    }

    public static Cadre withUnit(Cadre c, Unit unit, String name) {
        return new Cadre(c.id(), name, unit, c.rank(), c.post(), c.partyMember(), c.roundsServed(), c.unavailable(),
                c.restricted(), c.row());
    }
}
