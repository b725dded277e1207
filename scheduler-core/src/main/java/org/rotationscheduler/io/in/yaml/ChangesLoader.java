package org.rotationscheduler.io.in.yaml;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.changes.ChangeSet.DateKind;
import org.rotationscheduler.changes.ChangeSet;
import org.rotationscheduler.domain.calendar.DateRange;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.GroupCounts;
import org.rotationscheduler.domain.model.GroupKind;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.Similarity;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.InputProblem;
import org.rotationscheduler.domain.problems.Problems;
import org.rotationscheduler.domain.problems.SourceLocation;
import org.rotationscheduler.io.in.Utf8Text;

/**
 * Reads a change file for {@code replan} (see the README, section Replanning) and checks it against the
 * published plan's campaign and register, the way {@link CampaignLoader} checks a campaign: every
 * problem with file, line, column, key path and what to fix, all of them together, sorted by line.
 *
 * <p>S1: a {@code notEligible} value is never repeated in a message, and the keys {@code pregnant},
 * {@code nursing} and {@code health} are refused: a change file gives dates, never a reason.
 */
public final class ChangesLoader {
    static final Set<String> TOP_KEYS = Set.of("changes");
    /** The key that says what kind of change an entry is; exactly one per entry. */
    static final List<String> LEADS = List.of("cadre", "add", "unit", "city", "fix");
    static final Set<String> CADRE_KEYS = Set.of("cadre", "unavailable", "notEligible", "withdraw");
    static final Set<String> ADD_KEYS = Set.of("add");
    static final Set<String> NOMINATIONS_KEYS = Set.of("unit", "nominations");
    static final Set<String> COUNTS_KEYS = Set.of("city", "fromRound", "counts");
    static final Set<String> FIX_ENTRY_KEYS = Set.of("fix");
    static final Set<String> RECORD_KEYS = Set.of("id", "name", "unit", "unit_type", "province", "rank", "post",
            "party_member", "rounds_served", "unavailable", "notEligible");
    static final Set<String> FIX_KEYS = Set.of("round", "city", "group", "seat", "index", "cadre");
    /** Register columns a change file must not use (S1): their dates go under notEligible. */
    static final Set<String> PRIVATE_KEYS = Set.of("pregnant", "nursing", "health");
    private static final String RANGE_FORM = "write YYYY-MM-DD..YYYY-MM-DD (several: a list, or ';' between them)";

    private final Campaign campaign;
    private final Register register;
    private final List<Round> planRounds;
    private final LocalDate from;

    /**
     * @param campaign the published plan's campaign
     * @param register the published plan's register, as read from its file
     * @param planRounds the plan's rounds
     * @param from rounds that start before this day are pinned and may not change
     */
    public ChangesLoader(Campaign campaign, Register register, List<Round> planRounds, LocalDate from) {
        this.campaign = campaign;
        this.register = register;
        this.planRounds = List.copyOf(planRounds);
        this.from = from;
    }

    public ChangeSet load(Path file) {
        String display = file.toString();
        if (!Files.isRegularFile(file)) {
            throw InputException.of(SourceLocation.file(display), "--changes",
                    "no such change file; give the YAML file that lists the changes (see 'scheduler replan --help')");
        }
        byte[] bytes = Utf8Text.readBytes(file, display);
        Utf8Text.Decoded text = Utf8Text.decode(bytes);
        if (!text.ok()) {
            throw InputException.of(new SourceLocation(display, text.badLine(), text.badColumn()), "",
                    "is not UTF-8 text; save the file as UTF-8");
        }
        return read(text.text(), display);
    }

    /** Reads the text of a change file; {@code display} names it in messages. */
    public ChangeSet read(String text, String display) {
        YamlDocument doc = YamlDocument.parse(new StringReader(text), display);
        return new Reading(doc, display).changes();
    }

    /** One reading of a change file. */
    private final class Reading {
        private final Problems problems = new Problems();
        private final Cursor root;
        private final String source;
        private final Map<String, Cadre> known = new LinkedHashMap<>();
        private final Map<String, Unit> registerUnits = new LinkedHashMap<>();
        // where each withdrawn or added id was named, so a second mention points at the first
        private final Map<String, Cursor> withdrawnAt = new HashMap<>();
        private final Map<String, Cursor> addedAt = new LinkedHashMap<>();
        private final Map<String, Unit> adHocUnits = new HashMap<>();
        private final List<ChangeSet.Dates> dates = new ArrayList<>();
        private final List<ChangeSet.Withdrawal> withdrawals = new ArrayList<>();
        private final List<ChangeSet.Addition> additions = new ArrayList<>();
        private final List<ChangeSet.Addition> updates = new ArrayList<>();
        private final List<ChangeSet.GroupCountChange> counts = new ArrayList<>();
        private final List<ChangeSet.Fix> fixes = new ArrayList<>();

