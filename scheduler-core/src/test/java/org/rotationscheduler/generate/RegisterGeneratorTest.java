package org.rotationscheduler.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.DateRange;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.GroupCounts;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.domain.model.UnitType;
import org.rotationscheduler.io.in.register.PrivateStates;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.io.out.plan.AssignmentTable;

class RegisterGeneratorTest {
    static final Campaign DEFAULT = new CampaignLoader().loadDefault();

    /** Three cities of the default campaign with their triads, two ordinary groups each. */
    static Campaign small() {
        return DEFAULT.withCities(DEFAULT.cities().stream()
                        .filter(c -> Set.of("北京", "石家庄", "西安").contains(c.name())).toList())
                .withGroupCounts(new GroupCounts(Map.of("central", 1, "ordinary", 2), Map.of(), List.of()));
    }

    static List<Round> season(Campaign c, String kind, int year) {
        return c.roundCalendar().roundsOf(c.roundCalendar().season(kind, year).orElseThrow());
    }

    static GeneratedRegister generate(Campaign c, List<Round> rounds, int cadres, long seed, Profile p) {
        return new RegisterGenerator(c, rounds, cadres, seed, p).generate();
    }

    @Test
    void smallAutumn_plantedRosterFillsEverySeatAndBreaksNoHardRule() {
        Campaign c = small();
        List<Round> rounds = season(c, "autumn", 2019);
        GeneratedRegister g = generate(c, rounds, 300, 11, Profile.NORMAL);

        assertThat(g.cadres()).hasSize(300);
        assertThat(g.planted()).hasSize(c.seats(rounds).size()).allMatch(Assignment::filled);
        assertThat(IndependentRosterCheck.check(c, g)).isEmpty();
        // E4: bureau-level partner cadres: one per central-leader seat, plus NORMAL's spare one per city.
        long leaderSeats = g.planted().stream().filter(a -> a.seat().group().kind().id().equals("central")
                && a.seat().role().equals("leader")).count();
        assertThat(g.cadres().stream().filter(x -> x.rank() == Rank.BUREAU)).hasSize((int) leaderSeats + 3);
    }

    @Test
    void smallRegularSeason_plantedRosterBreaksNoHardRule() {
        Campaign c = small();
        GeneratedRegister g = generate(c, season(c, "regular", 2020), 300, 3, Profile.NORMAL);
        assertThat(g.planted()).allMatch(Assignment::filled);
        assertThat(IndependentRosterCheck.check(c, g)).isEmpty();
        // E1/E2 seats exist in the regular season and are met by rank or by a 支队长 post.
        assertThat(g.planted()).anyMatch(a -> a.seat().role().equals("deputy") && a.cadre().rank() == Rank.SECTION
                && a.cadre().post().contains("支队长"));
    }

    @Test
    void smallWholeCampaign_bureauCadresServeOnceInEachAutumnSeason() {
        Campaign c = small();
        GeneratedRegister g = generate(c, c.rounds(), 900, 5, Profile.NORMAL);
        assertThat(g.planted()).allMatch(Assignment::filled);
        assertThat(IndependentRosterCheck.check(c, g)).isEmpty();
    }

    @Test
    void tight_hasExactlyOneBureauCadrePerAutumnLeaderSeatAndLittleSlack() {
        Campaign c = small();
        List<Round> rounds = season(c, "autumn", 2019);
        GeneratedRegister g = generate(c, rounds, 300, 11, Profile.TIGHT);
        assertThat(IndependentRosterCheck.check(c, g)).isEmpty();
        assertThat(g.cadres().stream().filter(x -> x.rank() == Rank.BUREAU)).hasSize(3 * rounds.size());
        assertThat(g.stats().slackCadres()).isBetween(1, 300 * 5 / 100);
    }

