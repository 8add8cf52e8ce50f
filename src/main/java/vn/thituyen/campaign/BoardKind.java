package vn.thituyen.campaign;

/**
 * The boards a recruitment council sets up for a campaign (ND 138/2020/NĐ-CP Art. 7; TT 6/2020/TT-BNV Art. 3-9):
 * each a set of members with one head. What a staff member may do in a campaign follows from the council seat and
 * the boards they hold in <em>that</em> campaign.
 */
public enum BoardKind {
    /** Ban kiểm tra Phiếu đăng ký dự tuyển. */
    FORM_REVIEW,
    /** Ban đề thi. */
    QUESTIONS,
    /** Ban coi thi. */
    INVIGILATION,
    /** Ban phách. */
    ANONYMISATION,
    /** Ban chấm thi. */
    MARKING,
    /** Ban kiểm tra sát hạch (interview or practical), per position or for all positions. */
    INTERVIEW,
    /** Ban phúc khảo. */
    APPEALS,
    /** Ban giám sát. */
    SUPERVISION;

    /** Whether the board may be set up for one position (the interview board of a position or group). */
    public boolean perPosition() {
        return this == INTERVIEW;
    }
}
