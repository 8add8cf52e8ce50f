package vn.thituyen.audit;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code auditChain} in {@code /actuator/health}: DOWN once a check found the audit chain broken. Part of the
 * overall status (monitoring sees it), not of the readiness or liveness groups that load balancers and restarts
 * use: a broken record of the past must raise the alarm, not stop the exams running now (docs/deployment.md).
 */
@Component("auditChain")
class AuditChainHealth implements HealthIndicator {

    private final AuditVerifier verifier;

    AuditChainHealth(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Health health() {
        return verifier.lastCheck().map(c -> {
            Health.Builder b = c.intact() ? Health.up() : Health.down().withDetail("reason", c.reason());
            if (c.brokenAt() != null) {
                b.withDetail("brokenAt", c.brokenAt());
            }
            return b.withDetail("entries", c.entries()).withDetail("checkedAt", c.checkedAt().toString()).build();
        }).orElse(Health.up().withDetail("checked", false).build());
    }
}
