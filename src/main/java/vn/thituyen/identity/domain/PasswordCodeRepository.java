package vn.thituyen.identity.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PasswordCodeRepository extends JpaRepository<PasswordCode, Long> {

    Optional<PasswordCode> findByCodeHash(String codeHash);

    List<PasswordCode> findByUserId(Long userId);
}
