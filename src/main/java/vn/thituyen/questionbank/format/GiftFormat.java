package vn.thituyen.questionbank.format;

import java.util.List;

/**
 * Moodle's GIFT format, read as Moodle reads it (question/format/gift) and written as Moodle 4 writes it.
 *
 * <p>Reading: questions are separated by blank lines; lines starting with {@code //} are comments, from which the
 * {@code [id:…]} and {@code [tag:…]} tokens Moodle 3.6+ writes are taken. {@code $CATEGORY: $course$/top/A/B}
 * sets the topic of the questions after it (context and {@code top} dropped, "//" is a "/" in a name).
 * {@code ::title::} names a question; the external id is the {@code [id:]} when there is one, else the title.
 * {@code [html]} text is HTML (cleaned by {@link SafeHtml}); {@code [plain]} and {@code [markdown]} text is plain;
 * unmarked and {@code [moodle]} text is plain unless it holds HTML tags, which Moodle shows as HTML (see
 * {@link Drafts.Kind}); content the safe HTML cannot hold is handled by {@link QuestionHtml}. Escapes
 * {@code \~ \= \# \{ \} \: \\ \n}. The answer block may stand anywhere: text
 * after it stays in the stem, with "_____" where the block was (Moodle's missing word). Single choice
 * {@code {=right ~wrong}}; multiple answers {@code {~%50%a ~%50%b ~%-100%c}} (correct = positive weight, the
 * positive weights summing to 100; every weight one of Moodle's listed grades, see {@link MoodleGrades}, else the
 * file is refused or, with {@link ReadOptions#nearestGrade()}, the nearest listed grade is taken with a warning);
 * true/false {@code {T} {TRUE} {F} {FALSE}}. Answer feedback {@code #…} and
 * general feedback {@code ####…} are accepted and not kept: the bank has no place for them. Essay, short answer,
 * numerical, matching, descriptions and single-choice questions with partial credit are skipped, not errors.
 *
 * <p>Writing: categories, {@code // [id:…] [tag:…]} comments, {@code ::id::} titles, every special character
 * escaped, {@code [html]} before HTML text and {@code [plain]} before plain text that Moodle would otherwise take
 * for HTML or a format marker; weights {@code %33.33333%} for the correct options of a multiple-answer question
 * and {@code %-100%} for the wrong ones; {@code {TRUE}}/{@code {FALSE}}. Files cannot travel in GIFT: a question
 * with images is left out. Difficulty and source are written as the tags {@code difficulty:…} and
 * {@code source:…}.
 */
public final class GiftFormat implements QuestionFormat {

    @Override
    public String id() {
        return "gift";
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
        return read(file, ReadOptions.DEFAULT);
    }

    @Override
    public Parsed read(byte[] file, ReadOptions options) {
        return new GiftReader().read(file, options);
    }

    @Override
    public Exported write(List<QuestionDraft> questions) {
        return new GiftWriter().write(questions);
    }
}
