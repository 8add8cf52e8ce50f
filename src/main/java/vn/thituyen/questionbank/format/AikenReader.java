package vn.thituyen.questionbank.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thituyen.questionbank.format.QuestionFormat.Parsed;

/** One read of an Aiken file, as Moodle's qformat_aiken reads it; see {@link AikenFormat} for the rules. */
final class AikenReader {

    /** Moodle's {@code /^[A-Z][).][ \t]?/}: the letter, ")" or ".", an optional space or tab, the text */
    static final Pattern OPTION = Pattern.compile("^([A-Z])[).][ \t]?(.*)$");
    /** Moodle's {@code /^ANSWER:/} */
    static final Pattern ANSWER = Pattern.compile("^ANSWER:(.*)$");
    /** the key after "ANSWER:": one letter, optionally ")" or "." and the option's text repeated */
    private static final Pattern KEY = Pattern.compile("^([A-Z])(?:[).](?:\\s.*)?)?$");
    /** what was meant as a key line but Moodle would read as the next stem: "Answer: B", "ANSWER : B" */
    static final Pattern ANSWER_LIKE = Pattern.compile("^answer\\s*[:：].*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    Parsed read(byte[] file) {
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

}
