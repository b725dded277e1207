package org.rotationscheduler.io.out.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.NoticeTexts;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.report.ChangeList;
import org.rotationscheduler.report.PlanIdentity;
import org.rotationscheduler.report.UnitOrder;

/**
 * O2a: the dispatch notice (派员通知) each sending unit's personnel office receives, as a Word
 * document in the form of a 通知: issuing office and document number, title, addressee (主送),
 * an opening naming the campaign and rounds, the table of the unit's cadres, where and when to
 * report per city and round, contacts, what to bring, requirements, closing, signature and date,
 * 抄送; every page's header carries the plan's identity (O7). After a replan, the change notice
 * (变更通知) in the same form lists only that unit's changes.
 *
 * <p>Every text that is not plan data comes from the campaign's {@code notices:} ({@link NoticeTexts}).
 * S1: nothing here reads a cadre's restricted dates; change reasons are the change list's fixed
 * Chinese phrases, and a unit taking over a seat is told only that it takes over.
 */
public final class DispatchNotices {
    public static final String EXTENSION = ".docx";
    public static final List<String> TABLE_HEADER = List.of("序号", "姓名", "职级", "轮次与日期", "城市", "工作组", "岗位");
    public static final List<String> REPORT_HEADER = List.of("轮次与日期", "城市", "报到时间", "报到地点");
    public static final List<String> CHANGE_HEADER =
            List.of("序号", "变更", "姓名", "职级", "轮次与日期", "城市", "工作组", "岗位", "说明");
    public static final String LEAVES = "撤出";
    public static final String TAKES = "新派";

    private final Plan plan;
    private final NoticeTexts texts;
    private final PlanIdentity identity;
    private final LocalDate issued;
    /** A replan's changes, or null for dispatch notices. */
    private final ChangeList changes;
    private final UnitOrder unitOrder;

    /**
     * @param issued the date the notices carry (落款日期), and the year of their numbers
     */
    public DispatchNotices(Plan plan, NoticeTexts texts, PlanIdentity identity, LocalDate issued) {
        this(plan, texts, identity, issued, null);
    }

    private DispatchNotices(Plan plan, NoticeTexts texts, PlanIdentity identity, LocalDate issued, ChangeList changes) {
        this.plan = plan;
        this.texts = texts;
        this.identity = identity;
        this.issued = issued;
        this.changes = changes;
        this.unitOrder = new UnitOrder(plan.campaign());
    }

    /**
     * The notices of a plan with the texts of its campaign's {@code notices:}; bad input (exit 2)
     * when the campaign has none.
     */
    public static DispatchNotices forPlan(Plan plan, PlanIdentity identity, LocalDate issued) {
        NoticeTexts texts = new org.rotationscheduler.io.in.yaml.CampaignLoader().loadNotices(plan.campaign().source());
        if (texts == null) {
            throw org.rotationscheduler.domain.problems.InputException.of(
                    org.rotationscheduler.domain.problems.SourceLocation.file(plan.campaign().source()), "notices",
                    "the campaign has no notices: section, so no dispatch notice can be written; add one "
                            + "(the default campaign's data/notices.yaml is an example)");
        }
        return new DispatchNotices(plan, texts, identity, issued);
    }

    /** Change notices (变更通知) of a replan: one per unit whose people moved. */
    public DispatchNotices forChanges(ChangeList replanChanges) {
        return new DispatchNotices(plan, texts, identity, issued, replanChanges);
    }

    /** Units that get a notice, in unit order: every sending unit, or every unit whose people moved. */
    public List<Unit> units() {
        if (changes != null) {
            return changes.unitsMoved(unitOrder);
        }
        Set<Unit> units = new java.util.TreeSet<>(unitOrder);
        plan.assignments().stream().filter(Assignment::filled).forEach(a -> units.add(a.cadre().unit()));
        return List.copyOf(units);
    }

