package vn.thituyen.notices;

/**
 * Where a notice's email is. {@code PENDING}: waiting to be mailed (again, after a failure, at
 * {@code nextAttemptAt}); {@code SENDING}: claimed by one sender; {@code SENT}: the mail server took it;
 * {@code FAILED}: given up (no address, too many failures, or a sender stopped while sending: not mailed again, so
 * never twice). The inbox shows the notice in every state.
 */
public enum NoticeState { PENDING, SENDING, SENT, FAILED }
