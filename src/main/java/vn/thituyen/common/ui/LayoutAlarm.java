package vn.thituyen.common.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;

/**
 * Something every page of the signed-in frame must show its readers until it is dealt with (e.g. the audit log
 * failed its check): a module provides one as a bean, {@link MainLayout} shows it at the top.
 */
public interface LayoutAlarm {

    /** The alarm for whoever is signed in, if any: a message key with its parameters and the page to go to. */
    Optional<Alarm> alarm(AuthenticationContext auth);

    record Alarm(String messageKey, Object[] params, String route) {
    }
}
