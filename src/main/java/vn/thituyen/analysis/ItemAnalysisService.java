package vn.thituyen.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.Messages;
import vn.thituyen.analysis.domain.ItemAnalysis;
import vn.thituyen.delivery.AnsweredItem;
import vn.thituyen.delivery.PartCount;
import vn.thituyen.delivery.PartRef;
import vn.thituyen.delivery.SatPapers;
import vn.thituyen.questionbank.ExamQuestions;
import vn.thituyen.questionbank.QuestionBankService;
import vn.thituyen.questionbank.QuestionBankService.AccessKind;
import vn.thituyen.questionbank.QuestionBankService.BankInfo;
import vn.thituyen.questionbank.KeyedQuestion;
import vn.thituyen.registration.RegistrationService;

/**
 * Item analysis (phân tích câu hỏi thi) of a round-1 part from the stored papers and answers, for the question
 * board and the chair: per campaign, part number and bank (a foreign-language part has one bank per language, and
 * its questions differ), across all the campaign's sittings or for one sitting.
 *
 * <p>What is analysed: every CLOSED part with a paper (exempt parts have none) of an attempt that was not
 * cancelled. A cancelled attempt (hủy kết quả for a violation) is left out: its result does not stand and its
 * answers may be what the violation was about (copying, a phone), so it would only blur the statistics. So is a
 * part a suspension (đình chỉ) closed while it ran: it scores 0 by decision, not by its answers. Parts still
 * running or never started are left out too: their answers are not final.
 *
 * <p>Keys and question texts are confidential: every call that shows or exports them records a look at the bank
 * ({@link AccessKind#ITEM_ANALYSIS} on screen, {@link AccessKind#EXPORT} for a file), in a writing transaction so
 * that the record is part of the audit chain.
 */
@Service
public class ItemAnalysisService {

    /** Characters of the stem in a question's label. */
    static final int LABEL_STEM = 80;

    private final SatPapers papers;
    private final QuestionBankService banks;
    private final ExamQuestions examQuestions;
    private final CampaignService campaigns;
    private final RegistrationService registration;
    private final vn.thituyen.campaign.CampaignAccess access;

    ItemAnalysisService(SatPapers papers, QuestionBankService banks, ExamQuestions examQuestions, CampaignService campaigns,
            RegistrationService registration, vn.thituyen.campaign.CampaignAccess access) {
        this.access = access;
        this.papers = papers;
        this.banks = banks;
        this.examQuestions = examQuestions;
        this.campaigns = campaigns;
        this.registration = registration;
    }

    /** What is analysed: one part number and bank of a campaign; {@code sittingId} null = all its sittings. */
    public record Scope(long campaignId, int partNo, long bankId, Long sittingId) {
    }

    public record CampaignChoice(long id, String code, String name) {
    }

    /** A part number and bank with closed papers; {@code candidates} counts those analysed. */
    public record PartChoice(int partNo, RuleSet.Subject subject, long bankId, String bankCode, String bankName,
            String language, long candidates) {
    }

    public record SittingChoice(long sittingId, String roomName, long candidates) {
    }

    /** The analysis with the questions it covers (texts and keys, for the key-correction dialog). */
    public record Analysis(Scope scope, String campaignCode, String campaignName, PartChoice part,
            ItemAnalysis.Result result, Map<Long, KeyedQuestion> questions) {
    }

    // ---------------------------------------------------------------- what can be analysed

    /** Campaigns with at least one closed part, newest first. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<CampaignChoice> campaigns() {
        Set<Long> withData = new HashSet<>();
        papers.analysable().forEach(c -> withData.add(c.campaignId()));
        return campaigns.myCampaigns().stream().filter(c -> withData.contains(c.id()))
                .map(c -> new CampaignChoice(c.id(), c.code(), c.name())).toList();
    }

    /** The campaign's part numbers and banks with closed papers, by part then bank code. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<PartChoice> parts(long campaignId) {
        access.require(campaignId);
        List<PartChoice> out = new ArrayList<>();
        for (PartCount c : papers.analysable()) {
            if (c.campaignId() == campaignId) {
                out.add(choice(c.partNo(), c.subject(), banks.bank(c.bankId()), c.parts()));
            }
        }
        out.sort(Comparator.comparingInt(PartChoice::partNo).thenComparing(PartChoice::bankCode));
        return out;
    }

    /** The campaign's sittings (rooms) with closed papers. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<SittingChoice> sittings(long campaignId) {
        access.require(campaignId);
        Map<Long, String> roomNames = new HashMap<>();
        registration.rooms(campaignId).forEach(r -> roomNames.put(r.id(), r.name()));
        List<SittingChoice> out = new ArrayList<>();
        for (SatPapers.SittingPapers row : papers.sittingsWithClosedParts(campaignId)) {
            out.add(new SittingChoice(row.sittingId(), roomNames.getOrDefault(row.roomId(), "#" + row.roomId()),
                    row.candidates()));
        }
        out.sort(Comparator.comparing(SittingChoice::roomName));
        return out;
    }

    // ---------------------------------------------------------------- the analysis

    /** Analyses the part on screen; recorded as a look at the bank. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public Analysis analyse(Scope scope) {
        access.require(scope.campaignId());
        Analysis analysis = compute(scope);
        banks.recordAccess(scope.bankId(), AccessKind.ITEM_ANALYSIS, detail(analysis, null));
        return analysis;
    }

    /** The analysis as an Excel workbook (sheets "Tổng hợp" and "Câu hỏi"); recorded as an export of the bank. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public ReportFile xlsx(Scope scope, Locale locale) {
        access.require(scope.campaignId());
        Analysis analysis = compute(scope);
        banks.recordAccess(scope.bankId(), AccessKind.EXPORT, detail(analysis, "xlsx"));
        byte[] data = ItemAnalysisReport.xlsx(analysis.result(), analysis.campaignName(), partName(analysis, locale),
                translator(locale));
        return new ReportFile(fileName(analysis, "xlsx"), ReportFile.XLSX, data);
    }

    /** The analysis as a PDF (A4 landscape) for the file; recorded as an export of the bank. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public ReportFile pdf(Scope scope, Locale locale) {
        access.require(scope.campaignId());
        Analysis analysis = compute(scope);
        banks.recordAccess(scope.bankId(), AccessKind.EXPORT, detail(analysis, "pdf"));
        byte[] data = ItemAnalysisReport.pdf(analysis.result(), analysis.campaignName(), partName(analysis, locale),
                translator(locale), locale);
        return new ReportFile(fileName(analysis, "pdf"), ReportFile.PDF, data);
    }

    /** "Phần 2: Ngoại ngữ – Tiếng Anh (TA)", plus the room when the analysis covers one sitting. */
    public static String partName(PartChoice part, String roomName, Locale locale) {
        String name = Messages.get(locale, "itemAnalysis.partName", part.partNo(),
                Messages.get(locale, "subject." + part.subject()), part.bankName(), part.bankCode());
        return roomName == null ? name : name + " – " + roomName;
    }