    @Test
    void shortAutumn_removesBureauCadresSoThatACountProvesEmptySeats() {
        Campaign c = small();
        List<Round> rounds = season(c, "autumn", 2019);
        GeneratedRegister g = generate(c, rounds, 300, 11, Profile.SHORT);

        assertThat(g.cadres()).hasSize(300);
        assertThat(IndependentRosterCheck.check(c, g)).isEmpty();
        // Independently: E3 seats need a bound cadre, and E4 lets each serve one round of the season.
        long leaderSeats = 3L * rounds.size();
        long bureau = g.cadres().stream().filter(x -> x.rank() == Rank.BUREAU).count();
        assertThat(bureau).isLessThan(leaderSeats);
        assertThat(g.stats().provenUnfilled()).isEqualTo((int) (leaderSeats - bureau)).isPositive();
        assertThat(g.planted().stream().filter(a -> !a.filled())).hasSize(g.stats().provenUnfilled());
        assertThat(g.describe()).contains("cannot be filled by any plan", "E3/E4");
    }

    @Test
    void shortRegular_cutsE2QualifiedCadresOfSomeProvinceBelowWhatItsSeatsNeed() {
        Campaign c = small();
        List<Round> rounds = season(c, "regular", 2020);
        GeneratedRegister g = generate(c, rounds, 300, 3, Profile.SHORT);
        assertThat(IndependentRosterCheck.check(c, g)).isEmpty();
        assertThat(g.stats().provenUnfilled()).isPositive();
        // Independently: some city's regular central deputies (E2: its partner provincial department,
        // 处级 or a 支队长 post) outnumber what that department's qualified cadres can serve (E9, E11).
        int cap = (rounds.size() + c.rules().minRoundsOff()) / (c.rules().minRoundsOff() + 1);
        boolean provablyShort = c.cities().stream().anyMatch(city -> {
            long qualified = g.cadres().stream().filter(x -> x.unit().equals(city.partners().provincial())
                    && (x.rank().atLeast(Rank.DIVISION) || x.post().contains("支队长"))).count();
            long deputySeats = c.cities().stream().filter(o -> o.partners().provincial()
                    .equals(city.partners().provincial())).count() * rounds.size();
            return qualified * cap < deputySeats;
        });
        assertThat(provablyShort).isTrue();
    }

