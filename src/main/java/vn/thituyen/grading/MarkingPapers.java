package vn.thituyen.grading;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.BoardKind;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CouncilService;
import vn.thituyen.common.DomainException;
import vn.thituyen.grading.domain.WrittenPart;
import vn.thituyen.grading.domain.WrittenPartRepository;
import vn.thituyen.grading.domain.WrittenScript;
import vn.thituyen.grading.domain.WrittenScriptRepository;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.registration.CandidateInfo;
import vn.thituyen.registration.RegistrationService;

/**
 * The papers of blind marking: the rooms' submission lists, the sealed code sheet and the code labels for the
 * anonymisation board, a marker's signed mark sheet, and the scans of the scripts' bodies that markers read by
 * code. Who may have which is checked here; the marking itself is {@link WrittenMarkingService}.
 */
@Service
public class MarkingPapers {

    private final WrittenMarkingService marking;
    private final WrittenPartRepository parts;
    private final WrittenScriptRepository scripts;
    private final vn.thituyen.grading.domain.ScriptScanRepository scans;
    private final vn.thituyen.grading.domain.ScriptTextRepository texts;
    private final vn.thituyen.delivery.TypedWriting typed;
    private final CampaignService campaigns;
    private final CampaignAccess access;
    private final CouncilService councils;
    private final RegistrationService registration;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MarkingPapers(WrittenMarkingService marking, WrittenPartRepository parts, WrittenScriptRepository scripts,
            vn.thituyen.grading.domain.ScriptScanRepository scans, vn.thituyen.grading.domain.ScriptTextRepository texts,
            vn.thituyen.delivery.TypedWriting typed, CampaignService campaigns, CampaignAccess access,
            CouncilService councils, RegistrationService registration, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.marking = marking;
        this.parts = parts;
        this.scripts = scripts;
        this.scans = scans;
        this.texts = texts;
        this.typed = typed;
        this.campaigns = campaigns;
        this.access = access;
        this.councils = councils;
        this.registration = registration;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A PDF to download: its file name and bytes. */
    public record PdfFile(String fileName, byte[] bytes) {
    }

    /**
     * The sealed code sheet (biên bản ghép phách) of a part as a PDF, for the anonymisation board to sign and seal:
     * candidate ↔ codes. Only the anonymisation board (and the council chair) may print it; every print is recorded.
     */
    @Secured({"ROLE_GRADER", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional
    public PdfFile codeSheetPdf(long positionId, int partNo, WrittenPart.Purpose purpose) {
        WrittenPart part = marking.part(positionId, partNo, purpose);
        requireAnonymiserOrChair(part);
        Map<Long, CandidateInfo> candidates = marking.candidatesOf(part.getCampaignId(), positionId);
        List<vn.thituyen.grading.domain.MarkingPdf.CodeLine> lines = new ArrayList<>();
        for (WrittenScript s : scripts.findByPartIdOrderBySecondCode(part.getId())) {
            CandidateInfo c = candidates.get(marking.openKey(part, s));
            lines.add(new vn.thituyen.grading.domain.MarkingPdf.CodeLine(c == null ? "" : c.candidateNumber(),
                    c == null ? "" : c.fullName(), s.getFirstCode(), s.getSecondCode(), s.getPages()));
        }
        lines.sort(Comparator.comparing(vn.thituyen.grading.domain.MarkingPdf.CodeLine::candidateNumber));
        events.publishEvent(new MarkingEvents.CodeSheetPrinted(part.getCampaignId(), positionId, partNo,
                purpose.name(), currentUser.username()));
        return new PdfFile("bien-ban-ghep-phach-" + paperSlug(part) + ".pdf", vn.thituyen.grading.domain.MarkingPdf
                .codeSheet(campaigns.campaign(part.getCampaignId()).name(), paperName(part), lines, printedBy()));
    }

    /**
     * The submission list of a written paper (danh sách nộp bài thi), one page per room, for the invigilators to fill
     * in and sign as the scripts are handed in: the position's candidates through round 1, by candidate number.
     */
    @Secured({"ROLE_GRADER", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public PdfFile submissionListPdf(long positionId, int partNo) {
        CampaignService.PositionInfo position = campaigns.position(positionId);
        long campaignId = position.campaignId();
        access.require(campaignId);
        CampaignService.Round2Part planned = campaigns.round2Part(positionId, partNo)
                .filter(p -> p.kind().written())
                .orElseThrow(() -> new DomainException("error.marking.notWritten", partNo));
        Map<Long, String> roomNames = new HashMap<>();
        registration.rooms(campaignId).forEach(r -> roomNames.put(r.id(), r.name()));
        Map<String, List<vn.thituyen.grading.domain.MarkingPdf.CodeLine>> byRoom = new java.util.TreeMap<>();
        marking.candidatesOf(campaignId, positionId).values().stream()
                .sorted(Comparator.comparing(CandidateInfo::candidateNumber,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(c -> byRoom.computeIfAbsent(c.roomId() == null ? "–" : roomNames.getOrDefault(c.roomId(), "–"),
                        k -> new ArrayList<>()).add(new vn.thituyen.grading.domain.MarkingPdf.CodeLine(
                                c.candidateNumber(), c.fullName(), "", "", 0)));
        List<vn.thituyen.grading.domain.MarkingPdf.Room> rooms = byRoom.entrySet().stream()
                .map(e -> new vn.thituyen.grading.domain.MarkingPdf.Room(e.getKey(), e.getValue())).toList();
        String paper = vn.thituyen.common.Messages.vi("pdf.marking.paper.MARKING", position.code(), position.name(),
                planned.partNo());
        return new PdfFile("danh-sach-nop-bai-" + position.code() + "-" + partNo + ".pdf",
                vn.thituyen.grading.domain.MarkingPdf.submissionList(campaigns.campaign(campaignId).name(), paper,
                        rooms, printedBy()));
    }

    /** The code labels of a part (codes only, no name), for the anonymisation board. */
    @Secured({"ROLE_GRADER", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public PdfFile labelsPdf(long positionId, int partNo, WrittenPart.Purpose purpose) {
        WrittenPart part = marking.part(positionId, partNo, purpose);
        requireAnonymiserOrChair(part);
        List<vn.thituyen.grading.domain.MarkingPdf.CodeLine> lines = scripts.findByPartIdOrderBySecondCode(
                part.getId()).stream().map(s -> new vn.thituyen.grading.domain.MarkingPdf.CodeLine("", "",
                        s.getFirstCode(), s.getSecondCode(), s.getPages()))
                .sorted(Comparator.comparing(vn.thituyen.grading.domain.MarkingPdf.CodeLine::firstCode)).toList();
        return new PdfFile("nhan-phach-" + paperSlug(part) + ".pdf",
                vn.thituyen.grading.domain.MarkingPdf.labels(paperName(part), lines));
    }

    /** The signed-in marker's mark sheet (phiếu chấm): the scripts they marked, by code, with their marks. */
    @Secured("ROLE_GRADER")
    @Transactional(readOnly = true)
    public PdfFile myMarkSheetPdf(long campaignId) {
        List<vn.thituyen.grading.domain.MarkingPdf.MarkLine> lines = marking.myScripts(campaignId).stream()
                .filter(r -> r.myMark() != null)
                .map(r -> new vn.thituyen.grading.domain.MarkingPdf.MarkLine(r.code(),
                        r.myQuestionMarks() == null ? "" : r.myQuestionMarks().replace(".", ",").replace(";", "; "),
                        vn.thituyen.common.Numbers.scoreVi(r.myMark())))
                .toList();
        String name = campaigns.campaign(campaignId).name();
        return new PdfFile("phieu-cham-" + currentUser.username() + ".pdf", vn.thituyen.grading.domain.MarkingPdf
                .markSheet(name, vn.thituyen.common.Messages.vi("pdf.marking.writtenPapers"), marking.markerName(), lines,
                        printedBy()));
    }

    private void requireAnonymiserOrChair(WrittenPart part) {
        long me = currentUser.require().userId();
        access.require(part.getCampaignId());
        if (!councils.sitsOn(part.getCampaignId(), BoardKind.ANONYMISATION, me)
                && !councils.isChair(part.getCampaignId(), me)) {
            throw new DomainException("error.marking.notAnonymiser");
        }
    }

    private String paperName(WrittenPart part) {
        CampaignService.PositionInfo p = campaigns.position(part.getPositionId());
        return vn.thituyen.common.Messages.vi("pdf.marking.paper." + part.getPurpose(), p.code(), p.name(),
                part.getPartNo());
    }

    private String paperSlug(WrittenPart part) {
        return campaigns.position(part.getPositionId()).code().replaceAll("[^A-Za-z0-9_-]", "") + "-"
                + part.getPartNo() + (part.getPurpose() == WrittenPart.Purpose.APPEAL ? "-phuc-khao" : "");
    }

    private String printedBy() {
        return vn.thituyen.common.Messages.vi("pdf.marking.printed", java.time.format.DateTimeFormatter
                .ofPattern("dd/MM/yyyy HH:mm").withZone(vn.thituyen.common.ClockConfiguration.ZONE)
                .format(clock.instant()), currentUser.username());
    }

    // ---------------------------------------------------------------- scans of the scripts

    /** The largest scan accepted (a script of a few pages scanned at 200 dpi is 1–5 MB). */
    public static final int MAX_SCAN_BYTES = 20 * 1024 * 1024;

    /** A script as the anonymisation board uploads its scan: both codes, pages, and whether a scan is in. */
    public record ScanRow(long scriptId, String firstCode, String secondCode, int pages, boolean scanned) {
    }

    @Secured({"ROLE_GRADER", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<ScanRow> scanRows(long positionId, int partNo, WrittenPart.Purpose purpose) {
        WrittenPart part = marking.part(positionId, partNo, purpose);
        requireAnonymiserOrChair(part);
        List<WrittenScript> all = scripts.findByPartIdOrderBySecondCode(part.getId());
        Set<Long> scanned = new HashSet<>(all.isEmpty() ? List.of()
                : scans.scanned(all.stream().map(WrittenScript::getId).toList()));
        return all.stream().map(s -> new ScanRow(s.getId(), s.getFirstCode(), s.getSecondCode(), s.getPages(),
                scanned.contains(s.getId()))).toList();
    }

    /**
     * The anonymisation board uploads the scanned body of a script (a PDF, checked from its content; the header with
     * the candidate's identity is cut off before scanning). Replaces an earlier scan until the key is opened.
     */
    @Secured({"ROLE_GRADER", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional
    public String uploadScan(long scriptId, byte[] pdf) {
        WrittenScript s = marking.script(scriptId);
        WrittenPart part = parts.findById(s.getPartId()).orElseThrow();
        requireAnonymiserOrChair(part);
        WrittenMarkingService.requireOpenForMarking(part);
        if (pdf == null || pdf.length > MAX_SCAN_BYTES || !vn.thituyen.common.Digests.isPdf(pdf)) {
            throw new DomainException("error.marking.scanNotPdf", MAX_SCAN_BYTES / (1024 * 1024));
        }
        String sha256 = sha256(pdf);
        scans.findById(scriptId).ifPresentOrElse(
                existing -> existing.replace(sha256, pdf, currentUser.username(), clock.instant()),
                () -> scans.save(new vn.thituyen.grading.domain.ScriptScan(scriptId, sha256, pdf,
                        currentUser.username(), clock.instant())));
        events.publishEvent(new MarkingEvents.ScanUploaded(s.getSecondCode(), sha256, pdf.length,
                currentUser.username()));
        return sha256;
    }

    /**
     * The scan of a script, for those who mark it (by code: the scan has no header), the marking board head, the
     * anonymisation board and the council chair.
     */
    @Secured({"ROLE_GRADER", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public byte[] scan(long scriptId) {
        requireReader(marking.script(scriptId));
        return scans.findById(scriptId).map(vn.thituyen.grading.domain.ScriptScan::getData)
                .orElseThrow(() -> new DomainException("error.marking.noScan"));
    }

    /** An answer of a typed script beside its question, as its markers read it (by code only). */
    public record TypedAnswer(int questionNo, String question, java.math.BigDecimal points, String answer) {
    }

    /**
     * A script typed on computer, question by question, for those who may read a scan: its markers, the marking
     * board head, the anonymisation board and the council chair.
     */
    @Secured({"ROLE_GRADER", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<TypedAnswer> typedScript(long scriptId) {
        WrittenPart part = requireReader(marking.script(scriptId));
        java.util.Map<Integer, String> answers = new java.util.HashMap<>();
        texts.findByScriptIdOrderByQuestionNo(scriptId).forEach(t -> answers.put(t.getQuestionNo(), t.getBody()));
        return typed.closedPaper(part.getPositionId(), part.getPartNo()).stream()
                .map(q -> new TypedAnswer(q.no(), q.text(), q.points(), answers.getOrDefault(q.no(), ""))).toList();
    }

    /** The script's part, when the person acting marks it, heads its board, sits on the anonymisation board or chairs. */
    private WrittenPart requireReader(WrittenScript s) {
        WrittenPart part = parts.findById(s.getPartId()).orElseThrow();
        long me = currentUser.require().userId();
        access.require(part.getCampaignId());
        boolean marks = s.markerNo(me) != 0;
        boolean head = councils.board(part.getCampaignId(), part.markingBoard()).headFor(part.getPositionId())
                .filter(h -> h == me).isPresent();
        if (!marks && !head && !councils.sitsOn(part.getCampaignId(), BoardKind.ANONYMISATION, me)
                && !councils.isChair(part.getCampaignId(), me)) {
            throw new DomainException("error.marking.notYourScript");
        }
        return part;
    }

    private static String sha256(byte[] data) {
        return vn.thituyen.common.Digests.sha256(data);
    }
}