    /** Each unit's notice file in {@code dir}: {@code <unit's full name>.docx}. */
    public Map<Unit, Path> files(Path dir) {
        return WorkbookFiles.unitFiles(dir, units(), EXTENSION);
    }

    /** Writes every notice; refuses before writing anything when one exists and {@code force} is off. */
    public List<Path> write(Path dir, boolean force) throws IOException {
        Map<Unit, Path> files = files(dir);
        WorkbookFiles.refuseExisting(files.values(), force);
        int n = texts.firstNumber();
        for (var e : files.entrySet()) {
            int number = n++;
            WordDocument.write(e.getValue(), force, doc -> fill(doc, e.getKey(), number));
        }
        return List.copyOf(files.values());
    }

    /** The document number of the i-th notice (from 0) of {@link #units()}. */
    public String numberOfNotice(int i) {
        return documentNumber(texts.firstNumber() + i);
    }

    /** The document number of the notice with sequence number {@code n}, e.g. 执法函〔2019〕3号. */
    public String documentNumber(int n) {
        Map<String, String> values = new HashMap<>();
        values.put("year", Integer.toString(issued.getYear()));
        values.put("n", Integer.toString(n));
        return NoticeTexts.fill(texts.documentNumber(), values);
    }

    private void fill(WordDocument doc, Unit unit, int number) {
        doc.pageHeader(identity.line());
        List<Assignment> sent = changes == null ? sentBy(unit) : List.of();
        List<ChangeList.Move> moves = changes == null ? List.of() : changes.movesOf(unit);
        Map<String, String> values = values(unit, number, sent, moves);
        doc.issuerHead(texts.issuer(), documentNumber(number));
        doc.title(NoticeTexts.fill(changes == null ? texts.title() : texts.changeTitle(), values));
        doc.addressee(unit.name() + "：");
        doc.body(NoticeTexts.fill(changes == null ? texts.opening() : texts.changeOpening(), values));
        int section = 0;
        if (changes == null) {
            doc.heading(numeral(++section) + "、派员安排");
            doc.table(TABLE_HEADER, dispatchRows(sent));
        } else {
            doc.heading(numeral(++section) + "、变更安排");
            doc.table(CHANGE_HEADER, changeRows(moves));
        }
        List<Assignment> reporting = changes == null ? sent
                : moves.stream().filter(m -> !m.leaves()).map(m -> new Assignment(m.change().seat(), m.cadre())).toList();
        if (!reporting.isEmpty()) {
            doc.heading(numeral(++section) + "、报到时间与地点");
            doc.body("请有关同志按下表时间、地点报到。");
            doc.table(REPORT_HEADER, reportRows(reporting, values));
        }
        doc.heading(numeral(++section) + "、联系人及电话");
        for (NoticeTexts.Contact c : texts.contacts()) {
            String contact = NoticeTexts.fill(c.name(), values);
            doc.body(c.phone().isEmpty() ? contact + "，联系电话另行通知。" : contact + "，联系电话：" + c.phone() + "。");
        }
        if (!texts.bring().isEmpty() && !reporting.isEmpty()) {
            doc.heading(numeral(++section) + "、携带材料");
            numbered(doc, texts.bring(), values);
        }
        if (!texts.requirements().isEmpty()) {
            doc.heading(numeral(++section) + "、有关要求");
            numbered(doc, texts.requirements(), values);
        }
        if (!texts.closing().isEmpty()) {
            doc.body(NoticeTexts.fill(texts.closing(), values));
        }
        doc.signature(texts.issuer(), PlanIdentity.date(issued));
        if (!texts.copyTo().isEmpty()) {
            doc.copyTo("抄送：" + NoticeTexts.fill(texts.copyTo(), values) + "。");
        }
    }

    private static void numbered(WordDocument doc, List<String> items, Map<String, String> values) {
        int i = 0;
        for (String item : items) {
            doc.body("（" + numeral(++i) + "）" + NoticeTexts.fill(item, values));
        }
    }