        Reading(YamlDocument doc, String source) {
            this.root = Cursor.root(doc, problems);
            this.source = source;
            register.cadres().forEach(c -> {
                known.put(c.id(), c);
                registerUnits.putIfAbsent(c.unit().name(), c.unit());
            });
        }

        ChangeSet changes() {
            root.allowKeys(TOP_KEYS);
            Cursor list = root.require("changes");
            List<Cursor> entries = list.items();
            if (list.node().isArray() && entries.isEmpty()) {
                list.error("lists no changes; add one, e.g. '- cadre: C00012' with 'unavailable: 2019-11-01..2019-11-30'");
            }
            Map<Cursor, String> kinds = new LinkedHashMap<>();
            for (Cursor entry : entries) {
                String kind = kind(entry);
                if (kind != null) {
                    kinds.put(entry, kind);
                }
            }
            // the register first (additions, nominations), so that later entries may name new ids
            kinds.forEach((e, k) -> {
                if (k.equals("add")) {
                    addition(e.get("add"));
                } else if (k.equals("unit")) {
                    nominations(e);
                }
            });
            kinds.forEach((e, k) -> {
                if (k.equals("cadre")) {
                    cadreChange(e);
                } else if (k.equals("city")) {
                    countChange(e);
                }
            });
            Campaign changed = changedCampaign();
            kinds.forEach((e, k) -> {
                if (k.equals("fix")) {
                    fix(e.get("fix"), changed);
                }
            });
            throwIfAny();
            return new ChangeSet(source, dates, withdrawals, additions, updates, counts, fixes);
        }

        private void throwIfAny() {
            if (problems.isEmpty()) {
                return;
            }
            List<InputProblem> sorted = new ArrayList<>(problems.list());
            sorted.sort(Comparator.comparingInt((InputProblem p) -> p.where().line())
                    .thenComparingInt(p -> p.where().column()));
            throw new InputException(sorted);
        }

        // ---- what an entry is ----

        /** The entry's lead key, or null (reported) when it has none or several. */
        private String kind(Cursor entry) {
            if (!entry.present()) {
                entry.error("is empty; a change starts with one of " + leads());
                return null;
            }
            if (!entry.expectMap()) {
                return null;
            }
            List<String> leads = LEADS.stream().filter(k -> entry.node().has(k)).toList();
            if (leads.size() > 1) {
                entry.error("holds several changes (" + String.join(", ", leads) + "); give each its own '- ' entry");
                return null;
            }
            if (leads.isEmpty()) {
                Set<String> all = new LinkedHashSet<>();
                all.addAll(CADRE_KEYS);
                all.addAll(NOMINATIONS_KEYS);
                all.addAll(COUNTS_KEYS);
                all.addAll(LEADS);
                int before = problems.list().size();
                entry.allowKeys(all);
                if (problems.list().size() == before) {
                    entry.error("does not say what changes; a change starts with one of " + leads()
                            + ", e.g. '- cadre: C00012'");
                }
                return null;
            }
            String kind = leads.get(0);
            if ("cadre".equals(kind)) {
                // S1: a private key under a cadre entry gets the privacy message, not "unknown key"
                for (String key : PRIVATE_KEYS) {
                    if (entry.node().has(key)) {
                        entry.get(key).error("a change file names no private state (S1); give the dates under"
                                + " notEligible: (E7), without a reason");
                    }
                }
                entry.allowKeys(union(CADRE_KEYS, PRIVATE_KEYS));
                return kind;
            }
            entry.allowKeys(switch (kind) {
                case "cadre" -> CADRE_KEYS;
                case "add" -> ADD_KEYS;
                case "unit" -> NOMINATIONS_KEYS;
                case "city" -> COUNTS_KEYS;
                default -> FIX_ENTRY_KEYS;
            });
            return kind;
        }

        private static String leads() {
            return String.join(":, ", LEADS) + ":";
        }

