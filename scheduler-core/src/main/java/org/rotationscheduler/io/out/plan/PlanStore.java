package org.rotationscheduler.io.out.plan;

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
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.calendar.Round;
import org.rotationscheduler.domain.calendar.Season;
import org.rotationscheduler.domain.model.Register;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.SourceLocation;
import org.rotationscheduler.io.in.register.RegisterReader;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.io.out.AtomicFolder;
import org.rotationscheduler.io.out.SafeFiles;

/**
 * A plan folder: {@code plan.json} (what the plan was made from) beside {@code assignments.csv}
 * (who sits where). Later commands (export, check, replan, explain) load it without solving again.
 */
public final class PlanStore {
    public static final String PLAN_FILE = "plan.json";
    public static final String ASSIGNMENTS_FILE = "assignments.csv";
    public static final int VERSION = 1;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * What plan.json holds. Every path is relative to the plan folder, so that a folder can be
     * moved or copied as a whole; older folders with absolute paths still read.
     *
     * @param campaign "default" or the campaign file, relative to the folder
     * @param register the register the plan was made from: a copy inside the folder
     * @param registerSha256 the copy's SHA-256, to notice a register edited after planning
     * @param registerOrigin where the register was copied from (relative to the folder), for the record
     * @param season e.g. autumn-2019, or null for a multi-season plan
     * @param rounds the planned round numbers
     * @param score the solver's final score, e.g. 0hard/0medium/-1234soft
     * @param history plan folders this plan counted as history, relative to the folder
     */
    public record PlanInfo(int version, String campaign, String register, String registerSha256, String registerOrigin,
            String season, List<Integer> rounds, String score, Map<String, Object> stats, List<String> history) {
    }

