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
     * Writes the questions. A question the format cannot hold (e.g. a multiple-answer question in Aiken) is left
     * out and named in {@link Exported#omitted()}, never silently changed.
     */
    Exported write(List<QuestionDraft> questions);

    /** What a file holds: the questions, and the items left out with where and why. */
    record Parsed(List<QuestionDraft> questions, List<ImportProblem> skipped) {
        public Parsed {
            questions = List.copyOf(questions);
            skipped = List.copyOf(skipped);
        }
    }

    /** The file and the questions left out (by their {@code line}/position in the given list, 1-based). */
    record Exported(byte[] data, List<ImportProblem> omitted) {
    }
}