        // ---- cadre: dates and withdrawal (E7, E8) ----

        private void cadreChange(Cursor e) {
            Cursor id = e.get("cadre");
            Cadre cadre = reference(id);
            Cursor withdraw = e.get("withdraw");
            boolean dated = e.get("unavailable").present() || e.get("notEligible").present();
            if (withdraw.present()) {
                Boolean w = withdraw.bool();
                if (Boolean.FALSE.equals(w)) {
                    withdraw.error("withdraw: false changes nothing; remove it, or write withdraw: true");
                } else if (Boolean.TRUE.equals(w) && dated) {
                    withdraw.error("a withdrawn cadre serves no more rounds, so dates are moot; keep either"
                            + " withdraw: true or the dates");
                } else if (Boolean.TRUE.equals(w) && cadre != null) {
                    withdraw(id, cadre.id(), "withdrawn from the register");
                }
                return;
            }
            // a misspelt key is reported as such; saying the entry says nothing would be a second, misleading problem
            if (!dated && !hasOtherKeys(e, CADRE_KEYS)) {
                e.error("says nothing about " + (cadre == null ? "the cadre" : cadre.id()) + "; add unavailable: (E8),"
                        + " notEligible: (E7) or withdraw: true");
                return;
            }
            List<DateRange> unavailable = ranges(e.get("unavailable"), false);
            List<DateRange> notEligible = ranges(e.get("notEligible"), true);
            if (cadre == null) {
                return;
            }
            if (!unavailable.isEmpty()) {
                dates.add(new ChangeSet.Dates(e.where(), cadre.id(), DateKind.UNAVAILABLE, unavailable));
            }
            if (!notEligible.isEmpty()) {
                dates.add(new ChangeSet.Dates(e.where(), cadre.id(), DateKind.NOT_ELIGIBLE, notEligible));
            }
        }

        /** A cadre the entry refers to: in the register or added by this file, and not withdrawn. */
        private Cadre reference(Cursor c) {
            String id = c.text();
            if (id == null || id.isEmpty()) {
                c.error("needs a cadre id from the register, e.g. cadre: C00012");
                return null;
            }
            Cadre cadre = known.get(id);
            if (cadre == null && addedAt.containsKey(id)) {
                return null; // added by this file, but its record had problems (reported there)
            }
            if (cadre == null) {
                c.error("no cadre '" + id + "' in the register " + register.source() + "; nearest ids: "
                        + nearest(id, known.keySet()));
                return null;
            }
            Cursor withdrawn = withdrawnAt.get(id);
            if (withdrawn != null) {
                c.error("cadre " + id + " is withdrawn by the change at " + withdrawn.where()
                        + "; a withdrawn cadre takes no seat and needs no dates");
                return null;
            }
            return cadre;
        }

        private void withdraw(Cursor at, String id, String reason) {
            Optional<ChangeSet.Addition> restated = updates.stream().filter(u -> u.cadre().id().equals(id)).findFirst();
            if (restated.isPresent()) {
                at.error("cadre " + id + " is listed in its unit's nominations at " + restated.get().where()
                        + "; either withdraw it or nominate it, not both");
                return;
            }
            Cursor before = withdrawnAt.putIfAbsent(id, at);
            if (before != null) {
                at.error("cadre " + id + " is withdrawn already by the change at " + before.where() + "; keep one");
                return;
            }
            withdrawals.add(new ChangeSet.Withdrawal(at.where(), id, reason));
        }

        /**
         * Date ranges: one "A..B" (or a single day), a list of them, or several joined by ';'.
         * S1: for notEligible dates the value is never repeated in a message.
         */
        private List<DateRange> ranges(Cursor c, boolean privateDates) {
            List<DateRange> out = new ArrayList<>();
            if (!c.present()) {
                return out;
            }
            List<Cursor> items = c.node().isArray() ? c.items() : List.of(c);
            if (items.isEmpty()) {
                c.error("lists no dates; " + RANGE_FORM);
            }
            for (Cursor item : items) {
                String text = privateDates && item.node().isContainerNode() ? null : item.text();
                if (text == null) {
                    if (privateDates) {
                        item.error("is not a date range; " + RANGE_FORM);
                    }
                    continue;
                }
                for (String part : text.split("[;；]")) {
                    if (!part.isBlank()) {
                        DateRange r = range(item, part.trim(), privateDates);
                        if (r != null) {
                            out.add(r);
                        }
                    }
                }
            }
            return out;
        }

