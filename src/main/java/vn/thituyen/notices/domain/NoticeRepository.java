package vn.thituyen.notices.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.thituyen.notices.NoticeState;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

    List<Notice> findByUserIdOrderByIdDesc(long userId);

    List<Notice> findByCampaignIdOrderByIdDesc(long campaignId, Pageable page);

    @Query("select n.id from Notice n where n.state = vn.thituyen.notices.NoticeState.PENDING"
            + " and n.nextAttemptAt <= :now order by n.id")
    List<Long> due(@Param("now") Instant now, Pageable page);

    /** Takes a PENDING notice for this sender: 1 when this sender has it now, 0 when another one was faster. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Notice n set n.state = vn.thituyen.notices.NoticeState.SENDING, n.claimedAt = :now,"
            + " n.version = n.version + 1 where n.id = :id and n.state = vn.thituyen.notices.NoticeState.PENDING")
    int claim(@Param("id") long id, @Param("now") Instant now);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Notice n set n.state = vn.thituyen.notices.NoticeState.SENT, n.sentAt = :now,"
            + " n.attempts = n.attempts + 1, n.lastError = null, n.version = n.version + 1"
            + " where n.id = :id and n.state = vn.thituyen.notices.NoticeState.SENDING")
    int sent(@Param("id") long id, @Param("now") Instant now);

    /** After a failed attempt: PENDING again at {@code next}, or FAILED when {@code state} says so. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Notice n set n.state = :state, n.nextAttemptAt = :next, n.attempts = n.attempts + 1,"
            + " n.lastError = :error, n.version = n.version + 1"
            + " where n.id = :id and n.state = vn.thituyen.notices.NoticeState.SENDING")
    int failed(@Param("id") long id, @Param("state") NoticeState state, @Param("next") Instant next,
            @Param("error") String error);

    /**
     * Notices a sender claimed long ago and never settled: it stopped between handing the mail over and recording
     * it. Whether the mail went out is unknown, so they are not mailed again (never twice): FAILED, for the
     * secretary to see.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Notice n set n.state = vn.thituyen.notices.NoticeState.FAILED, n.lastError = :error,"
            + " n.version = n.version + 1"
            + " where n.state = vn.thituyen.notices.NoticeState.SENDING and n.claimedAt < :before")
    int abandonStale(@Param("before") Instant before, @Param("error") String error);
}
