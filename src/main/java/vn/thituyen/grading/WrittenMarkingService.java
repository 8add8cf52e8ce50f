package vn.thituyen.grading;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.BoardKind;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.campaign.CampaignRules;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CouncilService;
import vn.thituyen.campaign.RuleSet.WrittenMarking;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.grading.domain.AnonymisationCodes;
import vn.thituyen.grading.domain.AutomaticZeroRule;
import vn.thituyen.grading.domain.AutomaticZeroRule.Reason;
import vn.thituyen.grading.domain.MarkSheet;
import vn.thituyen.grading.domain.MarkSheet.Kind;
import vn.thituyen.grading.domain.MarkSheetRepository;
import vn.thituyen.grading.domain.WrittenMarkRule;
import vn.thituyen.grading.domain.WrittenMarkRule.State;
import vn.thituyen.grading.domain.WrittenPart;
import vn.thituyen.grading.domain.WrittenPartRepository;
import vn.thituyen.grading.domain.ScriptText;
import vn.thituyen.grading.domain.ScriptTextRepository;
import vn.thituyen.grading.domain.WrittenScript;
import vn.thituyen.grading.domain.WrittenScriptRepository;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.registration.CandidateInfo;
import vn.thituyen.registration.RegistrationService;

/**
 * Written parts marked blind (chấm thi viết; TT 6/2020/TT-BNV, Quy chế, carried into TT 22/2025/TT-BNV): the
 * anonymisation board codes the scripts and seals the code ↔ candidate key; the marking board head deals the
 * scripts at random to pairs of markers, never a script to a marker whose declared relative wrote it; each marker
 * marks alone on their own sheet and sees neither the partner's mark (until the rule asks them to confer) nor whose
 * script it is; the rule set's reconciliation decides ({@link WrittenMarkRule}); the key is opened, recorded, by
 * the anonymisation board head or the council chair once every script has its mark, and only then do marks join
 * candidates. No method a marker or the secretary can call returns a candidate for a code before that.
 */
@Service
public class WrittenMarkingService {

    /** The most pages a script may have, and the most questions a mark sheet may list. */
    static final int MAX_PAGES = 60;
    static final int MAX_QUESTIONS = 50;

