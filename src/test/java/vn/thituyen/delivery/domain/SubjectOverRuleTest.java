package vn.thituyen.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TT 6/2020/TT-BNV Art. 20: a subject's data is sealed after the subject. Over in a room = no sitting still to
 * come there, and no candidate still able to start or finish it.
 */
class SubjectOverRuleTest {

    /**
     * Parts: one letter a candidate — C closed (handed in, timed out, sanctioned), E exempt, R running, N not
     * started; "-" for none. Sitting: NONE when not prepared.
     */
    @ParameterizedTest(name = "{0} with parts {1} -> over: {2}")
    @CsvSource({
        "NONE,     -,    false",   // not prepared: nobody has sat it
        "PREPARED, NN,   false",
        "PREPARED, -,    true",    // a sitting without candidates has nothing left to sit
        "OPEN,     CC,   true",    // everyone handed in: over while the next part runs
        "OPEN,     CE,   true",    // an exempt candidate never sits it
        "OPEN,     CR,   false",   // one still answering
        "OPEN,     CN,   false",   // one not started: may still arrive (late arrival)
        "PAUSED,   CC,   true",
        "PAUSED,   RC,   false",
        "CLOSED,   CN,   true",    // closed: an absent candidate can no longer start
        "CLOSED,   -,    true",
    })
    void oneRoom(String sitting, String parts, boolean over) {
        SubjectOverRule.RoomState room = room("Phòng 01", sitting, parts);
        assertThat(SubjectOverRule.roomsStillOpen(List.of(room))).isEqualTo(over ? List.of() : List.of("Phòng 01"));
    }

    @ParameterizedTest(name = "{0} / {1} / {2} -> still open: {3}")
    @CsvSource({
        "CLOSED:CC, OPEN:CC,   NONE:-,    Phòng 03",
        "OPEN:CR,   OPEN:CN,   CLOSED:C,  Phòng 01|Phòng 02",
        "CLOSED:C,  OPEN:EC,   PAUSED:CC, ''",
    })
    void everyRoomOfTheCampaign(String r1, String r2, String r3, String open) {
        List<SubjectOverRule.RoomState> rooms = new ArrayList<>();
        String[] given = {r1, r2, r3};
        for (int i = 0; i < given.length; i++) {
            String[] sp = given[i].split(":");
            rooms.add(room("Phòng 0" + (i + 1), sp[0], sp[1]));
        }
        assertThat(SubjectOverRule.roomsStillOpen(rooms))
                .isEqualTo(open.isEmpty() ? List.of() : List.of(open.split("\\|")));
    }

    private static SubjectOverRule.RoomState room(String name, String sitting, String parts) {
        List<SubjectOverRule.PartState> states = new ArrayList<>();
        for (char p : parts.replace("-", "").toCharArray()) {
            states.add(new SubjectOverRule.PartState(p == 'E', p == 'C'));
        }
        return new SubjectOverRule.RoomState(name, sitting.equals("NONE") ? null : Sitting.Status.valueOf(sitting), states);
    }
}
