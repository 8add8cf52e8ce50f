package vn.thituyen.questionbank.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thituyen.questionbank.Difficulty;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;
import vn.thituyen.questionbank.format.QuestionDraft.Choice;

/**
 * The spreadsheet template offices fill in: sheet "Câu hỏi", one question per row under a header row.
 *
 * <h2>Columns</h2>
 * Found by their header text, in any order, ignoring case, diacritics and punctuation (so "Câu hỏi (*)" and
 * "CAU HOI" both name the stem); columns with other headers are ignored, and the header may sit below a title.
 * Vietnamese or English: Mã/ID, Chủ đề/Topic ({@code A / B}), Loại/Type (Một đáp án | Nhiều đáp án | Đúng/Sai, or
 * Single | Multiple | True/False; empty: decided by the key), Độ khó/Difficulty (Dễ | Trung bình | Khó, Easy |
 * Medium | Hard, or empty), Định dạng/Format (Văn bản | HTML; empty: Văn bản), Câu hỏi/Question, Phương án A…/
 * Option A… (also "Đáp án A" or just "A"), Đáp án/Answer (a letter, letters as {@code A, C}, or for true/false
 * Đúng/Sai), Nguồn/Source, Thẻ/Tags (separated by {@code ;}).
 *
 * <h2>Reading</h2>
 * Cells are read as Excel shows them (numbers and dates through their format, formulas by their cached value,
 * rich text as its text), trimmed and NFC-normalised; a cell of a merged range reads as the range's value; rows
 * with nothing in the known columns are ignored. A true/false question may leave its options empty (they are
 * Đúng, Sai) or give two options reading Đúng/Sai or True/False. Rows whose type is one the bank does not hold
 * (tự luận, điền khuyết, ghép nối…) are skipped. Errors name the row as Excel numbers it and, in the detail, the
 * cell (e.g. "C12: Tự luận"). Both .xlsx and the older .xls are read. Tags {@code difficulty:…}/{@code source:…}
 * fill an empty Độ khó/Nguồn, as in the other formats.
 *
 * <h2>Writing</h2>
 * The same layout, so an export can be edited in Excel and imported again. Images cannot travel in a cell: a
 * question with images is omitted, as is one whose topic name holds a {@code /} or whose tag holds a {@code ;}
 * (they would read back split), or whose text exceeds Excel's 32,767 characters per cell.
 */
public final class ExcelFormat implements QuestionFormat {

    public static final String ID = "xlsx";
    static final String SHEET = "Câu hỏi";
    static final String GUIDE_SHEET = "Hướng dẫn";
    private static final int MAX_CELL = 32_767;
    private static final int TEMPLATE_ROWS = 1000;

    /** the known columns, each with its Vietnamese header (written) and the header texts it is recognised by */
    enum Column {
        ID("Mã", "ma", "ma cau hoi", "ma so", "id", "external id", "code", "question id"),
        TOPIC("Chủ đề", "chu de", "chuyen de", "topic", "category", "danh muc"),
        TYPE("Loại", "loai", "loai cau hoi", "kieu cau hoi", "type", "question type"),
        DIFFICULTY("Độ khó", "do kho", "muc do", "muc do kho", "difficulty"),
        FORMAT("Định dạng", "dinh dang", "format", "text format"),
        STEM("Câu hỏi", "cau hoi", "noi dung", "noi dung cau hoi", "question", "question text", "stem"),
        OPTION("Phương án"),
        KEY("Đáp án", "dap an", "dap an dung", "answer", "answers", "correct answer", "correct", "key"),
        SOURCE("Nguồn", "nguon", "can cu", "nguon can cu", "source", "reference"),
        TAGS("Thẻ", "the", "tags", "tag", "tu khoa", "keywords");

        final String header;
        final Set<String> aliases;

        Column(String header, String... aliases) {
            this.header = header;
            this.aliases = Set.of(aliases);
        }
    }

    private static final Pattern OPTION_HEADER =
            Pattern.compile("^(?:phuong an|option|choice|lua chon|dap an)\\s*([a-z])$|^([a-z])$");

