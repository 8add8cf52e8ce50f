package vn.thituyen.campaign;

/** What happens to a campaign's set-up, rules and lifecycle; the audit log records each, other modules may react. */
public final class CampaignEvents {

    private CampaignEvents() {
    }

    public record CampaignCreated(long campaignId, String code, String ruleSet, String actor) {
    }

    public record CampaignEdited(long campaignId, String code, String actor) {
    }

    /** One lifecycle step, e.g. REGISTRATION_OPEN → REGISTRATION_CLOSED, with the reason where one is asked. */
    public record StepTaken(long campaignId, String code, CampaignStatus from, CampaignStatus to, String reason,
            String actor) {
    }

    /** A joint position's agencies with their places, as set ("name: places; …"). */
    public record JointAgenciesSaved(long campaignId, long positionId, String code, String agencies, String actor) {
    }

    public record PositionSaved(long campaignId, long positionId, String code, int quota, String actor) {
    }

    public record PositionRemoved(long campaignId, String code, String actor) {
    }

    /** An Excel sheet of positions taken in one piece. */
    public record PositionsImported(long campaignId, int count, String fileName, String actor) {
    }

    /** A position's round-2 plan changed: the parts as "KIND minutes/max/weight%/pass", in order. */
    public record ExamPlanChanged(long campaignId, long positionId, String parts, String actor) {
    }

    /** An option of the campaign's rule set turned on or off ({@link CampaignRules#setOption}). */
    public record RuleOptionSet(long campaignId, String option, boolean enabled, String reason, String actor) {
    }

    public record CouncilMemberSeated(long campaignId, String username, String role, String actor) {
    }

    public record CouncilMemberUnseated(long campaignId, String username, String role, String actor) {
    }

    /** A relative among the candidates declared for a staff member (the citizen id stays in its table). */
    public record RelativeDeclared(long campaignId, String username, String relation, String actor) {
    }

    /** A staff member put on one of the campaign's boards; {@code positionId} null = every position. */
    public record BoardMemberAdded(long campaignId, String board, String username, Long positionId, boolean head,
            String actor) {
    }

    public record BoardMemberRemoved(long campaignId, String board, String username, String actor) {
    }

    /** A day off added to the calendar of public holidays (deadlines move past it). */
    public record HolidayAdded(java.time.LocalDate day, String name, String actor) {
    }

    public record HolidayRemoved(java.time.LocalDate day, String name, String actor) {
    }

    /** A leadership campaign's settings (how the parts combine, confidence vote, ballots, outside candidates). */
    public record LeadershipSettingsChanged(long campaignId, String combination, int part1Weight,
            boolean confidenceVote, boolean namedBallots, boolean outsideCandidates, int presentationMinutes,
            int questionMinutes, String actor) {
    }

    /** A post's standards (its checklist) replaced. */
    public record PostStandardsChanged(long campaignId, long positionId, String code, int standards, String actor) {
    }

    /** A post's exam goes ahead, is re-announced or withdrawn, with the eligible count and the reason. */
    public record PostDecided(long campaignId, long positionId, String code, String decision, int eligible,
            String reason, String actor) {
    }
}
