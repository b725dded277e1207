package org.rotationscheduler.io.in.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.rules.RuleId;
import org.rotationscheduler.rules.RuleSettings;

/**
 * data/campaign.schema.json documents exactly the keys CampaignLoader accepts: every key set the
 * loader checks with allowKeys is a closed object of the schema with the same properties, and the
 * schema has no closed object the loader does not know.
 */
class CampaignSchemaTest {
    private static final String DATA = "campaign/default/";
    private final JsonNode schema = readSchema();

    private static JsonNode readSchema() {
        try (InputStream in = CampaignSchemaTest.class.getClassLoader().getResourceAsStream(DATA + "campaign.schema.json")) {
            assertThat(in).as("data/campaign.schema.json on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void isDraft2020_12() {
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void everyKeyTheLoaderAcceptsIsInTheSchema() {
        CampaignLoader.allowedKeys().forEach((path, keys) -> {
            JsonNode node = resolve(path);
            assertThat(names(node.path("properties"))).as("properties of '%s' in the schema", path)
                    .containsExactlyInAnyOrderElementsOf(keys);
            assertThat(node.path("additionalProperties").isBoolean() && !node.path("additionalProperties").asBoolean())
                    .as("'%s' is closed (additionalProperties: false), as the loader rejects unknown keys", path)
                    .isTrue();
        });
    }

    @Test
    void theSchemaHasNoClosedObjectTheLoaderDoesNotCheck() {
        Map<String, JsonNode> closed = new LinkedHashMap<>();
        collectClosed(schema, "", closed);
        assertThat(closed.keySet()).containsExactlyInAnyOrderElementsOf(CampaignLoader.allowedKeys().keySet());
    }

    @Test
    void everyRuleDescriptionCitesItsId() {
        List<String> ids = new ArrayList<>();
        RuleId.hardRules().forEach(r -> ids.add(r.id()));
        RuleId.softRules().forEach(r -> ids.add(r.id()));
        for (String id : ids) {
            assertThat(resolve("rules." + id).path("description").asText()).as(id).startsWith(id + ":");
        }
    }

    @Test
    void everyPropertyIsDescribed() {
        List<String> missing = new ArrayList<>();
        collectUndescribed(schema, "", missing);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyDefaultDataFileNamesTheSchemaOnItsFirstLine() throws IOException {
        Set<String> files = new LinkedHashSet<>(List.of("campaign.yaml"));
        try (InputStream in = resource("campaign.yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text.lines().filter(l -> l.startsWith("  - ") && l.endsWith(".yaml")).forEach(l -> files.add(l.substring(4)));
        }
        assertThat(files).hasSizeGreaterThan(5);
        for (String file : files) {
            try (InputStream in = resource(file)) {
                String first = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
                assertThat(first).as(file).isEqualTo("# yaml-language-server: $schema=campaign.schema.json");
            }
        }
    }

    private static InputStream resource(String file) {
        InputStream in = CampaignSchemaTest.class.getClassLoader().getResourceAsStream(DATA + file);
        assertThat(in).as(file).isNotNull();
        return in;
    }

    /** "calendar.seasons[]" → the schema of one season. */
    private JsonNode resolve(String path) {
        JsonNode node = deref(schema);
        if (path.isEmpty()) {
            return node;
        }
        for (String part : path.split("\\.")) {
            boolean item = part.endsWith("[]");
            String name = item ? part.substring(0, part.length() - 2) : part;
            node = deref(node.path("properties").path(name));
            assertThat(node.isMissingNode()).as("'%s' in the schema (at '%s')", path, name).isFalse();
            if (item) {
                node = deref(node.path("items"));
            }
        }
        return node;
    }

    private JsonNode deref(JsonNode node) {
        // a map-valued key that may also be ~ (it clears the map it extends): anyOf [$ref, null]
        for (JsonNode alternative : node.path("anyOf")) {
            if (alternative.has("$ref")) {
                return deref(alternative);
            }
        }
        JsonNode ref = node.path("$ref");
        if (!ref.isTextual()) {
            return node;
        }
        assertThat(ref.asText()).startsWith("#/$defs/");
        return deref(schema.path("$defs").path(ref.asText().substring("#/$defs/".length())));
    }

    private void collectClosed(JsonNode node, String path, Map<String, JsonNode> out) {
        JsonNode n = deref(node);
        if (n.has("properties")) {
            if (n.path("additionalProperties").isBoolean() && !n.path("additionalProperties").asBoolean()) {
                out.put(path, n);
            }
            n.path("properties").fields().forEachRemaining(e ->
                    collectClosed(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
        }
        if (n.has("items")) {
            collectClosed(n.path("items"), path + "[]", out);
        }
    }

    private void collectUndescribed(JsonNode node, String path, List<String> out) {
        node.path("properties").fields().forEachRemaining(e -> {
            String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            JsonNode child = e.getValue();
            if (!child.path("description").isTextual() && !deref(child).path("description").isTextual()) {
                out.add(p);
            }
            collectUndescribed(deref(child), p, out);
            collectUndescribed(deref(child.path("items")), p + "[]", out);
        });
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
