package vn.thituyen.questionbank.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the safe HTML subset ({@link SafeHtml}) cannot hold, found before cleaning would silently flatten or drop
 * it: MathML (cleaned to its bare digits, "1/2" read as "12"), embedded documents and media from elsewhere
 * ({@code object}, {@code embed}, {@code iframe}, {@code audio}, {@code video}, inline {@code svg}…) and links. A
 * question must not lose such content without the preview saying so.
 */
final class HtmlContent {

    /** elements whose content cleaning removes (their text, if any, stays) */
    private static final Set<String> EMBEDDED = Set.of("object", "embed", "iframe", "frame", "frameset", "applet",
            "audio", "video", "canvas", "svg", "portal");

    private HtmlContent() {
    }

    /**
     * The HTML to clean, each readable formula replaced by its text, and what the question would lose.
     *
     * @param formulas   formulas kept as text (one line each, {@code x^2}); worth a warning
     * @param unreadable formulas without a faithful reading: the question cannot be imported
     * @param embedded   embedded content from elsewhere (tag and address): the question cannot be imported
     * @param links      addresses of links, of which only the text is kept; worth a warning
     */
    record Review(String html, List<String> formulas, List<String> unreadable, List<String> embedded,
                  List<String> links) {
    }

    /**
     * @param files the files the question carries (Moodle's {@code <file>}), by name: media showing only those is
     *              not content from elsewhere (what becomes of such a file is decided, and named, with the file)
     */
    static Review review(String html, Set<String> files) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
        List<String> formulas = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Element math : doc.body().getAllElements().stream().filter(MathText::isMath).toList()) {
            if (math.parents().stream().anyMatch(MathText::isMath)) {
                continue; // read with the formula around it
            }
            String asHtml = MathText.html(math);
            String asText = MathText.text(math);
            if (asHtml == null || asText == null) {
                unreadable.add(TextFiles.excerpt(math.text()));
            } else {
                formulas.add(asText);
                math.before(asHtml);
                math.remove();
            }
        }
        List<String> embedded = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            String name = MathText.local(e);
            if (EMBEDDED.contains(name) && !onlyQuestionFiles(e, files)) {
                String where = source(e);
                embedded.add(where.isEmpty() ? name : name + " " + where);
            }
        }
        List<String> links = new ArrayList<>();
        for (Element a : doc.body().select("a[href]")) {
            String href = a.attr("href").strip();
            if (!href.isEmpty() && !href.startsWith("#") && !isQuestionFile(href, files)) {
                links.add(href);
            }
        }
        doc.outputSettings().prettyPrint(false);
        return new Review(doc.body().html(), formulas, unreadable, embedded, links);
    }

    /**
     * The HTML without the elements that show one of {@code files} ({@code @@PLUGINFILE@@/} references): an image
     * or a media element is removed, a link keeps its text.
     */
    static String withoutFiles(String html, Set<String> files) {
        if (files.isEmpty() || html == null) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        boolean changed = false;
        for (Element e : doc.body().select("[src], [href], [data]")) {
            if (e.parent() == null || !showsOneOf(e, files)) {
                continue;
            }
            Element media = e.normalName().equals("source") || e.normalName().equals("track")
                    ? e.closest("audio, video, picture") : null;
            if (e.normalName().equals("a")) {
                e.unwrap();
            } else if (media != null) {
                media.remove();
            } else {
                e.remove();
            }
            changed = true;
        }
        if (!changed) {
            return html;
        }
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    private static boolean showsOneOf(Element e, Set<String> files) {
        for (String attr : List.of("src", "href", "data")) {
            String v = e.attr(attr);
            if (v.startsWith(SafeHtml.PLUGINFILE)) {
                String ref = v.substring(SafeHtml.PLUGINFILE.length()).replaceAll("[?#].*$", "");
                if (Drafts.resolve(ref, files) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** media whose every source is a file of the question: what happens to the file decides (it is named) */
    private static boolean onlyQuestionFiles(Element e, Set<String> files) {
        List<String> sources = new ArrayList<>();
        for (Element s : e.select("[src], [data]")) {
            sources.add(s.hasAttr("src") ? s.attr("src") : s.attr("data"));
        }
        return !sources.isEmpty() && sources.stream().allMatch(s -> isQuestionFile(s, files));
    }

    private static boolean isQuestionFile(String address, Set<String> files) {
        String a = address.strip();
        if (!a.startsWith(SafeHtml.PLUGINFILE)) {
            return false;
        }
        return Drafts.resolve(a.substring(SafeHtml.PLUGINFILE.length()).replaceAll("[?#].*$", ""), files) != null;
    }

    private static String source(Element e) {
        for (Element s : e.select("[src], [data]")) {
            String v = (s.hasAttr("src") ? s.attr("src") : s.attr("data")).strip();
            if (!v.isEmpty()) {
                return v.toLowerCase(Locale.ROOT).startsWith("data:") ? "data:…" : v;
            }
        }
        return "";
    }
}
