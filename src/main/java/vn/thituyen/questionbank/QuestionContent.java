package vn.thituyen.questionbank;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thituyen.questionbank.format.SafeHtml;

/**
 * What a question says: the content of one version, as an author enters it or a file brings it. {@link #check()}
 * is the one rule for a well-formed question, used by the editor and by every import.
 *
 * @param correct indexes into {@code options} of the key (one for SINGLE and TRUE_FALSE)
 * @param topicId null: the bank's root
 */
public record QuestionContent(
        QuestionType type,
        TextFormat format,
        String stem,
        List<String> options,
        Set<Integer> correct,
        Long topicId,
        Difficulty difficulty,
        String source,
        List<String> tags,
        String externalId,
        List<File> media) {

    public static final int MAX_STEM = 20_000;
    public static final int MAX_OPTION = 4_000;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_SOURCE = 500;
    public static final int MAX_TAG = 60;
    public static final int MAX_TAGS_TOTAL = 1_000;
    public static final int MAX_EXTERNAL_ID = 200;
    public static final int MAX_FILE_BYTES = 1_000_000;
    public static final int MAX_FILES = 10;
    public static final List<String> TRUE_FALSE_OPTIONS = List.of("Đúng", "Sai");

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");
    private static final Pattern PLUGINFILE = Pattern.compile(Pattern.quote(SafeHtml.PLUGINFILE) + "([^\"'\\s>)]+)");

    public QuestionContent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
        stem = nfc(stem == null ? "" : stem.strip());
        options = options == null ? List.of() : options.stream().map(o -> nfc(o == null ? "" : o.strip())).toList();
        correct = correct == null ? Set.of() : Set.copyOf(new TreeSet<>(correct));
        source = blankToNull(nfc(source));
        tags = tags == null ? List.of() : tags.stream().map(t -> nfc(t).strip()).filter(t -> !t.isEmpty())
                .distinct().toList();
        externalId = blankToNull(nfc(externalId));
        media = media == null ? List.of() : List.copyOf(media);
        if (format == TextFormat.HTML) {
            stem = SafeHtml.clean(stem);
            options = options.stream().map(SafeHtml::clean).toList();
        }
    }

    /** The key as letters in the order shown to authors, e.g. "B" or "A, C". */
    public String keyLetters() {
        return letters(correct);
    }

    public static String letters(Set<Integer> indexes) {
        StringBuilder sb = new StringBuilder();
        for (int i : new TreeSet<>(indexes)) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append((char) ('A' + i));
        }
        return sb.toString();
    }

    /** The stem as text a person reads (no markup): for lists, search and duplicate detection. */
    public String stemText() {
        return format == TextFormat.HTML ? SafeHtml.text(stem) : stem;
    }

    /**
     * A fingerprint of what a candidate would read: stem and options as text, case, spacing and diacritic
     * composition ignored, options in any order. Two questions with the same fingerprint are duplicates.
     */
    public String fingerprint() {
        SortedSet<String> opts = new TreeSet<>();
        for (String o : options) {
            opts.add(squash(format == TextFormat.HTML ? SafeHtml.text(o) : o));
        }
        return squash(stemText()) + "\u0001" + String.join("\u0001", opts);
    }

    private static String squash(String s) {
        return nfc(s).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** field → message key of each problem; empty when the question is well formed. */
    public Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (stemText().isBlank()) {
            errors.put("stem", "validation.required");
        } else if (stem.length() > MAX_STEM) {
            errors.put("stem", "validation.tooLong");
        } else if (CONTROL.matcher(stem).find()) {
            errors.put("stem", "validation.text.chars");
        }
        if (options.size() < 2) {
            errors.put("options", "question.error.tooFewOptions");
        } else if (options.size() > MAX_OPTIONS) {
            errors.put("options", "question.error.tooManyOptions");
        } else {
            Set<String> seen = new HashSet<>();
            for (String o : options) {
                String text = format == TextFormat.HTML ? SafeHtml.text(o) : o;
                boolean hasImage = format == TextFormat.HTML && o.contains("<img");
                if (text.isBlank() && !hasImage) {
                    errors.put("options", "question.error.emptyOption");
                } else if (o.length() > MAX_OPTION) {
                    errors.put("options", "validation.tooLong");
                } else if (CONTROL.matcher(o).find()) {
                    errors.put("options", "validation.text.chars");
                } else if (!seen.add(squash(text) + (hasImage ? o : ""))) {
                    errors.put("options", "question.error.sameOption");
                }
            }
        }
        if (type == QuestionType.TRUE_FALSE && !options.equals(TRUE_FALSE_OPTIONS)) {
            errors.put("options", "question.error.trueFalseOptions");
        }
        if (correct.isEmpty()) {
            errors.put("key", "question.error.keyMissing");
        } else if (correct.stream().anyMatch(i -> i < 0 || i >= options.size())) {
            errors.put("key", "question.error.keyUnknown");
        } else if (type != QuestionType.MULTIPLE && correct.size() != 1) {
            errors.put("key", "question.error.oneKey");
        }
        if (source != null && (source.length() > MAX_SOURCE || CONTROL.matcher(source).find())) {
            errors.put("source", source.length() > MAX_SOURCE ? "validation.tooLong" : "validation.text.chars");
        }
        if (tags.stream().anyMatch(t -> t.length() > MAX_TAG || t.contains(";") || CONTROL.matcher(t).find())
                || String.join("; ", tags).length() > MAX_TAGS_TOTAL) {
            errors.put("tags", "question.error.tags");
        }
        if (externalId != null && externalId.length() > MAX_EXTERNAL_ID) {
            errors.put("externalId", "validation.tooLong");
        }
        checkMedia(errors);
        return errors;
    }

    private void checkMedia(Map<String, String> errors) {
        MediaProblem p = mediaProblem();
        if (p != null) {
            errors.put("media", p.key());
        }
    }

    /** The file the media problem {@link #check()} reports is about ("" when it is the number of files), or null. */
    public String mediaAtFault() {
        MediaProblem p = mediaProblem();
        return p == null ? null : p.file();
    }

    private record MediaProblem(String key, String file) {
    }

    /** the last media problem found, as {@link #check()} reports one problem per field */
    private MediaProblem mediaProblem() {
        MediaProblem found = null;
        Set<String> names = new HashSet<>();
        for (File f : media) {
            if (!names.add(f.name())) {
                found = new MediaProblem("question.error.mediaDuplicate", f.name());
            } else if (f.data().length > MAX_FILE_BYTES) {
                found = new MediaProblem("question.error.mediaTooLarge", f.name());
            } else if (!vn.thituyen.questionbank.format.MediaTypes.stored(f.mimeType())) {
                found = new MediaProblem("question.error.mediaType", f.name());
            } else if (f.name().length() > 200 || f.name().contains("/") || f.name().contains("\\")) {
                found = new MediaProblem("question.error.mediaName", f.name());
            }
        }
        if (media.size() > MAX_FILES) {
            found = new MediaProblem("question.error.mediaCount", "");
        }
        List<String> referenced = new ArrayList<>();
        if (format == TextFormat.HTML) {
            collectReferences(stem, referenced);
            options.forEach(o -> collectReferences(o, referenced));
        }
        for (String r : referenced) {
            if (!names.contains(r)) {
                found = new MediaProblem("question.error.mediaMissing", r);
            }
        }
        return found;
    }

    private static void collectReferences(String html, List<String> out) {
        Matcher m = PLUGINFILE.matcher(html);
        while (m.find()) {
            out.add(java.net.URLDecoder.decode(m.group(1).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An image the question shows. */
    public record File(String name, String mimeType, byte[] data) {
        @Override
        public boolean equals(Object o) {
            return o instanceof File f && name.equals(f.name) && mimeType.equals(f.mimeType)
                    && java.util.Arrays.equals(data, f.data);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, mimeType, java.util.Arrays.hashCode(data));
        }
    }
}