    private List<Assignment> sentBy(Unit unit) {
        return plan.assignments().stream().filter(a -> a.filled() && a.cadre().unit().equals(unit)).toList();
    }

    private Map<String, String> values(Unit unit, int number, List<Assignment> sent, List<ChangeList.Move> moves) {
        Map<String, String> values = new HashMap<>();
        values.put("campaign", plan.campaign().name());
        values.put("season", PlanIdentity.season(plan));
        values.put("rounds", identity.rounds());
        values.put("unit", unit.name());
        Set<Cadre> people = new LinkedHashSet<>();
        if (changes == null) {
            sent.forEach(a -> people.add(a.cadre()));
            values.put("count", Integer.toString(sent.size()));
        } else {
            moves.forEach(m -> people.add(m.cadre()));
            values.put("count", Integer.toString(moves.size()));
        }
        values.put("people", Integer.toString(people.size()));
        values.put("year", Integer.toString(issued.getYear()));
        values.put("n", Integer.toString(number));
        return values;
    }

    private static List<List<String>> dispatchRows(List<Assignment> sent) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Assignment a : sent) {
            Seat seat = a.seat();
            rows.add(List.of(Integer.toString(++n), a.cadre().name(), a.cadre().rank().label(),
                    PlanIdentity.round(seat.round()), seat.city().name(), seat.group().name(), seat.roleLabel()));
        }
        return rows;
    }

    private static List<List<String>> changeRows(List<ChangeList.Move> moves) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (ChangeList.Move m : moves) {
            Seat seat = m.change().seat();
            rows.add(List.of(Integer.toString(++n), m.leaves() ? LEAVES : TAKES, m.cadre().name(),
                    m.cadre().rank().label(), PlanIdentity.round(seat.round()), seat.city().name(), seat.group().name(),
                    seat.roleLabel(), explanation(m)));
        }
        return rows;
    }

    /**
     * Why a move: the cadre's own unit learns why its cadre leaves; a unit taking over is told only
     * that it takes over (S1: least said), or whom of its own it replaces.
     */
    static String explanation(ChangeList.Move m) {
        ChangeList.SeatChange c = m.change();
        if (m.leaves()) {
            boolean ownSuccessor = c.after() != null && c.after().unit().equals(m.cadre().unit());
            return c.note() + (ownSuccessor ? "；由本单位" + c.after().name() + "接替" : "");
        }
        if (c.before() != null && c.before().unit().equals(m.cadre().unit())) {
            return "接替本单位" + c.before().name();
        }
        return ChangeNotices.takerReason(c);
    }

    /** One row per round and city the cadres report to, in plan order: 轮次与日期, 城市, 报到时间, 报到地点. */
    private List<List<String>> reportRows(List<Assignment> reporting, Map<String, String> values) {
        Map<String, Assignment> firstOf = new LinkedHashMap<>();
        reporting.stream()
                .sorted(java.util.Comparator.comparingInt((Assignment a) -> a.seat().round().number())
                        .thenComparingInt(a -> plan.campaign().cities().indexOf(a.seat().city())))
                .forEach(a -> firstOf.putIfAbsent(a.seat().round().number() + "|" + a.seat().city().name(), a));
        List<List<String>> rows = new ArrayList<>();
        for (Assignment a : firstOf.values()) {
            Round round = a.seat().round();
            City city = a.seat().city();
            Map<String, String> v = new HashMap<>(values);
            v.put("city", city.name());
            v.put("round", Integer.toString(round.number()));
            v.put("start", PlanIdentity.date(round.start()));
            v.put("end", PlanIdentity.date(round.end()));
            NoticeTexts.Report report = texts.reportFor(city.name());
            rows.add(List.of(PlanIdentity.round(round), city.name(), NoticeTexts.fill(report.time(), v),
                    NoticeTexts.fill(report.place(), v)));
        }
        return rows;
    }

    /** 一 二 三 … for section numbers (up to 99). */
    static String numeral(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
        return tens + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }
}
