package vn.thituyen.questionbank.format;

import java.util.List;

/**
 * Moodle XML ({@code <quiz><question type="…">…}), read as Moodle's qformat_xml reads it and written as Moodle 4
 * writes it.
 *
 * <p>Reading: {@code <question type="category">} sets the topic of the questions after it (context and
 * {@code top} dropped, "//" is a "/" in a name). {@code multichoice} with {@code <single>} true (one answer at
 * 100 %: a single-answer question; answers between 0 and 100 % are partial credit, which the bank does not hold,
 * so such a question is skipped) or false (a multiple-answer question whose correct options are those with a
 * positive fraction, summing to 100 %); {@code multichoiceset} (the "all or nothing" plugin) as a multiple-answer
 * question; {@code truefalse} with answers "true"/"false". {@code format="html"} text (and text with an unknown
 * or no format, as Moodle assumes) is HTML cleaned by {@link SafeHtml}; plain_text, markdown and wiki_like text is
 * plain; moodle_auto_format text is plain unless it holds HTML tags, which Moodle shows as HTML (see
 * {@link Drafts.Kind}); one HTML part makes the whole question HTML. {@code <file>}
 * elements inside the question text and answers become the draft's media, referenced as
 * {@code @@PLUGINFILE@@/name} (URL-encoded names, as Moodle writes them, are resolved; the HTML keeps the
 * reference as written); a file the bank cannot store, or that the question does not show, is left out with a
 * warning, and content the safe HTML cannot hold is handled by {@link QuestionHtml}. A multichoice answer's grade
 * must be one of Moodle's listed grades ({@link MoodleGrades}), or the file is refused, as Moodle's default does;
 * {@link ReadOptions#nearestGrade()} takes the nearest listed grade instead, with a warning. The external id is the
 * {@code <idnumber>} when it has one, else the {@code <name>}. Tags {@code difficulty:…} and {@code source:…} fill
 * those fields; {@code <coursetags>} are read as tags, as Moodle 4 merges them. Feedback, hints, the default grade,
 * penalties and numbering are accepted and not kept. Other question types are skipped. Malformed XML is reported
 * with the parser's line; DTDs and external entities are never processed.
 *
 * <p>Writing: a Moodle-4-style document: category questions when the topic changes, names and idnumbers from the
 * external id (a question without one gets an empty name), CDATA for HTML, files base64 in the question text or
 * the answer that shows them, fractions as Moodle writes them (100, 0, 33.33333, -100 for the wrong options of a
 * multiple-answer question), tags including {@code difficulty:} and {@code source:}. What Moodle will cut (a tag
 * over 50 characters…) is named in {@link Exported#notes()} ({@link MoodleLimits}).
 */
public final class MoodleXmlFormat implements QuestionFormat {

    @Override
    public String id() {
        return "moodlexml";
    }

    @Override
    public String extension() {
        return "xml";
    }

    @Override
    public String mimeType() {
        return "application/xml";
    }

    @Override
    public Parsed read(byte[] file) {
        return read(file, ReadOptions.DEFAULT);
    }

    @Override
    public Parsed read(byte[] file, ReadOptions options) {
        return new MoodleXmlReader().read(file, options);
    }

    @Override
    public Exported write(List<QuestionDraft> questions) {
        return new MoodleXmlWriter().write(questions);
    }
}
