package vn.thituyen.results;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.CouncilService;
import vn.thituyen.campaign.LeadershipPosts;
import vn.thituyen.campaign.LeadershipPosts.PostInfo;
import vn.thituyen.campaign.PostState;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.Digests;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.Letterhead;
import vn.thituyen.common.Letterheads;
import vn.thituyen.common.Messages;
import vn.thituyen.grading.ProposalDefence;
import vn.thituyen.grading.WrittenMarkingService;
import vn.thituyen.identity.IdentityService;
import vn.thituyen.registration.CandidateInfo;
import vn.thituyen.registration.RegistrationService;
import vn.thituyen.results.domain.LeadershipPaper;
import vn.thituyen.results.domain.LeadershipPaper.Kind;
import vn.thituyen.results.domain.LeadershipPaperRepository;
import vn.thituyen.results.domain.LeadershipPdf;
import vn.thituyen.results.domain.LeadershipResultRule;
import vn.thituyen.results.domain.ResultEntry;
import vn.thituyen.results.domain.ResultEntryRepository;
import vn.thituyen.results.domain.ResultSet;
import vn.thituyen.results.domain.ResultSetRepository;
import vn.thituyen.results.domain.TieDecision;
import vn.thituyen.results.domain.TieDecisionRepository;

/**
 * The official papers of a leadership exam (docs/domain.md § Leadership exams, item "minutes and report"): per post
 * the council's minutes of part 1, the summary of the đề án ballots (every member's ballot, named or not as the
 * campaign says, the mean, the bands) and the minutes of the result; and the report of every post to the appointing
 * authority. Until the chair approves a version of the results they are drafts, made afresh from the records and
 * marked so on every page; the chair's approval freezes them (kept with their SHA-256, in the audit chain), and the
 * frozen paper is the one served from then on.
 */
@Service
public class LeadershipPapers {

