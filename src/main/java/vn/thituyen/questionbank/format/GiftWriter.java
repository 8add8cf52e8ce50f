package vn.thituyen.questionbank.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;
import vn.thituyen.questionbank.format.QuestionDraft.Choice;
import vn.thituyen.questionbank.format.QuestionFormat.Exported;

/** Writes GIFT as Moodle 4 writes it; see {@link GiftFormat} for what is written and what is left out. */
final class GiftWriter {

    Exported write(List<QuestionDraft> questions) {
        return MoodleExport.write(questions, "", GiftWriter::unwritable,
                (out, topic) -> out.append("$CATEGORY: ").append(CategoryPath.write(topic)).append("\n\n"),
                (out, q, number) -> writeQuestion(out, q), "");
    }

    private static String unwritable(QuestionDraft q) {
        if (!Drafts.wellFormed(q)) {
            return "import.gift.omitted.invalid";
        }
        if (!q.media().isEmpty()) {
            return "import.gift.omitted.media";
        }
        if (!CategoryPath.writable(q.topic())) {
            return "import.gift.omitted.topic";
        }
        for (String tag : TagConvention.write(q)) {
            if (!tokenSafe(tag) || tag.contains("<") || tag.contains(">")) {
                return "import.gift.omitted.tag";
            }
        }
        if (q.externalId() != null && !tokenSafe(q.externalId())) {
            return "import.gift.omitted.tag";
        }
        return null;
    }

    /**
     * What Moodle's {@code [id:]} and {@code [tag:]} comment tokens carry: no control character (a tab or line
     * break ends the token) and no final backslash, which would escape the closing "]".
     */
    private static boolean tokenSafe(String s) {
        return s.chars().noneMatch(Character::isISOControl) && !s.endsWith("\\");
    }

    private static void writeQuestion(StringBuilder out, QuestionDraft q) {
        List<String> tokens = new ArrayList<>();
        if (q.externalId() != null) {
            tokens.add("[id:" + q.externalId().replace("]", "\\]") + "]");
        }
        for (String tag : TagConvention.write(q)) {
            tokens.add("[tag:" + tag.replace("]", "\\]") + "]");
        }
        if (!tokens.isEmpty()) {
            out.append("// ").append(String.join(" ", tokens)).append('\n');
        }
        if (q.externalId() != null) {
            out.append("::").append(escape(q.externalId())).append("::");
        }
        String stemMarker;
        if (q.format() == TextFormat.HTML) {
            stemMarker = "[html]";
        } else {
            // Moodle shows unmarked text as HTML; a leading "[" or "//" would be read as a marker or a comment
            String s = q.stem();
            stemMarker = s.startsWith("[") || s.startsWith("//") || looksLikeHtml(s) ? "[plain]" : "";
        }
        out.append(stemMarker).append(escape(q.stem()));
        if (q.type() == QuestionType.TRUE_FALSE) {
            out.append(q.choices().get(0).correct() ? "{TRUE}" : "{FALSE}").append("\n\n");
            return;
        }
        out.append("{\n");
        int keys = q.correctIndexes().size();
        String weight = Drafts.weight(keys);
        for (Choice c : q.choices()) {
            out.append('\t');
            if (q.type() == QuestionType.MULTIPLE) {
                out.append(c.correct() ? "~%" + weight + "%" : "~%-100%");
            } else {
                out.append(c.correct() ? '=' : '~');
            }
            out.append(choiceMarker(q, stemMarker, c.text())).append(escape(c.text())).append('\n');
        }
        out.append("}\n\n");
    }

    /**
     * An option inherits the stem's format; it is marked when it starts with "[" or "%" (which would read as a
     * marker or a weight) or, plain under an unmarked stem, when Moodle would take it for HTML.
     */
    private static String choiceMarker(QuestionDraft q, String stemMarker, String text) {
        boolean leading = text.startsWith("[") || text.startsWith("%");
        if (q.format() == TextFormat.HTML) {
            return leading ? "[html]" : "";
        }
        return leading || stemMarker.isEmpty() && looksLikeHtml(text) ? "[plain]" : "";
    }

    private static boolean looksLikeHtml(String s) {
        return s.contains("<") || s.contains("&");
    }

    /** Moodle's repchar: every character with a meaning in GIFT escaped, line breaks as \n. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', ':', '#', '=', '~', '{', '}' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
