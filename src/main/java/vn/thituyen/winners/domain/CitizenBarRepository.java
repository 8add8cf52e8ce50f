package vn.thituyen.winners.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CitizenBarRepository extends JpaRepository<CitizenBar, Long> {
    List<CitizenBar> findByCitizenIdOrderByIdAsc(String citizenId);
}
