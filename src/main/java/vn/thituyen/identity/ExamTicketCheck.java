package vn.thituyen.identity;

import java.util.Optional;

/**
 * Checks a candidate number (số báo danh) + one-time password handed out at the exam room.
 * Implemented by the delivery module, which owns sittings and their rosters.
 */
public interface ExamTicketCheck {

    /** @return the examinee when the pair matches a candidate of a sitting that is open now */
    Optional<Examinee> check(String candidateNumber, String oneTimePassword);

    /** @return the examinee of an exam-client session token, while the candidate's sitting is open */
    Optional<Examinee> checkToken(String token);

    record Examinee(long attemptId, String candidateNumber, String fullName) {
    }
}
