package org.rotationscheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.cli.Cli.Result;
import org.rotationscheduler.io.in.Csv;
import org.rotationscheduler.io.in.register.RegisterReader;

/** §10: the register with the Chinese headers, in another column order, plans to the same assignments.csv. */
class ChineseRegisterScheduleTest {
    private static final String CAMPAIGN = "../examples/small/campaign.yaml";

    @TempDir
    Path dir;

    @Test
    void aChineseHeaderRegisterInAnotherOrderPlansToTheSameAssignments() throws IOException {
        Path english = Path.of("../examples/small/register.csv");
        List<List<String>> rows = Csv.parse(Files.readString(english, StandardCharsets.UTF_8));
        // columns rotated by five (rank first) and named in Chinese, as an office's sheet has them
        int n = RegisterReader.COLUMNS.size();
        StringBuilder chinese = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int c = (i + 5) % n;
                out.add(r == 0 ? RegisterReader.chineseName(RegisterReader.COLUMNS.get(c)) : rows.get(r).get(c));
            }
            chinese.append(Csv.line(out));
        }
        Path chineseFile = dir.resolve("名册.csv");
        Files.writeString(chineseFile, chinese, StandardCharsets.UTF_8);
        assertThat(Files.readAllLines(chineseFile).get(0)).startsWith("职级,职务,是否党员");

        Path a = schedule(english, dir.resolve("english"));
        Path b = schedule(chineseFile, dir.resolve("chinese"));
        String expected = Files.readString(a.resolve("assignments.csv"), StandardCharsets.UTF_8);
        assertThat(expected.lines().count()).isEqualTo(352);
        assertThat(expected.lines().skip(1).filter(l -> !l.contains(",,,,")).count()).isGreaterThan(300);
        assertThat(Files.readString(b.resolve("assignments.csv"), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    private static Path schedule(Path register, Path out) {
        Result r = Cli.run("schedule", "--season", "autumn", "--campaign", CAMPAIGN, "--register", register.toString(),
                "--out", out.toString(), "--steps", "400", "--seed", "5", "--time-limit", "1m", "--quiet");
        assertThat(r.code()).as(r.out() + r.err()).isIn(ExitCodes.OK, ExitCodes.INFEASIBLE);
        return out;
    }
}
