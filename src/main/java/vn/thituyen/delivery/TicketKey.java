package vn.thituyen.delivery;

import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.thituyen.delivery.domain.TicketToken;

/**
 * The secret that signs the QR code of admission tickets, from configuration ({@code thituyen.ticket.key}, e.g. the
 * environment variable {@code THITUYEN_TICKET_KEY}), never from the database: at least 32 characters, e.g.
 * {@code openssl rand -base64 32}, the same on every node. The demo and test profiles fall back to a fixed key that
 * is published in the source and protects nothing; any other start without a key is refused, so tickets printed in
 * production can never be forged with the published key.
 */
@Configuration
class TicketKey {

    private static final Logger LOG = LoggerFactory.getLogger(TicketKey.class);
    /** Public, in the source: for the demo and the tests only. */
    static final String DEMO_KEY = "demo-only-ticket-key--published-in-the-source--never-use-in-production";

    @Bean
    TicketToken ticketToken(@Value("${thituyen.ticket.key:}") String key, Environment env) {
        if (key == null || key.isBlank()) {
            // acceptsProfiles also counts the default profile: ./mvnw spring-boot:run sets "demo" as the default
            boolean demoOrTest = env.acceptsProfiles(org.springframework.core.env.Profiles.of("demo | test"));
            if (!demoOrTest) {
                throw new IllegalStateException("No ticket key: set THITUYEN_TICKET_KEY (or thituyen.ticket.key) to a "
                        + "secret of at least 32 characters, e.g. the output of 'openssl rand -base64 32'. Keep it "
                        + "outside the database and the same on every node; it signs the QR code of admission "
                        + "tickets, which the invigilators' console checks at the door (docs/security.md).");
            }
            LOG.warn("Admission tickets signed with the published demo key (profile demo/test): not for production");
            key = DEMO_KEY;
        }
        byte[] secret = key.trim().getBytes(StandardCharsets.UTF_8);
        if (secret.length < 32) {
            throw new IllegalStateException("The ticket key (THITUYEN_TICKET_KEY) must be at least 32 characters");
        }
        return new TicketToken(secret);
    }
}
