package vn.thituyen.delivery;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.delivery.domain.SittingRepository;
import vn.thituyen.registration.RoomSittings;

/** Registration's view of the rooms whose sitting is prepared: papers drawn, so the roster and papers are fixed. */
@Component
class PreparedRooms implements RoomSittings {

    private final SittingRepository sittings;

    PreparedRooms(SittingRepository sittings) {
        this.sittings = sittings;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean prepared(long roomId) {
        return sittings.findByRoomId(roomId).isPresent();
    }
}
