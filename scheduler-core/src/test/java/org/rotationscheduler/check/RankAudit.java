package org.rotationscheduler.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Rank;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.rules.Eligibility;
import org.rotationscheduler.rules.RuleId;

/**
 * The issue-#11 figures of a plan, counted straight from its {@code assignments.csv} (plain CSV
 * split, the columns of spec §10) and the register, with neither the solver, its score nor
 * {@link PlanChecker}: bureau-level plain members, groups whose leader (or central deputy) is
 * outranked, 科员 central deputies and ordinary leaders while a more senior eligible cadre was
 * free in that round, and the division-level leaders of autumn central groups.
 *
 * <p>Run: {@code scripts/rank-audit PLAN_DIR REGISTER [CAMPAIGN_YAML]}.
 */
public final class RankAudit {

    /** The counts. */
    public record Figures(int seats, int filled, int bureauPlainMembers, int groups, int leadersOutranked,
            int deputiesOutranked, int staffHeads, int staffHeadsWithSeniorFree, int autumnCentralLeaders,
            int divisionAutumnCentralLeaders) {
        public String describe() {
            return "seats " + seats + ", filled " + filled + "\n"
                    + "bureau-level (司局级) plain members: " + bureauPlainMembers + "\n"
                    + "groups whose leader is outranked by a member: " + leadersOutranked + " of " + groups + "\n"
                    + "central deputies outranked by a member other than the leader: " + deputiesOutranked + "\n"
                    + "科员 central deputies and ordinary leaders: " + staffHeads + ", of them with a more senior"
                    + " eligible cadre free in that round: " + staffHeadsWithSeniorFree + "\n"
                    + "autumn central leaders: " + autumnCentralLeaders + ", below 司局级: "
                    + divisionAutumnCentralLeaders;
        }
    }

    private record Row(int round, String city, String group, String seat, String cadreId, Rank rank) {
    }

