package vn.thituyen.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.Duty;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.ExcelList;
import vn.thituyen.common.Messages;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.IdentityService;
import vn.thituyen.registration.domain.Candidacy;
import vn.thituyen.registration.domain.CandidacyRepository;
import vn.thituyen.registration.domain.PaperApplicationSheet;

/**
 * Applications received on paper (nhận hồ sơ giấy, ND 138/2020/NĐ-CP Art. 12(1): the form is filed in person or by
 * post): the secretary types them into the office's Excel list and imports it. Each row is checked by the same checks
 * as an online form ({@link RegistrationService#check}), and duplicates in the file or against the campaign's
 * applications are errors; the preview names every problem by row and column. The import takes every row in one
 * transaction, or none when any row has a problem. Each person gets a candidate account of their own (made by
 * {@link IdentityService#paperCandidate}, disabled and without a password until it is handed over), and each
 * application records who entered it.
 */
@Service
public class PaperApplications {

    /** The largest list file taken. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final RegistrationService registration;
    private final CandidacyRepository applications;
    private final CampaignService campaigns;
    private final CampaignAccess access;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaperApplications(RegistrationService registration, CandidacyRepository applications, CampaignService campaigns,
            CampaignAccess access, IdentityService identity, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.registration = registration;
        this.applications = applications;
        this.campaigns = campaigns;
        this.access = access;
        this.identity = identity;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A row that would become an application. */
    public record Entry(int row, String fullName, LocalDate dateOfBirth, String citizenId, String position) {
    }

    /**
     * One problem: the Excel row (0: the file), the column (null: the whole row or file), the message key and what
     * was found ({@code detail}, a parameter of the message).
     */
    public record Problem(int row, PaperColumn column, String key, String detail) {
    }

