package org.rotationscheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.cli.Cli.Result;

/**
 * O7 and S1 over everything that leaves the office: the small example campaign scheduled, one
 * cadre with private dates and one declared unavailable, a replan, then every export (annexes,
 * roster with one workbook per unit, dispatch notices, report); every .xlsx, .docx and .html of
 * them is scanned for English sentences and for words naming a private state.
 */
class OutgoingFilesScanTest {
    @TempDir
    static Path dir;
    static final List<Path> outgoing = new ArrayList<>();

    @BeforeAll
    static void produceEverything() throws IOException {
        Path examples = Path.of("..", "examples", "small");
        Path register = dir.resolve("register.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(examples.resolve("register.csv")));
        // c2 of the register gets pregnancy dates over the whole window: it must never show (S1)
        assertThat(rows.get(2)).endsWith(",,,,");
        // unavailable, pregnant, nursing, health
        rows.set(2, rows.get(2).replaceAll(",,,,$", ",,2019-10-01..2020-01-31,,"));
        Files.write(register, rows);
        Path plan = dir.resolve("plan");
        Result r = Cli.run("schedule", "--season", "autumn", "--campaign", examples.resolve("campaign.yaml").toString(),
                "--register", register.toString(), "--out", plan.toString(), "--steps", "300", "--quiet");
        assertThat(r.code()).as(r.out() + r.err()).isIn(0, 3);
        String leader = Files.readAllLines(plan.resolve("assignments.csv")).stream()
                .filter(l -> l.startsWith("5,") && l.contains(",中心组,组长,")).findFirst().orElseThrow().split(",")[6];
        Path changes = Cli.write(dir, "changes.yaml", """
                changes:
                  - cadre: %s
                    unavailable: 2019-11-30..2019-12-31
                """.formatted(leader));
        Path replanned = dir.resolve("plan-v2");
        r = Cli.run("replan", "--plan", plan.toString(), "--changes", changes.toString(), "--from", "2019-11-01",
                "--out", replanned.toString(), "--steps", "300", "--quiet");
        assertThat(r.code()).as(r.out() + r.err()).isIn(0, 3);
        for (String[] export : List.of(
                new String[] {"export", "annexes", "--out", dir.resolve("annexes").toString()},
                new String[] {"export", "roster", "--plan", plan.toString(), "--by-unit", dir.resolve("units").toString(),
                    "--force"},
                new String[] {"export", "notices", "--plan", plan.toString()},
                new String[] {"export", "notices", "--plan", replanned.toString()},
                new String[] {"export", "report", "--plan", plan.toString(), "--force"})) {
            r = Cli.run(export);
            assertThat(r.code()).as(String.join(" ", export) + ": " + r.out() + r.err()).isZero();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(xlsx|docx|html)$"))
                    .sorted().forEach(outgoing::add);
        }
    }

    @Test
    void everyKindOfOutgoingFileWasProduced() {
        TreeMap<String, Long> byKind = new TreeMap<>();
        outgoing.forEach(p -> byKind.merge(p.toString().replaceAll(".*\\.", ""), 1L, Long::sum));
        assertThat(byKind).containsKeys("xlsx", "docx", "html");
        assertThat(outgoing).anyMatch(p -> p.toString().contains("变更通知") && p.toString().endsWith(".docx"));
        assertThat(outgoing).anyMatch(p -> p.toString().contains("派员通知") && p.toString().endsWith(".docx"));
        assertThat(outgoing).anyMatch(p -> p.getFileName().toString().equals("附件1.xlsx"));
        assertThat(outgoing).anyMatch(p -> p.getFileName().toString().equals("软性规则明细.xlsx"));
    }

    @Test
    void noOutgoingFileHoldsAnEnglishSentenceOrNamesAPrivateState() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : outgoing) {
            problems.addAll(OutgoingScan.problems(file));
        }
        assertThat(problems).as("scanned %d files", outgoing.size()).isEmpty();
    }

    @Test
    void theScanFindsAnEnglishSentenceAndAPrivateStateWhereThereIsOne() throws IOException {
        Path html = Cli.write(dir, "bad.html", "<p title=\"ok\">C00001 林峰 is not from a partner unit</p>"
                + "<script>var x = 'this is code not text';</script>");
        assertThat(OutgoingScan.problems(html)).singleElement().asString().contains("is not from a partner unit");
        Path xlsx = dir.resolve("bad.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            wb.createSheet("表").createRow(0).createCell(0).setCellValue("林峰 哺乳期");
            wb.write(out);
        }
        assertThat(OutgoingScan.problems(xlsx)).singleElement().asString().contains("哺乳", "S1");
        Path docx = dir.resolve("bad.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("第5轮 seat left empty");
            doc.createParagraph().createRun().setText("见 软性规则明细.xlsx，编号 C00012、autumn-2019-v2（E7）");
            doc.write(out);
        }
        assertThat(OutgoingScan.problems(docx)).singleElement().asString().contains("seat left empty");
    }
}
