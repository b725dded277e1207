package org.rotationscheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotationscheduler.cli.Cli.CAMPAIGN;
import static org.rotationscheduler.cli.Cli.HEADER;
import static org.rotationscheduler.cli.Cli.REGISTER;
import static org.rotationscheduler.cli.Cli.assertBadInput;
import static org.rotationscheduler.cli.Cli.assertNoStackTrace;
import static org.rotationscheduler.cli.Cli.lineOf;
import static org.rotationscheduler.cli.Cli.validate;
import static org.rotationscheduler.cli.Cli.write;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.cli.Cli.Result;

/**
 * Bad input through the real command line ({@code validate --campaign F --register R}): exit code
 * 2, every message naming the file, the line (YAML) or row (register) and the key or column, all
 * problems of a file together, and never a stack trace.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private Path register;
    private Path campaign;

    @BeforeEach
    void validFiles() throws IOException {
        register = write(dir, "reg.csv", REGISTER);
        campaign = write(dir, "base.yaml", CAMPAIGN);
    }

    /** The fixtures themselves are valid: every failure below comes from the one change it makes. */
    @Test
    void theFixturesAreValid() {
        Result r = validate(campaign, register);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Nested
    class CampaignYaml {
        private Result validateYaml(Path file) {
            return validate(file, register);
        }

        private Path base(String from, String to) throws IOException {
            assertThat(CAMPAIGN).contains(from);
            return write(dir, "bad.yaml", CAMPAIGN.replace(from, to));
        }

        @Test
        void yamlSyntaxError() throws IOException {
            Path file = write(dir, "bad.yaml", """
                    extends: default
                    calendar:
                      roundDays: 15
                       handoverDays: 0
                    """);
            Result r = validateYaml(file);
            assertBadInput(r, file, 4, "not valid YAML");
            assertThat(r.err()).contains("mapping values are not allowed here");
        }

        @Test
        void unknownKeysWithDidYouMean() throws IOException {
            String text = """
                    extends: default
                    calender:
                      roundDays: 14
                    rules:
                      E11: {enabeld: false}
                    """;
            Path file = write(dir, "bad.yaml", text);
            Result r = validateYaml(file);
            assertBadInput(r, file, 2, "calender: unknown key 'calender'; did you mean 'calendar'?");
            assertBadInput(r, file, 5, "rules.E11.enabeld: unknown key 'enabeld'; did you mean 'enabled'?");
        }

        @Test
        void unknownRuleIdsWhereverARuleIdIsWritten() throws IOException {
            String text = """
                    extends: default
                    rules:
                      E41: {enabled: false}
                    eligibility:
                      - rule: E1l
                        groups: [central]
                        seats: [leader]
                        minRank: division
                    """;
            Path file = write(dir, "bad.yaml", text);
            Result r = validateYaml(file);
            assertBadInput(r, file, 3, "rules.E41: unknown key 'E41'; did you mean 'E1'?");
            assertBadInput(r, file, 5, "unknown rule id 'E1l' (did you mean E1?)");
        }

        @Test
        void duplicateKey() throws IOException {
            Path file = write(dir, "bad.yaml", """
                    extends: default
                    name: one
                    name: two
                    """);
            Result r = validateYaml(file);
            assertBadInput(r, file, 3, "name: this key appears twice");
        }

        @Test
        void roundLengthZero() throws IOException {
            Path file = write(dir, "bad.yaml", """
                    extends: default
                    calendar:
                      roundDays: 0
                    """);
            assertBadInput(validateYaml(file), file, 3, "calendar.roundDays: a round lasts 1 to 366 days (C2), got 0");
        }

        @Test
        void wrongTypeTextWhereANumberIsWanted() throws IOException {
            Path file = write(dir, "bad.yaml", """
                    extends: default
                    calendar:
                      roundDays: fifteen
                    """);
            assertBadInput(validateYaml(file), file, 3, "calendar.roundDays: must be a whole number, got 'fifteen'");
        }

        @Test
        void windowEndsBeforeItStarts() throws IOException {
            Path file = write(dir, "bad.yaml", """
                    extends: default
                    calendar:
                      window:
                        start: 2019-05-01
                        end: 2019-04-30
                    """);
            Result r = validateYaml(file);
            assertBadInput(r, file, 5, "calendar.window.end: the window ends (2019-04-30) before it starts (2019-05-01)");
            assertThat(r.err()).contains("the input has 1 problem:");
        }

        @Test
        void overlappingSeasons() throws IOException {
            Path file = write(dir, "bad.yaml", """
                    extends: default
                    calendar:
                      seasons:
                        - {id: regular, fromMonth: 4, toMonth: 9}
                        - {id: autumn, fromMonth: 9, toMonth: 3}
                    """);
            assertBadInput(validateYaml(file), file, 5,
                    "calendar.seasons[1]: season 'autumn' overlaps season 'regular' in month 9");
        }

        @Test
        void monthNotCovered() throws IOException {
            Path file = write(dir, "bad.yaml", """
                    extends: default
                    calendar:
                      seasons:
                        - {id: regular, fromMonth: 4, toMonth: 9}
                        - {id: autumn, fromMonth: 10, toMonth: 2}
                    """);
            assertBadInput(validateYaml(file), file, 3, "calendar.seasons: no season covers month(s) [3]");
        }

        @Test
        void cityWithoutTriad() throws IOException {
            Path file = base("    affiliated: [中国环境科学研究院]\n    partnerProvince: 河北", "    partnerProvince: 河北");
            Result r = validateYaml(file);
            assertBadInput(r, file, lineOf(Files.readString(file), "- name: 济南"),
                    "cities[1]: city '济南' has no affiliated partner unit; P2 needs a triad");
        }

        @Test
        void unitOfATriadMissingFromTheCatalogueShowsTheNearestNames() throws IOException {
            Path file = base("lead: 大气司\n    affiliated: [中国环境科学研究院]\n    partnerProvince: 山东",
                    "lead: 大汽司\n    affiliated: [中国环境科学研究院]\n    partnerProvince: 山东");
            Result r = validateYaml(file);
            assertBadInput(r, file, lineOf(Files.readString(file), "大汽司"),
                    "cities[0].lead: unit '大汽司' is not in the unit catalogue (units:); nearest: [大气司");
        }

        @Test
        void p4ProvincePairedWithItsOwnCity() throws IOException {
            Path file = base("partnerProvince: 山东", "partnerProvince: 河北");
            Result r = validateYaml(file);
            assertBadInput(r, file, lineOf(Files.readString(file), "partnerProvince: 河北"),
                    "cities[0].partnerProvince: P4: city '石家庄' is in 河北 and may not be paired with its own province");
            assertThat(r.err()).contains("rules.P4.enabled: false");

            Path off = write(dir, "p4-off.yaml", Files.readString(file) + "rules:\n  P4: {enabled: false}\n");
            Result loaded = validate(off, register);
            assertThat(loaded.code()).as(loaded.err()).isZero();
        }

        @Test
        void seatTemplateWithNoSeats() throws IOException {
            Path file = base("seats: [leader, member]", "seats: []");
            assertBadInput(validateYaml(file), file, lineOf(Files.readString(file), "seats: []"),
                    "groupKinds[0].seats: the seat template of group kind 'central' has no seats");
        }

        @Test
        void unknownSeatRole() throws IOException {
            Path file = base("seats: [leader, member]", "seats: [leader, membr]");
            assertBadInput(validateYaml(file), file, lineOf(Files.readString(file), "membr"),
                    "groupKinds[0].seats[1]: unknown seat role 'membr'; did you mean 'member'?");
        }

        @Test
        void circularExtends() throws IOException {
            Path a = write(dir, "a.yaml", "extends: b.yaml\nname: a\n");
            write(dir, "b.yaml", "# b builds on a, which builds on b\nextends: ./a.yaml\n");
            Result r = validate(a, register);
            assertBadInput(r, dir.resolve("b.yaml"), 2, "extends: the campaign files extend or include each other in a circle");
            assertThat(r.err()).contains("a.yaml → ").contains("b.yaml → ");
        }

        @Test
        void extendsAMissingFileNamesTheLineThatNamesIt() throws IOException {
            Path file = write(dir, "bad.yaml", "name: mine\nextends: defualt.yaml\n");
            assertBadInput(validateYaml(file), file, 2, "extends: no such campaign file");
        }

        @Test
        void notUtf8() throws IOException {
            Path file = dir.resolve("bad.yaml");
            Files.write(file, "extends: default\nname: 测试\n".getBytes(Charset.forName("GBK")));
            assertBadInput(validateYaml(file), file, 2, "is not UTF-8 text");
        }

        @Test
        void severalProblemsOfAFileAreReportedTogether() throws IOException {
            String text = CAMPAIGN.replace("roundDays: 15", "roundDays: 0")
                    .replace("roles: {leader", "role: {x: y}\nroles: {leader")
                    .replace("lead: 大气司\n    affiliated: [中国环境科学研究院]\n    partnerProvince: 河北",
                            "lead: 大气斯\n    affiliated: [中国环境科学研究院]\n    partnerProvince: 河北");
            Path file = write(dir, "bad.yaml", text);
            Result r = validateYaml(file);
            assertThat(r.err()).contains("the input has 3 problems:");
            assertBadInput(r, file, lineOf(text, "roundDays: 0"), "calendar.roundDays");
            assertBadInput(r, file, lineOf(text, "role: {x: y}"), "unknown key 'role'; did you mean 'roles'?");
            assertBadInput(r, file, lineOf(text, "大气斯"), "cities[1].lead: unit '大气斯'");
        }
    }

    @Nested
    class Register {
        private Result validateRegister(String text) throws IOException {
            register = write(dir, "reg.csv", text);
            return validate(campaign, register);
        }

        private static String row(String id, String unit, String rank, String unavailable) {
            return id + ",某人," + unit + ",,," + rank + ",,是,0," + unavailable + ",,,\n";
        }

        @Test
        void duplicateId() throws IOException {
            Result r = validateRegister(REGISTER + row("a2", "大气环境司", "处级", ""));
            assertBadInput(r, register, 7, "row 7, column id: the id 'a2' is used already in row 3");
        }

        @Test
        void unknownUnitShowsTheNearestNames() throws IOException {
            Result r = validateRegister(HEADER + row("x1", "大气环境斯", "处级", ""));
            assertBadInput(r, register, 2, "row 2, column unit: unknown unit '大气环境斯'; nearest in the catalogue: [大气环境司");
        }

        @Test
        void aUnitMissingFromTheCatalogueNeedsUnitTypeAndProvince() throws IOException {
            Result r = validateRegister(HEADER + row("x1", "正定县生态环境分局", "科级", ""));
            assertBadInput(r, register, 2, "row 2, column unit: unknown unit '正定县生态环境分局'");
            assertThat(r.err()).contains("needs unit_type and province");

            Result ok = validateRegister(REGISTER + "x1,某人,正定县生态环境分局,local,河北,科级,,否,0,,,,\n");
            assertThat(ok.code()).as(ok.err()).isZero();
        }

        @Test
        void badRank() throws IOException {
            Result r = validateRegister(HEADER + row("x1", "大气环境司", "高级", ""));
            assertBadInput(r, register, 2, "row 2, column rank: unknown rank '高级'; use 司局级");
        }

        @Test
        void badDate() throws IOException {
            Result r = validateRegister(HEADER + row("x1", "大气环境司", "处级", "2020-13-01"));
            assertBadInput(r, register, 2, "row 2, column unavailable: '2020-13-01' is not a date range");
        }

        @Test
        void rangeEndsBeforeItStarts() throws IOException {
            Result r = validateRegister(HEADER + row("x1", "大气环境司", "处级", "2020-10-07..2020-10-01"));
            assertBadInput(r, register, 2, "row 2, column unavailable: '2020-10-07..2020-10-01' ends before it starts");
        }

        @Test
        void missingHeaderColumn() throws IOException {
            Result r = validateRegister(REGISTER.replace(",rank,", ",grade,"));
            assertBadInput(r, register, 1, "rank: the header has no column 'rank'");
        }

        @Test
        void misspeltOptionalColumn() throws IOException {
            Result r = validateRegister(REGISTER.replace(",unavailable,", ",unavailble,"));
            assertBadInput(r, register, 1, "unavailble: 'unavailble' is not a register column; did you mean 'unavailable'?");
        }

        @Test
        void notUtf8() throws IOException {
            register = dir.resolve("reg.csv");
            Files.write(register, (HEADER + "a1,张一,大气环境司,,,司局级,,是,0,,,,\n").getBytes(Charset.forName("GBK")));
            Result r = validate(campaign, register);
            assertBadInput(r, register, 2, "row 2, column name: is not UTF-8 text: it looks like GBK/GB18030");
        }

        @Test
        void aBadPrivateStateDateNamesTheRowButNeitherTheStateNorTheValue() throws IOException {
            Result r = validateRegister(HEADER + "x1,某人,大气环境司,,,处级,,是,0,,2020-02-30..2020-03-01,,\n"
                    + "x2,某人,大气环境司,,,处级,,是,0,,,,2020-05-01..2020-04-01\n");
            assertBadInput(r, register, 2, "row 2, a private-state column: a date range cannot be read");
            assertBadInput(r, register, 3, "row 3, a private-state column: a date range cannot be read");
            assertThat(r.err().toLowerCase()).doesNotContain("pregnan").doesNotContain("nursing")
                    .doesNotContain("health").doesNotContain("2020-02-30").doesNotContain("2020-05-01");
        }

        @Test
        void severalProblemsOfARegisterAreReportedTogether() throws IOException {
            Result r = validateRegister(HEADER + row("x1", "大气环境司", "高级", "") + row("x1", "大气环境斯", "处级", "")
                    + row("x3", "河北", "处级", "2020-10-01..2020-09-01"));
            assertThat(r.err()).contains("the input has 4 problems:");
            assertBadInput(r, register, 2, "row 2, column rank");
            assertBadInput(r, register, 3, "row 3, column id");
            assertBadInput(r, register, 3, "row 3, column unit");
            assertBadInput(r, register, 4, "row 4, column unavailable");
        }

        @Test
        void anUnreadableWorkbook() throws IOException {
            register = write(dir, "reg.xlsx", "not a workbook");
            Result r = validate(campaign, register);
            assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).contains("reg.xlsx").contains("is not a readable .xlsx workbook");
            assertNoStackTrace(r);
        }
    }

    @Test
    void anUnknownOptionIsBadInputToo() {
        Result r = Cli.run("validate", "--campain", "x.yaml");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--campaign").contains("--help");
        assertNoStackTrace(r);
        assertThat(Files.exists(dir.resolve("x.yaml"))).isFalse();
        assertThat(StandardCharsets.UTF_8.name()).isEqualTo("UTF-8");
    }
}
