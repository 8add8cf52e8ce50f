package vn.thituyen.delivery.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SittingPauseRepository extends JpaRepository<SittingPause, Long> {
}