    private final WrittenPartRepository parts;
    private final WrittenScriptRepository scripts;
    private final MarkSheetRepository sheets;
    private final vn.thituyen.grading.domain.ScriptScanRepository scans;
    private final ScriptTextRepository texts;
    private final vn.thituyen.delivery.TypedWriting typed;
    private final ScriptKeySeal seal;
    private final CouncilService councils;
    private final CampaignAccess access;
    private final CampaignService campaigns;
    private final CampaignRules campaignRules;
    private final RegistrationService registration;
    private final vn.thituyen.delivery.DeliveryService delivery;
    private final CurrentUser currentUser;
    private final vn.thituyen.identity.IdentityService identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WrittenMarkingService(WrittenPartRepository parts, WrittenScriptRepository scripts, MarkSheetRepository sheets,
            vn.thituyen.grading.domain.ScriptScanRepository scans, ScriptTextRepository texts,
            vn.thituyen.delivery.TypedWriting typed, ScriptKeySeal seal, CouncilService councils, CampaignAccess access, CampaignService campaigns,
            CampaignRules campaignRules, RegistrationService registration, vn.thituyen.delivery.DeliveryService delivery,
            CurrentUser currentUser, vn.thituyen.identity.IdentityService identity, ApplicationEventPublisher events,
            Clock clock) {
        this.delivery = delivery;
        this.texts = texts;
        this.typed = typed;
        this.identity = identity;
        this.parts = parts;
        this.scripts = scripts;
        this.sheets = sheets;
        this.scans = scans;
        this.seal = seal;
        this.councils = councils;
        this.access = access;
        this.campaigns = campaigns;
        this.campaignRules = campaignRules;
        this.registration = registration;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- what the screens list

    /** A written part of a position's round 2 and how far its marking has come. */
    public record PartStatus(long positionId, String positionCode, String positionName, int partNo,
            WrittenPart.Purpose purpose, vn.thituyen.campaign.PartKind kind, int minutes, boolean anonymised, boolean bundlesDrawn, boolean keyOpen,
            int scripts) {
    }

    /** Every written part the campaign's plans hold, anonymised or not. */
    @Secured({"ROLE_GRADER", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<PartStatus> writtenParts(long campaignId) {
        access.require(campaignId);
        List<PartStatus> out = new ArrayList<>();
        for (CampaignService.PositionInfo p : campaigns.positions(campaignId)) {
            for (CampaignService.Round2Part r : campaigns.round2Parts(p.id())) {
                if (!r.kind().written()) {
                    continue;
                }
                for (WrittenPart.Purpose purpose : WrittenPart.Purpose.values()) {
                    var part = parts.findByPositionIdAndPartNoAndPurpose(p.id(), r.partNo(), purpose);
                    if (purpose == WrittenPart.Purpose.APPEAL && part.isEmpty()) {
                        continue;   // a re-marking is listed once appeals were taken into one
                    }
                    out.add(new PartStatus(p.id(), p.code(), p.name(), r.partNo(), purpose, r.kind(), r.minutes(),
                            part.isPresent(), part.map(x -> x.getBundlesAt() != null).orElse(false),
                            part.map(WrittenPart::isKeyOpen).orElse(false),
                            part.map(x -> scripts.findByPartIdOrderBySecondCode(x.getId()).size()).orElse(0)));
                }
            }
        }
        return out;
    }

    /** A candidate whose script the anonymisation board may take in. */
    public record IntakeCandidate(long applicationId, String candidateNumber, String fullName) {
    }

    /** The position's eligible candidates, by candidate number: the anonymisation board ticks who handed in. */
    @Secured({"ROLE_GRADER", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<IntakeCandidate> intakeCandidates(long positionId) {
        long campaignId = campaigns.position(positionId).campaignId();
        access.require(campaignId);
        if (!councils.isChair(campaignId, currentUser.require().userId())) {
            requireAnonymiser(campaignId);   // the chair, who may open the key, reads the names beside the marks too
        }
        return candidatesOf(campaignId, positionId).values().stream()
                .sorted(Comparator.comparing(CandidateInfo::candidateNumber,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(c -> new IntakeCandidate(c.applicationId(), c.candidateNumber(), c.fullName())).toList();
    }

    /** A member of the marking board, as the head chooses pairs and third markers. */
    public record Marker(long userId, String fullName) {
    }

    @Secured({"ROLE_GRADER", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<Marker> markers(long positionId) {
        return markers(positionId, WrittenPart.Purpose.MARKING);
    }

    /** The marking board's members for marking, the appeals board's for re-marking. */
    @Secured({"ROLE_GRADER", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<Marker> markers(long positionId, WrittenPart.Purpose purpose) {
        long campaignId = campaigns.position(positionId).campaignId();
        access.require(campaignId);
        BoardKind board = purpose == WrittenPart.Purpose.APPEAL ? BoardKind.APPEALS : BoardKind.MARKING;
        return councils.board(campaignId, board).membersFor(positionId).stream()
                .map(id -> new Marker(id, identity.account(id).fullName())).toList();
    }

    // ---------------------------------------------------------------- the anonymisation board

    /** A script handed in: whose, and how many pages (from the room's submission list). */
    public record Intake(long applicationId, int pages) {
    }

    /** A line of the sealed code sheet: who, and the two codes their script carries. */
    public record CodeLine(long applicationId, String candidateNumber, String fullName, String firstCode,
            String secondCode, int pages) {
    }

    /**
     * Codes the scripts of a written part (làm phách): two random codes each, the key sealed. Returns the code
     * sheet for the anonymisation board to print and seal; nobody else is ever shown it until the key is opened.
     */
    @Secured({"ROLE_GRADER", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional
    public List<CodeLine> anonymise(long positionId, int partNo, List<Intake> intake) {
        CampaignService.PositionInfo position = campaigns.position(positionId);
        long campaignId = position.campaignId();
        requireAnonymiser(campaignId);
        CampaignService.Round2Part planned = campaigns.round2Part(positionId, partNo)
                .orElseThrow(() -> new DomainException("error.marking.noSuchPart", partNo));
        if (!planned.kind().written()) {
            throw new DomainException("error.marking.notWritten", partNo);
        }
        if (planned.kind() == vn.thituyen.campaign.PartKind.WRITTEN_COMPUTER) {
            // typed scripts are taken in and coded by the system when the secretary closes the paper
            throw new DomainException("error.marking.typedAutomatic", partNo);
        }
        if (parts.findByPositionIdAndPartNoAndPurpose(positionId, partNo, WrittenPart.Purpose.MARKING).isPresent()) {
            throw new DomainException("error.marking.alreadyAnonymised", partNo);
        }
        Map<Long, CandidateInfo> candidates = candidatesOf(campaignId, positionId);
        checkIntake(intake, candidates);
        WrittenPart part = parts.save(new WrittenPart(campaignId, positionId, partNo, WrittenPart.Purpose.MARKING,
                planned.kind(),
                planned.maxScore(), currentUser.username(), clock.instant()));
        Map<Long, AnonymisationCodes.Pair> codes = AnonymisationCodes.assign(
                intake.stream().map(Intake::applicationId).toList(), Set.of(), random);
        List<CodeLine> sheet = new ArrayList<>();
        for (Intake i : intake) {
            AnonymisationCodes.Pair p = codes.get(i.applicationId());
            scripts.save(new WrittenScript(part.getId(), p.first(), p.second(), i.pages(),
                    seal.seal(i.applicationId(), context(part.getId(), p.first(), p.second()))));
            CandidateInfo c = candidates.get(i.applicationId());
            sheet.add(new CodeLine(c.applicationId(), c.candidateNumber(), c.fullName(), p.first(), p.second(),
                    i.pages()));
        }
        events.publishEvent(new MarkingEvents.ScriptsAnonymised(campaignId, positionId, partNo, intake.size(),
                currentUser.username()));
        sheet.sort(Comparator.comparing(CodeLine::candidateNumber, Comparator.nullsLast(Comparator.naturalOrder())));
        return sheet;
    }

    /**
     * Anonymises the scripts of a typed paper when the secretary closes it, in the same transaction (TT 6/2020/TT-BNV
     * Art. 28: scripts are coded before they are marked): two random codes each, the key sealed, the answers copied
     * for the markers under the codes. Nobody takes the scripts in by hand, so no one sees a name beside a code.
     */
    @org.springframework.context.event.EventListener
    void anonymiseTyped(vn.thituyen.delivery.DeliveryEvents.TypedPaperClosed closed) {
        CampaignService.Round2Part planned = campaigns.round2Part(closed.positionId(), closed.partNo()).orElseThrow();
        if (parts.findByPositionIdAndPartNoAndPurpose(closed.positionId(), closed.partNo(),
                WrittenPart.Purpose.MARKING).isPresent()) {
            throw new DomainException("error.marking.alreadyAnonymised", closed.partNo());
        }
        WrittenPart part = parts.save(new WrittenPart(closed.campaignId(), closed.positionId(), closed.partNo(),
                WrittenPart.Purpose.MARKING, planned.kind(), planned.maxScore(), closed.actor(), clock.instant()));
        List<vn.thituyen.delivery.TypedWriting.HandedIn> in = typed.handedIn(closed.positionId(), closed.partNo());
        Map<Long, AnonymisationCodes.Pair> codes = AnonymisationCodes.assign(
                in.stream().map(vn.thituyen.delivery.TypedWriting.HandedIn::applicationId).toList(), Set.of(), random);
        for (vn.thituyen.delivery.TypedWriting.HandedIn h : in) {
            AnonymisationCodes.Pair p = codes.get(h.applicationId());
            WrittenScript script = scripts.save(new WrittenScript(part.getId(), p.first(), p.second(), 0,
                    seal.seal(h.applicationId(), context(part.getId(), p.first(), p.second()))));
            h.answers().forEach(a -> texts.save(new ScriptText(script.getId(), a.questionNo(), a.text())));
        }
        events.publishEvent(new MarkingEvents.ScriptsAnonymised(closed.campaignId(), closed.positionId(),
                closed.partNo(), in.size(), closed.actor()));
    }

    private static void checkIntake(List<Intake> intake, Map<Long, CandidateInfo> candidates) {
        if (intake == null || intake.isEmpty()) {
            throw new DomainException("error.marking.noScripts");
        }
        Set<Long> seen = new HashSet<>();
        for (Intake i : intake) {
            CandidateInfo c = candidates.get(i.applicationId());
            if (c == null) {
                throw new DomainException("error.marking.notCandidate");
            }
            if (!seen.add(i.applicationId())) {
                throw new DomainException("error.marking.twice", c.candidateNumber());
            }
            if (i.pages() < 1 || i.pages() > MAX_PAGES) {
                throw new DomainException("error.marking.pages", c.candidateNumber(), MAX_PAGES);
            }
        }
    }

    /** The position's candidates who may sit round 2 (eligible, through round 1), by application id. */
    Map<Long, CandidateInfo> candidatesOf(long campaignId, long positionId) {
        return delivery.round2Candidates(campaignId, positionId);
    }

    /** What the sealed key is bound to: the part and both codes (a key moved to another script does not open). */
    static String context(long partId, String first, String second) {
        return "written-script|" + partId + "|" + first + "|" + second;
    }

    // ---------------------------------------------------------------- the marking board head

    /** Two markers who mark the same scripts, each alone. */
    public record MarkerPair(long first, long second) {
    }

    /**
     * Deals the part's scripts at random to the pairs (chia túi bài), as evenly as they go, never to a marker whose
     * declared relative wrote the script (checked on the sealed key, inside the server). Once.
     */
    @Secured({"ROLE_GRADER", "ROLE_CHAIR"})
    @Transactional
    public int drawBundles(long positionId, int partNo, List<MarkerPair> pairs) {
        return drawBundles(positionId, partNo, WrittenPart.Purpose.MARKING, pairs);
    }

    /** {@link #drawBundles(long, int, List)} for the marking or the re-marking of appeals (the appeals board). */
    @Secured({"ROLE_GRADER", "ROLE_CHAIR"})
    @Transactional
    public int drawBundles(long positionId, int partNo, WrittenPart.Purpose purpose, List<MarkerPair> pairs) {
        WrittenPart part = part(positionId, partNo, purpose);
        requireHead(part);
        if (part.getBundlesAt() != null) {
            throw new DomainException("error.marking.bundlesDrawn");
        }
        checkPairs(part, pairs);
        Map<Long, Set<Long>> relatives = new HashMap<>();
        pairs.forEach(p -> {
            relatives.put(p.first(), councils.relativeApplications(part.getCampaignId(), p.first()));
            relatives.put(p.second(), councils.relativeApplications(part.getCampaignId(), p.second()));
        });
        List<WrittenScript> all = new ArrayList<>(scripts.findByPartIdOrderBySecondCode(part.getId()));
        Collections.shuffle(all, random);
        int next = 0;
        for (WrittenScript s : all) {
            long author = openKey(part, s);
            MarkerPair chosen = null;
            for (int k = 0; k < pairs.size() && chosen == null; k++) {
                MarkerPair p = pairs.get((next + k) % pairs.size());
                if (!relatives.get(p.first()).contains(author) && !relatives.get(p.second()).contains(author)) {
                    chosen = p;
                }
            }
            if (chosen == null) {
                // every pair holds a relative of the script's candidate: said without saying whose script it is
                throw new DomainException("error.marking.noFreePair", s.getSecondCode());
            }
            s.dealTo(chosen.first(), chosen.second());
            next++;
        }
        part.bundlesDrawn(currentUser.username(), clock.instant());
        events.publishEvent(new MarkingEvents.BundlesDrawn(part.getCampaignId(), positionId, partNo, all.size(),
                pairs.size(), currentUser.username()));
        return all.size();
    }

    private void checkPairs(WrittenPart part, List<MarkerPair> pairs) {
        if (pairs == null || pairs.isEmpty()) {
            throw new DomainException("error.marking.noPairs");
        }
        List<Long> board = councils.board(part.getCampaignId(), part.markingBoard()).membersFor(part.getPositionId());
        Set<Long> used = new HashSet<>();
        for (MarkerPair p : pairs) {
            if (p.first() == p.second()) {
                throw new DomainException("error.marking.pairOfOne");
            }
            if (!board.contains(p.first()) || !board.contains(p.second())) {
                throw new DomainException("error.marking.notMarker");
            }
            if (!used.add(p.first()) || !used.add(p.second())) {
                throw new DomainException("error.marking.pairTwice");
            }
        }
    }

    /** A third marker for a script whose two marks are too far apart, under the third-marker path. */
    @Secured({"ROLE_GRADER", "ROLE_CHAIR"})
    @Transactional
    public void assignThirdMarker(long scriptId, long markerId) {
        WrittenScript s = script(scriptId);
        WrittenPart part = parts.findById(s.getPartId()).orElseThrow();
        requireHead(part);
        if (evaluate(part, s).state() != State.THIRD_MARK_REQUIRED) {
            throw new DomainException("error.marking.noThirdDue");
        }
        if (!councils.board(part.getCampaignId(), part.markingBoard()).membersFor(part.getPositionId())
                .contains(markerId)) {
            throw new DomainException("error.marking.notMarker");
        }
        if (s.markerNo(markerId) != 0 || councils.relativeApplications(part.getCampaignId(), markerId)
                .contains(openKey(part, s))) {
            throw new DomainException("error.marking.thirdConflict", s.getSecondCode());
        }
        s.thirdMarker(markerId);
        events.publishEvent(new MarkingEvents.ThirdMarkerAssigned(s.getSecondCode(), markerId,
                currentUser.username()));
    }

    /** The head's mark for a script the rule sends to them (a failed conference, or a third mark near neither). */
    @Secured({"ROLE_GRADER", "ROLE_CHAIR"})
    @Transactional
    public void decideMark(long scriptId, BigDecimal mark, String reason) {
        WrittenScript s = script(scriptId);
        WrittenPart part = parts.findById(s.getPartId()).orElseThrow();
        requireHead(part);
        requireOpenForMarking(part);
        FreeText.require("reason", reason, 1000);
        requireMark(mark, part, "mark");
        if (evaluate(part, s).state() != State.HEAD_DECISION_REQUIRED) {
            throw new DomainException("error.marking.noDecisionDue");
        }
        long me = currentUser.require().userId();
        sheets.save(new MarkSheet(s.getId(), Kind.HEAD, me, markerName(), null, mark, reason.strip(),
                clock.instant()));
        events.publishEvent(new MarkingEvents.WrittenMarkDecided(s.getSecondCode(), mark, reason.strip(),
                currentUser.username()));
    }

    /** The head confirms or rejects a marker's report for an automatic zero, with the reason. */
    @Secured({"ROLE_GRADER", "ROLE_CHAIR"})
    @Transactional
    public void decideZero(long scriptId, boolean confirmed, String reason) {
        WrittenScript s = script(scriptId);
        WrittenPart part = parts.findById(s.getPartId()).orElseThrow();
        requireHead(part);
        requireOpenForMarking(part);
        FreeText.require("reason", reason, 1000);
        if (s.getZeroReportedBy() == null) {
            throw new DomainException("error.marking.noZeroReport");
        }
        s.decideZero(confirmed, currentUser.username());
        events.publishEvent(new MarkingEvents.AutomaticZeroDecided(s.getSecondCode(), s.getZeroReasons().toString(),
                confirmed, reason.strip(), currentUser.username()));
    }

    // ---------------------------------------------------------------- markers

    /**
     * A script as its marker sees it: the second code, pages, the marker's own mark, where the script stands, and
     * the partner's mark only when the rule asks the two to confer. Never a name or candidate number.
     */
    public record MarkerRow(long scriptId, String code, boolean appeal, vn.thituyen.campaign.PartKind kind, int pages,
            BigDecimal maxScore, int markerNo,
            BigDecimal myMark, String myQuestionMarks, State state, BigDecimal partnerMark, boolean zeroReported,
            boolean scanned) {
    }

    @Secured("ROLE_GRADER")
    @Transactional(readOnly = true)
    public List<MarkerRow> myScripts(long campaignId) {
        access.require(campaignId);
        long me = currentUser.require().userId();
        Map<Long, WrittenPart> partById = new HashMap<>();
        List<WrittenScript> mine = scripts.dealtTo(campaignId, me);
        Map<Long, Map<Kind, MarkSheet>> byScript = sheetsOf(mine);
        Set<Long> scanned = new HashSet<>(mine.isEmpty() ? List.of()
                : scans.scanned(mine.stream().map(WrittenScript::getId).toList()));
        List<MarkerRow> rows = new ArrayList<>();
        for (WrittenScript s : mine) {
            WrittenPart part = partById.computeIfAbsent(s.getPartId(), id -> parts.findById(id).orElseThrow());
            Map<Kind, MarkSheet> own = byScript.getOrDefault(s.getId(), Map.of());
            int no = s.markerNo(me);
            MarkSheet mySheet = own.get(no == 1 ? Kind.FIRST : no == 2 ? Kind.SECOND : Kind.THIRD);
            State state = WrittenMarkRule.evaluate(marks(part, s, own), rules(part)).state();
            BigDecimal partner = null;
            if (state == State.CONFER_REQUIRED && (no == 1 || no == 2)) {
                MarkSheet other = own.get(no == 1 ? Kind.SECOND : Kind.FIRST);
                partner = other == null ? null : other.getMark();
            }
            rows.add(new MarkerRow(s.getId(), s.getSecondCode(), part.getPurpose() == WrittenPart.Purpose.APPEAL,
                    part.getKind(), s.getPages(), part.getMaxScore(), no,
                    mySheet == null ? null : mySheet.getMark(), mySheet == null ? null : mySheet.getQuestionMarks(),
                    state, partner, s.getZeroReportedBy() != null, scanned.contains(s.getId())));
        }
        return rows;
    }

    /**
     * The marker's own sheet: a mark per question; the script's mark is their sum. Marker 1 or 2 may correct it
     * until the partner's is in; the third marker marks once, and only when the rule asks for a third mark.
     */
    @Secured("ROLE_GRADER")
    @Transactional
    public BigDecimal enterMarks(long scriptId, List<BigDecimal> questionMarks) {
        WrittenScript s = script(scriptId);
        WrittenPart part = parts.findById(s.getPartId()).orElseThrow();
        requireOpenForMarking(part);
        long me = currentUser.require().userId();
        int no = s.markerNo(me);
        if (no == 0) {
            throw new DomainException("error.marking.notYourScript");
        }
        BigDecimal total = total(questionMarks, part);
        String perQuestion = questionMarks.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(";"));
        Map<Kind, MarkSheet> own = sheetsOf(List.of(s)).getOrDefault(s.getId(), Map.of());
        Kind kind = no == 1 ? Kind.FIRST : no == 2 ? Kind.SECOND : Kind.THIRD;
        if (kind == Kind.THIRD) {
            if (own.containsKey(Kind.THIRD) || evaluate(part, s).state() != State.THIRD_MARK_REQUIRED) {
                throw new DomainException("error.marking.noThirdDue");
            }
        } else if (own.containsKey(Kind.FIRST) && own.containsKey(Kind.SECOND)) {
            throw new DomainException("error.marking.sheetsClosed");
        }
        MarkSheet existing = own.get(kind);
        if (existing != null) {
            existing.replace(perQuestion, total, clock.instant());
        } else {
            sheets.save(new MarkSheet(s.getId(), kind, me, markerName(), perQuestion, total, null,
                    clock.instant()));
        }
        events.publishEvent(new MarkingEvents.WrittenMarkEntered(s.getSecondCode(), kind.name(), total,
                currentUser.username()));
        return total;
    }

    /**
     * After conferring (the two marks were too far apart): the mark the two markers agreed, or null when they
     * cannot agree, which sends the script to the board head.
     */
    @Secured("ROLE_GRADER")
    @Transactional
    public void recordConference(long scriptId, BigDecimal agreed, String reason) {
        WrittenScript s = script(scriptId);
        WrittenPart part = parts.findById(s.getPartId()).orElseThrow();
        requireOpenForMarking(part);
        long me = currentUser.require().userId();
        int no = s.markerNo(me);
        if (no != 1 && no != 2) {
            throw new DomainException("error.marking.notYourScript");
        }
        if (evaluate(part, s).state() != State.CONFER_REQUIRED) {
            throw new DomainException("error.marking.noConferenceDue");
        }
        FreeText.require("reason", reason, 1000);
        if (agreed == null) {
            s.conferenceFailed();
        } else {
            requireMark(agreed, part, "agreed");
            sheets.save(new MarkSheet(s.getId(), Kind.AGREED, me, markerName(), null, agreed,
                    reason.strip(), clock.instant()));
        }
        events.publishEvent(new MarkingEvents.ConferenceRecorded(s.getSecondCode(), agreed, reason.strip(),
                currentUser.username()));
    }

    /** A marker reports a reason for an automatic zero; the board head decides ({@link #decideZero}). */
    @Secured("ROLE_GRADER")
    @Transactional
    public void reportZero(long scriptId, Set<Reason> reasons, String note) {
        WrittenScript s = script(scriptId);
        WrittenPart part = parts.findById(s.getPartId()).orElseThrow();
        requireOpenForMarking(part);
        if (s.markerNo(currentUser.require().userId()) == 0) {
            throw new DomainException("error.marking.notYourScript");
        }
        if (reasons == null || reasons.isEmpty()
                || reasons.stream().anyMatch(r -> !AutomaticZeroRule.applies(r, part.getKind()))) {
            throw new FieldErrors(Map.of("reasons", "error.marking.zeroReason"));
        }
        String noteProblem = FreeText.checkOptional(note, 1000);
        if (noteProblem != null) {
            throw new FieldErrors(Map.of("note", noteProblem));
        }
        s.reportZero(reasons, note == null ? null : note.strip(), currentUser.username());
        events.publishEvent(new MarkingEvents.AutomaticZeroReported(s.getSecondCode(), reasons.toString(),
                currentUser.username()));
    }

    // ---------------------------------------------------------------- the head's view, the key

    /** A script as the marking board head sees it while marking goes on: code, markers, marks, state. */
    public record BoardRow(long scriptId, String code, int pages, String marker1, String marker2, String marker3,
            BigDecimal first, BigDecimal second, BigDecimal gap, State state, BigDecimal mark,
            WrittenMarkRule.Basis basis, Set<Reason> zeroReasons, Boolean zeroConfirmed) {
    }

    @Secured({"ROLE_GRADER", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<BoardRow> board(long positionId, int partNo) {
        return board(positionId, partNo, WrittenPart.Purpose.MARKING);
    }

    /** {@link #board(long, int)} of the marking or of the re-marking of appeals. */
    @Secured({"ROLE_GRADER", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<BoardRow> board(long positionId, int partNo, WrittenPart.Purpose purpose) {
        WrittenPart part = part(positionId, partNo, purpose);
        requireHeadOrChair(part);
        List<WrittenScript> all = scripts.findByPartIdOrderBySecondCode(part.getId());
        Map<Long, Map<Kind, MarkSheet>> byScript = sheetsOf(all);
        List<BoardRow> rows = new ArrayList<>();
        for (WrittenScript s : all) {
            Map<Kind, MarkSheet> own = byScript.getOrDefault(s.getId(), Map.of());
            WrittenMarkRule.Outcome o = WrittenMarkRule.evaluate(marks(part, s, own), rules(part));
            rows.add(new BoardRow(s.getId(), s.getSecondCode(), s.getPages(), name(own, Kind.FIRST),
                    name(own, Kind.SECOND), name(own, Kind.THIRD), mark(own, Kind.FIRST), mark(own, Kind.SECOND),
                    o.gap(), o.state(), o.mark(), o.basis(), s.getZeroReasons(), s.getZeroConfirmed()));
        }
        return rows;
    }

    /** Per marker: marked, mean, spread, out of tolerance; and who to look at (a mean two tolerances off, or often out). */
    public record Monitoring(List<vn.thituyen.grading.domain.MarkerMonitor.Stats> markers, List<String> outliers) {
    }

    @Secured({"ROLE_GRADER", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public Monitoring monitoring(long positionId, int partNo) {
        return monitoring(positionId, partNo, WrittenPart.Purpose.MARKING);
    }

    /** {@link #monitoring(long, int)} of the marking or of the re-marking of appeals. */
    @Secured({"ROLE_GRADER", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public Monitoring monitoring(long positionId, int partNo, WrittenPart.Purpose purpose) {
        WrittenPart part = part(positionId, partNo, purpose);
        requireHeadOrChair(part);
        List<WrittenScript> all = scripts.findByPartIdOrderBySecondCode(part.getId());
        List<vn.thituyen.grading.domain.MarkerMonitor.Marked> marked = new ArrayList<>();
        sheetsOf(all).values().forEach(own -> {
            MarkSheet first = own.get(Kind.FIRST);
            MarkSheet second = own.get(Kind.SECOND);
            if (first != null) {
                marked.add(new vn.thituyen.grading.domain.MarkerMonitor.Marked(first.getMarkerName(), first.getMark(),
                        second == null ? null : second.getMark()));
            }
            if (second != null) {
                marked.add(new vn.thituyen.grading.domain.MarkerMonitor.Marked(second.getMarkerName(),
                        second.getMark(), first == null ? null : first.getMark()));
            }
        });
        BigDecimal tolerance = rules(part).tolerance();
        var stats = vn.thituyen.grading.domain.MarkerMonitor.stats(marked, tolerance);
        return new Monitoring(stats, vn.thituyen.grading.domain.MarkerMonitor.outliers(stats, tolerance));
    }

    /** A script's final mark joined to its candidate, once the key is open. */
    public record FinalMark(long applicationId, String firstCode, String secondCode, BigDecimal mark,
            WrittenMarkRule.Basis basis) {
    }

    /**
     * Opens the sealed key of a part (mở phách): only the anonymisation board head or the council chair, only when
     * every script has its final mark; recorded in the audit chain. Returns the marks joined to candidates.
     */
    @Secured({"ROLE_GRADER", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional
    public List<FinalMark> openKey(long positionId, int partNo) {
        return openKey(positionId, partNo, WrittenPart.Purpose.MARKING);
    }

    /** {@link #openKey(long, int)} of the marking or of the re-marking of appeals. */
    @Secured({"ROLE_GRADER", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional
    public List<FinalMark> openKey(long positionId, int partNo, WrittenPart.Purpose purpose) {
        WrittenPart part = part(positionId, partNo, purpose);
        long me = currentUser.require().userId();
        access.require(part.getCampaignId());
        if (!councils.board(part.getCampaignId(), BoardKind.ANONYMISATION).isHeadOfAny(me)
                && !councils.isChair(part.getCampaignId(), me)) {
            throw new DomainException("error.marking.notKeyHolder");
        }
        List<WrittenScript> all = scripts.findByPartIdOrderBySecondCode(part.getId());
        Map<Long, Map<Kind, MarkSheet>> byScript = sheetsOf(all);
        long unfinished = all.stream().filter(s -> WrittenMarkRule.evaluate(
                marks(part, s, byScript.getOrDefault(s.getId(), Map.of())), rules(part)).state() != State.FINAL)
                .count();
        if (unfinished > 0) {
            throw new DomainException("error.marking.notFinished", unfinished);
        }
        if (!part.isKeyOpen()) {
            part.keyOpened(currentUser.username(), clock.instant());
            events.publishEvent(new MarkingEvents.KeyOpened(part.getCampaignId(), positionId, partNo,
                    part.getPurpose().name(), all.size(), currentUser.username()));
        }
        return joined(part, all, byScript);
    }

    /** The part's final marks by application, for results: only once the key is open. */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> finalMarks(long positionId, int partNo) {
        WrittenPart part = part(positionId, partNo, WrittenPart.Purpose.MARKING);
        access.require(part.getCampaignId());
        if (!part.isKeyOpen()) {
            throw new DomainException("error.marking.keySealed");
        }
        List<WrittenScript> all = scripts.findByPartIdOrderBySecondCode(part.getId());
        return joined(part, all, sheetsOf(all)).stream()
                .collect(Collectors.toMap(FinalMark::applicationId, FinalMark::mark));
    }

    /**
     * A script of an opened part as the council's minutes give it: the two markers' marks and the final mark (a re-mark
     * after an appeal, once that key is open too, in place of the mark).
     */
    public record MarkedScript(long applicationId, BigDecimal firstMarker, BigDecimal secondMarker, BigDecimal mark) {
    }

    /** Every script of a part once its key is open (empty while it is sealed or the part is not anonymised). */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<MarkedScript> markedScripts(long positionId, int partNo) {
        WrittenPart part = parts.findByPositionIdAndPartNoAndPurpose(positionId, partNo, WrittenPart.Purpose.MARKING)
                .orElse(null);
        if (part == null) {
            return List.of();
        }
        access.require(part.getCampaignId());
        if (!part.isKeyOpen()) {
            return List.of();
        }
        Map<Long, BigDecimal> finals = openedMarks(positionId, partNo).orElseThrow();
        List<WrittenScript> all = scripts.findByPartIdOrderBySecondCode(part.getId());
        Map<Long, Map<Kind, MarkSheet>> byScript = sheetsOf(all);
        List<MarkedScript> out = new ArrayList<>();
        for (WrittenScript s : all) {
            Map<Kind, MarkSheet> own = byScript.getOrDefault(s.getId(), Map.of());
            long applicationId = openKey(part, s);
            out.add(new MarkedScript(applicationId, mark(own, Kind.FIRST), mark(own, Kind.SECOND),
                    finals.get(applicationId)));
        }
        return out;
    }

    /**
     * A written part of the campaign and, once its key is open, its final marks by application; where appeals were
     * re-marked and that key opened too, the re-mark replaces the mark. {@code appealsPending}: a re-marking is under
     * way (its key not opened yet).
     */
    public record WrittenPartMarks(long positionId, int partNo, boolean keyOpen, Map<Long, BigDecimal> marks,
            boolean appealsPending) {
    }

    /** Whether a written part's key has been opened (its state only: no script's key is unsealed to tell). */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public boolean keyOpen(long positionId, int partNo) {
        return parts.findByPositionIdAndPartNoAndPurpose(positionId, partNo, WrittenPart.Purpose.MARKING)
                .map(part -> {
                    access.require(part.getCampaignId());
                    return part.isKeyOpen();
                }).orElse(false);
    }

    /** The campaign's anonymised written parts, for results: marks only where the key has been opened. */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<WrittenPartMarks> writtenMarks(long campaignId) {
        List<WrittenPartMarks> out = new ArrayList<>();
        List<WrittenPart> all = parts.findByCampaignIdOrderByPositionIdAscPartNoAsc(campaignId);
        for (WrittenPart part : all) {
            if (part.getPurpose() != WrittenPart.Purpose.MARKING) {
                continue;
            }
            Map<Long, BigDecimal> marks = part.isKeyOpen() ? marksOf(part) : new HashMap<>();
            WrittenPart appeal = all.stream().filter(a -> a.getPurpose() == WrittenPart.Purpose.APPEAL
                    && a.getPositionId() == part.getPositionId() && a.getPartNo() == part.getPartNo())
                    .findFirst().orElse(null);
            if (appeal != null && appeal.isKeyOpen()) {
                marks.putAll(marksOf(appeal));
            }
            out.add(new WrittenPartMarks(part.getPositionId(), part.getPartNo(), part.isKeyOpen(), marks,
                    appeal != null && !appeal.isKeyOpen()));
        }
        return out;
    }

    /**
     * The part's final marks by application once its key is open, a re-mark replacing the mark once the re-marking's
     * key is open too; empty while the part is not anonymised or its key is sealed. For this module's services,
     * which check their own caller (a candidate reads their own gate through them).
     */
    @Transactional(readOnly = true)
    Optional<Map<Long, BigDecimal>> openedMarks(long positionId, int partNo) {
        WrittenPart part = parts.findByPositionIdAndPartNoAndPurpose(positionId, partNo, WrittenPart.Purpose.MARKING)
                .orElse(null);
        if (part == null || !part.isKeyOpen()) {
            return Optional.empty();
        }
        Map<Long, BigDecimal> marks = marksOf(part);
        parts.findByPositionIdAndPartNoAndPurpose(positionId, partNo, WrittenPart.Purpose.APPEAL)
                .filter(WrittenPart::isKeyOpen).ifPresent(appeal -> marks.putAll(marksOf(appeal)));
        return Optional.of(marks);
    }

    /** Final marks by application of an opened part (marking or re-marking). */
    Map<Long, BigDecimal> marksOf(WrittenPart part) {
        List<WrittenScript> all = scripts.findByPartIdOrderBySecondCode(part.getId());
        Map<Long, BigDecimal> marks = new HashMap<>();
        joined(part, all, sheetsOf(all)).forEach(m -> marks.put(m.applicationId(), m.mark()));
        return marks;
    }

    private List<FinalMark> joined(WrittenPart part, List<WrittenScript> all,
            Map<Long, Map<Kind, MarkSheet>> byScript) {
        List<FinalMark> out = new ArrayList<>();
        for (WrittenScript s : all) {
            WrittenMarkRule.Outcome o = WrittenMarkRule.evaluate(marks(part, s,
                    byScript.getOrDefault(s.getId(), Map.of())), rules(part));
            out.add(new FinalMark(openKey(part, s), s.getFirstCode(), s.getSecondCode(), o.mark(), o.basis()));
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    long openKey(WrittenPart part, WrittenScript s) {
        return seal.open(s.getSealedKey(), context(part.getId(), s.getFirstCode(), s.getSecondCode()));
    }

    private WrittenMarkRule.Outcome evaluate(WrittenPart part, WrittenScript s) {
        return WrittenMarkRule.evaluate(marks(part, s, sheetsOf(List.of(s)).getOrDefault(s.getId(), Map.of())),
                rules(part));
    }

    private static WrittenMarkRule.Marks marks(WrittenPart part, WrittenScript s, Map<Kind, MarkSheet> own) {
        boolean zeroed = AutomaticZeroRule.zeroed(s.getZeroReasons(), part.getKind(),
                Boolean.TRUE.equals(s.getZeroConfirmed()));
        return new WrittenMarkRule.Marks(mark(own, Kind.FIRST), mark(own, Kind.SECOND), mark(own, Kind.AGREED),
                s.isConferFailed(), mark(own, Kind.THIRD), mark(own, Kind.HEAD), zeroed);
    }

    private static BigDecimal mark(Map<Kind, MarkSheet> own, Kind kind) {
        MarkSheet m = own.get(kind);
        return m == null ? null : m.getMark();
    }

    private static String name(Map<Kind, MarkSheet> own, Kind kind) {
        MarkSheet m = own.get(kind);
        return m == null ? null : m.getMarkerName();
    }

    private Map<Long, Map<Kind, MarkSheet>> sheetsOf(List<WrittenScript> of) {
        Map<Long, Map<Kind, MarkSheet>> out = new HashMap<>();
        if (of.isEmpty()) {
            return out;
        }
        for (MarkSheet m : sheets.findByScriptIdIn(of.stream().map(WrittenScript::getId).toList())) {
            out.computeIfAbsent(m.getScriptId(), k -> new EnumMap<>(Kind.class)).put(m.getKind(), m);
        }
        return out;
    }

    private WrittenMarking rules(WrittenPart part) {
        return campaignRules.rules(part.getCampaignId()).written();
    }

    private BigDecimal total(List<BigDecimal> questionMarks, WrittenPart part) {
        if (questionMarks == null || questionMarks.isEmpty() || questionMarks.size() > MAX_QUESTIONS
                || questionMarks.stream().anyMatch(m -> m == null || !WrittenMarkRule.validMark(m))) {
            throw new FieldErrors(Map.of("marks", "error.marking.markRange"));
        }
        BigDecimal total = questionMarks.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        requireMark(total, part, "marks");
        return total;
    }

    private static void requireMark(BigDecimal mark, WrittenPart part, String field) {
        if (mark == null || !WrittenMarkRule.validMark(mark) || mark.compareTo(part.getMaxScore()) > 0) {
            throw new FieldErrors(Map.of(field, "error.marking.markRange"));
        }
    }

    static void requireOpenForMarking(WrittenPart part) {
        if (part.isKeyOpen()) {
            throw new DomainException("error.marking.closed");
        }
    }

    /** The name a mark sheet carries: the marker's full name (the board head and the chair see it; markers never). */
    String markerName() {
        String name = currentUser.require().fullName();
        return name == null || name.isBlank() ? currentUser.username() : name;
    }

    WrittenScript script(long scriptId) {
        return scripts.findById(scriptId).orElseThrow(() -> new DomainException("error.notFound"));
    }

    WrittenPart part(long positionId, int partNo, WrittenPart.Purpose purpose) {
        return parts.findByPositionIdAndPartNoAndPurpose(positionId, partNo, purpose)
                .orElseThrow(() -> new DomainException("error.marking.notAnonymised", partNo));
    }

    private void requireAnonymiser(long campaignId) {
        access.require(campaignId);
        if (!councils.sitsOn(campaignId, BoardKind.ANONYMISATION, currentUser.require().userId())) {
            throw new DomainException("error.marking.notAnonymiser");
        }
    }

    private void requireHead(WrittenPart part) {
        access.require(part.getCampaignId());
        long me = currentUser.require().userId();
        if (councils.board(part.getCampaignId(), part.markingBoard()).headFor(part.getPositionId())
                .filter(h -> h == me).isEmpty()) {
            throw new DomainException("error.marking.notHead");
        }
    }

    private void requireHeadOrChair(WrittenPart part) {
        long me = currentUser.require().userId();
        if (councils.isChair(part.getCampaignId(), me)) {
            access.require(part.getCampaignId());
            return;
        }
        requireHead(part);
    }
}
