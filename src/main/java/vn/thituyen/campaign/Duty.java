package vn.thituyen.campaign;

/**
 * The campaign work that belongs to particular seats (ND 138/2020/NĐ-CP Art. 7; TT 6/2020/TT-BNV): who may do it
 * is {@link vn.thituyen.campaign.domain.DutyRule}. Work not listed here is open to anyone with a seat in the
 * campaign and the account's role.
 */
public enum Duty {
    /** Accept or reject applications, decide claims, correct decisions after publication. */
    REVIEW_APPLICATIONS,
    /** Publish the eligible list, set up rooms. */
    PUBLISH_ELIGIBLE_LIST,
    /** Compute and publish results. */
    RESULTS,
    /** Approve results, decide ties, decide a board score escalated to the chair, permit a late start. */
    CHAIR_DECISIONS,
    /** Compose the campaign's papers: save a part's blueprint, draw a sample paper with its keys. */
    COMPOSE_PAPERS
}
