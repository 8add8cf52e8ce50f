package vn.thituyen.registration.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeePaymentRepository extends JpaRepository<FeePayment, Long> {

    List<FeePayment> findByCampaignIdOrderByIdAsc(Long campaignId);

    boolean existsByCampaignIdAndReceiptNumber(Long campaignId, String receiptNumber);

    boolean existsByActiveApplicationId(Long applicationId);
}
