package vn.thituyen.registration;

/**
 * What a candidate's scanned document (tài liệu minh chứng) proves: the degrees and transcripts (văn bằng, bảng
 * điểm), the evidence of a claimed priority category, the evidence of the claimed exemption, or the portrait photo
 * (ảnh chân dung; one counts, the latest), or — for a winner — an item of the dossier they complete after the results
 * ({@link #DOSSIER}, the checklist item in the document's claim; ND 138/2020/NĐ-CP Art. 17).
 */
public enum DocumentPurpose {
    DEGREE, PRIORITY, EXEMPTION, PORTRAIT, DOSSIER
}
