package vn.thituyen.questionbank.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's Aiken format: a one-line stem, options "A. text" or "A) text", then "ANSWER: X"; blank lines between
 * questions. Parsing is all-or-nothing: any problem is reported with its line number and nothing is returned.
 */
public final class AikenFormat {

    private static final Pattern OPTION = Pattern.compile("^([A-Z])[.)]\\s+(.*\\S)\\s*$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER:\\s*([A-Z])\\s*$");

    private AikenFormat() {
    }

    public record ParsedQuestion(int line, String stem, List<String> options, int correctIndex) {
    }

    public record LineError(int line, String messageKey, String detail) {
    }

    public static final class AikenException extends RuntimeException {
        private final List<LineError> errors;

        AikenException(List<LineError> errors) {
            super(errors.size() + " error(s), first at line " + errors.get(0).line());
            this.errors = List.copyOf(errors);
        }

        public List<LineError> errors() {
            return errors;
        }
    }

    public static List<ParsedQuestion> parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        List<ParsedQuestion> out = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int stemLine = i + 1;
            String stem = lines[i].trim();
            if (OPTION.matcher(stem).matches() || ANSWER.matcher(stem).matches()) {
                errors.add(new LineError(stemLine, "import.aiken.stemExpected", stem));
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
                        errors.add(new LineError(i + 1, "import.aiken.answerUnknown", am.group(1)));
                    } else {
                        correct = idx;
                    }
                    closed = true;
                    i++;
                    break;
                } else if (om.matches()) {
                    char expected = (char) ('A' + options.size());
                    if (om.group(1).charAt(0) != expected) {
                        errors.add(new LineError(i + 1, "import.aiken.optionOrder", String.valueOf(expected)));
                    }
                    options.add(nfc(om.group(2)));
                } else {
                    errors.add(new LineError(i + 1, "import.aiken.unexpected", line));
                }
                i++;
            }
            if (!closed) {
                errors.add(new LineError(i, "import.aiken.answerMissing", stem));
            } else if (options.size() < 2) {
                errors.add(new LineError(stemLine, "import.aiken.tooFewOptions", stem));
            }
            if (correct != null && errors.isEmpty()) {
                out.add(new ParsedQuestion(stemLine, nfc(stem), List.copyOf(options), correct));
            }
            // anything after ANSWER up to the blank line is an error
            while (i < lines.length && !lines[i].isBlank()) {
                errors.add(new LineError(i + 1, "import.aiken.unexpected", lines[i].trim()));
                i++;
            }
        }
        if (!errors.isEmpty()) {
            throw new AikenException(errors);
        }
        if (out.isEmpty()) {
            throw new AikenException(List.of(new LineError(1, "import.aiken.empty", "")));
        }
        return out;
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
