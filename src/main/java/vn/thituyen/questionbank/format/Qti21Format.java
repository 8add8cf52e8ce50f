package vn.thituyen.questionbank.format;

import java.util.List;
import java.util.Locale;
import vn.thituyen.questionbank.Difficulty;

/**
 * IMS QTI 2.1 items in an IMS Content Package, the exchange format of TAO and OpenOLAT.
 *
 * <h2>Reading</h2>
 * A zip with an {@code imsmanifest.xml} (at the root or in one folder) whose resources of type
 * {@code imsqti_item_xmlv2p1}/{@code v2p2} are read in manifest order; resources of another type whose file is an
 * assessmentItem are read too, and when the manifest lists no item at all (or there is none) every XML file of the
 * package that is an assessmentItem is read. A bare assessmentItem XML file is read as one item (its images cannot
 * be found, so an item referring to one is refused). QTI 2.1, 2.2 and namespace-less files read alike.
 * <ul>
 * <li>An item with exactly one {@code choiceInteraction} is a question (an {@code endAttemptInteraction}, OpenOLAT's
 * hint button, does not count). Other interactions, several interactions or none are {@link Parsed#skipped()}, and
 * so are items that are not a fixed question with one key: adaptive items, items with template variables or
 * {@code printedVariable}, items with feedback that shows something (see {@code Qti21Reader.notFixed}).</li>
 * <li>{@code maxChoices="1"} (or a response of cardinality single) is SINGLE, 0 or more than 1 is MULTIPLE. Two
 * options reading Đúng/Sai or True/False (any case, any order, optional final period) make a TRUE_FALSE question,
 * whose options become "Đúng", "Sai" in that order.</li>
 * <li>The key is {@code responseDeclaration/correctResponse/value}; without one the item is an error, however the
 * response processing scores it.</li>
 * <li>The stem is the item body without the interaction, with the interaction's {@code prompt} in its place
 * (rubric blocks left out, TAO's layout {@code grid-row}/{@code col-N} divs unwrapped; MathML kept as text with a
 * warning, an {@code object} that is not an image skips the item, see {@link QuestionHtml}). When
 * the stem is text or one paragraph of text and every option is text (or one paragraph of it), the question is
 * PLAIN; else HTML through {@link SafeHtml#clean}. HTML wrapped in CDATA (ONYX) is read as HTML.</li>
 * <li>Images ({@code img}, or {@code object} of an image type) are resolved relative to the item file, e.g. TAO's
 * {@code items/i1/assets/x.png}, become {@code @@PLUGINFILE@@/x.png} with the bytes in the question's media, names
 * made unique within the question ({@code x-2.png}); an image missing from the package is an error, an image of a
 * type the bank cannot store (BMP, TIFF) is left out with a warning.</li>
 * <li>The external id is the item's {@code identifier}.</li>
 * <li>Metadata is IEEE LOM in the manifest resource's {@code metadata}, in the LOM 2002 binding (TAO) or IMS MD 1.2
 * (OpenOLAT): {@code general/keyword} → tags; {@code educational/difficulty} very easy/easy → EASY, medium →
 * MEDIUM, difficult/very difficult → HARD (other values ignored); the topic is the taxon path of the
 * {@code classification} whose purpose is "discipline" (OpenOLAT's taxonomy), else of the first classification
 * with a taxon path, outermost first; keywords {@code difficulty:easy|medium|hard} and {@code source:text} fill
 * difficulty (when LOM has none) and source.</li>
 * <li>Errors give the line in the XML file that has them and a detail starting with the file's path in the
 * package. A question's {@code line} is the line of its resource in the manifest (or of the assessmentItem when it
 * was found by scanning or read bare).</li>
 * </ul>
 *
 * <h2>Writing</h2>
 * {@code imsmanifest.xml} with one {@code imsqti_item_xmlv2p1} resource per question and LOM metadata (keywords
 * from tags and a {@code source:} keyword, LOM difficulty, the topic as a "discipline" taxon path), one
 * {@code items/<id>.xml} per question using the standard {@code match_correct} response processing, and images
 * under {@code items/images/}. The item identifier is the external id when it is a valid QTI identifier, else
 * {@code q<position>}; the item title is the external id, else the start of the stem.
 * <p>
 * So that our own exports read back exactly, items carry {@code toolName="ThiTuyen"} and, for such items only: the
 * external id is the LOM identifier of catalog "ThiTuyen" (absent: none); the item body's class says whether the
 * question is plain text (read as written, {@code <br/>} as a line break) or HTML (the stem is the
 * {@code thituyen-stem} div); true/false questions are the ones whose choices are identified {@code true} and
 * {@code false}; tags QTI's XHTML lacks (u, s, strike, del, ins, mark) are spans of class {@code thituyen-<tag>},
 * attributes it lacks (a table's width, a list's start…) travel as class tokens {@code thituyen-attr-name=value},
 * and an image written with the alt text QTI requires but the question lacked is marked {@code thituyen-noalt}.
 * So the items stay within QTI 2.1's XHTML, which TAO validates on import, and still read back exactly.
 */
