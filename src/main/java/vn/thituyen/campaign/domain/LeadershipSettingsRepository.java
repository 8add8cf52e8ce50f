package vn.thituyen.campaign.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadershipSettingsRepository extends JpaRepository<LeadershipSettings, Long> {
}
