package org.rotationscheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotationscheduler.cli.Cli.assertNoStackTrace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.cli.Cli.Result;

/**
 * A corpus of hostile inputs (YAML, CSV, XLSX, change files, plan folders, assignment tables,
 * options), each run through the real command line as an adversary would. Every case asserts the
 * exit code, the file and line (or row) in the message (the option, for options), no stack trace,
 * and that nothing outside the output folder changed (SHA-256 of every file before and after).
 */
class FuzzCorpusTest {
    private static final String CAMPAIGN = Cli.REPLAN_CAMPAIGN;
    private static final String REGISTER = Cli.REPLAN_REGISTER;
    private static final String FROM = "2020-10-31";
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    static Path dir;
    static Path published;
    static String assignments;
    static String planJson;
    static int cases;

    @BeforeAll
    static void publish() throws IOException {
        Path base = Files.createDirectory(dir.resolve("base"));
        Files.writeString(base.resolve("campaign.yaml"), CAMPAIGN);
        Files.writeString(base.resolve("register.csv"), REGISTER);
        published = base.resolve("plan");
        Result r = Cli.run("schedule", "--season", "autumn", "--campaign", base.resolve("campaign.yaml").toString(),
                "--register", base.resolve("register.csv").toString(), "--out", published.toString(), "--steps", "200",
                "--quiet");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assignments = Files.readString(published.resolve("assignments.csv"));
        planJson = Files.readString(published.resolve("plan.json"));
    }

    @AfterAll
    static void count() {
        System.out.println("fuzz corpus: " + cases + " cases");
    }

    /** What a case writes into its folder before running. */
    @FunctionalInterface
    interface Setup {
        void write(Path caseDir) throws IOException;
    }

    /**
     * One hostile input.
     *
     * @param args the command line; {@code @} stands for the case's folder
     * @param where what the message must contain: {@code file:line} (or the option)
     * @param says a phrase of the message
     */
    record Case(String name, Setup setup, List<String> args, int exit, String where, String says) {
    }

    private static Case validateYaml(String name, String yaml, String where, String says) {
        return new Case(name, d -> Files.writeString(d.resolve("bad.yaml"), yaml), List.of("validate", "--campaign",
                "@/bad.yaml", "--register", "@/register.csv"), ExitCodes.BAD_INPUT, where, says);
    }

    private static Case validateYamlBytes(String name, byte[] yaml, String where, String says) {
        return new Case(name, d -> Files.write(d.resolve("bad.yaml"), yaml), List.of("validate", "--campaign",
                "@/bad.yaml", "--register", "@/register.csv"), ExitCodes.BAD_INPUT, where, says);
    }

    private static Case register(String name, String ext, Setup setup, String where, String says) {
        return new Case(name, setup, List.of("validate", "--campaign", "@/campaign.yaml", "--register", "@/bad." + ext),
                ExitCodes.BAD_INPUT, where, says);
    }

    private static Case csv(String name, String text, String where, String says) {
        return register(name, "csv", d -> Files.writeString(d.resolve("bad.csv"), text), where, says);
    }

    private static Case changes(String name, String yaml, String where, String says) {
        return new Case(name, d -> Files.writeString(d.resolve("bad.yaml"), yaml), List.of("replan", "--plan", "@/plan",
                "--changes", "@/bad.yaml", "--from", FROM, "--out", "@/out", "--steps", "10", "--quiet"),
                ExitCodes.BAD_INPUT, where, says);
    }

    private static Case plan(String name, Setup setup, String where, String says) {
        return new Case(name, setup, List.of("check", "--plan", "@/plan"), ExitCodes.BAD_INPUT, where, says);
    }

    private static Case planJson(String name, String from, String to, String where, String says) {
        return plan(name, d -> {
            assertThat(planJson).contains(from);
            Files.writeString(d.resolve("plan/plan.json"), planJson.replace(from, to));
        }, where, says);
    }

    private static Case table(String name, Setup setup, String where, String says) {
        return new Case(name, setup, List.of("check", "--assignments", "@/a.csv", "--campaign", "@/campaign.yaml",
                "--register", "@/register.csv"), ExitCodes.BAD_INPUT, where, says);
    }

