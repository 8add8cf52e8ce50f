package vn.thituyen.identity;

import java.util.Optional;

/**
 * Checks a candidate number (số báo danh) + one-time password handed out at the exam room, and the exam sessions
 * opened with them. Implemented by the delivery module, which owns sittings and their rosters.
 */
public interface ExamTicketCheck {

    /**
     * Signs a candidate in at the exam room in a browser: when the pair matches a candidate of a sitting that is
     * open now, opens a new exam session, which ends the candidate's earlier one (one session per candidate).
     * @return the examinee with the new session's reference
     */
    Optional<Examinee> signIn(String candidateNumber, String oneTimePassword);

    /** @return the examinee of an exam-client session token, while it is the candidate's live session */
    Optional<Examinee> checkToken(String token);

    /** @param session the exam session's reference (SHA-256 of its secret), carried by the {@link Principal} */
    record Examinee(long attemptId, String candidateNumber, String fullName, String session) {
    }
}
