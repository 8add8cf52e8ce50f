package vn.thituyen.grading.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The order and room of the đề án presentations, drawn by lot (bốc thăm thứ tự trình bày đề án), part 2 of a
 * leadership exam (thi tuyển lãnh đạo, quản lý cấp phòng). Official Letter 2424/BNV-CCVC (2017): each candidate
 * presents the đề án for at most 45 minutes and then answers the council's questions; the durations, the rooms and
 * the start are the campaign's settings ({@link Durations}).
 * <p>
 * The draw depends on the seed alone, so anyone holding the seed written in the minutes (biên bản) can draw again
 * and check it:
 * <ol>
 *   <li>the candidates' ids are sorted ascending (the order they were passed in plays no part);</li>
 *   <li>they are shuffled by Fisher–Yates with {@code new java.util.SplittableRandom(seed)}: for {@code i} from
 *       {@code n − 1} down to 1, {@code j = random.nextInt(i + 1)}, swap the ids at {@code i} and {@code j};</li>
 *   <li>the k-th id drawn (k from 0) gets order {@code k + 1} and room {@code rooms[k mod rooms]} (round-robin);</li>
 *   <li>in each room the slots follow one another from the start: a slot lasts the presentation plus the questions,
 *       then the break, then the next slot starts.</li>
 * </ol>
 */
public final class PresentationLotRule {

    /** The letter's cap on a presentation. */
    public static final int MAX_PRESENTATION_MINUTES = 45;
    public static final int MAX_QUESTION_MINUTES = 120;
    public static final int MAX_BREAK_MINUTES = 60;

    private PresentationLotRule() {
    }

    /**
     * The campaign's durations, in minutes.
     * @param presentationMinutes the presentation, 1 to 45 (the letter's cap)
     * @param questionMinutes     the council's questions and the answers, 0 to 120
     * @param breakMinutes        between two candidates in a room, 0 to 60
     */
    public record Durations(int presentationMinutes, int questionMinutes, int breakMinutes) {

        public Durations {
            if (presentationMinutes < 1 || presentationMinutes > MAX_PRESENTATION_MINUTES) {
                throw new IllegalArgumentException("presentation must be 1 to " + MAX_PRESENTATION_MINUTES
                        + " minutes: " + presentationMinutes);
            }
            if (questionMinutes < 0 || questionMinutes > MAX_QUESTION_MINUTES) {
                throw new IllegalArgumentException("questions must be 0 to " + MAX_QUESTION_MINUTES + " minutes: "
                        + questionMinutes);
            }
            if (breakMinutes < 0 || breakMinutes > MAX_BREAK_MINUTES) {
                throw new IllegalArgumentException("a break must be 0 to " + MAX_BREAK_MINUTES + " minutes: "
                        + breakMinutes);
            }
        }

        /** 45 minutes of presentation, 15 of questions, 10 of break. */
        public static Durations defaults() {
            return new Durations(45, 15, 10);
        }

        /** One candidate's time in the room: presentation and questions. */
        public int slotMinutes() {
            return presentationMinutes + questionMinutes;
        }
    }

    /**
     * One candidate's presentation.
     * @param order the number drawn, 1 to n across all rooms (the schedule is listed in this order)
     */
    public record Slot(long candidateId, String room, int order, LocalDateTime starts, LocalDateTime ends) {
    }

    /**
     * Draws the schedule.
     * @param candidateIds the candidates, each once, in any order
     * @param rooms        the rooms' names, at least one, no two the same
     * @param start        when the first slot of every room starts
     * @param seed         the seed drawn for this lot and written in the minutes
     * @return the slots in drawn order; empty when there is no candidate
     * @throws IllegalArgumentException for a repeated or missing id, no room, a blank or repeated room
     */
    public static List<Slot> draw(Collection<Long> candidateIds, List<String> rooms, LocalDateTime start,
            Durations durations, long seed) {
        if (candidateIds == null || rooms == null || start == null || durations == null) {
            throw new IllegalArgumentException("candidates, rooms, start and durations are required");
        }
        if (rooms.isEmpty()) {
            throw new IllegalArgumentException("at least one room");
        }
        Set<String> roomNames = new HashSet<>();
        for (String room : rooms) {
            if (room == null || room.isBlank() || !roomNames.add(room.strip())) {
                throw new IllegalArgumentException("a room without a name or named twice: " + room);
            }
        }
        long[] ids = new long[candidateIds.size()];
        int k = 0;
        for (Long id : candidateIds) {
            if (id == null) {
                throw new IllegalArgumentException("a candidate without an id");
            }
            ids[k++] = id;
        }
        Arrays.sort(ids);
        for (int i = 1; i < ids.length; i++) {
            if (ids[i] == ids[i - 1]) {
                throw new IllegalArgumentException("candidate " + ids[i] + " is listed twice");
            }
        }
        shuffle(ids, seed);
        List<Slot> slots = new ArrayList<>(ids.length);
        long step = durations.slotMinutes() + durations.breakMinutes();
        for (int i = 0; i < ids.length; i++) {
            int inRoom = i / rooms.size();
            LocalDateTime starts = start.plusMinutes(inRoom * step);
            slots.add(new Slot(ids[i], rooms.get(i % rooms.size()), i + 1, starts,
                    starts.plusMinutes(durations.slotMinutes())));
        }
        return List.copyOf(slots);
    }

    /** Fisher–Yates, from the end, with the seed's own generator: the same seed gives the same order. */
    static void shuffle(long[] ids, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = ids.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = ids[i];
            ids[i] = ids[j];
            ids[j] = t;
        }
    }
}
