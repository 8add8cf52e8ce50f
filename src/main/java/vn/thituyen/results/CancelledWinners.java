package vn.thituyen.results;

import java.util.Map;

/**
 * The winners whose result was cancelled (ND 138/2020/NĐ-CP Art. 17(3)): a version of the results computed after a
 * cancellation shows each of them {@code CANCELLED} with the reason and ranks the others without them, so the next
 * ranked candidate takes the place. Provided by the module that keeps the winners' dossiers; this module only reads
 * it, so it depends on nothing it does not own.
 */
public interface CancelledWinners {

    /** The campaign's cancelled winners: application id → the reason as the result list shows it. */
    Map<Long, String> cancelled(long campaignId);
}
