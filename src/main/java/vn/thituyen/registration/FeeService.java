package vn.thituyen.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.campaign.CampaignRules;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.Duty;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.ExcelList;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.registration.domain.BankStatement;
import vn.thituyen.registration.domain.Candidacy;
import vn.thituyen.registration.domain.CandidacyRepository;
import vn.thituyen.registration.domain.FeePayment;
import vn.thituyen.registration.domain.FeePaymentRepository;
import vn.thituyen.registration.domain.FeeRule;

/**
 * The exam fee (phí tuyển dụng, TT 92/2021/TT-BTC). Who owes it: every candidate whose application stands (received
 * or accepted; not rejected, not withdrawn); how much: {@link FeeRule} on the campaign's rule set and that number of
 * candidates. The secretary records each receipt, or takes a bank statement after a preview: a statement with any
 * bad row stores nothing (one transaction, all rows or none). Payments are never deleted, only cancelled with a
 * reason. The chair reads the list.
 */
@Service
public class FeeService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CandidacyRepository applications;
    private final FeePaymentRepository payments;
    private final CampaignService campaigns;
    private final CampaignRules rules;
    private final CampaignAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeeService(CandidacyRepository applications, FeePaymentRepository payments, CampaignService campaigns,
            CampaignRules rules, CampaignAccess access, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.applications = applications;
        this.payments = payments;
        this.campaigns = campaigns;
        this.rules = rules;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A payment in force or cancelled. */
    public record Payment(long id, String receiptNumber, LocalDate paidOn, long amountVnd, FeePayment.Source source,
            String recordedBy, Instant recordedAt, String cancelReason, String cancelledBy, Instant cancelledAt) {
    }

    /** One candidate owing the fee and their payment in force (null: unpaid). */
    public record Line(long applicationId, String candidateNumber, String fullName, LocalDate dateOfBirth,
            String citizenId, String positionName, Payment payment) {

        public boolean paid() {
            return payment != null;
        }
    }

    /** The campaign's fee list: the fee each pays, the lines in candidate-number then name order, cancelled ones. */
    public record FeeList(long feeVnd, int candidates, List<Line> lines, List<Payment> cancelled) {

        public long unpaid() {
            return lines.stream().filter(l -> !l.paid()).count();
        }
    }

    /** What the secretary types from a receipt; a missing amount is the fee. */
    public record PaymentDraft(String receiptNumber, LocalDate paidOn, Long amountVnd) {
    }

    /** A statement's row that found its candidate. */
    public record Match(int row, LocalDate paidOn, long amountVnd, String reference, long applicationId,
            String candidateNumber, String fullName) {
    }

    /** What a statement would record; nothing is stored unless it is ok and the user confirms. */
    public record StatementPreview(long feeVnd, List<Match> matches, List<BankStatement.Problem> problems) {

        public boolean ok() {
            return problems.isEmpty() && !matches.isEmpty();
        }
    }

    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public FeeList fees(long campaignId) {
        access.require(campaignId);
        List<Candidacy> owing = owing(campaignId);
        long fee = fee(campaignId, owing.size());
        Map<Long, String> positions = campaigns.positions(campaignId).stream()
                .collect(Collectors.toMap(CampaignService.PositionInfo::id, CampaignService.PositionInfo::name));
        List<FeePayment> all = payments.findByCampaignIdOrderByIdAsc(campaignId);
        Map<Long, FeePayment> inForce = all.stream().filter(p -> !p.isCancelled())
                .collect(Collectors.toMap(FeePayment::getApplicationId, Function.identity(), (a, b) -> a));
        List<Line> lines = owing.stream().sorted(Comparator.comparing((Candidacy a) -> a.getCandidateNumber() == null
                ? "~" : a.getCandidateNumber()).thenComparing(Candidacy::getFullName).thenComparing(Candidacy::getId))
                .map(a -> new Line(a.getId(), a.getCandidateNumber(), a.getFullName(), a.getDateOfBirth(),
                        a.getCitizenId(), positions.get(a.getPositionId()),
                        inForce.containsKey(a.getId()) ? view(inForce.get(a.getId())) : null))
                .toList();
        return new FeeList(fee, owing.size(), lines,
                all.stream().filter(FeePayment::isCancelled).map(FeeService::view).toList());
    }

    /** The signed-in candidate's fee: what it is by the campaign's count so far, and their payment in force. */
    public record MyFee(long feeVnd, Payment payment) {
    }

    /** Empty when the candidate owes no fee (no application, a rejected one, or a nil fee). */
    @Secured("ROLE_CANDIDATE")
    @Transactional(readOnly = true)
    public Optional<MyFee> myFee(long campaignId) {
        Optional<Candidacy> mine = applications.findByCampaignIdAndUserId(campaignId, currentUser.require().userId())
                .filter(FeeService::owes);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        long fee = fee(campaignId, owing(campaignId).size());
        if (fee == 0) {
            return Optional.empty();
        }
        Payment paid = payments.findByCampaignIdOrderByIdAsc(campaignId).stream()
                .filter(p -> !p.isCancelled() && p.getApplicationId().equals(mine.get().getId())).findFirst()
                .map(FeeService::view).orElse(null);
        return Optional.of(new MyFee(fee, paid));
    }

    /**
     * The candidate numbers of the campaign's accepted candidates still owing the fee (TT 92/2021/TT-BTC), so that the
     * staff of a sitting are warned before it; empty when the rule set's fee is nil.
     */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN", "ROLE_CHAIR", "ROLE_INVIGILATOR"})
    @Transactional(readOnly = true)
    public java.util.Set<String> unpaidCandidateNumbers(long campaignId) {
        access.require(campaignId);
        List<Candidacy> owing = owing(campaignId);
        if (fee(campaignId, owing.size()) == 0) {
            return java.util.Set.of();
        }
        java.util.Set<Long> paid = payments.findByCampaignIdOrderByIdAsc(campaignId).stream()
                .filter(p -> !p.isCancelled()).map(FeePayment::getApplicationId).collect(Collectors.toSet());
        return owing.stream().filter(a -> a.getCandidateNumber() != null && !paid.contains(a.getId()))
                .map(Candidacy::getCandidateNumber).collect(Collectors.toUnmodifiableSet());
    }

    /** Records a receipt for one candidate; a receipt number used before in the campaign is refused on its field. */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional
    public long record(long applicationId, PaymentDraft draft) {
        Candidacy a = applications.findById(applicationId).orElseThrow(() -> new DomainException("error.notFound"));
        long campaignId = a.getCampaignId();
        access.requireDuty(campaignId, Duty.REVIEW_APPLICATIONS);
        if (!owes(a)) {
            throw new DomainException("error.fee.notOwing", a.getFullName());
        }
        if (payments.existsByActiveApplicationId(applicationId)) {
            throw new DomainException("error.fee.alreadyPaid", a.getFullName());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String receipt = receiptNumber(draft.receiptNumber());
        if (receipt == null) {
            errors.put("receipt", "validation.fee.receipt");
        } else if (payments.existsByCampaignIdAndReceiptNumber(campaignId, receipt)) {
            errors.put("receipt", "validation.fee.receiptTaken");
        }
        if (draft.paidOn() == null) {
            errors.put("paidOn", "validation.required");
        } else if (draft.paidOn().isAfter(LocalDate.now(clock.withZone(ClockConfiguration.ZONE)))) {
            errors.put("paidOn", "validation.fee.future");
        }
        long amount = draft.amountVnd() == null ? fee(campaignId, owing(campaignId).size()) : draft.amountVnd();
        if (amount < 1) {
            errors.put("amount", "validation.fee.amount");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        FeePayment p = save(new FeePayment(campaignId, applicationId, receipt, draft.paidOn(), amount,
                FeePayment.Source.RECEIPT, null, currentUser.username(), clock.instant()));
        return p.getId();
    }

    /** Cancels a payment with the reason (a wrong candidate, a receipt voided); the row stays on record. */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional
    public void cancel(long paymentId, String reason) {
        FeePayment p = payments.findById(paymentId).orElseThrow(() -> new DomainException("error.notFound"));
        access.requireDuty(p.getCampaignId(), Duty.REVIEW_APPLICATIONS);
        String r = reason == null ? "" : reason.strip();
        if (r.length() < 5 || r.length() > 500) {
            throw new FieldErrors(Map.of("reason", "validation.fee.cancelReason"));
        }
        if (p.isCancelled()) {
            throw new DomainException("error.fee.alreadyCancelled");
        }
        p.cancel(r, currentUser.username(), clock.instant());
        payments.flush();
        events.publishEvent(new RegistrationEvents.FeePaymentCancelled(p.getId(), p.getApplicationId(),
                p.getCampaignId(), p.getReceiptNumber(), r, currentUser.username()));
    }

    /** Reads a bank statement and matches each row to a candidate; stores nothing. */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public StatementPreview previewStatement(long campaignId, byte[] file) {
        access.requireDuty(campaignId, Duty.REVIEW_APPLICATIONS);
        return match(campaignId, file);
    }

    /**
     * Records every row of the statement, in one transaction; any problem (re-checked now) refuses the whole file and
     * stores nothing.
     * @return the payments recorded
     */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional
    public int importStatement(long campaignId, byte[] file, String fileName) {
        access.requireDuty(campaignId, Duty.REVIEW_APPLICATIONS);
        StatementPreview preview = match(campaignId, file);
        if (!preview.ok()) {
            throw new DomainException("error.fee.statementRefused", Math.max(1, preview.problems().size()));
        }
        for (Match m : preview.matches()) {
            save(new FeePayment(campaignId, m.applicationId(), m.reference(), m.paidOn(), m.amountVnd(),
                    FeePayment.Source.BANK_STATEMENT, null, currentUser.username(), clock.instant()));
        }
        events.publishEvent(new RegistrationEvents.BankStatementImported(campaignId,
                fileName == null ? "" : fileName, preview.matches().size(), currentUser.username()));
        return preview.matches().size();
    }

    /**
     * The fee list as offices exchange it (.xlsx): STT, SBD, họ và tên, ngày sinh, vị trí dự tuyển, số tiền, số biên
     * lai, ngày nộp, ghi chú ("Chưa nộp" for the unpaid).
     */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public byte[] exportFeeList(long campaignId) {
        FeeList list = fees(campaignId);
        CampaignService.CampaignInfo campaign = campaigns.campaign(campaignId);
        ExcelList xlsx = new ExcelList();
        ExcelList.Sheet sheet = xlsx.sheet("Lệ phí", List.of("DANH SÁCH THU PHÍ TUYỂN DỤNG – " + campaign.name(),
                "Mức thu: " + String.format(Locale.ROOT, "%,d", list.feeVnd()).replace(',', '.')
                        + " đồng/thí sinh (Thông tư 92/2021/TT-BTC); " + list.candidates() + " thí sinh"),
                List.of(new ExcelList.Column("STT", 6), new ExcelList.Column("SBD", 10),
                        new ExcelList.Column("Họ và tên", 28), new ExcelList.Column("Ngày sinh", 12),
                        new ExcelList.Column("Vị trí dự tuyển", 34), ExcelList.Column.money("Số tiền (đồng)", 14),
                        new ExcelList.Column("Số biên lai", 16), new ExcelList.Column("Ngày nộp", 12),
                        new ExcelList.Column("Ghi chú", 12)));
        int stt = 1;
        for (Line l : list.lines()) {
            Payment p = l.payment();
            sheet.row(stt++, l.candidateNumber(), l.fullName(), l.dateOfBirth(), l.positionName(),
                    p == null ? null : p.amountVnd(), p == null ? null : p.receiptNumber(),
                    p == null ? null : p.paidOn(), p == null ? "Chưa nộp" : null);
        }
        return xlsx.bytes();
    }

    // ---------------------------------------------------------------- inside

    private StatementPreview match(long campaignId, byte[] file) {
        List<Candidacy> owing = owing(campaignId);
        long fee = fee(campaignId, owing.size());
        BankStatement.Result read = BankStatement.read(file);
        List<BankStatement.Problem> problems = new ArrayList<>(read.problems());
        Map<String, Candidacy> byCitizenId = new HashMap<>();
        Map<String, Candidacy> byNumber = new HashMap<>();
        for (Candidacy a : owing) {
            if (a.getCitizenId() != null) {
                byCitizenId.put(a.getCitizenId(), a);
            }
            if (a.getCandidateNumber() != null) {
                byNumber.put(a.getCandidateNumber().toUpperCase(Locale.ROOT), a);
            }
        }
        Set<Long> paid = new HashSet<>();
        Set<String> receipts = new HashSet<>();
        for (FeePayment p : payments.findByCampaignIdOrderByIdAsc(campaignId)) {
            receipts.add(p.getReceiptNumber());
            if (!p.isCancelled()) {
                paid.add(p.getApplicationId());
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        Map<String, Integer> referenceRows = new HashMap<>();
        Map<Long, Integer> candidateRows = new HashMap<>();
        List<Match> matches = new ArrayList<>();
        for (BankStatement.Line line : read.lines()) {
            int before = problems.size();
            if (line.date().isAfter(today)) {
                problems.add(new BankStatement.Problem(line.row(), "fee.import.dateFuture", DAY.format(line.date())));
            }
            Integer firstRef = referenceRows.putIfAbsent(line.reference(), line.row());
            if (firstRef != null) {
                problems.add(new BankStatement.Problem(line.row(), "fee.import.referenceTwice",
                        line.reference() + " / " + firstRef));
            } else if (receipts.contains(line.reference())) {
                problems.add(new BankStatement.Problem(line.row(), "fee.import.referenceTaken", line.reference()));
            }
            Set<Candidacy> found = new java.util.LinkedHashSet<>();
            for (String token : line.description().toUpperCase(Locale.ROOT).split("[^0-9A-Z]+")) {
                if (byCitizenId.containsKey(token)) {
                    found.add(byCitizenId.get(token));
                }
                if (byNumber.containsKey(token)) {
                    found.add(byNumber.get(token));
                }
            }
            Candidacy who = null;
            if (found.isEmpty()) {
                problems.add(new BankStatement.Problem(line.row(), "fee.import.noCandidate",
                        line.description().length() > 60 ? line.description().substring(0, 60) + "…"
                                : line.description()));
            } else if (found.size() > 1) {
                problems.add(new BankStatement.Problem(line.row(), "fee.import.manyCandidates", found.stream()
                        .map(Candidacy::getFullName).collect(Collectors.joining(", "))));
            } else {
                who = found.iterator().next();
                if (paid.contains(who.getId())) {
                    problems.add(new BankStatement.Problem(line.row(), "fee.import.alreadyPaid", who.getFullName()));
                } else {
                    Integer firstCandidateRow = candidateRows.putIfAbsent(who.getId(), line.row());
                    if (firstCandidateRow != null) {
                        problems.add(new BankStatement.Problem(line.row(), "fee.import.paidTwice",
                                who.getFullName() + " / " + firstCandidateRow));
                    }
                }
            }
            if (line.amountVnd() < fee) {
                problems.add(new BankStatement.Problem(line.row(), "fee.import.amountLow",
                        String.format(Locale.ROOT, "%,d < %,d", line.amountVnd(), fee).replace(',', '.')));
            }
            if (problems.size() == before && who != null) {
                matches.add(new Match(line.row(), line.date(), line.amountVnd(), line.reference(), who.getId(),
                        who.getCandidateNumber(), who.getFullName()));
            }
        }
        return new StatementPreview(fee, matches, problems);
    }

    private FeePayment save(FeePayment p) {
        FeePayment saved;
        try {
            saved = payments.saveAndFlush(p);
        } catch (DataIntegrityViolationException race) {
            // another secretary took the receipt number or paid the candidate a moment ago: the unique keys keep one
            throw new FieldErrors(Map.of("receipt", "validation.fee.receiptTaken"));
        }
        events.publishEvent(new RegistrationEvents.FeePaid(saved.getId(), saved.getApplicationId(),
                saved.getCampaignId(), saved.getReceiptNumber(), saved.getPaidOn(), saved.getAmountVnd(),
                saved.getSource().name(), currentUser.username()));
        return saved;
    }

    private List<Candidacy> owing(long campaignId) {
        return applications.findByCampaignIdOrderBySubmittedAt(campaignId).stream().filter(FeeService::owes).toList();
    }

    private static boolean owes(Candidacy a) {
        return a.getStatus() == ApplicationStatus.SUBMITTED || a.getStatus() == ApplicationStatus.ACCEPTED;
    }

    private long fee(long campaignId, int candidates) {
        return FeeRule.examFee(rules.rules(campaignId).examFee(), candidates);
    }

    /** Stripped, inner spaces single, upper case (receipt "bl 0012" and "BL 0012" are one); null when unusable. */
    private static String receiptNumber(String typed) {
        if (typed == null) {
            return null;
        }
        String r = typed.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return r.isEmpty() || r.length() > 50 || r.matches(".*[<>\\p{Cntrl}].*") ? null : r;
    }

    private static Payment view(FeePayment p) {
        return new Payment(p.getId(), p.getReceiptNumber(), p.getPaidOn(), p.getAmountVnd(), p.getSource(),
                p.getRecordedBy(), p.getRecordedAt(), p.getCancelReason(), p.getCancelledBy(), p.getCancelledAt());
    }
}
