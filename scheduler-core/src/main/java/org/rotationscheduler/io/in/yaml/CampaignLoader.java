package org.rotationscheduler.io.in.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.CalendarSpec;
import org.rotationscheduler.domain.calendar.DateRange;
import org.rotationscheduler.domain.calendar.SeasonDef;
import org.rotationscheduler.domain.model.Annex;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.CostRates;
import org.rotationscheduler.domain.model.GroupCounts;
import org.rotationscheduler.domain.model.GroupKind;
import org.rotationscheduler.domain.model.Partners;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.RankAliases;
import org.rotationscheduler.domain.model.Similarity;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitCatalogue;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.Problems;
import org.rotationscheduler.domain.problems.SourceLocation;
import org.rotationscheduler.io.in.Utf8Text;
import org.rotationscheduler.rules.EligibilityRule;
import org.rotationscheduler.rules.QuotaRule;
import org.rotationscheduler.rules.RuleId;
import org.rotationscheduler.rules.RuleSettings;
import org.rotationscheduler.rules.UnitSelector;

/**
 * Loads a campaign from YAML: the embedded default ({@code data/} of the repository) or a
 * planner's file that {@code extends: default} (or another file) and overrides parts of it.
 * Every problem of a load is collected and thrown together as one {@link InputException}, each
 * naming file, line, column, key path and what to fix.
 */
public final class CampaignLoader {
    /** The name that stands for the embedded default campaign. */
    public static final String DEFAULT = "default";
    private static final String DEFAULT_RESOURCE_DIR = "campaign/default/";
    private static final String EMBEDDED_PREFIX = "default:";
    /** C2: a round longer than a year is surely a typo. */
    private static final int MAX_ROUND_DAYS = 366;

    // Every key the loader accepts, by section. data/campaign.schema.json documents the same keys;
    // CampaignSchemaTest compares the two through allowedKeys(), so they cannot drift apart.
    static final Set<String> TOP_KEYS = Set.of("name", "extends", "include", "calendar", "units", "annexes",
            "cities", "roles", "groupKinds", "groupCounts", "eligibility", "rules", "costs", "ranks", "notices");
    static final Set<String> CALENDAR_KEYS = Set.of("window", "roundDays", "firstStart", "handoverDays", "seasonOf",
            "seasons");
    static final Set<String> WINDOW_KEYS = Set.of("start", "end");
    static final Set<String> SEASON_KEYS = Set.of("id", "label", "fromMonth", "toMonth");
    static final Set<String> UNIT_KEYS = Set.of("name", "aliases", "type", "province");
    static final Set<String> GROUP_KIND_KEYS = Set.of("id", "label", "name", "seats");
    static final Set<String> ANNEX_KEYS = Set.of("number", "label", "region", "title", "headers");
    static final Set<String> CITY_KEYS = Set.of("name", "province", "region", "annex", "attached", "lead",
            "affiliated", "partnerProvince");
    static final Set<String> GROUP_COUNTS_KEYS = Set.of("default", "cities", "changes");
    static final Set<String> CHANGE_KEYS = Set.of("fromRound", "city", "counts");
    static final Set<String> ELIGIBILITY_KEYS = Set.of("rule", "id", "label", "seasons", "groups", "seats", "units",
            "minRank", "maxRank", "posts");
    static final Set<String> E4_KEYS = Set.of("enabled", "scope", "seasons", "ranks", "units", "groups", "rounds",
            "who");
    static final Set<String> E11_KEYS = Set.of("enabled", "minRoundsOff");
    static final Set<String> HARD_RULE_KEYS = Set.of("enabled");
    static final Set<String> F1_KEYS = Set.of("weight", "maxPerSeason", "maxPerCampaign", "maxLifetime",
            "maxWeight");
    static final Set<String> F6_KEYS = Set.of("weight", "minPartyMembers", "secretaryFromLead");
    static final Set<String> E12_KEYS = Set.of("enabled", "weight");
    static final Set<String> F9_KEYS = Set.of("weight", "leaderRank");
    static final Set<String> SOFT_RULE_KEYS = Set.of("weight");
    static final Set<String> COST_KEYS = Set.of("currency", "lodgingPerNight", "mealPerDay", "travelPerTrip",
            "carHirePerDay", "vehiclesPerGroup", "payers", "office");
    static final Set<String> PAYER_KEYS = Set.of("lodging", "meals", "travel", "carHire");
    static final Set<String> RANKS_KEYS = Set.of("aliases");

    /** The keys allowed under {@code rules:}: every hard and soft rule id and {@code unfilled}. */
    static Set<String> ruleKeys() {
        Set<String> known = new LinkedHashSet<>();
        RuleId.hardRules().forEach(r -> known.add(r.id()));
        RuleId.softRules().forEach(r -> known.add(r.id()));
        known.add(RuleId.UNFILLED.id());
        return known;
    }

    /** The keys allowed in one rule's map, e.g. {@code rules.E4}. */
    static Set<String> keysOfRule(RuleId id) {
        return switch (id) {
            case E4 -> E4_KEYS;
            case E11 -> E11_KEYS;
            case F1 -> F1_KEYS;
            case F6 -> F6_KEYS;
            case E12 -> E12_KEYS;
            case F9 -> F9_KEYS;
            default -> id.isHard() ? HARD_RULE_KEYS : SOFT_RULE_KEYS;
        };
    }

    /**
     * Every fixed key set by the place it applies, as a dotted path where {@code []} stands for
     * each item of a list (e.g. {@code calendar.seasons[]}). Maps with free keys (roles, counts,
     * rates) are not listed.
     */
    static Map<String, Set<String>> allowedKeys() {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        keys.put("", TOP_KEYS);
        keys.put("calendar", CALENDAR_KEYS);
        keys.put("calendar.window", WINDOW_KEYS);
        keys.put("calendar.seasons[]", SEASON_KEYS);
        keys.put("units[]", UNIT_KEYS);
        keys.put("annexes[]", ANNEX_KEYS);
        keys.put("cities[]", CITY_KEYS);
        keys.put("groupKinds[]", GROUP_KIND_KEYS);
        keys.put("groupCounts", GROUP_COUNTS_KEYS);
        keys.put("groupCounts.changes[]", CHANGE_KEYS);
        keys.put("eligibility[]", ELIGIBILITY_KEYS);
        keys.put("rules", ruleKeys());
        for (String id : ruleKeys()) {
            keys.put("rules." + id, keysOfRule(RuleId.of(id)));
        }
        keys.put("costs", COST_KEYS);
        keys.put("costs.payers", PAYER_KEYS);
        keys.put("ranks", RANKS_KEYS);
        keys.putAll(NoticesSection.allowedKeys());
        return keys;
    }

