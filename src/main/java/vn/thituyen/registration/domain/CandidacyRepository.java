package vn.thituyen.registration.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.thituyen.registration.ApplicationStatus;

public interface CandidacyRepository extends JpaRepository<Candidacy, Long> {

    Optional<Candidacy> findByCampaignIdAndUserId(Long campaignId, Long userId);

    Optional<Candidacy> findFirstByUserIdOrderByIdDesc(Long userId);

    Optional<Candidacy> findByCampaignIdAndCitizenId(Long campaignId, String citizenId);

    boolean existsByCampaignIdAndUserId(Long campaignId, Long userId);

    boolean existsByCampaignIdAndCitizenId(Long campaignId, String citizenId);

    List<Candidacy> findByCampaignIdOrderBySubmittedAt(Long campaignId);

    /** One page of a campaign's applications, in the order they were submitted. */
    List<Candidacy> findByCampaignIdOrderBySubmittedAtAscIdAsc(Long campaignId,
            org.springframework.data.domain.Pageable page);

    long countByCampaignId(Long campaignId);

    /** The applications still waiting for a decision (the form, or a claim on it), in submission order. */
    @org.springframework.data.jpa.repository.Query("select a.id from Candidacy a where a.campaignId = ?1 and"
            + " (a.status = vn.thituyen.registration.ApplicationStatus.SUBMITTED or (a.status ="
            + " vn.thituyen.registration.ApplicationStatus.ACCEPTED and (exists (select 1 from Candidacy b join"
            + " b.priorityClaims p where b.id = a.id and p.status = vn.thituyen.registration.ClaimStatus.CLAIMED)"
            + " or a.exemptionStatus = vn.thituyen.registration.ClaimStatus.CLAIMED))) order by a.submittedAt, a.id")
    List<Long> undecidedIds(Long campaignId);

    @org.springframework.data.jpa.repository.Query("select a.id from Candidacy a where a.campaignId = ?1"
            + " order by a.submittedAt, a.id")
    List<Long> idsInOrder(Long campaignId);

    List<Candidacy> findByCampaignIdAndStatus(Long campaignId, ApplicationStatus status);

    List<Candidacy> findByRoomIdOrderByCandidateNumber(Long roomId);

    List<Candidacy> findByManagingAgencyIdOrderBySubmittedAtAscIdAsc(Long managingAgencyId);

    List<Candidacy> findByPositionIdOrderBySubmittedAtAscIdAsc(Long positionId);
}
