package org.rotationscheduler.io.plan;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.calendar.Round;
import org.rotationscheduler.calendar.Season;
import org.rotationscheduler.io.InputException;
import org.rotationscheduler.io.SafeFiles;
import org.rotationscheduler.io.SourceLocation;
import org.rotationscheduler.io.register.RegisterReader;
import org.rotationscheduler.io.yaml.CampaignLoader;
import org.rotationscheduler.model.Campaign;
import org.rotationscheduler.model.Plan;
import org.rotationscheduler.model.Register;

/**
 * A plan folder: {@code plan.json} (what the plan was made from) beside {@code assignments.csv}
 * (who sits where). Later commands (export, check, replan, explain) load it without solving again.
 */
public final class PlanStore {
    public static final String PLAN_FILE = "plan.json";
    public static final String ASSIGNMENTS_FILE = "assignments.csv";
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * What plan.json holds.
     *
     * @param campaign "default" or the campaign file's absolute path
     * @param register the register's absolute path
     * @param registerSha256 to notice a register changed after planning
     * @param season e.g. autumn-2019, or null for a multi-season plan
     * @param rounds the planned round numbers
     * @param score the solver's final score, e.g. 0hard/0medium/-1234soft
     * @param history plan folders this plan counted as history
     */
    public record PlanInfo(int version, String campaign, String register, String registerSha256, String season,
            List<Integer> rounds, String score, Map<String, Object> stats, List<String> history) {
    }

    public void save(Path dir, Plan plan, String score, Map<String, Object> stats, List<String> history,
            boolean force) throws IOException {
        Files.createDirectories(dir);
        String campaignRef = CampaignLoader.DEFAULT.equals(plan.campaign().source()) ? CampaignLoader.DEFAULT
                : Path.of(plan.campaign().source()).toAbsolutePath().toString();
        Path registerPath = Path.of(plan.register().source()).toAbsolutePath();
        PlanInfo info = new PlanInfo(1, campaignRef, registerPath.toString(), sha256(registerPath),
                plan.season() == null ? null : plan.season().id(), plan.rounds().stream().map(Round::number).toList(),
                score, stats, history);
        AssignmentTable.write(dir.resolve(ASSIGNMENTS_FILE), plan.assignments(), force);
        SafeFiles.write(dir.resolve(PLAN_FILE), force, out -> json.writeValue(out, info));
    }

    public PlanInfo info(Path dir) {
        Path file = dir.resolve(PLAN_FILE);
        if (!Files.isRegularFile(file)) {
            throw InputException.of(SourceLocation.file(dir.toString()), "--plan", "is not a plan folder (no "
                    + PLAN_FILE + "); give the folder that 'schedule' wrote");
        }
        try {
            return json.readValue(file.toFile(), PlanInfo.class);
        } catch (IOException e) {
            throw InputException.of(SourceLocation.file(file.toString()), "", "cannot be read as a plan: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Loads a plan folder with the campaign and register it names (or the given replacements). */
    public Plan load(Path dir, Campaign campaignOverride, Register registerOverride) {
        PlanInfo info = info(dir);
        Campaign campaign = campaignOverride != null ? campaignOverride : new CampaignLoader().load(info.campaign());
        Register register = registerOverride != null ? registerOverride
                : new RegisterReader(campaign).read(Path.of(info.register()));
        List<Round> rounds = info.rounds().stream()
                .map(n -> campaign.roundCalendar().round(n).orElseThrow(() -> InputException.of(
                        SourceLocation.file(dir.resolve(PLAN_FILE).toString()), "rounds",
                        "round " + n + " is not in the campaign calendar")))
                .toList();
        Season season = info.season() == null ? null : rounds.get(0).season();
        var assignments = AssignmentTable.read(dir.resolve(ASSIGNMENTS_FILE), campaign, register, rounds);
        return new Plan(campaign, register, season, rounds, assignments);
    }

    public static String sha256(Path file) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            return "";
        }
    }
}
