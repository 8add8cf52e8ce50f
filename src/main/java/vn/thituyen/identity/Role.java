package vn.thituyen.identity;

/** Who a user is to the exam (vai trò). One role per account keeps duties separate. */
public enum Role {
    /** Home Affairs staff running campaigns (Sở Nội vụ). */
    ADMIN,
    /** Member-secretary of the recruitment council (ủy viên thư ký). */
    SECRETARY,
    /** Chair of the council (chủ tịch hội đồng); approves results, decides ties. */
    CHAIR,
    /** Question board member (ban đề thi). */
    AUTHOR,
    /** Invigilator (giám thị). */
    INVIGILATOR,
    /** Interview / marking board member (thành viên ban chấm, ban sát hạch). */
    GRADER,
    /**
     * A managing agency's account (cơ quan quản lý, đơn vị cử): nominates its public servants for a leadership
     * exam and uploads the nomination letter. The account's full name is the agency's name.
     */
    AGENCY,
    /** A person applying (thí sinh). */
    CANDIDATE,
    /** A candidate signed in at the exam room with candidate number + one-time password. */
    EXAMINEE;

    public String authority() {
        return "ROLE_" + name();
    }
}
