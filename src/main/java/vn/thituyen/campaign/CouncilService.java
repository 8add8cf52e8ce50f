package vn.thituyen.campaign;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
    private final RelativeDeclarationRepository relatives;
    private final Optional<CampaignCandidates> candidates;
    private final IdentityService identity;
    private final CampaignService campaigns;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CouncilService(CouncilMemberRepository members, RelativeDeclarationRepository relatives,
            Optional<CampaignCandidates> candidates, IdentityService identity, CampaignService campaigns,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.members = members;
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
        return candidates.map(c -> c.byCitizenId(campaignId)).orElse(Map.of());
    }
}
