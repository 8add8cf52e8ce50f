package vn.thituyen.registration.domain;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.common.Messages;
import vn.thituyen.common.SafeZip;
import vn.thituyen.common.SpreadsheetText;
import vn.thituyen.registration.ApplicationForm;
import vn.thituyen.registration.ApplicationForm.EducationLevel;
import vn.thituyen.registration.ApplicationForm.Exemption;
import vn.thituyen.registration.ApplicationForm.ForeignLanguage;
import vn.thituyen.registration.ApplicationForm.Sex;
import vn.thituyen.registration.PaperColumn;

/**
 * Reads the office's Excel list of applications received on paper (hồ sơ đăng ký dự tuyển nộp trực tiếp hoặc qua bưu
 * chính, ND 138/2020/NĐ-CP Art. 12(1)): one row per registration form. Tolerates what real files do: title lines above
 * the header, columns in any order named in Vietnamese or English (accents and case ignored), dates as Excel dates or
 * written dd/MM/yyyy, a citizen ID or phone number typed as a number (its leading 0 lost), blank rows, .xls as well
 * as .xlsx. It only turns cells into {@link ApplicationForm}s and says which cell it could not read; whether a form is
 * acceptable is decided by the same checks as an online one (the registration service), not here.
 */
public final class PaperApplicationSheet {

    /** One form as read; {@code row} is Excel's row number (1-based). */
    public record Line(int row, ApplicationForm form, String positionCode) {
    }

    /**
     * One problem: the Excel row (0: the file as a whole), the column (null: the whole row or file), the message key
     * and what was found.
     */
    public record Problem(int row, PaperColumn column, String key, String detail) {
    }

    /** The forms read and the problems found; {@code lines} holds every row, even one with a problem. */
    public record Result(List<Line> lines, List<Problem> problems) {
    }

    public static final int MAX_ROWS = 2_000;
    private final DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi-VN"));
    private final Map<String, Long> positions;

    private PaperApplicationSheet(Map<String, Long> positions) {
        this.positions = new LinkedHashMap<>();
        positions.forEach((code, id) -> this.positions.put(normalise(code), id));
    }

    /**
     * @param positions the campaign's positions, code → id (a code is matched without regard to case or accents)
     */
    public static Result read(byte[] file, Map<String, Long> positions) {
        return new PaperApplicationSheet(positions).parse(file);
    }

