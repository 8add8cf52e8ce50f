package vn.thituyen.winners.domain;

import java.time.LocalDate;
import vn.thituyen.winners.DossierState;

/**
 * Where a winner's dossier stands (ND 138/2020/NĐ-CP Art. 17): cancelled once its result is cancelled; complete when
 * the secretary verified every checklist item; otherwise overdue after its last day, waiting until then. Pure.
 */
public final class DossierStateRule {

    private DossierStateRule() {
    }

    public static DossierState state(boolean cancelled, boolean allVerified, LocalDate today, LocalDate lastDay) {
        if (cancelled) {
            return DossierState.CANCELLED;
        }
        if (allVerified) {
            return DossierState.COMPLETE;
        }
        return today.isAfter(lastDay) ? DossierState.OVERDUE : DossierState.WAITING;
    }
}
