package vn.thituyen.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TT 6/2020/TT-BNV Art. 12 (the list of candidates by room, in candidate-number order): the eligible candidates fill
 * the rooms the council set up, room after room, each up to its capacity; too few seats is refused.
 */
class RoomFillTest {

    private static List<Integer> ints(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.trim().split("\\s+")).map(Integer::valueOf)
                .toList();
    }

    @ParameterizedTest(name = "rooms {0}, {1} candidates → {2}")
    @CsvSource(delimiter = ';', value = {
        "30;        3;  0 0 0",
        "2 2;       3;  0 0 1",
        "1 5;       4;  0 1 1 1",
        "2 2 2;     4;  0 0 1 1",
        "0 2;       2;  1 1",
        "2 2;       4;  0 0 1 1",
        "2 2;       5;  REFUSED",
        "'';        1;  REFUSED",
        "3;         0;  ''",
    })
    void candidatesFillTheRoomsInNumberOrder(String capacities, int candidates, String expected) {
        List<Integer> seats = RoomFill.fill(ints(capacities), candidates);
        if ("REFUSED".equals(expected)) {
            assertThat(seats).isNull();
        } else {
            assertThat(seats).containsExactlyElementsOf(ints(expected));
        }
    }

    @ParameterizedTest(name = "{0} candidates in rooms of {1} → {2} rooms")
    @CsvSource({"1, 30, 1", "30, 30, 1", "31, 30, 2", "0, 30, 0", "61, 30, 3"})
    void withoutRoomsSetUpRoomsOfTheDefaultSizeAreMade(int candidates, int capacity, int rooms) {
        assertThat(RoomFill.defaultRooms(candidates, capacity)).isEqualTo(rooms);
    }
}
