package vn.thituyen.questionbank.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionBankRepository extends JpaRepository<QuestionBank, Long> {

    Optional<QuestionBank> findByCode(String code);
}
