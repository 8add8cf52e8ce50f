package vn.thituyen.winners;

/** Why a winner's result is cancelled (ND 138/2020/NĐ-CP Art. 17(3)). */
public enum CancellationKind {
    /** The dossier was not completed within the rule set's limit (only once the deadline has passed). */
    NOT_COMPLETED_IN_TIME,
    /** The documents proved false (at any time); the person is also barred from the next campaign(s). */
    FALSE_DOCUMENTS
}
