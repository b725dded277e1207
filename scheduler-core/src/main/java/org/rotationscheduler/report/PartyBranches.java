package org.rotationscheduler.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Seat;

/**
 * O3: the temporary party branch (临时党支部) of each city's team in each round, and the
 * proposed secretary.
 *
 * <p>The plan says every city's groups form a temporary branch, managed by the party organisation
 * of the unit that leads the city ("临时党支部由牵头负责帮扶该城市的部门和单位党组织归口管理，并指定临时党支部书记人选").
 * So the proposed secretary is the most senior party member from the city's lead unit when the
 * team has one (F6, {@code secretaryFromLead}); otherwise, or when that setting is off, the most
 * senior party member: highest rank, and among equals the one in the earlier seat (central group
 * leader first), which keeps the choice stable and explainable. An office never proposes a 科员 as
 * secretary over a more senior party member: when the lead unit's only party members are 科员 and
 * the team has a more senior one, that one is proposed. Party members are listed by rank, then
 * seat, as an office lists a branch.
 */
public final class PartyBranches {

    /** A party member of a team and the seat they hold. */
    public record Member(Cadre cadre, Seat seat) {
    }

    /** Why the secretary was chosen. */
    public enum SecretaryBasis {
        /** a party member of the city's lead unit (F6) */
        LEAD_UNIT,
        /** the most senior party member, the lead unit having none in the team */
        MOST_SENIOR,
        /** the most senior party member, the lead unit's party members in the team being only 科员 */
        MOST_SENIOR_OVER_JUNIOR_LEAD,
        /** the team has no party member */
        NONE
    }

    /**
     * One city's branch in one round.
     *
     * @param teamSize filled seats of the city's groups in the round
     * @param partyMembers by rank, then seat order
     * @param secretary the proposed secretary, or null when there is no party member
     * @param minimum F6's minimum number of party members
     */
    public record Branch(City city, Round round, int teamSize, List<Member> partyMembers, Member secretary,
            SecretaryBasis basis, int minimum, boolean secretaryFromLead) {

        public Branch {
            partyMembers = List.copyOf(partyMembers);
        }

        /** F6: fewer party members than the campaign asks for. */
        public boolean belowMinimum() {
            return partyMembers.size() < minimum;
        }

        /** What the branch's organiser should know, in plain words citing F6; empty when all is well. */
        public List<String> notes() {
            List<String> notes = new ArrayList<>();
            if (basis == SecretaryBasis.NONE && !city.hasPartners()) {
                notes.add("无党员，需指定书记（F6）");
            } else if (basis == SecretaryBasis.NONE) {
                notes.add("无党员，需由牵头单位（" + city.partners().leadLabel() + "）党组织指定书记（F6）");
            } else if (basis == SecretaryBasis.MOST_SENIOR && secretaryFromLead) {
                notes.add("牵头单位（" + city.partners().leadLabel() + "）无党员在组，书记为职级最高的党员（F6）");
            } else if (basis == SecretaryBasis.MOST_SENIOR_OVER_JUNIOR_LEAD) {
                notes.add("牵头单位（" + city.partners().leadLabel() + "）在组党员均为科员，书记为职级最高的党员（F6）");
            }
            if (belowMinimum()) {
                notes.add("党员" + partyMembers.size() + "名，少于" + minimum + "名（F6）");
            }
            return notes;
        }
    }

    private PartyBranches() {
    }

    /** Every city's branch in every round of the plan, by city in annex order, then round. */
    public static List<Branch> of(Plan plan) {
        Map<String, List<Assignment>> teams = new LinkedHashMap<>();
        for (City city : plan.campaign().cities()) {
            for (Round round : plan.rounds()) {
                teams.put(key(city, round), new ArrayList<>());
            }
        }
        for (Assignment a : plan.assignments()) {
            teams.computeIfAbsent(key(a.seat().city(), a.seat().round()), k -> new ArrayList<>()).add(a);
        }
        List<Branch> branches = new ArrayList<>();
        for (List<Assignment> team : teams.values()) {
            if (!team.isEmpty()) {
                branches.add(branch(plan, team));
            }
        }
        return branches;
    }

    private static Branch branch(Plan plan, List<Assignment> team) {
        Seat first = team.get(0).seat();
        City city = first.city();
        // by rank, then seat order (the sort is stable)
        List<Member> members = team.stream()
                .filter(a -> a.filled() && a.cadre().partyMember())
                .map(a -> new Member(a.cadre(), a.seat()))
                .sorted(Comparator.comparing(m -> m.cadre().rank()))
                .toList();
        // P5: a city without partners has no lead unit to take the secretary from
        boolean fromLead = plan.campaign().rules().secretaryFromLead() && city.hasPartners();
        Optional<Member> lead = fromLead
                ? mostSenior(members.stream().filter(m -> m.cadre().unit().equals(city.partners().lead())).toList())
                : Optional.empty();
        Optional<Member> senior = mostSenior(members);
        boolean juniorLead = lead.isPresent() && lead.get().cadre().rank() == Rank.STAFF
                && senior.get().cadre().rank().outranks(Rank.STAFF);
        Member secretary = (juniorLead ? senior : lead.or(() -> senior)).orElse(null);
        SecretaryBasis basis = secretary == null ? SecretaryBasis.NONE
                : juniorLead ? SecretaryBasis.MOST_SENIOR_OVER_JUNIOR_LEAD
                : lead.isPresent() ? SecretaryBasis.LEAD_UNIT : SecretaryBasis.MOST_SENIOR;
        int teamSize = (int) team.stream().filter(Assignment::filled).count();
        return new Branch(city, first.round(), teamSize, members, secretary, basis,
                plan.campaign().rules().minPartyMembers(), fromLead);
    }

    /** Highest rank first; the stream keeps seat order among equals (min returns the first). */
    private static Optional<Member> mostSenior(List<Member> members) {
        return members.stream().min(Comparator.comparing(m -> m.cadre().rank()));
    }

    private static String key(City city, Round round) {
        return city.name() + "|" + round.number();
    }
}
