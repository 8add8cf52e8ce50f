package vn.thituyen.questionbank.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import vn.thituyen.questionbank.format.QuestionFormat.Exported;

/**
 * The walk both Moodle text formats (GIFT, Moodle XML) make over the bank's questions, as Moodle 4 exports them: a
 * question the format cannot hold is left out with the reason (numbered as in the bank's list); the others are
 * written in order, a category where the topic changes, each with the notes of what Moodle would do differently.
 */
final class MoodleExport {

    private MoodleExport() {
    }

    /**
     * @param head       the file's opening (may be empty)
     * @param unwritable why a question cannot be written (a message key), or null
     * @param category   writes the category entry for a topic
     * @param question   writes one question with its number in the list
     * @param tail       the file's closing (may be empty)
     */
    static Exported write(List<QuestionDraft> questions, String head, Function<QuestionDraft, String> unwritable,
            BiConsumer<StringBuilder, List<String>> category, QuestionWriter question, String tail) {
        StringBuilder out = new StringBuilder(head);
        List<ImportProblem> omitted = new ArrayList<>();
        List<ImportProblem> notes = new ArrayList<>();
        List<String> topic = List.of();
        for (int n = 0; n < questions.size(); n++) {
            QuestionDraft q = questions.get(n);
            String reason = unwritable.apply(q);
            if (reason != null) {
                omitted.add(new ImportProblem(n + 1, reason, q.externalId() != null ? q.externalId()
                        : TextFiles.excerpt(Drafts.readable(q.stem(), q.format()))));
                continue;
            }
            if (!q.topic().equals(topic)) {
                topic = q.topic();
                category.accept(out, topic);
            }
            question.write(out, q, n + 1);
            notes.addAll(MoodleLimits.notes(q, n + 1));
        }
        out.append(tail);
        return new Exported(out.toString().getBytes(StandardCharsets.UTF_8), omitted, notes);
    }

    @FunctionalInterface
    interface QuestionWriter {
        void write(StringBuilder out, QuestionDraft q, int number);
    }
}
