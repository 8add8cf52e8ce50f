package vn.thituyen.questionbank.format;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import vn.thituyen.questionbank.TextFormat;
import vn.thituyen.questionbank.format.QuestionDraft.Choice;

/** Checks and text conversions the formats share. */
final class Drafts {

    static final String TRUE = "Đúng";
    static final String FALSE = "Sai";

    private Drafts() {
    }

    /**
     * Whether a draft is well formed: what every writer requires so that reading its own file gives the draft
     * back. Text is trimmed (every format trims), holds no control characters but line feed and tab (XML cannot
     * carry them, GIFT and Aiken lose carriage returns), and the key fits the type.
     */
    static boolean wellFormed(QuestionDraft q) {
        if (!text(q.stem()) || q.choices().size() < 2 || !optional(q.externalId()) || !optional(q.source())) {
            return false;
        }
        for (Choice c : q.choices()) {
            if (!text(c.text())) {
                return false;
            }
        }
        for (String t : q.tags()) {
            if (!text(t) || TagConvention.reserved(t)) {
                return false;
            }
        }
        for (String t : q.topic()) {
            if (!text(t)) {
                return false;
            }
        }
        Set<String> names = new HashSet<>();
        for (QuestionDraft.Media m : q.media()) {
            if (!text(m.name()) || !names.add(m.name())) {
                return false;
            }
        }
        int keys = q.correctIndexes().size();
        return switch (q.type()) {
            case SINGLE -> keys == 1;
            case MULTIPLE -> keys >= 1;
            case TRUE_FALSE -> keys == 1 && q.choices().size() == 2 && q.choices().get(0).text().equals(TRUE)
                    && q.choices().get(1).text().equals(FALSE);
        };
    }

    private static boolean optional(String s) {
        return s == null || text(s);
    }

    private static boolean text(String s) {
        if (s == null || s.isBlank() || !s.equals(s.strip())) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t' || c == '\uFFFE' || c == '\uFFFF'
                    || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** The two choices of a true/false question, the key on the true one when {@code trueIsCorrect}. */
    static List<Choice> trueFalse(boolean trueIsCorrect) {
        return List.of(new Choice(TRUE, trueIsCorrect), new Choice(FALSE, !trueIsCorrect));
    }

    /**
     * How Moodle treats a text: HTML; plain (plain_text, markdown, wiki); or "Moodle auto-format" (unmarked GIFT
     * text, moodle_auto_format), which Moodle shows as HTML with its line breaks kept. Auto-format text holding no
     * markup is read as plain text; with markup (a tag, an image) it is read as the HTML Moodle shows, since plain
     * text would show the tags and lose the image.
     */
    enum Kind {
        HTML, PLAIN, AUTO;

        TextFormat format(String text) {
            return this == HTML || this == AUTO && hasMarkup(text) ? TextFormat.HTML : TextFormat.PLAIN;
        }

        /** The text as HTML showing what Moodle shows. */
        String toHtml(String text) {
            return switch (this) {
                case HTML -> text;
                case PLAIN -> plainToHtml(text);
                case AUTO -> hasMarkup(text) ? text.replace("\n", "<br>") : plainToHtml(text);
            };
        }
    }

    /** Whether text holds HTML elements ("a < b" and "<50" do not). */
    static boolean hasMarkup(String text) {
        if (text.indexOf('<') < 0) {
            return false;
        }
        return Jsoup.parseBodyFragment(text).body().getAllElements().stream().skip(1)
                .anyMatch(e -> e.tag().isKnownTag());
    }

    /** Plain text shown exactly as HTML, line breaks kept, for a plain option inside an HTML question. */
    static String plainToHtml(String plain) {
        return SafeHtml.escape(plain).replace("\n", "<br>");
    }

    /** Text a person reads in a stem or option, for excerpts in messages. */
    static String readable(String text, TextFormat format) {
        return format == TextFormat.HTML ? SafeHtml.text(text) : text;
    }

    /** Whether HTML shows anything: text or an image. */
    static boolean shows(String html) {
        return !SafeHtml.text(html).isBlank() || !Jsoup.parseBodyFragment(html).select("img").isEmpty();
    }

    /**
     * The files an HTML text refers to as {@code @@PLUGINFILE@@/…}, as written (Moodle URL-encodes them:
     * {@code a%20b.png}), without query or fragment.
     */
    static Set<String> references(String html) {
        Set<String> out = new LinkedHashSet<>();
        for (Element e : Jsoup.parseBodyFragment(html).select("[src], [href]")) {
            for (String attr : List.of("src", "href")) {
                String v = e.attr(attr);
                if (v.startsWith(SafeHtml.PLUGINFILE)) {
                    String ref = v.substring(SafeHtml.PLUGINFILE.length());
                    int cut = indexOfAny(ref, '?', '#');
                    out.add(cut >= 0 ? ref.substring(0, cut) : ref);
                }
            }
        }
        return out;
    }

    /** The name of the file a reference means, among {@code names}: as written, else percent-decoded. */
    static String resolve(String reference, Set<String> names) {
        if (names.contains(reference)) {
            return reference;
        }
        String decoded = percentDecode(reference);
        decoded = decoded == null ? null : TextFiles.nfc(decoded);
        return decoded != null && names.contains(decoded) ? decoded : null;
    }

    /** RFC 3986 decoding; unlike URLDecoder a "+" stays a "+", as in Moodle's rawurlencode'd file names. */
    static String percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length) {
                int hi = Character.digit(bytes[i + 1], 16);
                int lo = Character.digit(bytes[i + 2], 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /**
     * Images the HTML fetches from elsewhere, which {@link SafeHtml#clean} removes: reported rather than dropped,
     * since a stem saying "the picture below" without its picture is a different question.
     */
    static List<String> externalImages(String html) {
        List<String> out = new ArrayList<>();
        for (Element img : Jsoup.parseBodyFragment(html).select("img")) {
            String src = img.attr("src");
            if (!src.startsWith(SafeHtml.PLUGINFILE) && !src.startsWith("data:image/")) {
                out.add(src);
            }
        }
        return out;
    }

    /**
     * The weight of each correct option of a multiple-answer question with {@code keys} correct options, as Moodle
     * writes it: the fraction rounded to 7 decimals (Moodle's column), in percent, e.g. 33.33333.
     */
    static String weight(int keys) {
        return BigDecimal.ONE.divide(BigDecimal.valueOf(keys), 7, RoundingMode.HALF_UP).movePointRight(2)
                .stripTrailingZeros().toPlainString();
    }
}
