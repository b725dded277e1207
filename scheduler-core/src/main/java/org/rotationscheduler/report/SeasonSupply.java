package org.rotationscheduler.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Group;
import org.rotationscheduler.domain.model.GroupKind;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.QuotaRule;
import org.rotationscheduler.rules.RuleId;
import org.rotationscheduler.rules.RuleSettings;

/**
 * One season's seats and the register's supply for them: per seat kind and city, how many seats
 * the season has and which cadre profiles may sit in them (dates ignored); per profile, how many
 * rounds of the season its cadres can serve at most (dates counted or not). The figures behind
 * validate's candidate table and its warnings.
 */
final class SeasonSupply {
    /** Stands for "no limit" when E9 is off and a cadre may hold several seats at once. */
    static final int UNLIMITED = 1_000_000;

    final Campaign campaign;
    final Season season;
    final List<Round> rounds;
    final CadreProfiles profiles;
    private final Eligibility eligibility;
    private final Map<SeatKind, int[]> seats = new LinkedHashMap<>();
    private final Map<SeatKind, BitSet[]> eligible = new LinkedHashMap<>();
    private final Map<SeatKind, Set<String>> rules = new LinkedHashMap<>();
    private final long[] capacity;
    private final long[] capacityIgnoringDates;

    SeasonSupply(Campaign campaign, Season season, CadreProfiles profiles, Eligibility eligibility) {
        this.campaign = campaign;
        this.season = season;
        this.rounds = campaign.roundCalendar().roundsOf(season);
        this.profiles = profiles;
        this.eligibility = eligibility;
        countSeats();
        findCandidates();
        addWholeGroups();
        this.capacity = new long[profiles.size()];
        this.capacityIgnoringDates = new long[profiles.size()];
        for (int p = 0; p < profiles.size(); p++) {
            for (Cadre c : profiles.members(p)) {
                capacity[p] += maxRounds(c, true);
                capacityIgnoringDates[p] += maxRounds(c, false);
            }
        }
    }

    List<City> cities() {
        return campaign.cities();
    }

    /** Seat kinds with seats in this season: each role of each group kind, then each whole group kind. */
    List<SeatKind> seatKinds() {
        return List.copyOf(seats.keySet());
    }

    int seats(SeatKind kind, int city) {
        return seats.get(kind)[city];
    }

    BitSet eligible(SeatKind kind, int city) {
        return eligible.get(kind)[city];
    }

    /** The rule ids that decide who may sit in this kind of seat, e.g. [E3, E5, E10]. */
    Set<String> rules(SeatKind kind) {
        return rules.get(kind);
    }

    /** Seat-rounds the cadres of these profiles can fill in this season at most. */
    long capacity(BitSet set, boolean countDates) {
        long[] per = countDates ? capacity : capacityIgnoringDates;
        long sum = 0;
        for (int p = set.nextSetBit(0); p >= 0; p = set.nextSetBit(p + 1)) {
            sum += per[p];
        }
        return sum;
    }

    /** G1-G4: seats per seat kind and city over the season's rounds (counts may change from a round on). */
    private void countSeats() {
        List<City> cities = cities();
        for (GroupKind kind : campaign.groupKinds()) {
            for (String role : new LinkedHashSet<>(kind.seats())) {
                seats.put(new SeatKind(kind, role), new int[cities.size()]);
            }
        }
        for (Round round : rounds) {
            for (int i = 0; i < cities.size(); i++) {
                Map<String, Integer> counts = campaign.groupCounts().countsFor(cities.get(i).name(), round.number(),
                        campaign.groupKinds());
                for (GroupKind kind : campaign.groupKinds()) {
                    int groups = counts.getOrDefault(kind.id(), 0);
                    for (String role : kind.seats()) {
                        seats.get(new SeatKind(kind, role))[i] += groups;
                    }
                }
            }
        }
        seats.values().removeIf(perCity -> Arrays.stream(perCity).allMatch(n -> n == 0));
    }

