package vn.thituyen.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.common.DomainException;

/** Issue 15 § 8: the result list in Excel for the council's staff, the latest version and the one published. */
@ApplicationTest
class ResultListsTest {

    @Autowired Scenario s;
    @Autowired ResultsService results;
    @Autowired ResultLists lists;

    @Test
    void theLatestAndThePublishedListReadBackWithScoresAsNumbers() throws Exception {
        Scenario.Campaign c = s.newCampaign();
        long an = s.apply(c, c.position1, "Nguyễn Thị Ánh", null);
        long binh = s.apply(c, c.position1, "Trần Văn Bình", PriorityCategory.ETHNIC_MINORITY);
        long cuong = s.apply(c, c.position1, "Lê Đức Cường", null);
        s.acceptAllAndPublish(c);
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> lists.latestXlsx(c.id)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("export.noResults"));
        s.openSittings(c);
        s.sit(an, 45, 20);
        s.sit(binh, 30, 15);
        s.sit(cuong, 29, 30);  // fails round 1
        s.interview(c, an, "80", "78");
        s.interview(c, binh, "70", "72");
        long setId = s.asUser(c.secretary, () -> results.compute(c.id));

        try (Workbook wb = read(s.asUser(c.chair, () -> lists.latestXlsx(c.id)))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Phiên bản 1 – Dự thảo; tính lúc ");
            assertThat(texts(sheet.getRow(4))).containsExactly("STT", "Vị trí dự tuyển", "SBD", "Họ và tên",
                    "Ngày sinh", "Vòng 1", "Điểm vòng 2", "Điểm ưu tiên", "Tổng điểm", "Thứ hạng", "Kết quả");
            Map<String, Row> byName = byName(sheet);
            assertThat(byName).containsOnlyKeys("Nguyễn Thị Ánh", "Trần Văn Bình", "Lê Đức Cường");
            Row b = byName.get("Trần Văn Bình");
            assertThat(b.getCell(5).getStringCellValue()).isEqualTo("Đạt");
            assertThat(b.getCell(6).getNumericCellValue()).isEqualTo(71d);
            assertThat(b.getCell(7).getNumericCellValue()).isEqualTo(5d);
            assertThat(b.getCell(8).getNumericCellValue()).isEqualTo(76d);
            assertThat(b.getCell(9).getNumericCellValue()).isEqualTo(2d);
            assertThat(b.getCell(10).getStringCellValue()).isEqualTo("Trúng tuyển");
            assertThat(b.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1995, 3, 14));
            Row cu = byName.get("Lê Đức Cường");
            assertThat(cu.getCell(5).getStringCellValue()).isEqualTo("Không đạt");
            assertThat(cu.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cu.getCell(10).getStringCellValue()).isEqualTo("Không đạt vòng 1");
        }
        // nothing published yet; an invigilator or a candidate reads no result list
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> lists.publishedXlsx(c.id)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> s.asUser(c.invigilator, () -> lists.latestXlsx(c.id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> s.asUser(c.candidates.get(0), () -> lists.latestXlsx(c.id)))
                .isInstanceOf(AccessDeniedException.class);
        // nor does the secretary of another campaign
        Scenario.Campaign other = s.newCampaign();
        assertThatThrownBy(() -> s.asUser(other.secretary, () -> lists.latestXlsx(c.id)))
                .isInstanceOf(DomainException.class);

        s.asUser(c.chair, () -> {
            results.approve(setId);
            return null;
        });
        s.asUser(c.secretary, () -> {
            results.publish(setId, "15/TB-HĐTD");
            return null;
        });
        try (Workbook wb = read(s.asUser(c.secretary, () -> lists.publishedXlsx(c.id)))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Phiên bản 1 – Đã công bố")
                    .contains("phê duyệt lúc", "(" + c.chair + ")", "văn bản số 15/TB-HĐTD");
            assertThat(byName(sheet).get("Nguyễn Thị Ánh").getCell(8).getNumericCellValue()).isEqualTo(79d);
        }
    }

    private static Map<String, Row> byName(Sheet sheet) {
        Map<String, Row> out = new HashMap<>();
        for (int r = 5; r <= sheet.getLastRowNum(); r++) {
            out.put(sheet.getRow(r).getCell(3).getStringCellValue(), sheet.getRow(r));
        }
        return out;
    }

    private static Workbook read(byte[] xlsx) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> texts(Row row) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        row.forEach(cell -> out.add(f.formatCellValue(cell)));
        return out;
    }
}
