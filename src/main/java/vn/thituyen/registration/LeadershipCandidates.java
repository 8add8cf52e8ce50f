package vn.thituyen.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.Duty;
import vn.thituyen.campaign.LeadershipPosts;
import vn.thituyen.campaign.LeadershipPosts.PostInfo;
import vn.thituyen.campaign.LeadershipPosts.StandardInfo;
import vn.thituyen.campaign.PostState;
import vn.thituyen.common.Digests;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.common.Messages;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.IdentityService;
import vn.thituyen.identity.Role;
import vn.thituyen.registration.domain.Candidacy;
import vn.thituyen.registration.domain.CandidacyRepository;
import vn.thituyen.registration.domain.NominationLetter;
import vn.thituyen.registration.domain.NominationLetterRepository;
import vn.thituyen.registration.domain.StandardCheck;
import vn.thituyen.registration.domain.StandardCheckRepository;
import vn.thituyen.registration.domain.StandardsRule;

/**
 * The candidates of a leadership exam (Official Letter 2424/BNV-CCVC of 2017): a public servant applies for one
 * post naming their managing agency, which uploads its nomination letter and nominates them (or declines, with its
 * reason); where the campaign allows, outside candidates register themselves. The exam is for a first appointment
 * only. The form-review board then decides each standard of the post with the evidence and, when refused, the
 * reason; the candidate sees every decision. Once reviewed, each post's exam goes ahead with at least two eligible
 * candidates, or is re-announced or withdrawn.
 */
@Service
public class LeadershipCandidates {

    /** The largest nomination letter accepted (a scanned letter of a few pages). */
    public static final int MAX_LETTER_BYTES = 5 * 1024 * 1024;