        private DateRange range(Cursor at, String text, boolean privateDates) {
            String[] ends = text.split("\\.\\.", -1);
            String shown = privateDates ? "a date range" : "'" + text + "'";
            try {
                LocalDate start = LocalDate.parse(ends[0].trim());
                LocalDate end = ends.length > 1 ? LocalDate.parse(ends[1].trim()) : start;
                if (ends.length > 2) {
                    at.error(shown + " has more than two dates; " + RANGE_FORM);
                    return null;
                }
                if (end.isBefore(start)) {
                    at.error(shown + " ends before it starts; " + RANGE_FORM);
                    return null;
                }
                return new DateRange(start, end);
            } catch (DateTimeParseException e) {
                at.error(shown + " cannot be read as dates; " + RANGE_FORM);
                return null;
            }
        }

        // ---- add: and unit: nominations ----

        private void addition(Cursor m) {
            if (!m.present()) {
                m.error("needs the new cadre's record, e.g. add: {id: N001, name: 张三, unit: 人事司, rank: 处级}");
                return;
            }
            if (!m.expectMap()) {
                return;
            }
            Cadre cadre = record(m, null, null);
            if (cadre != null) {
                additions.add(new ChangeSet.Addition(m.where(), cadre));
            }
        }

        private void nominations(Cursor e) {
            Cursor unitAt = e.get("unit");
            Unit unit = nominatingUnit(unitAt);
            Cursor list = e.require("nominations");
            List<Cursor> items = list.items();
            Set<String> listed = new LinkedHashSet<>();
            for (Cursor item : items) {
                if (!item.expectMap()) {
                    if (!item.present()) {
                        item.error("is empty; give at least the id, e.g. {id: C00012}");
                    }
                    continue;
                }
                String id = item.get("id").text();
                if (id != null && !listed.add(id)) {
                    item.get("id").error("cadre " + id + " is listed twice in these nominations; keep one");
                    continue;
                }
                if (unit == null) {
                    continue;
                }
                Cadre existing = id == null ? null : known.get(id);
                if (existing != null && !existing.unit().equals(unit)) {
                    item.get("id").error("cadre " + id + " is nominated by " + existing.unit().name() + ", not by "
                            + unit.name() + "; a unit's nominations list only its own cadres");
                    continue;
                }
                Cadre cadre = record(item, unit, existing);
                if (cadre != null) {
                    (existing == null ? additions : updates).add(new ChangeSet.Addition(item.where(), cadre));
                }
            }
            if (unit != null && list.node().isArray()) {
                withdrawUnlisted(unitAt, unit, listed);
            }
        }

        private Unit nominatingUnit(Cursor c) {
            String name = c.text();
            if (name == null || name.isEmpty()) {
                c.error("needs the nominating unit's full name, e.g. unit: 人事司");
                return null;
            }
            Optional<Unit> unit = campaign.units().find(name).or(() -> Optional.ofNullable(registerUnits.get(name)));
            if (unit.isEmpty()) {
                c.error("unknown unit '" + name + "'; nearest: " + campaign.units().nearest(name, 3)
                        + ". A unit new to the register sends cadres with add: entries (with unit_type and province)");
            }
            return unit.orElse(null);
        }

        /** The unit's register cadres that its new nominations leave out are withdrawn. */
        private void withdrawUnlisted(Cursor at, Unit unit, Set<String> listed) {
            for (Cadre c : register.cadres()) {
                if (c.unit().equals(unit) && !listed.contains(c.id())) {
                    withdraw(at, c.id(), "withdrawn: not among " + unit.name() + "'s new nominations");
                }
            }
        }

