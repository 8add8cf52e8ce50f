package vn.thituyen.questionbank.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;

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

    /** Moodle's {@code /^[A-Z][).][ \t]?/}: the letter, ")" or ".", an optional space or tab, the text */
    static final Pattern OPTION = Pattern.compile("^([A-Z])[).][ \t]?(.*)$");
    /** Moodle's {@code /^ANSWER:/} */
    static final Pattern ANSWER = Pattern.compile("^ANSWER:(.*)$");
    /** the key after "ANSWER:": one letter, optionally ")" or "." and the option's text repeated */
    private static final Pattern KEY = Pattern.compile("^([A-Z])(?:[).](?:\\s.*)?)?$");
    /** what was meant as a key line but Moodle would read as the next stem: "Answer: B", "ANSWER : B" */
    private static final Pattern ANSWER_LIKE = Pattern.compile("^answer\\s*[:：].*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
        String[] lines = TextFiles.lines(TextFiles.decode(file, "import.aiken.encoding"));
        Reading r = new Reading();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            // Moodle passes over lines shorter than two bytes (strlen): blank lines, a lone "1" or "."
            if (line.getBytes(StandardCharsets.UTF_8).length >= 2) {
                r.line(i + 1, line);
            }
        }
        r.end();
        if (!r.errors.isEmpty()) {
            throw new ImportException(r.errors);
        }
        if (r.questions.isEmpty()) {
            throw new ImportException(new ImportProblem(1, "import.aiken.empty", ""));
        }
        return new Parsed(r.questions, List.of());
    }

    /** The state of one file being read: the question being read, if any. */
    private static final class Reading {
        final List<QuestionDraft> questions = new ArrayList<>();
        final List<ImportProblem> errors = new ArrayList<>();
        /** the open question: its stem line and text, its options, whether it already has an error */
        int stemLine;
        String stem;
        List<String> options;
        int lastOptionLine;
        boolean faulty;
        /** options (and a key) after a reported missing stem, which are not reported again */
        boolean orphans;

        void line(int number, String line) {
            Matcher option = OPTION.matcher(line);
            Matcher answer = ANSWER.matcher(line);
            if (option.matches()) {
                option(number, line, option.group(1).charAt(0), option.group(2).strip());
            } else if (answer.matches()) {
                answer(number, line, answer.group(1).strip());
            } else if (ANSWER_LIKE.matcher(line).matches()) {
                malformedAnswer(number, line);
            } else {
                close(number, line);
                stem(number, line);
            }
        }

        void option(int number, String line, char letter, String text) {
            if (stem == null) {
                orphan(number, line);
                return;
            }
            char expected = (char) ('A' + options.size());
            if (letter != expected && !faulty) {
                error(number, "import.aiken.optionOrder", String.valueOf(expected));
            } else if (text.isEmpty() && !faulty) {
                error(number, "import.aiken.emptyOption", String.valueOf(letter));
            }
            options.add(TextFiles.nfc(text));
            lastOptionLine = number;
        }

        void answer(int number, String line, String key) {
            if (stem == null) {
                orphan(number, line);
                orphans = false;
                return;
            }
            Matcher k = KEY.matcher(key);
            int index = k.matches() ? k.group(1).charAt(0) - 'A' : -1;
            if (faulty) {
                // the options already have an error: the key's letter may point anywhere
                stem = null;
                return;
            }
            if (options.size() < 2) {
                error(stemLine, "import.aiken.tooFewOptions", stem);
            } else if (index < 0 || index >= options.size()) {
                error(number, "import.aiken.answerUnknown", key);
            } else {
                questions.add(QuestionDraft.single(stemLine, TextFiles.nfc(stem), options, index));
            }
            stem = null;
        }

        void malformedAnswer(int number, String line) {
            if (stem != null || !orphans) {
                error(number, "import.aiken.answerForm", line);
            }
            stem = null;
            orphans = false;
        }

        /** a line that is neither an option nor a key: the stem of the next question */
        void stem(int number, String line) {
            stemLine = number;
            stem = line;
            options = new ArrayList<>();
            faulty = false;
            orphans = false;
        }

        /** the end of the file */
        void end() {
            close(0, null);
        }

        /**
         * The open question ends without its ANSWER: line: {@code next} is the line starting the next question
         * ({@code text}), or 0 at the end of the file.
         */
        private void close(int next, String text) {
            if (stem == null) {
                return;
            }
            if (options.isEmpty()) {
                // a stem is one line: this line (or, at the end of the file, the stem) stands where options belong
                error(next > 0 ? next : stemLine, "import.aiken.unexpected", next > 0 ? text : stem);
            } else {
                error(lastOptionLine, "import.aiken.answerMissing", stem);
            }
            stem = null;
        }

        /** options or a key without a stem: reported once, at the first of them */
        private void orphan(int number, String line) {
            if (!orphans) {
                error(number, "import.aiken.stemExpected", line);
                orphans = true;
            }
        }

        private void error(int line, String key, String detail) {
            errors.add(new ImportProblem(line, key, detail));
            faulty = true;
        }
    }

    @Override
    public Exported write(List<QuestionDraft> questions) {
        StringBuilder out = new StringBuilder();
        List<ImportProblem> omitted = new ArrayList<>();
        for (int n = 0; n < questions.size(); n++) {
            QuestionDraft q = questions.get(n);
            String reason = unwritable(q);
            if (reason != null) {
                omitted.add(new ImportProblem(n + 1, reason, TextFiles.excerpt(
                        Drafts.readable(q.stem(), q.format()))));
                continue;
            }
            out.append(q.stem()).append('\n');
            for (int c = 0; c < q.choices().size(); c++) {
                out.append((char) ('A' + c)).append(". ").append(q.choices().get(c).text()).append('\n');
            }
            out.append("ANSWER: ").append((char) ('A' + q.correctIndexes().get(0))).append("\n\n");
        }
        return new Exported(out.toString().getBytes(StandardCharsets.UTF_8), omitted);
    }

    private static String unwritable(QuestionDraft q) {
        if (!Drafts.wellFormed(q)) {
            return "import.aiken.omitted.invalid";
        }
        if (q.type() == QuestionType.MULTIPLE) {
            return "import.aiken.omitted.type";
        }
        if (q.format() == TextFormat.HTML) {
            return "import.aiken.omitted.html";
        }
        if (!q.media().isEmpty()) {
            return "import.aiken.omitted.media";
        }
        if (q.choices().size() > 26) {
            return "import.aiken.omitted.tooManyOptions";
        }
        if (q.stem().contains("\n") || q.choices().stream().anyMatch(c -> c.text().contains("\n"))) {
            return "import.aiken.omitted.multiline";
        }
        // a stem like "A. …" or "ANSWER: B" would be read as an option or a key, one shorter than two bytes
        // would be passed over
        if (OPTION.matcher(q.stem()).matches() || ANSWER.matcher(q.stem()).matches()
                || ANSWER_LIKE.matcher(q.stem()).matches() || q.stem().getBytes(StandardCharsets.UTF_8).length < 2) {
            return "import.aiken.omitted.unreadable";
        }
        return null;
    }
}
