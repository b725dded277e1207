package org.rotationscheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** Runs the real command line in-process and captures what it prints; test fixtures. */
final class Cli {
    private Cli() {
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SchedulerCommand.newCommandLine(out, err);
        int code = SchedulerCommand.execute(cl, args);
        cl.getOut().flush();
        cl.getErr().flush();
        return new Result(code, out.toString(), err.toString());
    }

    static Result validate(Path campaign, Path register) {
        return run("validate", "--campaign", campaign.toString(), "--register", register.toString());
    }

    /** Bad input: exit 2, the file and line (or row) and the key (or column) named, no stack trace. */
    static void assertBadInput(Result r, Path file, int line, String key) {
        assertThat(r.code()).as("exit code; stderr:%n%s", r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(file.getFileName() + ":" + line + ":").contains(key);
        assertNoStackTrace(r);
    }

    static void assertNoStackTrace(Result r) {
        assertThat(r.err()).doesNotContain("at org.").doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** 1-based number of the first line containing the text. */
    static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains '" + needle + "'");
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * A small stand-alone campaign: two cities of Hebei and Shandong paired crosswise (P4), a
     * central group of two seats, autumn 2020 in twelve 15-day rounds.
     */
    static final String CAMPAIGN = """
            name: test campaign
            calendar:
              window: {start: 2020-10-01, end: 2021-03-20}
              roundDays: 15
              seasons:
                - {id: regular, label: 常规期, fromMonth: 4, toMonth: 9}
                - {id: autumn, label: 秋冬季攻坚期, fromMonth: 10, toMonth: 3}
            units:
              - {name: 大气环境司, aliases: [大气司], type: ministry}
              - {name: 中国环境科学研究院, type: affiliated}
              - {name: 河北省生态环境厅, aliases: [河北], type: provincial, province: 河北}
              - {name: 山东省生态环境厅, aliases: [山东], type: provincial, province: 山东}
              - {name: 石家庄市生态环境局, type: local, province: 河北}
              - {name: 济南市生态环境局, type: local, province: 山东}
            roles: {leader: 组长, member: 干部}
            groupKinds:
              - id: central
                label: 中心组
                seats: [leader, member]
            groupCounts:
              default: {central: 1}
            eligibility:
              - rule: E5
                groups: [central]
                units: [partner]
            cities:
              - name: 石家庄
                province: 河北
                lead: 大气司
                affiliated: [中国环境科学研究院]
                partnerProvince: 山东
              - name: 济南
                province: 山东
                lead: 大气司
                affiliated: [中国环境科学研究院]
                partnerProvince: 河北
            """;

    static final String HEADER = "id,name,unit,unit_type,province,rank,post,party_member,rounds_served,unavailable,"
            + "pregnant,nursing,health\n";

    /** {@link Cli#CAMPAIGN} with F7 weighed as in the default campaign. */
    static final String REPLAN_CAMPAIGN = CAMPAIGN + "rules:\n  F7: {weight: 100}\n";
    /** Twelve cadres for 4 seats a round: enough for every round with a round off between two (E11). */
    static final String REPLAN_REGISTER = HEADER
            + "c01,赵一,大气环境司,,,处级,,是,1,,,,\n"
            + "c02,赵二,大气环境司,,,处级,,是,0,,,,\n"
            + "c03,赵三,大气环境司,,,处级,,否,1,,,,\n"
            + "c04,赵四,大气环境司,,,处级,,是,0,,,,\n"
            + "c05,钱一,中国环境科学研究院,,,科级,,是,1,,,,\n"
            + "c06,钱二,中国环境科学研究院,,,科级,,否,0,,,,\n"
            + "c07,钱三,中国环境科学研究院,,,科级,,是,1,,2020-12-20..2021-01-20,,\n"
            + "c08,钱四,中国环境科学研究院,,,科级,,否,0,,,2021-02-01..2021-02-10,\n"
            + "c09,孙一,河北,,,处级,,是,1,,,,\n"
            + "c10,孙二,河北,,,科级,,是,0,,,,\n"
            + "c11,李一,山东,,,处级,,是,1,,,,\n"
            + "c12,李二,山东,,,科级,,否,0,,,,\n";

    /** A valid register for {@link #CAMPAIGN}. */
    static final String REGISTER = HEADER
            + "a1,张一,大气环境司,,,司局级,,是,2,,,,\n"
            + "a2,张二,中国环境科学研究院,,,处级,,否,0,2020-10-01..2020-10-07,,,\n"
            + "a3,张三,河北,,,处级,支队长,是,1,,,,\n"
            + "a4,张四,山东省生态环境厅,,,科级,,yes,0,,,,\n"
            + "a5,张五,石家庄市生态环境局,,,科员,,no,0,,,,\n";
}