    @Test
    void independentCheck_catchesRostersThatBreakRules() {
        Campaign c = small();
        GeneratedRegister g = generate(c, season(c, "autumn", 2019), 300, 11, Profile.NORMAL);
        List<Assignment> broken = new ArrayList<>(g.planted());
        // E6: a ministry cadre leading an ordinary group.
        Cadre ministry = g.cadres().stream().filter(x -> x.unit().type() == UnitType.MINISTRY
                && x.rank() == Rank.STAFF).findFirst().orElseThrow();
        put(broken, a -> a.seat().group().kind().id().equals("ordinary") && a.seat().role().equals("leader"), ministry);
        // E3: a division-level partner cadre leading a central group in autumn.
        Assignment autumnLead = broken.get(indexOf(broken, a -> a.seat().role().equals("leader")
                && a.seat().group().kind().id().equals("central")));
        Cadre division = g.cadres().stream().filter(x -> x.rank() == Rank.DIVISION
                && x.unit().equals(autumnLead.seat().city().partners().provincial())).findFirst().orElseThrow();
        broken.set(broken.indexOf(autumnLead), new Assignment(autumnLead.seat(), division));
        // E11: a cadre of round r also in round r+1.
        Assignment first = broken.get(indexOf(broken, a -> a.seat().role().equals("member")));
        put(broken, a -> a.seat().round().number() == first.seat().round().number() + 1
                && a.seat().role().equals("member") && a.seat().city().equals(first.seat().city()), first.cadre());
        // E9: a cadre in two seats of one round.
        Assignment twice = broken.get(indexOf(broken, a -> a.seat().role().equals("member")
                && a.seat().round().number() > first.seat().round().number() + 2));
        put(broken, a -> a.seat().round().equals(twice.seat().round()) && a.seat().role().equals("member")
                && a != twice && !a.cadre().equals(twice.cadre()), twice.cadre());
        // E10: a cadre of a Hebei unit in Shijiazhuang (Hebei).
        Cadre hebei = g.cadres().stream().filter(x -> "河北".equals(x.unit().province())
                && x.unit().type() == UnitType.LOCAL && x.rank() == Rank.STAFF).findFirst().orElseThrow();
        put(broken, a -> a.seat().city().name().equals("石家庄") && a.seat().role().equals("member")
                && a.seat().group().kind().id().equals("ordinary"), hebei);
        // E7 and E8: days the cadre cannot serve, on the planted round.
        int late = indexOf(broken, a -> a.seat().round().number() == 20 && a.seat().role().equals("member"));
        Assignment e7 = broken.get(late);
        broken.set(late, new Assignment(e7.seat(), withDates(e7.cadre(), List.of(), List.of(e7.seat().round().days()))));
        int later = indexOf(broken, a -> a.seat().round().number() == 21 && a.seat().role().equals("member"));
        Assignment e8 = broken.get(later);
        broken.set(later, new Assignment(e8.seat(), withDates(e8.cadre(), List.of(e8.seat().round().days()), List.of())));
        // E4: a bureau-level cadre loses the one round of the season.
        int leader = indexOf(broken, a -> a.cadre() != null && a.cadre().rank() == Rank.BUREAU);
        String bureauId = broken.get(leader).cadre().id();
        broken.set(leader, new Assignment(broken.get(leader).seat(), null));

        GeneratedRegister tampered = new GeneratedRegister(g.rounds(), g.profile(), g.seed(), g.cadres(),
                g.privateStates(), broken, g.stats());
        assertThat(IndependentRosterCheck.check(c, tampered))
                .anyMatch(p -> p.startsWith("E6: " + ministry.id()))
                .anyMatch(p -> p.startsWith("E3: " + division.id()))
                .anyMatch(p -> p.startsWith("E11: " + first.cadre().id()))
                .anyMatch(p -> p.startsWith("E9: " + twice.cadre().id()))
                .anyMatch(p -> p.startsWith("E10: " + hebei.id()))
                .anyMatch(p -> p.startsWith("E7: " + e7.cadre().id()))
                .anyMatch(p -> p.startsWith("E8: " + e8.cadre().id()))
                .anyMatch(p -> p.startsWith("E4: " + bureauId + " serves 0 rounds"));
    }

    private static Cadre withDates(Cadre c, List<DateRange> unavailable, List<DateRange> restricted) {
        return new Cadre(c.id(), c.name(), c.unit(), c.rank(), c.post(), c.partyMember(), c.roundsServed(),
                unavailable, restricted, c.row());
    }

    /** Puts {@code cadre} into the first seat matching {@code where}. */
    private static void put(List<Assignment> roster, java.util.function.Predicate<Assignment> where, Cadre cadre) {
        int i = indexOf(roster, where);
        roster.set(i, new Assignment(roster.get(i).seat(), cadre));
    }

