package vn.thituyen.questionbank.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;
import vn.thituyen.questionbank.format.QuestionFormat.Exported;

/** Writes Aiken files; see {@link AikenFormat} for what is written and what is left out. */
final class AikenWriter {

    Exported write(List<QuestionDraft> questions) {
        StringBuilder out = new StringBuilder();
        List<ImportProblem> omitted = new ArrayList<>();
        for (int n = 0; n < questions.size(); n++) {
            QuestionDraft q = questions.get(n);
            String reason = unwritable(q);
            if (reason != null) {
                omitted.add(new ImportProblem(n + 1, reason, TextFiles.excerpt(
                        Drafts.readable(q.stem(), q.format()))));
                continue;
            }
            out.append(q.stem()).append('\n');
            for (int c = 0; c < q.choices().size(); c++) {
                out.append((char) ('A' + c)).append(". ").append(q.choices().get(c).text()).append('\n');
            }
            out.append("ANSWER: ").append((char) ('A' + q.correctIndexes().get(0))).append("\n\n");
        }
        return new Exported(out.toString().getBytes(StandardCharsets.UTF_8), omitted);
    }

    private static String unwritable(QuestionDraft q) {
        if (!Drafts.wellFormed(q)) {
            return "import.aiken.omitted.invalid";
        }
        if (q.type() == QuestionType.MULTIPLE) {
            return "import.aiken.omitted.type";
        }
        if (q.format() == TextFormat.HTML) {
            return "import.aiken.omitted.html";
        }
        if (!q.media().isEmpty()) {
            return "import.aiken.omitted.media";
        }
        if (q.choices().size() > 26) {
            return "import.aiken.omitted.tooManyOptions";
        }
        if (q.stem().contains("\n") || q.choices().stream().anyMatch(c -> c.text().contains("\n"))) {
            return "import.aiken.omitted.multiline";
        }
        // a stem like "A. …" or "ANSWER: B" would be read as an option or a key, one shorter than two bytes
        // would be passed over
        String stem = q.stem();
        if (AikenReader.OPTION.matcher(stem).matches() || AikenReader.ANSWER.matcher(stem).matches()
                || AikenReader.ANSWER_LIKE.matcher(stem).matches()
                || stem.getBytes(StandardCharsets.UTF_8).length < 2) {
            return "import.aiken.omitted.unreadable";
        }
        return null;
    }
}
