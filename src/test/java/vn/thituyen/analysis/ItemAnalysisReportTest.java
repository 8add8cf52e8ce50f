package vn.thituyen.analysis;

import vn.thituyen.analysis.domain.ItemAnalysis;
import vn.thituyen.analysis.domain.ItemAnalysisFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thituyen.analysis.domain.ItemAnalysis.Result;

/** The Excel and PDF exports carry the hand-computed numbers of ItemAnalysisTest, in Vietnamese. */
class ItemAnalysisReportTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final String CAMPAIGN = "Kỳ thi tuyển công chức năm 2026";
    private static final String PART = "Kiến thức chung";
    private final Function<String, String> vi = ItemAnalysisFixtures.translator(Locale.forLanguageTag("vi"));
    private final Result samePaper = ItemAnalysis.compute(ItemAnalysisFixtures.samePaper());

    @Test
    void excelSummarySheet() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                ItemAnalysisReport.xlsx(samePaper, CAMPAIGN, PART, vi)))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Tổng hợp");
            assertThat(wb.getSheetName(1)).isEqualTo("Câu hỏi");
            Sheet s = wb.getSheetAt(0);
            assertThat(text(s, 0, 0)).isEqualTo("Phân tích câu hỏi thi");
            assertThat(text(s, 1, 1)).isEqualTo(CAMPAIGN);
            assertThat(text(s, 2, 1)).isEqualTo(PART);
            assertThat(valueOf(s, "Số thí sinh (N)")).isEqualTo(10.0);
            assertThat(valueOf(s, "Số câu mỗi đề (k)")).isEqualTo(5.0);
            assertThat(valueOf(s, "Điểm trung bình (số câu đúng)")).isCloseTo(2.8, within(1e-9));
            assertThat(valueOf(s, "Độ lệch chuẩn (tổng thể, chia cho N)")).isCloseTo(1.3266, within(0.00005));
            assertThat(valueOf(s, "Điểm thấp nhất")).isEqualTo(1.0);
            assertThat(valueOf(s, "Điểm cao nhất")).isEqualTo(5.0);
            assertThat(valueOf(s, "Độ tin cậy KR-20")).isCloseTo(0.5824, within(0.00005));
            assertThat(valueOf(s, "Số thí sinh mỗi nhóm cao, nhóm thấp (27%)")).isEqualTo(3.0);
            // distribution table: score, candidates
            int head = rowOf(s, "Điểm (số câu đúng)");
            List<Double> counts = new ArrayList<>();
            for (int score = 0; score <= 5; score++) {
                assertThat(s.getRow(head + 1 + score).getCell(0).getNumericCellValue()).isEqualTo(score);
                counts.add(s.getRow(head + 1 + score).getCell(1).getNumericCellValue());
            }
            assertThat(counts).containsExactly(0.0, 2.0, 3.0, 1.0, 3.0, 1.0);
            assertThat(wb.getAllPictures()).as("the chart").hasSize(1);
            assertThat(wb.getAllPictures().get(0).getMimeType()).isEqualTo("image/png");
        }
    }

    @Test
    void excelQuestionSheet() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                ItemAnalysisReport.xlsx(samePaper, CAMPAIGN, PART, vi)))) {
            Sheet s = wb.getSheet("Câu hỏi");
            List<String> header = new ArrayList<>();
            s.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("STT", "Mã câu hỏi", "Câu hỏi", "Đáp án", "Số thí sinh được giao",
                    "Độ khó (p)", "Độ phân biệt (D)", "p nhóm cao", "p nhóm thấp", "A", "B", "C", "D", "Bỏ trống",
                    "Cần xem lại");
            assertThat(s.getLastRowNum()).isEqualTo(5);

            Row q4 = s.getRow(4);
            assertThat(q4.getCell(1).getNumericCellValue()).isEqualTo(4.0);
            assertThat(q4.getCell(2).getStringCellValue()).isEqualTo("Câu 4");
            assertThat(q4.getCell(3).getStringCellValue()).isEqualTo("D");
            assertThat(q4.getCell(4).getNumericCellValue()).isEqualTo(10.0);
            assertThat(q4.getCell(5).getNumericCellValue()).isCloseTo(0.3, within(1e-9));
            assertThat(q4.getCell(6).getNumericCellValue()).isCloseTo(0.0, within(1e-9));
            assertThat(q4.getCell(7).getNumericCellValue()).isCloseTo(1 / 3.0, within(1e-9));
            assertThat(q4.getCell(8).getNumericCellValue()).isCloseTo(1 / 3.0, within(1e-9));
            assertThat(List.of(9, 10, 11, 12)).extracting(c -> q4.getCell(c).getNumericCellValue())
                    .containsExactly(0.3, 0.2, 0.2, 0.3);
            assertThat(wb.getFontAt(q4.getCell(12).getCellStyle().getFontIndex()).getBold()).as("key D").isTrue();
            assertThat(wb.getFontAt(q4.getCell(9).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(q4.getCell(13).getNumericCellValue()).isZero();
            assertThat(q4.getCell(14).getStringCellValue()).isEqualTo(
                    "Phương án nhiễu được nhóm cao chọn nhiều hơn đáp án: A; Phân biệt kém (D < 0,2)");

            Row q1 = s.getRow(1);
            assertThat(q1.getCell(14).getStringCellValue()).isEqualTo(
                    "Phân biệt kém (D < 0,2); Quá dễ (p > 0,9); Phương án nhiễu không ai chọn: B, C, D");
            assertThat(s.getRow(5).getCell(13).getNumericCellValue()).as("Q5 omitted").isCloseTo(0.3, within(1e-9));
            assertThat(q4.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(q4.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    @Test
    void excelLeavesUndefinedValuesEmpty() throws Exception {
        Result random = ItemAnalysis.compute(ItemAnalysisFixtures.randomPapers());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                ItemAnalysisReport.xlsx(random, CAMPAIGN, PART, vi)))) {
            Sheet s = wb.getSheet("Câu hỏi");
            Row q4 = s.getRow(4);
            assertThat(q4.getCell(6).getCellType()).as("D of Q4").isEqualTo(CellType.BLANK);
            assertThat(q4.getCell(7).getCellType()).as("p top of Q4").isEqualTo(CellType.BLANK);
            assertThat(q4.getCell(8).getNumericCellValue()).as("p bottom of Q4").isZero();
            Row q5 = s.getRow(5);
            assertThat(q5.getCell(4).getNumericCellValue()).isZero();
            assertThat(q5.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(q5.getCell(13).getStringCellValue()).as("3 options: flags in column 13").isEmpty();
            assertThat(valueOf(wb.getSheetAt(0), "Độ tin cậy KR-20")).isCloseTo(0.7, within(1e-9));
        }
        Result nobody = ItemAnalysis.compute(new ItemAnalysis.Input(2, List.of(),
                ItemAnalysisFixtures.randomPapers().keys()));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                ItemAnalysisReport.xlsx(nobody, CAMPAIGN, PART, vi)))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(rowOf(s, "Độ tin cậy KR-20")).getCell(1).getStringCellValue())
                    .isEqualTo("Không xác định");
        }
    }

    @Test
    void pdfInVietnamese() throws Exception {
        byte[] pdf = ItemAnalysisReport.pdf(samePaper, CAMPAIGN, PART, vi, Locale.forLanguageTag("vi"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage first = doc.getPage(0);
            float w = first.getMediaBox().getWidth();
            float h = first.getMediaBox().getHeight();
            boolean turned = first.getRotation() % 180 != 0;
            assertThat(turned ? h : w).as("landscape").isGreaterThan(turned ? w : h);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Phân tích câu hỏi thi", "Kỳ thi: " + CAMPAIGN, "Phần thi: " + PART,
                    "Độ lệch chuẩn (tổng thể, chia cho N)", "Độ tin cậy KR-20", "Độ khó (p)",
                    "Độ phân biệt (D)", "Cần xem lại", "Bỏ trống",
                    "2,80", "1,33", "0,58",                       // mean, SD, KR-20
                    "0,30", "60%", "30%",                          // Q4 p, Q2 key share, Q4 A share
                    "Quá dễ (p > 0,9)", "Phân biệt kém (D < 0,2)",
                    "Phương án nhiễu không ai chọn: B, C, D",
                    "Phương án nhiễu được nhóm cao chọn nhiều hơn đáp án: A");
            var resources = first.getResources();
            assertThat(resources.getXObjectNames()).as("the chart image").isNotEmpty();
            for (var name : resources.getFontNames()) {
                assertThat(resources.getFont(name).isEmbedded()).as("fonts are embedded").isTrue();
            }
        }
    }

    @Test
    void pdfInEnglishWithUndefinedValues() throws Exception {
        Result random = ItemAnalysis.compute(ItemAnalysisFixtures.randomPapers());
        Function<String, String> en = ItemAnalysisFixtures.translator(Locale.ENGLISH);
        byte[] pdf = ItemAnalysisReport.pdf(random, "Civil service recruitment 2026", "General knowledge", en,
                Locale.ENGLISH);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Item analysis", "Civil service recruitment 2026", "General knowledge",
                    "1.33", "0.75", "0.70", "Too easy (p > 0.9)", "–");
        }
    }

    private static String text(Sheet s, int row, int col) {
        return s.getRow(row).getCell(col).getStringCellValue();
    }

    private static int rowOf(Sheet s, String label) {
        for (Row row : s) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && label.equals(c.getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("No row " + label);
    }

    private static double valueOf(Sheet s, String label) {
        return s.getRow(rowOf(s, label)).getCell(1).getNumericCellValue();
    }
}
