package org.rotationscheduler.io.in.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rotationscheduler.domain.model.NoticeTexts;
import org.rotationscheduler.domain.model.Similarity;

/**
 * O2a: reads the campaign's {@code notices:} section, the texts of the dispatch and change notices
 * that are not plan data. Every text is checked for unknown placeholders and every city for being
 * one of the campaign's, so that a typo shows when the campaign loads, not in a printed notice.
 */
final class NoticesSection {
    static final Set<String> NOTICES_KEYS = Set.of("issuer", "documentNumber", "firstNumber", "title", "changeTitle",
            "opening", "changeOpening", "report", "contacts", "bring", "requirements", "closing", "copyTo");
    static final Set<String> REPORT_KEYS = Set.of("time", "place", "cities");
    static final Set<String> CITY_REPORT_KEYS = Set.of("time", "place");
    static final Set<String> CONTACT_KEYS = Set.of("name", "phone");

    private NoticesSection() {
    }

    /** The fixed key sets of the section, by dotted path (for {@link CampaignLoader#allowedKeys()}). */
    static Map<String, Set<String>> allowedKeys() {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        keys.put("notices", NOTICES_KEYS);
        keys.put("notices.report", REPORT_KEYS);
        keys.put("notices.contacts[]", CONTACT_KEYS);
        return keys;
    }

    /**
     * The section, or null when the campaign has none (then no notice can be written, and the
     * command that would write one says so).
     *
     * @param cityNames the campaign's cities, which {@code report.cities} may name
     */
    static NoticeTexts read(Cursor c, Set<String> cityNames) {
        if (!c.expectMap()) {
            return null;
        }
        c.allowKeys(NOTICES_KEYS);
        List<String> general = NoticeTexts.PLACEHOLDERS;
        List<String> withReport = new ArrayList<>(general);
        withReport.addAll(NoticeTexts.REPORT_PLACEHOLDERS);
        String issuer = required(c, "issuer", general);
        String number = required(c, "documentNumber", general);
        long first = c.whole("firstNumber", 1, 1);
        String title = required(c, "title", general);
        String changeTitle = required(c, "changeTitle", general);
        String opening = required(c, "opening", general);
        String changeOpening = required(c, "changeOpening", general);
        Cursor r = c.require("report");
        NoticeTexts.Report report = null;
        Map<String, NoticeTexts.Report> byCity = new LinkedHashMap<>();
        if (r.expectMap()) {
            r.allowKeys(REPORT_KEYS);
            report = new NoticeTexts.Report(required(r, "time", withReport), required(r, "place", withReport));
            r.get("cities").entries().forEach((city, entry) -> {
                if (!cityNames.contains(city)) {
                    entry.error("unknown city '" + city + "'" + Similarity.closest(city, cityNames)
                            .map(s -> "; did you mean '" + s + "'?").orElse("; use a city of cities:"));
                }
                if (entry.expectMap()) {
                    entry.allowKeys(CITY_REPORT_KEYS);
                    byCity.put(city, new NoticeTexts.Report(optional(entry, "time", withReport),
                            optional(entry, "place", withReport)));
                }
            });
        }
        List<NoticeTexts.Contact> contacts = new ArrayList<>();
        for (Cursor item : c.require("contacts").items()) {
            if (item.expectMap()) {
                item.allowKeys(CONTACT_KEYS);
                String name = required(item, "name", general);
                contacts.add(new NoticeTexts.Contact(name, item.text("phone", "")));
            }
        }
        List<String> bring = texts(c, "bring", general);
        List<String> requirements = texts(c, "requirements", general);
        String closing = optional(c, "closing", general);
        String copyTo = optional(c, "copyTo", general);
        return new NoticeTexts(issuer, number, (int) first, title, changeTitle, opening, changeOpening, report, byCity,
                contacts, bring, requirements, closing == null ? "" : closing, copyTo == null ? "" : copyTo);
    }

    private static String required(Cursor parent, String key, List<String> allowed) {
        Cursor c = parent.require(key);
        String text = c.text();
        if (c.present() && text != null && text.isEmpty()) {
            c.error("must not be empty");
        }
        checkPlaceholders(c, text, allowed);
        return text;
    }

    private static String optional(Cursor parent, String key, List<String> allowed) {
        Cursor c = parent.get(key);
        String text = c.text();
        checkPlaceholders(c, text, allowed);
        return text;
    }

    private static List<String> texts(Cursor parent, String key, List<String> allowed) {
        List<String> out = new ArrayList<>();
        for (Cursor item : parent.get(key).items()) {
            String t = item.text();
            checkPlaceholders(item, t, allowed);
            if (t != null && !t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static void checkPlaceholders(Cursor c, String text, List<String> allowed) {
        Set<String> known = new LinkedHashSet<>(allowed);
        for (String p : NoticeTexts.placeholders(text)) {
            if (!known.contains(p)) {
                c.error("unknown placeholder {" + p + "}" + Similarity.closest(p, known)
                        .map(s -> "; did you mean {" + s + "}?")
                        .orElse("; use " + String.join(", ", known.stream().map(k -> "{" + k + "}").toList())));
            }
        }
    }
}