    private final CandidacyRepository applications;
    private final NominationLetterRepository letters;
    private final StandardCheckRepository checks;
    private final RegistrationService registration;
    private final CampaignService campaigns;
    private final LeadershipPosts posts;
    private final CampaignAccess access;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadershipCandidates(CandidacyRepository applications, NominationLetterRepository letters,
            StandardCheckRepository checks, RegistrationService registration, CampaignService campaigns,
            LeadershipPosts posts, CampaignAccess access, IdentityService identity, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.letters = letters;
        this.checks = checks;
        this.registration = registration;
        this.campaigns = campaigns;
        this.posts = posts;
        this.access = access;
        this.identity = identity;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The post a candidate holds now (chức vụ hiện tại), if any, and who manages them. */
    public record CurrentPost(String title, String division, String agency, Long managingAgencyId) {
    }

    /** The managing agencies a candidate may name: the agency accounts. */
    @Transactional(readOnly = true)
    public List<IdentityService.Agency> agencies() {
        return identity.agencies();
    }

    // --- the candidate ---

    /**
     * The signed-in candidate applies for one post. Refused when the post does not take applications now, when
     * the person already holds that very post (first appointment only), or without a managing agency unless the
     * campaign admits outside candidates.
     */
    @Secured("ROLE_CANDIDATE")
    @Transactional
    public long apply(long campaignId, ApplicationForm form, CurrentPost current) {
        long userId = currentUser.require().userId();
        CampaignInfo campaign = leadershipCampaign(campaignId);
        ApplicationForm f = form.withoutForeignLanguage();
        Map<String, String> errors = new LinkedHashMap<>(registration.check(campaign, f, null));
        PostInfo post = f.positionId() == null ? null : posts.post(f.positionId())
                .filter(p -> p.campaignId() == campaignId).orElse(null);
        if (f.positionId() != null && post == null) {
            errors.put("position", "validation.position");
        }
        if (post != null && !posts.acceptsApplications(post.positionId(), clock.instant())) {
            throw new DomainException("error.registration.closed");
        }
        checkCurrent(errors, campaignId, current, post);
        if (applications.existsByCampaignIdAndUserId(campaignId, userId)) {
            throw new DomainException("error.registration.duplicate");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        try {
            Candidacy a = new Candidacy(campaignId, userId, RegistrationService.asTheRulesAsk(campaign, f),
                    clock.instant());
            a.forLeadership(current.title(), current.division(), current.agency(), current.managingAgencyId());
            Candidacy saved = applications.saveAndFlush(a);
            events.publishEvent(new RegistrationEvents.ApplicationSubmitted(saved.getId(), campaignId,
                    currentUser.username()));
            return saved.getId();
        } catch (DataIntegrityViolationException race) {
            throw new DomainException("error.registration.duplicate");
        }
    }

    private void checkCurrent(Map<String, String> errors, long campaignId, CurrentPost current, PostInfo post) {
        putIfProblem(errors, "currentTitle", FreeText.checkOptional(current.title(), 200));
        putIfProblem(errors, "currentDivision", FreeText.checkOptional(current.division(), 300));
        putIfProblem(errors, "currentAgency", FreeText.checkOptional(current.agency(), 300));
        if (current.managingAgencyId() == null) {
            if (!posts.settings(campaignId).outsideCandidates()) {
                errors.put("managingAgency", "error.nomination.agencyRequired");
            }
        } else if (agencies().stream().noneMatch(a -> a.id() == current.managingAgencyId())) {
            errors.put("managingAgency", "error.nomination.agencyUnknown");
        }
        if (post != null && !errors.containsKey("currentTitle")
                && post.heldBy(current.title(), current.division(), current.agency())) {
            errors.put("currentTitle", "error.leadership.alreadyHolds");
        }
    }

    private static void putIfProblem(Map<String, String> errors, String field, String problem) {
        if (problem != null) {
            errors.put(field, problem);
        }
    }

    /** What the candidate sees of their leadership application: the post, the nomination, each standard's decision. */
    public record MyCandidacy(long applicationId, String fullName, PostInfo post, String currentTitle, String currentDivision,
            String currentAgency, String managingAgency, Candidacy.Nomination nomination, String nominationReason,
            boolean letterUploaded, ApplicationStatus status, String rejectionReason, List<StandardLine> standards) {
    }

    /** A standard with its latest decision (null while undecided). */
    public record StandardLine(StandardInfo standard, Boolean accepted, String evidence, String reason, String by,
            Instant at) {
    }

    @Secured("ROLE_CANDIDATE")
    @Transactional(readOnly = true)
    public Optional<MyCandidacy> mine(long campaignId) {
        long userId = currentUser.require().userId();
        return applications.findByCampaignIdAndUserId(campaignId, userId).filter(a -> a.getNomination() != null)
                .map(this::view);
    }

    // --- the managing agency ---

    /** A nomination as the agency's account sees it. */
    public record Nominee(long applicationId, String campaignName, String postName, String agency, String fullName,
            LocalDate dateOfBirth, String currentTitle, String currentDivision, Candidacy.Nomination nomination,
            String reason, String letterName, Instant letterAt, ApplicationStatus status) {
    }

    /** The applications naming the signed-in agency as managing agency, oldest first. */
    @Secured("ROLE_AGENCY")
    @Transactional(readOnly = true)
    public List<Nominee> nominees() {
        long me = currentUser.require().userId();
        Map<Long, CampaignInfo> cs = new HashMap<>();
        List<Nominee> out = new ArrayList<>();
        for (Candidacy a : applications.findByManagingAgencyIdOrderBySubmittedAtAscIdAsc(me)) {
            CampaignInfo c = cs.computeIfAbsent(a.getCampaignId(), campaigns::campaign);
            PostInfo p = posts.post(a.getPositionId()).orElseThrow();
            Optional<NominationLetter> letter = letters.findFirstByApplicationIdOrderByIdDesc(a.getId());
            out.add(new Nominee(a.getId(), c.name(), p.name(), p.agency(), a.getFullName(), a.getDateOfBirth(),
                    a.getCurrentTitle(), a.getCurrentDivision(), a.getNomination(), a.getNominationReason(),
                    letter.map(NominationLetter::getFileName).orElse(null),
                    letter.map(NominationLetter::getUploadedAt).orElse(null), a.getStatus()));
        }
        return out;
    }

    /** The agency uploads its nomination letter (a PDF, checked from its content); a new upload replaces it. */
    @Secured("ROLE_AGENCY")
    @Transactional
    public void uploadLetter(long applicationId, String fileName, byte[] pdf) {
        Candidacy a = myNominee(applicationId);
        if (a.getNomination() != Candidacy.Nomination.AWAITING) {
            throw new DomainException("error.nomination.notAwaiting");
        }
        if (pdf == null || pdf.length == 0 || pdf.length > MAX_LETTER_BYTES || !Digests.isPdf(pdf)) {
            throw new DomainException("error.nomination.letterNotPdf", MAX_LETTER_BYTES / (1024 * 1024));
        }
        String name = fileName == null || fileName.isBlank() ? "cong-van-cu.pdf"
                : fileName.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String sha = letters.save(new NominationLetter(applicationId, name, pdf, currentUser.username(),
                clock.instant())).getSha256();
        events.publishEvent(new RegistrationEvents.NominationLetterUploaded(applicationId, a.getCampaignId(), name,
                pdf.length, sha, currentUser.username()));
    }

    /** The agency nominates its public servant: only with its letter uploaded, while the application waits. */
    @Secured("ROLE_AGENCY")
    @Transactional
    public void nominate(long applicationId) {
        Candidacy a = myNominee(applicationId);
        if (!letters.existsByApplicationId(applicationId)) {
            throw new DomainException("error.nomination.letterMissing");
        }
        a.nominate(currentUser.username(), clock.instant());
        events.publishEvent(new RegistrationEvents.Nominated(applicationId, a.getCampaignId(), true, null,
                currentUser.username()));
    }

    /** The agency declines to nominate, with its reason: the application is refused with that reason. */
    @Secured("ROLE_AGENCY")
    @Transactional
    public void decline(long applicationId, String reason) {
        FreeText.require("reason", reason, 500);
        Candidacy a = myNominee(applicationId);
        String clean = reason.strip();
        a.declineNomination(clean, Messages.vi("nomination.declinedReason", clean), currentUser.username(),
                clock.instant());
        events.publishEvent(new RegistrationEvents.Nominated(applicationId, a.getCampaignId(), false, clean,
                currentUser.username()));
    }

    /** The letter, for the agency that sent it, the candidate it concerns and the campaign's staff. */
    public record Letter(String fileName, byte[] pdf, String sha256) {
    }

    @Secured({"ROLE_AGENCY", "ROLE_CANDIDATE", "ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public Optional<Letter> letter(long applicationId) {
        Candidacy a = applications.findById(applicationId).orElseThrow(() -> new DomainException("error.notFound"));
        long me = currentUser.require().userId();
        if (currentUser.hasRole(Role.AGENCY)) {
            if (a.getManagingAgencyId() == null || a.getManagingAgencyId() != me) {
                throw new DomainException("error.notFound");
            }
        } else if (currentUser.hasRole(Role.CANDIDATE)) {
            if (a.getUserId() != me) {
                throw new DomainException("error.notFound");
            }
        } else {
            access.require(a.getCampaignId());
        }
        return letters.findFirstByApplicationIdOrderByIdDesc(applicationId)
                .map(l -> new Letter(l.getFileName(), l.getData(), l.getSha256()));
    }

    private Candidacy myNominee(long applicationId) {
        Candidacy a = applications.findById(applicationId).orElseThrow(() -> new DomainException("error.notFound"));
        Long agency = a.getManagingAgencyId();
        if (agency == null || agency != currentUser.require().userId().longValue()) {
            // another agency's candidate is not there at all for this account
            throw new DomainException("error.notFound");
        }
        return a;
    }

    // --- the form-review board ---

    /** A candidacy as the form-review board reviews it. */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public MyCandidacy candidacy(long applicationId) {
        Candidacy a = applications.findById(applicationId).orElseThrow(() -> new DomainException("error.notFound"));
        access.require(a.getCampaignId());
        if (a.getNomination() == null) {
            throw new DomainException("error.notFound");
        }
        return view(a);
    }

    /** The campaign's leadership candidacies, post by post, oldest first. */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<MyCandidacy> candidacies(long campaignId) {
        access.require(campaignId);
        return applications.findByCampaignIdOrderBySubmittedAt(campaignId).stream()
                .filter(a -> a.getNomination() != null && a.getStatus() != ApplicationStatus.WITHDRAWN)
                .map(this::view).toList();
    }

    /**
     * The board decides one standard for one candidate, with the evidence it rests on and, when refused, the
     * reason. A nomination still awaited cannot be reviewed; decisions are final once the eligible list is out.
     */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public void decideStandard(long applicationId, long standardId, boolean accepted, String evidence,
            String reason) {
        Candidacy a = registration.reviewable(applicationId);
        if (a.awaitingNomination()) {
            throw new DomainException("error.nomination.awaiting");
        }
        if (a.getStatus() != ApplicationStatus.SUBMITTED) {
            throw new DomainException("error.leadership.alreadyConcluded");
        }
        PostInfo post = posts.post(a.getPositionId()).orElseThrow();
        StandardInfo standard = post.standards().stream().filter(s -> s.id() == standardId).findFirst()
                .orElseThrow(() -> new DomainException("error.notFound"));
        Map<String, String> errors = new LinkedHashMap<>();
        FreeText.check(errors, "evidence", evidence, 1000);
        if (!accepted) {
            FreeText.check(errors, "reason", reason, 1000);
        } else {
            putIfProblem(errors, "reason", FreeText.checkOptional(reason, 1000));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        checks.save(new StandardCheck(applicationId, standardId, accepted, evidence.strip(), why,
                currentUser.username(), clock.instant()));
        events.publishEvent(new RegistrationEvents.StandardDecided(applicationId, standard.ordinal(),
                standard.kind().name(), accepted, why, currentUser.username()));
    }

    /**
     * Concludes the review once every standard is decided: eligible when all are accepted, else not eligible with
     * the refused standards as the reason (StandardsRule).
     */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public StandardsRule.Verdict conclude(long applicationId) {
        Candidacy a = registration.reviewable(applicationId);
        if (a.awaitingNomination()) {
            throw new DomainException("error.nomination.awaiting");
        }
        MyCandidacy view = view(a);
        Map<Long, Boolean> decided = new HashMap<>();
        view.standards().stream().filter(l -> l.accepted() != null)
                .forEach(l -> decided.put(l.standard().id(), l.accepted()));
        StandardsRule.Conclusion c = StandardsRule.conclude(
                view.standards().stream().map(l -> l.standard().id()).toList(), decided);
        switch (c.verdict()) {
            case UNDECIDED -> throw new DomainException("error.leadership.standardsUndecided");
            case ELIGIBLE -> {
                a.accept(currentUser.username(), clock.instant());
                events.publishEvent(new RegistrationEvents.ApplicationReviewed(applicationId, "ACCEPTED", "",
                        currentUser.username()));
            }
            case NOT_ELIGIBLE -> {
                StringBuilder why = new StringBuilder();
                for (StandardLine l : view.standards()) {
                    if (c.refused().contains(l.standard().id())) {
                        if (!why.isEmpty()) {
                            why.append("; ");
                        }
                        why.append(Messages.vi("leadership.refusedStandard", l.standard().ordinal(),
                                l.standard().requirement(), l.reason()));
                    }
                }
                String reason = why.length() > 500 ? why.substring(0, 499) + "…" : why.toString();
                a.reject(reason, currentUser.username(), clock.instant());
                events.publishEvent(new RegistrationEvents.ApplicationReviewed(applicationId, "REJECTED", reason,
                        currentUser.username()));
            }
        }
        return c.verdict();
    }

    // --- whether each post's exam goes ahead ---

    /** A post's candidates by where they stand. */
    public record PostCount(PostInfo post, int eligible, int undecided, int awaitingNomination, int refused,
            boolean mayGoAhead, int minimum) {
    }

    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<PostCount> postCounts(long campaignId) {
        access.require(campaignId);
        int minimum = campaigns.campaign(campaignId).ruleSet().parameters().leadership().minimumCandidates();
        List<PostCount> out = new ArrayList<>();
        for (PostInfo p : posts.posts(campaignId)) {
            int eligible = 0;
            int undecided = 0;
            int awaiting = 0;
            int refused = 0;
            for (Candidacy a : applications.findByPositionIdOrderBySubmittedAtAscIdAsc(p.positionId())) {
                switch (a.getStatus()) {
                    case ACCEPTED -> eligible++;
                    case REJECTED -> refused++;
                    case SUBMITTED -> {
                        if (a.awaitingNomination()) {
                            awaiting++;
                        } else {
                            undecided++;
                        }
                    }
                    case WITHDRAWN -> {
                        // not a candidate
                    }
                }
            }
            out.add(new PostCount(p, eligible, undecided, awaiting, refused,
                    LeadershipPosts.mayGoAhead(eligible, minimum), minimum));
        }
        return out;
    }

    /**
     * Decides a post's exam with its eligible candidates counted now: go ahead (at least two), re-announce with a
     * new window, or withdraw. Withdrawing refuses the post's remaining applications with the reason, so nobody is
     * left waiting for an exam that will not be held.
     */
    @Secured({"ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional
    public void decidePost(long positionId, PostState decision, LocalDate opensOn, LocalDate closesOn,
            String reason) {
        List<Candidacy> all = applications.findByPositionIdOrderBySubmittedAtAscIdAsc(positionId);
        if (decision == PostState.GO_AHEAD && all.stream().anyMatch(a -> a.getStatus()
                == ApplicationStatus.SUBMITTED)) {
            throw new DomainException("error.leadership.reviewFirst");
        }
        int eligible = (int) all.stream().filter(a -> a.getStatus() == ApplicationStatus.ACCEPTED).count();
        posts.decide(positionId, decision, eligible, opensOn, closesOn, reason);
        if (decision == PostState.WITHDRAWN) {
            String why = Messages.vi("leadership.postWithdrawnReason", reason == null ? "" : reason.strip());
            String refusal = why.length() > 500 ? why.substring(0, 499) + "…" : why;
            for (Candidacy a : all) {
                if (a.getStatus() == ApplicationStatus.ACCEPTED || a.getStatus() == ApplicationStatus.SUBMITTED) {
                    a.reject(refusal, currentUser.username(), clock.instant());
                    events.publishEvent(new RegistrationEvents.ApplicationReviewed(a.getId(), "REJECTED", refusal,
                            currentUser.username()));
                }
            }
        }
    }

    // ---

    private MyCandidacy view(Candidacy a) {
        PostInfo post = posts.post(a.getPositionId()).orElseThrow();
        Map<Long, StandardCheck> latest = new HashMap<>();
        checks.findByApplicationIdOrderById(a.getId()).forEach(c -> latest.put(c.getStandardId(), c));
        List<StandardLine> lines = post.standards().stream().map(s -> {
            StandardCheck c = latest.get(s.id());
            return c == null ? new StandardLine(s, null, null, null, null, null)
                    : new StandardLine(s, c.isAccepted(), c.getEvidence(), c.getReason(), c.getDecidedBy(),
                            c.getDecidedAt());
        }).toList();
        String agency = a.getManagingAgencyId() == null ? null
                : identity.account(a.getManagingAgencyId()).fullName();
        return new MyCandidacy(a.getId(), a.getFullName(), post, a.getCurrentTitle(), a.getCurrentDivision(), a.getCurrentAgency(),
                agency, a.getNomination(), a.getNominationReason(),
                letters.existsByApplicationId(a.getId()), a.getStatus(), a.getRejectionReason(), lines);
    }

    private CampaignInfo leadershipCampaign(long campaignId) {
        CampaignInfo c = campaigns.campaign(campaignId);
        if (!c.kind().leadership()) {
            throw new DomainException("error.leadership.notLeadership");
        }
        return c;
    }
}
