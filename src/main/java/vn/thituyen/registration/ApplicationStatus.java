package vn.thituyen.registration;

/** Where an application stands in the eligibility review (xét duyệt phiếu đăng ký). */
public enum ApplicationStatus {
    SUBMITTED, ACCEPTED, REJECTED,
    /** The candidate withdrew it while registration was open; not reviewed; the candidate may submit it again. */
    WITHDRAWN
}
