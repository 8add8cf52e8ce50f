package vn.thituyen.registration;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.CampaignService.PositionInfo;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.registration.RegistrationEvents.ApplicationReviewed;
import vn.thituyen.registration.RegistrationEvents.ApplicationSubmitted;
import vn.thituyen.registration.RegistrationEvents.EligibleListPublished;
import vn.thituyen.registration.domain.Candidacy;
import vn.thituyen.registration.domain.CandidacyRepository;
import vn.thituyen.registration.domain.ApplicationRules;
import vn.thituyen.registration.domain.Room;
import vn.thituyen.registration.domain.RoomRepository;
import vn.thituyen.registration.domain.RoomFill;

/** Registration and eligibility review. A candidate only ever reaches their own application. */
@Service
public class RegistrationService {

    /** Seats per room when the eligible list is published. */
    static final int ROOM_CAPACITY = 30;

    private final CandidacyRepository applications;
    private final RoomRepository rooms;
    private final vn.thituyen.registration.domain.EligibleListVersionRepository versions;
    private final Optional<RoomSittings> roomSittings;
    private final CampaignService campaigns;
    private final vn.thituyen.campaign.CampaignAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final vn.thituyen.campaign.LeadershipPosts leadershipPosts;
    private final Optional<CitizenBars> bars;
    private final AgencyPreferences preferences;

