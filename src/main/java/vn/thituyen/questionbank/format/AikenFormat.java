package vn.thituyen.questionbank.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;

/**
 * Moodle's Aiken format: a one-line stem, options {@code A. text} or {@code A) text}, then {@code ANSWER: X};
 * blank lines between questions. Every question read is a plain single-answer question.
 *
 * <p>Writing: single-answer plain questions whose stem and options are one line each, at most 26 options. A
 * true/false question is written as a two-option question "Đúng"/"Sai", so it reads back as a single-answer
 * question. Aiken has no place for the topic, tags, difficulty, source or identifier: they are not written.
 * Multiple-answer questions, HTML, multi-line text, more than 26 options and text that would read back as
 * something else are left out, each with its reason.
 */
public final class AikenFormat implements QuestionFormat {

    private static final Pattern OPTION = Pattern.compile("^([A-Z])[.)]\\s+(.*\\S)\\s*$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER:\\s*([A-Z])\\s*$");

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
        List<QuestionDraft> out = new ArrayList<>();
        List<ImportProblem> errors = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int stemLine = i + 1;
            String stem = lines[i].trim();
            if (OPTION.matcher(stem).matches() || ANSWER.matcher(stem).matches()) {
                errors.add(new ImportProblem(stemLine, "import.aiken.stemExpected", stem));
            }
            i++;
            List<String> options = new ArrayList<>();
            Integer correct = null;
            boolean closed = false;
            while (i < lines.length && !lines[i].isBlank()) {
                String line = lines[i].trim();
                Matcher om = OPTION.matcher(line);
                Matcher am = ANSWER.matcher(line);
                if (am.matches()) {
                    int idx = am.group(1).charAt(0) - 'A';
                    if (idx >= options.size()) {
                        errors.add(new ImportProblem(i + 1, "import.aiken.answerUnknown", am.group(1)));
                    } else {
                        correct = idx;
                    }
                    closed = true;
                    i++;
                    break;
                } else if (om.matches()) {
                    char expected = (char) ('A' + options.size());
                    if (om.group(1).charAt(0) != expected) {
                        errors.add(new ImportProblem(i + 1, "import.aiken.optionOrder", String.valueOf(expected)));
                    }
                    options.add(TextFiles.nfc(om.group(2)));
                } else {
                    errors.add(new ImportProblem(i + 1, "import.aiken.unexpected", line));
                }
                i++;
            }
            if (!closed) {
                errors.add(new ImportProblem(i, "import.aiken.answerMissing", stem));
            } else if (options.size() < 2) {
                errors.add(new ImportProblem(stemLine, "import.aiken.tooFewOptions", stem));
            }
            if (correct != null && errors.isEmpty()) {
                out.add(QuestionDraft.single(stemLine, TextFiles.nfc(stem), options, correct));
            }
            // anything after ANSWER up to the blank line is an error
            while (i < lines.length && !lines[i].isBlank()) {
                errors.add(new ImportProblem(i + 1, "import.aiken.unexpected", lines[i].trim()));
                i++;
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportException(errors);
        }
        if (out.isEmpty()) {
            throw new ImportException(new ImportProblem(1, "import.aiken.empty", ""));
        }
        return new Parsed(out, List.of());
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
        // a stem like "A. …" or "ANSWER: B" would be read as an option or a key
        if (OPTION.matcher(q.stem()).matches() || ANSWER.matcher(q.stem()).matches()) {
            return "import.aiken.omitted.unreadable";
        }
        return null;
    }
}
