package vn.thituyen.notices;

import java.time.Instant;

/** What the notices module records in the audit chain. */
public final class NoticesEvents {

    private NoticesEvents() {
    }

    /** The secretary sent the summons to a round; {@code tooClose}: sent although the sitting was too close. */
    public record SummonsSent(long campaignId, int round, Instant sittingAt, int recipients, boolean tooClose,
            String actor) {
    }

    /** A notice whose email failed was sent again, as a new notice to the application's current address. */
    public record NoticeResent(long campaignId, long noticeId, long newNoticeId, String email, String actor) {
    }
}
