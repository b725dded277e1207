package org.rotationscheduler.io.out.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.GroupCounts;
import org.rotationscheduler.io.out.SafeFiles;

/**
 * G1: a replan that changes group counts writes the changed campaign next to the plan, as a
 * campaign file that {@code extends} the plan's campaign and lists every group count change, so
 * that the plan reads back with the same seats. YAML replaces lists whole, hence the base's own
 * changes are listed again.
 */
public final class ReplanCampaign {
    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private ReplanCampaign() {
    }

    /** @param base the campaign the plan was made with: "default" or a file's absolute path */
    public static String format(Campaign changed, String base, String changeFile) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("extends", base);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (GroupCounts.Change c : changed.groupCounts().changes()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("fromRound", c.fromRound());
            entry.put("city", c.city());
            entry.put("counts", new TreeMap<>(c.counts()));
            changes.add(entry);
        }
        doc.put("groupCounts", Map.of("changes", changes));
        try {
            return "# Written by 'scheduler replan': the campaign " + base + " with the group counts changed by\n"
                    + "# " + changeFile + " (G1). Lists replace whole, so every change is listed.\n"
                    + YAML.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, Campaign changed, String base, String changeFile, boolean force)
            throws IOException {
        SafeFiles.writeString(file, force, format(changed, base, changeFile));
    }
}
