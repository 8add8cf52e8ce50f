package vn.thituyen.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one way a list goes to Excel (.xlsx) as offices exchange them: bold title rows in Vietnamese above the table
 * (merged across it), a bold, framed, wrapped header row kept in view when scrolling (frozen), set column widths, and
 * typed cells — a number as a number, a {@link LocalDate} as a real date shown dd/MM/yyyy (a date and time in the
 * column's format), text as text through
 * {@link SpreadsheetText#set} (text starting with {@code = + - @} stays text; nothing is ever written as a formula).
 *
 * <pre>{@code
 * ExcelList xlsx = new ExcelList();
 * ExcelList.Sheet sheet = xlsx.sheet("Lệ phí", List.of("DANH SÁCH ..."), List.of(new Column("STT", 6), ...));
 * sheet.row(1, "TS0001", "Nguyễn Văn An", LocalDate.of(1995, 3, 14));
 * byte[] bytes = xlsx.bytes();
 * }</pre>
 */
public final class ExcelList {

    /** A column: its header and width in characters; {@code numberFormat} for its numbers (null: as typed). */
    public record Column(String header, int width, String numberFormat) {

        public Column(String header, int width) {
            this(header, width, null);
        }

        /** Whole đồng with thousands separators. */
        public static Column money(String header, int width) {
            return new Column(header, width, "#,##0");
        }
    }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle date;

    public ExcelList() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        title = workbook.createCellStyle();
        title.setFont(bold);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        frame(header);
        text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        frame(text);
        date = workbook.createCellStyle();
        date.cloneStyleFrom(text);
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    }

    private static void frame(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    /**
     * A new sheet: the title rows (one line each, empty strings skipped over as blank lines), a blank row, then the
     * header. A name Excel refuses (too long, {@code / \ ? * [ ]}) is made safe; a name taken gets a number.
     */
    public Sheet sheet(String name, List<String> titles, List<Column> columns) {
        String safe = WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Sheet" : name);
        String unique = safe;
        for (int i = 2; workbook.getSheet(unique) != null; i++) {
            String suffix = " (" + i + ")";
            unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return new Sheet(workbook.createSheet(unique), titles, columns);
    }

    /** The workbook's bytes (.xlsx); the list is finished after this. */
    public byte[] bytes() {
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sheet of the list: rows are added under the header. */
    public final class Sheet {

        private final org.apache.poi.ss.usermodel.Sheet sheet;
        private final List<Column> columns;
        private final CellStyle[] numberStyles;
        private int next;
        private float height;

        private Sheet(org.apache.poi.ss.usermodel.Sheet sheet, List<String> titles, List<Column> columns) {
            this.sheet = sheet;
            this.columns = List.copyOf(columns);
            this.numberStyles = new CellStyle[columns.size()];
            for (String line : titles) {
                Row row = sheet.createRow(next);
                if (line != null && !line.isEmpty()) {
                    Cell cell = row.createCell(0);
                    cell.setCellStyle(title);
                    SpreadsheetText.set(cell, line);
                    if (columns.size() > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(next, next, 0, columns.size() - 1));
                    }
                }
                next++;
            }
            if (!titles.isEmpty()) {
                next++; // a blank line between the titles and the table
            }
            Row h = sheet.createRow(next);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = h.createCell(i);
                cell.setCellStyle(header);
                SpreadsheetText.set(cell, columns.get(i).header());
                sheet.setColumnWidth(i, Math.min(255, Math.max(3, columns.get(i).width())) * 256);
            }
            sheet.createFreezePane(0, next + 1);
            next++;
        }

        /** The height (points) of the rows added from now on, e.g. room to sign in; 0: the default. */
        public Sheet rowHeight(float points) {
            this.height = points;
            return this;
        }

        /**
         * One row under the header: a {@link Number} as a number, a {@link LocalDate} as a date, null as an empty
         * (framed) cell, anything else as its text.
         */
        public Sheet row(Object... values) {
            Row row = sheet.createRow(next++);
            if (height > 0) {
                row.setHeightInPoints(height);
            }
            for (int i = 0; i < columns.size(); i++) {
                Object v = i < values.length ? values[i] : null;
                Cell cell = row.createCell(i);
                if (v instanceof Number n) {
                    cell.setCellStyle(numberStyle(i));
                    cell.setCellValue(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    cell.setCellStyle(date);
                    cell.setCellValue(d);
                } else if (v instanceof java.time.LocalDateTime t) {
                    // a date and time: the column's format (e.g. "dd/mm/yyyy hh:mm"), else shown as a date
                    cell.setCellStyle(columns.get(i).numberFormat() == null ? date : numberStyle(i));
                    cell.setCellValue(t);
                } else {
                    cell.setCellStyle(text);
                    if (v != null) {
                        SpreadsheetText.set(cell, String.valueOf(v));
                    }
                }
            }
            return this;
        }

        /** A line of text under the table (a note, a signature line), not framed. */
        public Sheet note(String line) {
            Row row = sheet.createRow(next++);
            if (line != null && !line.isEmpty()) {
                SpreadsheetText.set(row.createCell(0), line);
            }
            return this;
        }

        private CellStyle numberStyle(int column) {
            if (numberStyles[column] == null) {
                CellStyle s = workbook.createCellStyle();
                s.cloneStyleFrom(text);
                String format = columns.get(column).numberFormat();
                if (format != null) {
                    s.setDataFormat(workbook.createDataFormat().getFormat(format));
                }
                numberStyles[column] = s;
            }
            return numberStyles[column];
        }
    }
}
