package vn.thituyen.results.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.results.domain.JointPlacementRule.Agency;
import vn.thituyen.results.domain.JointPlacementRule.Seeker;

/**
 * ND 170/2025/NĐ-CP, joint positions (vị trí việc làm tuyển dụng chung): winners are chosen by result, then placed by
 * their ordered agency preferences (nguyện vọng); the better result wins a contested place; a tie for an agency's last
 * place goes to the head of the authority (ND 170/2025, tie at the last place: the head decides), never broken by the
 * system; a candidate whose listed agencies are all full is not placed (?).
 */
class JointPlacementRuleTest {

    /**
     * Agencies are {@code letter:places}; candidates {@code id@rank:preferences} (preferences as letters, most wanted
     * first); chair = the tie winners decided; expected {@code id:status[:agency]} in rank order.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        uncontested: each gets the first choice      | A:1 B:1 | 1@1:AB 2@2:BA             |   | 1:PLACED:A 2:PLACED:B
        contested place won by the better result     | A:1 B:1 | 1@1:AB 2@2:AB             |   | 1:PLACED:A 2:PLACED:B
        the better result wins even as a 2nd choice  | A:1 B:1 | 1@1:BA 2@2:B              |   | 1:PLACED:B 2:NOT_PLACED
        all preferences full: not placed, next takes | A:1 B:1 | 1@1:A 2@2:A 3@3:B 4@4:AB   |   | 1:PLACED:A 2:NOT_PLACED 3:PLACED:B 4:NOT_PLACED
        a lower rank takes the place left unused     | A:2 B:1 | 1@1:B 2@2:B 3@3:BA        |   | 1:PLACED:B 2:NOT_PLACED 3:PLACED:A
        tie at a contested last place is flagged     | A:1 B:1 | 1@1:AB 2@1:AB 3@3:B       |   | 1:TIE_PENDING:A 2:TIE_PENDING:A 3:AWAITING_TIE
        the chair's decision settles the tie         | A:1 B:1 | 1@1:AB 2@1:AB 3@3:B       | 2 | 2:PLACED:A 1:PLACED:B 3:NOT_PLACED
        a decision naming too many decides nothing   | A:1 B:1 | 1@1:AB 2@1:AB             | 1 2 | 1:TIE_PENDING:A 2:TIE_PENDING:A
        equal results, enough places: no tie         | A:2 B:1 | 1@1:A 2@1:A 3@3:B         |   | 1:PLACED:A 2:PLACED:A 3:PLACED:B
        equal results, different wishes: no tie      | A:1 B:1 | 1@1:A 2@1:B               |   | 1:PLACED:A 2:PLACED:B
        fewer candidates than places                 | A:3 B:2 | 1@1:BA 2@2:A              |   | 1:PLACED:B 2:PLACED:A
        nobody passed                                | A:1     |                           |   |
        an agency not listed is never given          | A:1 B:1 | 1@1:A 2@2:A               |   | 1:PLACED:A 2:NOT_PLACED
        """)
    void placesByResultThenPreference(String name, String agencies, String seekers, String chair, String expected) {
        List<Agency> as = split(agencies).stream().map(a -> a.split(":"))
                .map(a -> new Agency(id(a[0].charAt(0)), Integer.parseInt(a[1]))).toList();
        List<Seeker> ss = split(seekers).stream().map(s -> {
            String[] idRank = s.split(":")[0].split("@");
            List<Long> prefs = s.split(":")[1].chars().mapToObj(c -> id((char) c)).toList();
            return new Seeker(Long.parseLong(idRank[0]), Integer.parseInt(idRank[1]), prefs);
        }).toList();
        Set<Long> winners = split(chair).stream().map(Long::parseLong).collect(Collectors.toSet());
        String got = JointPlacementRule.place(as, ss, winners).stream()
                .map(p -> p.applicationId() + ":" + p.status() + (p.agencyId() == null ? ""
                        : ":" + (char) ('A' + p.agencyId() - 1)))
                .collect(Collectors.joining(" "));
        // the order within equal ranks follows the input; compare as sets for groups, as text otherwise
        assertThat(split(got)).containsExactlyInAnyOrderElementsOf(split(expected));
        assertThat(got.isEmpty() ? 0 : split(got).size()).isEqualTo(split(expected).size());
    }

    private static long id(char letter) {
        return letter - 'A' + 1;
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.trim().split("\\s+"));
    }
}
