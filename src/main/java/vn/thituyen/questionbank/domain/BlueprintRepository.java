package vn.thituyen.questionbank.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BlueprintRepository extends JpaRepository<Blueprint, Long> {

    Optional<Blueprint> findByCampaignIdAndPartNoAndBankId(Long campaignId, int partNo, Long bankId);

    List<Blueprint> findByCampaignId(Long campaignId);
}
