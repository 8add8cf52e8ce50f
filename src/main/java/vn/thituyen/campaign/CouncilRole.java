package vn.thituyen.campaign;

/** A seat on the recruitment council (Hội đồng tuyển dụng), ND 138/2020/NĐ-CP Art. 6(1). */
public enum CouncilRole {
    /** Chủ tịch Hội đồng. */
    CHAIR,
    /** Phó Chủ tịch Hội đồng. */
    VICE_CHAIR,
    /** Ủy viên kiêm thư ký. */
    SECRETARY,
    /** Ủy viên. */
    MEMBER
}
