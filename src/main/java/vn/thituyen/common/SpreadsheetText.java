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

    /** How offices write a date in a cell typed as text: day/month/year with / - or ., or ISO. */
    private static final java.time.format.DateTimeFormatter[] DATES = {strictDate("d/M/uuuu"),
        strictDate("d-M-uuuu"), strictDate("d.M.uuuu"), java.time.format.DateTimeFormatter.ISO_LOCAL_DATE};

    private static java.time.format.DateTimeFormatter strictDate(String pattern) {
        return java.time.format.DateTimeFormatter.ofPattern(pattern)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    /**
     * A date from a sheet: a real date cell, or text written day/month/year (a time after it is ignored); null when
     * it is neither, or no such day exists (31/02).
     */
    public static java.time.LocalDate date(Cell cell, String text) {
        try {
            if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
        } catch (RuntimeException e) {
            return null;
        }
        String t = text == null ? "" : text.strip().split("\\s+")[0];
        for (java.time.format.DateTimeFormatter f : DATES) {
            try {
                return java.time.LocalDate.parse(t, f);
            } catch (java.time.format.DateTimeParseException ignored) {
                // the next way of writing it
            }
        }
        return null;
    }
}
