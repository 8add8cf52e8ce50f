package vn.thituyen.registration.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.thituyen.common.SafeZip;

/**
 * Reads the bank's statement of the fee account (sao kê tài khoản) as banks export it to Excel: a header row,
 * possibly under the bank's own title lines, naming the transaction date, the amount credited, the transaction
 * reference and the description the payer typed (which carries the candidate's citizen ID or candidate number).
 * Columns in any order, named in Vietnamese or English. Each problem is reported with its row as Excel numbers it.
 * Matching a row to a candidate is the fee service's work; this only reads.
 */
public final class BankStatement {

    /** The columns understood; all four are required. */
    public enum Column { DATE, AMOUNT, REFERENCE, DESCRIPTION }

    /** One transaction as read; {@code row} is Excel's row number (1-based). */
    public record Line(int row, LocalDate date, long amountVnd, String reference, String description) {
    }

    /** One problem: the Excel row (0 = the file as a whole), the message key and what was found. */
    public record Problem(int row, String key, String detail) {
    }

    public record Result(List<Line> lines, List<Problem> problems) {
    }

    public static final int MAX_ROWS = 5_000;
    private final DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi-VN"));

    private BankStatement() {
    }

    public static Result read(byte[] file) {
        return new BankStatement().parse(file);
    }

    private Result parse(byte[] file) {
        List<Problem> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        if (file == null || file.length == 0) {
            return new Result(lines, List.of(new Problem(0, "fee.import.unreadable", "")));
        }
        if (SafeZip.looksLikeZip(file)) {
            try {
                SafeZip.read(file); // bounds the unpacked size before POI opens it
            } catch (SafeZip.ZipRefusedException e) {
                return new Result(lines, List.of(new Problem(0, "fee.import.unreadable", "")));
            }
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            readWorkbook(workbook, lines, problems);
        } catch (EncryptedDocumentException e) {
            return new Result(List.of(), List.of(new Problem(0, "fee.import.unreadable", "")));
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or foreign file through many exception types; all mean the same here
            return new Result(List.of(), List.of(new Problem(0, "fee.import.unreadable", "")));
        }
        return new Result(lines, problems);
    }

    private void readWorkbook(Workbook workbook, List<Line> lines, List<Problem> problems) {
        Sheet sheet = workbook.getSheetAt(0);
        Map<Column, Integer> header = null;
        int headerRow = -1;
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= Math.min(sheet.getLastRowNum(), 30); r++) {
            Map<Column, Integer> found = headerOf(sheet.getRow(r));
            if (found.size() >= 2) {
                header = found;
                headerRow = r;
                break;
            }
        }
        if (header == null) {
            problems.add(new Problem(0, "fee.import.noHeader", ""));
            return;
        }
        for (Column required : Column.values()) {
            if (!header.containsKey(required)) {
                problems.add(new Problem(headerRow + 1, "fee.import.missingColumn", required.name()));
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
            String dateText = text(row, header.get(Column.DATE));
            String amountText = text(row, header.get(Column.AMOUNT));
            String reference = text(row, header.get(Column.REFERENCE));
            String description = text(row, header.get(Column.DESCRIPTION));
            if (dateText.isEmpty() && amountText.isEmpty() && reference.isEmpty() && description.isEmpty()) {
                continue;
            }
            if (normalise(dateText + " " + description).startsWith("tong") || normalise(dateText).startsWith("total")) {
                continue; // the statement's total line
            }
            if (lines.size() >= MAX_ROWS) {
                problems.add(new Problem(r + 1, "fee.import.tooManyRows", String.valueOf(MAX_ROWS)));
                return;
            }
            int excelRow = r + 1;
            int before = problems.size();
            LocalDate date = vn.thituyen.common.SpreadsheetText.date(row.getCell(header.get(Column.DATE)), dateText);
            if (date == null) {
                problems.add(new Problem(excelRow, "fee.import.date", dateText));
            }
            Long amount = amount(row.getCell(header.get(Column.AMOUNT)), amountText);
            if (amount == null) {
                problems.add(new Problem(excelRow, "fee.import.amount", amountText));
            }
            String ref = reference.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
            if (ref.isEmpty() || ref.length() > 50 || ref.matches(".*[<>\\p{Cntrl}].*")) {
                problems.add(new Problem(excelRow, "fee.import.reference", shorten(ref)));
            }
            String desc = description.replaceAll("\\s+", " ");
            if (desc.length() > 500) {
                desc = desc.substring(0, 500);
            }
            if (problems.size() == before) {
                lines.add(new Line(excelRow, date, amount, ref, desc));
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(headerRow + 1, "fee.import.empty", ""));
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** A whole amount of đồng above zero: a number cell, or "500.000", "500,000", "500 000 VND". */
    static Long amount(Cell cell, String text) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            double v = cell.getNumericCellValue();
            return v >= 1 && v == Math.rint(v) && v < 1e12 ? (long) v : null;
        }
        String t = normalise(text).replaceAll("\\s*(vnd|dong|d)$", "").replace(" ", "");
        if (!t.matches("\\d{1,3}([.,]?\\d{3})*")) {
            return null;
        }
        String digits = t.replaceAll("[.,]", "");
        if (digits.length() > 12) {
            return null;
        }
        long v = Long.parseLong(digits);
        return v >= 1 ? v : null;
    }

    private Map<Column, Integer> headerOf(org.apache.poi.ss.usermodel.Row row) {
        return vn.thituyen.common.SpreadsheetText.headerColumns(row, formatter, Column.class,
                text -> column(normalise(text)));
    }

    /** Which column a header names, as Vietnamese banks write them (or in English). */
    static Column column(String h) {
        if (h.isEmpty() || h.equals("stt") || h.equals("tt")) {
            return null;
        }
        if (h.startsWith("ngay") || h.contains("date")) {
            return Column.DATE;
        }
        if (h.contains("so tien") || h.contains("ghi co") || h.contains("phat sinh co") || h.contains("credit")
                || h.contains("amount")) {
            return Column.AMOUNT;
        }
        if (h.contains("noi dung") || h.contains("dien giai") || h.contains("mo ta") || h.contains("description")
                || h.contains("details")) {
            return Column.DESCRIPTION;
        }
        if (h.contains("tham chieu") || h.contains("giao dich") || h.contains("but toan") || h.contains("chung tu")
                || h.contains("reference") || h.contains("transaction") || h.equals("ref") || h.equals("ma gd")) {
            return Column.REFERENCE;
        }
        return null;
    }

    private String text(org.apache.poi.ss.usermodel.Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null) {
            return "";
        }
        String v = cell.getCellType() == CellType.FORMULA ? "" : formatter.formatCellValue(cell);
        return Normalizer.normalize(v, Normalizer.Form.NFC).replace('\u00a0', ' ').strip();
    }

    /** lower case, no diacritics (đ → d), punctuation as single spaces except the separators of numbers */
    static String normalise(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return n.replaceAll("[^a-z0-9.,]+", " ").strip();
    }
}
