package vn.thituyen.audit.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thituyen.audit.AuditVerifier;
import vn.thituyen.common.ui.LayoutAlarm;

/** A broken audit chain, on every page of the administrators and the council chairs until it is checked again. */
@Component
class AuditAlarm implements LayoutAlarm {

    private final AuditVerifier verifier;

    AuditAlarm(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Optional<Alarm> alarm(AuthenticationContext auth) {
        if (!(auth.hasRole("ADMIN") || auth.hasRole("CHAIR")) || !verifier.alarmRaised()) {
            return Optional.empty();
        }
        var check = verifier.lastCheck().orElseThrow();
        return Optional.of(new Alarm("audit.alarm", new Object[] {
            check.brokenAt() == null ? "—" : String.valueOf(check.brokenAt()), "audit.reason." + check.reason()},
            "audit"));
    }
}
