package vn.thituyen.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV and Excel exports never hand a spreadsheet program a formula (security review, finding 10; OWASP). */
class SpreadsheetTextTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=1+2|'=1+2",
        "+84912345678|'+84912345678",
        "-5 + 3 = ?|'-5 + 3 = ?",
        "@SUM(A1)|'@SUM(A1)",
        "`=HYPERLINK(\"http://x\",\"y\")`|`\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"`",
        "Nguyễn Văn A|Nguyễn Văn A",
        "a = b|a = b",
        "`x,y`|`\"x,y\"`",
        "``|``",
    })
    void csvFields(String raw, String written) {
        assertThat(SpreadsheetText.csvField(raw)).isEqualTo(written);
    }

    @org.junit.jupiter.api.Test
    void numbersStayNumbers() {
        assertThat(SpreadsheetText.csvLine(-3, 2.5, "=x", null)).isEqualTo("-3,2.5,'=x,\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"Xem\")", "+1", "-1", "@x", "\tx"})
    void excelCellsKeepTheTextButAreMarkedText(String value) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Cell cell = wb.createSheet("s").createRow(0).createCell(0);
            SpreadsheetText.set(cell, value);
            assertThat(cell.getStringCellValue()).isEqualTo(value);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @org.junit.jupiter.api.Test
    void plainExcelTextIsNotMarked() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Cell cell = wb.createSheet("s").createRow(0).createCell(0);
            SpreadsheetText.set(cell, "Thủ đô của Việt Nam?");
            assertThat(cell.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }
}
