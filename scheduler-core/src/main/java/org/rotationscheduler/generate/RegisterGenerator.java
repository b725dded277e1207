package org.rotationscheduler.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.io.in.register.PrivateStates;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.RuleId;
import org.rotationscheduler.rules.RuleSettings;

/**
 * Generates a synthetic cadre register (§10) with a planted feasible roster: it first fills every
 * seat of the planned rounds with cadres it makes up as it goes, obeying every hard rule as the
 * campaign data defines them (E1-E13, and the F1 maximums), then adds slack cadres and dates
 * around that roster. So a plan with no broken hard rule is known to exist for the register
 * (profiles NORMAL and TIGHT), or a count proves that some seats cannot be filled (SHORT).
 *
 * <p>Deterministic: the same campaign, rounds, cadre count, seed and profile give the same
 * register, byte for byte. Every random choice comes from one {@link SplittableRandom} per step,
 * split from the seed in a fixed order.
 */
public final class RegisterGenerator {
    private final Campaign campaign;
    private final List<Round> rounds;
    private final int cadres;
    private final long seed;
    private final Profile profile;
    private final RuleSettings rules;
    private final Eligibility eligibility;
    private final QuotaScope quota;
    private final UnitChooser chooser;

    /**
     * @param rounds the rounds to plan: a season's or the whole campaign's
     * @param cadres the number of cadres the register should hold
     */
    public RegisterGenerator(Campaign campaign, List<Round> rounds, int cadres, long seed, Profile profile) {
        if (rounds.isEmpty()) {
            throw new GenerationException("no rounds to plan: the season or window has no round");
        }
        if (cadres < 1) {
            throw new GenerationException("the register needs at least one cadre, got " + cadres);
        }
        this.campaign = campaign;
        this.rounds = rounds.stream().sorted(Comparator.comparingInt(Round::number)).toList();
        this.cadres = cadres;
        this.seed = seed;
        this.profile = profile;
        this.rules = campaign.rules();
        this.eligibility = new Eligibility(campaign.eligibility(), campaign.rules());
        this.quota = new QuotaScope(campaign, this.rounds);
        this.chooser = new UnitChooser(eligibility, rules.isEnabled(RuleId.E10), universe(campaign));
    }

    /** The catalogue's units, then the local bureaus of the partner provinces it lacks (E6). */
    private static List<Unit> universe(Campaign campaign) {
        Set<String> partnerProvinces = new LinkedHashSet<>();
        campaign.cities().stream().filter(City::hasPartners)
                .forEach(c -> partnerProvinces.add(c.partners().partnerProvince()));
        List<Unit> all = new ArrayList<>(campaign.units().units());
        all.addAll(LocalBureaus.missingFrom(campaign.units(), partnerProvinces));
        return all;
    }

    /**
     * Generates the register.
     *
     * @throws GenerationException when the cadre count is below what the planted roster needs
     *     (with {@link GenerationException#minimumCadres()}), or the campaign data is beyond the
     *     generator
     */
    public GeneratedRegister generate() {
        List<Seat> seats = campaign.seats(rounds);
        Planting planting = plant(seats, (int) Math.round(cadres * profile.plantedShare()));
        if (planting.cadresKept() > cadres) {
            // The aimed-at share was too low for this many seats; plant with as few cadres as possible.
            planting = plant(seats, 0);
            if (planting.cadresKept() > cadres) {
                throw tooFew(seats.size(), planting.cadresKept());
            }
        }
        return finish(planting);
    }

    private GenerationException tooFew(int seatCount, int needed) {
        return GenerationException.tooFewCadres(String.format(java.util.Locale.ROOT,
                "%,d cadres are too few: planting a roster for all %,d seats takes this generator at least %,d"
                        + " cadres (each serves at most %d rounds a season (F1) with %d round(s) off between rounds"
                        + " (E11), every cadre the E4 quota binds exactly its rounds); ask for --cadres %d or"
                        + " more, or use --profile short for a register that cannot fill every seat", cadres,
                seatCount, needed, rules.maxPerSeason(), rules.minRoundsOff(), needed), needed);
    }

    /** The random streams of one attempt, split from the seed in a fixed order. */
    private record Streams(SplittableRandom quota, SplittableRandom roster, SplittableRandom soft,
            SplittableRandom shortage, SplittableRandom slack, SplittableRandom dates, SplittableRandom order) {
        static Streams of(long seed) {
            SplittableRandom root = new SplittableRandom(seed);
            return new Streams(root.split(), root.split(), root.split(), root.split(), root.split(), root.split(),
                    root.split());
        }
    }

