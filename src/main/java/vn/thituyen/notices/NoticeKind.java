package vn.thituyen.notices;

/** What a notice tells the candidate; each kind has its subject and body in the messages ({@code notice.<kind>.*}). */
public enum NoticeKind {
    /** the application was received (đã nhận phiếu đăng ký) */
    APPLICATION_RECEIVED,
    /** the form-review board accepted the application */
    APPLICATION_ACCEPTED,
    /** the form-review board rejected the application, with its reason */
    APPLICATION_REJECTED,
    /** the eligible list was published: candidate number, room, venue and time */
    ELIGIBLE_LIST_PUBLISHED,
    /** the results were published */
    RESULTS_PUBLISHED,
    /** the summons to a round (giấy triệu tập): time, place, room and candidate number */
    SUMMONS,
    /** the outcome of an appeal (phúc khảo): the mark before and after re-marking */
    APPEAL_DECIDED,
    /** a winner (người trúng tuyển): the position, the last day to complete the dossier and its checklist */
    WINNER,
    /** the winner's result was cancelled, with the reason (ND 138/2020/NĐ-CP Art. 17) */
    DOSSIER_CANCELLED,
    /** recognised as a winner in a cancelled winner's place: the position, the last day and the checklist */
    RECOGNISED
}
