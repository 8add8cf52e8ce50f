package vn.thituyen.delivery;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.thituyen.campaign.CampaignRules;
import vn.thituyen.campaign.CouncilService;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.Messages;
import vn.thituyen.delivery.domain.RoomInvigilator;
import vn.thituyen.delivery.domain.RoomInvigilatorRepository;
import vn.thituyen.delivery.domain.RoomStaffingRule;
import vn.thituyen.identity.IdentityService;
import vn.thituyen.registration.RegistrationService.RoomInfo;

/**
 * Who invigilates a room. Nobody invigilates a room where a declared relative sits (ND 138/2020/NĐ-CP Art. 7):
 * checked when an invigilator is assigned and again when the room's sitting is prepared (rooms may be staffed before
 * the eligible list fills them, or a correction may seat a relative later). A sitting opens only with the
 * invigilators the campaign's rule set asks for ({@link RoomStaffingRule}).
 */
@Component
class RoomStaffing {

    private final CouncilService councils;
    private final RoomInvigilatorRepository assignments;
    private final IdentityService identity;
    private final CampaignRules rules;

    RoomStaffing(CouncilService councils, RoomInvigilatorRepository assignments, IdentityService identity,
            CampaignRules rules) {
        this.rules = rules;
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

    /** Refuses, naming the room and the numbers, while the room has fewer invigilators than the rule set asks. */
    void requireEnoughInvigilators(RoomInfo room) {
        int required = rules.rules(room.campaignId()).invigilatorsPerRoom();
        int assigned = assignments.findByRoomIdOrderByAssignedAt(room.id()).size();
        if (RoomStaffingRule.missingInvigilators(assigned, required) > 0) {
            throw new DomainException("error.sitting.invigilators", room.name(), required, assigned);
        }
    }

    /** The invigilators a room of the campaign needs. */
    int invigilatorsPerRoom(long campaignId) {
        return rules.rules(campaignId).invigilatorsPerRoom();
    }
}
