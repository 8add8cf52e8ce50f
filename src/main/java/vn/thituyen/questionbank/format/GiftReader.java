package vn.thituyen.questionbank.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;
import vn.thituyen.questionbank.format.QuestionDraft.Choice;
import vn.thituyen.questionbank.format.QuestionFormat.Parsed;
import vn.thituyen.questionbank.format.QuestionFormat.ReadOptions;

/** One read of a GIFT file, as Moodle's qformat_gift reads it; see {@link GiftFormat} for the rules. */
final class GiftReader {

    private static final Pattern CATEGORY = Pattern.compile("^\\$CATEGORY:(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\\[id:((?:\\\\]|[^\\]\\p{Cntrl}])+)]");
    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^\\]<>\\p{Cntrl}])+)]");
    /** a weight as Moodle writes it, and as people write it in Vietnamese (decimal comma) */
    private static final Pattern WEIGHT = Pattern.compile("^%\\s*([-+]?\\d+(?:[.,]\\d+)?)\\s*%");
    /** something meant as a weight that is not one: "%%", "%1.2.3%", "%-%" */
    private static final Pattern BAD_WEIGHT = Pattern.compile("^%[-+0-9.,\\s]*%");
    private static final String MISSING_WORD = "_____";
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    Parsed read(byte[] file, ReadOptions options) {
        String[] lines = TextFiles.lines(TextFiles.decode(file, "import.gift.encoding"));
        Reading r = new Reading(options);
        List<Line> chunk = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            if (line.isEmpty()) {
                if (!chunk.isEmpty()) {
                    r.chunk(chunk);
                    chunk = new ArrayList<>();
                }
            } else {
                chunk.add(new Line(i + 1, line));
            }
        }
        if (!r.errors.isEmpty()) {
            throw new ImportException(r.errors);
        }
        if (r.questions.isEmpty() && r.skipped.isEmpty()) {
            throw new ImportException(new ImportProblem(1, "import.gift.empty", ""));
        }
        return new Parsed(r.questions, r.skipped, r.warnings);
    }

    private record Line(int number, String text) {
    }

    /** One answer of a block as written: its marker, weight, format and text. */
    private record Answer(int line, char marker, BigDecimal weight, Drafts.Kind kind, String text) {
    }

    /** The state of one file being read. */
    private static final class Reading {
        final List<QuestionDraft> questions = new ArrayList<>();
        final List<ImportProblem> skipped = new ArrayList<>();
        final List<ImportProblem> errors = new ArrayList<>();
        final List<ImportProblem> warnings = new ArrayList<>();
        /** warnings about the question being read, kept when it is imported */
        final List<ImportProblem> pending = new ArrayList<>();
        final ReadOptions options;
        List<String> topic = List.of();
        /** the HTML of the question being read */
        QuestionHtml html;

        Reading(ReadOptions options) {
            this.options = options;
        }

        void chunk(List<Line> lines) {
            List<Line> comments = new ArrayList<>();
            List<Line> body = new ArrayList<>();
            for (Line l : lines) {
                if (l.text().startsWith("//")) {
                    comments.add(l);
                    body.add(new Line(l.number(), ""));
                } else {
                    body.add(l);
                }
            }
            // a category line sets the topic; what follows it in the same paragraph is a question
            for (int i = 0; i < body.size(); i++) {
                Matcher m = CATEGORY.matcher(body.get(i).text());
                if (m.matches()) {
                    topic = CategoryPath.parse(m.group(1));
                    body.set(i, new Line(body.get(i).number(), ""));
                    break;
                }
                if (!body.get(i).text().isEmpty()) {
                    break;
                }
            }
            Seq text = Seq.of(body).strip();
            if (text.length() == 0) {
                return;
            }
            question(text, comments);
        }

        void question(Seq text, List<Line> comments) {
            int start = text.line(0);
            String title = null;
            if (text.startsWith("::")) {
                int end = text.indexOf("::", 2);
                if (end < 0) {
                    error(start, "import.gift.unclosedTitle", text.excerpt());
                    return;
                }
                title = TextFiles.nfc(text.sub(2, end).string().strip());
                text = text.sub(end + 2, text.length()).strip();
                if (text.length() == 0) {
                    error(start, "import.gift.emptyStem", title);
                    return;
                }
            }
            int open = text.indexOf('{', 0);
            int stray = text.indexOf('}', 0);
            if (stray >= 0 && (open < 0 || stray < open)) {
                error(text.line(stray), "import.gift.unexpectedBrace", text.excerpt());
                return;
            }
            String name = title != null ? title : text.excerpt();
            pending.clear();
            html = new QuestionHtml(start, name, java.util.Map.of());
            if (open < 0) {
                skipped.add(new ImportProblem(start, "import.gift.skipped.description", name));
                return;
            }
            int close = text.indexOf('}', open + 1);
            int nested = text.indexOf('{', open + 1);
            if (close < 0) {
                error(text.line(open), "import.gift.unclosedBrace", name);
                return;
            }
            if (nested >= 0 && nested < close) {
                error(text.line(nested), "import.gift.nestedBrace", name);
                return;
            }
            int again = Math.max(text.indexOf('{', close + 1), text.indexOf('}', close + 1));
            if (again >= 0) {
                error(text.line(again), "import.gift.secondBlock", name);
                return;
            }
            Seq after = text.sub(close + 1, text.length()).strip();
            Seq stemSeq = after.length() == 0 ? text.sub(0, open)
                    : Seq.join(text.sub(0, open), Seq.literal(MISSING_WORD, text.line(open)), text.sub(close + 1,
                    text.length()));
            Seq block = text.sub(open + 1, close).strip();
            int blockLine = text.line(open);
            int general = block.lastIndexOf("####");
            if (general >= 0) {
                block = block.sub(0, general).strip();
            }
            Formatted stem = Formatted.of(stemSeq.strip(), Drafts.Kind.AUTO);
            if (block.length() == 0) {
                skipped.add(new ImportProblem(start, "import.gift.skipped.essay", name));
            } else if (block.special(0, '#')) {
                skipped.add(new ImportProblem(start, "import.gift.skipped.numerical", name));
            } else if (block.indexOf('~', 0) >= 0) {
                multichoice(start, title, comments, stem, block, blockLine, name);
            } else if (block.indexOf('=', 0) >= 0 && block.string().contains("->")) {
                skipped.add(new ImportProblem(start, "import.gift.skipped.matching", name));
            } else {
                int hash = block.indexOf('#', 0);
                String value = (hash < 0 ? block : block.sub(0, hash)).string().strip();
                switch (value) {
                    case "T", "TRUE" -> trueFalse(start, title, comments, stem, true, name);
                    case "F", "FALSE" -> trueFalse(start, title, comments, stem, false, name);
                    default -> skipped.add(new ImportProblem(start, "import.gift.skipped.shortAnswer", name));
                }
            }
        }

        void trueFalse(int start, String title, List<Line> comments, Formatted stem, boolean value,
                String name) {
            int before = errors.size();
            TextFormat format = stem.kind().format(stem.text());
            String stemText = text(start, stem.text(), stem.kind(), format);
            if (stemText.isEmpty()) {
                error(start, "import.gift.emptyStem", name);
            }
            add(before, start, title, comments, QuestionType.TRUE_FALSE, format, stemText, Drafts.trueFalse(value));
        }

        void multichoice(int start, String title, List<Line> comments, Formatted stem, Seq block, int blockLine,
                String name) {
            int before = errors.size();
            List<Answer> answers = answers(block);
            if (errors.size() > before) {
                return;
            }
            if (answers.size() < 2) {
                error(blockLine, "import.gift.tooFewOptions", name);
                return;
            }
            boolean single = answers.stream().anyMatch(a -> a.marker() == '=');
            Keys keys = single ? singleKey(answers, blockLine, name) : multipleKeys(answers, blockLine, name);
            if (errors.size() > before) {
                return;
            }
            if (keys.partial()) {
                skipped.add(new ImportProblem(start, "import.gift.skipped.partialCredit", name));
                return;
            }
            // an option without a marker has the stem's format; one HTML part makes the question HTML
            TextFormat format = stem.kind().format(stem.text());
            for (Answer a : answers) {
                if (own(a, stem).format(a.text()) == TextFormat.HTML) {
                    format = TextFormat.HTML;
                }
            }
            String stemText = text(start, stem.text(), stem.kind(), format);
            if (stemText.isEmpty()) {
                error(start, "import.gift.emptyStem", name);
            }
            List<Choice> choices = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                Answer a = answers.get(i);
                String t = text(a.line(), a.text(), own(a, stem), format);
                if (t.isEmpty()) {
                    error(a.line(), "import.gift.emptyOption", name);
                }
                choices.add(new Choice(t, keys.correct().get(i)));
            }
            add(before, start, title, comments, single ? QuestionType.SINGLE : QuestionType.MULTIPLE, format,
                    stemText, choices);
        }

        /** The answers of a block, each after its {@code ~} or {@code =}; text before the first is an error. */
        private List<Answer> answers(Seq block) {
            List<Answer> answers = new ArrayList<>();
            int first = Math.min(indexOr(block, '~'), indexOr(block, '='));
            if (block.sub(0, first).string().strip().length() > 0) {
                error(block.line(0), "import.gift.answerMarker", block.sub(0, first).excerpt());
            }
            for (int i = first; i < block.length(); ) {
                int next = Math.min(indexOr(block, '~', i + 1), indexOr(block, '=', i + 1));
                Answer a = answer(block.at(i), block.sub(i + 1, next), block.line(i));
                if (a != null) {
                    answers.add(a);
                }
                i = next;
            }
            return answers;
        }

        /** Which answers are correct, and whether some answer earns part of the grade (which the bank cannot hold). */
        private record Keys(List<Boolean> correct, boolean partial) {
        }

        /** A block with "=": the key is the one "=" answer (or at 100 %); another positive weight is partial credit. */
        private Keys singleKey(List<Answer> answers, int blockLine, String name) {
            boolean partial = false;
            List<Boolean> correct = new ArrayList<>();
            int keys = 0;
            for (Answer a : answers) {
                boolean full = a.weight() != null && a.weight().compareTo(HUNDRED) == 0;
                boolean key = a.marker() == '=' && a.weight() == null || full;
                boolean positive = a.weight() != null && a.weight().signum() > 0;
                if (key && ++keys == 2) {
                    error(a.line(), "import.gift.severalKeys", a.text());
                }
                partial |= !key && positive;
                correct.add(key);
            }
            if (keys == 0 && !partial) {
                error(blockLine, "import.gift.noKey", name);
            }
            return new Keys(correct, partial);
        }

        /** A block of "~" answers only: the keys are those with a positive weight, summing to 100 %. */
        private Keys multipleKeys(List<Answer> answers, int blockLine, String name) {
            List<Boolean> correct = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Answer a : answers) {
                boolean key = a.weight() != null && a.weight().signum() > 0;
                sum = key ? sum.add(a.weight()) : sum;
                correct.add(key);
            }
            if (sum.signum() == 0) {
                error(blockLine, "import.gift.noKey", name);
            } else if (sum.subtract(HUNDRED).abs().compareTo(new BigDecimal("0.5")) >= 0) {
                // Moodle accepts a question whose positive grades round to 100 % at two decimals
                error(blockLine, "import.gift.weightsSum", sum.stripTrailingZeros().toPlainString());
            }
            return new Keys(correct, false);
        }

        private static Drafts.Kind own(Answer a, Formatted stem) {
            return a.kind() != null ? a.kind() : stem.kind();
        }

        /** One answer after its marker: optional weight, optional format, text, optional feedback. */
        Answer answer(char marker, Seq raw, int line) {
            Seq rest = raw.strip();
            BigDecimal weight = null;
            String head = rest.string();
            Matcher w = WEIGHT.matcher(head);
            if (rest.length() > 0 && rest.special(0, '%') && w.find()) {
                try {
                    weight = new BigDecimal(w.group(1).replace(',', '.'));
                } catch (NumberFormatException e) {
                    weight = null;
                }
                if (weight == null || weight.abs().compareTo(HUNDRED) > 0) {
                    error(line, "import.gift.badWeight", w.group());
                    return null;
                }
                weight = grade(weight, w.group(), line);
                if (weight == null) {
                    return null;
                }
                rest = rest.sub(w.end(), rest.length()).strip();
            } else if (rest.length() > 0 && rest.special(0, '%') && BAD_WEIGHT.matcher(head).find()) {
                Matcher bad = BAD_WEIGHT.matcher(head);
                error(line, "import.gift.badWeight", bad.find() ? bad.group() : head);
                return null;
            }
            int hash = rest.indexOf('#', 0);
            Seq body = (hash < 0 ? rest : rest.sub(0, hash)).strip();
            Formatted f = Formatted.of(body, null);
            return new Answer(line, marker, weight, f.kind(), f.text());
        }

        /**
         * A weight as Moodle's importer takes it: one of Moodle's listed grades, the same list as for Moodle XML
         * (a value within its tolerance stands for the listed one); another refuses the file (null), or is taken as
         * the nearest listed grade with a warning when the person importing asked for that.
         */
        BigDecimal grade(BigDecimal weight, String written, int line) {
            BigDecimal listed = MoodleGrades.listed(weight);
            if (listed != null) {
                return listed;
            }
            if (!options.nearestGrade()) {
                error(line, "import.gift.badGrade", written);
                return null;
            }
            BigDecimal nearest = MoodleGrades.nearest(weight);
            pending.add(new ImportProblem(line, "import.gift.gradeNearest",
                    written + " → " + MoodleGrades.format(nearest) + "%", ""));
            return nearest;
        }

        void add(int errorsBefore, int start, String title, List<Line> comments, QuestionType type,
                TextFormat format, String stem, List<Choice> choices) {
            String id = null;
            List<String> rawTags = new ArrayList<>();
            List<Integer> tagLines = new ArrayList<>();
            for (Line c : comments) {
                Matcher m = ID.matcher(c.text());
                if (id == null && m.find()) {
                    id = m.group(1).replace("\\]", "]").strip();
                }
                Matcher t = TAG.matcher(c.text());
                while (t.find()) {
                    rawTags.add(t.group(1).replace("\\]", "]"));
                    tagLines.add(c.number());
                }
            }
            TagConvention.Result tags = TagConvention.read(rawTags);
            for (TagConvention.Found f : tags.issues()) {
                error(tagLines.get(f.index()), f.messageKey("gift"), f.tag());
            }
            if (errors.size() > errorsBefore) {
                return;
            }
            if (html.skip() != null) {
                skipped.add(html.skip());
                return;
            }
            String externalId = TextFiles.nfc(id != null && !id.isEmpty() ? id
                    : title != null && !title.isEmpty() ? title : null);
            questions.add(new QuestionDraft(start, externalId, type, format, stem, choices, topic,
                    tags.difficulty(), tags.source(), tags.tags(), List.of()));
            String name = title != null ? title : TextFiles.excerpt(Drafts.readable(stem, format));
            pending.forEach(p -> warnings.add(new ImportProblem(p.line(), p.messageKey(), p.detail(), name)));
            warnings.addAll(html.warnings());
        }

        /** The text in the question's format ("" when it shows nothing), converting a plain part to HTML. */
        String text(int line, String raw, Drafts.Kind own, TextFormat question) {
            if (question == TextFormat.PLAIN) {
                return TextFiles.nfc(raw.strip());
            }
            String given = own.toHtml(raw.strip());
            for (String src : Drafts.externalImages(given)) {
                error(line, "import.gift.externalImage", src);
            }
            String cleaned = html.clean(given);
            for (String ref : Drafts.references(cleaned)) {
                error(line, "import.gift.imageMissing", ref);
            }
            return Drafts.shows(cleaned) ? cleaned : "";
        }

        void error(int line, String key, String detail) {
            errors.add(new ImportProblem(line, key, detail));
        }

        private static int indexOr(Seq s, char c) {
            return indexOr(s, c, 0);
        }

        private static int indexOr(Seq s, char c, int from) {
            int i = s.indexOf(c, from);
            return i < 0 ? s.length() : i;
        }
    }

    /** Text after an optional [format] marker; {@code kind} is the default when there is no marker. */
    private record Formatted(Drafts.Kind kind, String text) {
        static Formatted of(Seq s, Drafts.Kind defaultKind) {
            if (s.length() > 0 && s.special(0, '[')) {
                int end = s.indexOf(']', 1);
                if (end > 0) {
                    Drafts.Kind k = switch (s.sub(1, end).string().toLowerCase(Locale.ROOT)) {
                        case "html" -> Drafts.Kind.HTML;
                        case "moodle" -> Drafts.Kind.AUTO;
                        case "plain", "markdown" -> Drafts.Kind.PLAIN;
                        default -> null;
                    };
                    if (k != null) {
                        return new Formatted(k, s.sub(end + 1, s.length()).string());
                    }
                }
            }
            return new Formatted(defaultKind, s.string());
        }
    }

    /**
     * Text with the escapes resolved: every character knows whether it was escaped (so it is never a control
     * character) and on which line of the file it stands, for precise error lines.
     */
    private static final class Seq {
        private final char[] chars;
        private final boolean[] escaped;
        private final int[] lines;
        private final int from;
        private final int to;

        private Seq(char[] chars, boolean[] escaped, int[] lines, int from, int to) {
            this.chars = chars;
            this.escaped = escaped;
            this.lines = lines;
            this.from = from;
            this.to = to;
        }

        static Seq of(List<Line> body) {
            StringBuilder c = new StringBuilder();
            List<Boolean> e = new ArrayList<>();
            List<Integer> l = new ArrayList<>();
            for (int n = 0; n < body.size(); n++) {
                Line line = body.get(n);
                String s = line.text();
                for (int i = 0; i < s.length(); i++) {
                    char ch = s.charAt(i);
                    if (ch == '\\' && i + 1 < s.length()) {
                        char next = s.charAt(i + 1);
                        if (":#={}~\\".indexOf(next) >= 0 || next == 'n') {
                            c.append(next == 'n' ? '\n' : next);
                            e.add(true);
                            l.add(line.number());
                            i++;
                            continue;
                        }
                    }
                    c.append(ch);
                    e.add(false);
                    l.add(line.number());
                }
                if (n < body.size() - 1) {
                    c.append('\n');
                    e.add(false);
                    l.add(line.number());
                }
            }
            boolean[] esc = new boolean[e.size()];
            int[] ln = new int[l.size()];
            for (int i = 0; i < esc.length; i++) {
                esc[i] = e.get(i);
                ln[i] = l.get(i);
            }
            int first = body.isEmpty() ? 0 : body.get(0).number();
            return new Seq(c.toString().toCharArray(), esc, ln.length == 0 ? new int[] {first} : ln, 0,
                    c.length());
        }

        static Seq literal(String s, int line) {
            boolean[] esc = new boolean[s.length()];
            java.util.Arrays.fill(esc, true);
            int[] ln = new int[s.length()];
            java.util.Arrays.fill(ln, line);
            return new Seq(s.toCharArray(), esc, ln, 0, s.length());
        }

        static Seq join(Seq... parts) {
            StringBuilder c = new StringBuilder();
            int n = 0;
            for (Seq p : parts) {
                n += p.length();
            }
            boolean[] esc = new boolean[n];
            int[] ln = new int[Math.max(n, 1)];
            int k = 0;
            for (Seq p : parts) {
                for (int i = 0; i < p.length(); i++, k++) {
                    c.append(p.at(i));
                    esc[k] = p.escaped[p.from + i];
                    ln[k] = p.line(i);
                }
            }
            if (n == 0) {
                ln[0] = parts.length > 0 ? parts[0].line(0) : 0;
            }
            return new Seq(c.toString().toCharArray(), esc, ln, 0, n);
        }

        int length() {
            return to - from;
        }

        char at(int i) {
            return chars[from + i];
        }

        /** Whether position i holds the unescaped character c. */
        boolean special(int i, char c) {
            return chars[from + i] == c && !escaped[from + i];
        }

        /** The file line of position i (of the nearest position for an empty text). */
        int line(int i) {
            int abs = Math.max(0, Math.min(from + Math.max(i, 0), lines.length - 1));
            return lines[abs];
        }

        Seq sub(int a, int b) {
            return new Seq(chars, escaped, lines, from + a, from + b);
        }

        Seq strip() {
            int a = 0;
            int b = length();
            while (a < b && Character.isWhitespace(at(a)) && !escaped[from + a]) {
                a++;
            }
            while (b > a && Character.isWhitespace(at(b - 1)) && !escaped[from + b - 1]) {
                b--;
            }
            return a == 0 && b == length() ? this : sub(a, b);
        }

        int indexOf(char c, int start) {
            for (int i = Math.max(start, 0); i < length(); i++) {
                if (special(i, c)) {
                    return i;
                }
            }
            return -1;
        }

        int indexOf(String s, int start) {
            outer:
            for (int i = Math.max(start, 0); i <= length() - s.length(); i++) {
                for (int k = 0; k < s.length(); k++) {
                    if (!special(i + k, s.charAt(k))) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        int lastIndexOf(String s) {
            int found = -1;
            for (int i = indexOf(s, 0); i >= 0; i = indexOf(s, i + 1)) {
                found = i;
            }
            return found;
        }

        boolean startsWith(String s) {
            return indexOf(s, 0) == 0;
        }

        String string() {
            return new String(chars, from, length());
        }

        String excerpt() {
            return TextFiles.excerpt(string());
        }
    }
}
