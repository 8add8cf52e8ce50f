package vn.thituyen.delivery;

/** Sanctions for a violation of the exam rules (TT 6/2020/TT-BNV, Quy chế thi). */
public enum Sanction {
    /** Khiển trách: recorded; the score deduction is a setting (default none). */
    REPRIMAND,
    /** Cảnh cáo: recorded; the score deduction is a setting (default none). */
    WARNING,
    /** Đình chỉ thi: the running part scores 0 and is closed. */
    SUSPENSION,
    /** Hủy kết quả: the candidate's round-1 result is cancelled. */
    CANCELLATION
}
