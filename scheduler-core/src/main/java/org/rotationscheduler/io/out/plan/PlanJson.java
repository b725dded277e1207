package org.rotationscheduler.io.out.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.Problems;
import org.rotationscheduler.domain.problems.SourceLocation;
import org.rotationscheduler.io.in.Utf8Text;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.io.in.yaml.Cursor;
import org.rotationscheduler.io.in.yaml.YamlDocument;

/**
 * Reads plan.json strictly, through the same problem reporting as the campaign: every key
 * checked for its type, every reference (campaign, register, history folders) checked to exist,
 * each problem as {@code plan.json:line:column: key: what is wrong; what to do}. A plan is never
 * judged against a campaign or register its file does not name.
 */
final class PlanJson {
    static final Set<String> KEYS = Set.of("version", "campaign", "register", "registerSha256", "registerOrigin",
            "season", "rounds", "score", "stats", "history");
    private static final String RESTORE = "plan.json is written by 'schedule' and 'replan'; restore it from there";

    private PlanJson() {
    }

    static PlanStore.PlanInfo read(Path dir) {
        Path file = dir.resolve(PlanStore.PLAN_FILE);
        if (Files.isSymbolicLink(dir) && !Files.isDirectory(dir)) {
            throw InputException.of(SourceLocation.file(dir.toString()), "--plan", "is a link to nothing; give the plan folder");
        }
        if (!Files.isDirectory(dir)) {
            throw InputException.of(SourceLocation.file(dir.toString()), "--plan", Files.exists(dir)
                    ? "is a file, not a plan folder; give the folder that 'schedule' wrote"
                    : "no such plan folder; give the folder that 'schedule' wrote");
        }
        if (!Files.isRegularFile(file)) {
            throw InputException.of(SourceLocation.file(dir.toString()), "--plan", "is not a plan folder (no "
                    + PlanStore.PLAN_FILE + "); give the folder that 'schedule' wrote");
        }
        String display = file.toString();
        byte[] bytes = Utf8Text.readBytes(file, display);
        Utf8Text.Decoded text = Utf8Text.decode(bytes);
        if (!text.ok()) {
            throw InputException.of(new SourceLocation(display, text.badLine(), text.badColumn()), "",
                    "is not UTF-8 text; " + RESTORE);
        }
        YamlDocument doc = YamlDocument.parseJson(new StringReader(text.text()), display);
        Problems problems = new Problems();
        Cursor root = Cursor.root(doc, problems);
        root.allowKeys(KEYS);
        Long version = root.require("version").whole(1);
        if (version != null && version != PlanStore.VERSION) {
            root.get("version").error("version " + version + " is not one this tool reads (" + PlanStore.VERSION
                    + "); " + RESTORE);
        }
        String campaign = reference(root, "campaign", dir, false);
        String register = reference(root, "register", dir, false);
        String sha = optionalText(root, "registerSha256");
        if (sha != null && !sha.isEmpty() && !sha.matches("[0-9a-fA-F]{64}")) {
            root.get("registerSha256").error("must be a SHA-256 (64 hexadecimal digits), got '" + sha + "'");
        }
        String origin = optionalText(root, "registerOrigin");
        String season = optionalText(root, "season");
        List<Integer> rounds = rounds(root);
        String score = optionalText(root, "score");
        Map<String, Object> stats = stats(root);
        List<String> history = history(root, dir);
        problems.throwIfAny();
        return new PlanStore.PlanInfo(version.intValue(), campaign, register, sha, origin, season, rounds, score, stats,
                history);
    }

    /** A required text naming a file relative to the folder (or "default" for the campaign), which must exist. */
    private static String reference(Cursor root, String key, Path dir, boolean folder) {
        Cursor c = root.get(key);
        if (!c.present()) {
            root.get(key).error("is missing" + (c.node().isNull() ? " (null)" : "") + "; plan.json must name the "
                    + key + " the plan was made with; " + RESTORE);
            return null;
        }
        if (!c.node().isTextual()) {
            c.error("must be a file name in quotes, got " + describe(c));
            return null;
        }
        String ref = c.node().asText();
        if ("campaign".equals(key) && CampaignLoader.DEFAULT.equals(ref)) {
            return ref;
        }
        Path p = Path.of(PlanStore.resolve(dir, ref));
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p)) {
            c.error("names " + p + ", which does not exist; put the " + key + " back there (or restore plan.json)");
        }
        return ref;
    }

    private static String optionalText(Cursor root, String key) {
        Cursor c = root.get(key);
        if (!c.present()) {
            return null;
        }
        if (!c.node().isTextual()) {
            c.error("must be text in quotes, got " + describe(c));
            return null;
        }
        return c.node().asText();
    }

    private static List<Integer> rounds(Cursor root) {
        Cursor c = root.require("rounds");
        if (!c.present()) {
            return List.of();
        }
        if (!c.node().isArray()) {
            c.error("must be the list of the plan's round numbers, e.g. [11, 12, 13], got " + describe(c));
            return List.of();
        }
        if (c.node().isEmpty()) {
            c.error("is empty; a plan has at least one round; " + RESTORE);
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (Cursor item : c.items()) {
            Long n = item.whole(1);
            if (n != null && n > Integer.MAX_VALUE) {
                item.error("round " + n + " is not a round of any campaign");
            } else if (n != null) {
                if (out.contains(n.intValue())) {
                    item.error("round " + n + " is listed twice; list each round once");
                }
                out.add(n.intValue());
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stats(Cursor root) {
        Cursor c = root.get("stats");
        if (!c.present()) {
            return Map.of();
        }
        if (!c.node().isObject()) {
            c.error("must be a map of figures, got " + describe(c));
            return Map.of();
        }
        return new LinkedHashMap<>(new ObjectMapper().convertValue(c.node(), Map.class));
    }

    private static List<String> history(Cursor root, Path dir) {
        List<String> out = new ArrayList<>();
        Cursor c = root.get("history");
        if (!c.present()) {
            return out;
        }
        if (!c.node().isArray()) {
            c.error("must be a list of plan folders, got " + describe(c));
            return out;
        }
        for (Cursor item : c.items()) {
            if (!item.node().isTextual()) {
                item.error("must be a plan folder's path in quotes, got " + describe(item));
                continue;
            }
            Path folder = Path.of(PlanStore.resolve(dir, item.node().asText()));
            if (!Files.isRegularFile(folder.resolve(PlanStore.PLAN_FILE))) {
                item.error("names the earlier plan " + folder + ", which is not there (no " + PlanStore.PLAN_FILE
                        + "); the plan counted it (E4, E9, E11): put that folder back");
            }
            out.add(item.node().asText());
        }
        return out;
    }

    private static String describe(Cursor c) {
        var n = c.node();
        if (n.isArray()) {
            return "a list";
        }
        if (n.isObject()) {
            return "a map";
        }
        return n.isTextual() ? "'" + n.asText() + "'" : n.toString();
    }
}
