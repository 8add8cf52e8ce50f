package vn.thituyen.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.registration.ApplicationForm.Exemption;
import vn.thituyen.registration.ClaimStatus;

/** ND 138/2020/NĐ-CP Art. 8: the foreign-language part is not sat only under a confirmed exemption. */
class ExemptionRuleTest {

    @ParameterizedTest(name = "{0} {1} → exempt {2}")
    @CsvSource({
        "FOREIGN_LANGUAGE, CONFIRMED, true",
        "FOREIGN_LANGUAGE, CLAIMED,   false",
        "FOREIGN_LANGUAGE, REFUSED,   false",
        "NONE,             NONE,      false",
        "NONE,             CONFIRMED, false",
    })
    void onlyAConfirmedClaimExempts(Exemption claimed, ClaimStatus decision, boolean exempt) {
        assertThat(ExemptionRule.exemptFromForeignLanguage(claimed, decision)).isEqualTo(exempt);
    }
}