    /** What the file would store; nothing is stored unless it is ok and the user confirms. */
    public record Preview(List<Entry> entries, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty() && !entries.isEmpty();
        }
    }

    /** Reads and checks the list; stores nothing. */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public Preview preview(long campaignId, byte[] file) {
        access.requireDuty(campaignId, Duty.REVIEW_APPLICATIONS);
        return check(open(campaignId), file).preview();
    }

    /**
     * Stores every row of the list as an application entered by the current user, in one transaction; any problem
     * (checked again now) refuses the whole file and stores nothing.
     *
     * @return the applications stored
     */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional
    public int importApplications(long campaignId, byte[] file, String fileName) {
        access.requireDuty(campaignId, Duty.REVIEW_APPLICATIONS);
        CampaignInfo campaign = open(campaignId);
        // one import (or correction) of a campaign at a time: two clerks with the same list cannot both pass the check
        campaigns.serialiseChanges(campaignId);
        Checked checked = check(campaign, file);
        Preview preview = checked.preview();
        if (!preview.ok()) {
            throw new DomainException("paper.import.refused", Math.max(1, preview.problems().size()));
        }
        String actor = currentUser.username();
        for (PaperApplicationSheet.Line line : checked.lines()) {
            ApplicationForm form = RegistrationService.asTheRulesAsk(campaign, line.form());
            long userId = identity.paperCandidate(form.citizenId().strip(), form.fullName(), form.email());
            Candidacy saved;
            try {
                saved = applications.saveAndFlush(Candidacy.enteredOnPaper(campaignId, userId, form, actor,
                        clock.instant()));
            } catch (DataIntegrityViolationException race) {
                // the same citizen ID applied online a moment ago: the unique key keeps it, the whole file waits
                throw new DomainException("paper.import.race", line.row());
            }
            events.publishEvent(new RegistrationEvents.ApplicationSubmitted(saved.getId(), campaignId, actor));
        }
        events.publishEvent(new RegistrationEvents.PaperApplicationsImported(campaignId,
                fileName == null ? "" : fileName, checked.lines().size(), actor));
        return checked.lines().size();
    }

    /**
     * The list to fill in (.xlsx): the title, the header row of the columns read, and a second sheet with the values
     * each coded column takes (the campaign's position codes, sexes, education levels, priority categories).
     */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public byte[] template(long campaignId) {
        access.require(campaignId);
        CampaignInfo campaign = campaigns.campaign(campaignId);
        ExcelList xlsx = new ExcelList();
        List<ExcelList.Column> columns = new ArrayList<>();
        columns.add(new ExcelList.Column("STT", 6));
        for (PaperColumn c : PaperColumn.values()) {
            columns.add(new ExcelList.Column(c.header(), switch (c) {
                case FULL_NAME, ADDRESS, PRIORITY -> 28;
                case EMAIL, MAJOR, EXEMPTION_REASON -> 22;
                default -> 14;
            }));
        }
        xlsx.sheet("Hồ sơ giấy", List.of("DANH SÁCH HỒ SƠ ĐĂNG KÝ DỰ TUYỂN NỘP TRỰC TIẾP HOẶC QUA BƯU CHÍNH",
                campaign.name(), "Ngày sinh ghi dd/mm/yyyy; số CCCD đủ 12 chữ số; các giá trị mã hoá xem trang "
                        + "\"Danh mục\"; nhiều đối tượng ưu tiên cách nhau bằng dấu chấm phẩy (;)"), columns);
        ExcelList.Sheet values = xlsx.sheet("Danh mục", List.of("CÁC GIÁ TRỊ ĐƯỢC NHẬN"),
                List.of(new ExcelList.Column("Cột", 22), new ExcelList.Column("Giá trị", 60),
                        new ExcelList.Column("Mã", 34)));
        for (CampaignService.PositionInfo p : campaigns.positions(campaignId)) {
            values.row(PaperColumn.POSITION.header(), p.name(), p.code());
        }
        for (ApplicationForm.Sex s : ApplicationForm.Sex.values()) {
            values.row(PaperColumn.SEX.header(), Messages.vi("sex." + s), s.name());
        }
        for (ApplicationForm.EducationLevel e : ApplicationForm.EducationLevel.values()) {
            values.row(PaperColumn.EDUCATION.header(), Messages.vi("education." + e), e.name());
        }
        for (PriorityCategory p : campaign.ruleSet().priorityCategories()) {
            values.row(PaperColumn.PRIORITY.header(), Messages.vi("priority." + p), p.name());
        }
        if (campaign.ruleSet().hasForeignLanguagePart()) {
            values.row(PaperColumn.EXEMPTION.header(), Messages.vi("exemption.FOREIGN_LANGUAGE") + " (hoặc: Có)",
                    ApplicationForm.Exemption.FOREIGN_LANGUAGE.name());
            values.row(PaperColumn.FOREIGN_LANGUAGE.header(), Messages.vi("language.ENGLISH"),
                    ApplicationForm.ForeignLanguage.ENGLISH.name());
        }
        return xlsx.bytes();
    }

    // ---------------------------------------------------------------- inside

    private record Checked(List<PaperApplicationSheet.Line> lines, Preview preview) {
    }

    /** Paper forms are taken while online ones are: a recruitment campaign whose registration is open. */
    private CampaignInfo open(long campaignId) {
        CampaignInfo campaign = campaigns.campaign(campaignId);
        if (campaign.kind().leadership()) {
            throw new DomainException("paper.import.leadership");
        }
        if (!campaign.registrationOpenAt(clock.instant())) {
            throw new DomainException("error.registration.closed");
        }
        return campaign;
    }

    private Checked check(CampaignInfo campaign, byte[] file) {
        if (file != null && file.length > MAX_BYTES) {
            return new Checked(List.of(), new Preview(List.of(), List.of(new Problem(0, null, "paper.import.tooLarge",
                    String.valueOf(MAX_BYTES / (1024 * 1024))))));
        }
        Map<String, Long> codes = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (CampaignService.PositionInfo p : campaigns.positions(campaign.id())) {
            codes.put(p.code(), p.id());
            names.put(p.id(), p.code() + " – " + p.name());
        }
        PaperApplicationSheet.Result read = PaperApplicationSheet.read(file, codes);
        List<Problem> problems = new ArrayList<>(read.problems().stream()
                .map(p -> new Problem(p.row(), p.column(), p.key(), p.detail())).toList());
        Map<String, Integer> citizenRows = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (PaperApplicationSheet.Line line : read.lines()) {
            Set<PaperColumn> reported = problems.stream().filter(p -> p.row() == line.row() && p.column() != null)
                    .map(Problem::column).collect(Collectors.toSet());
            // the very checks of an online form: the fields, the position, the categories, the citizen ID taken
            Map<String, String> errors = registration.check(campaign, line.form(), null);
            errors.forEach((field, key) -> {
                PaperColumn column = PaperColumn.ofField(field);
                if (column == null || !reported.contains(column)) {
                    problems.add(new Problem(line.row(), column, key, ""));
                }
            });
            String citizenId = line.form().citizenId() == null ? null : line.form().citizenId().strip();
            if (citizenId != null && !errors.containsKey("citizenId")) {
                Integer first = citizenRows.putIfAbsent(citizenId, line.row());
                if (first != null) {
                    problems.add(new Problem(line.row(), PaperColumn.CITIZEN_ID, "paper.import.citizenIdTwice",
                            String.valueOf(first)));
                }
            }
            entries.add(new Entry(line.row(), line.form().fullName(), line.form().dateOfBirth(), citizenId,
                    line.form().positionId() == null ? line.positionCode() : names.get(line.form().positionId())));
        }
        problems.sort(Comparator.comparingInt(Problem::row)
                .thenComparingInt(p -> p.column() == null ? -1 : p.column().ordinal()));
        return new Checked(read.lines(), new Preview(entries, problems));
    }
}
