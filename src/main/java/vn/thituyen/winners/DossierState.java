package vn.thituyen.winners;

/** Where a winner's dossier stands. */
public enum DossierState {
    /** Within the limit, not every checklist item verified yet. */
    WAITING,
    /** Every checklist item verified by the secretary. */
    COMPLETE,
    /** The deadline has passed and an item is still not verified: the result may be cancelled. */
    OVERDUE,
    /** The result was cancelled, with its reason. */
    CANCELLED
}
