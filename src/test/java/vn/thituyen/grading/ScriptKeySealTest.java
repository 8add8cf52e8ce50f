package vn.thituyen.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import vn.thituyen.common.DomainException;

/**
 * The code ↔ candidate key of written scripts is sealed under a secret from configuration: a production start
 * without one is refused; a sealed key opens only with the same secret and for the same script's codes.
 */
class ScriptKeySealTest {

    private static MockEnvironment profile(String p) {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles(p);
        return env;
    }

    @Test
    void aProductionStartNeedsAKeyOfAtLeast32Characters() {
        assertThatThrownBy(() -> new ScriptKeySeal("", profile("mysql"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("THITUYEN_MARKING_KEY").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> new ScriptKeySeal("too short", profile("mysql")))
                .hasMessageContaining("at least 32 characters");
        assertThatThrownBy(() -> new ScriptKeySeal(null, new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSealedKeyOpensWithTheSameSecretForTheSameScriptOnly() {
        ScriptKeySeal seal = new ScriptKeySeal("a-production-key-of-at-least-32-characters", profile("mysql"));
        byte[] sealed = seal.seal(4711L, "written-script|9|A2B3C4|D5E6F7");
        assertThat(seal.open(sealed, "written-script|9|A2B3C4|D5E6F7")).isEqualTo(4711L);
        // fresh randomness each time: the same candidate never gives the same bytes twice
        assertThat(seal.seal(4711L, "written-script|9|A2B3C4|D5E6F7")).isNotEqualTo(sealed);
        assertThatThrownBy(() -> seal.open(sealed, "written-script|9|A2B3C4|XXXXXX"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.marking.keyTampered"));
        ScriptKeySeal other = new ScriptKeySeal("another-production-key-of-at-least-32-chars", profile("mysql"));
        assertThatThrownBy(() -> other.open(sealed, "written-script|9|A2B3C4|D5E6F7"))
                .isInstanceOf(DomainException.class);
        byte[] flipped = sealed.clone();
        flipped[flipped.length - 1] ^= 1;
        assertThatThrownBy(() -> seal.open(flipped, "written-script|9|A2B3C4|D5E6F7"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> seal.open(new byte[3], "x")).isInstanceOf(DomainException.class);
    }

    @Test
    void theDemoProfileUsesThePublishedKey() {
        MockEnvironment run = new MockEnvironment();
        run.setDefaultProfiles("demo");
        ScriptKeySeal demo = new ScriptKeySeal(null, run);
        assertThat(demo.open(demo.seal(1L, "c"), "c")).isEqualTo(1L);
    }
}