    RegistrationService(CandidacyRepository applications, RoomRepository rooms, CampaignService campaigns,
            vn.thituyen.campaign.CampaignAccess access, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock, vn.thituyen.registration.domain.EligibleListVersionRepository versions,
            Optional<RoomSittings> roomSittings, vn.thituyen.campaign.LeadershipPosts leadershipPosts,
            Optional<CitizenBars> bars, AgencyPreferences preferences) {
        this.bars = bars;
        this.preferences = preferences;
        this.leadershipPosts = leadershipPosts;
        this.versions = versions;
        this.roomSittings = roomSittings;
        this.access = access;
        this.applications = applications;
        this.rooms = rooms;
        this.campaigns = campaigns;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in candidate submits the form. One application per candidate per campaign, inside the window. */
    @Secured("ROLE_CANDIDATE")
    @Transactional
    public long submit(long campaignId, ApplicationForm form) {
        return submit(campaignId, form, List.of());
    }

    /**
     * Submits the form with the candidate's order of preference among a joint position's agencies (nguyện vọng,
     * ND 170/2025/NĐ-CP; ids of {@link vn.thituyen.campaign.JointAgency}, most wanted first), kept as the
     * application's first version of it; ignored for an ordinary position. Field {@code agencies} when the order is
     * missing or wrong; nothing is stored then.
     */
    @Secured("ROLE_CANDIDATE")
    @Transactional
    public long submit(long campaignId, ApplicationForm form, List<Long> agencyOrder) {
        long userId = currentUser.require().userId();
        CampaignInfo campaign = campaigns.campaign(campaignId);
        if (campaign.kind().leadership()) {
            // a leadership candidate names the post held now and the managing agency: LeadershipCandidates.apply
            throw new DomainException("error.leadership.useLeadershipForm");
        }
        if (!campaign.registrationOpenAt(clock.instant())) {
            throw new DomainException("error.registration.closed");
        }
        if (applications.existsByCampaignIdAndUserId(campaignId, userId)) {
            throw new DomainException("error.registration.duplicate");
        }
        Map<String, String> errors = check(campaign, form, null);
        putIfProblem(errors, preferences.problem(campaign.ruleSet(), form.positionId(), agencyOrder));
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        try {
            Candidacy filed = new Candidacy(campaignId, userId, asTheRulesAsk(campaign, form), clock.instant());
            filed.barCheck(barNote(filed.getCitizenId(), campaignId));
            Candidacy saved = applications.saveAndFlush(filed);
            preferences.record(saved.getId(), form.positionId(), agencyOrder);
            events.publishEvent(new ApplicationSubmitted(saved.getId(), campaignId, currentUser.username()));
            flagged(saved);
            return saved.getId();
        } catch (DataIntegrityViolationException race) {
            // two tabs submitting at once: the unique keys keep one, the other is told plainly
            throw new DomainException("error.registration.duplicate");
        }
    }

    /**
     * The candidate changes their form, or submits it again after withdrawing: only while registration is open and
     * before the secretary reviewed it.
     */
    @Secured("ROLE_CANDIDATE")
    @Transactional
    public void revise(long campaignId, ApplicationForm form) {
        revise(campaignId, form, List.of());
    }

    /** {@link #revise(long, ApplicationForm)} with the order of preference of a joint position (a new version). */
    @Secured("ROLE_CANDIDATE")
    @Transactional
    public void revise(long campaignId, ApplicationForm form, List<Long> agencyOrder) {
        Candidacy a = ownChangeable(campaignId);
        CampaignInfo campaign = campaigns.campaign(campaignId);
        Map<String, String> errors = check(campaign, form, a.getId());
        putIfProblem(errors, preferences.problem(campaign.ruleSet(), form.positionId(), agencyOrder));
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        a.revise(asTheRulesAsk(campaign, form), clock.instant());
        a.barCheck(barNote(a.getCitizenId(), campaignId));
        preferences.record(a.getId(), form.positionId(), agencyOrder);
        events.publishEvent(new RegistrationEvents.ApplicationRevised(a.getId(), campaignId, currentUser.username()));
        flagged(a);
    }

    /** The candidate withdraws the application while registration is open and before review. */
    @Secured("ROLE_CANDIDATE")
    @Transactional
    public void withdraw(long campaignId) {
        Candidacy a = ownChangeable(campaignId);
        a.withdraw();
        events.publishEvent(new RegistrationEvents.ApplicationWithdrawn(a.getId(), campaignId,
                currentUser.username()));
    }

    /**
     * The bar on the citizen ID as filed, if one applies to this campaign (ND 138/2020/NĐ-CP Art. 17: false documents
     * bar the next campaign): not a refusal — the application is flagged with the reason for the review board, which
     * rejects it with that reason.
     */
    private String barNote(String citizenId, long campaignId) {
        return bars.flatMap(b -> b.barFor(citizenId, campaignId)).orElse(null);
    }

    private void flagged(Candidacy a) {
        if (a.getBarNote() != null) {
            events.publishEvent(new RegistrationEvents.ApplicationBarFlagged(a.getId(), a.getCampaignId(),
                    a.getCitizenId(), a.getBarNote(), currentUser.username()));
        }
    }

    private Candidacy ownChangeable(long campaignId) {
        long userId = currentUser.require().userId();
        if (!campaigns.campaign(campaignId).registrationOpenAt(clock.instant())) {
            throw new DomainException("error.registration.closed");
        }
        return applications.findByCampaignIdAndUserId(campaignId, userId)
                .orElseThrow(() -> new DomainException("error.notFound"));
    }

    private static void putIfProblem(Map<String, String> errors, String agencyProblem) {
        if (agencyProblem != null) {
            errors.putIfAbsent("agencies", agencyProblem);
        }
    }

    /** No language is kept for a round 1 without a foreign-language part (ND 170/2025): nothing would use it. */
    static ApplicationForm asTheRulesAsk(CampaignInfo campaign, ApplicationForm form) {
        return campaign.ruleSet().hasForeignLanguagePart() ? form : form.withoutForeignLanguage();
    }

    /** Field errors of a form; {@code self} is the application being changed (its own citizen id is no clash). */
    Map<String, String> check(CampaignInfo campaign, ApplicationForm form, Long self) {
        long campaignId = campaign.id();
        Map<String, String> errors = new LinkedHashMap<>(ApplicationRules.validate(form, LocalDate.now(clock),
                campaign.ruleSet().hasForeignLanguagePart()));
        if (form.positionId() != null && campaigns.positions(campaignId).stream()
                .noneMatch(p -> p.id() == form.positionId())) {
            errors.put("position", "validation.position");
        }
        if (!campaign.ruleSet().priorityCategories().containsAll(form.priorityCategories())) {
            errors.put("priorityCategory", "validation.priority");
        }
        if (!errors.containsKey("citizenId") && applications.findByCampaignIdAndCitizenId(campaignId,
                form.citizenId().trim()).filter(other -> !other.getId().equals(self)).isPresent()) {
            errors.put("citizenId", "validation.citizenId.taken");
        }
        return errors;
    }

    @Secured("ROLE_CANDIDATE")
    @Transactional(readOnly = true)
    public Optional<MyApplication> myApplication(long campaignId) {
        long userId = currentUser.require().userId();
        return applications.findByCampaignIdAndUserId(campaignId, userId).map(this::view);
    }

    /** The campaign the candidate applied to last, if any: what their page shows when they chose none. */
    @Secured("ROLE_CANDIDATE")
    @Transactional(readOnly = true)
    public Optional<Long> myLatestCampaign() {
        return applications.findFirstByUserIdOrderByIdDesc(currentUser.require().userId())
                .map(Candidacy::getCampaignId);
    }

    /** One page of the applications (the review list pages from the database: a campaign may have thousands). */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<MyApplication> applications(long campaignId, int page, int pageSize) {
        access.require(campaignId);
        return applications.findByCampaignIdOrderBySubmittedAtAscIdAsc(campaignId,
                org.springframework.data.domain.PageRequest.of(page, pageSize)).stream().map(this::view).toList();
    }

    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public long countApplications(long campaignId) {
        access.require(campaignId);
        return applications.countByCampaignId(campaignId);
    }

    /**
     * Where the reviewer goes after a decision on {@code afterId}: that application again while something on it still
     * waits (an accepted form with a claim to verify), otherwise the next one still waiting in the review list's
     * order, then from the top.
     */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public Optional<MyApplication> nextUndecided(long campaignId, long afterId) {
        access.require(campaignId);
        java.util.Set<Long> undecided = new java.util.HashSet<>(applications.undecidedIds(campaignId));
        if (undecided.isEmpty()) {
            return Optional.empty();
        }
        List<Long> order = applications.idsInOrder(campaignId);
        int from = Math.max(0, order.indexOf(afterId));
        Optional<Long> next = java.util.stream.Stream.concat(order.subList(from, order.size()).stream(),
                order.subList(0, from).stream()).filter(undecided::contains).findFirst();
        return next.flatMap(applications::findById).map(this::view);
    }

    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<MyApplication> applications(long campaignId) {
        access.require(campaignId);
        return applications.findByCampaignIdOrderBySubmittedAt(campaignId).stream().map(this::view).toList();
    }

    @Secured("ROLE_SECRETARY")
    @Transactional
    public void accept(long applicationId) {
        Candidacy a = reviewable(applicationId);
        if (a.getNomination() != null) {
            // a leadership candidate is eligible when every standard of the post is accepted
            throw new DomainException("error.leadership.useChecklist");
        }
        a.accept(currentUser.username(), clock.instant());
        events.publishEvent(new ApplicationReviewed(applicationId, "ACCEPTED", "", currentUser.username()));
    }

    @Secured("ROLE_SECRETARY")
    @Transactional
    public void reject(long applicationId, String reason) {
        FreeText.require("reason", reason, 500);
        Candidacy a = reviewable(applicationId);
        a.reject(reason.trim(), currentUser.username(), clock.instant());
        events.publishEvent(new ApplicationReviewed(applicationId, "REJECTED", reason.trim(), currentUser.username()));
    }

    @Secured("ROLE_SECRETARY")
    @Transactional
    public void decidePriority(long applicationId, vn.thituyen.campaign.PriorityCategory category,
            boolean confirmed) {
        if (category == null) {
            throw new DomainException("error.review.noClaim");
        }
        reviewable(applicationId).decidePriority(category, confirmed, currentUser.username(), clock.instant());
        events.publishEvent(new ApplicationReviewed(applicationId, confirmed ? "PRIORITY_CONFIRMED" : "PRIORITY_REFUSED",
                category.name(), currentUser.username()));
    }

    @Secured("ROLE_SECRETARY")
    @Transactional
    public void decideExemption(long applicationId, boolean confirmed) {
        reviewable(applicationId).decideExemption(confirmed, currentUser.username(), clock.instant());
        events.publishEvent(new ApplicationReviewed(applicationId,
                confirmed ? "EXEMPTION_CONFIRMED" : "EXEMPTION_REFUSED", "", currentUser.username()));
    }

    /**
     * Publishes the list of eligible candidates: every application must be reviewed and every claim decided;
     * accepted candidates get a candidate number (SBD) and a room, in position then Vietnamese name order.
     */
    /** What publishing the eligible list would do now: how many get numbers and rooms, how many wait for a decision. */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public EligibleListPreview eligibleListPreview(long campaignId) {
        access.require(campaignId);
        List<Candidacy> all = applications.findByCampaignIdOrderBySubmittedAt(campaignId);
        int accepted = (int) all.stream().filter(a -> a.getStatus() == ApplicationStatus.ACCEPTED).count();
        int undecided = (int) all.stream().filter(a -> a.getStatus() == ApplicationStatus.SUBMITTED
                || (a.getStatus() == ApplicationStatus.ACCEPTED && (a.priorityUndecided()
                        || a.getExemptionStatus() == ClaimStatus.CLAIMED))).count();
        List<Integer> capacities = rooms.findByCampaignIdOrderByName(campaignId).stream().map(Room::getCapacity)
                .toList();
        int roomCount = capacities.isEmpty() ? RoomFill.defaultRooms(accepted, ROOM_CAPACITY)
                : (int) RoomFill.fill(capacities, Math.min(accepted, RoomFill.seats(capacities))).stream().distinct()
                        .count();
        return new EligibleListPreview(accepted, undecided, roomCount, String.format("TS%04d", Math.max(accepted, 1)),
                capacities.isEmpty() ? null : RoomFill.seats(capacities));
    }

    /**
     * A leadership campaign's posts whose exam is not decided yet (going ahead or withdrawn): the eligible list
     * waits for them. Empty for a recruitment campaign.
     */
    @Transactional(readOnly = true)
    public List<String> postsToDecide(long campaignId) {
        return leadershipPosts.posts(campaignId).stream()
                .filter(p -> p.state() != vn.thituyen.campaign.PostState.GO_AHEAD
                        && p.state() != vn.thituyen.campaign.PostState.WITHDRAWN)
                .map(vn.thituyen.campaign.LeadershipPosts.PostInfo::name).toList();
    }

    /**
     * {@code lastNumber}: the candidate number the last eligible candidate gets (the first is TS0001); {@code seats}:
     * the seats of the rooms set up, null when none were (rooms of 30 are then made).
     */
    public record EligibleListPreview(int eligible, int undecided, int rooms, String lastNumber, Integer seats) {
    }

    @Secured("ROLE_SECRETARY")
    @Transactional
    public void publishEligibleList(long campaignId) {
        access.requireDuty(campaignId, vn.thituyen.campaign.Duty.PUBLISH_ELIGIBLE_LIST);
        CampaignInfo campaign = campaigns.campaign(campaignId);
        if (campaign.eligibleListPublished()) {
            throw new DomainException("error.review.published");
        }
        List<Candidacy> all = applications.findByCampaignIdOrderBySubmittedAt(campaignId);
        boolean pending = all.stream().anyMatch(a -> a.getStatus() == ApplicationStatus.SUBMITTED
                || (a.getStatus() == ApplicationStatus.ACCEPTED && (a.priorityUndecided()
                        || a.getExemptionStatus() == ClaimStatus.CLAIMED)));
        if (pending) {
            throw new DomainException("error.review.pending");
        }
        List<String> toDecide = postsToDecide(campaignId);
        if (!toDecide.isEmpty()) {
            throw new DomainException("error.leadership.postsToDecide", String.join(", ", toDecide));
        }
        Map<Long, String> positionCodes = new HashMap<>();
        for (PositionInfo p : campaigns.positions(campaignId)) {
            positionCodes.put(p.id(), p.code());
        }
        Collator vi = Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        List<Candidacy> accepted = new ArrayList<>(all.stream()
                .filter(a -> a.getStatus() == ApplicationStatus.ACCEPTED).toList());
        if (accepted.isEmpty()) {
            throw new DomainException("error.review.noneAccepted");
        }
        // Vietnamese lists sort by given name (the last word), then the full name.
        accepted.sort(Comparator.comparing((Candidacy a) -> positionCodes.get(a.getPositionId()))
                .thenComparing(a -> givenName(a.getFullName()), vi)
                .thenComparing(Candidacy::getFullName, vi)
                .thenComparing(Candidacy::getId));
        // the rooms the council set up, filled in number order; none set up: rooms of the default size
        List<Room> created = new ArrayList<>(rooms.findByCampaignIdOrderByName(campaignId));
        if (created.isEmpty()) {
            for (int i = 1; i <= RoomFill.defaultRooms(accepted.size(), ROOM_CAPACITY); i++) {
                created.add(rooms.save(new Room(campaignId, String.format("Phòng %02d", i), ROOM_CAPACITY)));
            }
        }
        List<Integer> seat = RoomFill.fill(created.stream().map(Room::getCapacity).toList(), accepted.size());
        if (seat == null) {
            throw new DomainException("error.review.seats", RoomFill.seats(created.stream().map(Room::getCapacity)
                    .toList()), accepted.size());
        }
        for (int i = 0; i < accepted.size(); i++) {
            accepted.get(i).assignNumberAndRoom(String.format("TS%04d", i + 1), created.get(seat.get(i)).getId());
        }
        int roomCount = (int) seat.stream().distinct().count();
        campaigns.markEligibleListPublished(campaignId);
        versions.save(new vn.thituyen.registration.domain.EligibleListVersion(campaignId, 1, null,
                vn.thituyen.registration.domain.EligibleListVersion.PUBLISHED, null, currentUser.username(),
                clock.instant()));
        events.publishEvent(new EligibleListPublished(campaignId, accepted.size(), roomCount, currentUser.username()));
    }

    /**
     * Corrects a decision after the eligible list was published, with the reason: a new version of the list,
     * audited. A candidate accepted now gets the next candidate number and a room with space (a new room when all
     * are full or prepared); a candidate rejected now leaves their room. Refused once results are approved, and for
     * a change to who sits or what they sit when that room's sitting is already prepared.
     *
     * @return the new version of the list
     */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public int correct(long applicationId, Correction correction, String reason) {
        return correct(applicationId, correction, null, reason);
    }

    /** A correction of one claimed priority category ({@code category}; null for the other corrections). */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public int correct(long applicationId, Correction correction, vn.thituyen.campaign.PriorityCategory category,
            String reason) {
        Candidacy a = load(applicationId);
        long campaignId = a.getCampaignId();
        access.requireDuty(campaignId, vn.thituyen.campaign.Duty.REVIEW_APPLICATIONS);
        // one correction of a campaign at a time: each is the next version of the list (and may take the next SBD)
        campaigns.serialiseChanges(campaignId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (correction == null) {
            errors.put("correction", "validation.required");
        }
        FreeText.check(errors, "reason", reason, 1000);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        if (!campaigns.campaign(campaignId).eligibleListPublished()) {
            throw new DomainException("error.review.notPublished");
        }
        campaigns.requireResultsOpen(campaignId);
        String refusal = vn.thituyen.registration.domain.CorrectionRule.refusal(a.getStatus(),
                category == null ? ClaimStatus.NONE : a.priorityStatus(category), a.getExemptionStatus(), correction);
        if (refusal != null) {
            throw new DomainException(refusal);
        }
        if (vn.thituyen.registration.domain.CorrectionRule.touchesTheSitting(correction) && a.getRoomId() != null
                && prepared(a.getRoomId())) {
            throw new DomainException("error.review.roomPrepared", room(a.getRoomId()).name());
        }
        String number = a.getCandidateNumber();
        Long room = null;
        if (correction == Correction.ACCEPT) {
            if (number == null) {
                number = nextCandidateNumber(campaignId);
            }
            room = roomWithSpace(campaignId);
        }
        String actor = currentUser.username();
        a.correct(correction, category, reason.strip(), number, room, actor, clock.instant());
        int version = versions.findTopByCampaignIdOrderByVersionDesc(campaignId)
                .map(vn.thituyen.registration.domain.EligibleListVersion::getVersion).orElse(1) + 1;
        String change = category == null ? correction.name() : correction.name() + ":" + category.name();
        versions.save(new vn.thituyen.registration.domain.EligibleListVersion(campaignId, version, applicationId,
                change, reason.strip(), actor, clock.instant()));
        events.publishEvent(new RegistrationEvents.EligibleListCorrected(campaignId, version, applicationId,
                change, reason.strip(), actor));
        return version;
    }

    /** The versions of the eligible list, first (the publication) to last; empty while it is not published. */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<ListVersion> eligibleListVersions(long campaignId) {
        access.require(campaignId);
        return versions.findByCampaignIdOrderByVersionAsc(campaignId).stream().map(v -> new ListVersion(
                v.getVersion(), v.getApplicationId(), v.getApplicationId() == null ? null
                        : load(v.getApplicationId()).getFullName(), v.getCorrection(), v.getReason(),
                v.getDecidedBy(), v.getDecidedAt())).toList();
    }

    /** {@code correction} is a {@link Correction} name, or "PUBLISHED" for version 1. */
    public record ListVersion(int version, Long applicationId, String fullName, String correction, String reason,
            String decidedBy, java.time.Instant decidedAt) {
    }

    private boolean prepared(long roomId) {
        return roomSittings.map(r -> r.prepared(roomId)).orElse(false);
    }

    private String nextCandidateNumber(long campaignId) {
        int max = applications.findByCampaignIdOrderBySubmittedAt(campaignId).stream()
                .map(Candidacy::getCandidateNumber).filter(n -> n != null && n.matches("TS\\d+"))
                .mapToInt(n -> Integer.parseInt(n.substring(2))).max().orElse(0);
        return String.format("TS%04d", max + 1);
    }

    /** The first room (by name) not yet prepared with a free seat; a new room when there is none. */
    private long roomWithSpace(long campaignId) {
        List<Room> all = rooms.findByCampaignIdOrderByName(campaignId);
        for (Room r : all) {
            if (!prepared(r.getId()) && applications.findByRoomIdOrderByCandidateNumber(r.getId()).size()
                    < r.getCapacity()) {
                return r.getId();
            }
        }
        return rooms.save(new Room(campaignId, String.format("Phòng %02d", all.size() + 1), ROOM_CAPACITY)).getId();
    }

    private static String givenName(String fullName) {
        int i = fullName.lastIndexOf(' ');
        return i < 0 ? fullName : fullName.substring(i + 1);
    }

    // ---- reads for other modules ----

    @Transactional(readOnly = true)
    public CandidateInfo candidate(long applicationId) {
        return info(load(applicationId));
    }

    @Transactional(readOnly = true)
    public List<CandidateInfo> eligibleCandidates(long campaignId) {
        return applications.findByCampaignIdAndStatus(campaignId, ApplicationStatus.ACCEPTED).stream()
                .filter(a -> a.getCandidateNumber() != null).map(this::info)
                .sorted(Comparator.comparing(CandidateInfo::candidateNumber)).toList();
    }

    @Transactional(readOnly = true)
    public List<CandidateInfo> candidatesInRoom(long roomId) {
        return applications.findByRoomIdOrderByCandidateNumber(roomId).stream().map(this::info).toList();
    }

    @Transactional(readOnly = true)
    public List<RoomInfo> rooms(long campaignId) {
        return rooms.findByCampaignIdOrderByName(campaignId).stream()
                .map(RegistrationService::info).toList();
    }

    @Transactional(readOnly = true)
    public RoomInfo room(long roomId) {
        Room r = rooms.findById(roomId).orElseThrow(() -> new DomainException("error.notFound"));
        return info(r);
    }

    /** Review decisions are final once the eligible list is published. */
    Candidacy reviewable(long id) {
        Candidacy a = load(id);
        access.requireDuty(a.getCampaignId(), vn.thituyen.campaign.Duty.REVIEW_APPLICATIONS);
        if (a.getStatus() == ApplicationStatus.WITHDRAWN) {
            throw new DomainException("error.review.withdrawn");
        }
        if (campaigns.campaign(a.getCampaignId()).eligibleListPublished()) {
            throw new DomainException("error.review.published");
        }
        return a;
    }

    private Candidacy load(long id) {
        return applications.findById(id).orElseThrow(() -> new DomainException("error.notFound"));
    }

    private CandidateInfo info(Candidacy a) {
        return new CandidateInfo(a.getId(), a.getCampaignId(), a.getPositionId(), a.getCandidateNumber(), a.getFullName(),
                a.getDateOfBirth(), a.getRoomId(), a.getStatus(), a.confirmedPriorities(),
                vn.thituyen.registration.domain.ExemptionRule.exemptFromForeignLanguage(a.getExemption(),
                        a.getExemptionStatus()),
                a.getForeignLanguage());
    }

    private MyApplication view(Candidacy a) {
        PositionInfo p = campaigns.position(a.getPositionId());
        String room = a.getRoomId() == null ? null : rooms.findById(a.getRoomId()).map(Room::getName).orElse(null);
        return new MyApplication(a.getId(), a.getCampaignId(), p.id(), p.name(), a.getFullName(), a.getDateOfBirth(),
                a.getSex(), a.getEthnicity(), a.getCitizenId(), a.getPhone(), a.getEmail(), a.getAddress(),
                a.getEducationLevel(), a.getMajor(), a.getForeignLanguage(), a.getPriorityClaims().stream()
                        .map(c -> new Claim(c.getCategory(), c.getStatus())).toList(), a.getExemption(), a.getExemptionReason(), a.getExemptionStatus(), a.getStatus(),
                a.getRejectionReason(), a.getCandidateNumber(), room, a.getSubmittedAt().atZone(ClockConfiguration.ZONE)
                        .toLocalDateTime(), a.getBarNote());
    }

    /** A room: where it is ({@code venue}) and when round 1 starts in it ({@code startsAt}), both may be unset. */
    public record RoomInfo(long id, long campaignId, String name, int capacity, String venue,
            java.time.Instant startsAt) {
    }

    private static RoomInfo info(Room r) {
        return new RoomInfo(r.getId(), r.getCampaignId(), r.getName(), r.getCapacity(), r.getVenue(),
                r.getStartsAt());
    }

    /** A room as the council sets it up; {@code startsAt} local date and time (Vietnam). */
    public record RoomDraft(String venue, String name, Integer capacity, java.time.LocalDateTime startsAt) {
    }

    /**
     * The council sets up a room before the eligible list is published (afterwards rooms are made by the list and
     * its corrections): venue, name (unique in the campaign), capacity 1-200 and the date and time round 1 starts.
     */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional
    public long saveRoom(long campaignId, Long roomId, RoomDraft d) {
        access.requireDuty(campaignId, vn.thituyen.campaign.Duty.PUBLISH_ELIGIBLE_LIST);
        if (campaigns.campaign(campaignId).eligibleListPublished() && roomId == null) {
            throw new DomainException("error.room.afterPublication");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        FreeText.check(errors, "name", d.name(), 50);
        String venueKey = FreeText.checkOptional(d.venue(), 200);
        if (venueKey != null) {
            errors.put("venue", venueKey);
        }
        if (d.capacity() == null || d.capacity() < 1 || d.capacity() > 200) {
            errors.put("capacity", "validation.room.capacity");
        }
        if (!errors.containsKey("name") && rooms.findByCampaignIdOrderByName(campaignId).stream()
                .anyMatch(r -> r.getName().equalsIgnoreCase(d.name().strip()) && !r.getId().equals(roomId))) {
            errors.put("name", "validation.room.nameTaken");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        java.time.Instant starts = d.startsAt() == null ? null
                : d.startsAt().atZone(ClockConfiguration.ZONE).toInstant();
        String venue = d.venue() == null || d.venue().isBlank() ? null : d.venue().strip();
        Room r;
        if (roomId == null) {
            r = rooms.save(new Room(campaignId, d.name().strip(), d.capacity(), venue, starts));
        } else {
            r = rooms.findById(roomId).filter(x -> x.getCampaignId() == campaignId)
                    .orElseThrow(() -> new DomainException("error.notFound"));
            int seated = applications.findByRoomIdOrderByCandidateNumber(roomId).size();
            if (d.capacity() < seated) {
                throw new FieldErrors(Map.of("capacity", "validation.room.belowSeated"));
            }
            r.change(d.name().strip(), d.capacity(), venue, starts);
        }
        events.publishEvent(new RegistrationEvents.RoomSaved(campaignId, r.getId(), r.getName(), r.getCapacity(),
                currentUser.username()));
        return r.getId();
    }

    /** Removes a room nobody sits in, before the list is published. */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional
    public void removeRoom(long campaignId, long roomId) {
        access.requireDuty(campaignId, vn.thituyen.campaign.Duty.PUBLISH_ELIGIBLE_LIST);
        Room r = rooms.findById(roomId).filter(x -> x.getCampaignId() == campaignId)
                .orElseThrow(() -> new DomainException("error.notFound"));
        if (campaigns.campaign(campaignId).eligibleListPublished()
                || !applications.findByRoomIdOrderByCandidateNumber(roomId).isEmpty()) {
            throw new DomainException("error.room.afterPublication");
        }
        rooms.delete(r);
        events.publishEvent(new RegistrationEvents.RoomRemoved(campaignId, r.getName(), currentUser.username()));
    }

    /** One claimed priority category and its decision. */
    public record Claim(vn.thituyen.campaign.PriorityCategory category, ClaimStatus status) {
    }

    /** An application as shown to its candidate and to the review board. */
    public record MyApplication(long id, long campaignId, long positionId, String positionName, String fullName,
            LocalDate dateOfBirth, ApplicationForm.Sex sex, String ethnicity, String citizenId, String phone, String email,
            String address, ApplicationForm.EducationLevel educationLevel, String major,
            ApplicationForm.ForeignLanguage foreignLanguage, List<Claim> priorities, ApplicationForm.Exemption exemption, String exemptionReason,
            ClaimStatus exemptionStatus, ApplicationStatus status, String rejectionReason, String candidateNumber,
            String roomName, java.time.LocalDateTime submittedAt, String barNote) {

        /** Whether the citizen ID was found barred when the form was filed (the reviewers see {@link #barNote}). */
        public boolean barred() {
            return barNote != null;
        }
    }
}
