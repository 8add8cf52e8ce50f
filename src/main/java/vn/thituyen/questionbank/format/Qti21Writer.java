package vn.thituyen.questionbank.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;
import vn.thituyen.questionbank.format.QuestionDraft.Choice;
import vn.thituyen.questionbank.format.QuestionDraft.Media;
import vn.thituyen.questionbank.format.QuestionFormat.Exported;

/** Writes a QTI 2.1 content package; see {@link Qti21Format} for the layout and conventions. */
final class Qti21Writer {

    static final String NS_CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String NS_QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String NS_LOM = "http://ltsc.ieee.org/xsd/LOM";
    static final String NS_QTI_MD = "http://www.imsglobal.org/xsd/imsqti_metadata_v2p1";
    static final String MATCH_CORRECT = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct";

    /** entries carry a fixed time so the same questions always give the same bytes */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);
    private static final Pattern NCNAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");
    private static final Set<String> VOID = Set.of("img", "br", "hr", "col");

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final List<ImportProblem> omitted = new ArrayList<>();
    private final Set<String> itemIds = new HashSet<>();
    private final StringBuilder resources = new StringBuilder();

    Exported write(List<QuestionDraft> questions) {
        for (int i = 0; i < questions.size(); i++) {
            QuestionDraft q = questions.get(i);
            String problem = cannotHold(q);
            if (problem != null) {
                omitted.add(new ImportProblem(i + 1, problem.substring(0, problem.indexOf('|')),
                        problem.substring(problem.indexOf('|') + 1)));
                continue;
            }
            writeItem(q, i + 1);
        }
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("imsmanifest.xml", manifest().getBytes(StandardCharsets.UTF_8));
        all.putAll(entries);
        return new Exported(zip(all), omitted);
    }

    /** "key|detail" when the question cannot be written as it is, else null */
    private static String cannotHold(QuestionDraft q) {
        if (q.choices().size() < 2) {
            return "import.qti21.tooFewChoices|" + q.choices().size();
        }
        if (q.type() == QuestionType.TRUE_FALSE && q.choices().size() != 2) {
            return "import.qti21.trueFalseChoices|" + q.choices().size();
        }
        if (q.format() == TextFormat.HTML) {
            Set<String> names = new HashSet<>();
            for (Media m : q.media()) {
                if (m.name().isEmpty() || m.name().contains("/") || m.name().contains("\\")
                        || m.name().equals(".") || m.name().equals("..")) {
                    return "import.qti21.badMediaName|" + m.name();
                }
                names.add(m.name());
            }
            List<String> texts = new ArrayList<>();
            texts.add(q.stem());
            q.choices().forEach(c -> texts.add(c.text()));
            for (String t : texts) {
                for (Element img : Jsoup.parseBodyFragment(t).select("[src]")) {
                    if (img.attr("src").startsWith(SafeHtml.PLUGINFILE) && mediaName(img.attr("src"), names) == null) {
                        return "import.qti21.missingMedia|" + img.attr("src").substring(SafeHtml.PLUGINFILE.length());
                    }
                }
            }
        }
        return null;
    }

    private void writeItem(QuestionDraft q, int position) {
        String id = q.externalId() != null && NCNAME.matcher(q.externalId()).matches()
                && !itemIds.contains(q.externalId()) ? q.externalId() : "q" + position;
        while (!itemIds.add(id)) {
            id = id + "_" + position;
        }
        String itemPath = "items/" + id + ".xml";
        // images: items/images/<name>, or a folder of the item's own when another question used the name
        Map<String, String> srcByName = new HashMap<>();
        List<String> files = new ArrayList<>();
        files.add(itemPath);
        if (q.format() == TextFormat.HTML) {
            for (Media m : q.media()) {
                String path = "items/images/" + m.name();
                byte[] existing = entries.get(path);
                if (existing != null && !Arrays.equals(existing, m.data())) {
                    path = "items/images/" + id + "/" + m.name();
                }
                entries.put(path, m.data());
                files.add(path);
                srcByName.put(m.name(), encodePath(path.substring("items/".length())));
            }
        }
        entries.put(itemPath, item(q, id, srcByName).getBytes(StandardCharsets.UTF_8));
        resource(q, id, files);
    }

    private String item(QuestionDraft q, String id, Map<String, String> srcByName) {
        boolean single = q.type() != QuestionType.MULTIPLE;
        boolean trueFalse = q.type() == QuestionType.TRUE_FALSE;
        List<String> choiceIds = new ArrayList<>();
        for (int i = 0; i < q.choices().size(); i++) {
            choiceIds.add(trueFalse ? (i == 0 ? Qti21Format.TRUE_ID : Qti21Format.FALSE_ID) : choiceId(i));
        }
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<assessmentItem xmlns=\"").append(NS_QTI).append("\"\n");
        x.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        x.append("    xsi:schemaLocation=\"").append(NS_QTI)
                .append(" http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p1.xsd\"\n");
        x.append("    identifier=\"").append(QtiXml.escapeAttr(id)).append("\" title=\"")
                .append(QtiXml.escapeAttr(title(q))).append("\" adaptive=\"false\" timeDependent=\"false\"")
                .append(" toolName=\"").append(Qti21Format.TOOL_NAME).append("\" toolVersion=\"")
                .append(Qti21Format.TOOL_VERSION).append("\" xml:lang=\"vi\">\n");
        x.append("  <responseDeclaration identifier=\"RESPONSE\" cardinality=\"")
                .append(single ? "single" : "multiple").append("\" baseType=\"identifier\">\n");
        x.append("    <correctResponse>\n");
        for (int i = 0; i < q.choices().size(); i++) {
            if (q.choices().get(i).correct()) {
                x.append("      <value>").append(choiceIds.get(i)).append("</value>\n");
            }
        }
        x.append("    </correctResponse>\n");
        x.append("  </responseDeclaration>\n");
        x.append("  <outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\">\n");
        x.append("    <defaultValue>\n      <value>0</value>\n    </defaultValue>\n");
        x.append("  </outcomeDeclaration>\n");
        boolean html = q.format() == TextFormat.HTML;
        x.append("  <itemBody class=\"").append(html ? Qti21Format.CLASS_HTML : Qti21Format.CLASS_PLAIN)
                .append("\">\n");
        if (html) {
            x.append("    <div class=\"").append(Qti21Format.CLASS_STEM).append("\">")
                    .append(xhtml(q.stem(), srcByName)).append("</div>\n");
        } else {
            x.append("    <p>").append(plain(q.stem())).append("</p>\n");
        }
        x.append("    <choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" maxChoices=\"")
                .append(single ? 1 : 0).append("\">\n");
        for (int i = 0; i < q.choices().size(); i++) {
            Choice c = q.choices().get(i);
            x.append("      <simpleChoice identifier=\"").append(choiceIds.get(i)).append("\">")
                    .append(html ? xhtml(c.text(), srcByName) : plain(c.text())).append("</simpleChoice>\n");
        }
        x.append("    </choiceInteraction>\n");
        x.append("  </itemBody>\n");
        x.append("  <responseProcessing template=\"").append(MATCH_CORRECT).append("\"/>\n");
        x.append("</assessmentItem>\n");
        return x.toString();
    }

    /** the media a {@code @@PLUGINFILE@@/} reference names, as written or percent-decoded (Moodle's habit) */
    private static String mediaName(String src, Set<String> names) {
        String name = src.substring(SafeHtml.PLUGINFILE.length());
        if (names.contains(name)) {
            return name;
        }
        String decoded = Qti21Reader.percentDecode(name);
        return names.contains(decoded) ? decoded : null;
    }

    private static String choiceId(int i) {
        return i < 26 ? String.valueOf((char) ('A' + i)) : "C" + (i + 1);
    }

    /** what TAO and OpenOLAT list the item by: its code and the start of its text */
    private static String title(QuestionDraft q) {
        String text = (q.format() == TextFormat.HTML ? SafeHtml.text(q.stem()) : q.stem()).strip()
                .replaceAll("\\s+", " ");
        if (q.externalId() != null && !q.externalId().isBlank()) {
            text = q.externalId().strip() + " – " + text;
        }
        return text.length() > 100 ? text.substring(0, 99) + "…" : text;
    }

    private static String plain(String text) {
        return QtiXml.escape(text).replace("\n", "<br/>");
    }

    /**
     * The HTML as XHTML that QTI 2.1 accepts. Tags QTI lacks (u, s, del, ins, mark) become spans with a class we
     * read back; an image without alt text gets the required empty one, marked so it is dropped again on read;
     * {@code lang} is QTI's {@code xml:lang}; our images point into the package.
     */
    static String xhtml(String html, Map<String, String> srcByName) {
        StringBuilder sb = new StringBuilder();
        for (Node n : Jsoup.parseBodyFragment(html).body().childNodes()) {
            xhtml(n, sb, srcByName);
        }
        return sb.toString();
    }

    private static void xhtml(Node node, StringBuilder sb, Map<String, String> srcByName) {
        if (node instanceof TextNode t) {
            sb.append(QtiXml.escape(t.getWholeText()));
            return;
        }
        if (!(node instanceof Element e)) {
            return; // comments and the like carry nothing a candidate sees
        }
        String tag = e.normalName();
        List<String> classes = new ArrayList<>();
        if (Qti21Format.SPAN_TAGS.contains(tag)) {
            classes.add(Qti21Format.CLASS_TAG_PREFIX + tag);
            tag = "span";
        }
        StringBuilder attrs = new StringBuilder();
        List<String> order = new ArrayList<>();
        List<String> direct = new ArrayList<>();
        List<String> carried = new ArrayList<>();
        for (Attribute a : e.attributes()) {
            String key = a.getKey();
            String value = a.getValue();
            if (key.equals("class")) {
                classes.add(0, value);
                continue;
            }
            order.add(key);
            if (key.equals("lang")) {
                direct.add(key);
                key = "xml:lang";
            } else if (!Qti21Format.QTI_ATTRIBUTES.getOrDefault(tag, Set.of()).contains(key)) {
                carried.add(key);
                classes.add(Qti21Format.CLASS_ATTR_PREFIX + key + "=" + encodePath(value).replace("/", "%2F"));
                continue;
            } else {
                direct.add(key);
            }
            if (tag.equals("img") && key.equals("src") && value.startsWith(SafeHtml.PLUGINFILE)) {
                String name = mediaName(value, srcByName.keySet());
                value = name == null ? value : srcByName.get(name);
            }
            attrs.append(' ').append(key).append("=\"").append(QtiXml.escapeAttr(value)).append('"');
        }
        List<String> readBack = new ArrayList<>(direct);
        readBack.addAll(carried);
        if (!readBack.equals(order)) {
            classes.add(Qti21Format.CLASS_ORDER_PREFIX + String.join(",", order));
        }
        if (tag.equals("img") && !e.hasAttr("alt")) {
            attrs.append(" alt=\"\"");
            classes.add(Qti21Format.CLASS_NO_ALT);
        }
        sb.append('<').append(tag).append(attrs);
        if (!classes.isEmpty()) {
            sb.append(" class=\"").append(QtiXml.escapeAttr(String.join(" ", classes))).append('"');
        }
        if (VOID.contains(tag)) {
            sb.append("/>");
            return;
        }
        sb.append('>');
        for (Node n : e.childNodes()) {
            xhtml(n, sb, srcByName);
        }
        sb.append("</").append(tag).append('>');
    }

    /** each path segment percent-encoded, so spaces and Vietnamese file names make a valid URI */
    static String encodePath(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == '/') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------- manifest

    private void resource(QuestionDraft q, String id, List<String> files) {
        StringBuilder r = resources;
        r.append("    <resource identifier=\"RES-").append(QtiXml.escapeAttr(id))
                .append("\" type=\"imsqti_item_xmlv2p1\" href=\"").append(encodePath(files.get(0))).append("\">\n");
        r.append("      <metadata>\n");
        r.append("        <imsmd:lom>\n");
        r.append("          <imsmd:general>\n");
        if (q.externalId() != null) {
            r.append("            <imsmd:identifier>\n");
            r.append("              <imsmd:catalog>").append(Qti21Format.CATALOG).append("</imsmd:catalog>\n");
            r.append("              <imsmd:entry>").append(QtiXml.escape(q.externalId())).append("</imsmd:entry>\n");
            r.append("            </imsmd:identifier>\n");
        }
        r.append("            <imsmd:title>\n");
        r.append("              ").append(lang(title(q))).append('\n');
        r.append("            </imsmd:title>\n");
        r.append("            <imsmd:language>vi</imsmd:language>\n");
        List<String> keywords = new ArrayList<>(q.tags());
        if (q.source() != null) {
            keywords.add(Qti21Format.SOURCE_TAG + q.source());
        }
        for (String k : keywords) {
            r.append("            <imsmd:keyword>").append(lang(k)).append("</imsmd:keyword>\n");
        }
        r.append("          </imsmd:general>\n");
        r.append("          <imsmd:technical>\n");
        r.append("            <imsmd:format>text/x-imsqti-item-xml</imsmd:format>\n");
        r.append("          </imsmd:technical>\n");
        if (q.difficulty() != null) {
            r.append("          <imsmd:educational>\n");
            r.append("            <imsmd:difficulty>\n");
            r.append("              <imsmd:source>LOMv1.0</imsmd:source>\n");
            r.append("              <imsmd:value>").append(switch (q.difficulty()) {
                case EASY -> "easy";
                case MEDIUM -> "medium";
                case HARD -> "difficult";
            }).append("</imsmd:value>\n");
            r.append("            </imsmd:difficulty>\n");
            r.append("          </imsmd:educational>\n");
        }
        if (!q.topic().isEmpty()) {
            r.append("          <imsmd:classification>\n");
            r.append("            <imsmd:purpose>\n");
            r.append("              <imsmd:source>LOMv1.0</imsmd:source>\n");
            r.append("              <imsmd:value>discipline</imsmd:value>\n");
            r.append("            </imsmd:purpose>\n");
            r.append("            <imsmd:taxonPath>\n");
            r.append("              <imsmd:source>").append(lang(Qti21Format.CATALOG)).append("</imsmd:source>\n");
            for (String t : q.topic()) {
                r.append("              <imsmd:taxon>\n");
                r.append("                <imsmd:entry>").append(lang(t)).append("</imsmd:entry>\n");
                r.append("              </imsmd:taxon>\n");
            }
            r.append("            </imsmd:taxonPath>\n");
            r.append("          </imsmd:classification>\n");
        }
        r.append("        </imsmd:lom>\n");
        r.append("        <imsqti:qtiMetadata>\n");
        r.append("          <imsqti:timeDependent>false</imsqti:timeDependent>\n");
        r.append("          <imsqti:interactionType>choiceInteraction</imsqti:interactionType>\n");
        r.append("          <imsqti:feedbackType>none</imsqti:feedbackType>\n");
        r.append("          <imsqti:solutionAvailable>true</imsqti:solutionAvailable>\n");
        r.append("          <imsqti:toolName>").append(Qti21Format.TOOL_NAME).append("</imsqti:toolName>\n");
        r.append("          <imsqti:toolVersion>").append(Qti21Format.TOOL_VERSION).append("</imsqti:toolVersion>\n");
        r.append("        </imsqti:qtiMetadata>\n");
        r.append("      </metadata>\n");
        for (String f : files) {
            r.append("      <file href=\"").append(encodePath(f)).append("\"/>\n");
        }
        r.append("    </resource>\n");
    }

    private static String lang(String text) {
        return "<imsmd:string language=\"vi\">" + QtiXml.escape(text) + "</imsmd:string>";
    }

    private String manifest() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest xmlns=\"" + NS_CP + "\"\n"
                + "    xmlns:imsmd=\"" + NS_LOM + "\"\n"
                + "    xmlns:imsqti=\"" + NS_QTI_MD + "\"\n"
                + "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "    xsi:schemaLocation=\"" + NS_CP
                + " http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd " + NS_LOM
                + " http://www.imsglobal.org/xsd/imsmd_loose_v1p3p2.xsd " + NS_QTI_MD
                + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_metadata_v2p1p1.xsd\"\n"
                + "    identifier=\"MANIFEST-" + Qti21Format.TOOL_NAME + "\">\n"
                + "  <metadata>\n"
                + "    <schema>QTIv2.1 Package</schema>\n"
                + "    <schemaversion>1.0.0</schemaversion>\n"
                + "  </metadata>\n"
                + "  <organizations/>\n"
                + "  <resources>\n"
                + resources
                + "  </resources>\n"
                + "</manifest>\n";
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                ZipEntry entry = new ZipEntry(f.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
