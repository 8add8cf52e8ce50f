package vn.thituyen.winners;

import java.time.LocalDate;

/** Events of the winners' dossiers, seen by the audit log and the notices. */
public final class WinnersEvents {

    private WinnersEvents() {
    }

    /**
     * A winner's dossier opened on the publication of the results: the deadline and the checklist (item names).
     * {@code recognised}: the winner takes the place of a cancelled one (a later version of the results).
     */
    public record DossierOpened(long campaignId, long dossierId, long applicationId, long positionId,
            LocalDate deadline, String checklist, boolean recognised, String actor) {
    }

    /** The secretary checked one item of the dossier against the original ({@code verified} false: refused). */
    public record DossierItemChecked(long campaignId, long dossierId, long applicationId, String item,
            boolean verified, String note, String actor) {
    }

    /** A winner's result cancelled, with its kind and reason (irreversible). */
    public record WinnerCancelled(long campaignId, long dossierId, long applicationId, long positionId, String kind,
            String reason, String actor) {
    }

    /** False documents: the citizen ID is barred from the next {@code campaigns} recruitment campaign(s). */
    public record CitizenBarred(long campaignId, long applicationId, int campaigns, String reason, String actor) {
    }
}
