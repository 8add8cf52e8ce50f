package vn.thituyen.registration.domain;

import vn.thituyen.registration.ApplicationForm.Exemption;
import vn.thituyen.registration.ClaimStatus;

/**
 * When a candidate does not sit the foreign-language part of round 1 (ND 138/2020/NĐ-CP Art. 8; ND 115/2020/NĐ-CP
 * likewise): only when they claimed the exemption (a foreign-language degree at the required level or higher, or a
 * degree earned abroad or taught in a foreign language) and the board confirmed it at the eligibility review. A
 * claim still waiting or refused means sitting the part. Pure.
 */
public final class ExemptionRule {

    private ExemptionRule() {
    }

    public static boolean exemptFromForeignLanguage(Exemption claimed, ClaimStatus decision) {
        return claimed == Exemption.FOREIGN_LANGUAGE && decision == ClaimStatus.CONFIRMED;
    }
}