    public Campaign loadDefault() {
        return load(DEFAULT);
    }

    /** Loads {@code default} or a campaign file path. */
    public Campaign load(String campaign) {
        String source = campaign == null ? DEFAULT : campaign;
        YamlDocument doc = assemble(source, null, new LinkedHashSet<>());
        return new Reading(doc, source).campaign();
    }

    public Campaign load(Path file) {
        return load(file.toString());
    }

    /**
     * O2a: the texts of the campaign's dispatch and change notices ({@code notices:}), or null when
     * the campaign has none. The whole campaign is read and checked, as by {@link #load(String)}.
     */
    public org.rotationscheduler.domain.model.NoticeTexts loadNotices(String campaign) {
        String source = campaign == null ? DEFAULT : campaign;
        Reading reading = new Reading(assemble(source, null, new LinkedHashSet<>()), source);
        reading.campaign();
        return reading.notices;
    }

    /**
     * Every file a campaign is read from (the file itself and everything it extends or includes,
     * the embedded default excepted), absolute: what a plan folder copies so that it can move.
     */
    public List<Path> files(String campaign) {
        List<Path> files = new ArrayList<>();
        filesRead = files;
        try {
            assemble(campaign == null ? DEFAULT : campaign, null, new LinkedHashSet<>());
        } finally {
            filesRead = null;
        }
        return List.copyOf(files);
    }

    /** Collects the files {@link #assemble} reads while {@link #files} runs. */
    private List<Path> filesRead;

    /** The merged YAML of a campaign, before it is read (for tests and the schema). */
    YamlDocument assemble(String ref, Path relativeTo, Set<String> seen) {
        return assemble(ref, relativeTo, new LinkedHashMap<>(), null);
    }

    /**
     * Reads one file and everything it extends or includes, merged in that order (base, includes,
     * the file itself). {@code seen} maps each file already on the way here (absolute path) to its
     * display name, to stop circles; {@code from} is the {@code extends:} or {@code include:} entry
     * that names this file, so a missing file or a circle is reported at that line.
     */
    private YamlDocument assemble(String ref, Path relativeTo, Map<String, String> seen, Cursor from) {
        boolean embedded = DEFAULT.equals(ref) || ref.startsWith(EMBEDDED_PREFIX);
        String resource = DEFAULT.equals(ref) ? "campaign.yaml" : embedded ? ref.substring(EMBEDDED_PREFIX.length())
                : null;
        Path path = embedded ? null : (relativeTo == null ? Path.of(ref) : relativeTo.resolveSibling(ref));
        String display = embedded ? EMBEDDED_PREFIX + resource : path.toString();
        // identity by absolute path: "a.yaml" and "./a.yaml" are the same file
        String identity = embedded ? display : path.toAbsolutePath().normalize().toString();
        if (seen.containsKey(identity)) {
            throw problem(from, display, "the campaign files extend or include each other in a circle: "
                    + String.join(" → ", seen.values()) + " → " + display + "; remove one of these extends:/include:");
        }
        seen.put(identity, display);
        YamlDocument doc = embedded ? readResource(resource, display, from) : readFile(path, display, from);
        if (filesRead != null && !embedded) {
            filesRead.add(path.toAbsolutePath().normalize());
        }
        Problems problems = new Problems();
        Cursor root = Cursor.root(doc, problems);
        YamlDocument result = YamlDocument.empty();
        Cursor ext = root.get("extends");
        String base = ext.text();
        if (base != null && !base.isEmpty()) {
            result = assemble(base, path, new LinkedHashMap<>(seen), ext);
        } else if (ext.present()) {
            ext.error("must name the campaign this one builds on: 'default' or a YAML file path");
        }
        for (Cursor item : root.get("include").items()) {
            String inc = item.text();
            if (inc != null && !inc.isEmpty()) {
                String incRef = embedded ? EMBEDDED_PREFIX + inc : inc;
                result = result.mergedWith(assemble(incRef, path, new LinkedHashMap<>(seen), item));
            }
        }
        problems.throwIfAny();
        return result.mergedWith(doc.without("extends").without("include"));
    }

    private static InputException problem(Cursor from, String display, String message) {
        return from == null ? InputException.of(SourceLocation.file(display), "", message)
                : InputException.of(from.where(), from.key(), message);
    }

    private static YamlDocument readResource(String resource, String display, Cursor from) {
        try (InputStream in = CampaignLoader.class.getClassLoader()
                .getResourceAsStream(DEFAULT_RESOURCE_DIR + resource)) {
            if (in == null) {
                throw problem(from, display, "the embedded default campaign has no file " + resource
                        + (from == null ? " (rebuild the tool)" : "; name one of its files, e.g. calendar.yaml"));
            }
            return parse(in.readAllBytes(), display);
        } catch (IOException e) {
            throw problem(from, display, "cannot be read: " + e.getMessage());
        }
    }

    private static YamlDocument readFile(Path path, String display, Cursor from) {
        if (!Files.isRegularFile(path)) {
            throw problem(from, display, "no such campaign file " + display
                    + "; give a YAML file path (relative to the file that names it) or 'default'");
        }
        try {
            return parse(Files.readAllBytes(path), display);
        } catch (IOException e) {
            throw problem(from, display, "cannot be read: " + e.getMessage());
        }
    }

