package vn.thituyen.questionbank.format;

import static vn.thituyen.questionbank.format.ExcelFormat.FALSE_TEXT;
import static vn.thituyen.questionbank.format.ExcelFormat.SHEET;
import static vn.thituyen.questionbank.format.ExcelFormat.TRUE_TEXT;
import static vn.thituyen.questionbank.format.ExcelFormat.normalise;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import vn.thituyen.common.SafeZip;
import vn.thituyen.questionbank.Difficulty;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;
import vn.thituyen.questionbank.format.ExcelFormat.Column;
import vn.thituyen.questionbank.format.QuestionDraft.Choice;
import vn.thituyen.questionbank.format.QuestionFormat.Parsed;

/** One read of a spreadsheet in the ThiTuyen template; see {@link ExcelFormat} for the rules. */
final class ExcelReader {

    private static final Pattern OPTION_HEADER =
            Pattern.compile("^(?:phuong an|option|choice|lua chon|dap an)\\s*([a-z])$|^([a-z])$");

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
        String typeText = v.getOrDefault(Column.TYPE, "");
        QuestionType type = type(h, r, typeText);
        if (type == null && UNSUPPORTED_TYPES.contains(normalise(typeText))) {
            skipped.add(new ImportProblem(rowNumber, "import.xlsx.unsupportedType",
                    ref(r, h.columns.get(Column.TYPE)) + ": " + typeText));
            return;
        }
        String difficultyText = v.getOrDefault(Column.DIFFICULTY, "");
        Difficulty difficulty = difficulty(h, r, difficultyText);
        TextFormat format = format(h, r, v.getOrDefault(Column.FORMAT, ""));
        String id = v.getOrDefault(Column.ID, "");
        String stem = v.getOrDefault(Column.STEM, "");
        QuestionHtml html = new QuestionHtml(rowNumber, id.isEmpty() ? TextFiles.excerpt(SafeHtml.text(stem)) : id,
                Map.of());
        stem = stem(h, r, stem, format, html);
        Options options = options(h, r, opts, format, html);
        String keyText = v.getOrDefault(Column.KEY, "");
        if (type == null && typeText.isEmpty()) {
            type = truthWord(keyText) != null && (options.texts().isEmpty()
                    || trueFalseOrder(options.texts()) != null) ? QuestionType.TRUE_FALSE
                    : letters(keyText).size() > 1 ? QuestionType.MULTIPLE : QuestionType.SINGLE;
        }
        List<Choice> choices = type == QuestionType.TRUE_FALSE ? trueFalseChoices(h, r, options, keyText, format)
                : type != null ? choices(h, r, type, options, keyText) : List.of();
        Details d = details(h, r, v, ids, difficulty, difficultyText);
        if (problems.size() > before || type == null) {
            return;
        }
        if (html.skip() != null) {
            skipped.add(html.skip());
            return;
        }
        questions.add(new QuestionDraft(rowNumber, d.externalId().isEmpty() ? null : d.externalId(), type,
                format, nfc(stem), choices.stream().map(c -> new Choice(nfc(c.text()), c.correct())).toList(),
                d.topic(), d.difficulty(), d.source().isEmpty() ? null : d.source(), d.tags(), List.of()));
        warnings.addAll(html.warnings());
    }

    /** the type the Loại cell names, or null when it is empty, unknown (an error) or one the bank skips */
    private QuestionType type(Header h, int r, String typeText) {
        if (typeText.isEmpty()) {
            return null;
        }
        String t = normalise(typeText);
        QuestionType type = switch (t) {
            case "mot dap an", "1 dap an", "mot lua chon", "don lua chon", "trac nghiem", "single",
                 "single choice", "single answer", "multichoice" -> QuestionType.SINGLE;
            case "nhieu dap an", "nhieu lua chon", "da lua chon", "multiple", "multiple choice",
                 "multiple answer", "multiple answers" -> QuestionType.MULTIPLE;
            case "dung sai", "dung hoac sai", "true false", "truefalse", "d s" -> QuestionType.TRUE_FALSE;
            default -> null;
        };
        if (type == null && !UNSUPPORTED_TYPES.contains(t)) {
            problems.add(new ImportProblem(r + 1, "import.xlsx.unknownType",
                    ref(r, h.columns.get(Column.TYPE)) + ": " + typeText));
        }
        return type;
    }

    private Difficulty difficulty(Header h, int r, String difficultyText) {
        if (difficultyText.isEmpty()) {
            return null;
        }
        Difficulty difficulty = switch (normalise(difficultyText)) {
            case "de", "rat de", "easy", "very easy" -> Difficulty.EASY;
            case "trung binh", "vua", "medium", "average" -> Difficulty.MEDIUM;
            case "kho", "rat kho", "hard", "difficult", "very difficult", "very hard" -> Difficulty.HARD;
            default -> null;
        };
        if (difficulty == null) {
            problems.add(new ImportProblem(r + 1, "import.xlsx.unknownDifficulty",
                    ref(r, h.columns.get(Column.DIFFICULTY)) + ": " + difficultyText));
        }
        return difficulty;
    }

    private TextFormat format(Header h, int r, String formatText) {
        if (formatText.isEmpty()) {
            return TextFormat.PLAIN;
        }
        return switch (normalise(formatText)) {
            case "van ban", "van ban thuong", "plain", "text", "plain text" -> TextFormat.PLAIN;
            case "html" -> TextFormat.HTML;
            default -> {
                problems.add(new ImportProblem(r + 1, "import.xlsx.unknownFormat",
                        ref(r, h.columns.get(Column.FORMAT)) + ": " + formatText));
                yield TextFormat.PLAIN;
            }
        };
    }

    private String stem(Header h, int r, String given, TextFormat format, QuestionHtml html) {
        String stem = given;
        String stemRef = ref(r, h.columns.get(Column.STEM));
        if (format == TextFormat.HTML) {
            noImages(stem, r + 1, stemRef);
            stem = html.clean(stem);
        }
        if (format == TextFormat.HTML ? SafeHtml.text(stem).isBlank() && !stem.contains("<img") : stem.isEmpty()) {
            problems.add(new ImportProblem(r + 1, "import.xlsx.emptyStem", stemRef));
        }
        return stem;
    }

    /** The options A … the last one filled, with their letters. */
    private record Options(List<String> texts, List<Character> letters) {
    }

    /** options A … the last one filled, none missing in between */
    private Options options(Header h, int r, TreeMap<Character, String> opts, TextFormat format,
            QuestionHtml html) {
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
                problems.add(new ImportProblem(r + 1, "import.xlsx.emptyOption", cellRef + ": " + letter));
            }
            if (format == TextFormat.HTML) {
                noImages(text, r + 1, cellRef);
                text = html.clean(text);
            }
            options.add(text);
            letters.add(letter);
        }
        return new Options(options, letters);
    }

    /** a true/false question: its options Đúng, Sai (given or left empty), the key a truth word or a letter */
    private List<Choice> trueFalseChoices(Header h, int r, Options o, String keyText, TextFormat format) {
        List<String> options = o.texts();
        String keyRef = ref(r, h.columns.get(Column.KEY));
        int[] order = options.isEmpty() ? new int[] {0, 1} : trueFalseOrder(options);
        if (order == null) {
            problems.add(new ImportProblem(r + 1, "import.xlsx.trueFalseOptions",
                    ref(r, h.options.firstEntry().getValue()) + ": " + String.join(" / ", options)));
            return List.of();
        }
        if (keyText.isEmpty()) {
            problems.add(new ImportProblem(r + 1, "import.xlsx.missingKey", keyRef));
            return List.of();
        }
        Boolean answer = truth(keyText);
        if (answer == null && !options.isEmpty()) {
            // a letter naming one of the two given options
            List<Character> k = letters(keyText);
            if (k.size() == 1 && k.get(0) - 'A' < 2) {
                answer = (k.get(0) - 'A') == order[0];
            }
        }
        if (answer == null) {
            problems.add(new ImportProblem(r + 1, "import.xlsx.badKey", keyRef + ": " + keyText));
            return List.of();
        }
        String t = format == TextFormat.HTML ? SafeHtml.escape(TRUE_TEXT) : TRUE_TEXT;
        String f = format == TextFormat.HTML ? SafeHtml.escape(FALSE_TEXT) : FALSE_TEXT;
        return List.of(new Choice(t, answer), new Choice(f, !answer));
    }

    /** a single or multiple answer question: at least two options, the key letters among theirs */
    private List<Choice> choices(Header h, int r, QuestionType type, Options o, String keyText) {
        String keyRef = ref(r, h.columns.get(Column.KEY));
        if (o.texts().size() < 2) {
            problems.add(new ImportProblem(r + 1, "import.xlsx.tooFewOptions",
                    ref(r, h.options.isEmpty() ? h.columns.get(Column.STEM) : h.options.firstEntry().getValue())
                            + ": " + o.texts().size()));
        }
        List<Character> key = letters(keyText);
        if (keyText.isEmpty()) {
            problems.add(new ImportProblem(r + 1, "import.xlsx.missingKey", keyRef));
        } else if (key.isEmpty()) {
            problems.add(new ImportProblem(r + 1, "import.xlsx.badKey", keyRef + ": " + keyText));
        } else {
            for (char k : key) {
                if (!o.letters().contains(k)) {
                    problems.add(new ImportProblem(r + 1, "import.xlsx.keyWithoutOption", keyRef + ": " + k));
                }
            }
            if (type == QuestionType.SINGLE && key.size() > 1) {
                problems.add(new ImportProblem(r + 1, "import.xlsx.severalKeys", keyRef + ": " + keyText));
            }
        }
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < o.texts().size(); i++) {
            choices.add(new Choice(o.texts().get(i), key.contains(o.letters().get(i))));
        }
        return choices;
    }

    /** The id, topic, source and tags of a row, with the difficulty a tag may give. */
    private record Details(String externalId, List<String> topic, Difficulty difficulty, String source,
                           List<String> tags) {
    }

    private Details details(Header h, int r, Map<Column, String> v, Map<String, Integer> ids,
            Difficulty difficulty, String difficultyText) {
        String externalId = v.getOrDefault(Column.ID, "");
        if (!externalId.isEmpty()) {
            Integer first = ids.putIfAbsent(externalId, r + 1);
            if (first != null) {
                problems.add(new ImportProblem(r + 1, "import.xlsx.duplicateId",
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
        Difficulty d = difficulty;
        for (String tag : v.getOrDefault(Column.TAGS, "").split("[;\\n]")) {
            String t = tag.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (d == null && difficultyText.isEmpty() && Qti21Format.tagDifficulty(t) != null) {
                d = Qti21Format.tagDifficulty(t);
            } else if (source.isEmpty() && t.toLowerCase(Locale.ROOT).startsWith(Qti21Format.SOURCE_TAG)
                    && !t.substring(Qti21Format.SOURCE_TAG.length()).isBlank()) {
                source = t.substring(Qti21Format.SOURCE_TAG.length()).strip();
            } else {
                tags.add(t);
            }
        }
        return new Details(externalId, topic, d, source, tags);
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

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