    /** The published table with one row changed by {@code edit} (row 2 is the first seat). */
    private static Case tableRow(String name, int row, java.util.function.UnaryOperator<String> edit, String where,
            String says) {
        return table(name, d -> {
            List<String> lines = new ArrayList<>(assignments.lines().toList());
            lines.set(row - 1, edit.apply(lines.get(row - 1)));
            Files.writeString(d.resolve("a.csv"), String.join("\n", lines) + "\n");
        }, where, says);
    }

    private static Case option(String name, String where, String says, String... args) {
        List<String> a = new ArrayList<>(List.of(args));
        return new Case(name, d -> { }, a, ExitCodes.BAD_INPUT, where, says);
    }

    private static int line(String text, String needle) {
        return Cli.lineOf(text, needle);
    }

    private static String firstFilledRow() {
        return assignments.lines().skip(1).filter(l -> !l.endsWith(",,,,")).findFirst().orElseThrow();
    }

    private static int rowOf(String line) {
        return assignments.lines().toList().indexOf(line) + 1;
    }

    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("名册");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static List<List<String>> registerRows() {
        return REGISTER.lines().map(l -> List.of(l.split(",", -1))).toList();
    }

    private static List<Case> corpus() {
        List<Case> c = new ArrayList<>();
        int rounds = line(CAMPAIGN, "roundDays");
        // ---- campaign YAML ----
        c.add(validateYaml("alias without anchor", CAMPAIGN.replace("name: test campaign", "name: *nowhere"),
                "bad.yaml:1:7", "YAML aliases (*nowhere) are not read"));
        c.add(validateYaml("anchor on a map", CAMPAIGN.replace("roles: {", "roles: &r {"),
                "bad.yaml:" + line(CAMPAIGN, "roles:") + ":", "YAML anchors (&r) are not read"));
        c.add(validateYaml("anchor and alias", CAMPAIGN.replace("roles: {leader: 组长, member: 干部}",
                "roles: {leader: &l 组长, member: *l}"), "bad.yaml:" + line(CAMPAIGN, "roles:") + ":",
                "YAML aliases (*l) are not read"));
        c.add(validateYaml("merge key", CAMPAIGN + "costs:\n  <<: *base\n", "bad.yaml:" + (CAMPAIGN.lines().count() + 2)
                + ":", "YAML aliases (*base) are not read"));
        c.add(validateYaml("second document", CAMPAIGN + "---\ncalendar:\n  roundDays: 0\n",
                "bad.yaml:" + (CAMPAIGN.lines().count() + 2) + ":1", "a second YAML document starts here"));
        c.add(validateYaml("tag !!binary", CAMPAIGN.replace("name: test campaign", "name: !!binary aGVsbG8="),
                "bad.yaml:1:", "YAML tags ("));
        c.add(validateYaml("tag !!java.lang.Runtime", CAMPAIGN.replace("name: test campaign",
                "name: !!java.lang.Runtime {}"), "bad.yaml:1:", "YAML tags ("));
        c.add(validateYaml("local tag", CAMPAIGN.replace("roundDays: 15", "roundDays: !days 15"),
                "bad.yaml:" + rounds + ":", "YAML tags ("));
        c.add(validateYaml("10,000-deep nesting", CAMPAIGN.replace("name: test campaign",
                "name: " + "[".repeat(10_000) + "]".repeat(10_000)), "bad.yaml:1:", "nested more than"));
        c.add(validateYaml("50 MB scalar", "name: '" + "x".repeat(50 * 1024 * 1024) + "'\n", "bad.yaml:1:1",
                "larger than 2 MB"));
        c.add(validateYaml("20,000-character value", CAMPAIGN.replace("name: test campaign", "name: " + "名".repeat(20_000)),
                "bad.yaml:1:7", "values are at most"));
        c.add(validateYaml("duplicate key", CAMPAIGN + "name: again\n", "bad.yaml:" + (CAMPAIGN.lines().count() + 1)
                + ":", "appears twice"));
        c.add(validateYaml("bad indentation", CAMPAIGN.replace("  roundDays: 15", "   roundDays: 15"),
                "bad.yaml:" + rounds + ":", "not valid YAML"));
        c.add(validateYaml("tab indentation", CAMPAIGN.replace("  roundDays: 15", "\troundDays: 15"),
                "bad.yaml:" + rounds + ":", "not valid YAML"));
        c.add(validateYaml("misspelt key", CAMPAIGN.replace("calendar:", "calender:"), "bad.yaml:2:",
                "did you mean 'calendar'?"));
        c.add(validateYamlBytes("GB18030 YAML", CAMPAIGN.getBytes(GB18030), "bad.yaml:" + line(CAMPAIGN, "常规期") + ":",
                "is not UTF-8"));
        c.add(validateYaml("a list, not a map", "- a\n- b\n", "bad.yaml:1:1", "must be a map of keys"));
        c.add(validateYaml("huge number", CAMPAIGN.replace("roundDays: 15", "roundDays: 99999999999999999999999"),
                "bad.yaml:" + rounds + ":", "calendar.roundDays"));
        c.add(validateYaml("NUL byte", CAMPAIGN.replace("name: test campaign", "name: te\u0000st"), "bad.yaml:1:",
                "not valid YAML"));
        c.add(validateYaml("zero-day rounds", CAMPAIGN.replace("roundDays: 15", "roundDays: 0"),
                "bad.yaml:" + rounds + ":", "calendar.roundDays"));
        c.add(validateYaml("extends itself", "extends: bad.yaml\n", "bad.yaml:1:", "in a circle"));
        // ---- register CSV ----
        c.add(register("GB18030 register", "csv", d -> Files.write(d.resolve("bad.csv"), REGISTER.getBytes(GB18030)),
                "bad.csv:2", "is not UTF-8"));
        c.add(register("register cut inside a character", "csv", d -> {
            // row 3 ends one byte into 赵二's first character
            int cut = REGISTER.substring(0, REGISTER.indexOf("赵二")).getBytes(StandardCharsets.UTF_8).length + 1;
            Files.write(d.resolve("bad.csv"), java.util.Arrays.copyOf(REGISTER.getBytes(StandardCharsets.UTF_8), cut));
        }, "bad.csv:3", "is not UTF-8"));
        c.add(csv("no rank column", REGISTER.replace(",rank,", ",rnak,"), "bad.csv:1", "no column 'rank'"));
        c.add(csv("duplicate id", REGISTER.replace("c02,", "c01,"), "bad.csv:3", "is used already in row 2"));
        c.add(csv("bad unavailable range", REGISTER.replace("c01,赵一,大气环境司,,,处级,,是,1,,",
                "c01,赵一,大气环境司,,,处级,,是,1,2020-12-20..2020-13-01,"), "bad.csv:2", "column unavailable"));
        c.add(csv("unknown rank", REGISTER.replace("c03,赵三,大气环境司,,,处级", "c03,赵三,大气环境司,,,处长"), "bad.csv:4",
                "unknown rank '处长'"));
        c.add(csv("empty register", "", "bad.csv:1", "the register is empty"));
        c.add(csv("header only", Cli.HEADER, "bad.csv:2", "no cadres"));
        c.add(csv("unknown unit", REGISTER.replace("c05,钱一,中国环境科学研究院", "c05,钱一,中国环境科学研究所"), "bad.csv:6",
                "unknown unit"));
        c.add(csv("negative rounds served", REGISTER.replace("c09,孙一,河北,,,处级,,是,1", "c09,孙一,河北,,,处级,,是,-1"),
                "bad.csv:10", "rounds_served"));
        c.add(csv("private date unreadable", REGISTER.replace("2021-02-01..2021-02-10", "soon"), "bad.csv:9",
                "a private-state column"));
        // ---- register XLSX ----
        c.add(register("text named .xlsx", "xlsx", d -> Files.writeString(d.resolve("bad.xlsx"), REGISTER), "bad.xlsx:",
                "is not a readable .xlsx workbook"));
        c.add(register("truncated workbook", "xlsx", d -> {
            byte[] whole = xlsx(registerRows());
            Files.write(d.resolve("bad.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        }, "bad.xlsx:", "is not a readable .xlsx workbook"));
        c.add(register("workbook with a bad rank", "xlsx", d -> {
            List<List<String>> rows = new ArrayList<>(registerRows());
            List<String> third = new ArrayList<>(rows.get(2));
            third.set(5, "首长");
            rows.set(2, third);
            Files.write(d.resolve("bad.xlsx"), xlsx(rows));
        }, "bad.xlsx:3", "unknown rank '首长'"));
        c.add(register("empty workbook", "xlsx", d -> Files.write(d.resolve("bad.xlsx"), xlsx(List.of())), "bad.xlsx:1",
                "the register is empty"));
        c.add(register("workbook with duplicate ids", "xlsx", d -> {
            List<List<String>> rows = new ArrayList<>(registerRows());
            rows.add(rows.get(1));
            Files.write(d.resolve("bad.xlsx"), xlsx(rows));
        }, "bad.xlsx:14", "is used already in row 2"));
        // ---- change files ----
        c.add(changes("private key under a cadre", "changes:\n  - cadre: c01\n    health: 2020-11-01..2020-11-10\n",
                "bad.yaml:3:", "a change file names no private state (S1)"));
        c.add(changes("unknown cadre", "changes:\n  - cadre: c99\n    unavailable: 2020-11-01\n", "bad.yaml:2:",
                "no cadre 'c99'"));
        c.add(changes("alias in a change file", "changes:\n  - cadre: c01\n    unavailable: *days\n", "bad.yaml:3:",
                "YAML aliases (*days) are not read"));
        c.add(changes("second document in a change file", "changes:\n  - cadre: c01\n    unavailable: 2020-11-01\n---\n"
                + "changes: []\n", "bad.yaml:5:", "a second YAML document"));
        c.add(changes("tag in a change file", "changes:\n  - cadre: !!str c01\n    unavailable: 2020-11-01\n",
                "bad.yaml:2:", "YAML tags ("));
        c.add(changes("unreadable date", "changes:\n  - cadre: c01\n    unavailable: 2020-11-31\n", "bad.yaml:3:",
                "changes[0].unavailable"));
        c.add(changes("misspelt key", "changes:\n  - cadre: c01\n    unavailble: 2020-11-01\n", "bad.yaml:3:",
                "did you mean 'unavailable'?"));
        c.add(new Case("change file in GB18030", d -> Files.write(d.resolve("bad.yaml"),
                "changes:\n  - add: {id: N1, name: 张三, unit: 大气环境司, rank: 处级}\n".getBytes(GB18030)),
                List.of("replan", "--plan", "@/plan", "--changes", "@/bad.yaml", "--from", FROM, "--out", "@/out"),
                ExitCodes.BAD_INPUT, "bad.yaml:2:", "is not UTF-8"));
        // ---- plan folders ----
        String rounds0 = planJson.substring(planJson.indexOf("\"rounds\""), planJson.indexOf("]",
                planJson.indexOf("\"rounds\"")) + 1);
        c.add(planJson("plan.json rounds []", rounds0, "\"rounds\" : [ ]", "plan.json:" + line(planJson, "\"rounds\"")
                + ":", "rounds: is empty"));
        c.add(planJson("plan.json rounds \"abc\"", rounds0, "\"rounds\" : \"abc\"", "plan.json:"
                + line(planJson, "\"rounds\"") + ":", "must be the list of the plan's round numbers"));
        c.add(planJson("plan.json round 999", rounds0, "\"rounds\" : [ 999 ]", "plan.json", "round 999"));
        c.add(planJson("plan.json without register", "  \"register\" : \"register.csv\",\n", "", "plan.json:1:1",
                "register: is missing"));
        c.add(planJson("plan.json campaign null", "\"campaign\" : \"campaign/campaign.yaml\"", "\"campaign\" : null",
                "plan.json:" + line(planJson, "\"campaign\"") + ":", "campaign: is missing (null)"));
        c.add(planJson("plan.json history gone", "\"history\" : [ ]", "\"history\" : [ \"../autumn-2019\" ]",
                "plan.json:" + line(planJson, "\"history\"") + ":", "which is not there"));
        c.add(planJson("plan.json unknown key", "\"score\"", "\"scroe\"", "plan.json:" + line(planJson, "\"score\"") + ":",
                "did you mean 'score'?"));
        c.add(planJson("plan.json cut in half", planJson, planJson.substring(0, planJson.length() / 2), "plan.json:",
                "not valid JSON"));
        c.add(planJson("plan.json version 7", "\"version\" : 1", "\"version\" : 7", "plan.json:2:", "version 7"));
        c.add(plan("register gone from the folder", d -> Files.delete(d.resolve("plan/register.csv")),
                "plan.json:" + line(planJson, "\"register\"") + ":", "which does not exist"));
        String filled = firstFilledRow();
        c.add(plan("assignments cut inside a character", d -> {
            byte[] b = assignments.getBytes(StandardCharsets.UTF_8);
            // one byte into the first character of the row's city
            int cut = assignments.substring(0, assignments.indexOf(filled) + filled.indexOf(",石家庄") + 1)
                    .getBytes(StandardCharsets.UTF_8).length + 1;
            Files.write(d.resolve("plan/assignments.csv"), java.util.Arrays.copyOf(b, cut));
        }, "assignments.csv:" + rowOf(filled), "the file ends in the middle of a character"));
        c.add(plan("assignments in GB18030", d -> Files.write(d.resolve("plan/assignments.csv"),
                assignments.getBytes(GB18030)), "assignments.csv:2", "GB18030"));
        c.add(plan("assignments with a wrong header", d -> Files.writeString(d.resolve("plan/assignments.csv"),
                assignments.replaceFirst("cadre_id", "cadre")), "assignments.csv:1", "the header must start with"));
        c.add(plan("assignments naming an unknown cadre", d -> Files.writeString(d.resolve("plan/assignments.csv"),
                assignments.replace(filled, filled.replaceFirst(",c\\d\\d,", ",c99,"))), "assignments.csv:"
                + rowOf(filled), "cadre 'c99' is not in the register"));
        // ---- check --assignments ----
        int row = rowOf(filled);
        c.add(tableRow("a seat listed twice", row, l -> l + "\n" + l, "a.csv:" + (row + 1), "all listed already"));
        c.add(tableRow("name contradicts cadre_id", row, l -> l.replaceFirst(",(赵|钱|孙|李)(.)(,)", ",冒$2$3"),
                "a.csv:" + row, "is not the name of cadre"));
        c.add(tableRow("unit contradicts cadre_id", row, l -> l.replace(",大气环境司,", ",山东省生态环境厅,")
                .replace(",中国环境科学研究院,", ",山东省生态环境厅,").replace(",河北省生态环境厅,", ",山东省生态环境厅,"),
                "a.csv:" + row, "is not the unit of cadre"));
        c.add(tableRow("rank contradicts cadre_id", row, l -> l.endsWith("处级") ? l.replaceAll("处级$", "科员")
                : l.replaceAll("[^,]+$", "司局级"), "a.csv:" + row, "is not the rank of cadre"));
        c.add(tableRow("dates not the round's", row, l -> l.replaceFirst(",(\\d{4})-(\\d\\d)-(\\d\\d),", ",2000-01-01,"),
                "a.csv:" + row, "are not the dates of round"));
        c.add(tableRow("a name without cadre_id", row, l -> l.replaceFirst(",c\\d\\d,", ",,"), "a.csv:" + row,
                "but cadre_id is empty"));
        // ---- options ----
        c.add(option("--steps -1", "--steps", "must be a whole number from 1", "schedule", "--season", "autumn",
                "--campaign", "@/campaign.yaml", "--register", "@/register.csv", "--out", "@/out", "--steps", "-1"));
        c.add(option("--time-limit 0", "--time-limit", "longer than zero", "schedule", "--season", "autumn",
                "--campaign", "@/campaign.yaml", "--register", "@/register.csv", "--out", "@/out", "--time-limit", "0"));
        c.add(option("--unimproved-limit -5s", "--unimproved-limit", "is not a duration", "schedule", "--season",
                "autumn", "--out", "@/out", "--unimproved-limit", "-5s"));
        c.add(option("explain --limit 0", "--limit", "must be a whole number from 1", "explain", "--plan", "@/plan",
                "--limit", "0"));
        c.add(option("suggest --top -3", "--top", "must be a whole number from 1", "suggest", "--plan", "@/plan",
                "--city", "石家庄", "--round", "3", "--seat", "中心组:组长", "--top", "-3"));
        c.add(new Case("--out is a regular file", d -> Files.writeString(d.resolve("afile"), "mine"),
                List.of("schedule", "--season", "autumn", "--campaign", "@/campaign.yaml", "--register",
                        "@/register.csv", "--out", "@/afile", "--steps", "10", "--quiet"), ExitCodes.BAD_INPUT,
                "afile: --out", "is a file, not a folder"));
        c.add(new Case("schedule --out a link", d -> Files.createSymbolicLink(d.resolve("link"), d.resolve("plan")),
                List.of("schedule", "--season", "autumn", "--campaign", "@/campaign.yaml", "--register",
                        "@/register.csv", "--out", "@/link", "--force", "--steps", "10", "--quiet"), ExitCodes.BAD_INPUT,
                "link: --out", "is a symbolic link"));
        c.add(new Case("replan --out LINK --force to the published plan", d -> {
            Files.writeString(d.resolve("changes.yaml"), "changes:\n  - cadre: c01\n    unavailable: 2020-12-01\n");
            Files.createSymbolicLink(d.resolve("link"), d.resolve("plan"));
        }, List.of("replan", "--plan", "@/plan", "--changes", "@/changes.yaml", "--from", FROM, "--out", "@/link",
                "--force", "--steps", "10", "--quiet"), ExitCodes.BAD_INPUT, "link: --out",
                "is the published plan's folder"));
        c.add(new Case("replan --out inside the published plan", d -> Files.writeString(d.resolve("changes.yaml"),
                "changes:\n  - cadre: c01\n    unavailable: 2020-12-01\n"), List.of("replan", "--plan", "@/plan",
                "--changes", "@/changes.yaml", "--from", FROM, "--out", "@/plan/v2", "--steps", "10", "--quiet"),
                ExitCodes.BAD_INPUT, "v2: --out", "is inside the published plan's folder"));
        return c;
    }

    @TestFactory
    Stream<DynamicTest> everyHostileInputIsRefusedCleanly() {
        return corpus().stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> run(k)));
    }

    private static void run(Case k) throws IOException {
        cases++;
        Path caseDir = Files.createDirectory(dir.resolve("case-" + cases));
        Files.writeString(caseDir.resolve("campaign.yaml"), CAMPAIGN);
        Files.writeString(caseDir.resolve("register.csv"), REGISTER);
        copy(published, caseDir.resolve("plan"));
        k.setup().write(caseDir);
        Map<String, String> before = hashes(caseDir);
        Map<String, String> publishedBefore = hashes(published);
        String[] args = k.args().stream().map(a -> a.replace("@", caseDir.toString())).toArray(String[]::new);
        long start = System.nanoTime();
        Result r = Cli.run(args);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.code()).as("%s: exit code; stderr:%n%s", k.name(), r.err()).isEqualTo(k.exit());
        assertThat(r.err()).as(k.name()).contains(k.where()).contains(k.says());
        assertNoStackTrace(r);
        assertThat(ms).as("%s: refused quickly", k.name()).isLessThan(20_000);
        assertThat(hashes(caseDir)).as("%s: nothing outside the output folder changed", k.name()).isEqualTo(before);
        assertThat(hashes(published)).isEqualTo(publishedBefore);
        assertThat(caseDir.resolve("out")).as("no output written").doesNotExist();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }

    /** SHA-256 of every file under a folder (links as links), except the output folder {@code out}. */
    static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.toList()) {
                String rel = folder.relativize(p).toString();
                if (rel.equals("out") || rel.startsWith("out/")) {
                    continue;
                }
                if (Files.isSymbolicLink(p)) {
                    out.put(rel, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(rel, sha256(Files.readAllBytes(p)));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(rel + "/", "");
                }
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
