package vn.thituyen.registration.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How the eligible candidates fill the rooms the council set up (TT 6/2020/TT-BNV Art. 12: the list of candidates
 * per room by candidate number): in candidate-number order (which runs position by position), room after room in
 * the order given, each up to its capacity. When no room was set up, rooms of the default capacity are made.
 */
public final class RoomFill {

    private RoomFill() {
    }

    /**
     * The room (index into {@code capacities}) of each of {@code candidates} candidates in number order, or null
     * when the rooms hold fewer seats than candidates.
     */
    public static List<Integer> fill(List<Integer> capacities, int candidates) {
        List<Integer> out = new ArrayList<>(candidates);
        int room = 0;
        int used = 0;
        for (int i = 0; i < candidates; i++) {
            while (room < capacities.size() && used >= capacities.get(room)) {
                room++;
                used = 0;
            }
            if (room == capacities.size()) {
                return null;
            }
            out.add(room);
            used++;
        }
        return out;
    }

    /** The seats of the rooms. */
    public static int seats(List<Integer> capacities) {
        return capacities.stream().mapToInt(Integer::intValue).sum();
    }

    /** How many rooms of {@code capacity} seat {@code candidates}. */
    public static int defaultRooms(int candidates, int capacity) {
        return (candidates + capacity - 1) / capacity;
    }
}