    private Result parse(byte[] file) {
        if (file == null || file.length == 0) {
            return fileProblem("paper.import.unreadable");
        }
        if (SafeZip.looksLikeZip(file)) {
            try {
                SafeZip.read(file); // bounds the unpacked size before POI opens it
            } catch (SafeZip.ZipRefusedException e) {
                return fileProblem("paper.import.unreadable");
            }
        }
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            readSheet(workbook.getSheetAt(0), lines, problems);
        } catch (java.io.IOException | RuntimeException e) {
            // a damaged, encrypted or foreign file: POI says so through many exception types, all mean the same
            return fileProblem("paper.import.unreadable");
        }
        return new Result(lines, problems);
    }

    private static Result fileProblem(String key) {
        return new Result(List.of(), List.of(new Problem(0, null, key, "")));
    }

    private void readSheet(Sheet sheet, List<Line> lines, List<Problem> problems) {
        Map<PaperColumn, Integer> header = null;
        int headerRow = -1;
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= Math.min(sheet.getLastRowNum(), 30); r++) {
            Map<PaperColumn, Integer> found = SpreadsheetText.headerColumns(sheet.getRow(r), formatter,
                    PaperColumn.class, text -> column(normalise(text)));
            if (found.size() >= 3) {
                header = found;
                headerRow = r;
                break;
            }
        }
        if (header == null) {
            problems.add(new Problem(0, null, "paper.import.noHeader", ""));
            return;
        }
        for (PaperColumn c : PaperColumn.values()) {
            if (c.required() && !header.containsKey(c)) {
                problems.add(new Problem(headerRow + 1, c, "paper.import.missingColumn", c.header()));
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<PaperColumn, String> texts = new EnumMap<>(PaperColumn.class);
            for (Map.Entry<PaperColumn, Integer> e : header.entrySet()) {
                texts.put(e.getKey(), text(row, e.getValue()));
            }
            if (texts.values().stream().allMatch(String::isEmpty)) {
                continue; // blank rows, often at the end of a list
            }
            if (lines.size() >= MAX_ROWS) {
                problems.add(new Problem(r + 1, null, "paper.import.tooManyRows", String.valueOf(MAX_ROWS)));
                return;
            }
            lines.add(line(r + 1, row, header, texts, problems));
        }
        if (lines.isEmpty()) {
            problems.add(new Problem(headerRow + 1, null, "paper.import.empty", ""));
        }
    }

    private Line line(int excelRow, Row row, Map<PaperColumn, Integer> header, Map<PaperColumn, String> t,
            List<Problem> problems) {
        String dobText = t.get(PaperColumn.DATE_OF_BIRTH);
        LocalDate dob = vn.thituyen.common.SpreadsheetText.date(cell(row, header.get(PaperColumn.DATE_OF_BIRTH)), dobText);
        if (dob == null && !dobText.isEmpty()) {
            problems.add(new Problem(excelRow, PaperColumn.DATE_OF_BIRTH, "paper.import.date", dobText));
        }
        Sex sex = choice(excelRow, PaperColumn.SEX, t.get(PaperColumn.SEX), Sex.class, "sex.", problems);
        EducationLevel education = choice(excelRow, PaperColumn.EDUCATION, t.get(PaperColumn.EDUCATION),
                EducationLevel.class, "education.", problems);
        String code = t.get(PaperColumn.POSITION);
        Long positionId = null;
        if (!code.isEmpty()) {
            positionId = positions.get(normalise(code));
            if (positionId == null) {
                problems.add(new Problem(excelRow, PaperColumn.POSITION, "paper.import.position", code));
            }
        }
        List<PriorityCategory> priorities = new ArrayList<>();
        String priorityText = t.getOrDefault(PaperColumn.PRIORITY, "");
        if (!isNo(priorityText)) {
            for (String part : priorityText.split("[;\\n]+")) {
                if (part.isBlank()) {
                    continue;
                }
                PriorityCategory p = match(part, PriorityCategory.class, "priority.");
                if (p == null) {
                    problems.add(new Problem(excelRow, PaperColumn.PRIORITY, "paper.import.value", part.strip()));
                } else {
                    priorities.add(p);
                }
            }
        }
        String exemptionText = t.getOrDefault(PaperColumn.EXEMPTION, "");
        Exemption exemption = Exemption.NONE;
        if (!isNo(exemptionText)) {
            exemption = isYes(exemptionText) ? Exemption.FOREIGN_LANGUAGE
                    : match(exemptionText, Exemption.class, "exemption.");
            if (exemption == null) {
                problems.add(new Problem(excelRow, PaperColumn.EXEMPTION, "paper.import.value", exemptionText));
            }
        }
        String languageText = t.getOrDefault(PaperColumn.FOREIGN_LANGUAGE, "");
        ForeignLanguage language = ForeignLanguage.NONE;
        if (!isNo(languageText)) {
            language = normalise(languageText).equals("anh") ? ForeignLanguage.ENGLISH
                    : match(languageText, ForeignLanguage.class, "language.");
            if (language == null) {
                problems.add(new Problem(excelRow, PaperColumn.FOREIGN_LANGUAGE, "paper.import.value",
                        languageText));
            }
        }
        ApplicationForm form = new ApplicationForm(positionId, blankToNull(t.get(PaperColumn.FULL_NAME)), dob, sex,
                blankToNull(t.getOrDefault(PaperColumn.ETHNICITY, "")),
                digits(cell(row, header.get(PaperColumn.CITIZEN_ID)), t.get(PaperColumn.CITIZEN_ID), 12),
                digits(cell(row, header.get(PaperColumn.PHONE)), t.get(PaperColumn.PHONE), 10),
                blankToNull(t.get(PaperColumn.EMAIL)), blankToNull(t.get(PaperColumn.ADDRESS)), education,
                blankToNull(t.getOrDefault(PaperColumn.MAJOR, "")), priorities,
                exemption == null ? Exemption.NONE : exemption,
                blankToNull(t.getOrDefault(PaperColumn.EXEMPTION_REASON, "")),
                language == null ? ForeignLanguage.NONE : language);
        return new Line(excelRow, form, code);
    }

    /** A value named by its Vietnamese or English label or its code; problem when none matches. */
    private static <E extends Enum<E>> E choice(int row, PaperColumn column, String text, Class<E> type,
            String prefix, List<Problem> problems) {
        if (text.isEmpty()) {
            return null; // "required" is the form's check
        }
        E e = match(text, type, prefix);
        if (e == null && type == Sex.class) {
            String n = normalise(text);
            e = n.equals("m") ? type.cast(Sex.MALE) : n.equals("f") ? type.cast(Sex.FEMALE) : null;
        }
        if (e == null) {
            problems.add(new Problem(row, column, "paper.import.value", text));
        }
        return e;
    }

    static <E extends Enum<E>> E match(String text, Class<E> type, String prefix) {
        String n = normalise(text);
        for (E e : type.getEnumConstants()) {
            if (n.equals(normalise(e.name())) || n.equals(normalise(Messages.vi(prefix + e.name())))
                    || n.equals(normalise(Messages.get(Messages.ENGLISH, prefix + e.name())))) {
                return e;
            }
        }
        return null;
    }

    private static boolean isNo(String text) {
        String n = normalise(text);
        return n.isEmpty() || n.equals("khong") || n.equals("no") || n.equals("none") || n.equals("0");
    }

    private static boolean isYes(String text) {
        String n = normalise(text);
        return n.equals("co") || n.equals("yes") || n.equals("x") || n.equals("1");
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * Digits as typed; a number cell (the leading 0 of "030…" or "09…" lost when Excel took it for a number) gets its
     * zeros back up to {@code length}.
     */
    static String digits(Cell cell, String text, int length) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            BigDecimal v = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
            if (v.scale() <= 0 && v.signum() > 0) {
                String plain = v.toPlainString();
                return plain.length() < length ? "0".repeat(length - plain.length()) + plain : plain;
            }
        }
        return blankToNull(text);
    }

    /** Which column a header names (normalised text), as offices write them (or in English). */
    static PaperColumn column(String h) {
        if (h.isEmpty() || h.equals("stt") || h.equals("tt")) {
            return null;
        }
        if (h.contains("ho va ten") || h.equals("ho ten") || h.contains("full name") || h.equals("name")) {
            return PaperColumn.FULL_NAME;
        }
        if (h.contains("ngay sinh") || h.contains("nam sinh") || h.contains("date of birth") || h.equals("dob")) {
            return PaperColumn.DATE_OF_BIRTH;
        }
        if (h.contains("gioi tinh") || h.equals("sex") || h.equals("gender")) {
            return PaperColumn.SEX;
        }
        if (h.contains("dan toc") || h.contains("ethnic")) {
            return PaperColumn.ETHNICITY;
        }
        if (h.contains("cccd") || h.contains("can cuoc") || h.contains("dinh danh") || h.contains("cmnd")
                || h.contains("citizen")) {
            return PaperColumn.CITIZEN_ID;
        }
        if (h.contains("dien thoai") || h.equals("sdt") || h.contains("phone")) {
            return PaperColumn.PHONE;
        }
        if (h.contains("email") || h.contains("e mail") || h.contains("thu dien tu")) {
            return PaperColumn.EMAIL;
        }
        if (h.contains("dia chi") || h.contains("address")) {
            return PaperColumn.ADDRESS;
        }
        if (h.contains("vi tri") || h.contains("position")) {
            return PaperColumn.POSITION;
        }
        if (h.contains("trinh do") || h.contains("education")) {
            return PaperColumn.EDUCATION;
        }
        if (h.contains("chuyen nganh") || h.contains("major")) {
            return PaperColumn.MAJOR;
        }
        if (h.contains("uu tien") || h.contains("priority")) {
            return PaperColumn.PRIORITY;
        }
        if (h.contains("ly do") || h.contains("reason")) {
            return h.contains("mien") || h.contains("exempt") ? PaperColumn.EXEMPTION_REASON : null;
        }
        if (h.contains("mien thi") || h.contains("exempt")) {
            return PaperColumn.EXEMPTION;
        }
        if (h.contains("ngoai ngu") || h.contains("language")) {
            return PaperColumn.FOREIGN_LANGUAGE;
        }
        return null;
    }

    private static Cell cell(Row row, Integer column) {
        return row == null || column == null ? null : row.getCell(column);
    }

    private String text(Row row, int column) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return "";
        }
        // a formula's cached value is not trusted (nor evaluated): the office types values
        String v = cell.getCellType() == CellType.FORMULA ? "" : formatter.formatCellValue(cell);
        return Normalizer.normalize(v, Normalizer.Form.NFC).replace('\u00a0', ' ').strip().replaceAll("[ \\t]+", " ");
    }

    /** lower case, no diacritics (đ → d), anything but letters and digits as single spaces */
    static String normalise(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return n.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
