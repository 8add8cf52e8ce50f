package vn.thituyen.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.thituyen.common.Letterhead;
import vn.thituyen.publication.domain.ResultListPdf;
import vn.thituyen.results.ResultsService.ResultLine;
import vn.thituyen.results.ResultsService.ResultSetView;

/** The official list prints Vietnamese exactly: the text read back from the PDF equals what went in. */
class ResultListPdfTest {

    @Test
    void namesKeepTheirDiacritics() throws Exception {
        List<ResultLine> lines = List.of(
                line(1, "TS0001", "Nguyễn Thị Hồng Nhung", "Chuyên viên quản lý nhân sự", "79.5", "0", 1, "WINNER"),
                line(2, "TS0002", "Trần Đức Trưởng", "Chuyên viên quản lý nhân sự", "71", "5", 2, "WINNER"),
                line(3, "TS0003", "Lê Ngọc Ẩn Ưng Ỷ", "Chuyên viên pháp chế", "48.5", "2.5", null, "FAILED_ROUND2"));
        ResultSetView view = new ResultSetView(9, 1, 3, "PUBLISHED", "secretary", Instant.now(), "Lê Minh Chủ Tịch",
                Instant.now(), "secretary", Instant.now(), lines, List.of(), "15/TB-HĐTD");
        byte[] pdf = ResultListPdf.render(new Letterhead("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "SỞ NỘI VỤ",
                "Hải Phòng"), "Kỳ thi tuyển công chức năm 2026", view, LocalDate.of(2026, 11, 25),
                vn.thituyen.publication.BirthDateShown.FULL, "Điểm neo nhật ký kiểm toán: ThiTuyen audit checkpoint",
                "Lê Minh Chủ Tịch", "Lê Minh Chủ Tịch");

        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "pdf", "result-list.pdf"), pdf);   // to look at
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("DANH SÁCH KẾT QUẢ THI TUYỂN", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
                    "Hải Phòng, ngày 25 tháng 11 năm 2026", "Kỳ thi tuyển công chức năm 2026",
                    "Nguyễn Thị Hồng Nhung", "Trần Đức Trưởng", "Lê Ngọc Ẩn Ưng Ỷ", "TS0003",
                    "79,5", "Trúng tuyển", "Điểm vòng 2 dưới", "Ngày sinh", "01/01/1995",
                    "người phê duyệt: Lê Minh Chủ Tịch", "Số: 15/TB-HĐTD");
            // the signer's name under the title of the signature (room left for the signature and the seal)
            assertThat(text.indexOf("Lê Minh Chủ Tịch", text.indexOf("CHỦ TỊCH HỘI ĐỒNG TUYỂN DỤNG")))
                    .as("the chair's name after the signature title").isPositive();
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertThat(font.isEmbedded()).as("fonts are embedded").isTrue();
        }
    }

    private static ResultLine line(long id, String number, String name, String position, String round2,
            String priority, Integer rank, String outcome) {
        BigDecimal r2 = new BigDecimal(round2);
        BigDecimal p = new BigDecimal(priority);
        return new ResultLine(id, 1, position, number, name, LocalDate.of(1995, 1, (int) id), true, r2, p, r2.add(p),
                rank, outcome, null);
    }
}