    private static YamlDocument parse(byte[] bytes, String display) {
        Utf8Text.Decoded text = Utf8Text.decode(bytes);
        if (!text.ok()) {
            throw InputException.of(new SourceLocation(display, text.badLine(), text.badColumn()), "",
                    "is not UTF-8 text; save the file as UTF-8");
        }
        return YamlDocument.parse(new StringReader(text.text()), display);
    }

    /** One reading of a merged document into a {@link Campaign}. */
    private static final class Reading {
        private final Problems problems = new Problems();
        private final Cursor root;
        private final String source;
        // Ids as written, even those of entries with problems, so that one bad entry does not turn
        // every later reference to it into a second, misleading "unknown ..." problem.
        private final Set<String> seasonIds = new LinkedHashSet<>();
        private final Set<String> roleIds = new LinkedHashSet<>();
        private final Set<String> kindIds = new LinkedHashSet<>();
        private final Set<String> cityNames = new LinkedHashSet<>();
        private final Map<String, GroupKind> kindsById = new HashMap<>();
        private final Map<String, Cursor> kindEntries = new HashMap<>();
        // G1: where a group kind without {n} in its name has several groups per round
        private final Map<String, List<String>> unnumbered = new LinkedHashMap<>();
        /** O2a: the notices: section, read with the rest so that its problems show on every load. */
        private org.rotationscheduler.domain.model.NoticeTexts notices;

        Reading(YamlDocument doc, String source) {
            this.root = Cursor.root(doc, problems);
            this.source = source;
        }

        Campaign campaign() {
            root.allowKeys(TOP_KEYS);
            String name = root.text("name", "campaign");
            CalendarSpec calendar = calendar(root.require("calendar"));
            UnitCatalogue units = units(root.require("units"));
            Map<String, String> roles = roles(root.require("roles"));
            List<GroupKind> kinds = groupKinds(root.require("groupKinds"));
            RuleSettings rules = rules(root.get("rules"), units);
            List<Annex> annexes = annexes(root.get("annexes"));
            List<City> cities = cities(root.require("cities"), units, annexes, rules.isEnabled(RuleId.P4));
            int roundCount = calendar == null ? Integer.MAX_VALUE : calendar.rounds().size();
            GroupCounts counts = groupCounts(root.require("groupCounts"), roundCount);
            boolean anyPartners = cities.stream().anyMatch(City::hasPartners);
            List<EligibilityRule> eligibility = eligibility(root.get("eligibility"), units, anyPartners);
            if (!anyPartners && rules.isEnabled(RuleId.E4)) {
                noPartnerSelectors(root.get("rules").get(RuleId.E4.id()).get("units"), rules.quota().units());
            }
            CostRates costs = costs(root.get("costs"));
            RankAliases rankAliases = rankAliases(root.get("ranks"));
            notices = NoticesSection.read(root.get("notices"), cityNames);
            problems.throwIfAny();
            return new Campaign(name, source, calendar, units, annexes, cities, roles, kinds, counts, eligibility,
                    rules, costs, rankAliases);
        }

        // ---- calendar (C1-C3) ----

        CalendarSpec calendar(Cursor c) {
            if (!c.expectMap()) {
                return null;
            }
            c.allowKeys(CALENDAR_KEYS);
            DateRange window = window(c.require("window"));
            Integer days = roundDays(c);
            LocalDate first = firstStart(c, window);
            Integer handover = handoverDays(c, days);
            CalendarSpec.SeasonAssignment assignment = seasonOf(c);
            // C3: seasons are optional; a calendar without them is one season, the whole window
            Cursor seasonList = c.get("seasons");
            List<SeasonDef> seasons = seasonList.present() ? seasons(seasonList)
                    : window == null ? null : List.of(wholeWindow(window));
            if (window == null || days == null || first == null || handover == null || seasons == null) {
                return null;
            }
            return new CalendarSpec(window.start(), window.end(), days, first, handover, assignment, seasons);
        }

        private SeasonDef wholeWindow(DateRange window) {
            seasonIds.add(SeasonDef.WHOLE_WINDOW_ID);
            return SeasonDef.wholeWindow(window.start().getYear());
        }

        private DateRange window(Cursor w) {
            if (!w.expectMap()) {
                return null;
            }
            w.allowKeys(WINDOW_KEYS);
            LocalDate start = w.require("start").date();
            LocalDate end = w.require("end").date();
            if (start == null || end == null) {
                return null;
            }
            if (end.isBefore(start)) {
                w.get("end").error("the window ends (" + end + ") before it starts (" + start
                        + "); C1: the end must be on or after the start");
                return null;
            }
            return new DateRange(start, end);
        }

        private Integer roundDays(Cursor c) {
            Long days = c.require("roundDays").whole(Long.MIN_VALUE);
            if (days == null) {
                return null;
            }
            if (days <= 0 || days > MAX_ROUND_DAYS) {
                c.get("roundDays").error("a round lasts 1 to " + MAX_ROUND_DAYS + " days (C2), got " + days
                        + "; e.g. roundDays: 15");
                return null;
            }
            return days.intValue();
        }

        private LocalDate firstStart(Cursor c, DateRange window) {
            Cursor f = c.get("firstStart");
            if (!f.present()) {
                return window == null ? null : window.start();
            }
            LocalDate first = f.date();
            if (first != null && window != null && !window.contains(first)) {
                f.error("the first round must start inside the window " + window + " (C1, C2)");
                return null;
            }
            return first;
        }

        private Integer handoverDays(Cursor c, Integer days) {
            Long handover = c.get("handoverDays").whole(0);
            if (handover == null) {
                return c.get("handoverDays").present() ? null : 0;
            }
            if (days != null && handover >= days) {
                // also keeps the rounds moving forward: the next one starts roundDays - handoverDays later
                c.get("handoverDays").error("the handover overlap (" + handover + " days) must be shorter than a"
                        + " round (" + days + " days) (C2)");
                return null;
            }
            return handover.intValue();
        }

