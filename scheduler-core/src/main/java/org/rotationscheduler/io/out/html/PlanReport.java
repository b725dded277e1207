package org.rotationscheduler.io.out.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.io.out.SafeFiles;
import org.rotationscheduler.report.BreakWording;
import org.rotationscheduler.report.PlanIdentity;
import org.rotationscheduler.report.SoftSummary;
import org.rotationscheduler.report.UnitOrder;
import org.rotationscheduler.rules.RuleBreak;

/**
 * O6: the plan report, one self-contained HTML page (inline CSS and a few lines of script; no
 * network, no server): the plan's identity, a round-by-city timeline of who sits in each group, a
 * by-unit view of whom each unit sends when (shaded by load), a chart of the load per round by
 * unit type, the broken hard rules and empty seats, the soft rules summarised (O7), and a search
 * box that highlights a name or unit. Chinese throughout (O7).
 *
 * <p>S1: nothing here reads a cadre's restricted dates; broken rules are worded by
 * {@link BreakWording}, never by the checker's messages.
 */
public final class PlanReport {
    public static final String FILE = "report.html";
    private static final String[] TYPE_COLOURS = {"#3b6fb6", "#5aa469", "#d9a13b", "#c4574f", "#8a6fb8"};

    private final Plan plan;
    private final List<RuleBreak> breaks;
    private final PlanIdentity identity;
    private final UnitOrder unitOrder;

    public PlanReport(Plan plan, List<RuleBreak> breaks, PlanIdentity identity) {
        this.plan = plan;
        this.breaks = List.copyOf(breaks);
        this.identity = identity;
        this.unitOrder = new UnitOrder(plan.campaign());
    }

    /** Writes the page through a temporary file; an existing one is replaced only with {@code force}. */
    public void write(Path file, boolean force) throws IOException {
        SafeFiles.writeString(file, force, html());
    }

    public String html() {
        StringBuilder out = new StringBuilder(1 << 20);
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc("方案报告 " + identity.season() + " " + identity.plan())).append("</title>\n<style>")
                .append(CSS).append("</style>\n</head>\n<body>\n");
        header(out);
        out.append("<nav><a href=\"#timeline\">按城市</a><a href=\"#units\">按单位</a><a href=\"#load\">派员负荷</a>")
                .append("<a href=\"#hard\">违反硬性规则</a><a href=\"#soft\">软性规则汇总</a>")
                .append("<input id=\"search\" type=\"search\" placeholder=\"查找姓名、单位或人员编号\"></nav>\n");
        timeline(out);
        byUnit(out);
        loadChart(out);
        hardBreaks(out);
        softSummary(out);
        out.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    // ---- identity and figures ----

    private void header(StringBuilder out) {
        long cadres = filled().stream().map(Assignment::cadre).distinct().count();
        long units = filled().stream().map(a -> a.cadre().unit()).distinct().count();
        long hard = breaks.stream().filter(b -> BreakWording.category(b).equals("硬性规则")).count();
        out.append("<header><h1>").append(esc(identity.campaign())).append("</h1>\n<p class=\"identity\" id=\"identity\">")
                .append(esc(identity.line())).append("</p>\n<dl class=\"figures\">");
        figure(out, "轮次", identity.rounds());
        figure(out, "岗位", Long.toString(plan.assignments().size()));
        figure(out, "已安排", Long.toString(plan.filled()));
        figure(out, "空缺", Long.toString(plan.unfilled()));
        figure(out, "派出人员", Long.toString(cadres));
        figure(out, "派员单位", Long.toString(units));
        figure(out, "违反硬性规则", Long.toString(hard));
        out.append("</dl></header>\n");
    }

    private static void figure(StringBuilder out, String label, String value) {
        out.append("<div><dt>").append(esc(label)).append("</dt><dd>").append(esc(value)).append("</dd></div>");
    }

    // ---- O6: who is where, by city ----

