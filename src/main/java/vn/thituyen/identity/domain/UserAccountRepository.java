package vn.thituyen.identity.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.thituyen.identity.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<UserAccount> findByRoleOrderByUsername(Role role);

    List<UserAccount> findByRoleNotInOrderByUsername(java.util.Collection<Role> roles);

    long countByRoleAndEnabledTrue(Role role);
}
