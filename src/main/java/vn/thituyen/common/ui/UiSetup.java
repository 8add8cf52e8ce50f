package vn.thituyen.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.Document;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.Messages;

/**
 * Vietnamese by default (English when the user chose it, remembered in a cookie), and no stack trace ever
 * reaches a user: unexpected errors are logged and shown as a short localised notice.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    static final String LANG_COOKIE = "thituyen-lang";
    static final String STYLESHEET = "/styles/thituyen.css";
    private static final Logger LOG = LoggerFactory.getLogger(UiSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> {
            e.getSession().setLocale(localeFrom(e.getRequest()));
            e.getSession().setErrorHandler(error -> {
                Throwable t = error.getThrowable();
                DomainException domain = findDomain(t);
                if (domain == null) {
                    LOG.error("Unexpected UI error", t);
                }
                UI ui = UI.getCurrent();
                if (ui != null) {
                    String text = domain != null ? ui.getTranslation(domain.messageKey(), domain.params())
                            : ui.getTranslation("error.unexpected");
                    Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
                    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
        });
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(VaadinSession.getCurrent().getLocale()));
        event.addIndexHtmlRequestListener(UiSetup::pageHead);
    }

    /**
     * Every page (dev mode and the production jar alike) links the application's stylesheet and says its language.
     * The stylesheet is plain CSS served from {@code META-INF/resources/styles/} (no npm build, no theme), linked
     * here because Vaadin 24 ignores {@code @StyleSheet} on the app shell; {@code lang} is what screen readers
     * and the browser's hyphenation and spelling go by.
     */
    static void pageHead(IndexHtmlResponse response) {
        Document page = response.getDocument();
        String context = response.getVaadinRequest().getContextPath();
        page.head().appendElement("link").attr("rel", "stylesheet").attr("href", context + STYLESHEET);
        page.selectFirst("html").attr("lang", localeFrom(response.getVaadinRequest()).getLanguage());
        // an address that is no route answers 404 (the page itself then shows NotFoundView), for browsers and crawlers
        String path = response.getVaadinRequest().getPathInfo();
        String route = path == null ? "" : path.replaceFirst("^/", "");
        if (RouteConfiguration.forApplicationScope().getRoute(route).isEmpty()) {
            response.getVaadinResponse().setStatus(404);
        }
    }

    /**
     * The message for the user: a {@link DomainException} says its own; a change that lost a race with another
     * user's (an optimistic version or a lock the database refused, rolled back whole) asks to reload and try again.
     */
    static DomainException findDomain(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DomainException d) {
                return d;
            }
            if (c instanceof org.springframework.dao.ConcurrencyFailureException
                    || c instanceof jakarta.persistence.OptimisticLockException) {
                LOG.warn("A change lost a race with another user's and was rolled back: {}", c.toString());
                return new DomainException("error.concurrentChange");
            }
        }
        return null;
    }

    private static Locale localeFrom(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        boolean english = cookies != null && Arrays.stream(cookies)
                .anyMatch(c -> LANG_COOKIE.equals(c.getName()) && "en".equals(c.getValue()));
        return english ? Messages.ENGLISH : Messages.VIETNAMESE;
    }
}
