package org.rotationscheduler.io.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rotationscheduler.calendar.CalendarSpec;
import org.rotationscheduler.calendar.SeasonDef;
import org.rotationscheduler.io.InputException;
import org.rotationscheduler.io.Problems;
import org.rotationscheduler.io.SourceLocation;
import org.rotationscheduler.model.Annex;
import org.rotationscheduler.model.Campaign;
import org.rotationscheduler.model.City;
import org.rotationscheduler.model.CostRates;
import org.rotationscheduler.model.GroupCounts;
import org.rotationscheduler.model.GroupKind;
import org.rotationscheduler.model.Partners;
import org.rotationscheduler.model.Rank;
import org.rotationscheduler.model.Similarity;
import org.rotationscheduler.model.Unit;
import org.rotationscheduler.model.UnitCatalogue;
import org.rotationscheduler.model.UnitType;
import org.rotationscheduler.rules.EligibilityRule;
import org.rotationscheduler.rules.QuotaRule;
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
    static final Set<String> TOP_KEYS = Set.of("name", "extends", "include", "calendar", "units", "annexes",
            "cities", "roles", "groupKinds", "groupCounts", "eligibility", "rules", "costs");

    public Campaign loadDefault() {
        return load(DEFAULT);
    }

    /** Loads {@code default} or a campaign file path. */
    public Campaign load(String campaign) {
        YamlDocument doc = assemble(campaign == null ? DEFAULT : campaign, null, new LinkedHashSet<>());
        String source = campaign == null ? DEFAULT : campaign;
        return new Reading(doc, source).campaign();
    }

    public Campaign load(Path file) {
        return load(file.toString());
    }

    /** The merged YAML of a campaign, before it is read (for tests and the schema). */
    YamlDocument assemble(String ref, Path relativeTo, Set<String> seen) {
        boolean embedded = DEFAULT.equals(ref) || ref.startsWith("default:");
        String resource = DEFAULT.equals(ref) ? "campaign.yaml" : embedded ? ref.substring(8) : null;
        Path path = embedded ? null : (relativeTo == null ? Path.of(ref) : relativeTo.resolveSibling(ref));
        String display = embedded ? "default:" + resource : path.toString();
        if (!seen.add(display)) {
            throw InputException.of(SourceLocation.file(display), "extends",
                    "the campaign files include each other in a circle: " + String.join(" → ", seen) + " → " + display);
        }
        YamlDocument doc;
        if (embedded) {
            InputStream in = CampaignLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE_DIR + resource);
            if (in == null) {
                throw InputException.of(SourceLocation.file(display), "", "the embedded default campaign has no file "
                        + resource + " (rebuild the tool)");
            }
            doc = parse(in, display);
        } else {
            if (!Files.isRegularFile(path)) {
                throw InputException.of(SourceLocation.file(display), "", "no such campaign file; give a YAML file"
                        + " path or 'default'");
            }
            try (InputStream in = Files.newInputStream(path)) {
                doc = parse(in, display);
            } catch (IOException e) {
                throw InputException.of(SourceLocation.file(display), "", "cannot be read: " + e.getMessage());
            }
        }
        YamlDocument result = YamlDocument.empty();
        var root = doc.root();
        if (root.has("extends")) {
            String base = root.get("extends").asText();
            result = assemble(base.equals(DEFAULT) ? DEFAULT : base, path, seen);
        }
        if (root.has("include")) {
            Problems problems = new Problems();
            for (Cursor item : Cursor.root(doc, problems).get("include").items()) {
                String inc = item.text();
                if (inc == null) {
                    continue;
                }
                String incRef = embedded ? "default:" + inc : inc;
                result = result.mergedWith(assemble(incRef, path, new LinkedHashSet<>(seen)));
            }
            problems.throwIfAny();
        }
        return result.mergedWith(doc.without("extends").without("include"));
    }

    private static YamlDocument parse(InputStream in, String display) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return YamlDocument.parse(reader, display);
        } catch (IOException e) {
            throw InputException.of(SourceLocation.file(display), "", "cannot be read: " + e.getMessage());
        }
    }

    /** One reading of a merged document into a {@link Campaign}. */
    private static final class Reading {
        private final Problems problems = new Problems();
        private final Cursor root;
        private final String source;

        Reading(YamlDocument doc, String source) {
            this.root = Cursor.root(doc, problems);
            this.source = source;
        }

        Campaign campaign() {
            root.allowKeys(TOP_KEYS);
            String name = root.text("name", "campaign");
            CalendarSpec calendar = calendar(root.require("calendar"));
            Set<String> seasonIds = new HashSet<>();
            if (calendar != null) {
                calendar.seasons().forEach(s -> seasonIds.add(s.id()));
            }
            UnitCatalogue units = units(root.require("units"));
            Map<String, String> roles = roles(root.require("roles"));
            List<GroupKind> kinds = groupKinds(root.require("groupKinds"), roles);
            Set<String> kindIds = new HashSet<>();
            kinds.forEach(k -> kindIds.add(k.id()));
            RuleSettings rules = rules(root.get("rules"), seasonIds);
            List<Annex> annexes = annexes(root.get("annexes"));
            List<City> cities = cities(root.require("cities"), units, annexes, rules.isEnabled("P4"));
            int roundCount = calendar == null ? Integer.MAX_VALUE : calendar.rounds().size();
            GroupCounts counts = groupCounts(root.require("groupCounts"), kindIds, cities, roundCount);
            List<EligibilityRule> eligibility = eligibility(root.get("eligibility"), seasonIds, kindIds,
                    roles.keySet(), units);
            CostRates costs = costs(root.get("costs"), kindIds);
            problems.throwIfAny();
            return new Campaign(name, source, calendar, units, annexes, cities, roles, kinds, counts, eligibility,
                    rules, costs);
        }

        CalendarSpec calendar(Cursor c) {
            if (!c.expectMap()) {
                return null;
            }
            c.allowKeys(Set.of("window", "roundDays", "firstStart", "handoverDays", "seasonOf", "seasons"));
            Cursor window = c.require("window");
            window.allowKeys(Set.of("start", "end"));
            LocalDate start = window.require("start").date();
            LocalDate end = window.require("end").date();
            if (start != null && end != null && end.isBefore(start)) {
                window.get("end").error("the window ends (" + end + ") before it starts (" + start + ")");
            }
            Long days = c.require("roundDays").whole(Long.MIN_VALUE);
            if (days != null && days <= 0) {
                c.get("roundDays").error("a round must last at least one day (C2), got " + days);
                days = null;
            }
            LocalDate first = c.get("firstStart").present() ? c.get("firstStart").date() : start;
            if (first != null && start != null && end != null && (first.isBefore(start) || first.isAfter(end))) {
                c.get("firstStart").error("the first round must start inside the window " + start + ".." + end);
            }
            long handover = c.whole("handoverDays", 0, 0);
            if (days != null && handover >= days) {
                c.get("handoverDays").error("the handover overlap (" + handover + " days) must be shorter than a round ("
                        + days + " days)");
            }
            String of = c.text("seasonOf", "most-days");
            CalendarSpec.SeasonAssignment assignment = switch (of) {
                case "most-days" -> CalendarSpec.SeasonAssignment.MOST_DAYS;
                case "start-date" -> CalendarSpec.SeasonAssignment.START_DATE;
                default -> {
                    c.get("seasonOf").error("must be most-days or start-date (C3), got '" + of + "'");
                    yield CalendarSpec.SeasonAssignment.MOST_DAYS;
                }
            };
            List<SeasonDef> seasons = new ArrayList<>();
            Map<Integer, String> monthOwner = new HashMap<>();
            for (Cursor s : c.require("seasons").items()) {
                s.allowKeys(Set.of("id", "label", "fromMonth", "toMonth"));
                String id = s.require("id").text();
                Long from = s.require("fromMonth").whole(1);
                Long to = s.require("toMonth").whole(1);
                if (from != null && from > 12) {
                    s.get("fromMonth").error("a month is 1 to 12, got " + from);
                    from = null;
                }
                if (to != null && to > 12) {
                    s.get("toMonth").error("a month is 1 to 12, got " + to);
                    to = null;
                }
                if (id == null || from == null || to == null) {
                    continue;
                }
                SeasonDef def = new SeasonDef(id, s.text("label", id), from.intValue(), to.intValue());
                for (int m = 1; m <= 12; m++) {
                    if (def.containsMonth(m)) {
                        String other = monthOwner.put(m, id);
                        if (other != null) {
                            s.error("season '" + id + "' overlaps season '" + other + "' in month " + m
                                    + "; every month belongs to exactly one season (C3)");
                            break;
                        }
                    }
                }
                seasons.add(def);
            }
            if (!seasons.isEmpty() && monthOwner.size() < 12 && problems.isEmpty()) {
                List<Integer> missing = new ArrayList<>();
                for (int m = 1; m <= 12; m++) {
                    if (!monthOwner.containsKey(m)) {
                        missing.add(m);
                    }
                }
                c.get("seasons").error("no season covers month(s) " + missing + "; every month needs a season (C3)");
            }
            if (start == null || end == null || days == null || first == null || seasons.isEmpty()
                    || monthOwner.size() < 12) {
                return null;
            }
            return new CalendarSpec(start, end, days.intValue(), first, (int) handover, assignment, seasons);
        }

        UnitCatalogue units(Cursor c) {
            List<Unit> units = new ArrayList<>();
            Map<String, Cursor> seen = new HashMap<>();
            for (Cursor u : c.items()) {
                u.allowKeys(Set.of("name", "aliases", "type", "province"));
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
                    u.error("a " + type.get().key() + " unit needs a province (P3)");
                }
                List<String> aliases = u.strings("aliases");
                if (name == null || type.isEmpty()) {
                    continue;
                }
                for (String n : concat(name, aliases)) {
                    Cursor before = seen.putIfAbsent(n, u);
                    if (before != null) {
                        u.error("the unit name '" + n + "' is already used at " + before.where()
                                + "; each name or alias may name only one unit");
                    }
                }
                units.add(new Unit(name, aliases, type.get(), province));
            }
            return new UnitCatalogue(units);
        }

        Map<String, String> roles(Cursor c) {
            Map<String, String> roles = new LinkedHashMap<>();
            c.entries().forEach((id, label) -> {
                String t = label.text();
                if (t == null || t.isEmpty()) {
                    label.error("a seat role needs its roster label, e.g. leader: 组长");
                } else {
                    roles.put(id, t);
                }
            });
            return roles;
        }

        List<GroupKind> groupKinds(Cursor c, Map<String, String> roles) {
            List<GroupKind> kinds = new ArrayList<>();
            for (Cursor k : c.items()) {
                k.allowKeys(Set.of("id", "label", "name", "seats"));
                String id = k.require("id").text();
                String label = k.text("label", id);
                String name = k.text("name", label);
                List<String> seats = k.strings("seats");
                if (seats.isEmpty()) {
                    k.error("the seat template of group kind '" + id + "' has no seats; list them, e.g. seats: [leader, member, member] (G2-G4)");
                }
                for (String s : seats) {
                    if (!roles.containsKey(s)) {
                        k.get("seats").error("unknown seat role '" + s + "'"
                                + Similarity.closest(s, roles.keySet()).map(x -> "; did you mean '" + x + "'?")
                                .orElse("; add it under roles:"));
                    }
                }
                if (id != null && !seats.isEmpty()) {
                    kinds.add(new GroupKind(id, label, name, seats));
                }
            }
            return kinds;
        }

        List<Annex> annexes(Cursor c) {
            List<Annex> annexes = new ArrayList<>();
            for (Cursor a : c.items()) {
                a.allowKeys(Set.of("number", "label", "region", "title", "headers"));
                Long number = a.require("number").whole(1);
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
            List<City> cities = new ArrayList<>();
            Map<Integer, Integer> orderInAnnex = new HashMap<>();
            Set<String> names = new HashSet<>();
            for (Cursor city : c.items()) {
                city.allowKeys(Set.of("name", "province", "region", "annex", "attached", "lead", "affiliated",
                        "partnerProvince"));
                String name = city.require("name").text();
                String province = city.require("province").text();
                String region = city.text("region", "");
                int annex = (int) city.whole("annex", 0, 0);
                if (annex > 0 && annexes.stream().noneMatch(a -> a.number() == annex)) {
                    city.get("annex").error("no annex number " + annex + " under annexes:");
                }
                if (name != null && !names.add(name)) {
                    city.get("name").error("the city '" + name + "' is listed twice");
                }
                Unit lead = unit(city.require("lead"), units);
                List<Unit> affiliated = new ArrayList<>();
                List<String> affLabels = city.strings("affiliated");
                if (affLabels.isEmpty()) {
                    city.error("city '" + name + "' has no affiliated partner unit; P2 needs a triad:"
                            + " lead, affiliated: [...], partnerProvince");
                }
                for (Cursor a : city.get("affiliated").items()) {
                    Unit u = unit(a, units);
                    if (u != null) {
                        affiliated.add(u);
                    }
                }
                String partnerProvince = city.require("partnerProvince").text();
                Unit provincial = null;
                if (partnerProvince != null) {
                    provincial = units.find(partnerProvince).filter(u -> u.type() == UnitType.PROVINCIAL)
                            .or(() -> units.provincialDepartment(partnerProvince)).orElse(null);
                    if (provincial == null) {
                        city.get("partnerProvince").error("no provincial department for '" + partnerProvince
                                + "' in the unit catalogue; nearest: " + units.nearest(partnerProvince, 3));
                    } else if (p4 && provincial.province() != null && provincial.province().equals(province)) {
                        city.get("partnerProvince").error("P4: city '" + name + "' is in " + province
                                + " and may not be paired with its own province; pick another province or"
                                + " switch the rule off with rules.P4.enabled: false");
                    }
                }
                if (name == null || province == null || lead == null || provincial == null || affiliated.isEmpty()
                        || affiliated.size() != affLabels.size()) {
                    continue;
                }
                int order = orderInAnnex.merge(annex, 1, Integer::sum);
                Partners partners = new Partners(lead, city.text("lead", ""), affiliated, affLabels, provincial,
                        provincial.province() == null ? partnerProvince : provincial.province());
                cities.add(new City(name, province, region, annex, order, city.strings("attached"), partners));
            }
            if (cities.isEmpty() && problems.isEmpty()) {
                c.error("the campaign has no cities; list them under cities:");
            }
            return cities;
        }

        private Unit unit(Cursor c, UnitCatalogue units) {
            String t = c.text();
            if (t == null) {
                return null;
            }
            Optional<Unit> u = units.find(t);
            if (u.isEmpty()) {
                c.error("unit '" + t + "' is not in the unit catalogue (units:); nearest: " + units.nearest(t, 3));
            }
            return u.orElse(null);
        }

        GroupCounts groupCounts(Cursor c, Set<String> kinds, List<City> cities, int roundCount) {
            c.allowKeys(Set.of("default", "cities", "changes"));
            Map<String, Integer> defaults = counts(c.get("default"), kinds);
            Map<String, Map<String, Integer>> perCity = new LinkedHashMap<>();
            Set<String> cityNames = new HashSet<>();
            cities.forEach(x -> cityNames.add(x.name()));
            c.get("cities").entries().forEach((city, counts) -> {
                if (!cityNames.contains(city)) {
                    counts.error("unknown city '" + city + "'"
                            + Similarity.closest(city, cityNames).map(s -> "; did you mean '" + s + "'?").orElse(""));
                }
                perCity.put(city, counts(counts, kinds));
            });
            List<GroupCounts.Change> changes = new ArrayList<>();
            for (Cursor ch : c.get("changes").items()) {
                ch.allowKeys(Set.of("fromRound", "city", "counts"));
                Long from = ch.require("fromRound").whole(1);
                if (from != null && from > roundCount) {
                    ch.get("fromRound").error("the campaign has only " + roundCount + " rounds");
                }
                String city = ch.require("city").text();
                if (city != null && !cityNames.contains(city)) {
                    ch.get("city").error("unknown city '" + city + "'");
                }
                Map<String, Integer> counts = counts(ch.require("counts"), kinds);
                if (from != null && city != null) {
                    changes.add(new GroupCounts.Change(from.intValue(), city, counts));
                }
            }
            return new GroupCounts(defaults, perCity, changes);
        }

        private Map<String, Integer> counts(Cursor c, Set<String> kinds) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            c.entries().forEach((kind, n) -> {
                if (!kinds.contains(kind)) {
                    n.error("unknown group kind '" + kind + "'"
                            + Similarity.closest(kind, kinds).map(s -> "; did you mean '" + s + "'?").orElse(""));
                }
                Long v = n.whole(0);
                if (v != null) {
                    counts.put(kind, v.intValue());
                }
            });
            return counts;
        }

        List<EligibilityRule> eligibility(Cursor c, Set<String> seasons, Set<String> kinds, Set<String> roles,
                UnitCatalogue units) {
            List<EligibilityRule> out = new ArrayList<>();
            for (Cursor e : c.items()) {
                e.allowKeys(Set.of("rule", "seasons", "groups", "seats", "units", "minRank", "posts"));
                String rule = e.require("rule").text();
                checkAll(e, "seasons", seasons, "season");
                checkAll(e, "groups", kinds, "group kind");
                checkAll(e, "seats", roles, "seat role");
                List<UnitSelector> selectors = selectors(e.get("units"), units);
                Rank rank = rank(e.get("minRank"));
                if (rule != null) {
                    out.add(new EligibilityRule(rule, Set.copyOf(e.strings("seasons")), Set.copyOf(e.strings("groups")),
                            Set.copyOf(e.strings("seats")), selectors, rank, e.strings("posts")));
                }
            }
            return out;
        }

        private void checkAll(Cursor e, String key, Set<String> known, String what) {
            for (Cursor item : e.get(key).items()) {
                String t = item.text();
                if (t != null && !known.contains(t)) {
                    item.error("unknown " + what + " '" + t + "'"
                            + Similarity.closest(t, known).map(s -> "; did you mean '" + s + "'?")
                            .orElse("; known: " + known));
                }
            }
        }

        private List<UnitSelector> selectors(Cursor c, UnitCatalogue units) {
            List<UnitSelector> out = new ArrayList<>();
            for (Cursor item : c.items()) {
                String t = item.text();
                if (t == null) {
                    continue;
                }
                Optional<UnitSelector> s = UnitSelector.parse(t);
                if (s.isEmpty()) {
                    item.error("unknown unit selector '" + t + "'"
                            + Similarity.closest(t, UnitSelector.KEYWORDS).map(x -> "; did you mean '" + x + "'?")
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

        private Rank rank(Cursor c) {
            String t = c.text();
            if (t == null) {
                return null;
            }
            Optional<Rank> r = Rank.parse(t);
            if (r.isEmpty()) {
                c.error("unknown rank '" + t + "'; use " + Rank.accepted());
            }
            return r.orElse(null);
        }

        RuleSettings rules(Cursor c, Set<String> seasons) {
            Set<String> known = new LinkedHashSet<>(RuleSettings.HARD_RULES);
            known.addAll(RuleSettings.SOFT_RULES);
            known.add("unfilled");
            c.allowKeys(known);
            Map<String, Boolean> enabled = new HashMap<>();
            for (String id : RuleSettings.HARD_RULES) {
                Cursor r = c.get(id);
                Set<String> allowed = new HashSet<>(Set.of("enabled"));
                if (id.equals("E4")) {
                    allowed.addAll(Set.of("scope", "seasons", "ranks", "units", "rounds"));
                }
                if (id.equals("E11")) {
                    allowed.add("minRoundsOff");
                }
                if (r.present() && r.expectMap()) {
                    r.allowKeys(allowed);
                }
                enabled.put(id, r.bool("enabled", true));
            }
            Cursor e4 = c.get("E4");
            String scopeText = e4.text("scope", "season");
            QuotaRule.Scope scope = switch (scopeText) {
                case "season" -> QuotaRule.Scope.SEASON;
                case "campaign" -> QuotaRule.Scope.CAMPAIGN;
                default -> {
                    e4.get("scope").error("must be season or campaign, got '" + scopeText + "'");
                    yield QuotaRule.Scope.SEASON;
                }
            };
            checkAll(e4, "seasons", seasons, "season");
            Set<Rank> ranks = new HashSet<>();
            for (Cursor r : e4.get("ranks").items()) {
                Rank rank = rank(r);
                if (rank != null) {
                    ranks.add(rank);
                }
            }
            List<UnitSelector> quotaUnits = new ArrayList<>();
            for (Cursor u : e4.get("units").items()) {
                String t = u.text();
                Optional<UnitSelector> s = t == null ? Optional.empty() : UnitSelector.parse(t);
                if (t != null && s.isEmpty()) {
                    u.error("unknown unit selector '" + t + "'; use one of " + UnitSelector.KEYWORDS);
                }
                s.ifPresent(quotaUnits::add);
            }
            QuotaRule quota = new QuotaRule(scope, Set.copyOf(e4.strings("seasons")), ranks, quotaUnits,
                    (int) e4.whole("rounds", 1, 0));
            int minOff = (int) c.get("E11").whole("minRoundsOff", 1, 0);

            Map<String, Long> weights = new HashMap<>();
            Map<String, Set<String>> params = Map.of(
                    "F1", Set.of("maxPerSeason", "maxPerCampaign", "maxWeight"),
                    "F6", Set.of("minPartyMembers", "secretaryFromLead"));
            for (String id : RuleSettings.SOFT_RULES) {
                Cursor r = c.get(id);
                Set<String> allowed = new HashSet<>(Set.of("weight"));
                allowed.addAll(params.getOrDefault(id, Set.of()));
                if (r.present() && r.expectMap()) {
                    r.allowKeys(allowed);
                }
                weights.put(id, r.whole("weight", 0, 0));
            }
            Cursor unfilled = c.get("unfilled");
            unfilled.allowKeys(Set.of("weight"));
            Cursor f1 = c.get("F1");
            Cursor f6 = c.get("F6");
            return new RuleSettings(enabled, weights, quota, minOff, unfilled.whole("weight", 1, 0),
                    (int) f1.whole("maxPerSeason", Integer.MAX_VALUE, 1), (int) f1.whole("maxPerCampaign",
                    Integer.MAX_VALUE, 1), f1.whole("maxWeight", 0, 0), (int) f6.whole("minPartyMembers", 0, 0),
                    f6.bool("secretaryFromLead", false));
        }

        CostRates costs(Cursor c, Set<String> kinds) {
            c.allowKeys(Set.of("currency", "lodgingPerNight", "mealPerDay", "travelPerTrip", "carHirePerDay",
                    "vehiclesPerGroup"));
            Map<String, Long> travel = new LinkedHashMap<>();
            Set<String> typeKeys = new LinkedHashSet<>();
            for (UnitType t : UnitType.values()) {
                typeKeys.add(t.key());
            }
            c.get("travelPerTrip").entries().forEach((type, v) -> {
                if (!typeKeys.contains(type)) {
                    v.error("unknown unit type '" + type + "'; use " + typeKeys);
                }
                Long amount = v.whole(0);
                if (amount != null) {
                    travel.put(type, amount);
                }
            });
            Map<String, Integer> vehicles = new LinkedHashMap<>();
            c.get("vehiclesPerGroup").entries().forEach((kind, v) -> {
                if (!kinds.contains(kind)) {
                    v.error("unknown group kind '" + kind + "'");
                }
                Long n = v.whole(0);
                if (n != null) {
                    vehicles.put(kind, n.intValue());
                }
            });
            return new CostRates(c.text("currency", "元"), c.whole("lodgingPerNight", 0, 0), c.whole("mealPerDay", 0, 0),
                    travel, c.whole("carHirePerDay", 0, 0), vehicles);
        }

        private static List<String> concat(String first, List<String> rest) {
            List<String> all = new ArrayList<>();
            all.add(first);
            all.addAll(rest);
            return all;
        }
    }
}
