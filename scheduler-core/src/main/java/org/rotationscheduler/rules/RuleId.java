package org.rotationscheduler.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rotationscheduler.domain.model.Similarity;

/**
 * The one vocabulary of rules (ROTATION-RULES.md): every rule id with its level, its display order
 * (the order of the constants, which is the spec's order) and its wording in Chinese (for documents
 * that leave the office, O7) and English (for the terminal and logs). Constraint names, weights, the
 * checker, explanations, roster sheets and change lists take rule ids and wording from here, and an
 * id read from YAML is looked up here ({@link #parse}), never compared as a string.
 */
public enum RuleId {
    C1(Level.DATA, "活动时间", "campaign window"),
    C2(Level.DATA, "轮次安排", "rounds back to back"),
    C3(Level.DATA, "季节划分", "seasons"),
    C4(Level.DATA, "按季节和年份编排", "season and year to plan"),
    P1(Level.DATA, "城市与区域", "cities and regions"),
    P2(Level.DATA, "三位一体包保", "three-in-one partnership"),
    P3(Level.DATA, "单位类型", "unit types"),
    P4(Level.HARD, "省级部门不包保本省城市（异地交叉执法）", "no province partners a city of its own province"),
    P5(Level.DATA, "包保关系可选", "partnership is optional"),
    G1(Level.DATA, "各城市每轮工作组设置", "groups per city and round"),
    G2(Level.DATA, "中心组岗位", "central group seats"),
    G3(Level.DATA, "普通组岗位", "ordinary group seats"),
    G4(Level.DATA, "特别组岗位", "special group seats"),
    G5(Level.DATA, "普通组数量", "ordinary group counts"),

    E1(Level.HARD, "常规期中心组组长须为部机关、派出机构或直属单位处级及以上干部",
            "regular central leader: division level from ministry units"),
    E2(Level.HARD, "常规期中心组副组长须为包保省级生态环境部门支队长及以上（或有同职务履历）",
            "regular central deputy: partner province, detachment head"),
    E3(Level.HARD, "秋冬季中心组组长须为包保单位司局级干部", "autumn central leader: bureau level from a partner unit"),
    E4(Level.HARD, "须参加且只参加规定轮次", "cadre serves exactly its rounds"),
    E5(Level.HARD, "中心组人员须来自城市的包保单位", "central group from the city's partner units"),
    E6(Level.HARD, "普通组人员须来自规定单位，组长由包保省份推荐", "ordinary group from the allowed units"),
    E7(Level.HARD, "该时段不符合派出条件", "cadre not eligible for these dates"),
    E8(Level.HARD, "申报了不可派出日期", "declared unavailable"),
    E9(Level.HARD, "同一时间不得重复派出", "nobody twice at once"),
    E10(Level.HARD, "不得派往本省城市", "not in own province"),
    E11(Level.HARD, "两轮之间须轮休", "rest between rounds"),
    E12(Level.HARD, "组内成员职级不得高于组长（中心组除组长外不得高于副组长）", "nobody outranks the group leader"),
    E13(Level.HARD, "岗位职级须在规定的上下限之内", "rank within the seat's limits"),
    UNFILLED(Level.MEDIUM, "岗位空缺", "unfilled seat"),
    F1(Level.SOFT, "工作量均衡", "spread the load"),
    F2(Level.SOFT, "各单位按比例均衡派员", "unit sends its fair share"),
    F3(Level.SOFT, "普通组成员优先来自包保单位", "ordinary member from a partner unit"),
    F4(Level.SOFT, "同组人员来自不同单位", "mixed groups"),
    F5(Level.SOFT, "每组至少一名有经验人员，新人分散", "experienced member in every group"),
    F6(Level.SOFT, "每个城市工作队党员人数足以成立临时党支部", "party members for the temporary branch"),
    F7(Level.SOFT, "保持已发布方案稳定", "keep the published plan stable"),
    F8(Level.SOFT, "秋冬季中心组组长由处级干部担任", "division-level autumn central leader"),
    F9(Level.SOFT, "资历与岗位相称", "seniority fits the seat"),
    O1(Level.OUTPUT, "附件1、附件2", "annexes 1 and 2"),
    O2(Level.OUTPUT, "派员总表", "roster"),
    O2A(Level.OUTPUT, "派员通知", "dispatch notice"),
    O3(Level.OUTPUT, "临时党支部", "temporary party branch"),
    O4(Level.OUTPUT, "经费测算", "cost estimate"),
    O5(Level.OUTPUT, "违反规则情况", "broken rules"),
    O6(Level.OUTPUT, "方案报告", "plan report"),
    O7(Level.OUTPUT, "对外文件使用中文", "documents in Chinese"),
    S1(Level.PRIVACY, "个人隐私", "privacy");

