package vn.thituyen.registration.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.thituyen.registration.ApplicationStatus;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

    Optional<Application> findByCampaignIdAndUserId(Long campaignId, Long userId);

    boolean existsByCampaignIdAndUserId(Long campaignId, Long userId);

    boolean existsByCampaignIdAndCitizenId(Long campaignId, String citizenId);

    List<Application> findByCampaignIdOrderBySubmittedAt(Long campaignId);

    List<Application> findByCampaignIdAndStatus(Long campaignId, ApplicationStatus status);

    List<Application> findByRoomIdOrderByCandidateNumber(Long roomId);
}