        private CalendarSpec.SeasonAssignment seasonOf(Cursor c) {
            String of = c.text("seasonOf", "most-days");
            return switch (of) {
                case "most-days" -> CalendarSpec.SeasonAssignment.MOST_DAYS;
                case "start-date" -> CalendarSpec.SeasonAssignment.START_DATE;
                default -> {
                    c.get("seasonOf").error("must be most-days or start-date (C3), got '" + of + "'");
                    yield CalendarSpec.SeasonAssignment.MOST_DAYS;
                }
            };
        }

        /** C3: the season kinds; every month of the year in exactly one. Null when unusable. */
        private List<SeasonDef> seasons(Cursor list) {
            List<Cursor> items = list.items();
            if (list.node().isArray() && items.isEmpty()) {
                list.error("list at least one season, e.g. - {id: regular, fromMonth: 4, toMonth: 9}, or leave"
                        + " seasons out: the whole window is then one season (C3)");
            }
            List<SeasonDef> seasons = new ArrayList<>();
            Map<Integer, String> monthOwner = new HashMap<>();
            boolean allRead = true;
            for (Cursor s : items) {
                SeasonDef def = season(s);
                if (def == null) {
                    allRead = false;
                    continue;
                }
                claimMonths(s, def, monthOwner);
                seasons.add(def);
            }
            // a gap left by an entry that could not be read is that entry's problem, not another one
            if (allRead && !seasons.isEmpty() && monthOwner.size() < 12) {
                List<Integer> missing = new ArrayList<>();
                for (int m = 1; m <= 12; m++) {
                    if (!monthOwner.containsKey(m)) {
                        missing.add(m);
                    }
                }
                list.error("no season covers month(s) " + missing + "; every month needs exactly one season (C3)");
            }
            return seasons.isEmpty() || monthOwner.size() < 12 ? null : seasons;
        }

        private SeasonDef season(Cursor s) {
            if (!s.expectMap()) {
                return null;
            }
            s.allowKeys(SEASON_KEYS);
            String id = s.require("id").text();
            if (id != null && !seasonIds.add(id)) {
                s.get("id").error("the season id '" + id + "' is listed twice (C3)");
            }
            Integer from = month(s.require("fromMonth"));
            Integer to = month(s.require("toMonth"));
            if (id == null || from == null || to == null) {
                return null;
            }
            return new SeasonDef(id, s.text("label", id), from, to);
        }

        private static Integer month(Cursor m) {
            Long v = m.whole(1);
            if (v != null && v > 12) {
                m.error("a month is 1 to 12, got " + v);
                return null;
            }
            return v == null ? null : v.intValue();
        }

        private static void claimMonths(Cursor s, SeasonDef def, Map<Integer, String> monthOwner) {
            for (int m = 1; m <= 12; m++) {
                if (!def.containsMonth(m)) {
                    continue;
                }
                String other = monthOwner.putIfAbsent(m, def.id());
                if (other != null) {
                    s.error("season '" + def.id() + "' overlaps season '" + other + "' in month " + m
                            + "; every month belongs to exactly one season (C3)");
                    return;
                }
            }
        }

        // ---- units, roles, group kinds (P3, G1-G4) ----

        UnitCatalogue units(Cursor c) {
            List<Unit> units = new ArrayList<>();
            Map<String, Cursor> seen = new HashMap<>();
            for (Cursor u : c.items()) {
                Unit unit = unit(u);
                if (unit == null) {
                    continue;
                }
                for (String n : concat(unit.name(), unit.aliases())) {
                    Cursor before = seen.putIfAbsent(n, u);
                    if (before != null) {
                        u.error("the unit name '" + n + "' is already used at " + before.where()
                                + "; each name or alias may name only one unit (P3)");
                    }
                }
                units.add(unit);
            }
            return new UnitCatalogue(units);
        }

        private static Unit unit(Cursor u) {
            u.allowKeys(UNIT_KEYS);
            String name = u.require("name").text();
            String typeText = u.require("type").text();
            Optional<UnitType> type = UnitType.parse(typeText);
            if (typeText != null && type.isEmpty()) {
                u.get("type").error("unknown unit type '" + typeText
                        + "'; use ministry, dispatched, affiliated, provincial or local (P3)");
            }
            String province = u.text("province", null);
            if (type.isPresent() && province == null
                    && (type.get() == UnitType.PROVINCIAL || type.get() == UnitType.LOCAL)) {
                u.error("a " + type.get().key() + " unit needs a province, e.g. province: 河北 (P3)");
            }
            List<String> aliases = u.strings("aliases");
            return name == null || type.isEmpty() ? null : new Unit(name, aliases, type.get(), province);
        }

        Map<String, String> roles(Cursor c) {
            Map<String, String> roles = new LinkedHashMap<>();
            c.entries().forEach((id, label) -> {
                roleIds.add(id);
                String t = label.text();
                if (t == null || t.isEmpty()) {
                    label.error("a seat role needs its roster label, e.g. leader: 组长 (G2)");
                } else {
                    roles.put(id, t);
                }
            });
            return roles;
        }

        List<GroupKind> groupKinds(Cursor c) {
            List<GroupKind> kinds = new ArrayList<>();
            for (Cursor k : c.items()) {
                GroupKind kind = groupKind(k);
                if (kind != null) {
                    kinds.add(kind);
                    kindsById.put(kind.id(), kind);
                }
            }
            return kinds;
        }

        private GroupKind groupKind(Cursor k) {
            if (!k.expectMap()) {
                return null;
            }
            k.allowKeys(GROUP_KIND_KEYS);
            String id = k.require("id").text();
            if (id != null && !kindIds.add(id)) {
                k.get("id").error("the group kind '" + id + "' is listed twice (G1)");
            }
            if (id != null) {
                kindEntries.putIfAbsent(id, k);
            }
            String label = k.text("label", id);
            String name = k.text("name", label);
            Cursor seatList = k.require("seats");
            List<String> seats = new ArrayList<>();
            for (Cursor item : seatList.items()) {
                String role = item.text();
                if (role == null || role.isEmpty()) {
                    continue;
                }
                if (!roleIds.contains(role)) {
                    item.error("unknown seat role '" + role + "'" + didYouMean(role, roleIds)
                            .orElse("; add it under roles: or use one of " + roleIds) + " (G2-G4)");
                }
                seats.add(role);
            }
            if (seatList.present() && seats.isEmpty()) {
                seatList.error("the seat template of group kind '" + id + "' has no seats; list them, e.g."
                        + " seats: [leader, member, member] (G2-G4)");
            }
            return id == null || seats.isEmpty() ? null : new GroupKind(id, label, name, seats);
        }

