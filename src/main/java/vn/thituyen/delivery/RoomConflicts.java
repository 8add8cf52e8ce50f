package vn.thituyen.delivery;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.thituyen.campaign.CouncilService;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.Messages;
import vn.thituyen.delivery.domain.RoomInvigilator;
import vn.thituyen.delivery.domain.RoomInvigilatorRepository;
import vn.thituyen.identity.IdentityService;
import vn.thituyen.registration.RegistrationService.RoomInfo;

/**
 * Nobody invigilates a room where a declared relative sits (ND 138/2020/NĐ-CP Art. 7): checked when an invigilator
 * is assigned and again when the room's sitting is prepared (rooms may be staffed before the eligible list fills
 * them, or a correction may seat a relative later).
 */
@Component
class RoomConflicts {

    private final CouncilService councils;
    private final RoomInvigilatorRepository assignments;
    private final IdentityService identity;

    RoomConflicts(CouncilService councils, RoomInvigilatorRepository assignments, IdentityService identity) {
        this.councils = councils;
        this.assignments = assignments;
        this.identity = identity;
    }

    /** Refuses, naming the invigilator, the room and the relative, when {@code userId} has a relative in the room. */
    void requireNoRelative(RoomInfo room, long userId) {
        List<CouncilService.RelativeCandidate> relatives = councils.relativesAmong(room.campaignId(), userId,
                c -> c.roomId() != null && c.roomId() == room.id());
        if (!relatives.isEmpty()) {
            CouncilService.RelativeCandidate r = relatives.get(0);
            throw new DomainException("error.room.relative", identity.account(userId).fullName(), room.name(),
                    r.fullName(), new Messages.Key("relation." + r.relation()));
        }
    }

    /** The same check for every invigilator assigned to the room. */
    void requireNoRelativeOfAnyInvigilator(RoomInfo room) {
        for (RoomInvigilator a : assignments.findByRoomIdOrderByAssignedAt(room.id())) {
            requireNoRelative(room, a.getUserId());
        }
    }
}