    private static final String TYPE_SINGLE = "Một đáp án";
    private static final String TYPE_MULTIPLE = "Nhiều đáp án";
    private static final String TYPE_TRUE_FALSE = "Đúng/Sai";
    private static final String FORMAT_PLAIN = "Văn bản";
    private static final String FORMAT_HTML = "HTML";
    private static final String TRUE_TEXT = "Đúng";
    private static final String FALSE_TEXT = "Sai";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public String mimeType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    // =============================================================================================== reading

    @Override
    public Parsed read(byte[] file) {
        return new Reader().read(file);
    }

    private static final class Reader {
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<ImportProblem> skipped = new ArrayList<>();
        private final List<ImportProblem> warnings = new ArrayList<>();
        private final List<QuestionDraft> questions = new ArrayList<>();
        private final DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi-VN"));
        private final Map<Long, CellRangeAddress> merged = new HashMap<>();
        private Sheet sheet;

        Parsed read(byte[] file) {
            if (file == null || file.length == 0) {
                throw new ImportException(new ImportProblem(0, "import.xlsx.unreadable", ""));
            }
            if (SafeZip.looksLikeZip(file)) {
                // POI checks the compression ratio of each part, not the total: bound the whole before it unpacks
                try {
                    SafeZip.read(file);
                } catch (SafeZip.ZipRefusedException e) {
                    throw new ImportException(new ImportProblem(0, switch (e.refusal()) {
                        case TOO_LARGE, TOO_MANY_ENTRIES -> "import.xlsx.tooLarge";
                        default -> "import.xlsx.unreadable";
                    }, e.detail()));
                }
            }
            try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
                readWorkbook(workbook);
            } catch (EncryptedDocumentException e) {
                throw new ImportException(new ImportProblem(0, "import.xlsx.encrypted", ""));
            } catch (IOException | RuntimeException e) {
                // POI reports a damaged or foreign file through many exception types; all mean the same here
                throw new ImportException(new ImportProblem(0, "import.xlsx.unreadable",
                        String.valueOf(e.getMessage())));
            }
            if (!problems.isEmpty()) {
                throw new ImportException(problems);
            }
            return new Parsed(questions, skipped, warnings);
        }

