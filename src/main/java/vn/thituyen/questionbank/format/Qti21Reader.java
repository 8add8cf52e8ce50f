package vn.thituyen.questionbank.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.thituyen.common.SafeZip;
import vn.thituyen.questionbank.Difficulty;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;
import vn.thituyen.questionbank.format.QtiXml.El;
import vn.thituyen.questionbank.format.QtiXml.Text;
import vn.thituyen.questionbank.format.QtiXml.XmlException;
import vn.thituyen.questionbank.format.QuestionDraft.Choice;
import vn.thituyen.questionbank.format.QuestionDraft.Media;
import vn.thituyen.questionbank.format.QuestionFormat.Parsed;

/** One read of a QTI 2.x package or item file; see {@link Qti21Format} for the rules. */
final class Qti21Reader {

    private static final String MANIFEST = "imsmanifest.xml";

    /** QTI body elements that are not part of what the candidate reads as the question */
    private static final Set<String> NOT_CONTENT = Set.of("feedbackinline", "feedbackblock", "modalfeedback",
            "rubricblock", "templateinline", "templateblock", "infocontrol", "stylesheet", "printedvariable",
            "endattemptinteraction", "include", "responsedeclaration", "outcomedeclaration");

    private static final Set<String> BLOCKS = Set.of("p", "div", "ul", "ol", "dl", "table", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address");

    private static final Set<String> VOID = Set.of("img", "br", "hr", "col");

    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> skipped = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private final List<QuestionDraft> questions = new ArrayList<>();
    /** the package's files by path, or null when a bare item file is read */
    private Map<String, byte[]> files;
    private int itemsSeen;

    Parsed read(byte[] data) {
        if (data == null || data.length == 0) {
            throw new ImportException(new ImportProblem(0, "import.qti21.unreadable", ""));
        }
        if (SafeZip.looksLikeZip(data)) {
            readPackage(data);
        } else {
            readBareItem(data);
        }
        if (problems.isEmpty() && itemsSeen == 0) {
            problems.add(new ImportProblem(0, "import.qti21.noItems", ""));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return new Parsed(questions, skipped, warnings);
    }

    // ---------------------------------------------------------------------------------------------- files

    private void readBareItem(byte[] data) {
        El root;
        try {
            root = QtiXml.parse(data);
        } catch (XmlException e) {
            if (looksLikeXml(data)) {
                xmlProblem("", e);
            } else {
                problems.add(new ImportProblem(0, "import.qti21.unreadable", ""));
            }
            return;
        }
        readItem("", root, root.line, null);
    }

    private static boolean looksLikeXml(byte[] data) {
        for (byte b : data) {
            if (b == '<') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB
                    && (b & 0xFF) != 0xBF && (b & 0xFF) != 0xFE && (b & 0xFF) != 0xFF && b != 0) {
                return false;
            }
        }
        return false;
    }

    private void readPackage(byte[] data) {
        try {
            files = SafeZip.read(data);
        } catch (SafeZip.ZipRefusedException e) {
            String key = switch (e.refusal()) {
                case NOT_A_ZIP -> "import.qti21.unreadable";
                case TOO_LARGE -> "import.qti21.tooLarge";
                case TOO_MANY_ENTRIES -> "import.qti21.tooManyEntries";
                case UNSAFE_PATH -> "import.qti21.unsafePath";
            };
            problems.add(new ImportProblem(0, key, e.detail()));
            return;
        }
        String manifestPath = null;
        for (String path : files.keySet()) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (name.equalsIgnoreCase(MANIFEST) && (manifestPath == null
                    || depth(path) < depth(manifestPath))) {
                manifestPath = path;
            }
        }
        Set<String> taken = new LinkedHashSet<>();
        if (manifestPath != null) {
            El manifest = null;
            try {
                manifest = QtiXml.parse(files.get(manifestPath));
            } catch (XmlException e) {
                xmlProblem(manifestPath, e);
            }
            if (manifest != null) {
                readManifest(manifestPath, manifest, taken);
            }
        }
        if (itemsSeen == 0 && taken.isEmpty()) {
            scan(taken);
        }
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }

