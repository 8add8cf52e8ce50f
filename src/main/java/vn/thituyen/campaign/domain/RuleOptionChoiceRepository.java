package vn.thituyen.campaign.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RuleOptionChoiceRepository extends JpaRepository<RuleOptionChoice, Long> {

    /** Oldest first: the last choice of each option is the one in force. */
    List<RuleOptionChoice> findByCampaignIdOrderById(Long campaignId);
}
