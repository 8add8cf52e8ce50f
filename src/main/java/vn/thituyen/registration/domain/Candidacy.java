package vn.thituyen.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.PersonName;
import vn.thituyen.registration.ApplicationForm;
import vn.thituyen.registration.ApplicationForm.EducationLevel;
import vn.thituyen.registration.ApplicationForm.Exemption;
import vn.thituyen.registration.ApplicationForm.ForeignLanguage;
import vn.thituyen.registration.ApplicationForm.Sex;
import vn.thituyen.registration.ApplicationStatus;
import vn.thituyen.registration.ClaimStatus;

/**
 * One person's candidacy in one campaign (hồ sơ dự tuyển): what they filed on the registration form
 * ({@link ApplicationForm}, phiếu đăng ký dự tuyển, ND 138/2020/NĐ-CP Art. 12), then the board's decisions on it and
 * each claim, the candidate number (SBD) and room once the eligible list is published. Stored in table
 * {@code application}; other modules know it by its id ({@code applicationId}).
 */
@Entity
@jakarta.persistence.Table(name = "application")
public class Candidacy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(name = "position_id", nullable = false)
    private Long positionId;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;
    @Enumerated(EnumType.STRING)
    private Sex sex;
    private String ethnicity;
    @Column(name = "citizen_id")
    private String citizenId;
    private String phone;
    private String email;
    private String address;
    @Enumerated(EnumType.STRING)
    @Column(name = "education_level")
    private EducationLevel educationLevel;
    private String major;
    @Enumerated(EnumType.STRING)
    @Column(name = "foreign_language")
    private ForeignLanguage foreignLanguage;
    /** The priority categories claimed, each reviewed on its own (the highest confirmed one applies). */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "priority_claim",
            joinColumns = @jakarta.persistence.JoinColumn(name = "application_id"))
    @jakarta.persistence.OrderBy("category")
    @org.hibernate.annotations.BatchSize(size = 200)
    private java.util.List<PriorityClaim> priorityClaims = new java.util.ArrayList<>();
    @Enumerated(EnumType.STRING)
    private Exemption exemption;
    @Column(name = "exemption_reason")
    private String exemptionReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "exemption_status")
    private ClaimStatus exemptionStatus;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Column(name = "candidate_number")
    private String candidateNumber;
    @Column(name = "room_id")
    private Long roomId;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Version
    private long version;
    /** Who typed in a form received on paper (nhận hồ sơ giấy); null when the candidate applied online. */
    @Column(name = "entered_by")
    private String enteredBy;

    // a leadership exam: the post held now, and the nomination by the managing agency (null for recruitment)
    @Column(name = "current_title")
    private String currentTitle;
    @Column(name = "current_division")
    private String currentDivision;
    @Column(name = "current_agency")
    private String currentAgency;
    @Column(name = "managing_agency_id")
    private Long managingAgencyId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Nomination nomination;
    @Column(name = "nomination_reason")
    private String nominationReason;
    @Column(name = "nominated_by")
    private String nominatedBy;
    @Column(name = "nominated_at")
    private Instant nominatedAt;
    /**
     * What the check of the citizen ID against the bars found when the form was filed (a person whose documents
     * proved false in an earlier campaign, ND 138/2020/NĐ-CP Art. 17): the reason the reviewers see; null when none.
     */
    @Column(name = "bar_note")
    private String barNote;

    /** Where a leadership candidate's nomination stands (cử dự thi). */
    public enum Nomination {
        /** Waiting for the managing agency to upload its letter and nominate. */
        AWAITING,
        /** Nominated by the managing agency, with its letter. */
        NOMINATED,
        /** The agency declined to nominate, with its reason: the application is refused. */
        DECLINED,
        /** An outside candidate registering themselves, where the campaign allows it: no nomination. */
        OUTSIDE
    }

    protected Candidacy() {
    }

    /** Builds from a form already validated by {@link ApplicationRules}. */
    public Candidacy(long campaignId, long userId, ApplicationForm f, Instant now) {
        this.campaignId = campaignId;
        this.userId = userId;
        fill(f, now);
    }

    /**
     * A form received on paper, typed in by {@code enteredBy} (the secretary) for the candidate's account; validated by
     * the same checks as an online form.
     */
    public static Candidacy enteredOnPaper(long campaignId, long userId, ApplicationForm f, String enteredBy,
            Instant now) {
        Candidacy c = new Candidacy(campaignId, userId, f, now);
        c.enteredBy = enteredBy;
        return c;
    }

    /**
     * The candidate changes the form (or submits it again after withdrawing) while registration is open and before
     * any review: it is a submitted application again, dated now.
     */
    public void revise(ApplicationForm f, Instant now) {
        requireUnreviewed();
        fill(f, now);
    }

    /**
     * A leadership candidate's current post and managing agency ({@code agencyId} null: an outside candidate, who
     * needs no nomination).
     */
    public void forLeadership(String title, String division, String agency, Long agencyId) {
        requireUnreviewed();
        this.currentTitle = clean(title);
        this.currentDivision = clean(division);
        this.currentAgency = clean(agency);
        this.managingAgencyId = agencyId;
        this.nomination = agencyId == null ? Nomination.OUTSIDE : Nomination.AWAITING;
        this.nominationReason = null;
        this.nominatedBy = null;
        this.nominatedAt = null;
    }

    /** The managing agency nominates the candidate (its letter is uploaded). */
    public void nominate(String by, Instant at) {
        if (nomination != Nomination.AWAITING || status != ApplicationStatus.SUBMITTED) {
            throw new DomainException("error.nomination.notAwaiting");
        }
        this.nomination = Nomination.NOMINATED;
        this.nominatedBy = by;
        this.nominatedAt = at;
    }

    /** The managing agency declines, with its reason: the application is refused with that reason. */
    public void declineNomination(String reason, String refusal, String by, Instant at) {
        if (nomination != Nomination.AWAITING || status != ApplicationStatus.SUBMITTED) {
            throw new DomainException("error.nomination.notAwaiting");
        }
        this.nomination = Nomination.DECLINED;
        this.nominationReason = reason;
        this.nominatedBy = by;
        this.nominatedAt = at;
        reject(refusal, by, at);
    }

    /** Whether the form-review board may decide it: a leadership application must be nominated first. */
    public boolean awaitingNomination() {
        return nomination == Nomination.AWAITING;
    }

    /** The candidate withdraws while registration is open and before any review. */
    public void withdraw() {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new DomainException("error.registration.notChangeable");
        }
        this.status = ApplicationStatus.WITHDRAWN;
    }

    private void requireUnreviewed() {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.WITHDRAWN) {
            throw new DomainException("error.registration.notChangeable");
        }
    }

    private void fill(ApplicationForm f, Instant now) {
        this.positionId = f.positionId();
        this.fullName = PersonName.normalize(f.fullName());
        this.dateOfBirth = f.dateOfBirth();
        this.sex = f.sex();
        this.ethnicity = clean(f.ethnicity());
        this.citizenId = f.citizenId().trim();
        this.phone = f.phone().replaceAll("[\\s.]", "");
        this.email = f.email().trim();
        this.address = clean(f.address());
        this.educationLevel = f.educationLevel();
        this.major = clean(f.major());
        this.exemption = f.exemption() == null ? Exemption.NONE : f.exemption();
        this.exemptionReason = exemption == Exemption.NONE ? null : clean(f.exemptionReason());
        this.exemptionStatus = exemption == Exemption.NONE ? ClaimStatus.NONE : ClaimStatus.CLAIMED;
        // the language is kept even when an exemption is claimed: a refused exemption means the candidate sits the
        // part, in the language they chose
        this.foreignLanguage = f.foreignLanguage() == null ? ForeignLanguage.NONE : f.foreignLanguage();
        this.priorityClaims.clear();
        f.priorityCategories().forEach(c -> priorityClaims.add(new PriorityClaim(c)));
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = now;
    }

    private static String clean(String s) {
        return s == null ? null : java.text.Normalizer.normalize(s.trim(), java.text.Normalizer.Form.NFC);
    }

    public void accept(String by, Instant at) {
        requireNotPublished();
        if (nomination == Nomination.AWAITING) {
            throw new DomainException("error.nomination.awaiting");
        }
        this.status = ApplicationStatus.ACCEPTED;
        this.rejectionReason = null;
        reviewed(by, at);
    }

    public void reject(String reason, String by, Instant at) {
        requireNotPublished();
        this.status = ApplicationStatus.REJECTED;
        this.rejectionReason = reason;
        reviewed(by, at);
    }

    /** The reviewer decides one claimed category (each claim is reviewed on its own). */
    public void decidePriority(PriorityCategory category, boolean confirmed, String by, Instant at) {
        requireNotPublished();
        claim(category).decide(confirmed ? ClaimStatus.CONFIRMED : ClaimStatus.REFUSED, by, at);
        reviewed(by, at);
    }

    private PriorityClaim claim(PriorityCategory category) {
        return priorityClaims.stream().filter(c -> c.getCategory() == category).findFirst()
                .orElseThrow(() -> new DomainException("error.review.noClaim"));
    }

    /** The state of a claimed category; NONE when it was not claimed. */
    public ClaimStatus priorityStatus(PriorityCategory category) {
        return priorityClaims.stream().filter(c -> c.getCategory() == category).map(PriorityClaim::getStatus)
                .findFirst().orElse(ClaimStatus.NONE);
    }

    /** Whether a priority claim still waits for its decision. */
    public boolean priorityUndecided() {
        return priorityClaims.stream().anyMatch(c -> c.getStatus() == ClaimStatus.CLAIMED);
    }

    /** The confirmed categories (the result counts the highest of them). */
    public java.util.List<PriorityCategory> confirmedPriorities() {
        return priorityClaims.stream().filter(c -> c.getStatus() == ClaimStatus.CONFIRMED)
                .map(PriorityClaim::getCategory).toList();
    }

    public void decideExemption(boolean confirmed, String by, Instant at) {
        requireNotPublished();
        if (exemptionStatus == ClaimStatus.NONE) {
            throw new DomainException("error.review.noClaim");
        }
        this.exemptionStatus = confirmed ? ClaimStatus.CONFIRMED : ClaimStatus.REFUSED;
        reviewed(by, at);
    }

    public void assignNumberAndRoom(String number, long room) {
        this.candidateNumber = number;
        this.roomId = room;
    }

    /**
     * A decision corrected after the eligible list was published ({@link vn.thituyen.registration.domain.CorrectionRule}
     * decided it may be). Accepting gives the candidate number and room the service chose; rejecting takes the
     * candidate out of their room (the number stays theirs, so it is never given to anyone else).
     */
    public void correct(vn.thituyen.registration.Correction c, PriorityCategory category, String reason, String number,
            Long room, String by, Instant at) {
        switch (c) {
            case ACCEPT -> {
                status = ApplicationStatus.ACCEPTED;
                rejectionReason = null;
                candidateNumber = number;
                roomId = room;
            }
            case REJECT -> {
                status = ApplicationStatus.REJECTED;
                rejectionReason = reason;
                roomId = null;
            }
            case CONFIRM_PRIORITY -> claim(category).decide(ClaimStatus.CONFIRMED, by, at);
            case REFUSE_PRIORITY -> claim(category).decide(ClaimStatus.REFUSED, by, at);
            case CONFIRM_EXEMPTION -> exemptionStatus = ClaimStatus.CONFIRMED;
            case REFUSE_EXEMPTION -> exemptionStatus = ClaimStatus.REFUSED;
        }
        reviewed(by, at);
    }

    private void requireNotPublished() {
        if (candidateNumber != null) {
            throw new DomainException("error.review.published");
        }
    }

    private void reviewed(String by, Instant at) {
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getPositionId() { return positionId; }
    public Long getUserId() { return userId; }
    public String getFullName() { return fullName; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public Sex getSex() { return sex; }
    public String getEthnicity() { return ethnicity; }
    public String getCitizenId() { return citizenId; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getAddress() { return address; }
    public EducationLevel getEducationLevel() { return educationLevel; }
    public String getMajor() { return major; }
    public ForeignLanguage getForeignLanguage() { return foreignLanguage; }
    public java.util.List<PriorityClaim> getPriorityClaims() { return java.util.List.copyOf(priorityClaims); }
    public Exemption getExemption() { return exemption; }
    public String getExemptionReason() { return exemptionReason; }
    public ClaimStatus getExemptionStatus() { return exemptionStatus; }
    public ApplicationStatus getStatus() { return status; }
    public String getRejectionReason() { return rejectionReason; }
    public String getBarNote() { return barNote; }

    /** Records what the bar check found for the citizen ID as filed (null: no bar). */
    public void barCheck(String note) {
        this.barNote = note;
    }
    public String getCandidateNumber() { return candidateNumber; }
    public Long getRoomId() { return roomId; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getEnteredBy() { return enteredBy; }
    public String getReviewedBy() { return reviewedBy; }
    public String getCurrentTitle() { return currentTitle; }
    public String getCurrentDivision() { return currentDivision; }
    public String getCurrentAgency() { return currentAgency; }
    public Long getManagingAgencyId() { return managingAgencyId; }
    public Nomination getNomination() { return nomination; }
    public String getNominationReason() { return nominationReason; }
    public String getNominatedBy() { return nominatedBy; }
    public Instant getNominatedAt() { return nominatedAt; }
}
