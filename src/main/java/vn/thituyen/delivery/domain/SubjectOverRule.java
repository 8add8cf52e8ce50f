package vn.thituyen.delivery.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * When a subject (môn thi) is over, so its exam data may be sealed and the server's copy of its questions purged
 * (TT 6/2020/TT-BNV Art. 20: the data is exported and sealed "after each subject"). A subject is over only when it
 * is over in every room of the campaign: a room with no sitting yet has not sat it; in a room whose sitting is
 * closed nobody can start any more; in a room still prepared, open or paused every candidate's part of that
 * subject must be closed (handed in, timed out, closed by a sanction) or exempt — a candidate who has not started
 * may still arrive. Pure: the caller reads the rooms, this decides.
 */
public final class SubjectOverRule {

    private SubjectOverRule() {
    }

    /** One candidate's part of the subject in the room. */
    public record PartState(boolean exempt, boolean closed) {
    }

    /**
     * A room of the campaign: its sitting's status (null when none was prepared) and the parts of the subject on
     * its candidates' papers.
     */
    public record RoomState(String roomName, Sitting.Status sitting, List<PartState> parts) {
    }

    /** @return the names of the rooms where the subject is not over, in the order given; empty when it is over */
    public static List<String> roomsStillOpen(List<RoomState> rooms) {
        List<String> open = new ArrayList<>();
        for (RoomState room : rooms) {
            if (!isOver(room)) {
                open.add(room.roomName());
            }
        }
        return open;
    }

    static boolean isOver(RoomState room) {
        if (room.sitting() == null) {
            return false;
        }
        if (room.sitting() == Sitting.Status.CLOSED) {
            return true;
        }
        return room.parts().stream().allMatch(p -> p.exempt() || p.closed());
    }
}
