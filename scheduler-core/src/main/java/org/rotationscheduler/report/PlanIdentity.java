package org.rotationscheduler.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.calendar.Round;

/**
 * O7: what every printed page of an outgoing document says about the plan it belongs to —
 * campaign, season, plan id and print date — so that a replan's printout cannot be taken for the
 * published plan's. Written in Chinese, as everything that leaves the office.
 *
 * @param planId the plan's name: its folder's name (e.g. {@code autumn-2019-v2}); null for a plan
 *     not kept in a folder
 * @param replanOf the published plan a replan was made from, or null
 * @param printed the day the document is written
 */
public record PlanIdentity(String campaign, String season, String rounds, String planId, String replanOf,
        LocalDate printed) {

    /** The identity of a plan kept in {@code folder}, printed today. */
    public static PlanIdentity of(Plan plan, Path folder, String replanOf) {
        return of(plan, folderName(folder), replanOf, LocalDate.now());
    }

    /**
     * The identity of a plan folder as plan.json describes it: {@code stats.replanOf} names the
     * published plan a replan was made from.
     */
    public static PlanIdentity of(Plan plan, Path folder, java.util.Map<String, Object> stats, LocalDate printed) {
        Object from = stats == null ? null : stats.get("replanOf");
        return of(plan, folderName(folder), from == null ? null : folderName(Path.of(from.toString())), printed);
    }

    public static PlanIdentity of(Plan plan, String planId, String replanOf, LocalDate printed) {
        return new PlanIdentity(plan.campaign().name(), season(plan), rounds(plan.rounds()), planId, replanOf, printed);
    }

    /** "2019年秋冬季攻坚期", or "第1—8轮次" for a plan spanning several seasons. */
    public static String season(Plan plan) {
        return plan.season() != null ? plan.season().year() + "年" + plan.season().label()
                : "第" + rounds(plan.rounds()) + "轮次";
    }

    /** "11—22", or "12" for one round. */
    public static String rounds(List<Round> rounds) {
        if (rounds.isEmpty()) {
            return "";
        }
        int first = rounds.get(0).number();
        int last = rounds.get(rounds.size() - 1).number();
        return first == last ? Integer.toString(first) : first + "—" + last;
    }

    /** "2019年10月13日" */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** "第12轮（2019年10月13日至10月27日）" */
    public static String round(Round round) {
        LocalDate s = round.start();
        LocalDate e = round.end();
        String end = (e.getYear() != s.getYear() ? e.getYear() + "年" : "") + e.getMonthValue() + "月" + e.getDayOfMonth()
                + "日";
        return "第" + round.number() + "轮（" + date(s) + "至" + end + "）";
    }

    /** "计划 autumn-2019-v2（据 autumn-2019 调整）", or empty for a plan not kept in a folder. */
    public String plan() {
        return planId == null ? "" : "计划 " + planId + (replanOf == null ? "" : "（据 " + replanOf + " 调整）");
    }

    /** One line for a page header: campaign, season with rounds, plan, print date. */
    public String line() {
        return campaign + "　" + season + (season.startsWith("第") ? "" : "（第" + rounds + "轮次）")
                + (planId == null ? "" : "　" + plan()) + "　打印日期 " + date(printed);
    }

    private static String folderName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? folder.toString() : name.toString();
    }
}
