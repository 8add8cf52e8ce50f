package vn.thituyen.audit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.thituyen.audit.domain.ChainSeal;

/**
 * The audit chain's secret, from configuration ({@code thituyen.audit.key}, e.g. the environment variable
 * {@code THITUYEN_AUDIT_KEY}), never from the database: at least 32 characters, e.g. {@code openssl rand -base64 32}.
 * The demo and test profiles fall back to a fixed key that is published in the source and protects nothing; any
 * other start without a key is refused, so a production node can never write an unkeyed chain.
 */
@Configuration
class AuditKey {

    private static final Logger LOG = LoggerFactory.getLogger(AuditKey.class);
    /** Public, in the source: for the demo and the tests only. */
    static final String DEMO_KEY = "demo-only-audit-key--published-in-the-source--never-use-in-production";

    @Bean
    ChainSeal chainSeal(@Value("${thituyen.audit.key:}") String key, Environment env) {
        if (key == null || key.isBlank()) {
            // acceptsProfiles also counts the default profile: ./mvnw spring-boot:run sets "demo" as the default
            boolean demoOrTest = env.acceptsProfiles(org.springframework.core.env.Profiles.of("demo | test"));
            if (!demoOrTest) {
                throw new IllegalStateException("No audit key: set THITUYEN_AUDIT_KEY (or thituyen.audit.key) to a "
                        + "secret of at least 32 characters, e.g. the output of 'openssl rand -base64 32'. Keep it "
                        + "outside the database and the same on every node; without it the audit log could be "
                        + "rewritten by anyone who can write to the database (docs/security.md).");
            }
            LOG.warn("Audit chain keyed with the published demo key (profile demo/test): not for production");
            key = DEMO_KEY;
        }
        byte[] secret = key.trim().getBytes(StandardCharsets.UTF_8);
        if (secret.length < 32) {
            throw new IllegalStateException("The audit key (THITUYEN_AUDIT_KEY) must be at least 32 characters");
        }
        return new ChainSeal(secret);
    }
}
