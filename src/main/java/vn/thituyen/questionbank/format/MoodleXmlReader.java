package vn.thituyen.questionbank.format;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;
import vn.thituyen.questionbank.format.QuestionDraft.Choice;
import vn.thituyen.questionbank.format.QuestionDraft.Media;
import vn.thituyen.questionbank.format.QuestionFormat.Parsed;
import vn.thituyen.questionbank.format.QuestionFormat.ReadOptions;

/** One read of a Moodle XML file, as Moodle's qformat_xml reads it; see {@link MoodleXmlFormat} for the rules. */
final class MoodleXmlReader {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    Parsed read(byte[] file, ReadOptions options) {
        Node quiz;
        try {
            quiz = Node.parse(file);
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? Math.max(e.getLocation().getLineNumber(), 1) : 1;
            throw new ImportException(new ImportProblem(line, "import.moodlexml.malformed", parserMessage(e)));
        }
        if (quiz == null || !quiz.name.equals("quiz")) {
            throw new ImportException(new ImportProblem(quiz == null ? 1 : quiz.line, "import.moodlexml.notQuiz",
                    quiz == null ? "" : quiz.name));
        }
        Reading r = new Reading(options);
        for (Node q : quiz.children("question")) {
            r.question(q);
        }
        if (!r.errors.isEmpty()) {
            throw new ImportException(r.errors);
        }
        if (r.questions.isEmpty() && r.skipped.isEmpty()) {
            throw new ImportException(new ImportProblem(quiz.line, "import.moodlexml.empty", ""));
        }
        return new Parsed(r.questions, r.skipped, r.warnings);
    }

    /** The JDK's message without its "ParseError at [row,col]:[3,5] Message:" prefix: the line is given apart. */
    private static String parserMessage(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Message:");
        return (at >= 0 ? m.substring(at + "Message:".length()) : m).strip();
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

        Reading(ReadOptions options) {
            this.options = options;
        }

        void question(Node q) {
            pending.clear();
            String type = q.attr("type");
            if (type == null || type.isBlank()) {
                error(q.line, "import.moodlexml.noType", q.textOf("name"));
                return;
            }
            switch (type.strip().toLowerCase(Locale.ROOT)) {
                case "category" -> {
                    Node c = q.child("category");
                    topic = CategoryPath.parse(c == null ? "" : c.child("text") != null ? c.textOf("text")
                            : c.text.toString());
                }
                case "multichoice" -> multichoice(q, false);
                case "multichoiceset" -> multichoice(q, true);
                case "truefalse" -> trueFalse(q);
                case "essay" -> skip(q, "import.moodlexml.skipped.essay");
                case "shortanswer" -> skip(q, "import.moodlexml.skipped.shortAnswer");
                case "numerical" -> skip(q, "import.moodlexml.skipped.numerical");
                case "matching", "match" -> skip(q, "import.moodlexml.skipped.matching");
                case "description" -> skip(q, "import.moodlexml.skipped.description");
                case "cloze", "multianswer" -> skip(q, "import.moodlexml.skipped.cloze");
                default -> skipped.add(new ImportProblem(q.line, "import.moodlexml.skipped.other",
                        type.strip() + " – " + name(q)));
            }
        }

        void skip(Node q, String key) {
            skipped.add(new ImportProblem(q.line, key, name(q)));
        }

        /** How a question is named in messages: its Moodle name, else the start of its text. */
        static String name(Node q) {
            String name = q.textOf("name");
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
            Node text = q.child("questiontext");
            return text == null ? "" : TextFiles.excerpt(SafeHtml.text(String.valueOf(text.textOf("text"))));
        }

        /**
         * A multichoice question, or an "all or nothing" one (the popular qtype_multichoiceset plugin), whose
         * correct options are those with a positive fraction, each at 100 %.
         */
        void multichoice(Node q, boolean allOrNothing) {
            int before = errors.size();
            String name = name(q);
            Part stem = Part.of(q.child("questiontext"), Drafts.Kind.HTML, q.line);
            Map<String, Media> media = new LinkedHashMap<>();
            files(stem.node, media);
            oldImage(q, stem, media);
            String singleText = q.textOf("single");
            boolean single = !allOrNothing && (singleText == null || !Set.of("false", "0", "").contains(
                    singleText.strip().toLowerCase(Locale.ROOT)));
            List<Part> answers = new ArrayList<>();
            List<BigDecimal> fractions = new ArrayList<>();
            for (Node a : q.children("answer")) {
                answers.add(Part.of(a, stem.kind, a.line));
                files(a, media);
                fractions.add(fraction(a, allOrNothing, name));
            }
            if (errors.size() > before) {
                return;
            }
            if (answers.size() < 2) {
                error(q.line, "import.moodlexml.tooFewOptions", name);
                return;
            }
            Keys keys = single ? singleKey(q, answers, fractions, name)
                    : multipleKeys(q, fractions, allOrNothing, name);
            if (errors.size() > before) {
                return;
            }
            if (keys.partial()) {
                skipped.add(new ImportProblem(q.line, "import.moodlexml.skipped.partialCredit", name));
                return;
            }
            // one HTML part makes the question HTML
            TextFormat format = stem.format();
            for (Part a : answers) {
                format = a.format() == TextFormat.HTML ? TextFormat.HTML : format;
            }
            QuestionHtml html = new QuestionHtml(q.line, name, media);
            String stemText = text(stem, format, html, media, name);
            List<Choice> choices = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                String t = text(answers.get(i), format, html, media, null);
                if (t.isEmpty()) {
                    error(answers.get(i).line, "import.moodlexml.emptyOption", name);
                }
                choices.add(new Choice(t, keys.correct().get(i)));
            }
            add(before, q, single ? QuestionType.SINGLE : QuestionType.MULTIPLE, format, stemText, choices, html);
        }

