package org.rotationscheduler.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.io.in.Csv;
import org.rotationscheduler.rules.RuleId;

class BenchReportTest {
    private static BenchReport report() {
        BenchResult season = Results.planted(Results.run(RunFigures.SOLVER, 0, Map.of()));
        BenchResult shortOne = Results.result("short", 71, Results.shortBound(Results.shortage("郑州", "autumn-2019")),
                Results.run(RunFigures.SOLVER, 71, Map.of(RuleId.E11, 2L)));
        return new BenchReport(List.of(new BenchReport.Entry(Suite.SEASON, season, null, List.of()),
                new BenchReport.Entry(Suite.SHORT, shortOne, null, List.of()),
                new BenchReport.Entry(Suite.CAMPAIGN, null, "exit code 1: java.lang.OutOfMemoryError", List.of())));
    }

    @Test
    void tableHasTheSolverAndTheBaselineOfEveryInstance() {
        List<String> lines = report().table().lines().toList();
        assertThat(lines.get(0)).startsWith("| instance | run | seats | cadres | bound | zero hard at | best @30 s |");
        assertThat(lines).hasSize(2 + 2 + 2 + 1);
        assertThat(lines.get(2)).startsWith("| season | solver | 11,268 | 7,000 | no shortage | 4.0 s | 0/0/-14,000 |")
                .contains("| 0 | 0 | 2,000 (900) | 25,000 |");
        assertThat(lines.get(3)).startsWith("|  | greedy |").contains("1,020: E4 ×120, E11 ×900").endsWith("| — |");
        assertThat(lines.get(4)).contains("| short | solver |", "≥2 empty (E3/E4)", "2: E11 ×2");
        assertThat(lines.get(6)).startsWith("| campaign | worker failed: exit code 1: java.lang.OutOfMemoryError | — |");
    }

    @Test
    void csvHasOneFieldPerColumnOnEveryRow() {
        List<List<String>> rows = Csv.parse(report().csv());
        assertThat(rows).hasSize(1 + 2 + 2 + 1).allSatisfy(r -> assertThat(r).hasSize(BenchReport.CSV_COLUMNS.size()));
        assertThat(rows.get(1)).startsWith("season", "solver", "2019", "11268", "7000", "60.000");
        assertThat(rows.get(1).get(rows.get(1).size() - 1)).isEqualTo("pass");
        assertThat(rows.get(2).get(BenchReport.CSV_COLUMNS.indexOf("broken_hard_by_rule"))).isEqualTo("E4:120;E11:900");
    }

    @Test
    void markdownNamesTheChecksTheShortagesAndTheCharts() {
        String md = report().markdown("Run now.");
        assertThat(md).contains("# Benchmark", "Run now.", "## Checks", "- season: pass",
                "- campaign: FAIL: worker failed", "## Shortages the bound proves: short",
                "郑州 in autumn-2019, 中心组 组长", "![season](season.svg)");
    }

    @Test
    void chartIsWellFormedSvgWithTheCurves() throws Exception {
        String svg = new ScoreChart().svg(Results.planted(Results.run(RunFigures.SOLVER, 0, Map.of())));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(3);
        assertThat(svg).contains("zero hard at 4.0 s", "greedy baseline: -2/-3/-14,000", "seconds since solving started");
    }

    @Test
    void resultsSurviveTheirJsonFile(@TempDir Path dir) throws Exception {
        BenchResult r = Results.result("short", 2, Results.shortBound(Results.shortage("郑州", "autumn-2019")),
                Results.run(RunFigures.SOLVER, 2, Map.of(RuleId.E4, 1L)));
        r.write(dir.resolve("short.json"));
        assertThat(BenchResult.read(dir.resolve("short.json"))).isEqualTo(r);
    }
}
