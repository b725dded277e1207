package org.rotationscheduler.io.out.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotationscheduler.campaign.Plan;
import org.rotationscheduler.domain.model.Assignment;
import org.rotationscheduler.domain.model.NoticeTexts;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.io.in.yaml.CampaignLoader;
import org.rotationscheduler.io.out.SafeFiles;
import org.rotationscheduler.report.HandMadePlan;
import org.rotationscheduler.report.PlanIdentity;

/** O2a: the dispatch notices of the hand-made plan, one per sending unit, read back as Word documents. */
class DispatchNoticesTest {
    static final LocalDate ISSUED = LocalDate.of(2019, 9, 20);
    @TempDir
    Path dir;
    private final Plan plan = HandMadePlan.small();
    private final NoticeTexts texts = new CampaignLoader().loadNotices(CampaignLoader.DEFAULT);
    private final PlanIdentity identity = PlanIdentity.of(plan, "autumn-2019", null, ISSUED);

    @Test
    void oneNoticePerSendingUnitNamedAfterIt() throws IOException {
        List<Path> files = new DispatchNotices(plan, texts, identity, ISSUED).write(dir, false);
        long units = plan.assignments().stream().filter(Assignment::filled).map(a -> a.cadre().unit()).distinct().count();
        assertThat(files).hasSize((int) units);
        assertThat(files).contains(dir.resolve("生态环境部信息中心.docx"), dir.resolve("三亚市生态环境局.docx"));
        assertThat(files).allMatch(Files::isRegularFile);
    }

    @Test
    void aNoticeNamesItsAddresseeEveryCadreWhereAndWhenToReportAndTheContact() throws IOException {
        DispatchNotices notices = new DispatchNotices(plan, texts, identity, ISSUED);
        Map<Unit, Path> files = notices.files(dir);
        notices.write(dir, false);
        Unit centre = plan.campaign().units().find("信息中心").orElseThrow();
        Notice read = Notice.read(files.get(centre));

        assertThat(read.paragraphs()).contains("生态环境部生态环境执法局", "生态环境部信息中心：", "特此通知。");
        int position = new ArrayList<>(files.keySet()).indexOf(centre);
        assertThat(read.paragraphs()).contains("执法函〔2019〕" + (texts.firstNumber() + position) + "号");
        assertThat(read.paragraphs()).contains("关于选派干部参加2019年秋冬季攻坚期重点区域强化监督定点帮扶工作的通知");
        assertThat(read.text()).contains("你单位共派出4人、4人次");
        // every cadre of the unit: c02 李明, c09 孙丽 (round 12), c13 何婷, c14 马超 (round 13), all in 北京
        assertThat(read.tables().get(0)).containsExactly(
                List.of("序号", "姓名", "职级", "轮次与日期", "城市", "工作组", "岗位"),
                List.of("1", "李明", "处级", "第12轮（2019年10月13日至10月27日）", "北京", "中心组", "联络员"),
                List.of("2", "孙丽", "科员", "第12轮（2019年10月13日至10月27日）", "北京", "中心组", "干部"),
                List.of("3", "何婷", "科级", "第13轮（2019年10月28日至11月11日）", "北京", "中心组", "联络员"),
                List.of("4", "马超", "科员", "第13轮（2019年10月28日至11月11日）", "北京", "中心组", "干部"));
        // where and when to report: once per round and city
        assertThat(read.tables().get(1)).containsExactly(List.of("轮次与日期", "城市", "报到时间", "报到地点"),
                List.of("第12轮（2019年10月13日至10月27日）", "北京", "2019年10月13日上午9时前", "北京市生态环境局（由中心组组长统一安排驻地）"),
                List.of("第13轮（2019年10月28日至11月11日）", "北京", "2019年10月28日上午9时前", "北京市生态环境局（由中心组组长统一安排驻地）"));
        assertThat(read.text()).contains("联系人及电话", "生态环境执法局强化监督定点帮扶调度组", "携带材料", "单位介绍信",
                "2019年9月20日", "抄送：人事司，机关党委。");
        // nobody of another unit
        assertThat(read.text()).doesNotContain("王建国", "黄敏", "陈静");
        // O7: the plan's identity on every page
        assertThat(read.header()).contains("蓝天保卫战", "2019年秋冬季攻坚期", "第12—13轮次", "计划 autumn-2019",
                "打印日期 2019年9月20日");
    }

    @Test
    void reportPlaceAndTimeMayDifferPerCity() throws IOException {
        NoticeTexts own = new NoticeTexts(texts.issuer(), texts.documentNumber(), 7, texts.title(), texts.changeTitle(),
                texts.opening(), texts.changeOpening(), texts.report(),
                Map.of("石家庄", new NoticeTexts.Report("{start}下午3时前", null)), texts.contacts(), texts.bring(),
                texts.requirements(), texts.closing(), texts.copyTo());
        DispatchNotices notices = new DispatchNotices(plan, own, identity, ISSUED);
        Unit office = plan.campaign().units().find("督察办").orElseThrow();
        Path file = notices.files(dir).get(office);
        notices.write(dir, false);
        assertThat(Notice.read(file).tables().get(1)).contains(List.of("第12轮（2019年10月13日至10月27日）", "石家庄",
                "2019年10月13日下午3时前", "石家庄市生态环境局（由中心组组长统一安排驻地）"));
    }

    @Test
    void anExistingNoticeIsNotReplacedWithoutForce() throws IOException {
        DispatchNotices notices = new DispatchNotices(plan, texts, identity, ISSUED);
        Path first = notices.files(dir).values().iterator().next();
        Files.writeString(first, "keep");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> notices.write(dir, false))
                .isInstanceOf(SafeFiles.FileExistsException.class);
        assertThat(Files.readString(first)).isEqualTo("keep");
        assertThat(dir.toFile().list()).hasSize(1);
    }

    /** A notice read back: its paragraphs, its tables (rows of cells), its page header. */
    record Notice(List<String> paragraphs, List<List<List<String>>> tables, String header, String text) {
        static Notice read(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                List<List<List<String>>> tables = new ArrayList<>();
                for (XWPFTable t : doc.getTables()) {
                    List<List<String>> table = new ArrayList<>();
                    for (XWPFTableRow row : t.getRows()) {
                        table.add(row.getTableCells().stream().map(c -> c.getText()).toList());
                    }
                    tables.add(table);
                }
                String header = doc.getHeaderList().stream().map(XWPFHeader::getText).reduce("", String::concat);
                return new Notice(paragraphs, tables, header, String.join("\n", paragraphs));
            }
        }
    }
}
