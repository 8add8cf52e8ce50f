package vn.thituyen.delivery.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Pushes live progress to every open invigilator console: on a server-side tick each console refreshes its roster
 * inside {@link UI#access}, and Vaadin push (@Push on the application shell) sends the change to the browser, so
 * the screen follows the room without the browser asking. The refresh runs as the person who opened the console.
 */
@Component
public class LiveConsoles {

    private static final Logger LOG = LoggerFactory.getLogger(LiveConsoles.class);

    /** One open console: its UI, what it redraws, and who opened it. */
    record Console(UI ui, Runnable refresh, SecurityContext signedIn) {
    }

    private final Set<Console> consoles = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-consoles");
        t.setDaemon(true);
        return t;
    });

    LiveConsoles(@Value("${thituyen.console.push-ms:5000}") long everyMs) {
        ticker.scheduleWithFixedDelay(this::tick, everyMs, everyMs, TimeUnit.MILLISECONDS);
    }

    Console register(UI ui, Runnable refresh) {
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        Console c = new Console(ui, refresh, copy);
        consoles.add(c);
        return c;
    }

    void unregister(Console c) {
        if (c != null) {
            consoles.remove(c);
        }
    }

    int open() {
        return consoles.size();
    }

    /** One round: every open console redraws (what changed is pushed); closed ones are forgotten. */
    void tick() {
        for (Console c : consoles) {
            if (!c.ui().isAttached()) {
                consoles.remove(c);
                continue;
            }
            try {
                c.ui().access(() -> {
                    SecurityContext before = SecurityContextHolder.getContext();
                    SecurityContextHolder.setContext(c.signedIn());
                    try {
                        c.refresh().run();
                    } catch (RuntimeException e) {
                        // one console's failure (a database hiccup) must not stop the others' refresh
                        LOG.warn("live console refresh failed: {}", e.toString());
                    } finally {
                        SecurityContextHolder.setContext(before);
                    }
                });
            } catch (UIDetachedException e) {
                consoles.remove(c);
            }
        }
    }

    @PreDestroy
    void stop() {
        ticker.shutdownNow();
    }
}
