package vn.thituyen.delivery;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.DomainException;
import vn.thituyen.delivery.DeliveryEvents.SittingOpened;
import vn.thituyen.delivery.DeliveryEvents.SittingPrepared;
import vn.thituyen.delivery.domain.Attempt;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.AttemptPartRepository;
import vn.thituyen.delivery.domain.AttemptRepository;
import vn.thituyen.delivery.domain.PaperItem;
import vn.thituyen.delivery.domain.PaperItemRepository;
import vn.thituyen.delivery.domain.Sitting;
import vn.thituyen.delivery.domain.SittingRepository;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.questionbank.BlueprintService;
import vn.thituyen.questionbank.BlueprintService.PaperDrawer;
import vn.thituyen.questionbank.DrawnQuestion;
import vn.thituyen.questionbank.ExamQuestions;
import vn.thituyen.questionbank.QuestionBankService;
import vn.thituyen.questionbank.QuestionBankService.BankInfo;
import vn.thituyen.questionbank.Subject;
import vn.thituyen.registration.CandidateInfo;
import vn.thituyen.registration.RegistrationService;
import vn.thituyen.registration.RegistrationService.RoomInfo;

/**
 * Preparing a room's sitting (the secretary): every candidate's paper drawn at once (a different random paper each,
 * questions and options shuffled, each part from its bank and blueprint), a one-time password each; then opening
 * it once the room has its invigilators and every paper is whole.
 */
@Service
public class SittingPreparation {

    private static final char[] OTP_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int OTP_LENGTH = 6;

    private final SittingRepository sittings;
    private final AttemptRepository attempts;
    private final AttemptPartRepository parts;
    private final PaperItemRepository items;
    private final RegistrationService registration;
    private final CampaignService campaigns;
    private final QuestionBankService banks;
    private final ExamQuestions examQuestions;
    private final BlueprintService blueprints;
    private final RoomAccess roomAccess;
    private final RoomStaffing roomStaffing;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final SecureRandom random = new SecureRandom();

    SittingPreparation(SittingRepository sittings, AttemptRepository attempts, AttemptPartRepository parts,
            PaperItemRepository items, RegistrationService registration, CampaignService campaigns,
            QuestionBankService banks, ExamQuestions examQuestions, BlueprintService blueprints, RoomAccess roomAccess, RoomStaffing roomStaffing,
            CurrentUser currentUser, ApplicationEventPublisher events, java.time.Clock clock) {
        this.sittings = sittings;
        this.attempts = attempts;
        this.parts = parts;
        this.items = items;
        this.registration = registration;
        this.campaigns = campaigns;
        this.banks = banks;
        this.examQuestions = examQuestions;
        this.blueprints = blueprints;
        this.roomAccess = roomAccess;
        this.roomStaffing = roomStaffing;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Draws every candidate's paper for a room in one batch (a different random paper each, questions and
     * options shuffled) and issues each a one-time password. Refuses when a bank is under 3 × the draw.
     */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public long prepareSitting(long roomId) {
        roomAccess.requireRoom(roomId);
        RoomInfo room = registration.room(roomId);
        roomStaffing.requireNoRelativeOfAnyInvigilator(room);
        if (sittings.findByRoomId(roomId).isPresent()) {
            throw new DomainException("error.sitting.exists");
        }
        RuleSet ruleSet = campaigns.campaign(room.campaignId()).ruleSet();
        List<CandidateInfo> candidates = registration.candidatesInRoom(roomId);
        if (candidates.isEmpty()) {
            throw new DomainException("error.sitting.empty");
        }
        Sitting sitting = sittings.save(new Sitting(room.campaignId(), roomId, currentUser.username(), clock.instant()));
        // each part's pool (and blueprint) is read once for the room, then every paper is drawn from memory
        Map<String, PaperDrawer> drawers = new HashMap<>();
        Map<String, BankInfo> bankOf = new HashMap<>();
        java.util.Set<Long> drawn = new java.util.HashSet<>();
        List<PaperItem> paperItems = new ArrayList<>(candidates.size() * 90);
        for (CandidateInfo c : candidates) {
            Attempt attempt = attempts.save(new Attempt(sitting.getId(), c.applicationId(), c.candidateNumber(),
                    newOneTimePassword()));
            for (RuleSet.Round1Part spec : ruleSet.round1Parts()) {
                boolean exempt = spec.subject() == RuleSet.Subject.FOREIGN_LANGUAGE && c.foreignLanguageExempt();
                if (exempt) {
                    parts.save(new AttemptPart(attempt.getId(), spec, null, true));
                    continue;
                }
                BankInfo bank = bankOf.computeIfAbsent(spec.subject() + "/" + c.foreignLanguage(),
                        k -> bankFor(spec.subject(), c));
                AttemptPart part = parts.save(new AttemptPart(attempt.getId(), spec, bank.id(), false));
                PaperDrawer drawer = drawers.computeIfAbsent(spec.number() + "/" + bank.id(),
                        k -> blueprints.drawer(room.campaignId(), spec.number(), bank.id(), spec.questionCount()));
                List<DrawnQuestion> paper = drawer.draw(random);
                paper.forEach(d -> drawn.add(d.questionId()));
                for (int i = 0; i < paper.size(); i++) {
                    paperItems.add(new PaperItem(part.getId(), i + 1, paper.get(i).questionId(),
                            paper.get(i).optionOrder()));
                }
            }
        }
        // questions marked used before the paper items refer to them: the items' foreign-key checks take shared
        // locks on the question rows, and taking those first and the update's exclusive locks after made two rooms
        // prepared at once (sharing a bank) deadlock; this way the second waits for the first
        examQuestions.markUsed(drawn);
        items.insertAll(paperItems);   // JDBC batches: the room's 2,700 rows in a few round trips
        events.publishEvent(new SittingPrepared(sitting.getId(), roomId, candidates.size(), currentUser.username()));
        return sitting.getId();
    }