        private void readWorkbook(Workbook workbook) {
            Header header = null;
            for (int i = 0; i < workbook.getNumberOfSheets() && header == null; i++) {
                if (normalise(workbook.getSheetName(i)).equals(normalise(SHEET))) {
                    sheet = workbook.getSheetAt(i);
                    header = findHeader(sheet);
                }
            }
            for (int i = 0; i < workbook.getNumberOfSheets() && header == null; i++) {
                sheet = workbook.getSheetAt(i);
                header = findHeader(sheet);
            }
            if (header == null) {
                problems.add(new ImportProblem(1, "import.xlsx.noHeader", SHEET));
                return;
            }
            for (CellRangeAddress range : sheet.getMergedRegions()) {
                for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                    for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                        merged.put(((long) r << 16) | c, range);
                    }
                }
            }
            if (!header.columns.containsKey(Column.KEY)) {
                problems.add(new ImportProblem(header.row + 1, "import.xlsx.missingColumn", Column.KEY.header));
            }
            if (!problems.isEmpty()) {
                return;
            }
            Map<String, Integer> ids = new HashMap<>();
            for (int r = header.row + 1; r <= sheet.getLastRowNum(); r++) {
                readRow(header, r, ids);
            }
            if (problems.isEmpty() && questions.isEmpty() && skipped.isEmpty()) {
                problems.add(new ImportProblem(header.row + 1, "import.xlsx.empty", sheet.getSheetName()));
            }
        }

        /** the known columns of a header row */
        private record Header(int row, Map<Column, Integer> columns, TreeMap<Character, Integer> options) {
        }

        /** the first of the top rows naming the stem column and at least one other known column */
        private Header findHeader(Sheet s) {
            this.sheet = s;
            for (int r = s.getFirstRowNum(); r >= 0 && r <= Math.min(s.getLastRowNum(), s.getFirstRowNum() + 20); r++) {
                Row row = s.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<Column, Integer> columns = new EnumMap<>(Column.class);
                TreeMap<Character, Integer> options = new TreeMap<>();
                List<ImportProblem> duplicates = new ArrayList<>();
                for (Cell cell : row) {
                    String key = normalise(raw(cell));
                    if (key.isEmpty()) {
                        continue;
                    }
                    String ref = new CellReference(r, cell.getColumnIndex()).formatAsString(false);
                    Matcher m = OPTION_HEADER.matcher(key);
                    if (m.matches() && !Column.KEY.aliases.contains(key)) {
                        char letter = Character.toUpperCase((m.group(1) != null ? m.group(1) : m.group(2)).charAt(0));
                        if (options.putIfAbsent(letter, cell.getColumnIndex()) != null) {
                            duplicates.add(new ImportProblem(r + 1, "import.xlsx.duplicateColumn",
                                    ref + ": " + raw(cell)));
                        }
                        continue;
                    }
                    for (Column c : Column.values()) {
                        if (c.aliases.contains(key)) {
                            if (columns.putIfAbsent(c, cell.getColumnIndex()) != null) {
                                duplicates.add(new ImportProblem(r + 1, "import.xlsx.duplicateColumn",
                                        ref + ": " + raw(cell)));
                            }
                        }
                    }
                }
                if (columns.containsKey(Column.STEM) && (columns.size() + options.size()) >= 2) {
                    problems.addAll(duplicates);
                    return new Header(r, columns, options);
                }
            }
            return null;
        }

        private void readRow(Header h, int r, Map<String, Integer> ids) {
            int rowNumber = r + 1;
            Map<Column, String> v = new EnumMap<>(Column.class);
            for (Map.Entry<Column, Integer> c : h.columns.entrySet()) {
                v.put(c.getKey(), text(r, c.getValue()));
            }
            TreeMap<Character, String> opts = new TreeMap<>();
            for (Map.Entry<Character, Integer> o : h.options.entrySet()) {
                opts.put(o.getKey(), text(r, o.getValue()));
            }
            if (v.values().stream().allMatch(String::isEmpty) && opts.values().stream().allMatch(String::isEmpty)) {
                return;
            }
            int before = problems.size();

            // type, difficulty, format
            String typeText = v.getOrDefault(Column.TYPE, "");
            QuestionType type = null;
            if (!typeText.isEmpty()) {
                String t = normalise(typeText);
                type = switch (t) {
                    case "mot dap an", "1 dap an", "mot lua chon", "don lua chon", "trac nghiem", "single",
                         "single choice", "single answer", "multichoice" -> QuestionType.SINGLE;
                    case "nhieu dap an", "nhieu lua chon", "da lua chon", "multiple", "multiple choice",
                         "multiple answer", "multiple answers" -> QuestionType.MULTIPLE;
                    case "dung sai", "dung hoac sai", "true false", "truefalse", "d s" -> QuestionType.TRUE_FALSE;
                    default -> null;
                };
                if (type == null) {
                    if (UNSUPPORTED_TYPES.contains(t)) {
                        skipped.add(new ImportProblem(rowNumber, "import.xlsx.unsupportedType",
                                ref(r, h.columns.get(Column.TYPE)) + ": " + typeText));
                        return;
                    }
                    problems.add(new ImportProblem(rowNumber, "import.xlsx.unknownType",
                            ref(r, h.columns.get(Column.TYPE)) + ": " + typeText));
                }
            }
            String difficultyText = v.getOrDefault(Column.DIFFICULTY, "");
            Difficulty difficulty = null;
            if (!difficultyText.isEmpty()) {
                difficulty = switch (normalise(difficultyText)) {
                    case "de", "rat de", "easy", "very easy" -> Difficulty.EASY;
                    case "trung binh", "vua", "medium", "average" -> Difficulty.MEDIUM;
                    case "kho", "rat kho", "hard", "difficult", "very difficult", "very hard" -> Difficulty.HARD;
                    default -> null;
                };
                if (difficulty == null) {
                    problems.add(new ImportProblem(rowNumber, "import.xlsx.unknownDifficulty",
                            ref(r, h.columns.get(Column.DIFFICULTY)) + ": " + difficultyText));
                }
            }
            String formatText = v.getOrDefault(Column.FORMAT, "");
            TextFormat format = TextFormat.PLAIN;
            if (!formatText.isEmpty()) {
                switch (normalise(formatText)) {
                    case "van ban", "van ban thuong", "plain", "text", "plain text" -> format = TextFormat.PLAIN;
                    case "html" -> format = TextFormat.HTML;
                    default -> problems.add(new ImportProblem(rowNumber, "import.xlsx.unknownFormat",
                            ref(r, h.columns.get(Column.FORMAT)) + ": " + formatText));
                }
            }

            // stem
            String stem = v.getOrDefault(Column.STEM, "");
            String stemRef = ref(r, h.columns.get(Column.STEM));
            String id = v.getOrDefault(Column.ID, "");
            QuestionHtml html = new QuestionHtml(rowNumber, id.isEmpty() ? TextFiles.excerpt(SafeHtml.text(stem)) : id,
                    Map.of());
            if (format == TextFormat.HTML) {
                noImages(stem, rowNumber, stemRef);
                stem = html.clean(stem);
            }
            if (format == TextFormat.HTML ? SafeHtml.text(stem).isBlank() && !stem.contains("<img") : stem.isEmpty()) {
                problems.add(new ImportProblem(rowNumber, "import.xlsx.emptyStem", stemRef));
            }

            // options: A … the last one filled, none missing in between
            List<String> options = new ArrayList<>();
            List<Character> letters = new ArrayList<>();
            char last = 0;
            for (Map.Entry<Character, String> o : opts.entrySet()) {
                if (!o.getValue().isEmpty()) {
                    last = o.getKey();
                }
            }
            for (char letter = 'A'; last != 0 && letter <= last; letter++) {
                String text = opts.getOrDefault(letter, "");
                Integer col = h.options.get(letter);
                String cellRef = col != null ? ref(r, col) : ref(r, h.options.ceilingEntry(letter).getValue());
                if (text.isEmpty()) {
                    problems.add(new ImportProblem(rowNumber, "import.xlsx.emptyOption",
                            cellRef + ": " + letter));
                }
                if (format == TextFormat.HTML) {
                    noImages(text, rowNumber, cellRef);
                    text = html.clean(text);
                }
                options.add(text);
                letters.add(letter);
            }

            // the key
            String keyText = v.getOrDefault(Column.KEY, "");
            String keyRef = ref(r, h.columns.get(Column.KEY));
            Boolean truth = truth(keyText);
            if (type == null && typeText.isEmpty()) {
                type = truthWord(keyText) != null && (options.isEmpty() || trueFalseOrder(options) != null)
                        ? QuestionType.TRUE_FALSE
                        : letters(keyText).size() > 1 ? QuestionType.MULTIPLE : QuestionType.SINGLE;
            }
            List<Choice> choices = new ArrayList<>();
            if (type == QuestionType.TRUE_FALSE) {
                int[] order = options.isEmpty() ? new int[] {0, 1} : trueFalseOrder(options);
                if (order == null) {
                    problems.add(new ImportProblem(rowNumber, "import.xlsx.trueFalseOptions",
                            ref(r, h.options.firstEntry().getValue()) + ": " + String.join(" / ", options)));
                } else if (keyText.isEmpty()) {
                    problems.add(new ImportProblem(rowNumber, "import.xlsx.missingKey", keyRef));
                } else {
                    Boolean answer = truth;
                    if (answer == null && !options.isEmpty()) {
                        // a letter naming one of the two given options
                        List<Character> k = letters(keyText);
                        if (k.size() == 1 && k.get(0) - 'A' < 2) {
                            answer = (k.get(0) - 'A') == order[0];
                        }
                    }
                    if (answer == null) {
                        problems.add(new ImportProblem(rowNumber, "import.xlsx.badKey", keyRef + ": " + keyText));
                    } else {
                        String t = format == TextFormat.HTML ? SafeHtml.escape(TRUE_TEXT) : TRUE_TEXT;
                        String f = format == TextFormat.HTML ? SafeHtml.escape(FALSE_TEXT) : FALSE_TEXT;
                        choices.add(new Choice(t, answer));
                        choices.add(new Choice(f, !answer));
                    }
                }
            } else if (type != null) {
                if (options.size() < 2) {
                    problems.add(new ImportProblem(rowNumber, "import.xlsx.tooFewOptions",
                            ref(r, h.options.isEmpty() ? h.columns.get(Column.STEM) : h.options.firstEntry().getValue())
                                    + ": " + options.size()));
                }
                List<Character> key = letters(keyText);
                if (keyText.isEmpty()) {
                    problems.add(new ImportProblem(rowNumber, "import.xlsx.missingKey", keyRef));
                } else if (key.isEmpty()) {
                    problems.add(new ImportProblem(rowNumber, "import.xlsx.badKey", keyRef + ": " + keyText));
                } else {
                    for (char k : key) {
                        if (!letters.contains(k)) {
                            problems.add(new ImportProblem(rowNumber, "import.xlsx.keyWithoutOption",
                                    keyRef + ": " + k));
                        }
                    }
                    if (type == QuestionType.SINGLE && key.size() > 1) {
                        problems.add(new ImportProblem(rowNumber, "import.xlsx.severalKeys",
                                keyRef + ": " + keyText));
                    }
                }
                for (int i = 0; i < options.size(); i++) {
                    choices.add(new Choice(options.get(i), key.contains(letters.get(i))));
                }
            }

            // the rest
            String externalId = v.getOrDefault(Column.ID, "");
            if (!externalId.isEmpty()) {
                Integer first = ids.putIfAbsent(externalId, rowNumber);
                if (first != null) {
                    problems.add(new ImportProblem(rowNumber, "import.xlsx.duplicateId",
                            ref(r, h.columns.get(Column.ID)) + ": " + externalId));
                }
            }
            List<String> topic = new ArrayList<>();
            for (String part : v.getOrDefault(Column.TOPIC, "").split("/")) {
                if (!part.isBlank()) {
                    topic.add(part.strip());
                }
            }
            String source = v.getOrDefault(Column.SOURCE, "");
            List<String> tags = new ArrayList<>();
            for (String tag : v.getOrDefault(Column.TAGS, "").split("[;\\n]")) {
                String t = tag.strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (difficulty == null && difficultyText.isEmpty() && Qti21Format.tagDifficulty(t) != null) {
                    difficulty = Qti21Format.tagDifficulty(t);
                } else if (source.isEmpty() && t.toLowerCase(Locale.ROOT).startsWith(Qti21Format.SOURCE_TAG)
                        && !t.substring(Qti21Format.SOURCE_TAG.length()).isBlank()) {
                    source = t.substring(Qti21Format.SOURCE_TAG.length()).strip();
                } else {
                    tags.add(t);
                }
            }
            if (problems.size() > before || type == null) {
                return;
            }
            if (html.skip() != null) {
                skipped.add(html.skip());
                return;
            }
            questions.add(new QuestionDraft(rowNumber, externalId.isEmpty() ? null : externalId, type, format,
                    nfc(stem), choices.stream().map(c -> new Choice(nfc(c.text()), c.correct())).toList(), topic,
                    difficulty, source.isEmpty() ? null : source, tags, List.of()));
            warnings.addAll(html.warnings());
        }

        /** an image a cell can only point to (a file, a web address) would vanish: only inline images may stay */
        private void noImages(String html, int rowNumber, String cellRef) {
            for (org.jsoup.nodes.Element img : org.jsoup.Jsoup.parseBodyFragment(html).select("img")) {
                if (!img.attr("src").trim().toLowerCase(Locale.ROOT).startsWith("data:image/")) {
                    problems.add(new ImportProblem(rowNumber, "import.xlsx.imageMissing", cellRef));
                    return;
                }
            }
        }

        private String ref(int r, Integer column) {
            return column == null ? String.valueOf(r + 1) : new CellReference(r, column).formatAsString(false);
        }

        /** what Excel shows in the cell (or the merged range it belongs to), trimmed, NFC */
        private String text(int r, int c) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(c);
            String s = cell == null ? "" : raw(cell);
            if (s.isBlank()) {
                CellRangeAddress range = merged.get(((long) r << 16) | c);
                if (range != null && (range.getFirstRow() != r || range.getFirstColumn() != c)) {
                    Row first = sheet.getRow(range.getFirstRow());
                    Cell top = first == null ? null : first.getCell(range.getFirstColumn());
                    s = top == null ? "" : raw(top);
                }
            }
            if (s.startsWith("#") && cell != null && cell.getCellType() == CellType.FORMULA
                    && cell.getCachedFormulaResultType() == CellType.ERROR) {
                problems.add(new ImportProblem(r + 1, "import.xlsx.formulaError",
                        new CellReference(r, c).formatAsString(false) + ": " + s));
            }
            return nfc(s.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').strip());
        }

        private String raw(Cell cell) {
            if (cell.getCellType() == CellType.FORMULA) {
                return switch (cell.getCachedFormulaResultType()) {
                    case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                            cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
                    case STRING -> cell.getRichStringCellValue().getString();
                    case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
                    case ERROR -> org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue())
                            .getString();
                    default -> "";
                };
            }
            return formatter.formatCellValue(cell);
        }
    }

    private static final Set<String> UNSUPPORTED_TYPES = Set.of("tu luan", "essay", "dien khuyet", "dien tu",
            "dien vao cho trong", "ghep noi", "ghep doi", "noi cot", "matching", "tra loi ngan", "short answer",
            "cau tra loi ngan", "so", "numerical", "sap xep", "ordering", "mo ta", "description");

    /** Đúng/Sai, True/False and their one-letter forms; null for anything else */
    private static Boolean truth(String text) {
        String t = normalise(text);
        if (t.endsWith(" ")) {
            t = t.strip();
        }
        return switch (t) {
            case "dung", "d", "true", "t" -> Boolean.TRUE;
            case "sai", "s", "false", "f" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** for two options reading true/false words: the index of the true one then of the false one; else null */
    private static int[] trueFalseOrder(List<String> options) {
        if (options.size() != 2) {
            return null;
        }
        Boolean a = truthWord(options.get(0));
        Boolean b = truthWord(options.get(1));
        if (a == null || b == null || a.equals(b)) {
            return null;
        }
        return a ? new int[] {0, 1} : new int[] {1, 0};
    }

    private static Boolean truthWord(String text) {
        String t = normalise(SafeHtml.text(text));
        return switch (t) {
            case "dung", "true" -> Boolean.TRUE;
            case "sai", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** the key letters: "B", "B.", "A, C", "A;C", "A và C", "AC", or option numbers "1, 3"; else empty */
    private static List<Character> letters(String key) {
        String k = Normalizer.normalize(key, Normalizer.Form.NFC).strip().toUpperCase(Locale.ROOT)
                .replaceAll("\\s+(VÀ|VA|AND)\\s+", ", ").replaceAll("[.,;\\s]+$", "");
        Set<Character> out = new LinkedHashSet<>();
        if (k.matches("[A-Z]([\\s,;/&+]*[A-Z])*") && !Set.of("DUNG", "SAI", "TRUE", "FALSE").contains(k)) {
            for (char c : k.toCharArray()) {
                if (c >= 'A' && c <= 'Z') {
                    out.add(c);
                }
            }
        } else if (k.matches("[1-9]([\\s,;/&+]+[1-9])*")) {
            for (char c : k.toCharArray()) {
                if (c >= '1' && c <= '9') {
                    out.add((char) ('A' + c - '1'));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** lower case, no diacritics (đ → d), punctuation as single spaces: how headers and words are compared */
    static String normalise(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return n.replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    // =============================================================================================== writing

    @Override
    public Exported write(List<QuestionDraft> questions) {
        List<ImportProblem> omitted = new ArrayList<>();
        List<QuestionDraft> kept = new ArrayList<>();
        int maxOptions = 8;
        for (int i = 0; i < questions.size(); i++) {
            QuestionDraft q = questions.get(i);
            ImportProblem why = cannotHold(q, i + 1);
            if (why != null) {
                omitted.add(why);
            } else {
                kept.add(q);
                maxOptions = Math.max(maxOptions, q.choices().size());
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = questionSheet(workbook, maxOptions, Math.max(TEMPLATE_ROWS, kept.size() + 200));
            CellStyle body = bodyStyle(workbook);
            int r = 1;
            for (QuestionDraft q : kept) {
                Row row = sheet.createRow(r++);
                List<String> values = rowValues(q, maxOptions);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c, CellType.STRING);
                    if (!values.get(c).isEmpty()) {
                        cell.setCellValue(values.get(c));
                    }
                    cell.setCellStyle(body);
                }
            }
            guideSheet(workbook);
            return new Exported(bytes(workbook), omitted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blank template: the question sheet with its header, drop-downs and widths, and the guide. */
    public byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            questionSheet(workbook, 8, TEMPLATE_ROWS);
            guideSheet(workbook);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportProblem cannotHold(QuestionDraft q, int position) {
        if (!q.media().isEmpty()) {
            return new ImportProblem(position, "import.xlsx.omitImages",
                    String.join(", ", q.media().stream().map(QuestionDraft.Media::name).toList()));
        }
        for (String t : q.topic()) {
            if (t.contains("/")) {
                return new ImportProblem(position, "import.xlsx.omitTopicSlash", t);
            }
        }
        for (String t : q.tags()) {
            if (t.contains(";") || t.contains("\n")) {
                return new ImportProblem(position, "import.xlsx.omitTagSeparator", t);
            }
        }
        if (q.choices().size() > 26) {
            return new ImportProblem(position, "import.xlsx.omitTooManyOptions", String.valueOf(q.choices().size()));
        }
        for (String value : rowValues(q, q.choices().size())) {
            if (value.length() > MAX_CELL) {
                return new ImportProblem(position, "import.xlsx.omitTooLong", value.substring(0, 60));
            }
        }
        return null;
    }

    /** the cells of a question's row, in the written column order */
    private static List<String> rowValues(QuestionDraft q, int optionColumns) {
        List<String> v = new ArrayList<>();
        v.add(q.externalId() == null ? "" : q.externalId());
        v.add(String.join(" / ", q.topic()));
        v.add(switch (q.type()) {
            case SINGLE -> TYPE_SINGLE;
            case MULTIPLE -> TYPE_MULTIPLE;
            case TRUE_FALSE -> TYPE_TRUE_FALSE;
        });
        v.add(q.difficulty() == null ? "" : switch (q.difficulty()) {
            case EASY -> "Dễ";
            case MEDIUM -> "Trung bình";
            case HARD -> "Khó";
        });
        v.add(q.format() == TextFormat.HTML ? FORMAT_HTML : FORMAT_PLAIN);
        v.add(q.stem());
        List<String> key = new ArrayList<>();
        for (int i = 0; i < optionColumns; i++) {
            v.add(i < q.choices().size() ? q.choices().get(i).text() : "");
            if (i < q.choices().size() && q.choices().get(i).correct()) {
                key.add(String.valueOf((char) ('A' + i)));
            }
        }
        if (q.type() == QuestionType.TRUE_FALSE) {
            v.add(q.choices().get(0).correct() ? TRUE_TEXT : FALSE_TEXT);
        } else {
            v.add(String.join(", ", key));
        }
        v.add(q.source() == null ? "" : q.source());
        v.add(String.join("; ", q.tags()));
        return v;
    }

    private static Sheet questionSheet(XSSFWorkbook workbook, int optionColumns, int rows) {
        Sheet sheet = workbook.createSheet(SHEET);
        CellStyle head = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setColor(IndexedColors.WHITE.getIndex());
        head.setFont(bold);
        head.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        head.setWrapText(true);
        head.setVerticalAlignment(VerticalAlignment.CENTER);
        head.setBorderBottom(BorderStyle.THIN);
        List<String> headers = new ArrayList<>(List.of(Column.ID.header, Column.TOPIC.header, Column.TYPE.header,
                Column.DIFFICULTY.header, Column.FORMAT.header, Column.STEM.header));
        List<Integer> widths = new ArrayList<>(List.of(12, 32, 15, 12, 11, 70));
        for (int i = 0; i < optionColumns; i++) {
            headers.add(Column.OPTION.header + " " + (char) ('A' + i));
            widths.add(30);
        }
        headers.addAll(List.of(Column.KEY.header, Column.SOURCE.header, Column.TAGS.header));
        widths.addAll(List.of(10, 34, 26));
        Row row = sheet.createRow(0);
        row.setHeightInPoints(30);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(head);
            sheet.setColumnWidth(c, widths.get(c) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        DataValidationHelper helper = sheet.getDataValidationHelper();
        dropDown(sheet, helper, 2, rows, TYPE_SINGLE, TYPE_MULTIPLE, TYPE_TRUE_FALSE);
        dropDown(sheet, helper, 3, rows, "Dễ", "Trung bình", "Khó");
        dropDown(sheet, helper, 4, rows, FORMAT_PLAIN, FORMAT_HTML);
        return sheet;
    }

    private static void dropDown(Sheet sheet, DataValidationHelper helper, int column, int rows, String... values) {
        DataValidationConstraint list = helper.createExplicitListConstraint(values);
        DataValidation validation = helper.createValidation(list, new CellRangeAddressList(1, rows, column, column));
        // a warning, not a stop: the import also accepts the English words and other spellings
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.createErrorBox("Giá trị không có trong danh sách", "Chọn một giá trị: " + String.join(", ", values));
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private static CellStyle bodyStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        // text, so that a code like 0012 or 2013 stays as typed when edited
        style.setDataFormat(workbook.createDataFormat().getFormat("@"));
        return style;
    }

    private static void guideSheet(XSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet(GUIDE_SHEET);
        CellStyle title = workbook.createCellStyle();
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title.setFont(big);
        CellStyle head = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        head.setFont(bold);
        head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        String[][] rows = {
            {"Cột", "Bắt buộc", "Cách ghi", "Ví dụ"},
            {"Mã", "Không", "Mã câu hỏi của đơn vị, không trùng nhau trong tệp.", "KTC-001"},
            {"Chủ đề", "Không", "Chủ đề trong ngân hàng câu hỏi; chủ đề con ghi sau dấu \" / \". Để trống: chủ đề gốc.",
                "Kiến thức chung / Hiến pháp năm 2013"},
            {"Loại", "Không", "Một đáp án, Nhiều đáp án hoặc Đúng/Sai (chọn trong danh sách). Để trống: xác định theo"
                + " cột Đáp án. Dòng ghi loại khác (Tự luận, Điền khuyết…) sẽ bị bỏ qua.", "Một đáp án"},
            {"Độ khó", "Không", "Dễ, Trung bình hoặc Khó; có thể để trống.", "Trung bình"},
            {"Định dạng", "Không", "Văn bản (mặc định) hoặc HTML khi câu hỏi, phương án có định dạng (in đậm,"
                + " bảng…). Bảng tính không chứa được hình ảnh.", "Văn bản"},
            {"Câu hỏi", "Có", "Nội dung câu hỏi. Xuống dòng trong ô bằng Alt+Enter.",
                "Theo Hiến pháp năm 2013, nhiệm kỳ của mỗi khóa Quốc hội là bao nhiêu năm?"},
            {"Phương án A … H", "Có (ít nhất 2)", "Mỗi phương án một cột, ghi liên tiếp từ A; các cột cuối để trống"
                + " nếu không dùng. Câu Đúng/Sai để trống các phương án.", "05 năm"},
            {"Đáp án", "Có", "Chữ cái của phương án đúng; nhiều đáp án ghi cách nhau bằng dấu phẩy. Câu Đúng/Sai ghi"
                + " Đúng hoặc Sai.", "B   hoặc   A, C   hoặc   Sai"},
            {"Nguồn", "Không", "Văn bản, điều khoản làm căn cứ cho câu hỏi.", "Điều 71 Hiến pháp năm 2013"},
            {"Thẻ", "Không", "Các thẻ phân loại, cách nhau bằng dấu chấm phẩy.", "Quốc hội; bộ máy nhà nước"},
        };
        Row titleRow = sheet.createRow(0);
        Cell t = titleRow.createCell(0);
        t.setCellValue("HƯỚNG DẪN NHẬP CÂU HỎI TRẮC NGHIỆM");
        t.setCellStyle(title);
        Row note = sheet.createRow(1);
        Cell n = note.createCell(0);
        n.setCellValue("Mỗi câu hỏi ghi trên một dòng của trang \"" + SHEET + "\", dưới dòng tiêu đề. Dòng trống"
                + " được bỏ qua; có thể đổi thứ tự các cột hoặc thêm cột ghi chú (cột lạ không được đọc). Khi nhập,"
                + " mọi lỗi được báo kèm số dòng và ô (ví dụ C12) và không câu nào được nhập cho đến khi sửa hết.");
        n.setCellStyle(wrap);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
        note.setHeightInPoints(48);
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i + 3);
            for (int c = 0; c < rows[i].length; c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(rows[i][c]);
                cell.setCellStyle(i == 0 ? head : wrap);
            }
        }
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 70 * 256);
        sheet.setColumnWidth(3, 40 * 256);
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        workbook.getProperties().getCoreProperties().setCreator("ThiTuyen");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