        // ---- annexes and cities (O1, P1, P2, P4) ----

        List<Annex> annexes(Cursor c) {
            List<Annex> annexes = new ArrayList<>();
            Set<Long> numbers = new HashSet<>();
            for (Cursor a : c.items()) {
                a.allowKeys(ANNEX_KEYS);
                Long number = a.require("number").whole(1);
                if (number != null && !numbers.add(number)) {
                    a.get("number").error("annex number " + number + " is listed twice (O1)");
                }
                String label = a.text("label", "附件" + number);
                String region = a.require("region").text();
                String title = a.require("title").text();
                List<String> headers = a.strings("headers");
                if (number != null && region != null && title != null) {
                    annexes.add(new Annex(number.intValue(), label, region, title, headers));
                }
            }
            return annexes;
        }

        List<City> cities(Cursor c, UnitCatalogue units, List<Annex> annexes, boolean p4) {
            List<Cursor> items = c.items();
            if (c.node().isArray() && items.isEmpty()) {
                c.error("the campaign has no cities; list them under cities: (P1)");
            }
            List<City> cities = new ArrayList<>();
            Map<Integer, Integer> orderInAnnex = new HashMap<>();
            for (Cursor item : items) {
                City city = city(item, units, annexes, p4);
                if (city != null) {
                    int order = orderInAnnex.merge(city.annex(), 1, Integer::sum);
                    cities.add(new City(city.name(), city.province(), city.region(), city.annex(), order,
                            city.attached(), city.partners()));
                }
            }
            return cities;
        }

        /** One city and its triad (P2); its annexOrder is set by the caller. */
        private City city(Cursor city, UnitCatalogue units, List<Annex> annexes, boolean p4) {
            if (!city.expectMap()) {
                return null;
            }
            city.allowKeys(CITY_KEYS);
            String name = city.require("name").text();
            if (name != null && !cityNames.add(name)) {
                city.get("name").error("the city '" + name + "' is listed twice (P1)");
            }
            String province = city.require("province").text();
            int annex = (int) city.whole("annex", 0, 0);
            if (annex > 0 && annexes.stream().noneMatch(a -> a.number() == annex)) {
                city.get("annex").error("no annex number " + annex + " under annexes: (O1)");
            }
            // P5: partners are optional; a city names its whole triad or none of it
            List<String> partnerKeys = List.of("lead", "affiliated", "partnerProvince");
            List<String> given = partnerKeys.stream().filter(k -> city.get(k).present()).toList();
            if (given.isEmpty()) {
                if (annex > 0) {
                    city.get("annex").error("an annex table lists each city's partner units (O1), but city '" + name
                            + "' has none (P5); drop annex: or give the city lead, affiliated and partnerProvince");
                }
                return name == null || province == null ? null
                        : new City(name, province, city.text("region", ""), annex, 0, city.strings("attached"), null);
            }
            if (given.size() < partnerKeys.size()) {
                List<String> missing = partnerKeys.stream().filter(k -> !given.contains(k)).toList();
                city.error("city '" + name + "' names " + String.join(", ", given) + " but not "
                        + String.join(", ", missing) + "; a city with partner units names its whole triad (P2),"
                        + " a city without them names none of lead, affiliated, partnerProvince (P5)");
                return null;
            }
            Unit lead = catalogued(city.require("lead"), units);
            List<String> affiliatedLabels = city.strings("affiliated");
            List<Unit> affiliated = affiliated(city, name, units);
            Unit provincial = partnerDepartment(city, name, province, units, p4);
            if (name == null || province == null || lead == null || provincial == null || affiliated.isEmpty()
                    || affiliated.size() != affiliatedLabels.size()) {
                return null;
            }
            Partners partners = new Partners(lead, city.text("lead", ""), affiliated, affiliatedLabels, provincial,
                    provincial.province() == null ? city.text("partnerProvince", "") : provincial.province());
            return new City(name, province, city.text("region", ""), annex, 0, city.strings("attached"), partners);
        }

        private List<Unit> affiliated(Cursor city, String name, UnitCatalogue units) {
            Cursor list = city.get("affiliated");
            if (!list.present() || (list.node().isArray() && list.node().isEmpty())) {
                (list.present() ? list : city).error("city '" + name + "' has no affiliated partner unit; P2 needs"
                        + " a triad: lead, affiliated: [...], partnerProvince");
            }
            List<Unit> affiliated = new ArrayList<>();
            for (Cursor a : list.items()) {
                Unit u = catalogued(a, units);
                if (u != null) {
                    affiliated.add(u);
                }
            }
            return affiliated;
        }

        /** P2: the partner province's department; P4: never the city's own province. */
        private static Unit partnerDepartment(Cursor city, String name, String province, UnitCatalogue units,
                boolean p4) {
            Cursor c = city.require("partnerProvince");
            String partnerProvince = c.text();
            if (partnerProvince == null) {
                return null;
            }
            Unit provincial = units.find(partnerProvince).filter(u -> u.type() == UnitType.PROVINCIAL)
                    .or(() -> units.provincialDepartment(partnerProvince)).orElse(null);
            if (provincial == null) {
                c.error("no provincial department for '" + partnerProvince + "' in the unit catalogue (P2, P3);"
                        + " nearest: " + units.nearest(partnerProvince, 3));
                return null;
            }
            if (p4 && provincial.province() != null && provincial.province().equals(province)) {
                c.error("P4: city '" + name + "' is in " + province + " and may not be paired with its own province;"
                        + " pick another province or switch the rule off with rules.P4.enabled: false");
                return null;
            }
            return provincial;
        }