    private RankAudit() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: rank-audit PLAN_DIR REGISTER [CAMPAIGN_YAML]");
            System.exit(2);
        }
        Campaign campaign = args.length > 2 ? new CampaignLoader().load(Path.of(args[2]))
                : new CampaignLoader().loadDefault();
        Register register = new RegisterReader(campaign.units()).read(Path.of(args[1]));
        System.out.println(audit(campaign, register, Path.of(args[0]).resolve("assignments.csv")).describe());
    }

    public static Figures audit(Campaign campaign, Register register, Path assignmentsCsv) throws IOException {
        List<Row> rows = read(assignmentsCsv);
        String leader = campaign.roleLabel("leader");
        String deputy = campaign.roleLabel("deputy");
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        Map<String, List<Integer>> roundsOf = new HashMap<>();
        int filled = 0;
        int bureauPlain = 0;
        for (Row r : rows) {
            groups.computeIfAbsent(r.round + "|" + r.city + "|" + r.group, k -> new ArrayList<>()).add(r);
            if (r.cadreId.isEmpty()) {
                continue;
            }
            filled++;
            roundsOf.computeIfAbsent(r.cadreId, k -> new ArrayList<>()).add(r.round);
            if (r.rank == Rank.BUREAU && !r.seat.equals(leader) && !r.seat.equals(deputy)) {
                bureauPlain++;
            }
        }
        int leadersOutranked = 0;
        int deputiesOutranked = 0;
        for (List<Row> g : groups.values()) {
            Row head = g.stream().filter(r -> r.seat.equals(leader) && !r.cadreId.isEmpty()).findFirst().orElse(null);
            Row dep = g.stream().filter(r -> r.seat.equals(deputy) && !r.cadreId.isEmpty()).findFirst().orElse(null);
            if (head != null && g.stream().anyMatch(r -> r != head && r.rank != null && r.rank.ordinal() < head.rank.ordinal())) {
                leadersOutranked++;
            }
            if (dep != null && g.stream().anyMatch(r -> r != dep && r != head && r.rank != null
                    && r.rank.ordinal() < dep.rank.ordinal())) {
                deputiesOutranked++;
            }
        }
        // seats of the plan by "round|city|group|seat label" (heads are unique in their group)
        Map<String, Seat> seatOf = new HashMap<>();
        List<Round> rounds = rows.stream().map(Row::round).distinct()
                .map(n -> campaign.roundCalendar().round(n).orElseThrow()).toList();
        for (Seat s : campaign.seats(rounds)) {
            seatOf.putIfAbsent(s.round().number() + "|" + s.city().name() + "|" + s.group().name() + "|" + s.roleLabel(), s);
        }
        Eligibility eligibility = new Eligibility(campaign.eligibility(), campaign.rules());
        var rules = campaign.rules();
        var quota = rules.isEnabled(RuleId.E4) ? rules.quota() : null;
        int staffHeads = 0;
        int staffWithFree = 0;
        int autumnLeaders = 0;
        int belowBureau = 0;
        for (Row r : rows) {
            if (r.cadreId.isEmpty()) {
                continue;
            }
            Seat seat = seatOf.get(r.round + "|" + r.city + "|" + r.group + "|" + r.seat);
            String kind = seat.group().kind().id();
            if (kind.equals("central") && r.seat.equals(leader) && seat.round().season().kind().equals("autumn")) {
                autumnLeaders++;
                if (r.rank != Rank.BUREAU) {
                    belowBureau++;
                }
            }
            boolean head = kind.equals("central") ? r.seat.equals(deputy) : r.seat.equals(leader);
            if (!head || r.rank != Rank.STAFF) {
                continue;
            }
            staffHeads++;
            Rank leaderRank = kind.equals("central") ? groups.get(r.round + "|" + r.city + "|" + r.group).stream()
                    .filter(x -> x.seat.equals(leader) && x.rank != null).map(Row::rank).findFirst().orElse(null) : null;
            for (Cadre c : register.cadres()) {
                if (c.rank() == Rank.STAFF || (leaderRank != null && c.rank().ordinal() < leaderRank.ordinal())
                        || !eligibility.eligible(seat, c)) {
                    continue;
                }
                if (free(c, seat.round(), roundsOf.getOrDefault(c.id(), List.of()), campaign, quota)) {
                    staffWithFree++;
                    break;
                }
            }
        }
        return new Figures(rows.size(), filled, bureauPlain, groups.size(), leadersOutranked, deputiesOutranked,
                staffHeads, staffWithFree, autumnLeaders, belowBureau);
    }

    /**
     * Free for a round: no seat in it or too close to it (E9, E11), under F1's per-season and
     * per-campaign maximum, not through with E4's rounds of its scope.
     */
    private static boolean free(Cadre c, Round round, List<Integer> served, Campaign campaign,
            org.rotationscheduler.rules.QuotaRule quota) {
        int gap = campaign.rules().isEnabled(RuleId.E11) ? campaign.rules().minRoundsOff() : 0;
        String scope = quota == null ? null : quota.scopeOf(round);
        boolean bound = scope != null && quota.binds(c, campaign.cities());
        int inScope = 0;
        int inSeason = 0;
        for (int n : served) {
            if (Math.abs(n - round.number()) <= gap) {
                return false;
            }
            Round other = campaign.roundCalendar().round(n).orElseThrow();
            if (bound && scope.equals(quota.scopeOf(other))) {
                inScope++;
            }
            if (other.season().id().equals(round.season().id())) {
                inSeason++;
            }
        }
        return inSeason < campaign.rules().maxPerSeason()
                && c.roundsServed() + served.size() < campaign.rules().maxPerCampaign()
                && !(bound && inScope >= quota.rounds());
    }

    private static List<Row> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(",", -1));
        int round = header.indexOf("round");
        int city = header.indexOf("city");
        int group = header.indexOf("group");
        int seat = header.indexOf("seat");
        int id = header.indexOf("cadre_id");
        int rank = header.indexOf("rank");
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            rows.add(new Row(Integer.parseInt(f[round]), f[city], f[group], f[seat], f[id],
                    Rank.parse(f[rank]).orElse(null)));
        }
        return rows;
    }
}
