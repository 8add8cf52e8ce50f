package vn.thituyen.grading;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.BoardKind;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.campaign.CampaignRules;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.RuleSet.WrittenMarking;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.grading.domain.AnonymisationCodes;
import vn.thituyen.grading.domain.Appeal;
import vn.thituyen.grading.domain.AppealRepository;
import vn.thituyen.grading.domain.AppealRule;
import vn.thituyen.grading.domain.WrittenPart;
import vn.thituyen.grading.domain.WrittenPartRepository;
import vn.thituyen.grading.domain.WrittenScript;
import vn.thituyen.grading.domain.WrittenScriptRepository;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.registration.CandidateInfo;
import vn.thituyen.registration.RegistrationService;

/**
 * Appeals (phúc khảo) against the mark of a written paper ({@link AppealRule}): the candidate files one per paper
 * inside the rule set's window after the results' publication — never for an interview, a practical or the computer
 * round; the secretary records the fee; once the window has closed the appeals board head takes the paid appeals into
 * a blind re-marking of the part: each appealed script gets fresh codes and is marked again by two members of the
 * appeals board (who by the board's rules marked nothing of it) under the same two-marker rule, seeing neither the
 * earlier marks nor who gave them. When the re-marking's key is opened, the outcome (before → after) is known to the
 * candidate, and the re-mark takes the place of the mark in the results' next version.
 */
@Service
public class AppealService {

