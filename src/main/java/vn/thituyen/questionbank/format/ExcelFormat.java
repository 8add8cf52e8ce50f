package vn.thituyen.questionbank.format;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    static final String TYPE_SINGLE = "Một đáp án";
    static final String TYPE_MULTIPLE = "Nhiều đáp án";
    static final String TYPE_TRUE_FALSE = "Đúng/Sai";
    static final String FORMAT_PLAIN = "Văn bản";
    static final String FORMAT_HTML = "HTML";
    static final String TRUE_TEXT = "Đúng";
    static final String FALSE_TEXT = "Sai";

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

    @Override
    public Parsed read(byte[] file) {
        return new ExcelReader().read(file);
    }

    @Override
    public Exported write(List<QuestionDraft> questions) {
        return new ExcelWriter().write(questions);
    }

    /** The blank template: the question sheet with its header, drop-downs and widths, and the guide. */
    public byte[] template() {
        return new ExcelWriter().template();
    }

    /** lower case, no diacritics (đ → d), punctuation as single spaces: how headers and words are compared */
    static String normalise(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return n.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