    static Function<String, String> translator(Locale locale) {
        return key -> Messages.get(locale, key);
    }

    private String partName(Analysis analysis, Locale locale) {
        return partName(analysis.part(), roomName(analysis.scope()), locale);
    }

    private String roomName(Scope scope) {
        if (scope.sittingId() == null) {
            return null;
        }
        long roomId = papers.roomOfSitting(scope.sittingId(), scope.campaignId()).orElseThrow();
        return registration.room(roomId).name();
    }

    Analysis compute(Scope scope) {
        CampaignInfo campaign = campaigns.campaign(scope.campaignId());
        RuleSet.Round1Part spec = campaign.ruleSet().round1Parts().stream()
                .filter(p -> p.number() == scope.partNo()).findFirst()
                .orElseThrow(() -> new DomainException("error.notFound"));
        if (scope.sittingId() != null && papers.roomOfSitting(scope.sittingId(), scope.campaignId()).isEmpty()) {
            throw new DomainException("error.notFound");
        }
        BankInfo bank = banks.bank(scope.bankId());
        List<PartRef> closed = papers.closedForAnalysis(scope.campaignId(), scope.partNo(), scope.bankId(),
                scope.sittingId());
        Map<Long, List<ItemAnalysis.Item>> items = asItems(papers.itemsOf(closed));
        Set<Long> questionIds = new HashSet<>();
        items.values().forEach(list -> list.forEach(i -> questionIds.add(i.questionId())));
        Map<Long, KeyedQuestion> questions = examQuestions.keyedQuestions(questionIds);
        int k = closed.isEmpty() ? spec.questionCount() : closed.get(0).questionCount();
        List<ItemAnalysis.Paper> candidates = new ArrayList<>(closed.size());
        for (PartRef p : closed) {
            candidates.add(new ItemAnalysis.Paper(p.attemptId(), p.candidateNumber(),
                    items.getOrDefault(p.partId(), List.of())));
        }
        ItemAnalysis.Input input = new ItemAnalysis.Input(k, candidates, keys(questions));
        PartChoice part = choice(scope.partNo(), spec.subject(), bank, closed.size());
        return new Analysis(scope, campaign.code(), campaign.name(), part, ItemAnalysis.compute(input), questions);
    }

    /** Delivery's answered items as the analysis reads them. */
    static Map<Long, List<ItemAnalysis.Item>> asItems(Map<Long, List<AnsweredItem>> items) {
        Map<Long, List<ItemAnalysis.Item>> out = new HashMap<>();
        items.forEach((part, list) -> out.put(part, list.stream()
                .map(i -> new ItemAnalysis.Item(i.questionId(), i.chosen())).toList()));
        return out;
    }

    static List<ItemAnalysis.Key> keys(Map<Long, KeyedQuestion> questions) {
        return questions.values().stream().map(q -> new ItemAnalysis.Key(q.id(), q.label(LABEL_STEM),
                q.optionCount(), q.key())).toList();
    }

    private PartChoice choice(int partNo, RuleSet.Subject subject, BankInfo bank, long candidates) {
        return new PartChoice(partNo, subject, bank.id(), bank.code(), bank.name(), bank.language(), candidates);
    }

    private static String detail(Analysis a, String format) {
        return (format == null ? "" : format + " ") + "campaign=" + a.campaignCode() + " part=" + a.scope().partNo()
                + (a.scope().sittingId() == null ? "" : " sitting=" + a.scope().sittingId())
                + " candidates=" + a.result().part().candidates();
    }

    /** The export's file name, plain ASCII: phan-tich-cau-hoi-HD-CC-2025-phan-1-KTC.xlsx. */
    public static String fileName(Analysis a, String extension) {
        String name = "phan-tich-cau-hoi-" + a.campaignCode() + "-phan-" + a.scope().partNo() + "-"
                + a.part().bankCode() + (a.scope().sittingId() == null ? "" : "-ca-" + a.scope().sittingId());
        return name.replaceAll("[^A-Za-z0-9._-]", "_") + "." + extension;
    }
}
