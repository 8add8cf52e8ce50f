package vn.thituyen.questionbank.format;

import java.util.List;
import java.util.Objects;
import vn.thituyen.questionbank.Difficulty;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;

/**
 * A question as an exchange file describes it, before it is stored: the common shape every format reads into and
 * writes from. Text is Unicode NFC; HTML text (format HTML) refers to images as {@code @@PLUGINFILE@@/name}, each
 * such name present in {@link #media()}.
 *
 * @param line       where the question starts in its file (1-based line, spreadsheet row, or XML line), for errors
 * @param externalId the identifier the source gave it (Moodle idnumber/name, QTI identifier), or null
 * @param topic      the topic path below the bank, outermost first (empty: the bank's root topic)
 * @param difficulty null when the file does not say
 * @param source     the legal or textual reference the question rests on (nguồn, căn cứ), or null
 */
public record QuestionDraft(
        int line,
        String externalId,
        QuestionType type,
        TextFormat format,
        String stem,
        List<Choice> choices,
        List<String> topic,
        Difficulty difficulty,
        String source,
        List<String> tags,
        List<Media> media) {

    public QuestionDraft {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(stem, "stem");
        choices = List.copyOf(choices);
        topic = topic == null ? List.of() : List.copyOf(topic);
        tags = tags == null ? List.of() : List.copyOf(tags);
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** A plain-text single-answer question with nothing else, the common case. */
    public static QuestionDraft single(int line, String stem, List<String> options, int correct) {
        List<Choice> cs = new java.util.ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            cs.add(new Choice(options.get(i), i == correct));
        }
        return new QuestionDraft(line, null, QuestionType.SINGLE, TextFormat.PLAIN, stem, cs, List.of(), null, null,
                List.of(), List.of());
    }

    public QuestionDraft withLine(int newLine) {
        return new QuestionDraft(newLine, externalId, type, format, stem, choices, topic, difficulty, source, tags,
                media);
    }

    /** The same question without its position in a file: what a round trip must preserve. */
    public QuestionDraft withoutLine() {
        return withLine(0);
    }

    public List<Integer> correctIndexes() {
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).correct()) {
                out.add(i);
            }
        }
        return out;
    }

    /** One option; {@code correct} marks the key (one for SINGLE and TRUE_FALSE, one or more for MULTIPLE). */
    public record Choice(String text, boolean correct) {
        public Choice {
            Objects.requireNonNull(text, "text");
        }
    }

    /** An image (or other file) a HTML stem or option refers to as {@code @@PLUGINFILE@@/name}. */
    public record Media(String name, String mimeType, byte[] data) {
        public Media {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mimeType, "mimeType");
            Objects.requireNonNull(data, "data");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Media m && name.equals(m.name) && mimeType.equals(m.mimeType)
                    && java.util.Arrays.equals(data, m.data);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, mimeType, java.util.Arrays.hashCode(data));
        }

        @Override
        public String toString() {
            return "Media[" + name + ", " + mimeType + ", " + data.length + " bytes]";
        }
    }
}
