package vn.thituyen.questionbank.format;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
 * penalties and numbering are accepted and not kept. Other question types are skipped. Malformed XML is reported with the parser's line; DTDs and external entities are never
 * processed.
 *
 * <p>Writing: a Moodle-4-style document: category questions when the topic changes, names and idnumbers from the
 * external id (a question without one gets an empty name), CDATA for HTML, files base64 in the question text or
 * the answer that shows them, fractions as Moodle writes them (100, 0, 33.33333, -100 for the wrong options of a
 * multiple-answer question), tags including {@code difficulty:} and {@code source:}. What Moodle will cut (a tag
 * over 50 characters…) is named in {@link Exported#notes()} ({@link MoodleLimits}).
 */
public final class MoodleXmlFormat implements QuestionFormat {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

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
                Part p = Part.of(a, stem.kind, a.line);
                answers.add(p);
                files(a, media);
                BigDecimal f = grade(a, fraction(a), name);
                // old multichoiceset exports mark the key with <correctanswer>1</correctanswer>
                String marked = a.textOf("correctanswer");
                if (allOrNothing && marked != null && !Set.of("", "0", "false").contains(marked.strip())) {
                    f = HUNDRED;
                }
                fractions.add(f);
            }
            if (errors.size() > before) {
                return;
            }
            if (answers.size() < 2) {
                error(q.line, "import.moodlexml.tooFewOptions", name);
                return;
            }
            List<Boolean> correct = new ArrayList<>();
            boolean partial = false;
            if (single) {
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
            } else {
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
            }
            if (errors.size() > before) {
                return;
            }
            if (partial) {
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
                choices.add(new Choice(t, correct.get(i)));
            }
            add(before, q, single ? QuestionType.SINGLE : QuestionType.MULTIPLE, format, stemText, choices, html);
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
                error(lines.get(f.index()), switch (f.issue()) {
                    case BAD_DIFFICULTY -> "import.moodlexml.badDifficulty";
                    case TWO_DIFFICULTIES -> "import.moodlexml.twoDifficulties";
                    case TWO_SOURCES -> "import.moodlexml.twoSources";
                }, f.tag());
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

    @Override
    public Exported write(List<QuestionDraft> questions) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        List<ImportProblem> omitted = new ArrayList<>();
        List<ImportProblem> notes = new ArrayList<>();
        List<String> topic = List.of();
        for (int n = 0; n < questions.size(); n++) {
            QuestionDraft q = questions.get(n);
            String reason = unwritable(q);
            if (reason != null) {
                omitted.add(new ImportProblem(n + 1, reason, q.externalId() != null ? q.externalId()
                        : TextFiles.excerpt(Drafts.readable(q.stem(), q.format()))));
                continue;
            }
            if (!q.topic().equals(topic)) {
                topic = q.topic();
                x.append("<!-- question: 0  -->\n  <question type=\"category\">\n    <category>\n      ")
                        .append(textElement(CategoryPath.write(topic)))
                        .append("    </category>\n    <info format=\"moodle_auto_format\">\n      <text></text>\n")
                        .append("    </info>\n    <idnumber></idnumber>\n  </question>\n\n");
            }
            question(x, q, n + 1);
            notes.addAll(MoodleLimits.notes(q, n + 1));
        }
        x.append("</quiz>\n");
        return new Exported(x.toString().getBytes(StandardCharsets.UTF_8), omitted, notes);
    }

    private static String unwritable(QuestionDraft q) {
        if (!Drafts.wellFormed(q)) {
            return "import.moodlexml.omitted.invalid";
        }
        if (!CategoryPath.writable(q.topic())) {
            return "import.moodlexml.omitted.topic";
        }
        Set<String> names = new java.util.HashSet<>();
        for (Media m : q.media()) {
            // the type is not written: it must be the one a reader guesses from the name and bytes
            if (!MediaTypes.guess(m.name(), m.data()).equals(m.mimeType()) || m.name().startsWith("/")
                    || m.name().endsWith("/") || m.name().contains("//")) {
                return "import.moodlexml.omitted.media";
            }
            names.add(m.name());
        }
        if (q.format() == TextFormat.HTML) {
            List<String> texts = new ArrayList<>(List.of(q.stem()));
            q.choices().forEach(c -> texts.add(c.text()));
            for (String t : texts) {
                for (String ref : Drafts.references(t)) {
                    if (Drafts.resolve(ref, names) == null) {
                        return "import.moodlexml.omitted.media";
                    }
                }
            }
        }
        return null;
    }

    private static void question(StringBuilder x, QuestionDraft q, int number) {
        boolean html = q.format() == TextFormat.HTML;
        String format = html ? "html" : "plain_text";
        boolean tf = q.type() == QuestionType.TRUE_FALSE;
        Set<String> shown = new java.util.HashSet<>();
        List<Set<String>> choiceFiles = new ArrayList<>();
        for (Choice c : q.choices()) {
            Set<String> files = html && !tf ? filesShown(c.text(), q) : Set.of();
            choiceFiles.add(files);
            shown.addAll(files);
        }
        // files of the stem, and any file nothing shows, travel with the question text
        Set<String> stemFiles = new java.util.LinkedHashSet<>(html ? filesShown(q.stem(), q) : Set.of());
        q.media().stream().map(Media::name).filter(n -> !shown.contains(n)).forEach(stemFiles::add);

        String id = q.externalId() == null ? "" : q.externalId();
        x.append("<!-- question: ").append(number).append("  -->\n");
        x.append("  <question type=\"").append(tf ? "truefalse" : "multichoice").append("\">\n");
        x.append("    <name>\n      ").append(textElement(id)).append("    </name>\n");
        x.append("    <questiontext format=\"").append(format).append("\">\n      ").append(textElement(q.stem()));
        files(x, q, stemFiles, "      ");
        x.append("    </questiontext>\n");
        x.append("    <generalfeedback format=\"").append(format).append("\">\n      <text></text>\n")
                .append("    </generalfeedback>\n");
        x.append("    <defaultgrade>1.0000000</defaultgrade>\n");
        x.append("    <penalty>").append(tf ? "1.0000000" : "0.3333333").append("</penalty>\n");
        x.append("    <hidden>0</hidden>\n");
        x.append("    <idnumber>").append(escape(id)).append("</idnumber>\n");
        if (tf) {
            boolean t = q.choices().get(0).correct();
            answer(x, t ? "100" : "0", "moodle_auto_format", "true", q, Set.of());
            answer(x, t ? "0" : "100", "moodle_auto_format", "false", q, Set.of());
        } else {
            boolean multiple = q.type() == QuestionType.MULTIPLE;
            x.append("    <single>").append(multiple ? "false" : "true").append("</single>\n");
            x.append("    <shuffleanswers>true</shuffleanswers>\n");
            x.append("    <answernumbering>ABCD</answernumbering>\n");
            x.append("    <showstandardinstruction>0</showstandardinstruction>\n");
            for (String fb : List.of("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")) {
                x.append("    <").append(fb).append(" format=\"").append(format).append("\">\n      <text></text>\n")
                        .append("    </").append(fb).append(">\n");
            }
            if (multiple) {
                x.append("    <shownumcorrect/>\n");
            }
            String weight = Drafts.weight(q.correctIndexes().size());
            for (int i = 0; i < q.choices().size(); i++) {
                Choice c = q.choices().get(i);
                String fraction = c.correct() ? (multiple ? weight : "100") : (multiple ? "-100" : "0");
                answer(x, fraction, format, c.text(), q, choiceFiles.get(i));
            }
        }
        List<String> tags = TagConvention.write(q);
        if (!tags.isEmpty()) {
            x.append("    <tags>\n");
            for (String t : tags) {
                x.append("      <tag>").append(textElement(t).stripTrailing()).append("</tag>\n");
            }
            x.append("    </tags>\n");
        }
        x.append("  </question>\n\n");
    }

    private static void answer(StringBuilder x, String fraction, String format, String text, QuestionDraft q,
            Set<String> files) {
        x.append("    <answer fraction=\"").append(fraction).append("\" format=\"").append(format).append("\">\n")
                .append("      ").append(textElement(text));
        files(x, q, files, "      ");
        x.append("      <feedback format=\"").append(format).append("\">\n        <text></text>\n")
                .append("      </feedback>\n    </answer>\n");
    }

    private static Set<String> filesShown(String html, QuestionDraft q) {
        Set<String> names = new java.util.HashSet<>();
        q.media().forEach(m -> names.add(m.name()));
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String ref : Drafts.references(html)) {
            String name = Drafts.resolve(ref, names);
            if (name != null) {
                out.add(name);
            }
        }
        return out;
    }

    private static void files(StringBuilder x, QuestionDraft q, Set<String> names, String indent) {
        for (Media m : q.media()) {
            if (names.contains(m.name())) {
                int slash = m.name().lastIndexOf('/');
                String path = "/" + m.name().substring(0, slash + 1);
                x.append(indent).append("<file name=\"").append(escape(m.name().substring(slash + 1)))
                        .append("\" path=\"").append(escape(path)).append("\" encoding=\"base64\">")
                        .append(Base64.getEncoder().encodeToString(m.data())).append("</file>\n");
            }
        }
    }

    /** Moodle's writetext: CDATA when the text holds markup characters, "]]>" split across two sections. */
    private static String textElement(String raw) {
        if (raw.contains("<") || raw.contains(">") || raw.contains("&")) {
            return "<text><![CDATA[" + raw.replace("]]>", "]]]]><![CDATA[>") + "]]></text>\n";
        }
        return "<text>" + escape(raw) + "</text>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