    /** One planted roster, before slack and dates. */
    private record Planting(List<Seat> seats, Map<Seat, Draft> filled, List<Draft> planted,
            Shortage.Result shortage, CadreFactory factory, Streams streams) {
        int cadresKept() {
            return planted.size() - shortage.removed().size();
        }
    }

    private Planting plant(List<Seat> seats, int targetPlanted) {
        Streams streams = Streams.of(seed);
        CadreFactory factory = new CadreFactory(eligibility, quota);
        QuotaPlanter quotaPlanter = new QuotaPlanter(campaign, eligibility, chooser, factory, quota);
        Map<Seat, Draft> filled = new IdentityHashMap<>();
        double extra = profile.extraBoundShare();
        // E4 "0 or N" may bind every cadre: each planted cadre then serves exactly N rounds
        List<Draft> bound = quota.zeroAllowed()
                ? new ServingPlanter(eligibility, chooser, factory, quota, rules).plant(seats, filled, streams.quota())
                : quotaPlanter.plant(seats, filled, extra, streams.quota());
        RosterBuilder builder = new RosterBuilder(rules, eligibility, chooser, factory);
        List<Draft> planted = new ArrayList<>(bound);
        planted.addAll(builder.fill(seats, filled, Math.max(0, targetPlanted - bound.size()), streams.roster()));
        capServed(planted);
        ensureExperience(seats, filled, streams.soft());
        ensurePartyMembers(seats, filled, streams.soft());
        Shortage.Result shortage = profile.removedShare() > 0
                ? new Shortage(eligibility, chooser, rules).apply(profile.removedShare(), bound,
                        quotaPlanter.quotaSeats(seats), quota, planted, seats, streams.shortage())
                : Shortage.Result.none();
        return new Planting(seats, filled, planted, shortage, factory, streams);
    }

    /**
     * F1: rounds served before plus planted rounds stay within the lifetime maximum, or, for a
     * campaign without one, within the campaign maximum (so that registers made before F1 had a
     * lifetime maximum stay as they were).
     */
    private void capServed(List<Draft> planted) {
        for (Draft d : planted) {
            d.served = Math.max(0, Math.min(d.served, servedCap() - d.seats.size()));
        }
    }

    private int servedCap() {
        return rules.maxLifetime() < Integer.MAX_VALUE ? rules.maxLifetime() : rules.maxPerCampaign();
    }

    /** F5: every group of the planted roster has a member who served before. */
    private void ensureExperience(List<Seat> seats, Map<Seat, Draft> filled, SplittableRandom rng) {
        for (List<Draft> group : teams(seats, filled, s -> s.group().key()).values()) {
            if (group.stream().noneMatch(d -> d.served > 0)) {
                List<Draft> room = group.stream().filter(d -> d.seats.size() < servedCap()).toList();
                if (!room.isEmpty()) {
                    room.get(rng.nextInt(room.size())).served = 1;
                }
            }
        }
    }

    /**
     * F6: every city's team in a round has {@code minPartyMembers} party members, one of them from
     * the lead unit (the temporary branch's secretary). Making a cadre a party member breaks nothing.
     */
    private void ensurePartyMembers(List<Seat> seats, Map<Seat, Draft> filled, SplittableRandom rng) {
        Map<String, List<Draft>> teams = teams(seats, filled, s -> s.round().number() + "/" + s.city().name());
        Map<String, City> cityOf = new HashMap<>();
        seats.forEach(s -> cityOf.put(s.round().number() + "/" + s.city().name(), s.city()));
        teams.forEach((key, team) -> {
            Unit lead = cityOf.get(key).lead();
            if (rules.secretaryFromLead() && team.stream().noneMatch(d -> d.party && d.unit.equals(lead))) {
                team.stream().filter(d -> d.unit.equals(lead)).findFirst().ifPresent(d -> d.party = true);
            }
            List<Draft> others = new ArrayList<>(team.stream().filter(d -> !d.party).toList());
            long party = team.size() - others.size();
            while (party < rules.minPartyMembers() && !others.isEmpty()) {
                others.remove(rng.nextInt(others.size())).party = true;
                party++;
            }
        });
    }

    private static Map<String, List<Draft>> teams(List<Seat> seats, Map<Seat, Draft> filled,
            java.util.function.Function<Seat, String> key) {
        Map<String, List<Draft>> teams = new LinkedHashMap<>();
        for (Seat s : seats) {
            teams.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(filled.get(s));
        }
        return teams;
    }

