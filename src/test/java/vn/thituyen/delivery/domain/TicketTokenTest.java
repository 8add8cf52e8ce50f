package vn.thituyen.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The admission ticket's signed token: only this key's token for exactly these ids verifies. */
class TicketTokenTest {

    private static final TicketToken KEY = new TicketToken(
            "the-ticket-key-of-this-installation-32+".getBytes(StandardCharsets.UTF_8));
    private static final TicketToken OTHER_KEY = new TicketToken(
            "another-installation-s-ticket-key-32+!!".getBytes(StandardCharsets.UTF_8));

    /** How the token presented at the door was made from the genuine one for application 42 of campaign 7. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            valid                                   | GENUINE                | 42
            valid, with the scanner's spaces       | SPACES                 | 42
            another candidate's id, same signature | TAMPER_APPLICATION     |
            another campaign's id, same signature  | TAMPER_CAMPAIGN        |
            leading zero in the id                 | LEADING_ZERO           |
            one character of the signature changed | TAMPER_SIGNATURE       |
            signature cut short                    | SHORT_SIGNATURE        |
            signed with another key                | OTHER_KEY              |
            another version's prefix               | OTHER_PREFIX           |
            garbage                                | GARBAGE                |
            the candidate number only              | NUMBER                 |
            empty                                  | EMPTY                  |
            """)
    void onlyTheGenuineTokenVerifies(String why, String how, Long expectedApplication) {
        String genuine = KEY.sign(42, 7);
        String sig = genuine.substring(genuine.lastIndexOf('.') + 1);
        String presented = switch (how) {
            case "GENUINE" -> genuine;
            case "SPACES" -> "  " + genuine + "\n";
            case "TAMPER_APPLICATION" -> "TT1.43.7." + sig;
            case "TAMPER_CAMPAIGN" -> "TT1.42.8." + sig;
            case "LEADING_ZERO" -> "TT1.042.7." + sig;
            case "TAMPER_SIGNATURE" -> genuine.substring(0, genuine.length() - 5)
                    + (genuine.charAt(genuine.length() - 5) == 'A' ? 'B' : 'A') + genuine.substring(genuine.length() - 4);
            case "SHORT_SIGNATURE" -> genuine.substring(0, genuine.length() - 1);
            case "OTHER_KEY" -> OTHER_KEY.sign(42, 7);
            case "OTHER_PREFIX" -> "TT2" + genuine.substring(3);
            case "GARBAGE" -> "TT1.ab.cd.%%%";
            case "NUMBER" -> "TS0001";
            case "EMPTY" -> "";
            default -> throw new IllegalArgumentException(how);
        };
        Optional<TicketToken.Holder> holder = KEY.verify(presented);
        if (expectedApplication == null) {
            assertThat(holder).as(why).isEmpty();
        } else {
            assertThat(holder).as(why).contains(new TicketToken.Holder(expectedApplication, 7));
        }
    }

    @Test
    void aNullTokenDoesNotVerifyAndAShortKeyIsRefused() {
        assertThat(KEY.verify(null)).isEmpty();
        assertThatThrownBy(() -> new TicketToken("short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachCandidateHasTheirOwnTokenAndATokenLooksLikeOne() {
        assertThat(KEY.sign(42, 7)).startsWith("TT1.42.7.").isNotEqualTo(KEY.sign(43, 7));
        assertThat(TicketToken.looksLikeToken(KEY.sign(42, 7))).isTrue();
        assertThat(TicketToken.looksLikeToken("TS0001")).isFalse();
    }
}
