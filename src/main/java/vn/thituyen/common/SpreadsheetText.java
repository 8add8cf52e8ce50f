package vn.thituyen.common;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellUtil;

/**
 * Text that a spreadsheet program must never read as a formula (OWASP "CSV injection"): a cell that starts with
 * {@code = + - @}, a tab or a carriage return can run a formula (HYPERLINK, DDE) when an exported list is opened.
 * Candidates' names, question texts and reasons are typed by outsiders, so every CSV and Excel export writes its
 * text through here.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet program would read the text as the start of a formula. */
    public static boolean looksLikeFormula(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    /**
     * A CSV field: text that looks like a formula gets a leading apostrophe (what spreadsheet programs themselves
     * write for "text, not a formula"); a field with a comma, quote or line break is quoted (RFC 4180).
     */
    public static String csvField(Object value) {
        String v = value == null ? "" : String.valueOf(value);
        if (looksLikeFormula(v) && !(value instanceof Number)) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** One CSV line of fields, ending in a line break. */
    public static String csvLine(Object... fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            line.append(i == 0 ? "" : ",").append(csvField(fields[i]));
        }
        return line.append('\n').toString();
    }

    /**
     * Writes text into an Excel cell as a string; text that looks like a formula is marked "quote prefixed" (Excel's
     * own leading apostrophe: shown and kept as text, even when the cell is edited), so the value itself stays
     * exactly what was written and reads back unchanged. Set the cell's style before calling this.
     */
    public static void set(Cell cell, String value) {
        cell.setCellValue(value);
        if (looksLikeFormula(value)) {
            CellUtil.setCellStyleProperty(cell, CellUtil.QUOTE_PREFIXED, true);
        }
    }

    /**
     * Where a header row names the sheet's columns: for each cell, the column its text names ({@code nameOf}, null
     * when none); the first cell naming a column wins.
     */
    public static <C extends Enum<C>> java.util.Map<C, Integer> headerColumns(org.apache.poi.ss.usermodel.Row row,
            org.apache.poi.ss.usermodel.DataFormatter formatter, Class<C> columns,
            java.util.function.Function<String, C> nameOf) {
        java.util.Map<C, Integer> found = new java.util.EnumMap<>(columns);
        if (row == null) {
            return found;
        }
        for (Cell cell : row) {
            C column = nameOf.apply(formatter.formatCellValue(cell));
            if (column != null && !found.containsKey(column)) {
                found.put(column, cell.getColumnIndex());
            }
        }
        return found;
    }
}
