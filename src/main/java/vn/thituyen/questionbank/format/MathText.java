package vn.thituyen.questionbank.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Presentation MathML (W3C MathML 3, chapter 3) as text a person reads: the safe HTML subset has no MathML, and
 * cleaning would flatten {@code <mfrac><mn>1</mn><mn>2</mn></mfrac>} to "12". Fractions become {@code a/b}
 * (parenthesised when a part is more than one token), scripts {@code <sup>}/{@code <sub>} (in text: {@code ^} and
 * {@code _}), roots {@code √(…)}, fences and tables their brackets and separators; {@code semantics} shows its
 * presentation child, annotations are left out. Constructs without a faithful linear reading
 * ({@code mmultiscripts}, elementary-math layouts, {@code mglyph}, anything unknown) make the formula unreadable:
 * {@link #render} answers null and the question is not imported with a guessed formula.
 *
 * <p>Element names are matched without a namespace prefix ({@code m:mfrac} is {@code mfrac}), as QTI items write
 * them.
 */
final class MathText {

    private static final Set<String> TOKENS = Set.of("mi", "mn", "mo", "mtext");
    private static final Set<String> ROWS = Set.of("math", "mrow", "mstyle", "mpadded", "merror", "menclose",
            "msqrt", "mtd");
    private static final Set<String> SILENT = Set.of("annotation", "annotation-xml", "mprescripts", "none",
            "mphantom");

    private final boolean html;

    private MathText(boolean html) {
        this.html = html;
    }

    /** The formula as HTML of the safe subset (text, sup, sub), or null when it has no faithful reading. */
    static String html(Element math) {
        return new MathText(true).render(math);
    }

    /** The formula as one line of text ({@code x^2}, {@code a_1}), or null when it has no faithful reading. */
    static String text(Element math) {
        String t = new MathText(false).render(math);
        return t == null ? null : t.replaceAll("\\s+", " ").strip();
    }

    /** Whether an element is a MathML {@code math} element, with or without a prefix. */
    static boolean isMath(Element e) {
        return local(e).equals("math");
    }

    private String render(Element e) {
        try {
            return element(e);
        } catch (Unreadable u) {
            return null;
        }
    }

    private String element(Element e) {
        String name = local(e);
        if (TOKENS.contains(name)) {
            // an identifier or number is its text; text (mtext) keeps its inner spaces
            String t = e.text().replaceAll("\\s+", " ");
            return escape(name.equals("mtext") ? t : t.strip());
        }
        if (SILENT.contains(name)) {
            return "";
        }
        List<Element> kids = e.children();
        return switch (name) {
            case "ms" -> escape("\"" + e.text().strip() + "\"");
            case "mspace" -> " ";
            case "semantics", "maction" -> kids.isEmpty() ? "" : element(kids.get(0));
            case "mfrac" -> fraction(kids);
            case "msup", "mover" -> script(kids, "sup");
            case "msub", "munder" -> script(kids, "sub");
            case "msubsup", "munderover" -> subSup(kids);
            case "mroot" -> root(kids);
            case "mfenced" -> fenced(e, kids);
            case "mtable" -> table(kids);
            case "mtr", "mlabeledtr" -> joined(kids, ", ");
            default -> {
                if (!ROWS.contains(name)) {
                    throw new Unreadable();
                }
                String inner = row(e);
                yield name.equals("msqrt") ? "√" + grouped(inner, kids.size() == 1 ? kids.get(0) : e) : inner;
            }
        };
    }

    /** the children in order; text directly in a row (not in a token) is shown as written */
    private String row(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof Element c) {
                sb.append(element(c));
            } else if (n instanceof TextNode t && !t.isBlank()) {
                sb.append(escape(t.text().strip()));
            }
        }
        return sb.toString();
    }

    private String fraction(List<Element> kids) {
        if (kids.size() != 2) {
            throw new Unreadable();
        }
        return grouped(element(kids.get(0)), kids.get(0)) + "/" + grouped(element(kids.get(1)), kids.get(1));
    }

    private String script(List<Element> kids, String tag) {
        if (kids.size() != 2) {
            throw new Unreadable();
        }
        return element(kids.get(0)) + raised(tag, element(kids.get(1)), kids.get(1));
    }

    private String subSup(List<Element> kids) {
        if (kids.size() != 3) {
            throw new Unreadable();
        }
        return element(kids.get(0)) + raised("sub", element(kids.get(1)), kids.get(1))
                + raised("sup", element(kids.get(2)), kids.get(2));
    }

    private String root(List<Element> kids) {
        if (kids.size() != 2) {
            throw new Unreadable();
        }
        return raised("sup", element(kids.get(1)), kids.get(1)) + "√" + grouped(element(kids.get(0)), kids.get(0));
    }

    private String raised(String tag, String content, Element from) {
        if (html) {
            return "<" + tag + ">" + content + "</" + tag + ">";
        }
        return (tag.equals("sup") ? "^" : "_") + grouped(content, from);
    }

    private String fenced(Element e, List<Element> kids) {
        String open = e.hasAttr("open") ? e.attr("open") : "(";
        String close = e.hasAttr("close") ? e.attr("close") : ")";
        String separators = e.hasAttr("separators") ? e.attr("separators").replaceAll("\\s+", "") : ",";
        StringBuilder sb = new StringBuilder(escape(open));
        for (int i = 0; i < kids.size(); i++) {
            if (i > 0 && !separators.isEmpty()) {
                sb.append(escape(String.valueOf(separators.charAt(Math.min(i - 1, separators.length() - 1)))))
                        .append(' ');
            }
            sb.append(element(kids.get(i)));
        }
        return sb.append(escape(close)).toString();
    }

    private String table(List<Element> rows) {
        List<String> out = new ArrayList<>();
        for (Element r : rows) {
            out.add(element(r));
        }
        return "[" + String.join("; ", out) + "]";
    }

    private String joined(List<Element> kids, String separator) {
        List<String> out = new ArrayList<>();
        for (Element k : kids) {
            out.add(element(k));
        }
        return String.join(separator, out);
    }

    /** a part of more than one token in parentheses, so "(a+b)/2" does not read "a+b/2" */
    private static String grouped(String rendered, Element from) {
        String name = local(from);
        boolean single = TOKENS.contains(name) || name.equals("mfenced")
                || (name.equals("mrow") || name.equals("math")) && from.children().size() == 1
                && TOKENS.contains(local(from.child(0)));
        return single ? rendered : "(" + rendered + ")";
    }

    private String escape(String s) {
        return html ? SafeHtml.escape(s) : s;
    }

    static String local(Element e) {
        String n = e.normalName();
        int colon = n.indexOf(':');
        return (colon >= 0 ? n.substring(colon + 1) : n).toLowerCase(Locale.ROOT);
    }

    /** a construct with no faithful linear reading */
    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }
}
