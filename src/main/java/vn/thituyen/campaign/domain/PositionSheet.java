package vn.thituyen.campaign.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.thituyen.campaign.EducationLevel;
import vn.thituyen.campaign.Language;
import vn.thituyen.common.SafeZip;

/**
 * Reads the positions of a campaign from an Excel sheet as offices keep them (the "biểu chỉ tiêu" attached to a
 * recruitment plan): a header row naming the columns in Vietnamese or English, in any order, possibly under a title
 * and followed by a row of column numbers "(1) (2) …"; the agency often merged down several rows; a "Tổng cộng" row at
 * the end. Every problem is reported with its row as Excel numbers it; a sheet with any problem yields no position.
 */
public final class PositionSheet {

    /** The columns understood; code, name, agency and quota are required. */
    public enum Column {
        CODE, NAME, AGENCY, QUOTA, EDUCATION, MAJORS, LANGUAGES, LANGUAGE_EXEMPTION, IT_EXEMPTION,
        /** A joint position's agencies with their places, "Sở Tư pháp: 2; Sở Tài chính: 1" ({@link AgencyPlaces}). */
        JOINT_AGENCIES
    }

    /** One position as read; {@code jointAgencies} empty for an ordinary position. */
    public record Row(int row, String code, String name, String agency, int quota, EducationLevel education,
            String majors, Set<Language> languages, boolean languageExemption, boolean itExemption,
            List<AgencyPlaces.Entry> jointAgencies) {

        public Row {
            jointAgencies = jointAgencies == null ? List.of() : List.copyOf(jointAgencies);
        }

        /** An ordinary position. */
        public Row(int row, String code, String name, String agency, int quota, EducationLevel education,
                String majors, Set<Language> languages, boolean languageExemption, boolean itExemption) {
            this(row, code, name, agency, quota, education, majors, languages, languageExemption, itExemption,
                    List.of());
        }
    }

    /** One problem: the Excel row (1-based; 0 = the file), the message key and what was found. */
    public record Problem(int row, String key, String detail) {
    }