    private BankInfo bankFor(RuleSet.Subject subject, CandidateInfo c) {
        Optional<BankInfo> bank = subject == RuleSet.Subject.GENERAL_KNOWLEDGE
                ? banks.bankFor(Subject.GENERAL_KNOWLEDGE, null)
                : banks.bankFor(Subject.FOREIGN_LANGUAGE, c.foreignLanguage().name());
        // name who and what, so the secretary knows which bank to load (or which decision to check)
        return bank.orElseThrow(() -> new DomainException("error.bank.missingFor", c.candidateNumber() == null ? ""
                : c.candidateNumber(), c.fullName(), new vn.thituyen.common.Messages.Key("subject." + subject),
                c.foreignLanguage() == null || subject == RuleSet.Subject.GENERAL_KNOWLEDGE ? ""
                        : new vn.thituyen.common.Messages.Key("language." + c.foreignLanguage())));
    }

    private String newOneTimePassword() {
        char[] c = new char[OTP_LENGTH];
        for (int i = 0; i < c.length; i++) {
            c[i] = OTP_ALPHABET[random.nextInt(OTP_ALPHABET.length)];
        }
        return new String(c);
    }

    @Secured({"ROLE_SECRETARY", "ROLE_INVIGILATOR"})
    @Transactional
    public void openSitting(long sittingId) {
        roomAccess.requireSitting(sittingId);
        Sitting s = sittings.require(sittingId);
        roomStaffing.requireEnoughInvigilators(registration.room(s.getRoomId()));
        requireCompletePapers(s);
        s.open(clock.instant());
        campaigns.examsStarted(s.getCampaignId());
        events.publishEvent(new SittingOpened(sittingId, currentUser.username()));
    }

    /**
     * A sitting opens only when every candidate's paper is whole (each part holds all its questions) and each
     * bank still holds 3 × the questions drawn (TT 6/2020/TT-BNV Art. 19).
     */
    private void requireCompletePapers(Sitting s) {
        RuleSet ruleSet = campaigns.campaign(s.getCampaignId()).ruleSet();
        Map<Long, Long> poolChecked = new HashMap<>();
        for (Attempt a : attempts.findBySittingIdOrderByCandidateNumber(s.getId())) {
            List<AttemptPart> ps = parts.findByAttemptIdOrderByPartNo(a.getId());
            if (ps.size() != ruleSet.round1Parts().size()) {
                throw new DomainException("error.sitting.incompletePaper", a.getCandidateNumber());
            }
            for (AttemptPart p : ps) {
                if (p.isExempt()) {
                    continue;
                }
                if (items.countByAttemptPartId(p.getId()) != p.getQuestionCount()) {
                    throw new DomainException("error.sitting.incompletePaper", a.getCandidateNumber());
                }
                ExamQuestions.requireDrawable(poolChecked.computeIfAbsent(p.getBankId(), examQuestions::poolSize),
                        p.getQuestionCount());
            }
        }
    }
}
