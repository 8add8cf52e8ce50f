package vn.thituyen.registration;

/**
 * A decision corrected after the eligible list was published (issue 11 § 4): each makes a new version of the list,
 * with the secretary's reason.
 */
public enum Correction {
    /** A rejected application is accepted: the candidate gets the next candidate number and a room with space. */
    ACCEPT,
    /** An accepted application is rejected: the candidate leaves the list and their room. */
    REJECT,
    CONFIRM_PRIORITY,
    REFUSE_PRIORITY,
    /** The exemption is confirmed: the candidate does not sit the exempted part. */
    CONFIRM_EXEMPTION,
    /** The exemption is refused: the candidate sits the part, in the language they chose on the form. */
    REFUSE_EXEMPTION
}
