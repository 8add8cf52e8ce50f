package vn.thituyen.registration;

/**
 * Whether a room's sitting is already prepared (papers drawn, one-time passwords issued): implemented by the
 * delivery module. A correction of the eligible list that would change who sits in a prepared room, or what they
 * sit, is refused.
 */
public interface RoomSittings {

    boolean prepared(long roomId);
}
