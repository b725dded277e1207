package org.rotationscheduler.domain.model;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * O2a: every text of a dispatch notice (派员通知) or change notice (变更通知) that is not plan data,
 * from the campaign's {@code notices:} section: issuing office, document number pattern, title,
 * opening, where and when to report per city, contacts, what to bring, requirements and closing.
 *
 * <p>Texts may hold placeholders in braces, filled per notice ({@link #fill}): {@code {campaign}},
 * {@code {season}}, {@code {rounds}}, {@code {unit}}, {@code {count}}, {@code {people}},
 * {@code {year}}, {@code {n}}; in the report texts also {@code {city}}, {@code {round}},
 * {@code {start}}, {@code {end}}.
 *
 * @param documentNumber e.g. {@code 环执法函〔{year}〕{n}号}: {n} is the notice's number, counted from
 *     {@code firstNumber} in unit order
 * @param reportByCity per city name, the report time and place that differ from the default
 * @param copyTo 抄送, or empty for none
 */
public record NoticeTexts(
        String issuer,
        String documentNumber,
        int firstNumber,
        String title,
        String changeTitle,
        String opening,
        String changeOpening,
        Report report,
        Map<String, Report> reportByCity,
        List<Contact> contacts,
        List<String> bring,
        List<String> requirements,
        String closing,
        String copyTo) {

    /** Placeholders a notice text may use. */
    public static final List<String> PLACEHOLDERS =
            List.of("campaign", "season", "rounds", "unit", "count", "people", "year", "n");
    /** Placeholders the report texts may use besides {@link #PLACEHOLDERS}. */
    public static final List<String> REPORT_PLACEHOLDERS = List.of("city", "round", "start", "end");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    public NoticeTexts {
        reportByCity = Map.copyOf(reportByCity);
        contacts = List.copyOf(contacts);
        bring = List.copyOf(bring);
        requirements = List.copyOf(requirements);
    }

    /** When and where a cadre reports, as templates. */
    public record Report(String time, String place) {
    }

    /** One contact of the organising office. */
    public record Contact(String name, String phone) {
    }

    /** The report texts for a city: its own where given, the default otherwise. */
    public Report reportFor(String city) {
        Report own = reportByCity.get(city);
        if (own == null) {
            return report;
        }
        return new Report(own.time() != null ? own.time() : report.time(),
                own.place() != null ? own.place() : report.place());
    }

    /** The placeholders of a template, in order of appearance. */
    public static List<String> placeholders(String template) {
        Matcher m = PLACEHOLDER.matcher(template == null ? "" : template);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The template with each known placeholder replaced; the loader has refused unknown ones. */
    public static String fill(String template, Map<String, String> values) {
        if (template == null) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