    private GeneratedRegister finish(Planting p) {
        Set<Draft> removed = new HashSet<>(p.shortage().removed());
        List<Draft> kept = new ArrayList<>(p.planted().stream().filter(d -> !removed.contains(d)).toList());
        List<Draft> slack = slack(kept, cadres - kept.size(), p);
        List<Draft> all = new ArrayList<>(kept);
        all.addAll(slack);
        DatePlanner dates = new DatePlanner(rounds);
        all.forEach(d -> dates.plan(d, p.streams().dates()));
        List<Draft> ordered = registerOrder(all, p.streams().order());
        Map<Draft, Cadre> cadreOf = new LinkedHashMap<>();
        Map<String, PrivateStates> privateStates = new LinkedHashMap<>();
        for (Draft d : ordered) {
            String id = String.format("C%05d", cadreOf.size() + 1);
            PrivateStates states = new PrivateStates(d.pregnant, d.nursing, d.health);
            if (!states.isEmpty()) {
                privateStates.put(id, states);
            }
            cadreOf.put(d, new Cadre(id, d.name, d.unit, d.rank, d.post, d.party, d.served, d.unavailable,
                    states.restricted(), cadreOf.size() + 2));
        }
        List<Assignment> planted = new ArrayList<>();
        for (Seat s : p.seats()) {
            Draft d = p.filled().get(s);
            planted.add(new Assignment(s, removed.contains(d) ? null : cadreOf.get(d)));
        }
        List<Cadre> register = List.copyOf(cadreOf.values());
        List<String> problems = PlantedCheck.problems(campaign, quota, planted, register);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("generator bug: the planted roster breaks " + problems.size()
                    + " rule(s), e.g. " + problems.get(0));
        }
        return new GeneratedRegister(rounds, profile, seed, register, privateStates, planted,
                stats(p, kept.size(), slack.size(), register, planted));
    }

    /**
     * Slack cadres: like planted ones (same unit and seat kind, a fresh rank, name and record) but
     * without a planted seat. Never E4-bound, since a bound cadre must serve, unless the quota is
     * "0 or N" (reserves serve none); never from a unit SHORT closed, since that would undo the
     * shortage.
     */
    private List<Draft> slack(List<Draft> kept, int count, Planting p) {
        boolean reservesMayBeBound = quota.zeroAllowed();
        List<Draft> templates = kept.stream()
                .filter(d -> (reservesMayBeBound || !d.bound) && !p.shortage().closedUnits().contains(d.unit))
                .toList();
        List<Draft> slack = new ArrayList<>();
        if (templates.isEmpty()) {
            return slack;
        }
        SplittableRandom rng = p.streams().slack();
        for (int i = 0; i < count; i++) {
            Draft template = templates.get(rng.nextInt(templates.size()));
            slack.add(p.factory().create(template.seats.get(0), template.unit, template.bound, rng));
        }
        return slack;
    }

    /**
     * The order personnel offices list cadres in: by unit type, unit (catalogue order), rank, and
     * at random within that, so that nothing in the file tells planted cadres from slack.
     */
    private List<Draft> registerOrder(List<Draft> drafts, SplittableRandom rng) {
        Map<Unit, Integer> unitOrder = new HashMap<>();
        for (Unit u : chooser.universe()) {
            unitOrder.putIfAbsent(u, unitOrder.size());
        }
        List<Draft> ordered = new ArrayList<>(drafts);
        QuotaPlanter.shuffle(ordered, rng);
        ordered.sort(Comparator.<Draft>comparingInt(d -> d.unit.type().ordinal())
                .thenComparingInt(d -> unitOrder.getOrDefault(d.unit, Integer.MAX_VALUE))
                .thenComparingInt(d -> d.rank.ordinal()));
        return ordered;
    }

    private GeneratedRegister.Stats stats(Planting p, int plantedCadres, int slackCadres, List<Cadre> register,
            List<Assignment> planted) {
        int filledSeats = (int) planted.stream().filter(Assignment::filled).count();
        int party = (int) register.stream().filter(Cadre::partyMember).count();
        int served = (int) register.stream().filter(Cadre::experienced).count();
        int dates = (int) register.stream().filter(c -> !c.unavailable().isEmpty() || !c.restricted().isEmpty()).count();
        int adHoc = (int) register.stream().map(Cadre::unit).distinct()
                .filter(u -> campaign.units().find(u.name()).isEmpty()).count();
        return new GeneratedRegister.Stats(p.seats().size(), filledSeats, plantedCadres, slackCadres,
                p.shortage().removed().size(), p.shortage().provenUnfilled(), p.shortage().reason(),
                GeneratedRegister.byType(register), GeneratedRegister.byRank(register), party, served, dates, adHoc);
    }
}
