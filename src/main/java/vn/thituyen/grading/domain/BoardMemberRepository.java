package vn.thituyen.grading.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardMemberRepository extends JpaRepository<BoardMember, Long> {
    List<BoardMember> findByCampaignId(Long campaignId);

    Optional<BoardMember> findByCampaignIdAndUserId(Long campaignId, Long userId);
}
