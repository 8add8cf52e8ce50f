package vn.thituyen.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A winner's dossier (hồ sơ người trúng tuyển, ND 138/2020/NĐ-CP Art. 17) as the candidate sees it on their page: the
 * checklist, the deadline and where it stands. Provided by the module that keeps the dossiers; this module shows it
 * and takes the uploads, so it depends on nothing it does not own.
 */
public interface OwnDossier {

    /** The dossier of the application, when its owner won (the caller checks it is the signed-in candidate's). */
    Optional<Dossier> dossier(long applicationId);

    /**
     * The dossier as shown: {@code state} WAITING, COMPLETE, OVERDUE or CANCELLED; {@code cancelReason} when
     * cancelled.
     */
    record Dossier(long id, String positionName, LocalDate noticedOn, LocalDate deadline, String state,
            List<Item> items, String cancelReason) {

        /** Whether the candidate may still upload: neither complete nor cancelled. */
        public boolean open() {
            return "WAITING".equals(state) || "OVERDUE".equals(state);
        }
    }

    /** One checklist item ({@code item} a {@code campaign.RuleSet.DossierItem} name) and the secretary's check. */
    record Item(String item, Boolean verified, String note) {
    }
}