    private void timeline(StringBuilder out) {
        out.append("<section id=\"timeline\"><h2>一、按城市：各轮次各工作组人员</h2>\n");
        Map<City, Map<String, Map<Integer, List<Assignment>>>> byCity = new LinkedHashMap<>();
        plan.campaign().cities().forEach(c -> byCity.put(c, new LinkedHashMap<>()));
        for (Assignment a : plan.assignments()) {
            byCity.computeIfAbsent(a.seat().city(), c -> new LinkedHashMap<>())
                    .computeIfAbsent(a.seat().group().name(), g -> new TreeMap<>())
                    .computeIfAbsent(a.seat().round().number(), r -> new ArrayList<>()).add(a);
        }
        for (var city : byCity.entrySet()) {
            if (city.getValue().isEmpty()) {
                continue;
            }
            out.append("<div class=\"city block\" data-city=\"").append(esc(city.getKey().name())).append("\"><h3>")
                    .append(esc(city.getKey().name())).append("</h3><div class=\"scroll\"><table class=\"timeline\"><tr><th>工作组</th>");
            roundHeads(out);
            out.append("</tr>\n");
            for (var group : city.getValue().entrySet()) {
                out.append("<tr><th>").append(esc(group.getKey())).append("</th>");
                for (Round round : plan.rounds()) {
                    List<Assignment> seats = group.getValue().get(round.number());
                    if (seats == null) {
                        out.append("<td class=\"none\"></td>");
                        continue;
                    }
                    out.append("<td class=\"group\" data-round=\"").append(round.number()).append("\" data-group=\"")
                            .append(esc(group.getKey())).append("\">");
                    for (Assignment a : seats) {
                        out.append("<div>").append("<i>").append(esc(a.seat().roleLabel())).append("</i>");
                        if (a.filled()) {
                            person(out, a.cadre(), a.cadre().unit().name() + "·" + a.cadre().rank().label());
                        } else {
                            out.append("<span class=\"vacant\">（空缺）</span>");
                        }
                        out.append("</div>");
                    }
                    out.append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</table></div></div>\n");
        }
        out.append("</section>\n");
    }

    private void roundHeads(StringBuilder out) {
        for (Round round : plan.rounds()) {
            out.append("<th>第").append(round.number()).append("轮<br><small>").append(round.start().getMonthValue())
                    .append("月").append(round.start().getDayOfMonth()).append("日—").append(round.end().getMonthValue())
                    .append("月").append(round.end().getDayOfMonth()).append("日</small></th>");
        }
    }

    private static void person(StringBuilder out, Cadre c, String title) {
        out.append("<span class=\"person\" data-id=\"").append(esc(c.id())).append("\" title=\"").append(esc(title))
                .append("\">").append(esc(c.name())).append("</span>");
    }

    // ---- O6: whom each unit sends when, shaded by load ----

    private void byUnit(StringBuilder out) {
        Map<Unit, Map<Integer, List<Assignment>>> byUnit = new TreeMap<>(unitOrder);
        for (Assignment a : filled()) {
            byUnit.computeIfAbsent(a.cadre().unit(), u -> new TreeMap<>())
                    .computeIfAbsent(a.seat().round().number(), r -> new ArrayList<>()).add(a);
        }
        int max = byUnit.values().stream().flatMap(m -> m.values().stream()).mapToInt(List::size).max().orElse(1);
        out.append("<section id=\"units\"><h2>二、按单位：各轮次派出人员</h2>\n<p class=\"note\">底色越深，该单位该轮次派出人数越多（最多 ")
                .append(max).append(" 人）。</p><div class=\"scroll\"><table class=\"units\"><tr><th>单位</th><th>人次</th>");
        roundHeads(out);
        out.append("</tr>\n");
        for (var unit : byUnit.entrySet()) {
            int total = unit.getValue().values().stream().mapToInt(List::size).sum();
            out.append("<tr class=\"unit block\" data-unit=\"").append(esc(unit.getKey().name())).append("\"><th>")
                    .append(esc(unit.getKey().name())).append("</th><td class=\"n\">").append(total).append("</td>");
            for (Round round : plan.rounds()) {
                List<Assignment> seats = unit.getValue().getOrDefault(round.number(), List.of());
                int shade = seats.isEmpty() ? 0 : 15 + 60 * seats.size() / max;
                out.append("<td class=\"load\" data-round=\"").append(round.number()).append("\" data-count=\"")
                        .append(seats.size()).append("\" style=\"background:hsl(210,60%,").append(100 - shade * 2 / 3)
                        .append("%)\">");
                for (Assignment a : seats) {
                    out.append("<div>");
                    person(out, a.cadre(), a.seat().city().name() + " " + a.seat().group().name() + " "
                            + a.seat().roleLabel());
                    out.append("<small>").append(esc(a.seat().city().name())).append("</small></div>");
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table></div></section>\n");
    }

    // ---- O6: load per round by unit type, as a chart ----

    private void loadChart(StringBuilder out) {
        List<Round> rounds = plan.rounds();
        Map<Integer, EnumMap<UnitType, Integer>> counts = new TreeMap<>();
        rounds.forEach(r -> counts.put(r.number(), new EnumMap<>(UnitType.class)));
        for (Assignment a : filled()) {
            counts.get(a.seat().round().number()).merge(a.cadre().unit().type(), 1, Integer::sum);
        }
        int max = counts.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(1);
        int barWidth = 36;
        int gap = 14;
        int height = 220;
        int left = 56;
        int width = left + rounds.size() * (barWidth + gap) + 20;
        out.append("<section id=\"load\"><h2>三、派员负荷：各轮次派出人数（按单位类型）</h2>\n<svg class=\"chart\" role=\"img\" ")
                .append("viewBox=\"0 0 ").append(width).append(' ').append(height + 60).append("\" width=\"").append(width)
                .append("\" height=\"").append(height + 60).append("\">");
        for (int i = 0; i <= 4; i++) {
            int value = max * i / 4;
            int y = 10 + height - height * i / 4;
            out.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 10).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" class=\"grid\"/><text x=\"").append(left - 6).append("\" y=\"")
                    .append(y + 4).append("\" class=\"axis\" text-anchor=\"end\">").append(value).append("</text>");
        }
        int x = left + gap / 2;
        for (var e : counts.entrySet()) {
            int y = 10 + height;
            int total = 0;
            for (UnitType t : UnitType.values()) {
                int n = e.getValue().getOrDefault(t, 0);
                if (n == 0) {
                    continue;
                }
                int h = Math.max(1, (int) Math.round((double) height * n / max));
                y -= h;
                total += n;
                out.append("<rect class=\"bar\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
                        .append(barWidth).append("\" height=\"").append(h).append("\" fill=\"")
                        .append(TYPE_COLOURS[t.ordinal() % TYPE_COLOURS.length]).append("\" data-round=\"").append(e.getKey())
                        .append("\"><title>第").append(e.getKey()).append("轮 ").append(esc(t.label())).append(' ').append(n)
                        .append(" 人</title></rect>");
            }
            out.append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(height + 28)
                    .append("\" class=\"axis\" text-anchor=\"middle\">第").append(e.getKey()).append("轮</text><text x=\"")
                    .append(x + barWidth / 2).append("\" y=\"").append(y - 4).append("\" class=\"axis\" text-anchor=\"middle\">")
                    .append(total).append("</text>");
            x += barWidth + gap;
        }
        out.append("</svg><p class=\"legend\">");
        for (UnitType t : UnitType.values()) {
            out.append("<span><b style=\"background:").append(TYPE_COLOURS[t.ordinal() % TYPE_COLOURS.length])
                    .append("\"></b>").append(esc(t.label())).append("</span>");
        }
        out.append("</p></section>\n");
    }

    // ---- O5, O7: broken rules ----

    private void hardBreaks(StringBuilder out) {
        List<RuleBreak> hard = breaks.stream().filter(b -> !SoftSummary.isSoft(b)).toList();
        out.append("<section id=\"hard\"><h2>四、违反硬性规则与空缺岗位</h2>\n");
        if (hard.isEmpty()) {
            out.append("<p class=\"ok\">无：所有岗位均已安排，未违反硬性规则。</p>");
        } else {
            out.append("<table class=\"breaks\"><tr><th>序号</th><th>类别</th><th>规则</th><th>说明</th></tr>\n");
            int n = 0;
            for (RuleBreak b : hard) {
                out.append("<tr class=\"break\"><td>").append(++n).append("</td><td>").append(esc(BreakWording.category(b)))
                        .append("</td><td>").append(esc(b.rule().id())).append("</td><td>").append(esc(BreakWording.describe(b)))
                        .append("</td></tr>\n");
            }
            out.append("</table>");
        }
        out.append("</section>\n");
    }

    private void softSummary(StringBuilder out) {
        List<SoftSummary.Line> lines = SoftSummary.of(plan.campaign(), breaks);
        out.append("<section id=\"soft\"><h2>五、软性规则汇总</h2>\n");
        if (lines.isEmpty()) {
            out.append("<p class=\"ok\">无。</p>");
        } else {
            out.append("<table class=\"soft\"><tr><th>规则</th><th>次数</th><th>权重</th><th>涉及最多的城市</th>")
                    .append("<th>涉及最多的单位</th></tr>\n");
            for (SoftSummary.Line l : lines) {
                out.append("<tr><td>").append(esc(l.wording())).append("</td><td class=\"n\">").append(l.count())
                        .append("</td><td class=\"n\">").append(l.weight()).append("</td><td>")
                        .append(esc(SoftSummary.Line.join(l.worstCities()))).append("</td><td>")
                        .append(esc(SoftSummary.Line.join(l.worstUnits()))).append("</td></tr>\n");
            }
            out.append("</table>");
        }
        out.append("</section>\n");
    }

    private List<Assignment> filled() {
        return plan.assignments().stream().filter(Assignment::filled).toList();
    }

    static String esc(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;color:#222;background:#fafafa}
            header{background:#8b1a1a;color:#fff;padding:16px 24px}
            header h1{margin:0 0 6px;font-size:22px}
            .identity{margin:0 0 10px;font-size:14px;opacity:.92}
            .figures{display:flex;flex-wrap:wrap;gap:10px;margin:0}
            .figures div{background:rgba(255,255,255,.14);padding:6px 12px;border-radius:4px}
            .figures dt{font-size:12px;opacity:.85}.figures dd{margin:0;font-size:20px;font-weight:bold}
            nav{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:8px 24px;display:flex;gap:16px;align-items:center;z-index:2}
            nav a{color:#8b1a1a;text-decoration:none}
            nav input{margin-left:auto;padding:4px 8px;min-width:16em}
            section{padding:8px 24px}
            h2{font-size:18px;border-left:4px solid #8b1a1a;padding-left:8px}
            h3{font-size:16px;margin:14px 0 4px}
            .scroll{overflow-x:auto}
            table{border-collapse:collapse;background:#fff;font-size:12px}
            th,td{border:1px solid #ccc;padding:3px 5px;vertical-align:top;text-align:left}
            th{background:#f0e8e8;white-space:nowrap}
            td.group{min-width:7.5em}
            td.group div{white-space:nowrap}
            td i{font-style:normal;color:#888;margin-right:3px}
            td small{color:#888;margin-left:3px}
            td.n{text-align:right}
            .vacant{color:#c00}
            .person.hit{background:#ffe14d;outline:1px solid #c9a800}
            .hidden{display:none}
            .chart .grid{stroke:#ddd}.chart .axis{font-size:11px;fill:#555}
            .legend span{margin-right:14px}.legend b{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}
            .ok{color:#2d6a2d}
            .note{color:#555;font-size:13px}
            @media print{nav{display:none}.scroll{overflow:visible}header{background:#fff;color:#000}}
            """;

    /**
     * Search: highlight every name, id or unit that matches and hide the cities and units without
     * one; a search in the address (#q=…) is run on opening. Once run, the page records how many
     * group cells it shows (data-groups on the root element), which tells a test it rendered.
     */
    private static final String SCRIPT = """
            (function(){
            var box=document.getElementById('search');
            function find(){
            var q=box.value.trim();
            document.querySelectorAll('.person').forEach(function(p){
            var hit=q!==''&&(p.textContent.indexOf(q)>=0||p.dataset.id===q||(p.title||'').indexOf(q)>=0);
            p.classList.toggle('hit',hit);});
            document.querySelectorAll('.block').forEach(function(b){
            var name=b.dataset.city||b.dataset.unit||'';
            b.classList.toggle('hidden',q!==''&&name.indexOf(q)<0&&!b.querySelector('.hit'));});
            }
            box.addEventListener('input',find);
            // a search can be linked to: report.html#q=林峰
            var m=/[#&]q=([^&]*)/.exec(location.hash);
            if(m){box.value=decodeURIComponent(m[1]);}
            find();
            document.documentElement.setAttribute('data-groups',document.querySelectorAll('td.group').length);
            })();
            """;
}
