package vn.thituyen.questionbank.format;

import java.util.List;

/**
 * Moodle's Aiken format: a one-line stem, options {@code A. text} or {@code A) text}, then {@code ANSWER: X}.
 * Every question read is a plain single-answer question.
 *
 * <p>Reading follows Moodle's importer (qformat_aiken): every line is trimmed and lines shorter than two bytes
 * (blank lines among them) are passed over, so questions need no blank line between them; a line starting with a
 * capital letter and {@code )} or {@code .} is an option, with or without a space after it ({@code A)Paris},
 * {@code A. Paris}); a line starting with {@code ANSWER:} closes the question, whose key is the letter after the
 * colon; any other line starts a question. Where Moodle would quietly drop a question (a stem without options,
 * a question without {@code ANSWER:}, options without a stem), the file is refused with the line at fault, each
 * problem named once: the options of a block without a stem are not reported again, one by one. Beyond Moodle,
 * the letters must run A, B, C… (a gap would shift the key onto another option), an option may not be empty,
 * and the key must be one letter, optionally followed by {@code )} or {@code .} and the option's text
 * ({@code ANSWER: B, C} is refused, where Moodle would take B); a line such as {@code Answer: B} that Moodle would
 * take for the next question's text is reported as a malformed key line.
 *
 * <p>Writing: single-answer plain questions whose stem and options are one line each, at most 26 options. A
 * true/false question is written as a two-option question "Đúng"/"Sai", so it reads back as a single-answer
 * question. Aiken has no place for the topic, tags, difficulty, source or identifier: they are not written.
 * Multiple-answer questions, HTML, multi-line text, more than 26 options and text that would read back as
 * something else are left out, each with its reason.
 */
public final class AikenFormat implements QuestionFormat {

    @Override
    public String id() {
        return "aiken";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public String mimeType() {
        return "text/plain";
    }

    @Override
    public Parsed read(byte[] file) {
        return new AikenReader().read(file);
    }

    @Override
    public Exported write(List<QuestionDraft> questions) {
        return new AikenWriter().write(questions);
    }
}
