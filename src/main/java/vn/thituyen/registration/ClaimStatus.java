package vn.thituyen.registration;

/** A claimed priority or exemption: checked against documents at eligibility review. */
public enum ClaimStatus { NONE, CLAIMED, CONFIRMED, REFUSED }
