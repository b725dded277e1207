package org.rotationscheduler.io.in.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;

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

    /** Limits of a YAML (or plan.json) file, far above any campaign's needs; each refused with file:line. */
    public static final int MAX_CHARS = 2 * 1024 * 1024;
    public static final int MAX_DEPTH = 32;
    public static final int MAX_NODES = 200_000;
    public static final int MAX_SCALAR_CHARS = 10_000;

    public static YamlDocument parse(Reader reader, String fileName) {
        return parse(reader, fileName, false);
    }

    /** plan.json: JSON, read into the same tree with the same locations and limits. */
    public static YamlDocument parseJson(Reader reader, String fileName) {
        return parse(reader, fileName, true);
    }

    private static YamlDocument parse(Reader reader, String fileName, boolean asJson) {
        Map<String, SourceLocation> locations = new HashMap<>();
        String text = readBounded(reader, fileName);
        JsonFactory factory = asJson ? new JsonFactory() : YAMLFactory.builder().loaderOptions(loaderOptions()).build();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            locations.put("", new SourceLocation(fileName, 1, 1));
            if (first == null) {
                return new YamlDocument(NODES.objectNode(), locations);
            }
            JsonNode node = new Reading(parser, fileName, locations).read("", 0);
            if (!(node instanceof ObjectNode object)) {
                throw InputException.of(new SourceLocation(fileName, 1, 1), "",
                        "the file must be a map of keys (key: value), not a " + node.getNodeType().name().toLowerCase());
            }
            JsonToken more = nextOrNull(parser);
            if (more != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw InputException.of(new SourceLocation(fileName, at.getLineNr(), at.getColumnNr()), "", asJson
                        ? "there is more after the end of the plan's JSON object; remove it"
                        : "a second YAML document starts here (after '---'); a campaign file holds one document:"
                                + " remove the '---' line, or put the second part into its own file and name it"
                                + " under include:");
            }
            return new YamlDocument(object, locations);
        } catch (JsonProcessingException e) {
            String detail = syntaxDetail(e.getOriginalMessage());
            throw InputException.of(syntaxLocation(e, fileName), "",
                    asJson ? "this is not valid JSON (" + detail + "); plan.json is written by 'schedule'; restore it"
                            : "this is not valid YAML (" + detail + "); check the indentation and the ':' after each key");
        } catch (IOException e) {
            throw InputException.of(SourceLocation.file(fileName), "", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Where a syntax error is: SnakeYAML's problem mark (the token that does not fit) when there is
     * one, rather than the end of the last token read, which is often the line before.
     */
    private static SourceLocation syntaxLocation(JsonProcessingException e, String fileName) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null) {
                return new SourceLocation(fileName, marked.getProblemMark().getLine() + 1,
                        marked.getProblemMark().getColumn() + 1);
            }
        }
        JsonLocation loc = e.getLocation();
        return loc == null ? SourceLocation.file(fileName) : new SourceLocation(fileName, loc.getLineNr(), loc.getColumnNr());
    }

    /** The parser's own limits stay above ours, so that ours (with file:line) speak first. */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(MAX_DEPTH * 4);
        options.setCodePointLimit(MAX_CHARS + 1024);
        options.setMaxAliasesForCollections(MAX_NODES);
        return options;
    }

    private static String readBounded(Reader reader, String fileName) {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = reader.read(buffer)) > 0; ) {
                sb.append(buffer, 0, n);
                if (sb.length() > MAX_CHARS) {
                    throw InputException.of(new SourceLocation(fileName, 1, 1), "", "the file is larger than "
                            + MAX_CHARS / (1024 * 1024) + " MB, far more than any campaign needs; is it the right file?");
                }
            }
        } catch (IOException e) {
            throw InputException.of(SourceLocation.file(fileName), "", "cannot be read: " + e.getMessage());
        }
        return sb.toString();
    }

    private static JsonToken nextOrNull(JsonParser parser) throws IOException {
        return parser.nextToken();
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

    /** One file's tree, read token by token with the limits, refusing what a campaign never needs. */
    private static final class Reading {
        private final JsonParser p;
        private final String file;
        private final Map<String, SourceLocation> locs;
        private int nodes;

        Reading(JsonParser p, String file, Map<String, SourceLocation> locs) {
            this.p = p;
            this.file = file;
            this.locs = locs;
        }

        private InputException refuse(JsonLocation at, String path, String message) {
            return InputException.of(new SourceLocation(file, at.getLineNr(), at.getColumnNr()), dotted(path), message);
        }

        JsonNode read(String path, int depth) throws IOException {
            JsonToken t = p.currentToken();
            JsonLocation here = p.currentTokenLocation();
            locs.putIfAbsent(path, new SourceLocation(file, here.getLineNr(), here.getColumnNr()));
            if (++nodes > MAX_NODES) {
                throw refuse(here, path, "the file has more than " + MAX_NODES + " values, far more than any"
                        + " campaign needs; is it the right file?");
            }
            if (depth > MAX_DEPTH) {
                throw refuse(here, path, "nested more than " + MAX_DEPTH + " levels deep, far deeper than any"
                        + " campaign key; check the indentation");
            }
            if (p instanceof YAMLParser yaml) {
                if (yaml.isCurrentAlias()) {
                    throw refuse(here, path, "YAML aliases (*" + p.getText() + ") are not read: write the value out"
                            + " here (or share data between files with extends: and include:)");
                }
                if (yaml.getObjectId() != null) {
                    throw refuse(here, path, "YAML anchors (&" + yaml.getObjectId() + ") are not read: remove the"
                            + " anchor and write each value out (or share data between files with extends: and include:)");
                }
                if (yaml.getTypeId() != null) {
                    throw refuse(here, path, "YAML tags (" + yaml.getTypeId() + ") are not read: write a plain value"
                            + " (text, number, true/false, a list or a map) without the tag");
                }
            }
            switch (t) {
                case START_OBJECT -> {
                    ObjectNode o = NODES.objectNode();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonLocation keyLoc = p.currentTokenLocation();
                        String childPath = path + "/" + name;
                        if (o.has(name)) {
                            throw refuse(keyLoc, childPath, "this key appears twice in the same map; keep one");
                        }
                        if (name.length() > MAX_SCALAR_CHARS) {
                            throw refuse(keyLoc, path, "a key longer than " + MAX_SCALAR_CHARS + " characters");
                        }
                        locs.put(childPath, new SourceLocation(file, keyLoc.getLineNr(), keyLoc.getColumnNr()));
                        p.nextToken();
                        o.set(name, read(childPath, depth + 1));
                    }
                    return o;
                }
                case START_ARRAY -> {
                    ArrayNode a = NODES.arrayNode();
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        a.add(read(path + "/" + i++, depth + 1));
                    }
                    return a;
                }
                case VALUE_STRING -> {
                    String text = p.getText();
                    if (text.length() > MAX_SCALAR_CHARS) {
                        throw refuse(here, path, "a value of " + text.length() + " characters; values are at most "
                                + MAX_SCALAR_CHARS + " characters long");
                    }
                    return NODES.textNode(text);
                }
                case VALUE_NUMBER_INT -> {
                    return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                            ? NODES.numberNode(p.getBigIntegerValue()) : NODES.numberNode(p.getLongValue());
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
                default -> throw refuse(here, path, "this value is not plain YAML (text, number, true/false, a list"
                        + " or a map); write it as one of these");
            }
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
