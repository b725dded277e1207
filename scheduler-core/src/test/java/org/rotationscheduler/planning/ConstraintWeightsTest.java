package org.rotationscheduler.planning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.rules.RuleSettings;

/** Every switch and weight written under {@code rules:} reaches its constraint, and every constraint has one. */
class ConstraintWeightsTest {
    private static final Path SMALL = Path.of("..", "examples", "small", "campaign.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    private Campaign load(String rules) throws IOException {
        Path file = dir.resolve("campaign.yaml");
        Files.writeString(file, "extends: " + SMALL + "\nrules:\n" + rules);
        return new CampaignLoader().load(file);
    }

    /** Distinct weights for every soft rule, E3 softened (so F8 counts) and E11 off. */
    private static final String DISTINCT = """
              E3: {enabled: false}
              E11: {enabled: false, minRoundsOff: 1}
              unfilled: {weight: 7}
              F1: {weight: 11, maxPerSeason: 3, maxPerCampaign: 8, maxWeight: 300}
              F2: {weight: 12}
              F3: {weight: 13}
              F4: {weight: 14}
              F5: {weight: 15}
              F6: {weight: 16, minPartyMembers: 3, secretaryFromLead: true}
              F7: {weight: 17}
              F8: {weight: 18}
            """;

    @Test
    void everyYamlWeightReachesItsConstraint() throws IOException {
        Map<RuleConstraint, HardMediumSoftLongScore> w = ConstraintWeights.all(load(DISTINCT).rules());
        assertThat(w.get(RuleConstraint.UNFILLED)).isEqualTo(HardMediumSoftLongScore.ofMedium(7));
        assertThat(w.get(RuleConstraint.F1)).isEqualTo(HardMediumSoftLongScore.ofSoft(11));
        assertThat(w.get(RuleConstraint.F1_SEASON)).isEqualTo(HardMediumSoftLongScore.ofSoft(300));
        assertThat(w.get(RuleConstraint.F1_CAMPAIGN)).isEqualTo(HardMediumSoftLongScore.ofSoft(300));
        assertThat(w.get(RuleConstraint.F2)).isEqualTo(HardMediumSoftLongScore.ofSoft(12));
        assertThat(w.get(RuleConstraint.F3)).isEqualTo(HardMediumSoftLongScore.ofSoft(13));
        assertThat(w.get(RuleConstraint.F4)).isEqualTo(HardMediumSoftLongScore.ofSoft(14));
        assertThat(w.get(RuleConstraint.F5)).isEqualTo(HardMediumSoftLongScore.ofSoft(15));
        assertThat(w.get(RuleConstraint.F5_NEWCOMERS)).isEqualTo(HardMediumSoftLongScore.ofSoft(15));
        assertThat(w.get(RuleConstraint.F6)).isEqualTo(HardMediumSoftLongScore.ofSoft(16));
        assertThat(w.get(RuleConstraint.F6_SECRETARY)).isEqualTo(HardMediumSoftLongScore.ofSoft(16));
        assertThat(w.get(RuleConstraint.F7)).isEqualTo(HardMediumSoftLongScore.ofSoft(17));
        assertThat(w.get(RuleConstraint.F8)).isEqualTo(HardMediumSoftLongScore.ofSoft(18));
        assertThat(w.get(RuleConstraint.E3)).as("E3 switched off").isEqualTo(HardMediumSoftLongScore.ZERO);
        assertThat(w.get(RuleConstraint.E11)).as("E11 switched off").isEqualTo(HardMediumSoftLongScore.ZERO);
        assertThat(w.get(RuleConstraint.E11_HISTORY)).as("E11 switched off").isEqualTo(HardMediumSoftLongScore.ZERO);
        assertThat(w.get(RuleConstraint.E10)).isEqualTo(HardMediumSoftLongScore.ONE_HARD);
        assertThat(w.get(RuleConstraint.ELIGIBILITY_DATA)).isEqualTo(HardMediumSoftLongScore.ONE_HARD);
    }

    @Test
    void f8WeighsNothingWhileE3HoldsAndTheSecretaryNothingWhenNotAsked() throws IOException {
        RuleSettings rules = load("""
                  F6: {weight: 16, minPartyMembers: 3, secretaryFromLead: false}
                  F8: {weight: 18}
                """).rules();
        Map<RuleConstraint, HardMediumSoftLongScore> w = ConstraintWeights.all(rules);
        assertThat(w.get(RuleConstraint.F8)).isEqualTo(HardMediumSoftLongScore.ZERO);
        assertThat(w.get(RuleConstraint.F6_SECRETARY)).isEqualTo(HardMediumSoftLongScore.ZERO);
        assertThat(w.get(RuleConstraint.F6)).isEqualTo(HardMediumSoftLongScore.ofSoft(16));
    }

    @Test
    void theConstraintsTimefoldScoresAreExactlyTheVocabularysConstraints() throws IOException {
        Campaign campaign = load(DISTINCT);
        Register register = new RegisterReader(campaign.units()).read(SMALL.resolveSibling("register.csv"));
        var season = campaign.roundCalendar().season("autumn", null).orElseThrow();
        var problem = new ProblemBuilder(campaign, register).problem(season, campaign.roundCalendar().roundsOf(season));
        SolveResult first = new RotationSolver().solve(problem, new SolveSettings(Duration.ofMinutes(1), null, 0, 0),
                (t, s, n) -> { });
        Set<String> scored = new PlanAnalysis().analyze(first.solution()).constraintMap().keySet().stream()
                .map(ref -> ref.constraintName()).collect(Collectors.toSet());
        // Timefold leaves constraints of weight zero out: here only the two rules switched off
        Map<RuleConstraint, HardMediumSoftLongScore> weights = ConstraintWeights.all(campaign.rules());
        Set<String> weighted = Arrays.stream(RuleConstraint.values()).filter(c -> !weights.get(c).isZero())
                .map(RuleConstraint::constraintName).collect(Collectors.toSet());
        assertThat(scored).isEqualTo(weighted);
        assertThat(Arrays.stream(RuleConstraint.values()).filter(c -> weights.get(c).isZero()))
                .containsExactlyInAnyOrder(RuleConstraint.E3, RuleConstraint.E11, RuleConstraint.E11_HISTORY);
    }
}
