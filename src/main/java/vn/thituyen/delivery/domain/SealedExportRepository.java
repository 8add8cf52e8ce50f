package vn.thituyen.delivery.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SealedExportRepository extends JpaRepository<SealedExport, Long> {
    Optional<SealedExport> findFirstByManifestSha256(String manifestSha256);

    List<SealedExport> findByCampaignIdAndSubjectOrderByCreatedAtDesc(Long campaignId, String subject);
}
