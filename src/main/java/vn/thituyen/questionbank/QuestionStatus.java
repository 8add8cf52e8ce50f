package vn.thituyen.questionbank;

/**
 * Where a question version is in the review workflow. Only APPROVED versions are drawn for papers. A version
 * replaced by a newer approved version of the same question becomes SUPERSEDED; papers that drew it keep it.
 */
public enum QuestionStatus {
    /** being written (dự thảo) */
    DRAFT,
    /** checked by a second board member (đã thẩm định) */
    REVIEWED,
    /** approved by the chair for use in papers (đã duyệt) */
    APPROVED,
    /** taken out of use (ngừng sử dụng) */
    RETIRED,
    /** replaced by a newer approved version (đã thay thế) */
    SUPERSEDED;

    public boolean editable() {
        return this == DRAFT || this == REVIEWED || this == APPROVED;
    }
}
