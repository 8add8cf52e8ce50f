package vn.thituyen.registration;

/** Where an application stands in the eligibility review (xét duyệt phiếu đăng ký). */
public enum ApplicationStatus { SUBMITTED, ACCEPTED, REJECTED }