    public record Result(List<Row> rows, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty() && !rows.isEmpty();
        }
    }

    public static final int MAX_ROWS = 2_000;
    private static final int MAX_TEXT = 300;

    private final DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi-VN"));
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();
    private FormulaEvaluator evaluator;
    private Sheet sheet;

    private PositionSheet() {
    }

    public static Result read(byte[] file) {
        return new PositionSheet().parse(file);
    }

    private Result parse(byte[] file) {
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (file == null || file.length == 0) {
            return new Result(rows, List.of(new Problem(0, "import.positions.unreadable", "")));
        }
        if (SafeZip.looksLikeZip(file)) {
            try {
                SafeZip.read(file); // bounds the unpacked size before POI opens it
            } catch (SafeZip.ZipRefusedException e) {
                return new Result(rows, List.of(new Problem(0, switch (e.refusal()) {
                    case TOO_LARGE, TOO_MANY_ENTRIES -> "import.positions.tooLarge";
                    default -> "import.positions.unreadable";
                }, "")));
            }
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            readWorkbook(workbook, rows, problems);
        } catch (EncryptedDocumentException e) {
            return new Result(List.of(), List.of(new Problem(0, "import.positions.encrypted", "")));
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or foreign file through many exception types; all mean the same here
            return new Result(List.of(), List.of(new Problem(0, "import.positions.unreadable", "")));
        }
        return new Result(problems.isEmpty() ? rows : List.of(), problems);
    }

    private void readWorkbook(Workbook workbook, List<Row> rows, List<Problem> problems) {
        Map<Column, Integer> header = null;
        int headerRow = -1;
        for (int i = 0; i < workbook.getNumberOfSheets() && header == null; i++) {
            Sheet s = workbook.getSheetAt(i);
            for (int r = Math.max(0, s.getFirstRowNum()); r <= Math.min(s.getLastRowNum(), 30) && header == null; r++) {
                Map<Column, Integer> found = headerOf(s.getRow(r));
                if (found.containsKey(Column.NAME) && found.containsKey(Column.QUOTA)) {
                    header = found;
                    headerRow = r;
                    sheet = s;
                }
            }
        }
        if (header == null) {
            problems.add(new Problem(0, "import.positions.noHeader", ""));
            return;
        }
        for (Column required : List.of(Column.CODE, Column.NAME, Column.AGENCY, Column.QUOTA)) {
            if (!header.containsKey(required)) {
                problems.add(new Problem(headerRow + 1, "import.positions.missingColumn", required.name()));
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    merged.put(((long) r << 16) | c, range);
                }
            }
        }
        Map<String, Integer> codes = new HashMap<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Map<Column, String> values = new EnumMap<>(Column.class);
            boolean empty = true;
            boolean numbersOnly = true;
            for (Map.Entry<Column, Integer> e : header.entrySet()) {
                String v = text(r, e.getValue());
                values.put(e.getKey(), v);
                empty &= v.isEmpty();
                numbersOnly &= v.isEmpty() || v.matches("\\(?\\d{1,2}\\)?");
            }
            String name = values.get(Column.NAME);
            if (empty || numbersOnly || values.get(Column.CODE).isEmpty() && normalise(name).startsWith("tong")) {
                continue; // blank row, the row of column numbers, the total
            }
            if (rows.size() >= MAX_ROWS) {
                problems.add(new Problem(r + 1, "import.positions.tooManyRows", String.valueOf(MAX_ROWS)));
                return;
            }
            Row row = row(r + 1, values, problems);
            if (row != null) {
                Integer first = codes.putIfAbsent(normalise(row.code()), row.row());
                if (first != null) {
                    problems.add(new Problem(row.row(), "import.positions.duplicateCode", row.code() + " / " + first));
                } else {
                    rows.add(row);
                }
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(headerRow + 1, "import.positions.empty", ""));
        }
    }

    private static Row row(int excelRow, Map<Column, String> v, List<Problem> problems) {
        int before = problems.size();
        String code = required(excelRow, v.get(Column.CODE), "import.positions.code", 50, problems);
        String name = required(excelRow, v.get(Column.NAME), "import.positions.name", MAX_TEXT, problems);
        String agency = required(excelRow, v.get(Column.AGENCY), "import.positions.agency", MAX_TEXT, problems);
        Integer quota = quota(v.get(Column.QUOTA));
        if (quota == null) {
            problems.add(new Problem(excelRow, "import.positions.quota", v.get(Column.QUOTA)));
        }
        EducationLevel education = EducationLevel.BACHELOR;
        String eduText = v.getOrDefault(Column.EDUCATION, "");
        if (!eduText.isEmpty()) {
            education = education(eduText);
            if (education == null) {
                problems.add(new Problem(excelRow, "import.positions.education", eduText));
            }
        }
        String majors = v.getOrDefault(Column.MAJORS, "");
        if (majors.length() > 1000 || majors.matches("(?s).*[<>\\p{Cntrl}&&[^\\n\\r\\t]].*")) {
            problems.add(new Problem(excelRow, "import.positions.majors", ""));
        }
        Set<Language> languages = EnumSet.of(Language.ENGLISH);
        String langText = v.getOrDefault(Column.LANGUAGES, "");
        if (!langText.isEmpty()) {
            languages = EnumSet.noneOf(Language.class);
            for (String part : langText.split("[,;/\\n]+|\\s+(và|hoặc|and|or)\\s+")) {
                if (part.isBlank()) {
                    continue;
                }
                Language l = language(part);
                if (l == null) {
                    problems.add(new Problem(excelRow, "import.positions.language", part.strip()));
                } else {
                    languages.add(l);
                }
            }
        }
        Boolean langExempt = yesNo(v.getOrDefault(Column.LANGUAGE_EXEMPTION, ""));
        Boolean itExempt = yesNo(v.getOrDefault(Column.IT_EXEMPTION, ""));
        if (langExempt == null) {
            problems.add(new Problem(excelRow, "import.positions.yesNo", v.get(Column.LANGUAGE_EXEMPTION)));
        }
        if (itExempt == null) {
            problems.add(new Problem(excelRow, "import.positions.yesNo", v.get(Column.IT_EXEMPTION)));
        }
        AgencyPlaces.Parsed joint = AgencyPlaces.parse(v.getOrDefault(Column.JOINT_AGENCIES, ""));
        if (!joint.ok()) {
            problems.add(new Problem(excelRow, "import.positions.jointAgencies", joint.detail()));
        } else if (!joint.entries().isEmpty() && quota != null && quota != joint.totalPlaces()) {
            // a joint position's quota is the sum of its agencies' places
            problems.add(new Problem(excelRow, "import.positions.jointQuota", quota + " ≠ " + joint.totalPlaces()));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Row(excelRow, code, name, agency, quota, education, majors.isBlank() ? null : majors.strip(),
                languages, langExempt, itExempt, joint.entries());
    }

    private static String required(int row, String value, String key, int max, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(row, key, ""));
            return null;
        }
        String v = value.strip().replaceAll("\\s+", " ");
        if (v.length() > max || v.matches(".*[<>\\p{Cntrl}].*")) {
            problems.add(new Problem(row, key, v.length() > 40 ? v.substring(0, 40) + "…" : v));
            return null;
        }
        return v;
    }

    /** A whole number of at least 1 ("2", "2.0", "02"); anything else is not a quota. */
    static Integer quota(String text) {
        String t = text == null ? "" : text.strip().replace(" ", "");
        if (!t.matches("\\d{1,4}([.,]0+)?")) {
            return null;
        }
        int q = Integer.parseInt(t.replaceAll("[.,]0+$", ""));
        return q >= 1 ? q : null;
    }

    static EducationLevel education(String text) {
        String n = normalise(text);
        if (n.contains("tien si") || n.contains("doctor") || n.equals("phd")) {
            return EducationLevel.DOCTOR;
        }
        if (n.contains("thac si") || n.contains("master")) {
            return EducationLevel.MASTER;
        }
        if (n.contains("dai hoc") || n.contains("cu nhan") || n.contains("bachelor") || n.contains("ky su")) {
            return EducationLevel.BACHELOR;
        }
        if (n.contains("cao dang") || n.contains("college")) {
            return EducationLevel.COLLEGE;
        }
        if (n.contains("trung cap") || n.contains("intermediate")) {
            return EducationLevel.INTERMEDIATE;
        }
        return null;
    }

    static Language language(String text) {
        String n = normalise(text).replaceFirst("^tieng ", "");
        return switch (n) {
            case "anh", "english", "en" -> Language.ENGLISH;
            case "phap", "french", "fr" -> Language.FRENCH;
            case "nga", "russian", "ru" -> Language.RUSSIAN;
            case "trung", "trung quoc", "hoa", "chinese", "zh" -> Language.CHINESE;
            case "duc", "german", "de" -> Language.GERMAN;
            case "nhat", "nhat ban", "japanese", "ja" -> Language.JAPANESE;
            case "han", "han quoc", "korean", "ko" -> Language.KOREAN;
            default -> null;
        };
    }

    /** Yes/no as offices write it; an empty cell is yes (the exemption applies unless the position excludes it). */
    static Boolean yesNo(String text) {
        String n = normalise(text);
        return switch (n) {
            case "", "co", "x", "yes", "y", "true", "1", "ap dung", "duoc mien" -> true;
            case "khong", "no", "n", "false", "0", "khong ap dung", "khong mien" -> false;
            default -> null;
        };
    }

    private Map<Column, Integer> headerOf(org.apache.poi.ss.usermodel.Row row) {
        return vn.thituyen.common.SpreadsheetText.headerColumns(row, formatter, Column.class,
                text -> column(normalise(text)));
    }

    /** Which column a header names; the more specific names are tried first. */
    static Column column(String h) {
        if (h.isEmpty() || h.equals("stt") || h.equals("tt") || h.equals("no")) {
            return null;
        }
        if (h.contains("mien") && h.contains("ngoai ngu") || h.contains("language exemption")) {
            return Column.LANGUAGE_EXEMPTION;
        }
        if (h.contains("mien") && h.contains("tin hoc") || h.contains("it exemption")) {
            return Column.IT_EXEMPTION;
        }
        if (h.equals("ma") || h.startsWith("ma ") || h.equals("code") || h.startsWith("position code")) {
            return Column.CODE;
        }
        // before the quota: the joint agencies' header may say "(cơ quan: chỉ tiêu; …)"
        if (h.contains("tuyen dung chung") || h.contains("joint")) {
            return Column.JOINT_AGENCIES;
        }
        if (h.contains("chi tieu") || h.contains("so luong") || h.contains("quota")) {
            return Column.QUOTA;
        }
        if (h.contains("co quan") || h.contains("don vi") || h.contains("agency")) {
            return Column.AGENCY;
        }
        if (h.contains("trinh do") || h.contains("education")) {
            return Column.EDUCATION;
        }
        if (h.contains("nganh") || h.contains("major")) {
            return Column.MAJORS;
        }
        if (h.contains("ngoai ngu") || h.contains("language")) {
            return Column.LANGUAGES;
        }
        if (h.contains("vi tri") || h.startsWith("ten") || h.contains("position") || h.equals("name")) {
            return Column.NAME;
        }
        return null;
    }

    /** The cell's text as shown in Excel; a merged cell reads as its region's first cell. */
    private String text(int r, int c) {
        CellRangeAddress range = merged.get(((long) r << 16) | c);
        int rr = range == null ? r : range.getFirstRow();
        int cc = range == null ? c : range.getFirstColumn();
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(rr);
        Cell cell = row == null ? null : row.getCell(cc);
        if (cell == null) {
            return "";
        }
        String v = formatter.formatCellValue(cell, evaluator);
        return Normalizer.normalize(v, Normalizer.Form.NFC).replace('\u00a0', ' ').strip();
    }

    /**
     * The blank sheet an office fills in: a title, the header row with every column this reader understands (in
     * Vietnamese) and one example row to overwrite. Reading it back gives that example position.
     */
    public static byte[] template() {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Chỉ tiêu");
            org.apache.poi.ss.usermodel.CellStyle bold = wb.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            org.apache.poi.ss.usermodel.Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue("CHỈ TIÊU TUYỂN DỤNG (mỗi dòng một vị trí việc làm)");
            title.setCellStyle(bold);
            String[] header = {"STT", "Mã vị trí", "Vị trí việc làm", "Cơ quan sử dụng", "Chỉ tiêu",
                "Trình độ tối thiểu", "Chuyên ngành đào tạo", "Ngoại ngữ", "Miễn thi ngoại ngữ", "Miễn thi tin học",
                "Cơ quan tuyển dụng chung (cơ quan: chỉ tiêu; …)"};
            String[] example = {"1", "VT01", "Chuyên viên quản lý nhân sự", "Sở Nội vụ", "2", "Đại học",
                "Luật, Hành chính học", "Tiếng Anh", "Có", "Có", ""};
            org.apache.poi.ss.usermodel.Row h = sheet.createRow(2);
            org.apache.poi.ss.usermodel.Row e = sheet.createRow(3);
            int[] widths = {6, 12, 36, 28, 10, 16, 30, 20, 16, 16, 40};
            for (int i = 0; i < header.length; i++) {
                org.apache.poi.ss.usermodel.Cell c = h.createCell(i);
                c.setCellValue(header[i]);
                c.setCellStyle(bold);
                e.createCell(i).setCellValue(example[i]);
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** lower case, no diacritics (đ → d), punctuation as single spaces */
    static String normalise(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return n.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