        /**
         * A cadre record from a map with the register's columns (and notEligible for E7 dates). With
         * {@code existing}, fields left out keep the register's values and dates are added to it.
         */
        private Cadre record(Cursor m, Unit impliedUnit, Cadre existing) {
            m.allowKeys(union(RECORD_KEYS, PRIVATE_KEYS));
            for (String key : PRIVATE_KEYS) {
                if (m.get(key).present() || m.node().has(key)) {
                    m.get(key).error("a change file names no private state (S1); give the dates under"
                            + " notEligible: (E7), without a reason");
                }
            }
            String id = newOrExistingId(m.require("id"), existing);
            String name = existing != null ? m.text("name", existing.name()) : m.require("name").text();
            Unit unit = recordUnit(m, impliedUnit, existing);
            Rank rank = existing != null && !m.get("rank").present() ? existing.rank() : rank(m.require("rank"));
            String post = m.text("post", existing == null ? "" : existing.post());
            boolean party = party(m.get("party_member"), existing != null && existing.partyMember());
            int served = (int) m.whole("rounds_served", existing == null ? 0 : existing.roundsServed(), 0);
            List<DateRange> unavailable = new ArrayList<>(existing == null ? List.of() : existing.unavailable());
            unavailable.addAll(ranges(m.get("unavailable"), false));
            List<DateRange> restricted = new ArrayList<>(existing == null ? List.of() : existing.restricted());
            restricted.addAll(ranges(m.get("notEligible"), true));
            if (id == null || name == null || name.isEmpty() || unit == null || rank == null) {
                if (name != null && name.isEmpty()) {
                    m.get("name").error("the name is empty; write the cadre's name (姓名)");
                }
                return null;
            }
            return new Cadre(id, name, unit, rank, post, party, served, unavailable, restricted,
                    existing == null ? 0 : existing.row());
        }

        private String newOrExistingId(Cursor c, Cadre existing) {
            String id = c.text();
            if (id == null || id.isEmpty()) {
                if (c.present()) {
                    c.error("the id is empty; every cadre needs one");
                }
                return null;
            }
            if (existing != null) {
                return id;
            }
            if (known.containsKey(id)) {
                c.error("cadre " + id + " is in the register already (" + known.get(id).unit().name()
                        + "); choose a new id, or list it under its unit's nominations to restate its record");
                return null;
            }
            Cursor before = addedAt.putIfAbsent(id, c);
            if (before != null) {
                c.error("cadre " + id + " is added already at " + before.where() + "; ids must be unique");
                return null;
            }
            return id;
        }

        private Unit recordUnit(Cursor m, Unit implied, Cadre existing) {
            Cursor u = m.get("unit");
            String name = u.text();
            if (implied != null) {
                if (name != null && !name.isEmpty() && campaign.units().find(name).map(x -> !x.equals(implied))
                        .orElse(!name.equals(implied.name()))) {
                    u.error("these nominations are " + implied.name() + "'s; leave unit: out or write " + implied.name());
                }
                return implied;
            }
            if (name == null || name.isEmpty()) {
                if (!u.present()) {
                    m.require("unit");
                } else {
                    u.error("the unit is empty; use a full name from the unit catalogue, e.g. 大气环境司");
                }
                return null;
            }
            Optional<Unit> found = campaign.units().find(name).or(() -> Optional.ofNullable(registerUnits.get(name)))
                    .or(() -> Optional.ofNullable(adHocUnits.get(name)));
            return found.orElseGet(() -> adHocUnit(m, u, name));
        }

        /** A unit missing from the catalogue (e.g. a county bureau): needs unit_type and province (P3). */
        private Unit adHocUnit(Cursor m, Cursor u, String name) {
            String typeText = m.text("unit_type", null);
            String province = m.text("province", null);
            if (typeText == null || province == null) {
                u.error("unknown unit '" + name + "'; nearest in the catalogue: " + campaign.units().nearest(name, 3)
                        + ". A unit missing from the catalogue (e.g. a county bureau) needs unit_type and province");
                return null;
            }
            Optional<UnitType> type = UnitType.parse(typeText);
            if (type.isEmpty()) {
                m.get("unit_type").error("unknown unit type '" + typeText + "'; use ministry, dispatched, affiliated,"
                        + " provincial or local");
                return null;
            }
            if (campaign.units().provincialDepartment(province).isEmpty()) {
                m.get("province").error("unknown province '" + province + "'; use the short name, e.g. 河北");
                return null;
            }
            Unit unit = new Unit(name, List.of(), type.get(), province);
            adHocUnits.put(name, unit);
            return unit;
        }

        private static Rank rank(Cursor c) {
            return c.rank();
        }