public final class Qti21Format implements QuestionFormat {

    public static final String ID = "qti21";

    static final String TOOL_NAME = "ThiTuyen";
    static final String TOOL_VERSION = "1.0";
    static final String CATALOG = "ThiTuyen";
    static final String CLASS_PLAIN = "thituyen-plain";
    static final String CLASS_HTML = "thituyen-html";
    static final String CLASS_STEM = "thituyen-stem";
    static final String CLASS_NO_ALT = "thituyen-noalt";
    static final String CLASS_TAG_PREFIX = "thituyen-";
    static final List<String> SPAN_TAGS = List.of("u", "s", "strike", "del", "ins", "mark");
    /** a class token carrying an HTML attribute QTI's XHTML lacks: {@code thituyen-attr-name=percent-encoded} */
    static final String CLASS_ATTR_PREFIX = "thituyen-attr-";
    /** a class token giving the HTML attributes' order when carrying some in class tokens changed it */
    static final String CLASS_ORDER_PREFIX = "thituyen-order=";
    /** the attributes QTI 2.1 allows, besides id, class, xml:lang and label which every body element has */
    static final java.util.Map<String, java.util.Set<String>> QTI_ATTRIBUTES = java.util.Map.of(
            "img", java.util.Set.of("src", "alt", "longdesc", "height", "width"),
            "table", java.util.Set.of("summary"),
            "td", java.util.Set.of("headers", "scope", "abbr", "axis", "rowspan", "colspan"),
            "th", java.util.Set.of("headers", "scope", "abbr", "axis", "rowspan", "colspan"),
            "col", java.util.Set.of("span"),
            "colgroup", java.util.Set.of("span"),
            "blockquote", java.util.Set.of("cite"),
            "q", java.util.Set.of("cite"),
            "object", java.util.Set.of("data", "type", "width", "height"));
    static final String TRUE_ID = "true";
    static final String FALSE_ID = "false";
    static final String TRUE_TEXT = "Đúng";
    static final String FALSE_TEXT = "Sai";
    static final String DIFFICULTY_TAG = "difficulty:";
    static final String SOURCE_TAG = "source:";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String extension() {
        return "zip";
    }

    @Override
    public String mimeType() {
        return "application/zip";
    }

    @Override
    public Parsed read(byte[] file) {
        return new Qti21Reader().read(file);
    }

    @Override
    public Exported write(List<QuestionDraft> questions) {
        return new Qti21Writer().write(questions);
    }

    /** the difficulty a {@code difficulty:easy|medium|hard} tag names, or null */
    static Difficulty tagDifficulty(String tag) {
        if (!tag.toLowerCase(Locale.ROOT).startsWith(DIFFICULTY_TAG)) {
            return null;
        }
        return switch (tag.substring(DIFFICULTY_TAG.length()).strip().toLowerCase(Locale.ROOT)) {
            case "easy" -> Difficulty.EASY;
            case "medium" -> Difficulty.MEDIUM;
            case "hard" -> Difficulty.HARD;
            default -> null;
        };
    }

    /** the MIME type of an image by its file name */
    static String mimeType(String name) {
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        return switch (ext) {
            case "png" -> "image/png";
            case "jpg", "jpeg", "jpe" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "svg" -> "image/svg+xml";
            case "webp" -> "image/webp";
            case "bmp" -> "image/bmp";
            case "tif", "tiff" -> "image/tiff";
            default -> "application/octet-stream";
        };
    }
}
