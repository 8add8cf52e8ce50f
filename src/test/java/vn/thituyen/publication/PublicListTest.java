package vn.thituyen.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.identity.Role;
import vn.thituyen.results.ResultsService;

/**
 * The public JSON and page show only what the official list shows (security review, finding 16): no date of birth
 * unless the Department's setting says so, and then the same in the PDF, the page and the JSON; no rank (the
 * official list has none).
 */
@ApplicationTest
class PublicListTest {

    @Autowired Scenario s;
    @Autowired ResultsService results;
    @Autowired vn.thituyen.campaign.CouncilService councils;
    @Autowired PublicationService publication;
    @Autowired vn.thituyen.audit.AuditLog audit;
    @LocalServerPort int port;

    @Test
    void theDateOfBirthIsPublishedOnlyAsTheSettingSaysAndAlikeEverywhere() throws Exception {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Nguyễn Thị Ánh", null);   // born 14/03/1995 (Scenario.form)
        // the scenario seats c.chair as the council's chair: the official list prints that name
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(a, 45, 20);
        s.interview(c, a, "80", "78");
        long setId = s.asUser(c.secretary, () -> results.compute(c.id));
        s.asUser(c.chair, () -> {
            results.approve(setId);
            return null;
        });
        s.asUser(c.secretary, () -> {
            results.publish(setId, "15/TB-HĐTD");
            return null;
        });
        String code = "T-" + c.tag;

        JsonNode line = json(code);
        List<String> fields = new ArrayList<>();
        line.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("candidateNumber", "fullName", "position", "round2Score",
                "priorityPoints", "total", "outcome", "outcomeText");
        String text = pdfText(code);
        assertThat(text).doesNotContain("Ngày sinh").doesNotContain("14/03/1995");
        assertThat(text).as("no authority of its own: the letterhead setting")
                .contains(publication.letterhead().authority());
        // the approver by full name, not by login; the council's chair by name under the signature
        assertThat(text).contains("người phê duyệt: Lê Chủ Tịch").doesNotContain(c.chair);
        assertThat(text.indexOf("Lê Chủ Tịch", text.indexOf("CHỦ TỊCH HỘI ĐỒNG TUYỂN DỤNG"))).isPositive();
        // the number of the publishing document, under the authority
        assertThat(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)).contains("Số: 15/TB-HĐTD");
        // a campaign's own recruiting authority heads its official list (the authority is data, not code)
        s.jdbc.update("UPDATE campaign SET authority = ? WHERE id = ?", "Sở Nội vụ thành phố Hải Phòng", c.id);
        assertThat(java.text.Normalizer.normalize(pdfText(code), java.text.Normalizer.Form.NFC))
                .contains("SỞ NỘI VỤ THÀNH PHỐ HẢI PHÒNG");
        // the footer carries the audit log's signed checkpoint, which verifies as printed
        assertThat(text).contains("Điểm neo nhật ký kiểm toán: ThiTuyen audit checkpoint entries=");
        assertThat(s.as("system", Role.CHAIR, () -> audit.verifyCheckpoint(text)).verdict())
                .isEqualTo(vn.thituyen.audit.AuditLog.CheckpointCheck.Verdict.MATCH);

        // the Excel list: the official list's columns, no date of birth by default, scores as numbers
        try (var wb = xlsx(code)) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("KẾT QUẢ TUYỂN DỤNG");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).startsWith("Số: 15/TB-HĐTD; phiên bản 1");
            assertThat(texts(sheet.getRow(5))).containsExactly("STT", "Số báo danh", "Họ và tên", "Vị trí dự tuyển",
                    "Điểm vòng 2", "Điểm ưu tiên", "Tổng điểm", "Kết quả");
            assertThat(sheet.getRow(6).getCell(2).getStringCellValue()).isEqualTo("Nguyễn Thị Ánh");
            assertThat(sheet.getRow(6).getCell(6).getNumericCellValue()).isEqualTo(79d);
        }
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/public/campaigns/" + code + "/results.xlsx")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(publication.officialXlsx("NO-SUCH")).isEmpty();
        try {
            setting(BirthDateShown.YEAR);
            assertThat(json(code).get("birthDate").asText()).isEqualTo("1995");
            try (var wb = xlsx(code)) {
                assertThat(wb.getSheetAt(0).getRow(5).getCell(3).getStringCellValue()).isEqualTo("Ngày sinh");
                assertThat(wb.getSheetAt(0).getRow(6).getCell(3).getNumericCellValue()).isEqualTo(1995d);
            }
            assertThat(pdfText(code)).contains("Ngày sinh").contains("1995").doesNotContain("14/03/1995");
            setting(BirthDateShown.FULL);
            assertThat(json(code).get("birthDate").asText()).isEqualTo("1995-03-14");
            assertThat(pdfText(code)).contains("14/03/1995");
            try (var wb = xlsx(code)) {
                assertThat(wb.getSheetAt(0).getRow(6).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(java.time.LocalDate.of(1995, 3, 14));
            }
        } finally {
            setting(BirthDateShown.NONE);
        }
    }

    private void setting(BirthDateShown shown) {
        s.as("system-admin", Role.ADMIN, () -> {
            publication.updateBirthDateShown(shown);
            return null;
        });
    }

    private JsonNode json(String code) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/public/campaigns/" + code + "/results")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body()).get("results").get(0);
    }

    private org.apache.poi.ss.usermodel.Workbook xlsx(String code) throws Exception {
        return new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                publication.officialXlsx(code).orElseThrow()));
    }

    private static List<String> texts(org.apache.poi.ss.usermodel.Row row) {
        org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
        List<String> out = new ArrayList<>();
        row.forEach(cell -> out.add(f.formatCellValue(cell)));
        return out;
    }

    private String pdfText(String code) throws Exception {
        try (PDDocument doc = Loader.loadPDF(publication.officialPdf(code).orElseThrow())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
