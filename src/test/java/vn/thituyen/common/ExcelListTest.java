package vn.thituyen.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The one Excel list writer: titles, header kept in view, typed cells, no formula from anyone's text. */
class ExcelListTest {

    @Test
    void cellsAreTypedAndTextThatLooksLikeAFormulaStaysText() throws Exception {
        ExcelList xlsx = new ExcelList();
        xlsx.sheet("Danh sách", List.of("DANH SÁCH THỬ", "Kỳ tuyển dụng 2026"), List.of(new ExcelList.Column("STT", 6),
                new ExcelList.Column("Họ và tên", 28), new ExcelList.Column("Ngày sinh", 12),
                new ExcelList.Column("Điểm", 8))).row(1, "=HYPERLINK(\"http://x\")", LocalDate.of(1995, 3, 14),
                        new BigDecimal("74.5")).row(2, "Nguyễn Thị Ánh", null, null);
        xlsx.sheet("Danh sách", List.of(), List.of(new ExcelList.Column("A", 5))).row("-1");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("DANH SÁCH THỬ");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(28 * 256);
            Row first = sheet.getRow(4);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1d);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(first.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1995, 3, 14));
            assertThat(f.formatCellValue(first.getCell(2))).isEqualTo("14/03/1995");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(74.5);
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Nguyễn Thị Ánh");
            assertThat(sheet.getRow(5).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
            // a second sheet of the same name gets a number; "-1" typed by someone stays text
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("Danh sách (2)");
            assertThat(wb.getSheetAt(1).getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
        }
    }
}
