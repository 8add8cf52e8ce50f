package vn.thituyen.delivery;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Closes parts whose time is up even when the candidate's browser is gone. */
@Configuration
@EnableScheduling
class PartDeadlineSweeper {

    private final PartScoring scoring;

    PartDeadlineSweeper(PartScoring scoring) {
        this.scoring = scoring;
    }

    @Scheduled(fixedDelayString = "${thituyen.delivery.sweep-ms:5000}")
    void sweep() {
        scoring.closeExpiredParts();
    }
}
