package vn.thituyen.campaign;

/** What a standard of a leadership post is about (tiêu chuẩn, điều kiện); its wording is the post's own. */
public enum StandardKind {
    RANK, YEARS_OF_SERVICE, POLITICAL_THEORY, STATE_MANAGEMENT, DEGREE, AGE_AT_APPOINTMENT, SUCCESSION_PLAN,
    HEALTH, OTHER
}