    private void readManifest(String manifestPath, El manifest, Set<String> taken) {
        String baseDir = manifestPath.contains("/") ? manifestPath.substring(0, manifestPath.lastIndexOf('/') + 1)
                : "";
        List<El> resourcesEls = manifest.descendants(e -> e.is("resources"));
        for (El resources : resourcesEls) {
            String resourcesBase = baseDir + dirPart(resources.attr("base"));
            for (El resource : resources.children("resource")) {
                String type = String.valueOf(resource.attr("type")).toLowerCase(Locale.ROOT);
                boolean item = type.startsWith("imsqti_item_xmlv2p");
                if (type.startsWith("imsqti_test") || type.startsWith("imsqti_assessment")) {
                    continue;
                }
                String href = resource.attr("href");
                if (href == null || href.isBlank()) {
                    El file = resource.child("file");
                    href = file == null ? null : file.attr("href");
                }
                if (href == null || href.isBlank()) {
                    if (item) {
                        problems.add(new ImportProblem(resource.line, "import.qti21.missingFile",
                                at(manifestPath, String.valueOf(resource.attr("identifier")))));
                    }
                    continue;
                }
                String base = resourcesBase + dirPart(resource.attr("base"));
                String path = findFile(base, href);
                if (path == null) {
                    if (item) {
                        problems.add(new ImportProblem(resource.line, "import.qti21.missingFile",
                                at(manifestPath, href)));
                    }
                    continue;
                }
                if (!item && !path.toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    continue;
                }
                if (!taken.add(path)) {
                    continue;
                }
                El root;
                try {
                    root = QtiXml.parse(files.get(path));
                } catch (XmlException e) {
                    if (item || mentionsItem(files.get(path))) {
                        xmlProblem(path, e);
                    }
                    continue;
                }
                if (!root.is("assessmentItem")) {
                    if (item || otherVersion(root)) {
                        notItem(path, root);
                    }
                    continue;
                }
                readItem(path, root, resource.line, resource.child("metadata"));
            }
        }
    }

