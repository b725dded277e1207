package org.rotationscheduler.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.io.out.html.PlanReport;
import org.rotationscheduler.rules.RuleBreak;

/**
 * O6: the plan report opened in a real browser (headless Chromium), offline, and judged by the
 * DOM it renders: one cell per group and round, each cadre in the right round, the script run
 * (it counts the group cells and runs a search given in the address).
 *
 * <p>Without Chromium the test is skipped with a message, except when the environment variable
 * {@code CI} is {@code true}: CI installs it ({@code .ci/run}), so there a missing browser fails.
 */
class PlanReportBrowserTest {
    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
    private static String browser;
    @TempDir
    Path dir;
    private final Plan plan = HandMadePlan.small();

    @BeforeAll
    static void findBrowser() {
        browser = BROWSERS.stream().filter(PlanReportBrowserTest::onPath).findFirst().orElse(null);
        if (browser == null) {
            String message = "no headless browser (" + String.join(", ", BROWSERS) + ") on the PATH; "
                    + "install one: apt-get install -y chromium";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true: the browser test must run)");
            }
            Assumptions.abort(message);
        }
    }

    @Test
    void theTimelineShowsEveryGroupOfEveryRoundWithItsCadres() throws Exception {
        Path html = write();
        String dom = dumpDom(html.toUri().toString());

        long groups = plan.assignments().stream().map(a -> a.seat().group().key()).distinct().count();
        List<String> cells = cells(dom);
        assertThat(cells).hasSize((int) groups);
        // the script ran in the browser: it counted the same cells
        assertThat(dom).contains("data-groups=\"" + groups + "\"");
        // 林峰 (c17) sits in 北京 普通组1 in round 13, and in no other cell
        String beijing = dom.substring(dom.indexOf("data-city=\"北京\""), dom.indexOf("data-city=\"石家庄\""));
        List<String> linFeng = cells(beijing).stream().filter(c -> c.contains("林峰")).toList();
        assertThat(linFeng).hasSize(1);
        assertThat(linFeng.get(0)).contains("data-round=\"13\"", "data-group=\"普通组1\"");
        assertThat(cells(dom).stream().filter(c -> c.contains("王建国")).toList()).singleElement()
                .asString().contains("data-round=\"12\"", "data-group=\"中心组\"");
        // every filled seat's cadre appears in the timeline, empty seats as such
        for (Assignment a : plan.assignments()) {
            if (a.filled()) {
                assertThat(dom).contains(">" + a.cadre().name() + "</span>");
            }
        }
        assertThat(cells.stream().filter(c -> c.contains("（空缺）")).count()).isEqualTo(plan.unfilled());
        assertThat(dom).contains("计划 autumn-2019", "2019年秋冬季攻坚期");
    }

    @Test
    void aSearchInTheAddressHighlightsTheCadreAndHidesTheOtherCities() throws Exception {
        Path html = write();
        String dom = dumpDom(html.toUri() + "#q=" + java.net.URLEncoder.encode("陈静", StandardCharsets.UTF_8));
        // 陈静 sits in 石家庄 only: her name is highlighted, 北京 is hidden
        assertThat(dom).containsPattern("class=\"person hit\"[^>]*>陈静<");
        assertThat(dom).containsPattern("class=\"city block hidden\" data-city=\"北京\"");
        assertThat(dom).containsPattern("class=\"city block\" data-city=\"石家庄\"");
    }

    private Path write() throws IOException {
        List<RuleBreak> breaks = new org.rotationscheduler.check.PlanChecker(plan.campaign()).check(plan);
        Path html = dir.resolve("report.html");
        new PlanReport(plan, breaks, PlanIdentity.of(plan, "autumn-2019", null, LocalDate.of(2019, 10, 1)))
                .write(html, false);
        return html;
    }

    /** The group cells of the timeline, each as its opening tag and content. */
    private static List<String> cells(String dom) {
        Matcher m = Pattern.compile("<td class=\"group\"[^>]*>.*?</td>", Pattern.DOTALL).matcher(dom);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Opens the page in headless Chromium, offline, and returns the DOM once it has loaded and run. */
    private String dumpDom(String url) throws Exception {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path stdout = dir.resolve("dom.html");
        Path stderr = dir.resolve("browser.log");
        Process p = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom", url)
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the browser did not finish within 90 s: " + Files.readString(stderr));
        }
        String dom = Files.readString(stdout, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("browser exit code; its log: %s", Files.readString(stderr)).isZero();
        assertThat(dom).as("the DOM dump").contains("</html>");
        return dom;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }
}
