package vn.thituyen.campaign;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.domain.BoardSeatRepository;
import vn.thituyen.campaign.domain.CouncilMember;
import vn.thituyen.campaign.domain.CouncilMemberRepository;
import vn.thituyen.common.DomainException;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.Principal;
import vn.thituyen.identity.Role;

/**
 * Which campaigns the person acting may work on. Administrators (Home Affairs) reach every campaign; any other
 * staff member only the campaigns where they hold a council seat or sit on a board: an invigilator of campaign A
 * sees nothing of campaign B. Candidates and examinees are never staff here (their own services confine them to
 * their own application or attempt). Services call {@link #require} before every staff action on a campaign, so
 * no screen can reach another campaign.
 *
 * <p>A staff principal without an account id only exists in process (demo loader and tests acting as "system");
 * every sign-in carries the account's id.
 */
@Component
public class CampaignAccess {

    private final CouncilMemberRepository council;
    private final BoardSeatRepository boards;
    private final CurrentUser currentUser;

    CampaignAccess(CouncilMemberRepository council, BoardSeatRepository boards, CurrentUser currentUser) {
        this.council = council;
        this.boards = boards;
        this.currentUser = currentUser;
    }

    /** Whether the acting person reaches every campaign. */
    public boolean global() {
        if (currentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        Principal p = currentUser.get().orElse(null);
        return p != null && p.userId() == null && staff(p.role());
    }

    @Transactional(readOnly = true)
    public boolean mayWorkOn(long campaignId) {
        if (global()) {
            return true;
        }
        Principal p = currentUser.get().orElse(null);
        if (p == null || p.userId() == null || !staff(p.role())) {
            return false;
        }
        return boards.existsByCampaignIdAndUserId(campaignId, p.userId())
                || council.existsByCampaignIdAndUserId(campaignId, p.userId());
    }

    /** Refuses, with a plain message, a staff action on a campaign the person acting has no seat in. */
    public void require(long campaignId) {
        if (!mayWorkOn(campaignId)) {
            throw new DomainException("error.campaign.notMember");
        }
    }

    /**
     * Refuses work that belongs to particular seats ({@link Duty}, {@link vn.thituyen.campaign.domain.DutyRule})
     * when the person acting does not hold one in this campaign; administrators and in-process work pass.
     */
    @Transactional(readOnly = true)
    public void requireDuty(long campaignId, Duty duty) {
        require(campaignId);
        if (global()) {
            return;
        }
        long userId = currentUser.require().userId();
        java.util.List<CouncilRole> seats = council.findByCampaignIdOrderByRoleAscIdAsc(campaignId).stream()
                .filter(m -> m.getUserId() == userId).map(CouncilMember::getRole).toList();
        java.util.List<BoardKind> sat = boards.findByCampaignIdOrderByBoardAscHeadDescIdAsc(campaignId).stream()
                .filter(b -> b.getUserId() == userId).map(vn.thituyen.campaign.domain.BoardSeat::getBoard).toList();
        if (!vn.thituyen.campaign.domain.DutyRule.allows(duty, seats, sat)) {
            throw new DomainException("error.campaign.notYourDuty",
                    new vn.thituyen.common.Messages.Key("duty." + duty));
        }
    }

    /** The campaigns of a non-global staff member (council seats and boards). */
    @Transactional(readOnly = true)
    public Set<Long> seatedIn() {
        Long userId = currentUser.get().map(Principal::userId).orElse(null);
        if (userId == null) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>(boards.campaignIdsOf(userId));
        council.findByUserId(userId).stream().map(CouncilMember::getCampaignId).forEach(ids::add);
        return ids;
    }

    private static boolean staff(Role role) {
        return role != null && role != Role.CANDIDATE && role != Role.EXAMINEE;
    }
}
