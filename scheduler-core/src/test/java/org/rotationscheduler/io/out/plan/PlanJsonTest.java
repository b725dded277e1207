package org.rotationscheduler.io.out.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.io.out.register.RegisterWriter;
import org.rotationscheduler.report.HandMadePlan;

/**
 * plan.json is read through the same problem reporting as the campaign: file:line:column, the key,
 * what to fix; never a Java exception or Jackson's words, and never a silent default.
 */
class PlanJsonTest {
    @TempDir
    Path dir;
    Path folder;
    String json;

    @BeforeEach
    void aPlanFolder() throws IOException {
        Plan p = HandMadePlan.small();
        Path register = dir.resolve("reg.csv");
        RegisterWriter.write(register, p.register().cadres(), Map.of(), true);
        folder = dir.resolve("plan");
        new PlanStore().save(folder, new Plan(p.campaign(), new Register(register.toString(), p.register().cadres()),
                p.season(), p.rounds(), p.assignments()), "0hard/-2medium/0soft", Map.of("seed", 0), List.of(), false);
        json = Files.readString(folder.resolve(PlanStore.PLAN_FILE));
    }

    private InputException refused(String from, String to) throws IOException {
        assertThat(json).contains(from);
        Files.writeString(folder.resolve(PlanStore.PLAN_FILE), json.replace(from, to), StandardCharsets.UTF_8);
        InputException e = catchThrowableOfType(() -> new PlanStore().info(folder), InputException.class);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.getMessage()).doesNotContain("java.").doesNotContain("VALUE_").doesNotContain("Exception");
        return e;
    }

    private int lineOf(String needle) {
        List<String> lines = json.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }

    @Test
    void noRounds() throws IOException {
        int line = lineOf("\"rounds\"");
        String rounds = json.substring(json.indexOf("\"rounds\""), json.indexOf("]", json.indexOf("\"rounds\"")) + 1);
        InputException e = refused(rounds, "\"rounds\" : [ ]");
        assertThat(e.getMessage()).contains("plan.json:" + line + ":").contains("rounds: is empty");
    }

    @Test
    void roundsNotAList() throws IOException {
        String rounds = json.substring(json.indexOf("\"rounds\""), json.indexOf("]", json.indexOf("\"rounds\"")) + 1);
        InputException e = refused(rounds, "\"rounds\" : \"abc\"");
        assertThat(e.getMessage()).contains("rounds: must be the list of the plan's round numbers");
    }

    @Test
    void noRegisterKey() throws IOException {
        InputException e = refused("  \"register\" : \"register.csv\",\n", "");
        assertThat(e.getMessage()).contains("plan.json:1:1: register: is missing");
    }

    @Test
    void campaignNullIsNotTheDefault() throws IOException {
        InputException e = refused("\"campaign\" : \"default\"", "\"campaign\" : null");
        assertThat(e.getMessage()).contains("plan.json:" + lineOf("\"campaign\"") + ":").contains("campaign: is missing (null)");
    }

    @Test
    void aHistoryFolderThatIsGone() throws IOException {
        InputException e = refused("\"history\" : [ ]", "\"history\" : [ \"../autumn-2018\" ]");
        assertThat(e.getMessage()).contains("history[0]: names the earlier plan").contains("which is not there");
    }

    @Test
    void anUnknownKeyAndNotJson() throws IOException {
        assertThat(refused("\"score\"", "\"scroe\"").getMessage()).contains("unknown key 'scroe'; did you mean 'score'?");
        assertThat(refused("{", "{ oops").getMessage()).contains("plan.json:1:").contains("not valid JSON");
    }

    @Test
    void aRegisterThatIsGone() throws IOException {
        Files.delete(folder.resolve("register.csv"));
        InputException e = catchThrowableOfType(() -> new PlanStore().info(folder), InputException.class);
        assertThat(e.getMessage()).contains("plan.json:" + lineOf("\"register\"") + ":").contains("register: names")
                .contains("which does not exist");
    }
}
