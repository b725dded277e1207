package org.rotationscheduler.io.in.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rotationscheduler.domain.model.Similarity;
import org.rotationscheduler.domain.problems.Problems;
import org.rotationscheduler.domain.problems.SourceLocation;

/**
 * A position in a {@link YamlDocument} that reads typed values and records every problem with
 * its file, line, column and key path instead of stopping at the first one.
 */
public final class Cursor {
    private final YamlDocument doc;
    private final JsonNode node;
    private final String path;
    private final Problems problems;

    Cursor(YamlDocument doc, JsonNode node, String path, Problems problems) {
        this.doc = doc;
        this.node = node == null ? MissingNode.getInstance() : node;
        this.path = path;
        this.problems = problems;
    }

    public static Cursor root(YamlDocument doc, Problems problems) {
        return new Cursor(doc, doc.root(), "", problems);
    }

    public boolean present() {
        return !node.isMissingNode() && !node.isNull();
    }

    public JsonNode node() {
        return node;
    }

    public String path() {
        return path;
    }

    public String key() {
        return YamlDocument.dotted(path);
    }

    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public SourceLocation where() {
        return doc.locate(path);
    }

    public void error(String message) {
        problems.add(where(), key(), message);
    }

    public Cursor get(String key) {
        return new Cursor(doc, node.get(key), path + "/" + key, problems);
    }

    /** Reports every key not in {@code allowed}, with the closest allowed key as a suggestion. */
    public void allowKeys(Set<String> allowed) {
        if (!node.isObject()) {
            return;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                Cursor child = get(name);
                String hint = Similarity.closest(name, allowed).map(s -> "did you mean '" + s + "'?")
                        .orElse("allowed here: " + String.join(", ", allowed.stream().sorted().toList()));
                child.error("unknown key '" + name + "'; " + hint);
            }
        }
    }

    public boolean expectMap() {
        if (!present()) {
            return false;
        }
        if (!node.isObject()) {
            error("must be a map of keys (key: value)");
            return false;
        }
        return true;
    }

    public Cursor require(String key) {
        Cursor c = get(key);
        if (!c.present()) {
            problems.add(where(), YamlDocument.dotted(path + "/" + key), "is missing; add '" + key + ":'");
        }
        return c;
    }

    public String text() {
        if (!present()) {
            return null;
        }
        if (node.isContainerNode()) {
            error("must be a single value, not a " + (node.isArray() ? "list" : "map"));
            return null;
        }
        return node.asText().trim();
    }

    public String text(String key, String fallback) {
        Cursor c = get(key);
        String t = c.text();
        return t == null ? fallback : t;
    }

    public Long whole(long min) {
        if (!present()) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            error("must be a whole number, got '" + node.asText() + "'");
            return null;
        }
        if (!node.canConvertToLong()) {
            error("the number " + node.asText() + " is far too large; check it");
            return null;
        }
        long v = node.asLong();
        if (v < min) {
            error("must be " + min + " or more, got " + v);
            return null;
        }
        return v;
    }

    public long whole(String key, long fallback, long min) {
        Long v = get(key).whole(min);
        return v == null ? fallback : v;
    }

    public Boolean bool() {
        if (!present()) {
            return null;
        }
        if (!node.isBoolean()) {
            error("must be true or false, got '" + node.asText() + "'");
            return null;
        }
        return node.asBoolean();
    }

    public boolean bool(String key, boolean fallback) {
        Boolean b = get(key).bool();
        return b == null ? fallback : b;
    }

    /** A rank as the register writes it (司局级 ... or bureau ...), or null with the problem recorded. */
    public org.rotationscheduler.domain.model.Rank rank() {
        String t = text();
        if (t == null) {
            return null;
        }
        var r = org.rotationscheduler.domain.model.Rank.parse(t);
        if (r.isEmpty()) {
            error("unknown rank '" + t + "'; use " + org.rotationscheduler.domain.model.Rank.accepted());
        }
        return r.orElse(null);
    }

    public LocalDate date() {
        String t = text();
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            error("must be a date written YYYY-MM-DD, got '" + t + "'");
            return null;
        }
    }

    public List<Cursor> items() {
        List<Cursor> items = new ArrayList<>();
        if (!present()) {
            return items;
        }
        if (!node.isArray()) {
            error("must be a list ([a, b] or lines starting with '- ')");
            return items;
        }
        for (int i = 0; i < node.size(); i++) {
            items.add(new Cursor(doc, node.get(i), path + "/" + i, problems));
        }
        return items;
    }

    public List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (Cursor item : get(key).items()) {
            String t = item.text();
            if (t != null && !t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    public Map<String, Cursor> entries() {
        Map<String, Cursor> out = new LinkedHashMap<>();
        if (!expectMap()) {
            return out;
        }
        node.fieldNames().forEachRemaining(n -> out.put(n, get(n)));
        return out;
    }
}