        /** An answer's grade in percent; an "all or nothing" question's old exports mark the key instead. */
        private BigDecimal fraction(Node a, boolean allOrNothing, String name) {
            BigDecimal f = grade(a, fraction(a), name);
            // old multichoiceset exports mark the key with <correctanswer>1</correctanswer>
            String marked = a.textOf("correctanswer");
            if (allOrNothing && marked != null && !Set.of("", "0", "false").contains(marked.strip())) {
                f = HUNDRED;
            }
            return f;
        }

        /** Which answers are correct, and whether some answer earns part of the grade (which the bank cannot hold). */
        private record Keys(List<Boolean> correct, boolean partial) {
        }

        /** single=true: the key is the one answer at 100 %; another positive grade is partial credit. */
        private Keys singleKey(Node q, List<Part> answers, List<BigDecimal> fractions, String name) {
            List<Boolean> correct = new ArrayList<>();
            boolean partial = false;
            int keys = 0;
            for (int i = 0; i < answers.size(); i++) {
                boolean key = fractions.get(i).compareTo(HUNDRED) == 0;
                if (key && ++keys == 2) {
                    error(answers.get(i).line, "import.moodlexml.severalKeys", name);
                }
                partial |= !key && fractions.get(i).signum() > 0;
                correct.add(key);
            }
            if (keys == 0 && !partial) {
                error(q.line, "import.moodlexml.noKey", name);
            }
            return new Keys(correct, partial);
        }

