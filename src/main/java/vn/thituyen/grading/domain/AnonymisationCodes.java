package vn.thituyen.grading.domain;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Anonymisation codes (làm phách; TT 6/2020/TT-BNV, Quy chế — đánh số phách; {@code docs/domain.md}): every script
 * gets two codes, drawn at random and independently, so neither layer follows the order of candidate numbers or
 * rooms. The first layer (số phách 1) replaces the candidate's identity on the script; the second (số phách 2) is
 * what markers see. Codes are fixed-length, unique within the part, and use an alphabet without look-alike
 * characters (no 0/O, 1/I/L) so a printed label is read back without doubt.
 */
public final class AnonymisationCodes {

    /** Letters and digits a reader cannot mistake for one another. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    /** 31^6 ≈ 887 million codes: a part of a few thousand scripts draws again almost never. */
    public static final int LENGTH = 6;

    private AnonymisationCodes() {
    }

    /** The two codes of one script. */
    public record Pair(String first, String second) {
    }

    /**
     * Two fresh codes for each script, in the order the scripts were given (the codes themselves are random, so the
     * map's order says nothing a marker could use). No code is used twice across both layers.
     * @param taken codes already used in this part (earlier batches), never drawn again
     */
    public static Map<Long, Pair> assign(List<Long> scriptIds, Set<String> taken, RandomGenerator random) {
        if (new HashSet<>(scriptIds).size() != scriptIds.size()) {
            throw new IllegalArgumentException("a script is listed twice");
        }
        Set<String> used = new HashSet<>(taken);
        Map<Long, Pair> out = new LinkedHashMap<>();
        for (Long id : scriptIds) {
            out.put(id, new Pair(fresh(used, random), fresh(used, random)));
        }
        return out;
    }

    private static String fresh(Set<String> used, RandomGenerator random) {
        while (true) {
            StringBuilder b = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String code = b.toString();
            if (used.add(code)) {
                return code;
            }
        }
    }

    /** Whether a typed code has the form of one (a marker or the board types it from a label). */
    public static boolean wellFormed(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        return code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
