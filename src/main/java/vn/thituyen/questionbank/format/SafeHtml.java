package vn.thituyen.questionbank.format;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The HTML a question may hold: formatting, lists, tables, sub/superscript and images that travel with the
 * question ({@code @@PLUGINFILE@@/name}) or are inline ({@code data:image/…}). Scripts, styles, event handlers,
 * frames and images fetched from elsewhere are removed, so an imported file can never run code in a candidate's
 * browser nor reveal who is looking at the question.
 */
public final class SafeHtml {

    /** how stems and options refer to the files stored with the question (Moodle's convention) */
    public static final String PLUGINFILE = "@@PLUGINFILE@@/";

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeProtocols("img", "src", "http", "https")
            .removeTags("a")
            .addTags("s", "del", "ins", "mark", "hr")
            .addAttributes(":all", "lang", "dir");

    private SafeHtml() {
    }

    /** The safe subset of {@code html}, body content only. */
    public static String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html);
        Document clean = new org.jsoup.safety.Cleaner(SAFELIST).clean(dirty);
        for (Element img : clean.select("img")) {
            String src = img.attr("src");
            if (!src.startsWith(PLUGINFILE) && !src.startsWith("data:image/")) {
                img.remove();
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** Whether {@link #clean} would change anything: the caller may want to tell the author. */
    public static boolean isSafe(String html) {
        return clean(html).equals(Jsoup.parseBodyFragment(html).outputSettings(
                new Document.OutputSettings().prettyPrint(false)).body().html());
    }

    /** The text a person reads in the HTML (for lists, duplicates and plain-text formats). */
    public static String text(String html) {
        return Jsoup.parseBodyFragment(html == null ? "" : html).text();
    }

    /** Plain text as HTML that shows exactly that text. */
    public static String escape(String plain) {
        return org.jsoup.nodes.Entities.escape(plain);
    }
}