    /** The register's copy in a plan folder: {@code register.csv} or {@code register.xlsx}. */
    public static String registerCopyName(Path source) {
        String name = source.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".xlsx") ? "register.xlsx" : "register.csv";
    }

    /**
     * Writes plan.json and assignments.csv into {@code staging}, the folder that will become
     * {@code target} (its sibling, so relative paths are the same from both), and copies the
     * register there unless it is already one of the folder's files (a replan's register.csv).
     *
     * @return the names written
     */
    public List<String> save(Path staging, Path target, Plan plan, String score, Map<String, Object> stats,
            List<String> history) throws IOException {
        Path folder = target.toAbsolutePath().normalize();
        String campaignRef = campaignRef(staging, folder, plan.campaign().source());
        Path registerSource = Path.of(plan.register().source()).toAbsolutePath().normalize();
        String registerName;
        String origin;
        if (folder.equals(registerSource.getParent())) {
            registerName = registerSource.getFileName().toString(); // written into staging by the caller
            origin = registerName;
        } else {
            registerName = registerCopyName(registerSource);
            Files.copy(registerSource, staging.resolve(registerName));
            origin = relative(folder, registerSource);
        }
        List<String> historyRefs = history == null ? List.of()
                : history.stream().map(h -> relative(folder, Path.of(h))).toList();
        PlanInfo info = new PlanInfo(VERSION, campaignRef, registerName, sha256(staging.resolve(registerName)), origin,
                plan.season() == null ? null : plan.season().id(), plan.rounds().stream().map(Round::number).toList(),
                score, stats, historyRefs);
        AssignmentTable.write(staging.resolve(ASSIGNMENTS_FILE), plan.assignments(), true);
        SafeFiles.write(staging.resolve(PLAN_FILE), true, out -> json.writeValue(out, info));
        return Files.isDirectory(staging.resolve(CAMPAIGN_DIR)) ? List.of(PLAN_FILE, ASSIGNMENTS_FILE, registerName,
                CAMPAIGN_DIR) : List.of(PLAN_FILE, ASSIGNMENTS_FILE, registerName);
    }

    /** Writes a plan folder with plan.json and assignments.csv only (tests, tools), whole or not at all. */
    public void save(Path dir, Plan plan, String score, Map<String, Object> stats, List<String> history,
            boolean force) throws IOException {
        try (AtomicFolder folder = AtomicFolder.begin(dir, force, "--out")) {
            folder.commit(save(folder.staging(), dir, plan, score, stats, history));
        }
    }

    /** The folder's copy of the campaign's files. */
    public static final String CAMPAIGN_DIR = "campaign";

    /**
     * The campaign as plan.json names it: "default"; a file inside the folder (a replan's own
     * campaign.yaml) as it is; otherwise the campaign file and everything it extends or includes,
     * copied into {@value #CAMPAIGN_DIR}/ with their layout kept (so that relative extends: and
     * include: still reach each other), and the copy of the file named.
     */
    private static String campaignRef(Path staging, Path folder, String source) throws IOException {
        if (CampaignLoader.DEFAULT.equals(source)) {
            return CampaignLoader.DEFAULT;
        }
        Path file = Path.of(source).toAbsolutePath().normalize();
        if (file.startsWith(folder)) {
            return relative(folder, file);
        }
        List<Path> files = new CampaignLoader().files(file.toString());
        Path common = file.getParent();
        for (Path f : files) {
            while (!f.startsWith(common)) {
                common = common.getParent();
            }
        }
        if (files.stream().anyMatch(f -> f.startsWith(folder)) || common.getParent() == null) {
            return relative(folder, file); // would copy the folder into itself, or the whole disk: keep the reference
        }
        for (Path f : files) {
            Path copy = staging.resolve(CAMPAIGN_DIR).resolve(common.relativize(f).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(f, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return CAMPAIGN_DIR + "/" + common.relativize(file).toString().replace('\\', '/');
    }

    private static String relative(Path folder, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            return folder.relativize(abs).toString();
        } catch (IllegalArgumentException otherRoot) {
            return abs.toString(); // another drive (Windows): no relative path exists
        }
    }

    /** A reference from plan.json resolved against its folder ("default" stays as it is). */
    public static String resolve(Path dir, String ref) {
        if (ref == null || CampaignLoader.DEFAULT.equals(ref)) {
            return ref;
        }
        return dir.toAbsolutePath().normalize().resolve(ref).normalize().toString();
    }

    /** plan.json read strictly: every key checked, every problem with its line and what to fix. */
    public PlanInfo info(Path dir) {
        return PlanJson.read(dir);
    }

    /**
     * What is worth a warning about a plan folder that reads: the register edited after planning
     * (its checksum differs from plan.json's).
     */
    public List<String> warnings(Path dir, PlanInfo info) {
        List<String> out = new java.util.ArrayList<>();
        Path register = Path.of(resolve(dir, info.register()));
        if (info.registerSha256() != null && !info.registerSha256().isEmpty()
                && !info.registerSha256().equalsIgnoreCase(sha256(register))) {
            out.add(register + " was changed after the plan was made (its SHA-256 differs from "
                    + dir.resolve(PLAN_FILE) + "); the plan is read against the register as it is now");
        }
        return out;
    }

    /** Loads a plan folder with the campaign and register it names (or the given replacements). */
    public Plan load(Path dir, Campaign campaignOverride, Register registerOverride) {
        PlanInfo info = info(dir);
        Campaign campaign = campaignOverride != null ? campaignOverride
                : new CampaignLoader().load(resolve(dir, info.campaign()));
        Register register = registerOverride != null ? registerOverride
                : new RegisterReader(campaign).read(Path.of(resolve(dir, info.register())));
        List<Round> rounds = info.rounds().stream()
                .map(n -> campaign.roundCalendar().round(n).orElseThrow(() -> InputException.of(
                        SourceLocation.file(dir.resolve(PLAN_FILE).toString()), "rounds",
                        "round " + n + " is not in the campaign calendar")))
                .toList();
        Season season = info.season() == null ? null : rounds.get(0).season();
        if (season != null && !season.id().equals(info.season())) {
            throw InputException.of(SourceLocation.file(dir.resolve(PLAN_FILE).toString()), "season", "is '"
                    + info.season() + "', but the plan's rounds are those of " + season.id()
                    + "; plan.json is written by 'schedule' and 'replan'; restore it from there");
        }
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
