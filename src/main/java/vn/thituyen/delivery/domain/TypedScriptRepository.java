package vn.thituyen.delivery.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TypedScriptRepository extends JpaRepository<TypedScript, Long> {

    Optional<TypedScript> findByPaperIdAndApplicationId(Long paperId, Long applicationId);

    List<TypedScript> findByPaperIdOrderById(Long paperId);

    /** The script locked for a save or a hand-in: saves and the closing of the script are ordered by this lock. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select s from TypedScript s where s.id = ?1")
    Optional<TypedScript> lockById(Long id);
}
