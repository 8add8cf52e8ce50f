package vn.thituyen.questionbank.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thituyen.questionbank.format.QuestionDraft.Media;

/**
 * The HTML texts of one question on their way into the bank: each is cleaned to the safe subset, and what the
 * subset cannot hold is kept where it can be and named where it cannot. A formula (MathML) is kept as readable text
 * with a warning; a question depending on content the bank cannot keep (embedded documents or media from
 * elsewhere, a formula with no faithful reading) is skipped with the reason; a file the bank cannot store (not an
 * image of a stored type) or that the question does not show is left out with a warning naming the file and the
 * question, and the question is imported without it.
 */
final class QuestionHtml {

    private final int line;
    private final String question;
    private final Map<String, Media> files;
    private final Set<String> unsupported = new LinkedHashSet<>();
    private final Set<String> shown = new LinkedHashSet<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private ImportProblem skip;

    /**
     * @param line     the question's line, where its warnings and skip are reported
     * @param question how messages name the question
     * @param files    the files the question carries (Moodle's {@code <file>}), by name; none for other formats
     */
    QuestionHtml(int line, String question, Map<String, Media> files) {
        this.line = line;
        this.question = question;
        this.files = files;
        files.values().stream().filter(m -> !MediaTypes.stored(m.mimeType())).map(Media::name)
                .forEach(unsupported::add);
    }

    /** The HTML of a stem or option, cleaned: formulas as text, files the bank cannot store no longer shown. */
    String clean(String html) {
        HtmlContent.Review r = HtmlContent.review(HtmlContent.withoutFiles(html, unsupported), files.keySet());
        r.formulas().forEach(f -> warn("import.content.mathAsText", f));
        r.links().forEach(l -> warn("import.content.link", l));
        if (skip == null && !r.unreadable().isEmpty()) {
            skip = new ImportProblem(line, "import.content.mathUnreadable", r.unreadable().get(0), question);
        }
        if (skip == null && !r.embedded().isEmpty()) {
            skip = new ImportProblem(line, "import.content.embedded", r.embedded().get(0), question);
        }
        String out = TextFiles.nfc(SafeHtml.clean(r.html())).strip();
        for (String ref : Drafts.references(out)) {
            String name = Drafts.resolve(ref, files.keySet());
            if (name != null) {
                shown.add(name);
            }
        }
        return out;
    }

    /** The files kept with the question: those it shows and the bank stores. The others are named in warnings. */
    List<Media> keptFiles() {
        List<Media> kept = new ArrayList<>();
        for (Media m : files.values()) {
            if (unsupported.contains(m.name())) {
                warn("import.content.fileUnsupported", m.name());
            } else if (!shown.contains(m.name())) {
                warn("import.content.fileNotShown", m.name());
            } else {
                kept.add(m);
            }
        }
        return kept;
    }

    /** Why the question cannot be imported, or null. */
    ImportProblem skip() {
        return skip;
    }

    List<ImportProblem> warnings() {
        return warnings;
    }

    private void warn(String key, String detail) {
        ImportProblem w = new ImportProblem(line, key, detail, question);
        if (!warnings.contains(w)) {
            warnings.add(w);
        }
    }
}