    /** the manifest lists no item: read every XML file of the package that is one */
    private void scan(Set<String> taken) {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String path = f.getKey();
            if (!path.toLowerCase(Locale.ROOT).endsWith(".xml") || taken.contains(path)
                    || path.toLowerCase(Locale.ROOT).endsWith(MANIFEST) || !mentionsItem(f.getValue())) {
                continue;
            }
            El root;
            try {
                root = QtiXml.parse(f.getValue());
            } catch (XmlException e) {
                xmlProblem(path, e);
                continue;
            }
            if (root.is("assessmentItem")) {
                readItem(path, root, root.line, null);
            } else if (otherVersion(root)) {
                notItem(path, root);
            }
        }
    }

    private static boolean mentionsItem(byte[] data) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        return text.contains("assessmentItem") || text.contains("questestinterop")
                || text.contains("qti-assessment-item");
    }

    /** QTI 1.2 (Moodle, Canvas, Blackboard) or QTI 3: a version this reader does not take, said plainly */
    private static boolean otherVersion(El root) {
        return root.is("questestinterop") || root.is("qti-assessment-item");
    }

    private void notItem(String entry, El root) {
        problems.add(new ImportProblem(root.line, otherVersion(root) ? "import.qti21.otherVersion"
                : "import.qti21.notItem", at(entry, root.name)));
    }

    private static String dirPart(String base) {
        if (base == null || base.isBlank()) {
            return "";
        }
        String b = base.replace('\\', '/');
        return b.endsWith("/") ? b : b + "/";
    }

    /** The package path {@code href} names relative to {@code baseDir}, or null when there is no such file. */
    private String findFile(String baseDir, String href) {
        String clean = href.trim();
        int cut = indexOfAny(clean, '?', '#');
        if (cut >= 0) {
            clean = clean.substring(0, cut);
        }
        for (String candidate : List.of(percentDecode(clean), clean)) {
            String path = SafeZip.resolve(baseDir, candidate);
            if (path == null) {
                continue;
            }
            if (files.containsKey(path)) {
                return path;
            }
            for (String existing : files.keySet()) {
                if (existing.equalsIgnoreCase(path)) {
                    return existing;
                }
            }
        }
        return null;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** %XX sequences as UTF-8; unlike URLDecoder a {@code +} stays a plus */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                out.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else {
                out.write(raw[i]);
            }
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }

    private void xmlProblem(String entry, XmlException e) {
        String key = e.doctype ? "import.qti21.doctype" : "import.qti21.malformed";
        problems.add(new ImportProblem(e.line, key, at(entry, String.valueOf(e.getMessage()))));
    }

    private static String at(String entry, String detail) {
        return entry == null || entry.isEmpty() ? detail : entry + ": " + detail;
    }

    // ---------------------------------------------------------------------------------------------- items

    private void readItem(String entry, El root, int draftLine, El metadata) {
        if (!root.is("assessmentItem")) {
            notItem(entry, root);
            return;
        }
        itemsSeen++;
        El body = root.child("itemBody");
        El interaction = choiceInteraction(entry, root, body);
        if (interaction == null) {
            return;
        }
        ImportProblem notFixed = notFixed(entry, root, body);
        if (notFixed != null) {
            skipped.add(notFixed);
            return;
        }
        int before = problems.size();
        boolean own = Qti21Format.TOOL_NAME.equalsIgnoreCase(String.valueOf(root.attr("toolName")).trim());
        List<El> choiceEls = interaction.children("simpleChoice");
        if (choiceEls.isEmpty()) {
            choiceEls = interaction.descendants(e -> e.is("simpleChoice"));
        }
        List<String> ids = choiceIds(entry, interaction, choiceEls);
        Key key = key(entry, root, interaction, ids);
        String name = at(entry, title(root));
        String dir = entry.contains("/") ? entry.substring(0, entry.lastIndexOf('/') + 1) : "";
        QuestionHtml html = new QuestionHtml(draftLine, name, Map.of());
        HtmlOut out = new HtmlOut(entry, dir, draftLine, name);
        ItemText text = text(own, body, interaction, choiceEls, html, out);
        ImportProblem lost = out.embedded.isEmpty() ? html.skip() : new ImportProblem(draftLine,
                "import.content.embedded", out.embedded.get(0), name);
        if (lost != null) {
            // content the question depends on cannot be kept: the item is left out, whatever else is wrong in it
            problems.subList(before, problems.size()).clear();
            skipped.add(lost);
            return;
        }
        if (isBlank(text.stem(), text.format())) {
            problems.add(new ImportProblem(body.line, "import.qti21.emptyStem", name));
        }
        for (int i = 0; i < text.options().size(); i++) {
            if (isBlank(text.options().get(i), text.format())) {
                problems.add(new ImportProblem(choiceEls.get(i).line, "import.qti21.emptyChoice",
                        at(entry, ids.get(i))));
            }
        }
        if (problems.size() > before) {
            return;
        }
        addQuestion(root, draftLine, Metadata.of(metadata), own, ids, key, text, out.media);
        warnings.addAll(html.warnings());
        warnings.addAll(out.warnings);
    }

    /**
     * The item's one choiceInteraction, or null when the item has none, several interactions or another kind,
     * which are then skipped by name.
     */
    private El choiceInteraction(String entry, El root, El body) {
        List<El> interactions = new ArrayList<>();
        if (body != null) {
            collectInteractions(body, interactions);
        }
        if (interactions.isEmpty()) {
            skipped.add(new ImportProblem(root.line, "import.qti21.noInteraction", at(entry, title(root))));
            return null;
        }
        if (interactions.size() > 1) {
            skipped.add(new ImportProblem(interactions.get(1).line, "import.qti21.severalInteractions",
                    at(entry, String.join(", ", interactions.stream().map(e -> e.name).toList()))));
            return null;
        }
        El interaction = interactions.get(0);
        if (!interaction.is("choiceInteraction")) {
            skipped.add(new ImportProblem(interaction.line, "import.qti21.unsupportedInteraction",
                    at(entry, interaction.name)));
            return null;
        }
        return interaction;
    }

    /** the choices' identifiers, each present and unique; at least two choices */
    private List<String> choiceIds(String entry, El interaction, List<El> choiceEls) {
        List<String> ids = new ArrayList<>();
        for (El c : choiceEls) {
            String id = c.attr("identifier") == null ? "" : c.attr("identifier").trim();
            if (id.isEmpty() || ids.contains(id)) {
                problems.add(new ImportProblem(c.line, "import.qti21.duplicateChoice", at(entry, id)));
            }
            ids.add(id);
        }
        if (choiceEls.size() < 2) {
            problems.add(new ImportProblem(interaction.line, "import.qti21.tooFewChoices",
                    at(entry, String.valueOf(choiceEls.size()))));
        }
        return ids;
    }

    /** The key: the identifiers of the correct response, and whether one choice only may be chosen. */
    private record Key(Set<String> values, boolean single) {
    }

    private Key key(String entry, El root, El interaction, List<String> ids) {
        int maxChoices = 1;
        String max = interaction.attr("maxChoices");
        if (max != null && !max.isBlank()) {
            try {
                maxChoices = Integer.parseInt(max.trim());
                if (maxChoices < 0) {
                    throw new NumberFormatException(max);
                }
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(interaction.line, "import.qti21.badMaxChoices", at(entry, max)));
            }
        }
        El declaration = responseDeclaration(root, interaction.attr("responseIdentifier"));
        boolean single = maxChoices == 1 || (declaration != null
                && "single".equalsIgnoreCase(String.valueOf(declaration.attr("cardinality")).trim()));
        Set<String> key = new LinkedHashSet<>();
        El correct = declaration == null ? null : declaration.child("correctResponse");
        if (correct != null) {
            for (El v : correct.children("value")) {
                String value = v.text().trim();
                if (value.isEmpty()) {
                    continue;
                }
                if (!ids.contains(value)) {
                    problems.add(new ImportProblem(v.line, "import.qti21.unknownKey", at(entry, value)));
                }
                key.add(value);
            }
        }
        if (key.isEmpty()) {
            int line = correct != null ? correct.line : declaration != null ? declaration.line : interaction.line;
            problems.add(new ImportProblem(line, "import.qti21.missingKey", at(entry, title(root))));
        } else if (single && key.size() > 1) {
            problems.add(new ImportProblem(correct.line, "import.qti21.severalKeys",
                    at(entry, String.join(", ", key))));
        }
        return new Key(key, single);
    }

    /** The stem and options in the question's format. */
    private record ItemText(TextFormat format, String stem, List<String> options) {
    }

    /**
     * Our own plain items read verbatim, our own HTML items from their stem div, other systems' items as HTML made
     * plain text when the stem and every option are only text.
     */
    private ItemText text(boolean own, El body, El interaction, List<El> choiceEls, QuestionHtml html,
            HtmlOut out) {
        String bodyClass = body.attr("class") == null ? "" : body.attr("class");
        if (own && bodyClass.contains(Qti21Format.CLASS_PLAIN) && body.child("p") != null) {
            return new ItemText(TextFormat.PLAIN, verbatim(body.child("p")), choiceEls.stream()
                    .map(Qti21Reader::verbatim).toList());
        }
        El stemDiv = null;
        for (El d : body.children("div")) {
            if (String.valueOf(d.attr("class")).contains(Qti21Format.CLASS_STEM)) {
                stemDiv = d;
            }
        }
        boolean ownHtml = own && bodyClass.contains(Qti21Format.CLASS_HTML) && stemDiv != null;
        String stemHtml = html.clean(ownHtml ? out.content(stemDiv) : out.stem(body, interaction));
        List<String> optionHtml = new ArrayList<>();
        for (El c : choiceEls) {
            optionHtml.add(html.clean(out.content(c)));
        }
        if (ownHtml) {
            return new ItemText(TextFormat.HTML, stemHtml, optionHtml);
        }
        stemHtml = tidy(stemHtml);
        String plainStem = plainOf(stemHtml);
        List<String> plainOptions = optionHtml.stream().map(Qti21Reader::plainOf).toList();
        if (plainStem != null && !plainOptions.contains(null)) {
            return new ItemText(TextFormat.PLAIN, plainStem, plainOptions);
        }
        List<String> options = new ArrayList<>();
        for (int i = 0; i < optionHtml.size(); i++) {
            options.add(plainOptions.get(i) != null ? SafeHtml.escape(plainOptions.get(i))
                    : tidy(optionHtml.get(i)));
        }
        return new ItemText(TextFormat.HTML, tidy(stemHtml), options);
    }

    private void addQuestion(El root, int draftLine, Metadata md, boolean own, List<String> ids, Key key,
            ItemText text, List<Media> media) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < text.options().size(); i++) {
            choices.add(new Choice(nfc(text.options().get(i)), key.values().contains(ids.get(i))));
        }
        QuestionType type = key.single() ? QuestionType.SINGLE : QuestionType.MULTIPLE;
        if (key.single() && choices.size() == 2) {
            List<Choice> trueFalse = own ? ownTrueFalse(ids, choices) : trueFalse(choices, text.format());
            if (trueFalse != null) {
                type = QuestionType.TRUE_FALSE;
                choices = trueFalse;
            }
        }
        String externalId = own ? md.ownIdentifier : blankToNull(root.attr("identifier"));
        questions.add(new QuestionDraft(draftLine, nfc(externalId), type, text.format(), nfc(text.stem()), choices,
                md.topic, md.difficulty, md.source, md.tags, media));
    }

    /**
     * Why an item is not a fixed question with one key, or null. QTI 2.1 lets an item change while it is being
     * answered: an adaptive item is answered over several attempts with feedback between them; template variables
     * ({@code templateDeclaration}, {@code templateProcessing}) give each candidate different values, shown by
     * {@code printedVariable}, {@code templateBlock}/{@code templateInline} or a choice's
     * {@code templateIdentifier}; feedback ({@code modalFeedback}, {@code feedbackBlock}, {@code feedbackInline})
     * shows content that depends on the response, a hint asked for during the attempt among it. The bank holds none
     * of this: such an item is left out, named with the reason, never imported with what it showed missing.
     * Feedback that shows nothing (an empty block some tools leave) is only decoration and does not count.
     */
    private static ImportProblem notFixed(String entry, El root, El body) {
        String title = title(root);
        if ("true".equalsIgnoreCase(String.valueOf(root.attr("adaptive")).trim())) {
            return new ImportProblem(root.line, "import.qti21.adaptive", at(entry, title));
        }
        List<El> template = new ArrayList<>(root.children().stream()
                .filter(e -> e.is("templateDeclaration") || e.is("templateProcessing")).toList());
        template.addAll(body.descendants(e -> e.is("printedVariable") || e.is("templateBlock")
                || e.is("templateInline") || e.attr("templateIdentifier") != null));
        if (!template.isEmpty()) {
            return new ImportProblem(template.get(0).line, "import.qti21.template", template.get(0).name,
                    at(entry, title));
        }
        List<El> feedback = new ArrayList<>(root.children("modalFeedback"));
        feedback.addAll(body.descendants(e -> e.is("feedbackBlock") || e.is("feedbackInline")));
        feedback.sort(java.util.Comparator.comparingInt(e -> e.line));
        for (El f : feedback) {
            if (!f.text().isBlank() || !f.descendants(e -> e.is("img") || e.is("object")).isEmpty()) {
                return new ImportProblem(f.line, "import.qti21.feedback", f.name, at(entry, title));
            }
        }
        return null;
    }

    private static String title(El root) {
        String t = root.attr("title");
        if (t == null || t.isBlank()) {
            t = root.attr("identifier");
        }
        return t == null ? "" : t.trim();
    }

    private static void collectInteractions(El from, List<El> out) {
        for (El e : from.children()) {
            if (e.name.endsWith("Interaction") && !e.is("endAttemptInteraction")) {
                out.add(e);
            } else if (!NOT_CONTENT.contains(e.name.toLowerCase(Locale.ROOT))) {
                collectInteractions(e, out);
            }
        }
    }

    private static El responseDeclaration(El root, String responseIdentifier) {
        List<El> all = root.children("responseDeclaration");
        for (El d : all) {
            if (responseIdentifier != null && responseIdentifier.trim().equals(
                    String.valueOf(d.attr("identifier")).trim())) {
                return d;
            }
        }
        return all.size() == 1 ? all.get(0) : null;
    }

    /** our own files: the choices identified {@code true}/{@code false} make a true/false question */
    private static List<Choice> ownTrueFalse(List<String> ids, List<Choice> choices) {
        return ids.equals(List.of(Qti21Format.TRUE_ID, Qti21Format.FALSE_ID)) ? choices : null;
    }

    /**
     * other systems have no true/false type: two options reading Đúng/Sai or True/False (any case, any order,
     * an optional final period) are taken as one, put in the order Đúng, Sai
     */
    private static List<Choice> trueFalse(List<Choice> choices, TextFormat format) {
        Boolean first = truth(choices.get(0).text(), format);
        Boolean second = truth(choices.get(1).text(), format);
        if (first == null || second == null || first.equals(second)) {
            return null;
        }
        Choice t = first ? choices.get(0) : choices.get(1);
        Choice f = first ? choices.get(1) : choices.get(0);
        return List.of(new Choice(Qti21Format.TRUE_TEXT, t.correct()), new Choice(Qti21Format.FALSE_TEXT, f.correct()));
    }

    private static Boolean truth(String text, TextFormat format) {
        String plain = format == TextFormat.HTML ? SafeHtml.text(text) : text;
        String t = nfc(plain).strip().toLowerCase(Locale.ROOT);
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return switch (t) {
            case "đúng", "true" -> Boolean.TRUE;
            case "sai", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static boolean isBlank(String text, TextFormat format) {
        if (format == TextFormat.PLAIN) {
            return text.isBlank();
        }
        return SafeHtml.text(text).isBlank() && !text.contains("<img");
    }

    /** text as written, line breaks for {@code <br>}: how our own plain-text items are read back exactly */
    private static String verbatim(El el) {
        StringBuilder sb = new StringBuilder();
        for (Object k : el.kids) {
            if (k instanceof Text t) {
                sb.append(t.text());
            } else if (k instanceof El e) {
                if (e.is("br")) {
                    sb.append('\n');
                } else if (!NOT_CONTENT.contains(e.name.toLowerCase(Locale.ROOT))) {
                    sb.append(verbatim(e));
                }
            }
        }
        return sb.toString();
    }

    /**
     * Other systems' HTML without what their layout left behind: indentation between blocks, and paragraphs
     * emptied by taking the interactions out.
     */
    static String tidy(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element p : body.select("p")) {
            if (p.text().isBlank() && p.select("img").isEmpty()) {
                p.remove();
            }
        }
        // a div holding only blocks is layout (TAO's grid, ONYX's htmlContent): its blocks stand alone
        for (Element div : body.select("div")) {
            if (div.attributesSize() == 0 && !div.children().isEmpty()
                    && div.childNodes().stream().allMatch(n -> n instanceof TextNode t ? t.isBlank()
                    : n instanceof Element c && BLOCKS.contains(c.normalName()))) {
                div.unwrap();
            }
        }
        for (Element e : body.getAllElements()) {
            if (e.children().stream().anyMatch(c -> BLOCKS.contains(c.normalName()))) {
                for (Node n : new ArrayList<>(e.childNodes())) {
                    if (n instanceof TextNode t && t.isBlank()) {
                        t.remove();
                    }
                }
            }
        }
        org.jsoup.nodes.Document.OutputSettings settings = new org.jsoup.nodes.Document.OutputSettings()
                .prettyPrint(false);
        body.ownerDocument().outputSettings(settings);
        return body.html().strip();
    }

    /** The text when {@code html} is only text, or one paragraph of only text; else null. */
    static String plainOf(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<Node> nodes = new ArrayList<>();
        for (Node n : body.childNodes()) {
            if (!(n instanceof TextNode t && t.isBlank())) {
                nodes.add(n);
            }
        }
        if (nodes.stream().allMatch(n -> n instanceof TextNode)) {
            return body.text();
        }
        if (nodes.size() == 1 && nodes.get(0) instanceof Element p && p.normalName().equals("p")
                && p.childNodes().stream().allMatch(n -> n instanceof TextNode)) {
            return p.text();
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    // ---------------------------------------------------------------------------------------------- HTML

    /**
     * Turns the XHTML of an item into HTML for {@link SafeHtml#clean}: images found in the package become
     * {@code @@PLUGINFILE@@/name} with their bytes collected in {@link #media}.
     */
    private final class HtmlOut {
        private final String entry;
        private final String dir;
        private final int line;
        private final String question;
        final List<Media> media = new ArrayList<>();
        /** embedded content the bank cannot hold (an object that is not an image): its type and address */
        final List<String> embedded = new ArrayList<>();
        /** images left out because the bank cannot store their type */
        final List<ImportProblem> warnings = new ArrayList<>();
        private final Map<String, String> nameByPath = new HashMap<>();

        HtmlOut(String entry, String dir, int line, String question) {
            this.entry = entry;
            this.dir = dir;
            this.line = line;
            this.question = question;
        }

        /** the item body without the interaction, whose prompt stands where it was */
        String stem(El body, El interaction) {
            StringBuilder sb = new StringBuilder();
            for (Object k : body.kids) {
                write(k, sb, interaction);
            }
            return sb.toString();
        }

        String content(El el) {
            StringBuilder sb = new StringBuilder();
            for (Object k : el.kids) {
                write(k, sb, null);
            }
            return sb.toString();
        }

        private void write(Object node, StringBuilder sb, El interaction) {
            if (node instanceof Text t) {
                sb.append(t.cdata() && looksLikeMarkup(t.text()) ? t.text() : escapeText(t.text()));
                return;
            }
            El e = (El) node;
            String name = e.name.toLowerCase(Locale.ROOT);
            if (e == interaction) {
                El prompt = e.child("prompt");
                if (prompt != null) {
                    boolean block = prompt.children().stream().anyMatch(c -> BLOCKS.contains(c.name.toLowerCase(
                            Locale.ROOT)));
                    sb.append(block ? "" : "<p>").append(content(prompt)).append(block ? "" : "</p>");
                }
                return;
            }
            if (NOT_CONTENT.contains(name) || name.endsWith("interaction")) {
                return;
            }
            String cls = e.attr("class") == null ? "" : e.attr("class");
            if (name.equals("div") && cls.matches(".*\\b(grid-row|col-\\d+|" + Qti21Format.CLASS_STEM + ")\\b.*")) {
                for (Object k : e.kids) {
                    write(k, sb, interaction);
                }
                return;
            }
            if (name.equals("object")) {
                object(e, sb);
                return;
            }
            String tag = name;
            String restored = restoredTag(cls);
            if (name.equals("span") && restored != null) {
                tag = restored;
            }
            sb.append('<').append(tag);
            attributes(e, name, cls).forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(escapeAttr(v))
                    .append('"'));
            sb.append('>');
            if (VOID.contains(tag)) {
                return;
            }
            for (Object k : e.kids) {
                write(k, sb, interaction);
            }
            sb.append("</").append(tag).append('>');
        }

        /** an image object becomes an img; any other object is content the bank cannot hold */
        private void object(El e, StringBuilder sb) {
            String type = String.valueOf(e.attr("type")).toLowerCase(Locale.ROOT);
            if (type.startsWith("image/") && e.attr("data") != null) {
                sb.append("<img src=\"").append(escapeAttr(image(e.attr("data"), e.line)))
                        .append("\" alt=\"").append(escapeAttr(e.text().strip())).append("\">");
            } else {
                // a reading passage, a sound, a video: what the question asks about, which the bank cannot hold
                String data = e.attr("data") == null ? "" : e.attr("data").strip();
                embedded.add(String.join(" ", "object", e.attr("type") == null ? "" : type, data).strip());
            }
        }

        /** the attributes to write: QTI's own, an img's src resolved, and those our exports carry in class tokens */
        private Map<String, String> attributes(El e, String name, String cls) {
            List<String> tokens = List.of(cls.trim().split("\\s+"));
            boolean noAlt = tokens.contains(Qti21Format.CLASS_NO_ALT);
            Map<String, String> attrs = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, String> a : e.attrs.entrySet()) {
                String key = a.getKey();
                if (key.contains(":") || key.equals("xmlns") || key.equals("class") || (noAlt && key.equals("alt"))) {
                    continue; // a class means nothing once cleaned; ours are read below
                }
                String value = a.getValue();
                if (name.equals("img") && key.equals("src")) {
                    value = image(value, e.line);
                }
                attrs.put(key, value);
            }
            List<String> order = null;
            for (String token : tokens) {
                if (token.startsWith(Qti21Format.CLASS_ATTR_PREFIX) && token.indexOf('=') > 0) {
                    String attr = token.substring(Qti21Format.CLASS_ATTR_PREFIX.length(), token.indexOf('='));
                    attrs.put(attr, percentDecode(token.substring(token.indexOf('=') + 1)));
                } else if (token.startsWith(Qti21Format.CLASS_ORDER_PREFIX)) {
                    order = List.of(token.substring(Qti21Format.CLASS_ORDER_PREFIX.length()).split(","));
                }
            }
            if (order != null && attrs.keySet().containsAll(order) && order.size() == attrs.size()) {
                Map<String, String> ordered = new java.util.LinkedHashMap<>();
                order.forEach(k -> ordered.put(k, attrs.get(k)));
                return ordered;
            }
            return attrs;
        }

        private String restoredTag(String cls) {
            for (String token : cls.trim().split("\\s+")) {
                for (String t : Qti21Format.SPAN_TAGS) {
                    if (token.equals(Qti21Format.CLASS_TAG_PREFIX + t)) {
                        return t;
                    }
                }
            }
            return null;
        }

        /** the {@code src} to keep: a file of the package becomes {@code @@PLUGINFILE@@/name} */
        private String image(String src, int line) {
            String s = src == null ? "" : src.trim();
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.startsWith("data:image/")) {
                return s;
            }
            if (s.isEmpty() || lower.matches("^[a-z][a-z0-9+.-]*:.*") || s.startsWith("//")) {
                // SafeHtml would drop a remote image (or TAO's taomedia:// left unresolved) and the question could
                // no longer be answered: refuse it instead
                problems.add(new ImportProblem(line, "import.qti21.externalImage", at(entry, s)));
                return s;
            }
            String path = files == null ? null : findFile(dir, s);
            if (path == null) {
                problems.add(new ImportProblem(line, "import.qti21.missingFile", at(entry, s)));
                return s;
            }
            String name = nameByPath.get(path);
            if (name == null) {
                name = uniqueName(nfc(path.substring(path.lastIndexOf('/') + 1)));
                nameByPath.put(path, name);
                if (!MediaTypes.stored(Qti21Format.mimeType(name))) {
                    // an image the bank cannot store (BMP, TIFF): left out, and the preview says so
                    warnings.add(new ImportProblem(line, "import.content.fileUnsupported", name, question));
                    return "";
                }
                media.add(new Media(name, Qti21Format.mimeType(name), files.get(path)));
            }
            if (media.stream().noneMatch(m -> m.name().equals(nameByPath.get(path)))) {
                return "";
            }
            return SafeHtml.PLUGINFILE + name;
        }

        private String uniqueName(String name) {
            Set<String> used = new java.util.HashSet<>(nameByPath.values());
            if (!used.contains(name)) {
                return name;
            }
            int dot = name.lastIndexOf('.');
            String base = dot > 0 ? name.substring(0, dot) : name;
            String ext = dot > 0 ? name.substring(dot) : "";
            for (int i = 2; ; i++) {
                String candidate = base + "-" + i + ext;
                if (!used.contains(candidate)) {
                    return candidate;
                }
            }
        }
    }

    private static boolean looksLikeMarkup(String s) {
        return s.matches("(?s).*<[A-Za-z/!].*");
    }

    private static String escapeText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String escapeAttr(String s) {
        return escapeText(s).replace("\"", "&quot;");
    }

    // ---------------------------------------------------------------------------------------------- LOM

    /** What the manifest says about one item (IEEE LOM, in either the LOM 2002 or the IMS MD 1.2 binding). */
    private record Metadata(String ownIdentifier, List<String> topic, Difficulty difficulty, String source,
                            List<String> tags) {

        static Metadata of(El metadata) {
            if (metadata == null) {
                return new Metadata(null, List.of(), null, null, List.of());
            }
            El lom = metadata.descendant("lom");
            El root = lom != null ? lom : metadata;
            String ownId = null;
            El general = root.descendant("general");
            List<String> keywords = new ArrayList<>();
            if (general != null) {
                for (El id : general.children("identifier")) {
                    El catalog = id.child("catalog");
                    El entry = id.child("entry");
                    if (catalog != null && entry != null
                            && Qti21Format.CATALOG.equalsIgnoreCase(langString(catalog))) {
                        ownId = blankToNull(langString(entry));
                    }
                }
                for (El k : general.children("keyword")) {
                    String word = langString(k).strip();
                    if (!word.isEmpty()) {
                        keywords.add(nfc(word));
                    }
                }
            }
            Difficulty difficulty = null;
            El diff = root.descendant("difficulty");
            if (diff != null) {
                El value = diff.child("value");
                difficulty = lomDifficulty(value == null ? langString(diff) : langString(value));
            }
            List<String> topic = taxonPath(root);
            // our convention for what LOM has no field for: difficulty: and source: keywords
            String source = null;
            List<String> tags = new ArrayList<>();
            for (String k : keywords) {
                String lower = k.toLowerCase(Locale.ROOT);
                if (lower.startsWith(Qti21Format.DIFFICULTY_TAG) && Qti21Format.tagDifficulty(k) != null) {
                    if (difficulty == null) {
                        difficulty = Qti21Format.tagDifficulty(k);
                    }
                } else if (lower.startsWith(Qti21Format.SOURCE_TAG) && source == null
                        && !k.substring(Qti21Format.SOURCE_TAG.length()).isBlank()) {
                    source = k.substring(Qti21Format.SOURCE_TAG.length()).strip();
                } else {
                    tags.add(k);
                }
            }
            return new Metadata(ownId, topic, difficulty, source, tags);
        }

        /** the first text of a LangString (string, langstring) or the element's own text */
        private static String langString(El el) {
            for (El s : el.descendants(e -> e.is("string") || e.is("langstring"))) {
                if (!s.text().isBlank()) {
                    return s.text().strip();
                }
            }
            return el.text().strip();
        }

        private static Difficulty lomDifficulty(String value) {
            return switch (value.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "")) {
                case "veryeasy", "easy" -> Difficulty.EASY;
                case "medium" -> Difficulty.MEDIUM;
                case "difficult", "verydifficult", "hard" -> Difficulty.HARD;
                default -> null;
            };
        }

        /** the taxon path of the "discipline" classification, else of the first classification having one */
        private static List<String> taxonPath(El root) {
            El chosen = null;
            for (El c : root.descendants(e -> e.is("classification"))) {
                if (c.child("taxonPath") == null) {
                    continue;
                }
                El purpose = c.child("purpose");
                if (purpose != null && "discipline".equalsIgnoreCase(purpose.child("value") == null
                        ? langString(purpose) : langString(purpose.child("value")))) {
                    chosen = c;
                    break;
                }
                if (chosen == null) {
                    chosen = c;
                }
            }
            if (chosen == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (El taxon : chosen.child("taxonPath").children("taxon")) {
                El entry = taxon.child("entry");
                String name = entry != null ? langString(entry) : "";
                if (name.isEmpty() && taxon.child("id") != null) {
                    name = taxon.child("id").text().strip();
                }
                if (!name.isEmpty()) {
                    out.add(nfc(name));
                }
            }
            return out;
        }
    }
}