        /** single=false: the keys are the answers with a positive grade, summing to 100 %. */
        private Keys multipleKeys(Node q, List<BigDecimal> fractions, boolean allOrNothing, String name) {
            List<Boolean> correct = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal f : fractions) {
                correct.add(f.signum() > 0);
                sum = f.signum() > 0 ? sum.add(f) : sum;
            }
            if (sum.signum() == 0) {
                error(q.line, "import.moodlexml.noKey", name);
            } else if (!allOrNothing && sum.subtract(HUNDRED).abs().compareTo(new BigDecimal("0.5")) >= 0) {
                // Moodle accepts a question whose positive grades round to 100 % at two decimals
                error(q.line, "import.moodlexml.weightsSum", sum.stripTrailingZeros().toPlainString());
            }
            return new Keys(correct, false);
        }

        void trueFalse(Node q) {
            int before = errors.size();
            String name = name(q);
            Part stem = Part.of(q.child("questiontext"), Drafts.Kind.HTML, q.line);
            Map<String, Media> media = new LinkedHashMap<>();
            files(stem.node, media);
            oldImage(q, stem, media);
            List<Node> answers = q.children("answer");
            Boolean trueIsCorrect = null;
            if (answers.size() == 2) {
                BigDecimal[] f = new BigDecimal[2];
                for (int i = 0; i < 2; i++) {
                    String t = String.valueOf(answers.get(i).textOf("text")).strip().toLowerCase(Locale.ROOT);
                    // old exports wrote localised texts: Moodle then takes the first answer as "true"
                    int slot = t.equals("true") ? 0 : t.equals("false") ? 1 : i;
                    if (f[slot] != null) {
                        f = null;
                        break;
                    }
                    f[slot] = fraction(answers.get(i));
                }
                if (f != null && f[0] != null && f[1] != null) {
                    boolean t100 = f[0].compareTo(HUNDRED) == 0;
                    boolean f100 = f[1].compareTo(HUNDRED) == 0;
                    if (t100 != f100 && f[t100 ? 1 : 0].signum() == 0) {
                        trueIsCorrect = t100;
                    }
                }
            }
            if (errors.size() > before) {
                return;
            }
            if (trueIsCorrect == null) {
                error(q.line, "import.moodlexml.badTrueFalse", name);
                return;
            }
            QuestionHtml html = new QuestionHtml(q.line, name, media);
            String stemText = text(stem, stem.format(), html, media, name);
            add(before, q, QuestionType.TRUE_FALSE, stem.format(), stemText, Drafts.trueFalse(trueIsCorrect),
                    html);
        }

        void add(int errorsBefore, Node q, QuestionType type, TextFormat format, String stem, List<Choice> choices,
                QuestionHtml html) {
            List<String> raw = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (String holder : List.of("tags", "coursetags")) {
                Node tags = q.child(holder);
                if (tags != null) {
                    for (Node t : tags.children("tag")) {
                        String v = t.child("text") != null ? t.textOf("text") : t.text.toString();
                        // Moodle 4 merges course tags into the question's tags, ignoring case
                        if (raw.stream().noneMatch(x -> x.strip().equalsIgnoreCase(v.strip()))) {
                            raw.add(v);
                            lines.add(t.line);
                        }
                    }
                }
            }
            TagConvention.Result tags = TagConvention.read(raw);
            for (TagConvention.Found f : tags.issues()) {
                error(lines.get(f.index()), f.messageKey("moodlexml"), f.tag());
            }
            if (errors.size() > errorsBefore) {
                return;
            }
            if (html.skip() != null) {
                skipped.add(html.skip());
                return;
            }
            List<Media> media = html.keptFiles();
            String idnumber = q.textOf("idnumber");
            String name = q.textOf("name");
            String externalId = idnumber != null && !idnumber.isBlank() ? idnumber.strip()
                    : name != null && !name.isBlank() ? name.strip() : null;
            questions.add(new QuestionDraft(q.line, TextFiles.nfc(externalId), type, format, stem, choices, topic,
                    tags.difficulty(), tags.source(), tags.tags(), media));
            warnings.addAll(pending);
            warnings.addAll(html.warnings());
        }

        /** A stem or option in the question's format; HTML must find every file it shows. */
        String text(Part p, TextFormat question, QuestionHtml html, Map<String, Media> media, String stemOf) {
            String out;
            if (question == TextFormat.HTML) {
                String given = p.kind.toHtml(p.text);
                for (String src : Drafts.externalImages(given)) {
                    error(p.line, "import.moodlexml.externalImage", src);
                }
                out = html.clean(given);
                for (String ref : Drafts.references(out)) {
                    if (Drafts.resolve(ref, media.keySet()) == null) {
                        error(p.line, "import.moodlexml.missingFile", ref);
                    }
                }
                out = Drafts.shows(out) ? out : "";
            } else {
                out = TextFiles.nfc(p.text);
            }
            if (stemOf != null && out.isEmpty()) {
                error(p.line, "import.moodlexml.emptyStem", stemOf);
            }
            return out;
        }

        /**
         * A multichoice answer's grade as Moodle's importer takes it: one of Moodle's listed grades (a value within
         * its tolerance stands for the listed one); another value refuses the file, or, when the person importing
         * asked for the nearest grade, is taken as the nearest listed one with a warning.
         */
        BigDecimal grade(Node answer, BigDecimal percent, String name) {
            BigDecimal listed = MoodleGrades.listed(percent);
            if (listed != null) {
                return listed;
            }
            String raw = answer.attr("fraction").strip();
            if (!options.nearestGrade()) {
                error(answer.line, "import.moodlexml.badGrade", raw);
                return percent;
            }
            BigDecimal nearest = MoodleGrades.nearest(percent);
            pending.add(new ImportProblem(answer.line, "import.moodlexml.gradeNearest",
                    raw + " → " + MoodleGrades.format(nearest), name));
            return nearest;
        }

        /** The fraction attribute, in percent; 0 when absent, as Moodle reads it. */
        BigDecimal fraction(Node answer) {
            String raw = answer.attr("fraction");
            if (raw == null || raw.isBlank()) {
                return BigDecimal.ZERO;
            }
            try {
                BigDecimal f = new BigDecimal(raw.strip());
                if (f.abs().compareTo(HUNDRED) <= 0) {
                    return f;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            error(answer.line, "import.moodlexml.badFraction", raw);
            return BigDecimal.ZERO;
        }

        /** The {@code <file>} children of a text element, by their name below "/". */
        void files(Node holder, Map<String, Media> media) {
            if (holder == null) {
                return;
            }
            for (Node f : holder.children("file")) {
                String name = f.attr("name");
                String path = f.attr("path") == null ? "/" : f.attr("path").strip();
                String encoding = f.attr("encoding");
                if (name == null || name.isBlank()) {
                    error(f.line, "import.moodlexml.badFile", "");
                    continue;
                }
                String dir = path.replaceAll("^/+", "");
                dir = dir.isEmpty() || dir.endsWith("/") ? dir : dir + "/";
                String key = TextFiles.nfc((dir + name).strip());
                byte[] data;
                try {
                    if (encoding != null && !encoding.strip().equalsIgnoreCase("base64")) {
                        throw new IllegalArgumentException(encoding);
                    }
                    data = Base64.getDecoder().decode(f.text.toString().replaceAll("\\s+", ""));
                } catch (IllegalArgumentException e) {
                    error(f.line, "import.moodlexml.badFile", key);
                    continue;
                }
                Media m = new Media(key, MediaTypes.guess(key, data), data);
                Media known = media.putIfAbsent(key, m);
                if (known != null && !known.equals(m)) {
                    error(f.line, "import.moodlexml.fileConflict", key);
                }
            }
        }

        /** Moodle 1.x's {@code <image>} + {@code <image_base64>}, shown after the text as Moodle's import does. */
        void oldImage(Node q, Part stem, Map<String, Media> media) {
            String name = q.textOf("image");
            String data = q.textOf("image_base64");
            if (name == null || name.isBlank() || data == null || data.isBlank()) {
                return;
            }
            String file = name.strip().replace('/', '_');
            try {
                byte[] bytes = Base64.getDecoder().decode(data.replaceAll("\\s+", ""));
                media.putIfAbsent(file, new Media(file, MediaTypes.guess(file, bytes), bytes));
                String img = " <img src=\"" + SafeHtml.PLUGINFILE + file + "\">";
                stem.text = stem.kind.toHtml(stem.text) + img;
                stem.kind = Drafts.Kind.HTML;
            } catch (IllegalArgumentException e) {
                error(q.line, "import.moodlexml.badFile", file);
            }
        }

        void error(int line, String key, String detail) {
            errors.add(new ImportProblem(line, key, detail));
        }
    }

    /** The text of a questiontext or answer element, with the way Moodle shows it. */
    private static final class Part {
        final Node node;
        final int line;
        String text;
        Drafts.Kind kind;

        private Part(Node node, int line, String text, Drafts.Kind kind) {
            this.node = node;
            this.line = line;
            this.text = text;
            this.kind = kind;
        }

        /** The part in element n; without a format attribute it has {@code defaultKind}, as in Moodle. */
        static Part of(Node n, Drafts.Kind defaultKind, int line) {
            String text = n == null ? "" : String.valueOf(n.textOf("text") == null ? "" : n.textOf("text"));
            Drafts.Kind kind = n == null || n.attr("format") == null ? defaultKind : kind(n.attr("format"));
            return new Part(n, n == null ? line : n.line, text.strip(), kind);
        }

        TextFormat format() {
            return kind.format(text);
        }

        /** Moodle's trans_format: an unknown format is taken as HTML. */
        static Drafts.Kind kind(String name) {
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "moodle_auto_format" -> Drafts.Kind.AUTO;
                case "plain_text", "markdown", "wiki_like" -> Drafts.Kind.PLAIN;
                default -> Drafts.Kind.HTML;
            };
        }
    }

    /** An element of the file, with its line, attributes, text and child elements. */
    private static final class Node {
        final String name;
        final Map<String, String> attrs;
        final int line;
        final List<Node> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        private Node(String name, Map<String, String> attrs, int line) {
            this.name = name;
            this.attrs = attrs;
            this.line = line;
        }

        Node child(String n) {
            for (Node c : children) {
                if (c.name.equals(n)) {
                    return c;
                }
            }
            return null;
        }

        List<Node> children(String n) {
            return children.stream().filter(c -> c.name.equals(n)).toList();
        }

        String attr(String n) {
            return attrs.get(n);
        }

        /** The text of child {@code n} or of its {@code <text>} element, as Moodle writes most values. */
        String textOf(String n) {
            Node c = child(n);
            if (c == null) {
                return null;
            }
            Node t = c.child("text");
            return (t != null ? t.text : c.text).toString();
        }

        /** The document element with its tree; DTDs and external entities are neither loaded nor expanded. */
        static Node parse(byte[] file) throws XMLStreamException {
            XMLInputFactory f = XMLInputFactory.newDefaultFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setProperty(XMLInputFactory.IS_COALESCING, true);
            XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(file));
            try {
                Deque<Node> open = new ArrayDeque<>();
                Node root = null;
                while (r.hasNext()) {
                    switch (r.next()) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            Map<String, String> attrs = new LinkedHashMap<>();
                            for (int i = 0; i < r.getAttributeCount(); i++) {
                                attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                            }
                            Node n = new Node(r.getLocalName(), attrs, r.getLocation().getLineNumber());
                            if (open.isEmpty()) {
                                root = n;
                            } else {
                                open.peek().children.add(n);
                            }
                            open.push(n);
                        }
                        case XMLStreamConstants.END_ELEMENT -> open.pop();
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            if (!open.isEmpty()) {
                                open.peek().text.append(r.getText());
                            }
                        }
                        default -> {
                            // comments, processing instructions and the DTD say nothing about questions
                        }
                    }
                }
                return root;
            } finally {
                r.close();
            }
        }
    }
}
