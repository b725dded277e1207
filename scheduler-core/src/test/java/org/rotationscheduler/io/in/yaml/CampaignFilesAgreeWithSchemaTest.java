package org.rotationscheduler.io.in.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rotationscheduler.domain.problems.InputException;

/**
 * One description of the campaign format: every YAML file of data/ and examples/ is valid under
 * data/campaign.schema.json (through networknt's validator, draft 2020-12) and loads with
 * CampaignLoader; and changes to a real campaign file are accepted or refused by both alike.
 * CampaignSchemaTest holds the schema's keys to the loader's; this holds the values.
 */
class CampaignFilesAgreeWithSchemaTest {
    private static final Path DATA = Path.of("../data");
    private static final Path EXAMPLES = Path.of("../examples");
    private static final Path SMALL = EXAMPLES.resolve("small/campaign.yaml");
    private static final JsonSchema SCHEMA = schema();

    @TempDir
    Path dir;

    private static JsonSchema schema() {
        try {
            JsonNode node = new ObjectMapper().readTree(DATA.resolve("campaign.schema.json").toFile());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<Path> yamlFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> data = Files.walk(DATA); Stream<Path> examples = Files.walk(EXAMPLES)) {
            files = Stream.concat(data, examples).filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        return files.stream();
    }

    private static Set<ValidationMessage> schemaProblems(String yaml) throws IOException {
        return SCHEMA.validate(new YAMLMapper().readTree(yaml));
    }

    @ParameterizedTest
    @MethodSource("yamlFiles")
    void everyDataAndExampleFileIsValidUnderTheSchema(Path file) throws IOException {
        assertThat(schemaProblems(Files.readString(file, StandardCharsets.UTF_8))).as(file.toString()).isEmpty();
    }

    /** The files that are whole campaigns (the others are parts data/campaign.yaml includes). */
    @Test
    void everyWholeCampaignLoads() {
        assertThat(new CampaignLoader().load(DATA.resolve("campaign.yaml")).cities()).hasSize(39);
        assertThat(new CampaignLoader().load(SMALL).cities()).hasSize(3);
    }

    /** The small campaign with one change: both the schema and the loader accept it, or both refuse. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void schemaAndLoaderAgreeOnAChangedCampaign(String what, String from, String to, boolean valid) throws IOException {
        String original = Files.readString(SMALL, StandardCharsets.UTF_8);
        assertThat(original).contains(from);
        String changed = original.replace(from, to);
        Set<ValidationMessage> schema = schemaProblems(changed);
        Path file = dir.resolve("campaign.yaml");
        Files.writeString(file, changed, StandardCharsets.UTF_8);
        String loader;
        try {
            new CampaignLoader().load(file);
            loader = "";
        } catch (InputException e) {
            loader = e.getMessage();
        }
        assertThat(schema.isEmpty()).as("schema accepts (%s)", schema).isEqualTo(valid);
        assertThat(loader.isEmpty()).as("loader accepts (%s)", loader).isEqualTo(valid);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> changes() {
        return Stream.of(
                change("~ clears a map (groupCounts.cities)", "  cities: ~\n", "  cities: ~\n", true),
                change("~ clears one city's counts", "  cities: ~\n", "  cities: {北京: ~}\n", true),
                change("a misspelt top key", "groupCounts:\n", "groupCount:\n", false),
                change("a misspelt calendar key", "  firstStart: 2019-10-01", "  firstStrat: 2019-10-01", false),
                change("a round length in words", "  firstStart: 2019-10-01", "  firstStart: 2019-10-01\n  roundDays: fifteen",
                        false),
                change("a negative count", "{fromRound: 1, city: 石家庄, counts: {ordinary: 4}}",
                        "{fromRound: 1, city: 石家庄, counts: {ordinary: -4}}", false),
                change("a list where a map belongs", "groupCounts:\n", "groupCounts: []\nx:\n", false),
                change("rank aliases", "\nname: ", "\nranks: {aliases: {处级: [正处级, 副处级]}}\nname: ", true),
                change("rank aliases under a word that is no rank", "\nname: ",
                        "\nranks: {aliases: {高级: [正高级]}}\nname: ", false),
                change("a misspelt ranks key", "\nname: ", "\nranks: {alias: {处级: [正处级]}}\nname: ", false));
    }

    private static org.junit.jupiter.params.provider.Arguments change(String what, String from, String to,
            boolean valid) {
        return org.junit.jupiter.params.provider.Arguments.of(what, from, to, valid);
    }
}