    private final ResultSetRepository sets;
    private final ResultEntryRepository entries;
    private final TieDecisionRepository ties;
    private final LeadershipPaperRepository papers;
    private final CampaignService campaigns;
    private final CampaignAccess access;
    private final LeadershipPosts posts;
    private final CouncilService councils;
    private final WrittenMarkingService written;
    private final ProposalDefence proposals;
    private final RegistrationService registration;
    private final IdentityService identity;
    private final Letterheads letterheads;
    private final vn.thituyen.common.AuditCheckpoints checkpoints;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadershipPapers(ResultSetRepository sets, ResultEntryRepository entries, TieDecisionRepository ties,
            LeadershipPaperRepository papers, CampaignService campaigns, CampaignAccess access, LeadershipPosts posts,
            CouncilService councils, WrittenMarkingService written, ProposalDefence proposals,
            RegistrationService registration, IdentityService identity, Letterheads letterheads,
            vn.thituyen.common.AuditCheckpoints checkpoints, ApplicationEventPublisher events, Clock clock) {
        this.checkpoints = checkpoints;
        this.sets = sets;
        this.entries = entries;
        this.ties = ties;
        this.papers = papers;
        this.campaigns = campaigns;
        this.access = access;
        this.posts = posts;
        this.councils = councils;
        this.written = written;
        this.proposals = proposals;
        this.registration = registration;
        this.identity = identity;
        this.letterheads = letterheads;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A paper of the campaign as the screen lists it.
     * @param positionId  the post, or null for the report
     * @param postName    the post's name, or null for the report
     * @param missingKey  why it cannot be made yet (a message key), or null when it can
     * @param frozen      whether this is the copy frozen by the chair's approval (else a draft)
     */
    public record PaperInfo(Kind kind, Long positionId, String postName, String fileName, String missingKey,
            boolean frozen, String sha256, Instant frozenAt) {

        public boolean available() {
            return missingKey == null;
        }
    }

    /** A paper's bytes; {@code draft} while the chair has not approved the results it belongs to. */
    public record PaperFile(String fileName, byte[] bytes, boolean draft, String sha256) {
    }

    /** The campaign's papers: per post that went ahead its three, then the report. */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<PaperInfo> papers(long campaignId) {
        CampaignInfo campaign = leadershipCampaign(campaignId);
        Optional<ResultSet> approved = approvedLatest(campaignId);
        Map<String, LeadershipPaper> frozen = approved.map(s -> frozenOf(s.getId())).orElse(Map.of());
        boolean anyResults = sets.findTopByCampaignIdOrderByVersionDesc(campaignId).isPresent();
        List<PaperInfo> out = new ArrayList<>();
        for (PostInfo post : posts.posts(campaignId)) {
            if (post.state() != PostState.GO_AHEAD) {
                continue;
            }
            for (Kind kind : List.of(Kind.PART1_MINUTES, Kind.PART2_SUMMARY, Kind.RESULT_MINUTES)) {
                LeadershipPaper f = frozen.get(key(kind, post.positionId()));
                String missing = f != null ? null : missing(kind, post, anyResults);
                out.add(new PaperInfo(kind, post.positionId(), post.name(),
                        f != null ? f.getFileName() : fileName(campaign, kind, post), missing, f != null,
                        f == null ? null : f.getSha256(), f == null ? null : f.getFrozenAt()));
            }
        }
        LeadershipPaper report = frozen.get(key(Kind.REPORT, null));
        out.add(new PaperInfo(Kind.REPORT, null, null,
                report != null ? report.getFileName() : fileName(campaign, Kind.REPORT, null),
                report != null || anyResults ? null : "leadership.papers.missing.results", report != null,
                report == null ? null : report.getSha256(), report == null ? null : report.getFrozenAt()));
        return out;
    }

    /** One paper: the frozen copy once the chair has approved the results, else a draft made now. */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public PaperFile paper(long campaignId, Kind kind, Long positionId) {
        CampaignInfo campaign = leadershipCampaign(campaignId);
        if (kind.perPost() != (positionId != null)) {
            throw new DomainException("error.notFound");
        }
        PostInfo post = positionId == null ? null : posts.posts(campaignId).stream()
                .filter(p -> p.positionId() == positionId && p.state() == PostState.GO_AHEAD).findFirst()
                .orElseThrow(() -> new DomainException("error.notFound"));
        Optional<LeadershipPaper> f = approvedLatest(campaignId)
                .map(s -> frozenOf(s.getId()).get(key(kind, positionId)));
        if (f.isPresent()) {
            return new PaperFile(f.get().getFileName(), f.get().getData(), false, f.get().getSha256());
        }
        boolean anyResults = sets.findTopByCampaignIdOrderByVersionDesc(campaignId).isPresent();
        String missing = post == null ? (anyResults ? null : "leadership.papers.missing.results")
                : missing(kind, post, anyResults);
        if (missing != null) {
            throw new DomainException(missing);
        }
        byte[] bytes = render(campaign, kind, post, sets.findTopByCampaignIdOrderByVersionDesc(campaignId)
                .orElse(null), LocalDate.now(clock), Messages.vi("leadership.papers.draftFooter"));
        return new PaperFile(fileName(campaign, kind, post), bytes, true, Digests.sha256(bytes));
    }

    /**
     * Freezes every paper of an approved version of a leadership exam's results: called inside the chair's
     * approval, so the papers and the approval are kept together or not at all. Each one in the audit chain.
     */
    void freeze(ResultSet set, String actor) {
        CampaignInfo campaign = campaigns.campaign(set.getCampaignId());
        LocalDate date = LocalDate.ofInstant(set.getApprovedAt(), ClockConfiguration.ZONE);
        // the audit chain's signed checkpoint as at the approval: the audit page verifies a copy later
        String footer = Messages.vi("leadership.papers.frozenFooter", set.getVersion(), date.getDayOfMonth(),
                date.getMonthValue(), String.valueOf(date.getYear())) + " · "
                + Messages.vi("pdf.auditCheckpoint", checkpoints.checkpointText());
        List<PostInfo> held = posts.posts(campaign.id()).stream().filter(p -> p.state() == PostState.GO_AHEAD)
                .toList();
        for (PostInfo post : held) {
            for (Kind kind : List.of(Kind.PART1_MINUTES, Kind.PART2_SUMMARY, Kind.RESULT_MINUTES)) {
                keep(campaign, set, kind, post, render(campaign, kind, post, set, date, footer), actor);
            }
        }
        keep(campaign, set, Kind.REPORT, null, render(campaign, Kind.REPORT, null, set, date, footer), actor);
    }

    private void keep(CampaignInfo campaign, ResultSet set, Kind kind, PostInfo post, byte[] bytes, String actor) {
        Long positionId = post == null ? null : post.positionId();
        String sha = papers.save(new LeadershipPaper(campaign.id(), set.getId(), kind, positionId,
                fileName(campaign, kind, post), bytes, actor, clock.instant())).getSha256();
        events.publishEvent(new ResultsEvents.LeadershipPaperFrozen(campaign.id(), set.getId(), kind.name(),
                positionId, sha, actor));
    }

    // ---------------------------------------------------------------- what can be made yet

    private String missing(Kind kind, PostInfo post, boolean anyResults) {
        return switch (kind) {
            case PART1_MINUTES -> written.keyOpen(post.positionId(), 1) ? null : "leadership.papers.missing.part1";
            case PART2_SUMMARY -> proposals.ballotsClosed(post.positionId()) ? null
                    : "leadership.papers.missing.part2";
            case RESULT_MINUTES, REPORT -> anyResults ? null : "leadership.papers.missing.results";
        };
    }

    // ---------------------------------------------------------------- rendering

    private byte[] render(CampaignInfo campaign, Kind kind, PostInfo post, ResultSet set, LocalDate date,
            String footer) {
        Letterhead head = letterheads.forAuthority(campaign.authority());
        LeadershipResultRule.Settings settings = ResultsService.leadershipSettings(posts.settings(campaign.id()));
        List<CouncilService.CouncilSeat> seats = councils.councilSeats(campaign.id());
        String chair = name(seats, vn.thituyen.campaign.CouncilRole.CHAIR);
        String secretary = name(seats, vn.thituyen.campaign.CouncilRole.SECRETARY);
        return switch (kind) {
            case PART1_MINUTES -> LeadershipPdf.part1Minutes(new LeadershipPdf.Part1Minutes(head, null, date,
                    campaign.name(), pdfPost(post), settings, writtenMarks(campaign.id(), post), chair, secretary),
                    footer);
            case PART2_SUMMARY -> LeadershipPdf.part2Summary(part2Summary(campaign, post, head, date, chair,
                    secretary), footer);
            case RESULT_MINUTES -> LeadershipPdf.resultMinutes(new LeadershipPdf.ResultMinutes(head, null, date,
                    campaign.name(), pdfPost(post), settings, postEntries(set, post, settings),
                    postOutcome(set, post, settings), seats.stream().map(s -> new LeadershipPdf.Member(s.fullName(),
                            LeadershipPdf.CouncilRole.valueOf(s.role().name()))).toList()), footer);
            case REPORT -> LeadershipPdf.report(report(campaign, set, head, date, settings, chair), footer);
        };
    }

    private List<LeadershipPdf.WrittenMark> writtenMarks(long campaignId, PostInfo post) {
        Map<Long, WrittenMarkingService.MarkedScript> scripts = written.markedScripts(post.positionId(), 1).stream()
                .collect(Collectors.toMap(WrittenMarkingService.MarkedScript::applicationId, Function.identity()));
        List<LeadershipPdf.WrittenMark> out = new ArrayList<>();
        for (CandidateInfo c : candidatesOf(campaignId, post)) {
            WrittenMarkingService.MarkedScript s = scripts.get(c.applicationId());
            out.add(s == null ? new LeadershipPdf.WrittenMark(c.candidateNumber(), c.fullName(), null, null, null, true)
                    : new LeadershipPdf.WrittenMark(c.candidateNumber(), c.fullName(), s.firstMarker(),
                            s.secondMarker(), s.mark(), false));
        }
        return out;
    }

    private LeadershipPdf.Part2Summary part2Summary(CampaignInfo campaign, PostInfo post, Letterhead head,
            LocalDate date, String chair, String secretary) {
        ProposalDefence.BallotSummary b = proposals.ballotSummary(post.positionId());
        List<LeadershipPdf.Ballots> rows = b.rows().stream().map(r -> new LeadershipPdf.Ballots(r.fullName(),
                r.totals(), r.spread(), switch (r.band()) {
                    case MEAN -> LeadershipPdf.Band.MEAN;
                    case HEAD_DECIDED -> LeadershipPdf.Band.BOARD_HEAD_DECIDED;
                    case CHAIR_DECIDED -> LeadershipPdf.Band.CHAIR_DECIDED;
                }, r.score(), r.reason(), r.confidenceCast() == null ? null
                        : new LeadershipPdf.Confidence(r.confidenceAgree(), r.confidenceCast(),
                                r.confidencePercent()))).toList();
        return new LeadershipPdf.Part2Summary(head, date, campaign.name(), pdfPost(post), b.criteria().stream()
                .map(c -> new LeadershipPdf.Criterion(c.name(), BigDecimal.valueOf(c.weight()))).toList(),
                b.members(), b.named(), b.meanUpTo(), b.chairFrom(), rows, chair, secretary);
    }

    private LeadershipPdf.Report report(CampaignInfo campaign, ResultSet set, Letterhead head, LocalDate date,
            LeadershipResultRule.Settings settings, String chair) {
        List<LeadershipPdf.ReportPost> out = new ArrayList<>();
        LinkedHashSet<String> authorities = new LinkedHashSet<>();
        for (PostInfo post : posts.posts(campaign.id())) {
            if (post.state() == PostState.GO_AHEAD) {
                authorities.add(post.appointingAuthority());
                out.add(LeadershipPdf.ReportPost.held(pdfPost(post), postEntries(set, post, settings),
                        postOutcome(set, post, settings)));
            } else if (post.state() == PostState.WITHDRAWN) {
                authorities.add(post.appointingAuthority());
                String reason = posts.decisions(post.positionId()).stream()
                        .filter(d -> d.decision() == PostState.WITHDRAWN).reduce((a, b) -> b)
                        .map(LeadershipPosts.DecisionInfo::reason).orElse("");
                out.add(LeadershipPdf.ReportPost.withdrawn(pdfPost(post), reason));
            }
        }
        return new LeadershipPdf.Report(head, null, date, campaign.name(), String.join(", ", authorities), settings,
                out, chair);
    }

    /** The post's lines of the result set, as the rule gives them from the parts' scores kept in it. */
    private List<LeadershipPdf.Entry> postEntries(ResultSet set, PostInfo post, LeadershipResultRule.Settings s) {
        return ofPost(set, post).stream().map(e -> {
            LeadershipResultRule.Line line = LeadershipResultRule.line(candidate(e), s);
            return new LeadershipPdf.Entry(e.getApplicationId(), e.getFullName(), e.getPart1Score(),
                    e.getRound2Score(), line.standing(), line.finalScore());
        }).toList();
    }

    private LeadershipPdf.Outcome postOutcome(ResultSet set, PostInfo post, LeadershipResultRule.Settings s) {
        Optional<TieDecision> choice = ties.findByResultSetId(set.getId()).stream()
                .filter(d -> d.getPositionId() == post.positionId()).findFirst();
        LeadershipResultRule.Result result = LeadershipResultRule.decide(ofPost(set, post).stream()
                .map(LeadershipPapers::candidate).toList(), s, choice.map(TieDecision::getApplicationId).orElse(null));
        return LeadershipPdf.Outcome.of(result, choice.map(d -> new LeadershipPdf.CouncilDecision(
                identity.findByUsername(d.getDecidedBy()).map(IdentityService.AccountSummary::fullName)
                        .orElse(d.getDecidedBy()), d.getReason())).orElse(null));
    }

    private List<ResultEntry> ofPost(ResultSet set, PostInfo post) {
        return entries.findByResultSetIdOrderByPositionNameAscRankAscCandidateNumberAsc(set.getId()).stream()
                .filter(e -> e.getPositionId() == post.positionId()).toList();
    }

    private static LeadershipResultRule.Candidate candidate(ResultEntry e) {
        return new LeadershipResultRule.Candidate(e.getApplicationId(), e.getPart1Score(), e.getRound2Score());
    }

    private List<CandidateInfo> candidatesOf(long campaignId, PostInfo post) {
        return registration.eligibleCandidates(campaignId).stream().filter(c -> c.positionId() == post.positionId())
                .sorted(java.util.Comparator.comparing(c -> c.candidateNumber() == null ? "" : c.candidateNumber()))
                .toList();
    }

    private static LeadershipPdf.Post pdfPost(PostInfo post) {
        return new LeadershipPdf.Post(Messages.vi("leadership.title." + post.title()), post.division(), post.agency());
    }

    private static String name(List<CouncilService.CouncilSeat> seats, vn.thituyen.campaign.CouncilRole role) {
        return seats.stream().filter(s -> s.role() == role).map(CouncilService.CouncilSeat::fullName).findFirst()
                .orElse("");
    }

    // ---------------------------------------------------------------- helpers

    private CampaignInfo leadershipCampaign(long campaignId) {
        access.require(campaignId);
        CampaignInfo c = campaigns.campaign(campaignId);
        if (!c.kind().leadership()) {
            throw new DomainException("error.leadership.notLeadership");
        }
        return c;
    }

    /** The latest version when the chair has approved it (approved or published), else empty. */
    private Optional<ResultSet> approvedLatest(long campaignId) {
        return sets.findTopByCampaignIdOrderByVersionDesc(campaignId)
                .filter(s -> s.getStatus() == ResultSet.Status.APPROVED || s.getStatus() == ResultSet.Status.PUBLISHED);
    }

    private Map<String, LeadershipPaper> frozenOf(long resultSetId) {
        Map<String, LeadershipPaper> out = new LinkedHashMap<>();
        papers.findByResultSetIdOrderById(resultSetId).forEach(p -> out.put(key(p.getKind(), p.getPositionId()), p));
        return out;
    }

    private static String key(Kind kind, Long positionId) {
        return kind + ":" + positionId;
    }

    private static String fileName(CampaignInfo campaign, Kind kind, PostInfo post) {
        String stem = switch (kind) {
            case PART1_MINUTES -> "bien-ban-phan-1";
            case PART2_SUMMARY -> "tong-hop-phieu-de-an";
            case RESULT_MINUTES -> "bien-ban-ket-qua";
            case REPORT -> "bao-cao-ket-qua";
        };
        String code = post == null ? campaign.code() : post.code();
        return stem + "-" + code.replaceAll("[^A-Za-z0-9-]", "-") + ".pdf";
    }
}