        /** 是/否, yes/no, true/false, as the register's party_member column (YAML may read them as booleans). */
        private static boolean party(Cursor c, boolean fallback) {
            if (!c.present()) {
                return fallback;
            }
            if (c.node().isBoolean()) {
                return c.node().asBoolean();
            }
            String t = c.text();
            if (t == null) {
                return fallback;
            }
            String lower = t.toLowerCase(Locale.ROOT);
            if (Set.of("是", "yes", "true", "y", "1").contains(lower)) {
                return true;
            }
            if (Set.of("否", "no", "false", "n", "0", "").contains(lower)) {
                return false;
            }
            c.error("'" + t + "' is not 是/否 (yes/no, true/false)");
            return fallback;
        }

        // ---- city: group counts (G1) ----

        private void countChange(Cursor e) {
            String city = city(e.get("city"));
            Long fromRound = e.require("fromRound").whole(1);
            Round round = fromRound == null ? null : campaignRound(e.get("fromRound"), fromRound);
            if (round != null && round.start().isBefore(from)) {
                e.get("fromRound").error("round " + round.number() + " starts " + round.start() + ", before --from "
                        + from + "; rounds under way are kept as published, so group counts may change only from "
                        + firstFreeRound() + " (G1)");
                round = null;
            }
            Map<String, Integer> counts = counts(e.require("counts"));
            if (city != null && round != null && !counts.isEmpty()) {
                int n = round.number();
                boolean twice = this.counts.stream().anyMatch(c -> c.change().city().equals(city)
                        && c.change().fromRound() == n);
                if (twice) {
                    e.error(city + "'s group counts from round " + n + " are changed twice; keep one entry");
                    return;
                }
                this.counts.add(new ChangeSet.GroupCountChange(e.where(), new GroupCounts.Change(n, city, counts)));
            }
        }

        private String firstFreeRound() {
            return campaign.rounds().stream().filter(r -> !r.start().isBefore(from)).findFirst()
                    .map(r -> "round " + r.number() + " (" + r.start() + ") on")
                    .orElse("no round of the campaign on");
        }

        private String city(Cursor c) {
            String name = c.text();
            if (name == null || name.isEmpty()) {
                if (!c.present()) {
                    c.error("is missing; name the city, e.g. city: 北京");
                }
                return null;
            }
            List<String> names = campaign.cities().stream().map(City::name).toList();
            if (!names.contains(name)) {
                c.error("unknown city '" + name + "'" + Similarity.closest(name, names).map(s -> "; did you mean '"
                        + s + "'?").orElse("; the campaign's cities are " + names));
                return null;
            }
            return name;
        }

        private Round campaignRound(Cursor c, long n) {
            Optional<Round> round = campaign.roundCalendar().round((int) n);
            if (round.isEmpty()) {
                c.error("the campaign has rounds 1-" + campaign.rounds().size() + ", not " + n);
            }
            return round.orElse(null);
        }

        private Map<String, Integer> counts(Cursor c) {
            Map<String, Integer> out = new LinkedHashMap<>();
            if (c.present() && !c.node().isObject()) {
                c.error("must map group kinds to counts, e.g. counts: {ordinary: 10}");
                return out;
            }
            List<String> kinds = campaign.groupKinds().stream().map(GroupKind::id).toList();
            c.entries().forEach((kind, n) -> {
                Optional<GroupKind> k = campaign.groupKind(kind);
                if (k.isEmpty()) {
                    n.error("unknown group kind '" + kind + "'" + Similarity.closest(kind, kinds)
                            .map(s -> "; did you mean '" + s + "'?").orElse("; use one of " + kinds) + " (G1)");
                }
                Long v = n.whole(0);
                if (v != null && v > 1 && k.isPresent() && !k.get().name().contains("{n}")) {
                    n.error("group kind '" + kind + "' is named '" + k.get().name() + "' without {n}, so a city can"
                            + " have only one such group per round (G1)");
                } else if (v != null && k.isPresent()) {
                    out.put(kind, v.intValue());
                }
            });
            if (c.present() && out.isEmpty() && c.node().isEmpty()) {
                c.error("lists no counts; e.g. counts: {ordinary: 10}");
            }
            return out;
        }

        private Campaign changedCampaign() {
            GroupCounts all = campaign.groupCounts();
            for (ChangeSet.GroupCountChange c : counts) {
                all = all.withChange(c.change());
            }
            return campaign.withGroupCounts(all);
        }

        // ---- fix: a seat by hand ----

