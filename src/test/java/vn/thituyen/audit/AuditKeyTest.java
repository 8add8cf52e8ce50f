package vn.thituyen.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The audit key comes from configuration; a production start without one is refused (security review, 5). */
class AuditKeyTest {

    @Test
    void aStartWithoutTheDemoOrTestProfileNeedsAKey() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("mysql");
        assertThatThrownBy(() -> new AuditKey().chainSeal("", production))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("THITUYEN_AUDIT_KEY")
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> new AuditKey().chainSeal("too short", production))
                .hasMessageContaining("at least 32 characters");
        assertThat(new AuditKey().chainSeal("a-production-key-of-at-least-32-characters", production).keyId())
                .hasSize(16);
    }

    @Test
    void theDemoAndTheTestsUseThePublishedDemoKeyAndDifferentKeysSignDifferently() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        var demoSeal = new AuditKey().chainSeal(null, demo);
        var other = new AuditKey().chainSeal("a-production-key-of-at-least-32-characters", demo);
        assertThat(demoSeal.keyId()).isNotEqualTo(other.keyId());
        assertThat(demoSeal.keyedHash("x")).isNotEqualTo(other.keyedHash("x"));
    }

    /** ./mvnw spring-boot:run makes "demo" the default profile (no active one): the demo key applies there too. */
    @Test
    void theDemoAsTheDefaultProfileUsesTheDemoKeyButAPlainStartDoesNot() {
        MockEnvironment run = new MockEnvironment();
        run.setDefaultProfiles("demo");
        assertThat(new AuditKey().chainSeal(null, run).keyId()).isNotEmpty();
        MockEnvironment plain = new MockEnvironment();   // a jar started without profiles: default is "default"
        assertThatThrownBy(() -> new AuditKey().chainSeal(null, plain)).isInstanceOf(IllegalStateException.class);
    }
}