    /** Which profiles pass the date-free rules for each seat kind and city. */
    private void findCandidates() {
        List<City> cities = cities();
        for (SeatKind kind : seats.keySet()) {
            BitSet[] perCity = new BitSet[cities.size()];
            Set<String> ids = new LinkedHashSet<>();
            for (int i = 0; i < cities.size(); i++) {
                Seat seat = sampleSeat(kind, cities.get(i));
                eligibility.rulesFor(seat).forEach(r -> ids.add(r.rule().id()));
                perCity[i] = new BitSet(profiles.size());
                for (int p = 0; p < profiles.size(); p++) {
                    if (eligibility.eligibleIgnoringDates(seat, profiles.representative(p))) {
                        perCity[i].set(p);
                    }
                }
            }
            if (campaign.rules().isEnabled(RuleId.E10)) {
                ids.add(RuleId.E10.id());
            }
            eligible.put(kind, perCity);
            rules.put(kind, ids);
        }
    }

    /** A whole group kind: its seats added up, its candidates those of any of its roles (E5 draws on one pool). */
    private void addWholeGroups() {
        Map<GroupKind, List<SeatKind>> byGroup = new LinkedHashMap<>();
        for (SeatKind k : seats.keySet()) {
            byGroup.computeIfAbsent(k.kind(), g -> new ArrayList<>()).add(k);
        }
        int n = cities().size();
        byGroup.forEach((group, roles) -> {
            if (roles.size() < 2) {
                return;
            }
            SeatKind whole = new SeatKind(group, null);
            int[] sum = new int[n];
            BitSet[] union = new BitSet[n];
            Set<String> ids = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                union[i] = new BitSet(profiles.size());
            }
            for (SeatKind role : roles) {
                ids.addAll(rules.get(role));
                for (int i = 0; i < n; i++) {
                    sum[i] += seats.get(role)[i];
                    union[i].or(eligible.get(role)[i]);
                }
            }
            seats.put(whole, sum);
            eligible.put(whole, union);
            rules.put(whole, ids);
        });
    }

    private Seat sampleSeat(SeatKind kind, City city) {
        Group group = new Group(rounds.get(0), city, kind.kind(), 1, kind.kind().groupName(1));
        return new Seat(group, kind.role(), campaign.roleLabel(kind.role()), kind.kind().seats().indexOf(kind.role()));
    }

    /** The most rounds of this season a cadre can serve: {@link #availableRounds} within {@link #limit}. */
    int maxRounds(Cadre cadre, boolean countDates) {
        return Math.min(availableRounds(cadre, countDates), limit(cadre));
    }

    /**
     * The most rounds of this season a cadre can serve by E9 (no two overlapping rounds) and E11
     * (the minimum rest); with {@code countDates}, only in rounds the cadre's dates allow (E7, E8).
     * Picking the earliest possible round each time is optimal for rounds of equal length.
     */
    int availableRounds(Cadre cadre, boolean countDates) {
        RuleSettings settings = campaign.rules();
        if (!settings.isEnabled(RuleId.E9)) {
            return UNLIMITED;
        }
        int gap = restRounds();
        int taken = 0;
        int lastIndex = Integer.MIN_VALUE / 2;
        Round last = null;
        for (int i = 0; i < rounds.size(); i++) {
            Round r = rounds.get(i);
            if (countDates && !eligibility.availableIn(r, cadre)) {
                continue;
            }
            if (i - lastIndex <= gap || (last != null && r.overlaps(last))) {
                continue;
            }
            taken++;
            lastIndex = i;
            last = r;
        }
        return taken;
    }

    /** E11: rounds off between two rounds of one cadre (0 when E11 is off). */
    int restRounds() {
        RuleSettings settings = campaign.rules();
        return settings.isEnabled(RuleId.E11) ? settings.minRoundsOff() : 0;
    }

    /** E11 alone: ceil(rounds / (minRoundsOff + 1)). */
    int roundsByRest() {
        int gap = restRounds();
        return (rounds.size() + gap) / (gap + 1);
    }

    /** F1 maxPerSeason, and E4's quota for a cadre it binds in this season. */
    int limit(Cadre cadre) {
        int limit = campaign.rules().maxPerSeason();
        return quotaBinds(cadre) ? Math.min(limit, campaign.rules().quota().rounds()) : limit;
    }

    /** The most rounds of this season anybody not bound by E4 can serve: E11 and F1 maxPerSeason. */
    int generalLimit() {
        return Math.min(roundsByRest(), campaign.rules().maxPerSeason());
    }

    /** E4: whether the quota binds this cadre in this season. */
    boolean quotaBinds(Cadre cadre) {
        QuotaRule quota = campaign.rules().quota();
        return campaign.rules().isEnabled(RuleId.E4) && quota.coversSeasonKind(season.kind())
                && quota.binds(cadre, campaign.cities());
    }
}
