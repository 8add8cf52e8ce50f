package vn.thituyen.delivery.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TypedPaperRepository extends JpaRepository<TypedPaper, Long> {

    Optional<TypedPaper> findByPositionIdAndPartNo(Long positionId, int partNo);

    List<TypedPaper> findByCampaignId(Long campaignId);

    /** The paper, or the refusal a user sees for an unknown one. */
    default TypedPaper require(long id) {
        return findById(id).orElseThrow(() -> new vn.thituyen.common.DomainException("error.notFound"));
    }
}
