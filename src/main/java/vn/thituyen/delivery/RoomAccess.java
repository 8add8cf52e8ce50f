package vn.thituyen.delivery;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.common.DomainException;
import vn.thituyen.delivery.domain.AttemptRepository;
import vn.thituyen.delivery.domain.RoomInvigilator;
import vn.thituyen.delivery.domain.RoomInvigilatorRepository;
import vn.thituyen.delivery.domain.SittingRepository;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.Principal;
import vn.thituyen.identity.Role;
import vn.thituyen.registration.RegistrationService;

/**
 * Which rooms the person acting may run: the council's secretary, chair and administrators reach every room of
 * a campaign they work on ({@link CampaignAccess}: a seat on its council or one of its boards); an invigilator only
 * the rooms they are assigned to (their roster holds one-time passwords; only members of the campaign's invigilation
 * board are assigned), and only while they still hold a seat in that campaign. The services call it before every
 * room action, so no screen or API can reach another room or another campaign.
 */
@Component
class RoomAccess {

    private final RoomInvigilatorRepository assignments;
    private final SittingRepository sittings;
    private final AttemptRepository attempts;
    private final CurrentUser currentUser;
    private final CampaignAccess campaignAccess;
    private final RegistrationService registration;

    RoomAccess(RoomInvigilatorRepository assignments, SittingRepository sittings, AttemptRepository attempts,
            CurrentUser currentUser, CampaignAccess campaignAccess, RegistrationService registration) {
        this.campaignAccess = campaignAccess;
        this.registration = registration;
        this.assignments = assignments;
        this.sittings = sittings;
        this.attempts = attempts;
        this.currentUser = currentUser;
    }

    /** Whether the acting person reaches every room (not only assigned ones). */
    boolean reachesEveryRoom() {
        return currentUser.hasRole(Role.SECRETARY) || currentUser.hasRole(Role.CHAIR)
                || currentUser.hasRole(Role.ADMIN);
    }

    /** The rooms assigned to the acting invigilator. */
    Set<Long> assignedRooms() {
        Long userId = currentUser.get().map(Principal::userId).orElse(null);
        if (userId == null) {
            return Set.of();
        }
        return assignments.findByUserId(userId).stream().map(RoomInvigilator::getRoomId).collect(Collectors.toSet());
    }

    void requireCampaign(long campaignId) {
        campaignAccess.require(campaignId);
    }

    void requireDuty(long campaignId, vn.thituyen.campaign.Duty duty) {
        campaignAccess.requireDuty(campaignId, duty);
    }

    void requireRoom(long roomId) {
        campaignAccess.require(registration.room(roomId).campaignId());
        if (reachesEveryRoom()) {
            return;
        }
        Long userId = currentUser.get().map(Principal::userId).orElse(null);
        if (userId == null || !assignments.existsByRoomIdAndUserId(roomId, userId)) {
            throw new DomainException("error.room.notAssigned");
        }
    }

    void requireSitting(long sittingId) {
        requireRoom(sittings.findById(sittingId).orElseThrow(() -> new DomainException("error.notFound")).getRoomId());
    }

    void requireAttempt(long attemptId) {
        requireSitting(attempts.findById(attemptId).orElseThrow(() -> new DomainException("error.notFound"))
                .getSittingId());
    }
}
