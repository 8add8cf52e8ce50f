package vn.thituyen.delivery.domain;

import java.time.Instant;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import vn.thituyen.delivery.PartCount;
import vn.thituyen.delivery.PartRef;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AttemptPartRepository extends JpaRepository<AttemptPart, Long>, PartLocks {
    List<AttemptPart> findByAttemptIdOrderByPartNo(Long attemptId);

    @Query("select p.id from AttemptPart p where p.closedAt is null and p.deadline is not null and p.deadline <= ?1")
    List<Long> findExpiredIds(Instant now);

    /**
     * Locks the part: a save and the closing of the part take turns, so an answer is either in the score or
     * refused, never acknowledged and then left out.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from AttemptPart p where p.id = ?1")
    Optional<AttemptPart> lockById(Long id);

    /** The stored closing time, read from the database (not from an entity loaded earlier). */
    @Query("select p.closedAt from AttemptPart p where p.id = ?1")
    Instant closedAtInDatabase(Long id);

    String PART_REF = "select new vn.thituyen.delivery.PartRef(p.id, a.id, a.candidateNumber, a.cancelled,"
            + " s.id, s.campaignId, p.partNo, p.bankId, p.questionCount, p.exempt,"
            + " case when p.startedAt is null then false else true end,"
            + " case when p.closedAt is null then false else true end, p.correctCount, p.passed)"
            + " from AttemptPart p, Attempt a, Sitting s where a.id = p.attemptId and s.id = a.sittingId";

    /** A part a suspension or cancellation closed while it ran: scored 0 by decision, not by its answers. */
    String NOT_SANCTIONED = " and not exists (select v.id from Violation v where v.attemptId = a.id"
            + " and v.partNo = p.partNo and v.sanction in"
            + " (vn.thituyen.delivery.Sanction.SUSPENSION, vn.thituyen.delivery.Sanction.CANCELLATION))";

    /**
     * What item analysis reads: the closed parts with a paper (not exempt) of attempts whose result stands (not
     * cancelled), not closed by a sanction, of one part number and bank of a campaign, optionally of one sitting;
     * by attempt id.
     */
    @Query(PART_REF + " and s.campaignId = :campaignId and p.partNo = :partNo and p.bankId = :bankId"
            + " and p.closedAt is not null and p.exempt = false and a.cancelled = false"
            + " and (:sittingId is null or s.id = :sittingId)" + NOT_SANCTIONED + " order by a.id")
    List<PartRef> closedForAnalysis(@Param("campaignId") long campaignId, @Param("partNo") int partNo,
            @Param("bankId") long bankId, @Param("sittingId") Long sittingId);

    @Query(PART_REF + " and p.id in :ids order by a.id")
    List<PartRef> refs(@Param("ids") Collection<Long> partIds);

    /** The parts item analysis reads, counted per campaign, part number and bank. */
    @Query("select new vn.thituyen.delivery.PartCount(s.campaignId, p.partNo, p.subject, p.bankId, count(p))"
            + " from AttemptPart p, Attempt a, Sitting s where a.id = p.attemptId and s.id = a.sittingId"
            + " and p.closedAt is not null and p.exempt = false and a.cancelled = false and p.bankId is not null"
            + NOT_SANCTIONED + " group by s.campaignId, p.partNo, p.subject, p.bankId")
    List<PartCount> analysable();

    /** [sitting id, room id, attempts] of a campaign's sittings with at least one closed part with a paper. */
    @Query("select s.id, s.roomId, count(distinct a.id) from AttemptPart p, Attempt a, Sitting s"
            + " where a.id = p.attemptId and s.id = a.sittingId and s.campaignId = ?1 and p.closedAt is not null"
            + " and p.exempt = false and a.cancelled = false" + NOT_SANCTIONED
            + " group by s.id, s.roomId order by s.id")
    List<Object[]> sittingsWithClosedParts(long campaignId);

    /** Locks parts in id order (so two lockers never wait on each other crosswise). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from AttemptPart p where p.id in ?1 order by p.id")
    List<AttemptPart> lockAll(Collection<Long> ids);
}
