package org.rotationscheduler.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleIdTest {

    @Test
    void everyRuleIdOfTheSpecIsInTheVocabularyAndNoOther() throws Exception {
        Path spec = Path.of("..", "docs", "ROTATION-RULES.md");
        if (!Files.exists(spec)) {
            spec = Path.of("..", "..", "shared", "spec", "ROTATION-RULES.md");
        }
        Set<String> specIds = new LinkedHashSet<>();
        Matcher m = Pattern.compile("^\\| ([CPGEFOS][0-9]+a?) \\|", Pattern.MULTILINE).matcher(Files.readString(spec));
        while (m.find()) {
            specIds.add(m.group(1));
        }
        Set<String> vocabulary = new LinkedHashSet<>();
        for (RuleId r : RuleId.values()) {
            if (r != RuleId.UNFILLED) {
                vocabulary.add(r.id());
            }
        }
        assertThat(vocabulary).containsExactlyElementsOf(specIds);
    }

    @Test
    void parsesIdsAsYamlWritesThemAndSuggestsTheClosestForATypo() {
        assertThat(RuleId.parse("E11")).contains(RuleId.E11);
        assertThat(RuleId.parse("e11")).contains(RuleId.E11);
        assertThat(RuleId.parse("O2a")).contains(RuleId.O2A);
        assertThat(RuleId.parse("E14")).isEmpty();
        assertThatThrownBy(() -> RuleId.of("E1l")).hasMessageContaining("unknown rule id 'E1l'")
                .hasMessageContaining("did you mean");
    }

    @Test
    void hardRulesComeBeforeEmptySeatsBeforePreferences() {
        assertThat(RuleId.hardRules()).contains(RuleId.E1, RuleId.E12, RuleId.P4).doesNotContain(RuleId.F1);
        assertThat(RuleId.softRules()).startsWith(RuleId.F1).endsWith(RuleId.F9);
        assertThat(RuleId.order(RuleId.E13)).isLessThan(RuleId.order(RuleId.UNFILLED));
        assertThat(RuleId.order(RuleId.UNFILLED)).isLessThan(RuleId.order(RuleId.F1));
        assertThat(RuleId.order(RuleId.E2)).isLessThan(RuleId.order(RuleId.E10));
    }

    @Test
    void chineseWordingCarriesTheIdInBracketsOnly() {
        assertThat(RuleId.E10.chineseWithId()).isEqualTo("不得派往本省城市（E10）");
        for (RuleId r : RuleId.values()) {
            assertThat(r.chinese()).doesNotContainPattern("[A-Za-z]{3,}");
        }
        assertThat(RuleId.E7.chinese()).doesNotContain("孕", "哺乳", "健康");
    }
}
