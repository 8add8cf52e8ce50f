package vn.thituyen.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The ticket key comes from configuration; a production start without one is refused, as for the audit key. */
class TicketKeyTest {

    @Test
    void aStartWithoutTheDemoOrTestProfileNeedsAKey() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("mysql");
        assertThatThrownBy(() -> new TicketKey().ticketToken("", production))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("THITUYEN_TICKET_KEY")
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> new TicketKey().ticketToken("too short", production))
                .hasMessageContaining("at least 32 characters");
        assertThat(new TicketKey().ticketToken("a-production-key-of-at-least-32-characters", production).sign(1, 2))
                .startsWith("TT1.1.2.");
    }

    @Test
    void theDemoUsesThePublishedKeyWhichProductionTokensDoNotMatch() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        var demoKey = new TicketKey().ticketToken(null, demo);
        var production = new TicketKey().ticketToken("a-production-key-of-at-least-32-characters", demo);
        assertThat(production.verify(demoKey.sign(1, 2))).isEmpty();
        assertThat(demoKey.verify(demoKey.sign(1, 2))).isPresent();
        MockEnvironment plain = new MockEnvironment();   // a jar started without profiles: default is "default"
        assertThatThrownBy(() -> new TicketKey().ticketToken(null, plain)).isInstanceOf(IllegalStateException.class);
    }
}
