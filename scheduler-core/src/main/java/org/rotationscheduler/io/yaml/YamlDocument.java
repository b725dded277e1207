package org.rotationscheduler.io.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.rotationscheduler.io.InputException;
import org.rotationscheduler.io.SourceLocation;

/**
 * A YAML tree read with Jackson that remembers, for every key path, the file, line and column it
 * came from, so that every message can point at the line to fix. Trees of several files (includes,
 * {@code extends}) merge key by key; lists are replaced whole.
 */
public final class YamlDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final ObjectNode root;
    private final Map<String, SourceLocation> locations;

    private YamlDocument(ObjectNode root, Map<String, SourceLocation> locations) {
        this.root = root;
        this.locations = locations;
    }

    public static YamlDocument empty() {
        return new YamlDocument(NODES.objectNode(), new HashMap<>());
    }

    public ObjectNode root() {
        return root;
    }

    /** The location of a key path such as {@code /rules/E11/minRoundsOff}, or the nearest parent's. */
    public SourceLocation locate(String path) {
        String p = path;
        while (true) {
            SourceLocation loc = locations.get(p);
            if (loc != null) {
                return loc;
            }
            int slash = p.lastIndexOf('/');
            if (slash <= 0) {
                return locations.getOrDefault("", SourceLocation.file("campaign"));
            }
            p = p.substring(0, slash);
        }
    }

    public static YamlDocument parse(Reader reader, String fileName) {
        Map<String, SourceLocation> locations = new HashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(reader)) {
            JsonToken first = parser.nextToken();
            locations.put("", new SourceLocation(fileName, 1, 1));
            if (first == null) {
                return new YamlDocument(NODES.objectNode(), locations);
            }
            JsonNode node = read(parser, "", fileName, locations);
            if (!(node instanceof ObjectNode object)) {
                throw InputException.of(new SourceLocation(fileName, 1, 1), "",
                        "the file must be a map of keys (key: value), not a " + node.getNodeType().name().toLowerCase());
            }
            return new YamlDocument(object, locations);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String detail = syntaxDetail(e.getOriginalMessage());
            throw InputException.of(loc == null ? SourceLocation.file(fileName)
                            : new SourceLocation(fileName, loc.getLineNr(), loc.getColumnNr()), "",
                    "this is not valid YAML (" + detail + "); check the indentation and the ':' after each key");
        } catch (IOException e) {
            throw InputException.of(SourceLocation.file(fileName), "", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * SnakeYAML writes "while parsing X / in 'reader', line.. / (the excerpt) / expected Y, but got Z";
     * keep the sentences, drop the excerpts and the positions (the location says where).
     */
    static String syntaxDetail(String message) {
        if (message == null) {
            return "syntax error";
        }
        String detail = message.lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .map(String::trim)
                .collect(java.util.stream.Collectors.joining("; "));
        return detail.isEmpty() ? "syntax error" : detail;
    }

    private static JsonNode read(JsonParser p, String path, String file, Map<String, SourceLocation> locs)
            throws IOException {
        JsonToken t = p.currentToken();
        JsonLocation here = p.currentTokenLocation();
        locs.putIfAbsent(path, new SourceLocation(file, here.getLineNr(), here.getColumnNr()));
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation keyLoc = p.currentTokenLocation();
                    String childPath = path + "/" + name;
                    if (o.has(name)) {
                        throw InputException.of(new SourceLocation(file, keyLoc.getLineNr(), keyLoc.getColumnNr()),
                                dotted(childPath), "this key appears twice in the same map; keep one");
                    }
                    locs.put(childPath, new SourceLocation(file, keyLoc.getLineNr(), keyLoc.getColumnNr()));
                    p.nextToken();
                    o.set(name, read(p, childPath, file, locs));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(read(p, path + "/" + i++, file, locs));
                }
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw InputException.of(new SourceLocation(file, here.getLineNr(), here.getColumnNr()),
                    dotted(path), "unexpected YAML content " + t);
        }
    }

    /** Merges {@code over} on top of this document: maps key by key, everything else replaced. */
    public YamlDocument mergedWith(YamlDocument over) {
        ObjectNode merged = root.deepCopy();
        Map<String, SourceLocation> locs = new HashMap<>(locations);
        merge(merged, over.root, "", over.locations, locs);
        locs.put("", over.locations.getOrDefault("", locations.get("")));
        return new YamlDocument(merged, locs);
    }

    private static void merge(ObjectNode base, ObjectNode over, String path, Map<String, SourceLocation> overLocs,
            Map<String, SourceLocation> locs) {
        Iterator<Map.Entry<String, JsonNode>> it = over.fields();
        while (it.hasNext()) {
            var e = it.next();
            String childPath = path + "/" + e.getKey();
            JsonNode existing = base.get(e.getKey());
            if (existing instanceof ObjectNode baseChild && e.getValue() instanceof ObjectNode overChild) {
                merge(baseChild, overChild, childPath, overLocs, locs);
                locs.put(childPath, overLocs.get(childPath));
            } else {
                base.set(e.getKey(), e.getValue().deepCopy());
                locs.keySet().removeIf(k -> k.equals(childPath) || k.startsWith(childPath + "/"));
                overLocs.forEach((k, v) -> {
                    if (k.equals(childPath) || k.startsWith(childPath + "/")) {
                        locs.put(k, v);
                    }
                });
            }
        }
    }

    public YamlDocument without(String key) {
        ObjectNode copy = root.deepCopy();
        copy.remove(key);
        return new YamlDocument(copy, locations);
    }

    /** "/rules/E11/minRoundsOff" → "rules.E11.minRoundsOff"; list indexes in brackets. */
    public static String dotted(String path) {
        StringBuilder sb = new StringBuilder();
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(part).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(part);
            }
        }
        return sb.toString();
    }
}