        private static Unit catalogued(Cursor c, UnitCatalogue units) {
            String t = c.text();
            if (t == null) {
                return null;
            }
            Optional<Unit> u = units.find(t);
            if (u.isEmpty()) {
                c.error("unit '" + t + "' is not in the unit catalogue (units:); nearest: " + units.nearest(t, 3)
                        + " (P2, P3)");
            }
            return u.orElse(null);
        }

        // ---- group counts (G1, G5) ----

        GroupCounts groupCounts(Cursor c, int roundCount) {
            c.allowKeys(GROUP_COUNTS_KEYS);
            Map<String, Integer> defaults = counts(c.get("default"), "every city");
            Map<String, Map<String, Integer>> perCity = new LinkedHashMap<>();
            c.get("cities").entries().forEach((city, counts) -> {
                if (!cityNames.contains(city) && counts.where().file().startsWith("default:")) {
                    return; // inherited from the default campaign for a city this campaign leaves out
                }
                checkCity(counts, city);
                perCity.put(city, counts(counts, city));
            });
            List<GroupCounts.Change> changes = new ArrayList<>();
            for (Cursor ch : c.get("changes").items()) {
                ch.allowKeys(CHANGE_KEYS);
                Long from = ch.require("fromRound").whole(1);
                if (from != null && from > roundCount) {
                    ch.get("fromRound").error("the campaign has only " + roundCount + " rounds");
                }
                String city = ch.require("city").text();
                if (city != null) {
                    checkCity(ch.get("city"), city);
                }
                Map<String, Integer> counts = counts(ch.require("counts"), city + " from round " + from);
                if (from != null && city != null) {
                    changes.add(new GroupCounts.Change(from.intValue(), city, counts));
                }
            }
            checkNumbering();
            return new GroupCounts(defaults, perCity, changes);
        }

        /** G1: two groups of one name would be the same group in rosters and plans; said once per kind. */
        private void checkNumbering() {
            unnumbered.forEach((kind, where) -> {
                Cursor entry = kindEntries.get(kind);
                Cursor at = entry.get("name").present() ? entry.get("name") : entry;
                String name = kindsById.get(kind).name();
                at.error("group kind '" + kind + "' has several groups per round (" + String.join(", ",
                        where.subList(0, Math.min(3, where.size()))) + (where.size() > 3 ? ", ..." : "")
                        + ") but its name '" + name + "' has no {n} to number them; write e.g. name: " + name
                        + "{n} (G1)");
            });
        }

        private void checkCity(Cursor at, String city) {
            if (!cityNames.contains(city)) {
                at.error("unknown city '" + city + "'" + didYouMean(city, cityNames).orElse("; list it under cities:"));
            }
        }

        /** Counts by group kind; {@code scope} names where they apply, for messages. */
        private Map<String, Integer> counts(Cursor c, String scope) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            c.entries().forEach((kind, n) -> {
                if (!kindIds.contains(kind) && inheritedFromDefault(n)) {
                    return; // a kind of the default campaign this campaign has replaced
                }
                if (!kindIds.contains(kind)) {
                    n.error("unknown group kind '" + kind + "'" + didYouMean(kind, kindIds)
                            .orElse("; use one of " + kindIds));
                }
                Long v = n.whole(0);
                GroupKind k = kindsById.get(kind);
                if (v != null && v > 1 && k != null && !k.name().contains("{n}")) {
                    unnumbered.computeIfAbsent(kind, x -> new ArrayList<>()).add(scope + ": " + v);
                }
                if (v != null) {
                    counts.put(kind, v.intValue());
                }
            });
            return counts;
        }

        // ---- eligibility (E1-E3, E5, E6) ----

        List<EligibilityRule> eligibility(Cursor c, UnitCatalogue units, boolean anyPartners) {
            List<EligibilityRule> out = new ArrayList<>();
            for (Cursor e : c.items()) {
                e.allowKeys(ELIGIBILITY_KEYS);
                String ownId = e.get("id").present() ? ownId(e.get("id")) : null;
                RuleId rule = entryRule(e);
                List<String> seasons = known(e, "seasons", seasonIds, "season");
                List<String> groups = known(e, "groups", kindIds, "group kind");
                List<String> seats = known(e, "seats", roleIds, "seat role");
                List<UnitSelector> selectors = selectors(e.get("units"), units);
                if (!anyPartners) {
                    noPartnerSelectors(e.get("units"), selectors);
                }
                Rank rank = rank(e.get("minRank"));
                Rank maxRank = rank(e.get("maxRank"));
                if (rank != null && maxRank != null && !maxRank.atLeast(rank)) {
                    e.get("maxRank").error("maxRank " + maxRank.key() + " (" + maxRank.label() + ") is below minRank "
                            + rank.key() + " (" + rank.label() + "): no cadre could take the seat (E13)");
                }
                if (rule != null) {
                    out.add(new EligibilityRule(rule, Set.copyOf(seasons), Set.copyOf(groups), Set.copyOf(seats),
                            selectors, rank, e.strings("posts"), maxRank, ownId, e.text("label", null)));
                }
            }
            return out;
        }

        /**
         * The hard rule an entry implements ({@code rule: E1}), so that rules.&lt;id&gt;.enabled
         * switches it. An entry with its own id ({@code id: 直属单位人员}) may leave it out: it then
         * counts as E13 (the seat's limits), is always on and is reported by its own id.
         */
        private static RuleId entryRule(Cursor e) {
            Cursor rule = e.get("rule");
            if (!rule.present()) {
                if (!e.get("id").present()) {
                    e.error("is missing rule: or id:; write rule: E1 (a hard rule of the spec) or id: 直属单位人员"
                            + " (this campaign's own rule, reported by that id)");
                }
                return RuleId.E13;
            }
            return ruleId(rule);
        }

        private static RuleId ruleId(Cursor c) {
            String t = c.text();
            if (t == null) {
                return null;
            }
            Optional<RuleId> rule = RuleId.parse(t).filter(RuleId::isHard);
            if (rule.isEmpty()) {
                c.error(RuleId.unknownMessage(t, RuleId.hardRules())
                        + "; rule: names the hard rule of the spec an entry implements; for a rule of this"
                        + " campaign's own write id: " + t + " instead");
            }
            return rule.orElse(null);
        }

