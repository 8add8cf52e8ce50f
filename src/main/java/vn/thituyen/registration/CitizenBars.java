package vn.thituyen.registration;

import java.util.Optional;

/**
 * The bars on citizen IDs (CCCD): a person whose documents proved false after winning is barred from the next
 * campaign(s) (ND 138/2020/NĐ-CP Art. 17). Registration checks each application's citizen ID when it is filed and
 * shows what it finds to the reviewers. Provided by the module that keeps the winners' dossiers; this module only
 * asks, so it depends on nothing it does not own.
 */
public interface CitizenBars {

    /** The bar on {@code citizenId} that applies to an application in {@code campaignId}: its reason, for staff. */
    Optional<String> barFor(String citizenId, long campaignId);
}
