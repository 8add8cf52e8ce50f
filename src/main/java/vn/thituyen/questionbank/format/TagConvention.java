package vn.thituyen.questionbank.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.thituyen.questionbank.Difficulty;

/**
 * Difficulty and source travel as tags in formats that have no field for them: {@code difficulty:easy|medium|hard}
 * and {@code source:<text>} (prefix case-insensitive), so a bank exported and imported again keeps them.
 */
final class TagConvention {

    static final String DIFFICULTY = "difficulty:";
    static final String SOURCE = "source:";

    /** Vietnamese values are accepted too: question boards write the tags by hand in Moodle. */
    private static final Map<String, Difficulty> LEVELS = Map.of(
            "easy", Difficulty.EASY, "medium", Difficulty.MEDIUM, "hard", Difficulty.HARD,
            "dễ", Difficulty.EASY, "trung bình", Difficulty.MEDIUM, "khó", Difficulty.HARD);

    enum Issue { BAD_DIFFICULTY, TWO_DIFFICULTIES, TWO_SOURCES }

    /** A problem with the tag at {@code index} of the list read. */
    record Found(Issue issue, String tag, int index) {
        /** The import problem's message key for a format ("gift", "moodlexml"): import.gift.badDifficulty, … */
        String messageKey(String format) {
            return "import." + format + "." + switch (issue) {
                case BAD_DIFFICULTY -> "badDifficulty";
                case TWO_DIFFICULTIES -> "twoDifficulties";
                case TWO_SOURCES -> "twoSources";
            };
        }
    }

    record Result(Difficulty difficulty, String source, List<String> tags, List<Found> issues) {
    }

    private TagConvention() {
    }

    static Result read(List<String> raw) {
        Difficulty difficulty = null;
        String source = null;
        List<String> tags = new ArrayList<>();
        List<Found> issues = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String r = raw.get(i);
            String tag = TextFiles.nfc(r == null ? "" : r.strip());
            if (tag.isEmpty()) {
                continue;
            }
            if (hasPrefix(tag, DIFFICULTY)) {
                Difficulty d = LEVELS.get(tag.substring(DIFFICULTY.length()).strip().toLowerCase(Locale.ROOT));
                if (d == null) {
                    issues.add(new Found(Issue.BAD_DIFFICULTY, tag, i));
                } else if (difficulty != null && difficulty != d) {
                    issues.add(new Found(Issue.TWO_DIFFICULTIES, tag, i));
                } else {
                    difficulty = d;
                }
            } else if (hasPrefix(tag, SOURCE)) {
                String s = tag.substring(SOURCE.length()).strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (source != null && !source.equals(s)) {
                    issues.add(new Found(Issue.TWO_SOURCES, tag, i));
                } else {
                    source = s;
                }
            } else {
                tags.add(tag);
            }
        }
        return new Result(difficulty, source, tags, issues);
    }

    /** The tags a format without difficulty/source fields writes: plain tags first, then the two conventions. */
    static List<String> write(QuestionDraft q) {
        List<String> out = new ArrayList<>(q.tags());
        if (q.difficulty() != null) {
            out.add(DIFFICULTY + q.difficulty().name().toLowerCase(Locale.ROOT));
        }
        if (q.source() != null) {
            out.add(SOURCE + q.source());
        }
        return out;
    }

    /** A plain tag that would be read back as difficulty or source. */
    static boolean reserved(String tag) {
        return hasPrefix(tag, DIFFICULTY) || hasPrefix(tag, SOURCE);
    }

    private static boolean hasPrefix(String tag, String prefix) {
        return tag.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
