package vn.thituyen.campaign.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    Optional<Campaign> findByCode(String code);

    List<Campaign> findAllByOrderByCreatedAtDescIdDesc();

    /** The campaign's row read with a write lock (SELECT … FOR UPDATE), held until the transaction ends. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select c from Campaign c where c.id = :id")
    Optional<Campaign> lockById(@org.springframework.data.repository.query.Param("id") Long id);
}
