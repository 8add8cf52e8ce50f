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

    /** A question as shown: options in this candidate's order; {@code chosen} is a display index or null. */
    /** {@code html}: stem and options are safe HTML (images inline), otherwise plain text. */
    public record Item(long itemId, int seq, String stem, List<String> options, boolean html, Integer chosen) {

        public Item withChosen(Integer newChoice) {
            return new Item(itemId, seq, stem, options, html, newChoice);
        }
    }
}