        private static String ownId(Cursor c) {
            String t = c.text();
            if (t == null || t.isBlank()) {
                c.error("an eligibility entry's id names the campaign's own rule, e.g. id: 直属单位人员");
                return null;
            }
            if (RuleId.parse(t).isPresent()) {
                c.error("'" + t + "' is a rule of the spec; write rule: " + t + " to implement it, or give this"
                        + " campaign's own rule another id");
                return null;
            }
            return t;
        }

        /** P5: partner selectors where no city has partners would match nobody. */
        private static void noPartnerSelectors(Cursor list, List<UnitSelector> selectors) {
            if (selectors.stream().anyMatch(s -> s instanceof UnitSelector.Partner)) {
                list.error("no city of this campaign has partner units (P5), so "
                        + selectors.stream().filter(s -> s instanceof UnitSelector.Partner).map(UnitSelector::text)
                                .distinct().collect(java.util.stream.Collectors.joining(", "))
                        + " would match nobody; draw on unit types (e.g. [affiliated]) or units (unit:<name>)");
            }
        }

        /**
         * The ids listed under {@code key} that the campaign defines. An unknown id is an error,
         * except one inherited from the embedded default campaign for a kind or season this
         * campaign has replaced: it is dropped, so that replacing the default's group kinds or
         * seasons does not leave references to the old ones behind.
         */
        private static List<String> known(Cursor e, String key, Set<String> known, String what) {
            List<String> out = new ArrayList<>();
            for (Cursor item : e.get(key).items()) {
                String t = item.text();
                if (t == null || t.isEmpty()) {
                    continue;
                }
                if (known.contains(t)) {
                    out.add(t);
                } else if (!inheritedFromDefault(item)) {
                    item.error("unknown " + what + " '" + t + "'" + didYouMean(t, known).orElse("; known: " + known));
                }
            }
            return out;
        }

        private static boolean inheritedFromDefault(Cursor c) {
            return c.where().file().startsWith(EMBEDDED_PREFIX);
        }

        private static List<UnitSelector> selectors(Cursor c, UnitCatalogue units) {
            List<UnitSelector> out = new ArrayList<>();
            for (Cursor item : c.items()) {
                String t = item.text();
                if (t == null) {
                    continue;
                }
                Optional<UnitSelector> s = UnitSelector.parse(t);
                if (s.isEmpty()) {
                    item.error("unknown unit selector '" + t + "'" + didYouMean(t, UnitSelector.KEYWORDS)
                            .orElse("; use one of " + UnitSelector.KEYWORDS));
                } else if (s.get() instanceof UnitSelector.Named named && units.find(named.name()).isEmpty()) {
                    item.error("unit '" + named.name() + "' is not in the unit catalogue; nearest: "
                            + units.nearest(named.name(), 3));
                } else {
                    out.add(s.get());
                }
            }
            return out;
        }

        private static Rank rank(Cursor c) {
            return c.rank();
        }

        // ---- rules: hard switches and soft weights ----

        RuleSettings rules(Cursor c, UnitCatalogue units) {
            c.allowKeys(ruleKeys());
            Map<RuleId, Boolean> enabled = new EnumMap<>(RuleId.class);
            for (RuleId id : RuleId.hardRules()) {
                enabled.put(id, ruleEntry(c, id).bool("enabled", true));
            }
            QuotaRule quota = quota(c.get(RuleId.E4.id()), units);
            int minOff = (int) c.get(RuleId.E11.id()).whole("minRoundsOff", 1, 0);
            Map<RuleId, Long> weights = new EnumMap<>(RuleId.class);
            for (RuleId id : RuleId.softRules()) {
                weights.put(id, ruleEntry(c, id).whole("weight", 0, 0));
            }
            // E12's weight once softened ("in principle")
            weights.put(RuleId.E12, c.get(RuleId.E12.id()).whole("weight", 0, 0));
            Cursor unfilled = ruleEntry(c, RuleId.UNFILLED);
            Cursor f1 = c.get(RuleId.F1.id());
            Cursor f6 = c.get(RuleId.F6.id());
            Rank leaderRank = rank(c.get(RuleId.F9.id()).get("leaderRank"));
            return new RuleSettings(enabled, weights, quota, minOff, unfilled.whole("weight", 1, 0),
                    (int) f1.whole("maxPerSeason", Integer.MAX_VALUE, 1), (int) f1.whole("maxPerCampaign",
                    Integer.MAX_VALUE, 1), (int) f1.whole("maxLifetime", Integer.MAX_VALUE, 1), f1.whole("maxWeight", 0, 0),
                    (int) f6.whole("minPartyMembers", 0, 0), f6.bool("secretaryFromLead", false), leaderRank);
        }

        /** One rule's map, its keys checked; a bare value gets an example of the map it should be. */
        private static Cursor ruleEntry(Cursor rules, RuleId id) {
            Cursor r = rules.get(id.id());
            if (r.present() && r.node().isValueNode()) {
                r.error("must be a map, e.g. " + id.id() + ": {" + (id.isHard() ? "enabled: false" : "weight: 10") + "}");
            } else if (r.expectMap()) {
                r.allowKeys(keysOfRule(id));
            }
            return r;
        }

