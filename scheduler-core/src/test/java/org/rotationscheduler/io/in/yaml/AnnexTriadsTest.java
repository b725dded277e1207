package org.rotationscheduler.io.in.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rotationscheduler.campaign.Campaign;
import org.rotationscheduler.domain.model.Annex;
import org.rotationscheduler.domain.model.City;

/**
 * P1, P2, O1: the default campaign's 39 cities and their triads are exactly Annex 1 and Annex 2 of
 * the 2019 plan, parsed at test time from the source text (shared/source, or the copy in the test
 * resources when the repository is cloned without the shared folder).
 */
class AnnexTriadsTest {
    private static final String SOURCE = "enhanced-supervision-plan-2019.txt";
    private static final Pattern ANNEX_HEADING = Pattern.compile("^附件\\s*(\\d+)$");
    private static final Pattern ROW = Pattern.compile("^\\d+\\t.*");

    /** One row of an annex table as the source writes it. */
    record AnnexRow(int annex, int number, String city, String lead, String affiliated, String province) {
    }

    private final Campaign campaign = new CampaignLoader().loadDefault();

    @Test
    void the39TriadsEqualTheSourceAnnexes() throws IOException {
        List<AnnexRow> rows = parseRows(sourceLines());
        assertThat(rows).hasSize(39);
        assertThat(rows.stream().filter(r -> r.annex() == 1)).hasSize(28);
        assertThat(rows.stream().filter(r -> r.annex() == 2)).hasSize(11);
        List<AnnexRow> loaded = campaign.cities().stream().map(AnnexTriadsTest::asRow).toList();
        assertThat(loaded).containsExactlyElementsOf(rows);
    }

    @Test
    void tongchuanHasFiveAffiliatedStations() {
        City tongchuan = campaign.city("铜川").orElseThrow();
        assertThat(tongchuan.partners().affiliated()).hasSize(5);
        assertThat(tongchuan.partners().affiliatedLabels()).first().isEqualTo("华东核与辐射安全监督站");
    }

    @Test
    void annexHeadersEqualTheSource() throws IOException {
        Map<Integer, List<String>> headers = parseHeaders(sourceLines());
        assertThat(campaign.annexes()).extracting(Annex::number).containsExactly(1, 2);
        for (Annex annex : campaign.annexes()) {
            assertThat(annex.headers()).as("annex %d", annex.number()).isEqualTo(headers.get(annex.number()));
        }
    }

    /** The copy in the test resources must stay the shared source, byte for byte. */
    @Test
    void theTestCopyIsTheSharedSource() throws IOException {
        Optional<Path> shared = sharedSource();
        assumeTrue(shared.isPresent(), "shared/source is not next to this checkout");
        try (InputStream copy = AnnexTriadsTest.class.getClassLoader().getResourceAsStream(SOURCE)) {
            assertThat(copy).isNotNull();
            assertThat(copy.readAllBytes()).isEqualTo(Files.readAllBytes(shared.get()));
        }
    }

    private static AnnexRow asRow(City city) {
        var p = city.partners();
        return new AnnexRow(city.annex(), city.annexOrder(), city.name(), p.leadLabel(),
                String.join("、", p.affiliatedLabels()), p.partnerProvince());
    }

    static List<AnnexRow> parseRows(List<String> lines) {
        List<AnnexRow> rows = new ArrayList<>();
        int annex = 0;
        for (String line : lines) {
            Matcher heading = ANNEX_HEADING.matcher(line.strip());
            if (heading.matches()) {
                annex = Integer.parseInt(heading.group(1));
            } else if (annex > 0 && ROW.matcher(line).matches()) {
                String[] f = line.strip().split("\t");
                assertThat(f).as("annex row '%s'", line).hasSize(5);
                rows.add(new AnnexRow(annex, Integer.parseInt(f[0]), f[1], f[2], f[3], f[4]));
            }
        }
        return rows;
    }

    /** The first header row (序号 ...) of each annex; Annex 1 repeats it after a page break. */
    static Map<Integer, List<String>> parseHeaders(List<String> lines) {
        Map<Integer, List<String>> headers = new LinkedHashMap<>();
        int annex = 0;
        for (String line : lines) {
            Matcher heading = ANNEX_HEADING.matcher(line.strip());
            if (heading.matches()) {
                annex = Integer.parseInt(heading.group(1));
            } else if (annex > 0 && line.startsWith("序号\t")) {
                headers.putIfAbsent(annex, List.of(line.strip().split("\t")));
            }
        }
        return headers;
    }

    private static List<String> sourceLines() throws IOException {
        Optional<Path> shared = sharedSource();
        if (shared.isPresent()) {
            return Files.readAllLines(shared.get(), StandardCharsets.UTF_8);
        }
        try (InputStream in = AnnexTriadsTest.class.getClassLoader().getResourceAsStream(SOURCE)) {
            assertThat(in).as("the test copy of " + SOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** shared/source/ found by walking up from the working directory (../../shared from a module). */
    private static Optional<Path> sharedSource() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("source").resolve(SOURCE);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