    private static int indexOf(List<Assignment> list, java.util.function.Predicate<Assignment> p) {
        for (int i = 0; i < list.size(); i++) {
            if (p.test(list.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such assignment");
    }

    @Test
    void determinism_sameSeedSameBytes_otherSeedOtherBytes() {
        Campaign c = small();
        List<Round> rounds = season(c, "autumn", 2019);
        String first = generate(c, rounds, 300, 42, Profile.NORMAL).csv();
        assertThat(generate(c, rounds, 300, 42, Profile.NORMAL).csv()).isEqualTo(first);
        assertThat(generate(c, rounds, 300, 43, Profile.NORMAL).csv()).isNotEqualTo(first);
    }

    @Test
    void tooFewCadres_isRefusedWithTheMinimum() {
        Campaign c = small();
        List<Round> rounds = season(c, "autumn", 2019);
        assertThatThrownBy(() -> generate(c, rounds, 50, 1, Profile.NORMAL))
                .isInstanceOfSatisfying(GenerationException.class, e -> {
                    assertThat(e.minimumCadres()).isPresent();
                    assertThat(e.minimumCadres().getAsInt()).isGreaterThan(50);
                    assertThat(e.getMessage()).contains("--cadres " + e.minimumCadres().getAsInt(), "E4", "E11");
                });
        // Just above the minimum works, with less slack than asked for.
        int minimum = ((GenerationException) org.assertj.core.api.Assertions.catchThrowable(
                () -> generate(c, rounds, 50, 1, Profile.NORMAL))).minimumCadres().getAsInt();
        GeneratedRegister g = generate(c, rounds, minimum, 1, Profile.NORMAL);
        assertThat(g.cadres()).hasSize(minimum);
        assertThat(IndependentRosterCheck.check(c, g)).isEmpty();
    }

    @Test
    void s1_privateStatesAppearOnlyInTheRegisterItself() {
        Campaign c = small();
        List<Round> rounds = season(c, "autumn", 2019);
        GeneratedRegister g = generate(c, rounds, 300, 11, Profile.NORMAL);
        assertThat(g.privateStates()).isNotEmpty();

        List<String> privateDates = new ArrayList<>();
        for (PrivateStates p : g.privateStates().values()) {
            List<DateRange> all = new ArrayList<>(p.pregnant());
            all.addAll(p.nursing());
            all.addAll(p.health());
            all.forEach(r -> privateDates.add(r.toString()));
            assertThat(p.toString()).doesNotContain("..", "pregnan", "nursing", "health");
        }
        List<String> outputs = List.of(g.toString(), g.describe(), g.stats().toString(),
                AssignmentTable.format(g.planted()), g.cadres().toString());
        for (String out : outputs) {
            assertThat(out).doesNotContain("pregnan", "nursing", "health", "孕", "哺乳", "健康");
            for (String d : privateDates) {
                assertThat(out).doesNotContain(d);
            }
        }
        // The register itself carries them, in their own columns.
        assertThat(g.csv()).startsWith("id,name,unit,unit_type,province,rank,post,party_member,rounds_served,"
                + "unavailable,pregnant,nursing,health\n");
        privateDates.forEach(d -> assertThat(g.csv()).contains(d));
        // Loaded cadres keep only the merged days, as the reader makes them (S1).
        for (Cadre cadre : g.cadres()) {
            PrivateStates p = g.privateStates().get(cadre.id());
            assertThat(cadre.restricted()).isEqualTo(p == null ? List.of() : p.restricted());
        }
    }

    @Test
    void realism_unitsPostsAndDatesLookLikeTheRealThing() {
        Campaign c = small();
        List<Round> rounds = season(c, "autumn", 2019);
        GeneratedRegister g = generate(c, rounds, 300, 11, Profile.NORMAL);
        for (Assignment a : g.planted()) {
            Seat s = a.seat();
            Cadre x = a.cadre();
            if (s.group().kind().id().equals("ordinary") && s.role().equals("leader")) {
                assertThat(x.unit().province()).isEqualTo(s.city().partners().partnerProvince());
                assertThat(x.rank()).isIn(Rank.DIVISION, Rank.SECTION);
            }
            if (s.role().equals("member") && s.group().kind().id().equals("ordinary")) {
                assertThat(x.rank()).isIn(Rank.SECTION, Rank.STAFF);
            }
            if (s.role().equals("liaison")) {
                assertThat(x.unit()).isEqualTo(s.city().partners().lead());
            }
        }
        // Units missing from the catalogue are local bureaus with a province (§10 unit_type, province).
        assertThat(g.cadres()).filteredOn(x -> c.units().find(x.unit().name()).isEmpty())
                .isNotEmpty()
                .allMatch(x -> x.unit().type() == UnitType.LOCAL && x.unit().province() != null);
        assertThat(g.cadres()).extracting(Cadre::id).startsWith("C00001", "C00002").doesNotHaveDuplicates();
        assertThat(g.cadres()).anyMatch(x -> !x.unavailable().isEmpty());
    }
}
