package vn.thituyen.delivery;

import java.time.Instant;
import java.util.List;
import vn.thituyen.campaign.RuleSet;

/** What the candidate's exam screen shows; never contains answer keys. */
public record ExamScreen(
        String candidateNumber,
        String fullName,
        String positionName,
        boolean sittingOpen,
        /** the room is paused by the invigilator: time stands still, answers wait */
        boolean paused,
        boolean finished,
        /** the room requires check-in and no invigilator has checked this candidate in yet: no part may start */
        boolean awaitingCheckIn,
        List<PartSummary> parts,
        /** the part in progress, or null */
        CurrentPart current) {

    public enum PartState { EXEMPT, NOT_STARTED, IN_PROGRESS, CLOSED }

    public record PartSummary(int partNo, RuleSet.Subject subject, int questionCount, int durationMinutes,
            PartState state, Integer correct, Boolean passed) {
    }

    public record CurrentPart(int partNo, RuleSet.Subject subject, Instant deadline, long remainingSeconds,
            List<Item> items) {
    }

    /**
     * A question as shown: options in this candidate's order; {@code chosen} is a display index or null;
     * {@code html}: stem and options are safe HTML (images inline), otherwise plain text; {@code flagged}: the
     * candidate marked it to review later (their own marker, not scored).
     */
    public record Item(long itemId, int seq, String stem, List<String> options, boolean html, Integer chosen,
            boolean flagged) {

        public Item withChosen(Integer newChoice) {
            return new Item(itemId, seq, stem, options, html, newChoice, flagged);
        }

        public Item withFlagged(boolean newFlag) {
            return new Item(itemId, seq, stem, options, html, chosen, newFlag);
        }
    }
}
