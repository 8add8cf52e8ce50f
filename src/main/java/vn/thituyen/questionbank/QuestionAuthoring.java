package vn.thituyen.questionbank;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.questionbank.domain.Question;
import vn.thituyen.questionbank.domain.QuestionBank;
import vn.thituyen.questionbank.domain.QuestionEvent.Action;
import vn.thituyen.questionbank.domain.QuestionRepository;

/**
 * Writing questions and the review workflow (soạn, thẩm định, phê duyệt): a draft, its versions, a second board
 * member's review, the chair's approval and retirement. Every step is logged in the question's history.
 */
@Service
public class QuestionAuthoring {

    private final QuestionBankService catalogue;
    private final ExamQuestions exam;
    private final QuestionRepository questions;
    private final QuestionLog log;
    private final CurrentUser currentUser;
    private final Clock clock;

    QuestionAuthoring(QuestionBankService catalogue, ExamQuestions exam, QuestionRepository questions,
            QuestionLog log, CurrentUser currentUser, Clock clock) {
        this.catalogue = catalogue;
        this.exam = exam;
        this.questions = questions;
        this.log = log;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new question, DRAFT, version 1. */
    @Secured("ROLE_AUTHOR")
    @Transactional
    public long createQuestion(long bankId, QuestionContent content) {
        QuestionBank bank = catalogue.bankEntity(bankId);
        require(content, bankId);
        Question q = save(bank, content, Action.CREATED, null);
        return q.getId();
    }

    /**
     * Changes a question. A DRAFT or REVIEWED version is changed in place and goes back to DRAFT; an APPROVED
     * (or any drawn) version never changes: the edit becomes the next version, DRAFT, and the approved one stays
     * in use until the new one is approved. Returns the id of the version that holds the edit.
     */
    @Secured("ROLE_AUTHOR")
    @Transactional
    public long editQuestion(long questionId, QuestionContent content) {
        Question q = catalogue.questionEntity(questionId);
        require(content, q.getBankId());
        if (!q.getStatus().editable()) {
            throw new DomainException("question.error.notEditable");
        }
        if (questions.maxVersion(q.getFamilyId()) != q.getVersion()) {
            throw new DomainException("question.error.notNewest");
        }
        Instant now = clock.instant();
        String actor = currentUser.username();
        if (q.getStatus() == QuestionStatus.APPROVED || q.isUsed()) {
            Question next = questions.save(q.nextVersion(q.getVersion() + 1, content, actor, now));
            log.record(next, Action.NEW_VERSION, actor, "v" + q.getVersion() + " → v" + next.getVersion());
            return next.getId();
        }
        // the old option and image rows go first: a new row may reuse an option index or an image name
        q.getOptions().clear();
        q.getMedia().clear();
        questions.flush();
        q.edit(content, actor, now);
        log.record(q, Action.EDITED, actor, null);
        exam.evict(q.getId());
        return q.getId();
    }

    /** A second board member checks drafts (thẩm định): never the person who wrote the version. */
    @Secured("ROLE_AUTHOR")
    @Transactional
    public int review(Collection<Long> questionIds) {
        String actor = currentUser.username();
        int n = 0;
        for (Question q : forUpdate(questionIds)) {
            if (q.getStatus() != QuestionStatus.DRAFT) {
                throw new DomainException("question.error.notDraft", q.getId());
            }
            if (actor.equals(q.getEditedBy())) {
                throw new DomainException("question.error.ownQuestion", q.getId());
            }
            q.markReviewed(actor);
            log.record(q, Action.REVIEWED, actor, null);
            n++;
        }
        return n;
    }

    /** The reviewer sends a draft back with a reason. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public void returnToDraft(long questionId, String reason) {
        FreeText.require("reason", reason, 1000);
        Question q = catalogue.questionEntity(questionId);
        if (q.getStatus() != QuestionStatus.REVIEWED) {
            throw new DomainException("question.error.notReviewed", q.getId());
        }
        q.returnToDraft();
        log.record(q, Action.RETURNED, currentUser.username(), reason.strip());
    }

    /**
     * The chair approves reviewed versions for use in papers. Approving a new version supersedes the family's
     * older approved version, so a question is drawn in one version only.
     */
    @Secured("ROLE_CHAIR")
    @Transactional
    public int approve(Collection<Long> questionIds) {
        String actor = currentUser.username();
        int n = 0;
        for (Question q : forUpdate(questionIds)) {
            if (q.getStatus() != QuestionStatus.REVIEWED) {
                throw new DomainException("question.error.notReviewed", q.getId());
            }
            q.markApproved(actor);
            log.record(q, Action.APPROVED, actor, null);
            for (Question older : questions.findByFamilyIdOrderByVersionAsc(q.getFamilyId())) {
                if (older.getVersion() < q.getVersion() && older.getStatus() == QuestionStatus.APPROVED) {
                    older.supersede();
                    log.record(older, Action.SUPERSEDED, actor, "v" + q.getVersion());
                }
            }
            n++;
        }
        return n;
    }

    /** Takes a question out of use; papers that drew it keep it. */
    @Secured("ROLE_CHAIR")
    @Transactional
    public void retire(long questionId, String reason) {
        FreeText.require("reason", reason, 1000);
        Question q = catalogue.questionEntity(questionId);
        if (q.getStatus() == QuestionStatus.RETIRED || q.getStatus() == QuestionStatus.SUPERSEDED) {
            throw new DomainException("question.error.notEditable");
        }
        q.retire();
        log.record(q, Action.RETIRED, currentUser.username(), reason.strip());
    }

    /**
     * Stores validated questions of an import, all in the caller's transaction. {@code approved}: the chair
     * brings in a bank already approved elsewhere (recorded as such); otherwise they arrive as drafts.
     */
    List<Long> storeImported(QuestionBank bank, List<QuestionContent> contents, boolean approved, String detail) {
        List<Long> ids = new ArrayList<>(contents.size());
        for (QuestionContent c : contents) {
            Question q = save(bank, c, Action.IMPORTED, detail);
            if (approved) {
                q.approveOnImport(currentUser.username());
                log.record(q, Action.APPROVED, currentUser.username(), detail);
            }
            ids.add(q.getId());
        }
        return ids;
    }

    private Question save(QuestionBank bank, QuestionContent content, Action action, String detail) {
        String actor = currentUser.username();
        Question q = questions.save(new Question(bank.getId(), questions.maxSeq(bank.getId()) + 1, content, actor,
                clock.instant()));
        q.startFamily();
        log.record(q, action, actor, detail);
        return q;
    }

    private void require(QuestionContent content, long bankId) {
        Map<String, String> errors = content.check();
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        if (content.topicId() != null) {
            catalogue.topicIn(bankId, content.topicId());
        }
    }

    private List<Question> forUpdate(Collection<Long> ids) {
        if (ids.isEmpty()) {
            throw new DomainException("question.error.noneSelected");
        }
        List<Question> found = questions.findAllById(new LinkedHashSet<>(ids));
        if (found.size() != new HashSet<>(ids).size()) {
            throw new DomainException("error.notFound");
        }
        return found;
    }
}
