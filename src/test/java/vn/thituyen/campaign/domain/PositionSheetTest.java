package vn.thituyen.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.EducationLevel;
import vn.thituyen.campaign.Language;

/** Positions read from the sheets offices keep ("biểu chỉ tiêu"): what is taken, and every problem by its row. */
public class PositionSheetTest {

    /** A sheet as a Department of Home Affairs attaches it to a plan: title, header, column numbers, merged agency. */
    public static byte[] officeSheet(boolean xls) throws IOException {
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Biểu 01");
            row(s, 0, "CHỈ TIÊU TUYỂN DỤNG CÔNG CHỨC NĂM 2026");
            row(s, 1, "(Kèm theo Kế hoạch số 123/KH-SNV ngày 01/3/2026)");
            row(s, 3, "STT", "Mã vị trí việc làm", "Vị trí việc làm cần tuyển", "Cơ quan, đơn vị sử dụng",
                    "Số lượng chỉ tiêu", "Trình độ chuyên môn", "Chuyên ngành đào tạo", "Ngoại ngữ",
                    "Miễn thi ngoại ngữ");
            row(s, 4, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)");
            Row r5 = row(s, 5, "1", "SNV-01", "Chuyên viên quản lý công chức", "Sở Nội vụ", null, "Đại học",
                    "Luật, Hành chính học", "Tiếng Anh", "Có");
            r5.createCell(4).setCellValue(2);   // a number cell, as Excel stores it
            row(s, 6, "2", "SNV-02", "Chuyên viên thi đua khen thưởng", "", "1", "Thạc sĩ", "", "Tiếng Anh, Tiếng Pháp",
                    "Không");
            s.addMergedRegion(new CellRangeAddress(5, 6, 3, 3));   // the agency written once for both rows
            row(s, 7, "3", "STP-01", "Chuyên viên pháp chế", "Sở Tư pháp", "3", "", "Luật", "", "");
            row(s, 8, "", "", "Tổng cộng", "", "6");
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                wb.write(out);
                return out.toByteArray();
            }
        }
    }

    private static Row row(Sheet s, int index, String... values) {
        Row r = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                r.createCell(i).setCellValue(values[i]);
            }
        }
        return r;
    }

    static byte[] sheet(String[]... rows) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Positions");
            for (int i = 0; i < rows.length; i++) {
                row(s, i, rows[i]);
            }
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                wb.write(out);
                return out.toByteArray();
            }
        }
    }

    @Test
    void anOfficeSheetIsReadWithItsMergedAgencyAndWithoutTheNumbersAndTotalRows() throws IOException {
        for (boolean xls : List.of(false, true)) {
            PositionSheet.Result r = PositionSheet.read(officeSheet(xls));
            assertThat(r.problems()).as(xls ? "xls" : "xlsx").isEmpty();
            assertThat(r.rows()).containsExactly(
                    new PositionSheet.Row(6, "SNV-01", "Chuyên viên quản lý công chức", "Sở Nội vụ", 2,
                            EducationLevel.BACHELOR, "Luật, Hành chính học", EnumSet.of(Language.ENGLISH), true, true),
                    new PositionSheet.Row(7, "SNV-02", "Chuyên viên thi đua khen thưởng", "Sở Nội vụ", 1,
                            EducationLevel.MASTER, null, EnumSet.of(Language.ENGLISH, Language.FRENCH), false, true),
                    new PositionSheet.Row(8, "STP-01", "Chuyên viên pháp chế", "Sở Tư pháp", 3,
                            EducationLevel.BACHELOR, "Luật", EnumSet.of(Language.ENGLISH), true, true));
        }
    }

    @Test
    void everyProblemIsReportedWithItsExcelRowAndNothingIsTaken() throws IOException {
        PositionSheet.Result r = PositionSheet.read(sheet(
                new String[] {"Position code", "Position", "Agency", "Quota", "Education", "Languages"},
                new String[] {"VT01", "Chuyên viên", "Sở Nội vụ", "2", "Bachelor", "English"},
                new String[] {"VT02", "", "Sở Nội vụ", "0", "Kỹ sư", "English"},
                new String[] {"VT01", "Chuyên viên B", "Sở Y tế", "1,5", "Cử nhân", "Tiếng Ý"},
                new String[] {"VT03", "<script>", "Sở Y tế", "hai", "Bác sĩ", "en"}));
        assertThat(r.rows()).isEmpty();
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).extracting(p -> p.row() + ":" + p.key()).containsExactly(
                "3:import.positions.name", "3:import.positions.quota",
                "4:import.positions.quota", "4:import.positions.language",
                "5:import.positions.name", "5:import.positions.quota", "5:import.positions.education");
    }

    /**
     * A joint position (vị trí tuyển dụng chung, ND 170/2025/NĐ-CP) in the sheet: its agencies with their places in
     * one cell, the quota their sum; a wrong cell or a quota that is not the sum is reported with its row.
     */
    @Test
    void aJointPositionListsItsAgenciesWithTheirPlaces() throws IOException {
        PositionSheet.Result ok = PositionSheet.read(sheet(
                new String[] {"Mã", "Vị trí", "Cơ quan", "Chỉ tiêu", "Cơ quan tuyển dụng chung"},
                new String[] {"VT01", "Chuyên viên pháp chế", "UBND tỉnh", "3", "Sở Tư pháp: 2; Sở Tài chính: 1"},
                new String[] {"VT02", "Chuyên viên", "Sở Nội vụ", "1", ""}));
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.rows().get(0).jointAgencies()).containsExactly(new AgencyPlaces.Entry("Sở Tư pháp", 2),
                new AgencyPlaces.Entry("Sở Tài chính", 1));
        assertThat(ok.rows().get(1).jointAgencies()).isEmpty();

        PositionSheet.Result bad = PositionSheet.read(sheet(
                new String[] {"Mã", "Vị trí", "Cơ quan", "Chỉ tiêu", "Cơ quan tuyển dụng chung"},
                new String[] {"VT01", "Chuyên viên pháp chế", "UBND tỉnh", "2", "Sở Tư pháp: 2; Sở Tài chính: 1"},
                new String[] {"VT02", "Chuyên viên", "UBND tỉnh", "1", "Sở Tư pháp: 1"},
                new String[] {"VT03", "Chuyên viên", "UBND tỉnh", "2", "Sở Tư pháp; Sở Tài chính: 1"}));
        assertThat(bad.rows()).isEmpty();
        assertThat(bad.problems()).extracting(p -> p.row() + ":" + p.key() + ":" + p.detail()).containsExactly(
                "2:import.positions.jointQuota:2 ≠ 3", "3:import.positions.jointAgencies:Sở Tư pháp",
                "4:import.positions.jointAgencies:Sở Tư pháp");
    }

    @Test
    void aRepeatedCodeNamesTheFirstRow() throws IOException {
        PositionSheet.Result r = PositionSheet.read(sheet(
                new String[] {"Mã", "Vị trí", "Cơ quan", "Chỉ tiêu"},
                new String[] {"VT01", "Chuyên viên A", "Sở Nội vụ", "1"},
                new String[] {"vt01", "Chuyên viên B", "Sở Nội vụ", "1"}));
        assertThat(r.problems()).containsExactly(new PositionSheet.Problem(3, "import.positions.duplicateCode",
                "vt01 / 2"));
    }

    @Test
    void aFileThatIsNoSheetOrHasNoHeaderIsRefusedAsAWhole() throws IOException {
        assertThat(PositionSheet.read(new byte[0]).problems()).extracting(PositionSheet.Problem::key)
                .containsExactly("import.positions.unreadable");
        assertThat(PositionSheet.read("Mã,Vị trí,Chỉ tiêu\nVT01,A,1".getBytes()).problems())
                .extracting(PositionSheet.Problem::key).containsExactly("import.positions.unreadable");
        assertThat(PositionSheet.read(sheet(new String[] {"Họ tên", "Ngày sinh"}, new String[] {"A", "B"})).problems())
                .extracting(PositionSheet.Problem::key).containsExactly("import.positions.noHeader");
        assertThat(PositionSheet.read(sheet(new String[] {"Vị trí", "Chỉ tiêu"}, new String[] {"A", "1"})).problems())
                .extracting(p -> p.key() + " " + p.detail())
                .containsExactly("import.positions.missingColumn CODE", "import.positions.missingColumn AGENCY");
        assertThat(PositionSheet.read(sheet(new String[] {"Mã", "Vị trí", "Cơ quan", "Chỉ tiêu"})).problems())
                .extracting(PositionSheet.Problem::key).containsExactly("import.positions.empty");
    }

    @ParameterizedTest(name = "quota \"{0}\" → {1}")
    @CsvSource(delimiter = ';', value = {"2;2", "02;2", "2.0;2", "2,0;2", "' 3 ';3", "0;", "-1;", "1,5;", "hai;",
        ";", "10000;"})
    void aQuotaIsAWholeNumberOfAtLeastOne(String text, Integer quota) {
        assertThat(PositionSheet.quota(text)).isEqualTo(quota);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({"Đại học,BACHELOR", "Cử nhân,BACHELOR", "Kỹ sư,BACHELOR", "Thạc sĩ trở lên,MASTER", "Tiến sĩ,DOCTOR",
        "Cao đẳng,COLLEGE", "Trung cấp,INTERMEDIATE", "master,MASTER", "Bác sĩ,"})
    void educationAsOfficesWriteIt(String text, EducationLevel level) {
        assertThat(PositionSheet.education(text)).isEqualTo(level);
    }

    @ParameterizedTest(name = "header \"{0}\" → {1}")
    @CsvSource({"Mã vị trí việc làm,CODE", "Mã VTVL,CODE", "Vị trí việc làm cần tuyển,NAME", "Tên vị trí,NAME",
        "'Cơ quan, đơn vị sử dụng',AGENCY", "Số lượng chỉ tiêu,QUOTA", "Số lượng cần tuyển,QUOTA",
        "Trình độ chuyên môn,EDUCATION", "Chuyên ngành đào tạo,MAJORS", "Ngoại ngữ,LANGUAGES",
        "Miễn thi ngoại ngữ,LANGUAGE_EXEMPTION", "Miễn thi tin học,IT_EXEMPTION", "STT,", "Ghi chú,",
        "Cơ quan tuyển dụng chung (cơ quan: chỉ tiêu; …),JOINT_AGENCIES", "Joint agencies,JOINT_AGENCIES"})
    void headersInVietnameseOrEnglish(String header, PositionSheet.Column column) {
        assertThat(PositionSheet.column(PositionSheet.normalise(header))).isEqualTo(column);
    }

    @Test
    void theTemplateReadsBackAsItsExamplePosition() {
        PositionSheet.Result r = PositionSheet.read(PositionSheet.template());
        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).containsExactly(new PositionSheet.Row(4, "VT01", "Chuyên viên quản lý nhân sự",
                "Sở Nội vụ", 2, EducationLevel.BACHELOR, "Luật, Hành chính học", EnumSet.of(Language.ENGLISH), true,
                true));
    }
}
