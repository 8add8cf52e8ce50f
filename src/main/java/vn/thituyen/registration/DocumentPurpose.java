package vn.thituyen.registration;

/**
 * What a candidate's scanned document (tài liệu minh chứng) proves: the degrees and transcripts (văn bằng, bảng
 * điểm), the evidence of a claimed priority category, the evidence of the claimed exemption, or the portrait photo
 * (ảnh chân dung; one counts, the latest).
 */
public enum DocumentPurpose {
    DEGREE, PRIORITY, EXEMPTION, PORTRAIT
}
