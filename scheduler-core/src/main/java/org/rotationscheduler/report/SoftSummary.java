package org.rotationscheduler.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.rules.RuleBreak;
import org.rotationscheduler.rules.RuleId;

/**
 * O7: broken preferences (soft rules) summarised per rule for documents that go out — how often,
 * at what weight, and the cities and units most concerned — instead of one line per seat.
 */
public final class SoftSummary {
    /** How many cities and units a line names. */
    public static final int WORST = 3;

    /**
     * One soft rule's breaks.
     *
     * @param worstCities the cities with most breaks, with their counts, most first
     * @param worstUnits the units of the cadres named in the breaks, with their counts, most first
     */
    public record Line(RuleId rule, String wording, long count, long weight, Map<String, Long> worstCities,
            Map<String, Long> worstUnits) {

        /** "北京 12、天津 9、石家庄 7" */
        public static String join(Map<String, Long> counts) {
            return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("、"));
        }
    }

    private SoftSummary() {
    }

    /** One line per soft rule that is broken, in rule order. */
    public static List<Line> of(Campaign campaign, List<RuleBreak> breaks) {
        Map<RuleId, List<RuleBreak>> byRule = new LinkedHashMap<>();
        breaks.stream().filter(SoftSummary::isSoft)
                .sorted(Comparator.comparingInt(b -> RuleId.order(b.rule())))
                .forEach(b -> byRule.computeIfAbsent(b.rule(), r -> new ArrayList<>()).add(b));
        List<Line> out = new ArrayList<>();
        byRule.forEach((rule, list) -> {
            Map<String, Long> cities = new LinkedHashMap<>();
            Map<String, Long> units = new LinkedHashMap<>();
            for (RuleBreak b : list) {
                if (b.seat() != null) {
                    cities.merge(b.seat().city().name(), 1L, Long::sum);
                }
                if (b.cadre() != null) {
                    units.merge(b.cadre().unit().name(), 1L, Long::sum);
                }
            }
            out.add(new Line(rule, BreakWording.rule(rule), list.size(), campaign.rules().weight(rule), top(cities),
                    top(units)));
        });
        return out;
    }

    /** A preference, not a hard rule or an empty seat. */
    public static boolean isSoft(RuleBreak b) {
        return b.rule().isSoft();
    }

    private static Map<String, Long> top(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(WORST).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
