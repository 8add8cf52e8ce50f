package vn.thituyen.delivery;

import java.util.Optional;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.common.DomainException;
import vn.thituyen.delivery.domain.AttemptRepository;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.registration.CandidateDocuments;

/**
 * The photo on the exam screen (TT 6/2020/TT-BNV: the screen shows photo, name, candidate number and position before
 * the start, for the invigilator to compare with the person): the portrait the candidate uploaded with the
 * application, read once when the screen opens, only for the signed-in examinee's own attempt.
 */
@Service
public class ExamPortrait {

    private final AttemptRepository attempts;
    private final CandidateDocuments documents;
    private final CurrentUser currentUser;

    ExamPortrait(AttemptRepository attempts, CandidateDocuments documents, CurrentUser currentUser) {
        this.attempts = attempts;
        this.documents = documents;
        this.currentUser = currentUser;
    }

    /** The examinee's own portrait; empty when none was uploaded. */
    @Secured("ROLE_EXAMINEE")
    @Transactional(readOnly = true)
    public Optional<CandidateDocuments.DocumentFile> mine() {
        return documents.examineePortrait(myApplicationId());
    }

    /** Whether there is one to show (read without its bytes, when the screen opens). */
    @Secured("ROLE_EXAMINEE")
    @Transactional(readOnly = true)
    public boolean present() {
        return documents.examineeHasPortrait(myApplicationId());
    }

    private long myApplicationId() {
        Long attemptId = currentUser.require().attemptId();
        if (attemptId == null) {
            throw new DomainException("error.forbidden");
        }
        return attempts.findById(attemptId).orElseThrow(() -> new DomainException("error.notFound"))
                .getApplicationId();
    }
}
