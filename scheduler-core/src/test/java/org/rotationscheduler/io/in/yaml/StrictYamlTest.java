package org.rotationscheduler.io.in.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.domain.problems.InputException;

/**
 * Campaign YAML is read strictly: one document, no anchors or aliases, no tags, and limits on
 * size, depth, value length and count, each refused with file:line and what to do.
 */
class StrictYamlTest {
    @TempDir
    Path dir;

    private InputException refused(String text) throws IOException {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        InputException e = catchThrowableOfType(() -> new CampaignLoader().load(file), InputException.class);
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    private static String where(InputException e) {
        return e.problems().get(0).where().toString();
    }

    @Test
    void anAliasWithoutAnchorIsRefusedNotReadAsText() throws IOException {
        InputException e = refused("extends: default\nname: *nowhere\n");
        assertThat(e.getMessage()).contains("mine.yaml:2:");
        assertThat(where(e)).endsWith("mine.yaml:2:7");
    }

    @Test
    void anAnchorAndItsAliasAreRefusedWithTheirLine() throws IOException {
        InputException e = refused("""
                extends: default
                calendar:
                  roundDays: &days 14
                rules:
                  E11: {minRoundsOff: *days}
                """);
        // the anchor of a plain value is not reported by the parser; its alias is, on its line
        assertThat(e.getMessage()).contains("mine.yaml:5:23").contains("YAML aliases (*days) are not read");
    }

    @Test
    void anAnchoredMapIsRefusedWithItsLine() throws IOException {
        InputException e = refused("extends: default\ncalendar: &cal\n  roundDays: 14\n");
        assertThat(e.getMessage()).contains("mine.yaml:2:11").contains("YAML anchors (&cal) are not read");
    }

    @Test
    void anAliasAloneIsRefusedWithItsLine() throws IOException {
        InputException e = refused("extends: default\ncalendar: {roundDays: 14}\nname: *x\n");
        assertThat(e.getMessage()).contains("mine.yaml:3:7").contains("YAML aliases (*x) are not read");
    }

    @Test
    void aSecondDocumentIsRefusedNotIgnored() throws IOException {
        InputException e = refused("extends: default\n---\ncalendar:\n  roundDays: 0\n");
        assertThat(e.getMessage()).contains("mine.yaml:3:1").contains("a second YAML document starts here");
    }

    @Test
    void tagsAreRefusedInPlainWords() throws IOException {
        InputException binary = refused("extends: default\nname: !!binary aGVsbG8=\n");
        assertThat(binary.getMessage()).contains("mine.yaml:2:").contains("YAML tags (").contains("not read")
                .doesNotContain("VALUE_EMBEDDED_OBJECT");
        InputException java = refused("extends: default\nname: !!java.lang.Runtime {}\n");
        assertThat(java.getMessage()).contains("mine.yaml:2:").contains("YAML tags");
    }

    @Test
    void deepNestingIsRefusedWithItsLine() throws IOException {
        InputException e = refused("extends: default\nname: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        assertThat(where(e)).startsWith(dir.resolve("mine.yaml") + ":2:");
        assertThat(e.getMessage()).contains("nested more than " + YamlDocument.MAX_DEPTH + " levels");
    }

    @Test
    void aHugeFileIsRefusedAtOnce() throws IOException {
        long start = System.nanoTime();
        InputException e = refused("extends: default\nname: '" + "x".repeat(50 * 1024 * 1024) + "'\n");
        assertThat(e.getMessage()).contains("mine.yaml:1:1").contains("larger than 2 MB");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(10_000);
    }

    @Test
    void aLongValueIsRefusedWithItsLine() throws IOException {
        InputException e = refused("extends: default\n\nname: " + "长".repeat(20_000) + "\n");
        assertThat(e.getMessage()).contains("mine.yaml:3:7").contains("values are at most");
    }

    @Test
    void tooManyValuesAreRefused() throws IOException {
        InputException e = refused("extends: default\nname: x\ninclude: [" + "a, ".repeat(YamlDocument.MAX_NODES)
                + "a]\n");
        assertThat(e.getMessage()).contains("mine.yaml:3:").contains("more than " + YamlDocument.MAX_NODES + " values");
    }

    @Test
    void aNumberTooLargeForAnyKeyIsRefused() throws IOException {
        InputException e = refused("extends: default\ncalendar:\n  roundDays: 99999999999999999999999\n");
        assertThat(e.getMessage()).contains("mine.yaml:3:").contains("calendar.roundDays");
    }

    @Test
    void aLeadingDocumentMarkerAndAnEndMarkerAreFine() throws IOException {
        Path file = dir.resolve("marked.yaml");
        Files.writeString(file, "---\nextends: default\ncalendar:\n  roundDays: 14\n...\n");
        assertThat(new CampaignLoader().load(file).calendar().roundDays()).isEqualTo(14);
    }

    @Test
    void aPlainFileStillReads() throws IOException {
        Path file = dir.resolve("ok.yaml");
        Files.writeString(file, "extends: default\ncalendar:\n  roundDays: 14   # a comment\n");
        assertThat(new CampaignLoader().load(file).calendar().roundDays()).isEqualTo(14);
    }
}
