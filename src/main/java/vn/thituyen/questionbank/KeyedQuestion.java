package vn.thituyen.questionbank;

import java.util.List;
import java.util.Set;

/**
 * A version as item analysis sees it; {@code options} and {@code stemText} are plain text (HTML stripped).
 * {@code key}: original indexes of the options that score.
 */
public record KeyedQuestion(long id, long bankId, long familyId, int version, List<String> options,
        Set<Integer> key, String stemText, boolean purged) {

    public int optionCount() {
        return options.size();
    }

    /** "#123 v2 – Theo Hiến pháp năm 2013, …": the id, the version and the beginning of the stem. */
    public String label(int maxStem) {
        String stem = stemText == null ? "" : stemText.strip().replaceAll("\\s+", " ");
        if (stem.length() > maxStem) {
            stem = stem.substring(0, Math.max(0, maxStem - 1)).strip() + "…";
        }
        return "#" + id + " v" + version + (stem.isEmpty() ? "" : " – " + stem);
    }
}
