package vn.thituyen.campaign.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may sit the exam for a division-level post, and whether the post's exam can go ahead (Official Letter
 * 2424/BNV-CCVC of 2017; docs/domain.md § Leadership exams):
 * <ul>
 * <li>the exam is for a <b>first appointment</b> to the post only: a person who already holds it (the same title of
 * the same division of the same agency) is refused; a deputy may sit for the head's post;</li>
 * <li>at least <b>two eligible candidates</b> per post (a setting, 2 by default), or that post's exam cannot go
 * ahead: it is re-announced (a new window) or withdrawn.</li>
 * </ul>
 */
public final class LeadershipPostRule {

    private LeadershipPostRule() {
    }

    /** A managerial post: its title (Trưởng phòng, Phó Trưởng phòng), its division and its agency. */
    public record Post(String title, String division, String agency) {
    }

    /** Why a nomination is refused. */
    public enum Refusal {
        /** The person already holds this very post: the exam is for a first appointment only. */
        ALREADY_HOLDS_POST
    }

    /** @param held the post the person holds now, or null */
    public static Optional<Refusal> mayBeNominated(Post held, Post post) {
        if (held != null && same(held.title(), post.title()) && same(held.division(), post.division())
                && same(held.agency(), post.agency())) {
            return Optional.of(Refusal.ALREADY_HOLDS_POST);
        }
        return Optional.empty();
    }

    /** Whether the post's exam may go ahead with this many eligible candidates. */
    public static boolean mayGoAhead(int eligibleCandidates, int minimum) {
        if (minimum < 2) {
            throw new IllegalArgumentException("a competitive exam needs at least two candidates");
        }
        return eligibleCandidates >= minimum;
    }

    /**
     * Names compared as a person reads them: case, spacing and the composed or decomposed form of the diacritics do
     * not matter ("Phòng Tổ chức  cán bộ" is "phòng tổ chức cán bộ"); the diacritics themselves do.
     */
    static boolean same(String a, String b) {
        return a != null && b != null && normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.forLanguageTag("vi"));
    }
}