        /** E4's parameters. */
        private QuotaRule quota(Cursor e4, UnitCatalogue units) {
            String scopeText = e4.text("scope", "season");
            QuotaRule.Scope scope = switch (scopeText) {
                case "season" -> QuotaRule.Scope.SEASON;
                case "campaign" -> QuotaRule.Scope.CAMPAIGN;
                default -> {
                    e4.get("scope").error("must be season or campaign (E4), got '" + scopeText + "'");
                    yield QuotaRule.Scope.SEASON;
                }
            };
            List<String> seasons = known(e4, "seasons", seasonIds, "season");
            List<String> groups = known(e4, "groups", kindIds, "group kind");
            Set<Rank> ranks = new HashSet<>();
            for (Cursor r : e4.get("ranks").items()) {
                Rank rank = rank(r);
                if (rank != null) {
                    ranks.add(rank);
                }
            }
            String who = e4.text("who", "all");
            boolean zeroAllowed = switch (who) {
                case "all" -> false;
                case "serving" -> true;
                default -> {
                    e4.get("who").error("must be all (every selected cadre serves exactly `rounds`) or serving"
                            + " (every selected cadre who serves at all serves exactly `rounds`) (E4), got '" + who + "'");
                    yield false;
                }
            };
            List<UnitSelector> selectors = selectors(e4.get("units"), units);
            if (scope == QuotaRule.Scope.SEASON && !e4.get("seasons").present() && e4.get("scope").present()) {
                e4.get("scope").error("scope: season needs seasons: [...] naming the season kinds it counts in,"
                        + " e.g. seasons: [" + seasonIds.stream().findFirst().orElse("autumn") + "]; or write"
                        + " scope: campaign (E4)");
            }
            return new QuotaRule(scope, Set.copyOf(seasons), ranks, selectors, Set.copyOf(groups),
                    (int) e4.whole("rounds", 1, 0), zeroAllowed);
        }

        // ---- costs (O4) ----

        CostRates costs(Cursor c) {
            c.allowKeys(COST_KEYS);
            Map<String, Long> travel = new LinkedHashMap<>();
            Set<String> typeKeys = new LinkedHashSet<>();
            for (UnitType t : UnitType.values()) {
                typeKeys.add(t.key());
            }
            c.get("travelPerTrip").entries().forEach((type, v) -> {
                if (!typeKeys.contains(type)) {
                    v.error("unknown unit type '" + type + "'" + didYouMean(type, typeKeys).orElse("; use " + typeKeys));
                }
                Long amount = v.whole(0);
                if (amount != null) {
                    travel.put(type, amount);
                }
            });
            Map<String, Integer> vehicles = new LinkedHashMap<>();
            c.get("vehiclesPerGroup").entries().forEach((kind, v) -> {
                if (!kindIds.contains(kind) && inheritedFromDefault(v)) {
                    return; // a kind of the default campaign this campaign has replaced
                }
                if (!kindIds.contains(kind)) {
                    v.error("unknown group kind '" + kind + "'" + didYouMean(kind, kindIds).orElse("; use " + kindIds));
                }
                Long n = v.whole(0);
                if (n != null) {
                    vehicles.put(kind, n.intValue());
                }
            });
            Map<CostRates.CostKind, CostRates.Payer> payers = payers(c.get("payers"));
            String office = c.text("office", null);
            if (office == null && payers.containsValue(CostRates.Payer.OFFICE)) {
                (c.get("payers").present() ? c.get("payers") : c).error("the organising office pays some costs"
                        + " (payer office); name it, e.g. office: 生态环境部大气环境司 (O4)");
            }
            return new CostRates(c.text("currency", "元"), c.whole("lodgingPerNight", 0, 0), c.whole("mealPerDay", 0, 0),
                    travel, c.whole("carHirePerDay", 0, 0), vehicles, payers, office);
        }

        /** O4: who pays each kind of cost: person (their own unit), leader (the leader's unit) or office. */
        private static Map<CostRates.CostKind, CostRates.Payer> payers(Cursor c) {
            Map<CostRates.CostKind, CostRates.Payer> payers = new LinkedHashMap<>();
            c.allowKeys(PAYER_KEYS);
            c.entries().forEach((kindKey, v) -> {
                CostRates.CostKind kind = java.util.Arrays.stream(CostRates.CostKind.values())
                        .filter(k -> k.key().equals(kindKey)).findFirst().orElse(null);
                String t = v.text();
                CostRates.Payer payer = java.util.Arrays.stream(CostRates.Payer.values())
                        .filter(p -> p.key().equals(t)).findFirst().orElse(null);
                if (t != null && payer == null) {
                    v.error("unknown payer '" + t + "'; use person (the person's own unit), leader (the unit of the"
                            + " group's leader) or office (the organising office, costs.office) (O4)");
                }
                if (kind != null && payer != null) {
                    payers.put(kind, payer);
                }
            });
            return payers;
        }

        // ---- ranks as offices write them (§10 register, 职级) ----

        /** {@code ranks.aliases}: rank → the words that stand for it; an alias names one rank only. */
        RankAliases rankAliases(Cursor c) {
            if (!c.present()) {
                return RankAliases.NONE;
            }
            if (!c.expectMap()) {
                return RankAliases.NONE;
            }
            c.allowKeys(RANKS_KEYS);
            Map<String, Rank> byAlias = new LinkedHashMap<>();
            c.get("aliases").entries().forEach((rankText, list) -> {
                Optional<Rank> rank = Rank.parse(rankText);
                if (rank.isEmpty()) {
                    list.error("unknown rank '" + rankText + "'; the keys of ranks.aliases are the ranks "
                            + Rank.accepted());
                    return;
                }
                for (Cursor item : list.items()) {
                    String alias = item.text();
                    if (alias == null || alias.isEmpty()) {
                        item.error("an alias must be a word, e.g. 正处级");
                    } else if (Rank.parse(alias).isPresent() && Rank.parse(alias).get() != rank.get()) {
                        item.error("'" + alias + "' is the rank " + Rank.parse(alias).get().label()
                                + " itself; it cannot stand for " + rank.get().label());
                    } else if (byAlias.containsKey(alias) && byAlias.get(alias) != rank.get()) {
                        item.error("'" + alias + "' stands for " + byAlias.get(alias).label() + " already; an alias"
                                + " names one rank");
                    } else {
                        byAlias.put(alias, rank.get());
                    }
                }
            });
            return new RankAliases(byAlias);
        }

        private static Optional<String> didYouMean(String text, java.util.Collection<String> known) {
            return Similarity.closest(text, known).map(s -> "; did you mean '" + s + "'?");
        }

        private static List<String> concat(String first, List<String> rest) {
            List<String> all = new ArrayList<>();
            all.add(first);
            all.addAll(rest);
            return all;
        }
    }
}