        private void fix(Cursor m, Campaign changed) {
            if (!m.present()) {
                m.error("needs the seat and the cadre, e.g. fix: {round: 14, city: 北京, group: 中心组, seat: 组长,"
                        + " cadre: C00100}");
                return;
            }
            if (!m.expectMap()) {
                return;
            }
            m.allowKeys(FIX_KEYS);
            Round round = planRound(m.require("round"));
            String city = city(m.get("city"));
            String group = m.require("group").text();
            String seatText = m.require("seat").text();
            long index = m.whole("index", 1, 1);
            Cadre cadre = fixedCadre(m.require("cadre"));
            if (round == null || city == null || group == null || seatText == null) {
                return;
            }
            Seat seat = seat(m, changed, round, city, group, seatText, (int) index);
            if (seat == null || cadre == null) {
                return;
            }
            Optional<ChangeSet.Fix> twice = fixes.stream().filter(f -> f.seatId().equals(seat.id())).findFirst();
            if (twice.isPresent()) {
                m.error("this seat is fixed already by the change at " + twice.get().where() + "; keep one");
                return;
            }
            String name = city + " " + group + " " + seatText + (index > 1 ? " #" + index : "") + ", round "
                    + round.number();
            fixes.add(new ChangeSet.Fix(m.where(), seat.id(), name, round.number(), cadre.id()));
        }

        private Round planRound(Cursor c) {
            Long n = c.whole(1);
            if (n == null) {
                return null;
            }
            Optional<Round> round = planRounds.stream().filter(r -> r.number() == n).findFirst();
            if (round.isEmpty()) {
                c.error("round " + n + " is not in the plan, which has rounds " + planRounds.get(0).number() + "-"
                        + planRounds.get(planRounds.size() - 1).number());
                return null;
            }
            if (round.get().start().isBefore(from)) {
                c.error("round " + n + " started " + round.get().start() + ", before --from " + from
                        + ", and is kept as published; fix a seat of " + firstFreeRound() + ", or give an earlier --from");
                return null;
            }
            return round.get();
        }

        /** The cadre a fix names: in the register or added, and not withdrawn. */
        private Cadre fixedCadre(Cursor c) {
            String id = c.text();
            if (id != null && addedAt.containsKey(id)) {
                return additions.stream().map(ChangeSet.Addition::cadre).filter(a -> a.id().equals(id)).findFirst()
                        .orElse(null);
            }
            return id == null ? null : reference(c);
        }

        /** The seat a fix names, in the campaign with this file's group counts (G1). */
        private Seat seat(Cursor m, Campaign changed, Round round, String city, String group, String seatText,
                int index) {
            List<Seat> inCity = changed.seats(List.of(round)).stream().filter(s -> s.city().name().equals(city))
                    .toList();
            List<String> groups = inCity.stream().map(s -> s.group().name()).distinct().toList();
            if (!groups.contains(group)) {
                m.get("group").error("no group '" + group + "' in " + city + " in round " + round.number()
                        + Similarity.closest(group, groups).map(s -> "; did you mean '" + s + "'?").orElse("")
                        + "; its groups are " + abbreviate(groups));
                return null;
            }
            List<Seat> inGroup = inCity.stream().filter(s -> s.group().name().equals(group)).toList();
            List<Seat> matching = inGroup.stream()
                    .filter(s -> s.roleLabel().equals(seatText) || s.role().equals(seatText)).toList();
            if (matching.isEmpty()) {
                m.get("seat").error("no seat '" + seatText + "' in " + city + " " + group + "; its seats are "
                        + inGroup.stream().map(Seat::roleLabel).toList());
                return null;
            }
            if (index > matching.size()) {
                m.get("index").error(city + " " + group + " has " + matching.size() + " seat(s) " + seatText
                        + "; index counts them from 1");
                return null;
            }
            return matching.get(index - 1);
        }

        private static String abbreviate(List<String> names) {
            return names.size() <= 8 ? names.toString()
                    : names.subList(0, 8).toString().replace("]", ", ... (" + names.size() + " in all)]");
        }
    }

    private static String nearest(String id, Collection<String> ids) {
        return ids.stream()
                .sorted(Comparator.comparingInt((String k) -> Similarity.distance(id, k)).thenComparing(k -> k))
                .limit(3).toList().toString();
    }

    private static boolean hasOtherKeys(Cursor c, Set<String> allowed) {
        Iterator<String> names = c.node().fieldNames();
        while (names.hasNext()) {
            if (!allowed.contains(names.next())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
