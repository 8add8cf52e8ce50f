package vn.thituyen.questionbank.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;
import vn.thituyen.questionbank.format.QuestionDraft.Choice;
import vn.thituyen.questionbank.format.QuestionDraft.Media;
import vn.thituyen.questionbank.format.QuestionFormat.Exported;

/** Writes Moodle XML as Moodle 4 writes it; see {@link MoodleXmlFormat} for what is written and what is left out. */
final class MoodleXmlWriter {

    Exported write(List<QuestionDraft> questions) {
        return MoodleExport.write(questions, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n",
                MoodleXmlWriter::unwritable, (x, topic) -> x
                        .append("<!-- question: 0  -->\n  <question type=\"category\">\n    <category>\n      ")
                        .append(textElement(CategoryPath.write(topic)))
                        .append("    </category>\n    <info format=\"moodle_auto_format\">\n      <text></text>\n")
                        .append("    </info>\n    <idnumber></idnumber>\n  </question>\n\n"),
                MoodleXmlWriter::question, "</quiz>\n");
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
