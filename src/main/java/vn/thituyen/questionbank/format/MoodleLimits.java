package vn.thituyen.questionbank.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What Moodle keeps of a question it imports (Moodle XML or GIFT), for the export report: a tag is cleaned as a
 * PARAM_TAG (control characters and {@code < > `} removed, runs of spaces made one, cut at {@code TAG_MAX_LENGTH}
 * = 50 characters) and tags differing only in case are one tag; the id number is a column of 100 characters. A
 * question losing part of a tag (the {@code source:} tag of a long legal reference among them) is still written,
 * and named.
 */
final class MoodleLimits {

    static final int TAG_MAX_LENGTH = 50;
    static final int IDNUMBER_MAX_LENGTH = 100;

    private MoodleLimits() {
    }

    /** The losses Moodle will make of question {@code q}, written at {@code position} (1-based). */
    static List<ImportProblem> notes(QuestionDraft q, int position) {
        String name = q.externalId() != null ? q.externalId() : TextFiles.excerpt(Drafts.readable(q.stem(),
                q.format()));
        List<ImportProblem> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (String tag : TagConvention.write(q)) {
            String kept = paramTag(tag);
            if (tag.codePointCount(0, tag.length()) > TAG_MAX_LENGTH) {
                out.add(new ImportProblem(position, "export.moodle.tagTooLong", tag, name));
            } else if (!kept.equals(tag)) {
                out.add(new ImportProblem(position, "export.moodle.tagChars", tag, name));
            }
            String other = seen.putIfAbsent(kept.toLowerCase(Locale.ROOT), tag);
            if (other != null) {
                out.add(new ImportProblem(position, "export.moodle.tagCase", other + " / " + tag, name));
            }
        }
        if (q.externalId() != null && q.externalId().codePointCount(0, q.externalId().length())
                > IDNUMBER_MAX_LENGTH) {
            out.add(new ImportProblem(position, "export.moodle.idnumberTooLong", q.externalId(), name));
        }
        return out;
    }

    /** Moodle's clean_param(PARAM_TAG) */
    static String paramTag(String tag) {
        String t = tag.replaceAll("\\p{Cntrl}|[<>`]", "").replaceAll("\\s+", " ").strip();
        return t.codePointCount(0, t.length()) > TAG_MAX_LENGTH
                ? t.substring(0, t.offsetByCodePoints(0, TAG_MAX_LENGTH)) : t;
    }
}
