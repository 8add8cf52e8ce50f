package vn.thituyen.questionbank.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TopicRepository extends JpaRepository<Topic, Long> {

    List<Topic> findByBankIdOrderByPath(Long bankId);

    Optional<Topic> findByBankIdAndPath(Long bankId, String path);
}