    /** What kind of rule an id names. */
    public enum Level {
        /** Data and calendar contracts (C, P, G): checked when loading, never scored. */
        DATA,
        /** Who may sit where: the plan is infeasible while one is broken. */
        HARD,
        /** An empty seat: worse than any preference, better than a broken hard rule. */
        MEDIUM,
        /** Preferences, weighted in YAML. */
        SOFT,
        OUTPUT,
        PRIVACY
    }

    private static final Map<String, RuleId> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(RuleId::id, Function.identity()));

    private final Level level;
    private final String chinese;
    private final String english;

    RuleId(Level level, String chinese, String english) {
        this.level = level;
        this.chinese = chinese;
        this.english = english;
    }

    /** The id as the spec and YAML write it: {@code E11}, {@code O2a}, {@code unfilled}. */
    public String id() {
        return switch (this) {
            case UNFILLED -> "unfilled";
            case O2A -> "O2a";
            default -> name();
        };
    }

    public Level level() {
        return level;
    }

    public boolean isHard() {
        return level == Level.HARD;
    }

    public boolean isSoft() {
        return level == Level.SOFT;
    }

    /** Chinese wording, for documents that go out (O7). */
    public String chinese() {
        return chinese;
    }

    /** English wording, for the terminal. */
    public String english() {
        return english;
    }

    /** "不得派往本省城市（E10）": Chinese text with the rule id in brackets (O7). */
    public String chineseWithId() {
        return this == UNFILLED ? chinese : chinese + "（" + id() + "）";
    }

    /** "E10 not in own province". */
    public String englishWithId() {
        return this == UNFILLED ? english : id() + " " + english;
    }

    /** The rule a planner may switch on or off under {@code rules:} (hard rules, "in principle"). */
    public boolean switchable() {
        return isHard();
    }

    /** Hard rules, in display order. */
    public static List<RuleId> hardRules() {
        return Arrays.stream(values()).filter(RuleId::isHard).toList();
    }

    /** Soft rules, in display order. */
    public static List<RuleId> softRules() {
        return Arrays.stream(values()).filter(RuleId::isSoft).toList();
    }

    /** The rule an id names, as written in YAML or a plan file ({@code E11}, {@code e11}, {@code O2a}). */
    public static Optional<RuleId> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        RuleId exact = BY_ID.get(id.trim());
        if (exact != null) {
            return Optional.of(exact);
        }
        return BY_ID.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(id.trim()))
                .map(Map.Entry::getValue).findFirst();
    }

    /** The rule an id names, or an exception whose message names the closest id ("did you mean E11?"). */
    public static RuleId of(String id) {
        return parse(id).orElseThrow(() -> new IllegalArgumentException(unknownMessage(id, List.of(values()))));
    }

    /** "unknown rule id 'E41' (did you mean E4?)", offering only ids from {@code allowed}. */
    public static String unknownMessage(String id, List<RuleId> allowed) {
        List<String> ids = allowed.stream().map(RuleId::id).toList();
        String hint = Similarity.closest(String.valueOf(id), ids).map(s -> " (did you mean " + s + "?)")
                .orElse(" (known: " + String.join(", ", ids) + ")");
        return "unknown rule id '" + id + "'" + hint;
    }

    /** Display order for sorting (the spec's order; hard rules before empty seats before preferences). */
    public static int order(RuleId rule) {
        return rule.ordinal();
    }

    @Override
    public String toString() {
        return id();
    }
}
