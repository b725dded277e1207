package org.rotationscheduler.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.io.in.register.PrivateStates;
import org.rotationscheduler.io.out.register.RegisterWriter;

/**
 * A generated register and the roster planted in it.
 *
 * @param cadres the register in file order, ids C00001..; {@code restricted} holds the merged
 *     private-state days exactly as {@code RegisterReader} would read them back (S1)
 * @param privateStates the three private-state kinds per cadre id, only for cadres that have one;
 *     the only place outside the written file that keeps the kinds apart (S1)
 * @param planted one assignment per seat of the planned rounds, in roster order; with profile SHORT
 *     the seats of the removed cadres are unfilled
 */
public record GeneratedRegister(List<Round> rounds, Profile profile, long seed, List<Cadre> cadres,
        Map<String, PrivateStates> privateStates, List<Assignment> planted, Stats stats) {

    /**
     * Figures of a generated register.
     *
     * @param plantedCadres cadres with at least one planted seat
     * @param slackCadres cadres without a planted seat
     * @param removedCadres SHORT: planted cadres taken out after planting
     * @param provenUnfilled SHORT: seats that no plan can fill, by the count in {@code shortfallReason}
     * @param adHocUnits units missing from the catalogue (county and other local bureaus)
     * @param withDates cadres with any day they cannot serve (E7 or E8), not told apart (S1)
     */
    public record Stats(int seats, int filledSeats, int plantedCadres, int slackCadres, int removedCadres,
            int provenUnfilled, String shortfallReason, Map<UnitType, Integer> byType, Map<Rank, Integer> byRank,
            int partyMembers, int servedBefore, int withDates, int adHocUnits) {

        public Stats {
            byType = Map.copyOf(byType);
            byRank = Map.copyOf(byRank);
        }

        public int cadres() {
            return plantedCadres + slackCadres;
        }
    }

    public GeneratedRegister {
        rounds = List.copyOf(rounds);
        cadres = List.copyOf(cadres);
        privateStates = Map.copyOf(privateStates);
        planted = List.copyOf(planted);
    }

    public Register register(String source) {
        return new Register(source, cadres);
    }

    /** The register as CSV text (§10), byte for byte what {@link #write} puts in a .csv file. */
    public String csv() {
        return RegisterWriter.csv(cadres, privateStates);
    }

    public void write(Path target, boolean force) throws IOException {
        RegisterWriter.write(target, cadres, privateStates, force);
    }

    /** "秋冬季攻坚期 2019 (autumn-2019), rounds 11-22 (2019-09-28..2020-03-25)". */
    public String scope() {
        Round first = rounds.get(0);
        Round last = rounds.get(rounds.size() - 1);
        Season season = first.season();
        boolean oneSeason = rounds.stream().allMatch(r -> r.season().equals(season));
        return (oneSeason ? season + ", rounds " : "rounds ") + first.number() + "-" + last.number() + " ("
                + first.start() + ".." + last.end() + ")";
    }

    /** A one-paragraph summary for people; counts only, never a private state (S1). */
    public String describe() {
        Stats s = stats;
        int total = s.cadres();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Generated %,d cadres for %s, profile %s, seed %d. ", total, scope(),
                profile.key(), seed));
        if (s.filledSeats() == s.seats()) {
            sb.append(String.format(Locale.ROOT, "Planted roster: all %,d seats filled by %,d cadres with no broken"
                    + " hard rule (E1-E13), so a plan without broken hard rules exists; ", s.seats(), s.plantedCadres()));
        } else {
            sb.append(String.format(Locale.ROOT, "Planted roster: %,d of %,d seats filled by %,d cadres with no broken"
                    + " hard rule; %,d planted cadres were removed, so that at least %,d seats cannot be filled by any"
                    + " plan (%s); ", s.filledSeats(), s.seats(), s.plantedCadres(), s.removedCadres(),
                    s.provenUnfilled(), s.shortfallReason()));
        }
        sb.append(String.format(Locale.ROOT, "%,d slack cadres (%d%% of the planted ones) have no planted seat. ",
                s.slackCadres(), Math.round(100.0 * s.slackCadres() / Math.max(1, s.plantedCadres()))));
        sb.append("By unit type: ").append(counts(s.byType(), UnitType.values())).append(" (")
                .append(s.adHocUnits()).append(" local bureaus missing from the catalogue, written with unit_type and"
                        + " province). ");
        sb.append("By rank: ").append(counts(s.byRank(), Rank.values())).append(". ");
        sb.append(String.format(Locale.ROOT, "%d%% party members, %d%% served before, %d%% with days they cannot serve"
                + " (E7/E8).", percent(s.partyMembers(), total), percent(s.servedBefore(), total),
                percent(s.withDates(), total)));
        return sb.toString();
    }

    private static <E extends Enum<E>> String counts(Map<E, Integer> counts, E[] order) {
        StringJoiner j = new StringJoiner(", ");
        for (E e : order) {
            String label = e instanceof UnitType t ? t.key() : ((Rank) e).label();
            j.add(String.format(Locale.ROOT, "%s %,d", label, counts.getOrDefault(e, 0)));
        }
        return j.toString();
    }

    private static long percent(int part, int total) {
        return Math.round(100.0 * part / Math.max(1, total));
    }

    static Map<UnitType, Integer> byType(List<Cadre> cadres) {
        Map<UnitType, Integer> m = new EnumMap<>(UnitType.class);
        cadres.forEach(c -> m.merge(c.unit().type(), 1, Integer::sum));
        return m;
    }

    static Map<Rank, Integer> byRank(List<Cadre> cadres) {
        Map<Rank, Integer> m = new EnumMap<>(Rank.class);
        cadres.forEach(c -> m.merge(c.rank(), 1, Integer::sum));
        return m;
    }

    /** S1: figures only; the private states stay out of every log line. */
    @Override
    public String toString() {
        return "GeneratedRegister[" + stats.cadres() + " cadres, " + stats.filledSeats() + "/" + stats.seats()
                + " seats planted, " + scope() + "]";
    }
}
