package vn.thituyen.questionbank.format;

import java.util.List;

/**
 * An exchange format for questions (Aiken, GIFT, Moodle XML, QTI 2.1, the Excel template). Reading is
 * all-or-nothing: a file with any problem throws {@link ImportException} listing every problem with its line.
 */
public interface QuestionFormat {

    /** short stable id: aiken, gift, moodlexml, qti21, xlsx */
    String id();

    /** file name extension for exports, without the dot */
    String extension();

    String mimeType();

    /**
     * Reads every question of the file, in file order, or throws {@link ImportException} listing every problem
     * found (malformed text, a question without a key, an unknown option letter…). Items of a kind the bank does
     * not hold (essay, matching, numerical, descriptions…) are not errors: they are returned in
     * {@link Parsed#skipped()} so the preview can say what will be left out.
     */
    Parsed read(byte[] file);

    /**
     * Reads with the options the person importing chose; formats without options read as {@link #read(byte[])}.
     */
    default Parsed read(byte[] file, ReadOptions options) {
        return read(file);
    }

    /**
     * Writes the questions. A question the format cannot hold (e.g. a multiple-answer question in Aiken) is left
     * out and named in {@link Exported#omitted()}, never silently changed.
     */
    Exported write(List<QuestionDraft> questions);

    /**
     * What a file holds: the questions, the items left out with where and why, and warnings: what was changed or
     * left out of a question that is still imported (a file the bank cannot store, MathML kept as text…), so the
     * preview says so before anything is stored.
     */
    record Parsed(List<QuestionDraft> questions, List<ImportProblem> skipped, List<ImportProblem> warnings) {
        public Parsed {
            questions = List.copyOf(questions);
            skipped = List.copyOf(skipped);
            warnings = List.copyOf(warnings);
        }

        public Parsed(List<QuestionDraft> questions, List<ImportProblem> skipped) {
            this(questions, skipped, List.of());
        }
    }

    /**
     * How to read a file.
     *
     * @param nearestGrade Moodle's "nearest grade if not listed": an answer grade outside Moodle's list of grades
     *                     is taken as the nearest listed grade (with a warning) instead of refusing the file, which
     *                     is Moodle's default ("error")
     */
    record ReadOptions(boolean nearestGrade) {
        /** Moodle's default: a grade outside the list refuses the file. */
        public static final ReadOptions DEFAULT = new ReadOptions(false);
    }

    /**
     * The file, the questions left out (by their {@code line}/position in the given list, 1-based), and notes on
     * questions written with a loss the reading system will make (a tag Moodle cuts at 50 characters…).
     */
    record Exported(byte[] data, List<ImportProblem> omitted, List<ImportProblem> notes) {
        public Exported {
            omitted = List.copyOf(omitted);
            notes = List.copyOf(notes);
        }

        public Exported(byte[] data, List<ImportProblem> omitted) {
            this(data, omitted, List.of());
        }
    }
}
