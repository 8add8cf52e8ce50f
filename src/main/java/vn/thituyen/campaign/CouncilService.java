package vn.thituyen.campaign;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.domain.BoardRule;
import vn.thituyen.campaign.domain.BoardSeatRepository;
import vn.thituyen.campaign.domain.CouncilMember;
import vn.thituyen.campaign.domain.CouncilMemberRepository;
import vn.thituyen.campaign.domain.CouncilRule;
import vn.thituyen.campaign.domain.RelativeDeclaration;
import vn.thituyen.campaign.domain.RelativeDeclarationRepository;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.FreeText;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.IdentityService;

/**
 * A campaign's recruitment council and the relatives its members declare among the candidates. A member whose
 * relative is a candidate cannot be seated, and a seated member is flagged as soon as such a relative is declared
 * or applies; the reason names the relative and the relationship.
 */
@Service
public class CouncilService {

    private final CouncilMemberRepository members;
    private final BoardSeatRepository boardSeats;
    private final CampaignAccess access;
    private final RelativeDeclarationRepository relatives;
    private final Optional<CampaignCandidates> candidates;
    private final IdentityService identity;
    private final CampaignService campaigns;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CouncilService(CouncilMemberRepository members, BoardSeatRepository boardSeats, CampaignAccess access,
            RelativeDeclarationRepository relatives, Optional<CampaignCandidates> candidates, IdentityService identity,
            CampaignService campaigns, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.boardSeats = boardSeats;
        this.access = access;
        this.relatives = relatives;
        this.candidates = candidates;
        this.identity = identity;
        this.campaigns = campaigns;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A seat as shown: who, which seat, and the candidates who are their relatives (empty = no conflict). */
    public record Seat(long id, long userId, String username, String fullName, CouncilRole role,
            List<CouncilRule.Relative> conflicts) {
    }

    public record Council(List<Seat> seats, List<String> gaps) {
    }

    @Secured({"ROLE_ADMIN", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public Council council(long campaignId) {
        access.require(campaignId);
        Map<String, String> candidateIds = candidateIds(campaignId);
        List<Seat> seats = members.findByCampaignIdOrderByRoleAscIdAsc(campaignId).stream().map(m -> {
            IdentityService.AccountSummary a = identity.account(m.getUserId());
            return new Seat(m.getId(), m.getUserId(), a.username(), a.fullName(), m.getRole(),
                    CouncilRule.conflicts(declared(campaignId, m.getUserId()), candidateIds));
        }).toList();
        return new Council(seats, CouncilRule.gaps(seats.stream().map(Seat::role).toList()));
    }

    /** The council chair's full name, printed under the signature of the official documents; public. */
    @Transactional(readOnly = true)
    public Optional<String> chairName(long campaignId) {
        return members.findByCampaignIdOrderByRoleAscIdAsc(campaignId).stream()
                .filter(m -> m.getRole() == CouncilRole.CHAIR).findFirst()
                .map(m -> identity.account(m.getUserId()).fullName());
    }

    /** Seats a staff member; refused when the seat is taken or a declared relative is a candidate. */
    @Secured("ROLE_ADMIN")
    @Transactional
    public void seat(long campaignId, long userId, CouncilRole role) {
        campaigns.requireResultsOpen(campaignId);
        if (role == null) {
            throw new FieldErrors(Map.of("role", "validation.required"));
        }
        List<CouncilMember> seated = members.findByCampaignIdOrderByRoleAscIdAsc(campaignId);
        if (seated.stream().anyMatch(m -> m.getUserId() == userId)) {
            throw new FieldErrors(Map.of("member", "error.council.alreadySeated"));
        }
        if (CouncilRule.seatTaken(seated.stream().map(CouncilMember::getRole).toList(), role)) {
            throw new FieldErrors(Map.of("role", "error.council.seatTaken"));
        }
        List<CouncilRule.Relative> conflicts = CouncilRule.conflicts(declared(campaignId, userId),
                candidateIds(campaignId));
        if (!conflicts.isEmpty()) {
            CouncilRule.Relative r = conflicts.get(0);
            throw new DomainException("error.council.relative", identity.account(userId).fullName(), r.fullName(),
                    new vn.thituyen.common.Messages.Key("relation." + r.relation()));
        }
        members.save(new CouncilMember(campaignId, userId, role, currentUser.username(), clock.instant()));
        events.publishEvent(new CampaignEvents.CouncilMemberSeated(campaignId, identity.account(userId).username(),
                role.name(), currentUser.username()));
    }

    @Secured("ROLE_ADMIN")
    @Transactional
    public void unseat(long campaignId, long seatId) {
        campaigns.requireResultsOpen(campaignId);
        CouncilMember m = members.findById(seatId).filter(x -> x.getCampaignId() == campaignId)
                .orElseThrow(() -> new DomainException("error.notFound"));
        members.delete(m);
        events.publishEvent(new CampaignEvents.CouncilMemberUnseated(campaignId,
                identity.account(m.getUserId()).username(), m.getRole().name(), currentUser.username()));
    }

    /** A relative a staff member declares for this campaign (or the secretary records from their declaration). */
    @Secured({"ROLE_ADMIN", "ROLE_SECRETARY"})
    @Transactional
    public void declareRelative(long campaignId, long userId, String citizenId, String fullName, Relation relation) {
        access.require(campaignId);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        String id = citizenId == null ? "" : citizenId.strip();
        if (!id.matches("\\d{12}")) {
            errors.put("citizenId", "validation.citizenId");
        }
        String nameKey = FreeText.check(fullName, 100);
        if (nameKey != null) {
            errors.put("fullName", nameKey);
        }
        if (relation == null) {
            errors.put("relation", "validation.required");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        relatives.save(new RelativeDeclaration(campaignId, userId, id, fullName.strip(), relation,
                currentUser.username(), clock.instant()));
        events.publishEvent(new CampaignEvents.RelativeDeclared(campaignId, identity.account(userId).username(),
                relation.name(), currentUser.username()));
    }

    private List<CouncilRule.Relative> declared(long campaignId, long userId) {
        return relatives.findByCampaignIdAndUserId(campaignId, userId).stream().map(RelativeDeclaration::toRelative)
                .toList();
    }

    private Map<String, String> candidateIds(long campaignId) {
        return candidateIds(campaignId, c -> true);
    }

    private Map<String, String> candidateIds(long campaignId,
            java.util.function.Predicate<CampaignCandidates.Candidate> filter) {
        return candidates.map(c -> c.byCitizenId(campaignId, filter)).orElse(Map.of());
    }

    // ------------------------------------------------------------------ boards

    /** A board seat as shown: the board, who, the position served (null = all), head, and barring relatives. */
    public record BoardMember(long id, BoardKind board, long userId, String username, String fullName,
            Long positionId, String positionCode, boolean head, List<CouncilRule.Relative> conflicts) {
    }

    /** Every board of the campaign, board by board, heads first. */
    @Secured({"ROLE_ADMIN", "ROLE_SECRETARY", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public List<BoardMember> boards(long campaignId) {
        access.require(campaignId);
        Map<Long, String> codes = new java.util.HashMap<>();
        campaigns.positions(campaignId).forEach(p -> codes.put(p.id(), p.code()));
        // the candidates are read once for the whole screen, not once per seat
        List<CampaignCandidates.Candidate> all = candidates.map(c -> c.candidates(campaignId)).orElse(List.of());
        return boardSeats.findByCampaignIdOrderByBoardAscHeadDescIdAsc(campaignId).stream().map(b -> {
            IdentityService.AccountSummary a = identity.account(b.getUserId());
            java.util.Set<String> touched = all.stream().filter(c -> BoardRule.touches(b.toSeat(), c.positionId()))
                    .map(CampaignCandidates.Candidate::citizenId).collect(java.util.stream.Collectors.toSet());
            return new BoardMember(b.getId(), b.getBoard(), b.getUserId(), a.username(), a.fullName(),
                    b.getPositionId(), b.getPositionId() == null ? null : codes.get(b.getPositionId()), b.isHead(),
                    CouncilRule.conflicts(declared(campaignId, b.getUserId()), touched));
        }).toList();
    }

    /**
     * Puts a staff member on one of the campaign's boards, for every position or (interview board) one position.
     * Refused, saying why, when their account cannot do the board's work, the board already has that member or a
     * head, a marker would review appeals, or a declared relative is among the candidates the board touches.
     */
    @Secured("ROLE_ADMIN")
    @Transactional
    public void seatOnBoard(long campaignId, BoardKind board, long userId, Long positionId, boolean head) {
        access.require(campaignId);
        campaigns.requireResultsOpen(campaignId);
        if (board == null) {
            throw new FieldErrors(Map.of("board", "validation.required"));
        }
        if (positionId != null && campaigns.positions(campaignId).stream().noneMatch(p -> p.id() == positionId)) {
            throw new FieldErrors(Map.of("position", "validation.position"));
        }
        IdentityService.AccountSummary account = identity.account(userId);
        if (!account.enabled() || !BoardRule.accepts(board, account.role())) {
            throw new FieldErrors(Map.of("member", "error.board.wrongRole"));
        }
        BoardRule.Seat wanted = new BoardRule.Seat(board, userId, positionId, head);
        String refusal = BoardRule.refusal(boardSeats.findByCampaignIdOrderByBoardAscHeadDescIdAsc(campaignId)
                .stream().map(vn.thituyen.campaign.domain.BoardSeat::toSeat).toList(), wanted);
        if (refusal != null) {
            throw new FieldErrors(Map.of(refusal.equals("error.board.headExists") ? "head" : "member", refusal));
        }
        List<CouncilRule.Relative> conflicts = CouncilRule.conflicts(declared(campaignId, userId),
                candidateIds(campaignId, c -> BoardRule.touches(wanted, c.positionId())));
        if (!conflicts.isEmpty()) {
            CouncilRule.Relative r = conflicts.get(0);
            throw new DomainException("error.board.relative", account.fullName(),
                    new vn.thituyen.common.Messages.Key("board." + board), r.fullName(),
                    new vn.thituyen.common.Messages.Key("relation." + r.relation()));
        }
        boardSeats.save(new vn.thituyen.campaign.domain.BoardSeat(campaignId, board, userId, positionId, head,
                currentUser.username(), clock.instant()));
        events.publishEvent(new CampaignEvents.BoardMemberAdded(campaignId, board.name(), account.username(),
                positionId, head, currentUser.username()));
    }

    @Secured("ROLE_ADMIN")
    @Transactional
    public void leaveBoard(long campaignId, long seatId) {
        access.require(campaignId);
        campaigns.requireResultsOpen(campaignId);
        vn.thituyen.campaign.domain.BoardSeat seat = boardSeats.findById(seatId)
                .filter(x -> x.getCampaignId() == campaignId).orElseThrow(() -> new DomainException("error.notFound"));
        boardSeats.delete(seat);
        events.publishEvent(new CampaignEvents.BoardMemberRemoved(campaignId, seat.getBoard().name(),
                identity.account(seat.getUserId()).username(), currentUser.username()));
    }

    /** One board of a campaign (other modules' view: the interview board for grading, the invigilators). */
    @Transactional(readOnly = true)
    public Board board(long campaignId, BoardKind board) {
        return new Board(boardSeats.findByCampaignIdAndBoardOrderByHeadDescIdAsc(campaignId, board).stream()
                .map(vn.thituyen.campaign.domain.BoardSeat::toSeat).toList());
    }

    /** The seats of one board, read by other modules through the rule ({@link BoardRule}). */
    public static final class Board {

        private final List<BoardRule.Seat> seats;

        Board(List<BoardRule.Seat> seats) {
            this.seats = seats;
        }

        /** Every member, each once, heads first. */
        public List<Long> members() {
            return seats.stream().map(BoardRule.Seat::userId).distinct().toList();
        }

        /** Who marks a candidate of the position: the seats serving it, each person once. */
        public List<Long> membersFor(long positionId) {
            return BoardRule.membersFor(seats, positionId);
        }

        /** The head for candidates of the position. */
        public Optional<Long> headFor(long positionId) {
            return BoardRule.headFor(seats, positionId);
        }

        public boolean isMember(long userId) {
            return seats.stream().anyMatch(x -> x.userId() == userId);
        }

        public boolean isHeadOfAny(long userId) {
            return seats.stream().anyMatch(x -> x.userId() == userId && x.head());
        }
    }

    /** A declared relative who is a candidate, as other modules name them in a refusal. */
    public record RelativeCandidate(String fullName, Relation relation) {
    }

    /** Whether a person sits on a board of the campaign (any position). */
    @Transactional(readOnly = true)
    public boolean sitsOn(long campaignId, BoardKind board, long userId) {
        return boardSeats.existsByCampaignIdAndBoardAndUserId(campaignId, board, userId);
    }

    /**
     * The person's declared relatives among the campaign's candidates that pass {@code filter} (e.g. the candidates
     * of one room): each one bars them from that assignment.
     */
    @Transactional(readOnly = true)
    public List<RelativeCandidate> relativesAmong(long campaignId, long userId,
            java.util.function.Predicate<CampaignCandidates.Candidate> filter) {
        List<CouncilRule.Relative> declared = declared(campaignId, userId);
        if (declared.isEmpty()) {
            return List.of();   // nothing declared: no need to read the candidates (a room check runs per room)
        }
        return CouncilRule.conflicts(declared, candidateIds(campaignId, filter)).stream()
                .map(r -> new RelativeCandidate(r.fullName(), r.relation())).toList();
    }

    /**
     * The applications whose candidate is a declared relative of the person: none of them may be dealt to the
     * person to mark (blind marking checks the sealed key on the server and never shows whose script it is).
     */
    @Transactional(readOnly = true)
    public java.util.Set<Long> relativeApplications(long campaignId, long userId) {
        java.util.Set<String> declared = declared(campaignId, userId).stream().filter(r -> r.relation() != null)
                .map(CouncilRule.Relative::citizenId).collect(java.util.stream.Collectors.toSet());
        if (declared.isEmpty()) {
            return java.util.Set.of();
        }
        return candidates.map(c -> c.candidates(campaignId)).orElse(List.of()).stream()
                .filter(c -> declared.contains(c.citizenId())).map(CampaignCandidates.Candidate::applicationId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** A council seat as other modules read it: who sits (account id, full name) and in which seat. */
    public record CouncilSeat(long userId, String fullName, CouncilRole role) {
    }

    /**
     * The council's seats, chair first (other modules' view, e.g. who casts a ballot on a đề án); the caller checks
     * its own person. Unlike {@link #council(long)}, no relatives are read.
     */
    @Transactional(readOnly = true)
    public List<CouncilSeat> councilSeats(long campaignId) {
        return members.findByCampaignIdOrderByRoleAscIdAsc(campaignId).stream()
                .map(m -> new CouncilSeat(m.getUserId(), identity.account(m.getUserId()).fullName(), m.getRole()))
                .toList();
    }

    /** Whether the person holds the council's chair seat in the campaign. */
    @Transactional(readOnly = true)
    public boolean isChair(long campaignId, long userId) {
        return members.findByCampaignIdOrderByRoleAscIdAsc(campaignId).stream()
                .anyMatch(m -> m.getUserId() == userId && m.getRole() == CouncilRole.CHAIR);
    }
}
