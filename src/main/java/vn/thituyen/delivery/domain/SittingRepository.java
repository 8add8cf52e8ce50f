package vn.thituyen.delivery.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SittingRepository extends JpaRepository<Sitting, Long> {
    Optional<Sitting> findByRoomId(Long roomId);

    List<Sitting> findByCampaignId(Long campaignId);

    List<Sitting> findByStatus(Sitting.Status status);

    /** The sitting, or the refusal a user sees for an unknown one. */
    default Sitting require(long id) {
        return findById(id).orElseThrow(() -> new vn.thituyen.common.DomainException("error.notFound"));
    }

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select s from Sitting s where s.id = ?1")
    Optional<Sitting> lockById(Long id);
}
