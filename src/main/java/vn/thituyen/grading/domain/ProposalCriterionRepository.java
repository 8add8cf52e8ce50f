package vn.thituyen.grading.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalCriterionRepository extends JpaRepository<ProposalCriterion, Long> {

    /** Every saved version, newest version first, each in its order. */
    List<ProposalCriterion> findByCampaignIdOrderByVersionDescOrdinalAsc(long campaignId);
}