    private final AppealRepository appeals;
    private final WrittenPartRepository parts;
    private final WrittenScriptRepository scripts;
    private final vn.thituyen.campaign.WorkingCalendar calendar;
    private final vn.thituyen.grading.domain.ScriptTextRepository texts;
    private final WrittenMarkingService marking;
    private final ScriptKeySeal seal;
    private final CampaignService campaigns;
    private final CampaignRules campaignRules;
    private final CampaignAccess access;
    private final vn.thituyen.campaign.CouncilService councils;
    private final RegistrationService registration;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AppealService(AppealRepository appeals, WrittenPartRepository parts, WrittenScriptRepository scripts,
            vn.thituyen.grading.domain.ScriptTextRepository texts, vn.thituyen.campaign.WorkingCalendar calendar,
            WrittenMarkingService marking, ScriptKeySeal seal, CampaignService campaigns, CampaignRules campaignRules,
            CampaignAccess access, vn.thituyen.campaign.CouncilService councils, RegistrationService registration,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.appeals = appeals;
        this.parts = parts;
        this.scripts = scripts;
        this.texts = texts;
        this.calendar = calendar;
        this.marking = marking;
        this.seal = seal;
        this.campaigns = campaigns;
        this.campaignRules = campaignRules;
        this.access = access;
        this.councils = councils;
        this.registration = registration;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An appeal as shown: to the candidate (their own), to the secretary and the chair (all). {@code before} is the
     * mark appealed; {@code after} the re-mark, once the re-marking's key is open; {@code changed} whether it moved.
     */
    public record AppealInfo(long id, long applicationId, String candidateNumber, String fullName, long positionId,
            int partNo, java.time.Instant filedAt, long feeVnd, String receiptNo, LocalDate paidOn, Status status,
            BigDecimal before, BigDecimal after, Boolean changed) {
    }

    /** Where an appeal stands. */
    public enum Status { AWAITING_FEE, PAID, REMARKING, DECIDED }

    /** What the candidate's page offers: per written paper of their position, the window and whether they may file. */
    public record Appealable(int partNo, LocalDate lastDay, AppealRule.Refusal refusal, long feeVnd) {

        /** A written paper (the only kind ever appealed). */
        public boolean writtenPaper() {
            return refusal != AppealRule.Refusal.NOT_A_WRITTEN_PAPER;
        }

        /** The candidate already appealed this paper. */
        public boolean filed() {
            return refusal == AppealRule.Refusal.ALREADY_FILED;
        }
    }

    @Secured("ROLE_CANDIDATE")
    @Transactional(readOnly = true)
    public List<Appealable> appealable(long campaignId) {
        RegistrationService.MyApplication mine = registration.myApplication(campaignId)
                .orElseThrow(() -> new DomainException("error.notFound"));
        WrittenMarking rules = campaignRules.rules(campaignId).written();
        LocalDate published = publishedOn(campaignId);
        Set<LocalDate> off = holidaysAfter(published, rules.appealWindowDays());
        List<Appealable> out = new ArrayList<>();
        for (CampaignService.Round2Part p : campaigns.round2Parts(mine.positionId())) {
            boolean filed = appeals.findByApplicationIdAndPositionIdAndPartNo(mine.id(), mine.positionId(),
                    p.partNo()).isPresent();
            Optional<AppealRule.Refusal> refusal = AppealRule.check(p.kind(), published, today(),
                    rules.appealWindowDays(), off, filed);
            out.add(new Appealable(p.partNo(), published == null ? null
                    : AppealRule.lastDay(published, rules.appealWindowDays(), off),
                    refusal.orElse(null), rules.appealFeeVnd()));
        }
        return out;
    }

    /**
     * The candidate appeals the mark of a written paper of their own application. Refused, with the reason, for a
     * part that is not written, before publication, after the window, twice, or for a paper they did not hand in.
     */
    @Secured("ROLE_CANDIDATE")
    @Transactional
    public AppealInfo file(long campaignId, int partNo) {
        RegistrationService.MyApplication mine = registration.myApplication(campaignId)
                .orElseThrow(() -> new DomainException("error.notFound"));
        CampaignService.Round2Part part = campaigns.round2Part(mine.positionId(), partNo)
                .orElseThrow(() -> new DomainException("error.marking.noSuchPart", partNo));
        WrittenMarking rules = campaignRules.rules(campaignId).written();
        boolean filed = appeals.findByApplicationIdAndPositionIdAndPartNo(mine.id(), mine.positionId(), partNo)
                .isPresent();
        LocalDate published = publishedOn(campaignId);
        Set<LocalDate> off = holidaysAfter(published, rules.appealWindowDays());
        Optional<AppealRule.Refusal> refusal = AppealRule.check(part.kind(), published, today(),
                rules.appealWindowDays(), off, filed);
        if (refusal.isPresent()) {
            throw new DomainException("error.appeal." + refusal.get(), published == null ? ""
                    : AppealRule.lastDay(published, rules.appealWindowDays(), off));
        }
        if (!marking.marksOf(markingPart(mine.positionId(), partNo)).containsKey(mine.id())) {
            throw new DomainException("error.appeal.noScript");
        }
        Appeal a = appeals.save(new Appeal(campaignId, mine.positionId(), partNo, mine.id(), currentUser.username(),
                clock.instant(), rules.appealFeeVnd()));
        events.publishEvent(new MarkingEvents.AppealFiled(a.getId(), mine.id(), mine.positionId(), partNo,
                a.getFeeVnd(), currentUser.username()));
        return info(a, null, new java.util.HashMap<>());
    }

    @Secured("ROLE_CANDIDATE")
    @Transactional(readOnly = true)
    public List<AppealInfo> mine(long campaignId) {
        Map<Long, Map<Long, BigDecimal>> marksByPart = new java.util.HashMap<>();
        return registration.myApplication(campaignId).map(m -> appeals.findByApplicationIdOrderByPartNo(m.id())
                .stream().map(a -> info(a, null, marksByPart)).toList()).orElse(List.of());
    }

    /** Every appeal of the campaign, with the candidate, for the secretary and the chair. */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<AppealInfo> appeals(long campaignId) {
        access.require(campaignId);
        Map<Long, CandidateInfo> byId = new java.util.HashMap<>();
        registration.eligibleCandidates(campaignId).forEach(c -> byId.put(c.applicationId(), c));
        Map<Long, Map<Long, BigDecimal>> marksByPart = new java.util.HashMap<>();
        return appeals.findByCampaignIdOrderByFiledAtAscIdAsc(campaignId).stream()
                .map(a -> info(a, byId.get(a.getApplicationId()), marksByPart)).toList();
    }

    /** The secretary records the fee paid: the receipt's number and date. */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public void recordFee(long appealId, String receiptNo, LocalDate paidOn) {
        Appeal a = appeals.findById(appealId).orElseThrow(() -> new DomainException("error.notFound"));
        access.require(a.getCampaignId());
        Map<String, String> errors = new java.util.HashMap<>();
        FreeText.check(errors, "receipt", receiptNo, 60);
        LocalDate filed = a.getFiledAt().atZone(ClockConfiguration.ZONE).toLocalDate();
        if (paidOn == null || paidOn.isAfter(today()) || paidOn.isBefore(filed)) {
            errors.put("paidOn", "error.appeal.paidOn");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        if (a.getScriptId() != null) {
            throw new DomainException("error.appeal.alreadyRemarking");
        }
        a.paid(receiptNo.strip(), paidOn, currentUser.username());
        events.publishEvent(new MarkingEvents.AppealFeePaid(a.getId(), receiptNo.strip(), paidOn,
                currentUser.username()));
    }

    /**
     * The appeals board head takes the paid appeals of a written part into a blind re-marking, once the window has
     * closed: each appealed script gets fresh codes (its key sealed like the first) and waits to be dealt to pairs of
     * the appeals board ({@link WrittenMarkingService#drawBundles(long, int, WrittenPart.Purpose, List)}). Appeals
     * whose fee is unpaid are left out. Once.
     */
    @Secured({"ROLE_GRADER", "ROLE_CHAIR"})
    @Transactional
    public int takeIntoRemarking(long positionId, int partNo) {
        WrittenPart marked = markingPart(positionId, partNo);
        long campaignId = marked.getCampaignId();
        access.require(campaignId);
        long me = currentUser.require().userId();
        if (councils.board(campaignId, BoardKind.APPEALS).headFor(positionId).filter(h -> h == me).isEmpty()) {
            throw new DomainException("error.appeal.notHead");
        }
        WrittenMarking rules = campaignRules.rules(campaignId).written();
        LocalDate published = publishedOn(campaignId);
        if (published == null || !today().isAfter(AppealRule.lastDay(published, rules.appealWindowDays(),
                holidaysAfter(published, rules.appealWindowDays())))) {
            throw new DomainException("error.appeal.windowOpen");
        }
        if (parts.findByPositionIdAndPartNoAndPurpose(positionId, partNo, WrittenPart.Purpose.APPEAL).isPresent()) {
            throw new DomainException("error.appeal.alreadyRemarking");
        }
        List<Appeal> paid = appeals.findByPositionIdAndPartNoOrderById(positionId, partNo).stream()
                .filter(Appeal::isPaid).toList();
        if (paid.isEmpty()) {
            throw new DomainException("error.appeal.nonePaid");
        }
        WrittenPart remark = parts.save(new WrittenPart(campaignId, positionId, partNo, WrittenPart.Purpose.APPEAL,
                marked.getKind(), marked.getMaxScore(), currentUser.username(), clock.instant()));
        Map<Long, WrittenScript> original = new java.util.HashMap<>();
        for (WrittenScript s : scripts.findByPartIdOrderBySecondCode(marked.getId())) {
            original.put(seal.open(s.getSealedKey(), WrittenMarkingService.context(marked.getId(), s.getFirstCode(),
                    s.getSecondCode())), s);
        }
        Set<String> taken = new HashSet<>();
        original.values().forEach(s -> {
            taken.add(s.getFirstCode());
            taken.add(s.getSecondCode());
        });
        Map<Long, AnonymisationCodes.Pair> codes = AnonymisationCodes.assign(
                paid.stream().map(Appeal::getApplicationId).toList(), taken, random);
        for (Appeal a : paid) {
            AnonymisationCodes.Pair p = codes.get(a.getApplicationId());
            WrittenScript s = scripts.save(new WrittenScript(remark.getId(), p.first(), p.second(),
                    original.get(a.getApplicationId()).getPages(),
                    seal.seal(a.getApplicationId(), WrittenMarkingService.context(remark.getId(), p.first(),
                            p.second()))));
            // a typed script is re-read by the appeals board under its fresh codes
            texts.findByScriptIdOrderByQuestionNo(original.get(a.getApplicationId()).getId()).forEach(t ->
                    texts.save(new vn.thituyen.grading.domain.ScriptText(s.getId(), t.getQuestionNo(), t.getBody())));
            a.takenIn(s.getId());
        }
        events.publishEvent(new MarkingEvents.AppealsTakenIn(campaignId, positionId, partNo, paid.size(),
                currentUser.username()));
        return paid.size();
    }

    /** How many of the campaign's appeals have their outcome (re-marked and that key opened). */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public long decidedCount(long campaignId) {
        Map<Long, Map<Long, BigDecimal>> marksByPart = new java.util.HashMap<>();
        return appeals.findByCampaignIdOrderByFiledAtAscIdAsc(campaignId).stream()
                .filter(a -> info(a, null, marksByPart).status() == Status.DECIDED).count();
    }

    /** An appeal's outcome for the candidate's notice: the mark appealed, the re-mark, whether it moved. */
    public record Outcome(long applicationId, long positionId, int partNo, BigDecimal before, BigDecimal after,
            boolean changed) {
    }

    /**
     * The outcomes of a written part's appeals once its re-marking's key is open: read by the notices module in the
     * transaction that opened the key (only the candidates concerned get their own outcome), never shown to a board.
     */
    @Transactional(readOnly = true)
    public List<Outcome> outcomes(long campaignId, long positionId, int partNo) {
        Map<Long, Map<Long, BigDecimal>> marksByPart = new java.util.HashMap<>();
        return appeals.findByCampaignIdOrderByFiledAtAscIdAsc(campaignId).stream()
                .filter(a -> a.getPositionId() == positionId && a.getPartNo() == partNo)
                .map(a -> info(a, null, marksByPart)).filter(i -> i.status() == Status.DECIDED)
                .map(i -> new Outcome(i.applicationId(), i.positionId(), i.partNo(), i.before(), i.after(),
                        Boolean.TRUE.equals(i.changed())))
                .toList();
    }

    // ---------------------------------------------------------------- helpers

    /**
     * @param marksByPart the final marks of each part already read for this answer, by the part's id: a list of
     *                    appeals opens each part's sealed keys once, not twice per appeal
     */
    private AppealInfo info(Appeal a, CandidateInfo c, Map<Long, Map<Long, BigDecimal>> marksByPart) {
        BigDecimal before = null;
        BigDecimal after = null;
        Boolean changed = null;
        Status status = a.isPaid() ? Status.PAID : Status.AWAITING_FEE;
        if (a.getScriptId() != null) {
            status = Status.REMARKING;
            Optional<WrittenPart> remark = parts.findByPositionIdAndPartNoAndPurpose(a.getPositionId(), a.getPartNo(),
                    WrittenPart.Purpose.APPEAL);
            if (remark.isPresent() && remark.get().isKeyOpen()) {
                WrittenPart marked = markingPart(a.getPositionId(), a.getPartNo());
                before = marksByPart.computeIfAbsent(marked.getId(), id -> marking.marksOf(marked))
                        .get(a.getApplicationId());
                after = marksByPart.computeIfAbsent(remark.get().getId(), id -> marking.marksOf(remark.get()))
                        .get(a.getApplicationId());
                AppealRule.Outcome o = AppealRule.outcome(before, after);
                changed = o.changed();
                status = Status.DECIDED;
            }
        }
        return new AppealInfo(a.getId(), a.getApplicationId(), c == null ? null : c.candidateNumber(),
                c == null ? null : c.fullName(), a.getPositionId(), a.getPartNo(), a.getFiledAt(), a.getFeeVnd(),
                a.getReceiptNo(), a.getPaidOn(), status, before, after, changed);
    }

    private WrittenPart markingPart(long positionId, int partNo) {
        WrittenPart p = parts.findByPositionIdAndPartNoAndPurpose(positionId, partNo, WrittenPart.Purpose.MARKING)
                .orElseThrow(() -> new DomainException("error.appeal.noScript"));
        if (!p.isKeyOpen()) {
            throw new DomainException("error.marking.keySealed");
        }
        return p;
    }

    /** The public holidays after publication, as far as a window of days moved past holidays could reach. */
    private Set<LocalDate> holidaysAfter(LocalDate published, int windowDays) {
        return published == null ? Set.of() : calendar.holidays(published, published.plusDays(windowDays + 60L));
    }

    /** The day the results were first published, in Vietnam; null before. */
    private LocalDate publishedOn(long campaignId) {
        return campaigns.resultsPublishedAt(campaignId).map(at -> at.atZone(ClockConfiguration.ZONE).toLocalDate())
                .orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }
}
