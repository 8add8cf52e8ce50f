package vn.thituyen.analysis.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface KeyCorrectionProposalRepository extends JpaRepository<KeyCorrectionProposal, Long> {

    /** Locks the proposal: two decisions on it take turns, so the second sees the first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select k from KeyCorrectionProposal k where k.id = ?1")
    Optional<KeyCorrectionProposal> lockById(Long id);

    boolean existsByQuestionIdAndStatus(Long questionId, KeyCorrectionProposal.Status status);

    List<KeyCorrectionProposal> findAllByOrderByIdDesc();
}
