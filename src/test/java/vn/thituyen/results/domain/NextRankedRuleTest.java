package vn.thituyen.results.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ND 138/2020/NĐ-CP Art. 17(4): after a winner's result is cancelled the authority may recognise the next ranked
 * candidate (người có kết quả tuyển dụng thấp hơn liền kề) of the same position who passed; a tie at that place is the
 * head's decision.
 */
class NextRankedRuleTest {

    /**
     * Lines as "id:rank:outcome" (rank "-" for none), the cancelled ids and places freed; who is recognised and who is
     * tied ("" for none).
     */
    @ParameterizedTest(name = "{0}, cancelled {1}, {2} place(s): recognised [{3}], tied [{4}]")
    @CsvSource(delimiter = '|', value = {
        // the next ranked who passed takes the place
        "1:1:WINNER 2:2:WINNER 3:3:NOT_SELECTED 4:4:NOT_SELECTED | 1 | 1 | 3 | ",
        // a failed candidate is never next
        "1:1:WINNER 5:-:FAILED_ROUND2 6:-:ABSENT_ROUND2 | 1 | 1 | | ",
        // two shared rank 3: a tie for the head
        "1:1:WINNER 2:2:WINNER 3:3:NOT_SELECTED 4:3:NOT_SELECTED | 2 | 1 | | 3 4",
        // two places: the tied pair fills both
        "1:1:WINNER 2:2:WINNER 3:3:NOT_SELECTED 4:3:NOT_SELECTED | 1 2 | 2 | 3 4 | ",
        // two places, three waiting: best two
        "1:1:WINNER 2:2:WINNER 3:3:NOT_SELECTED 4:4:NOT_SELECTED 7:5:NOT_SELECTED | 1 2 | 2 | 3 4 | ",
        // a cancelled non-winner is skipped
        "1:1:WINNER 3:2:NOT_SELECTED 4:3:NOT_SELECTED | 1 3 | 1 | 4 | "})
    void theNextRankedWhoPassedTakesThePlace(String lines, String cancelled, int places, String recognised,
            String tied) {
        List<NextRankedRule.Line> in = new ArrayList<>();
        for (String l : lines.trim().split(" ")) {
            String[] p = l.split(":");
            in.add(new NextRankedRule.Line(Long.parseLong(p[0]), p[1].equals("-") ? null : Integer.parseInt(p[1]),
                    RankingRule.Outcome.valueOf(p[2])));
        }
        NextRankedRule.Next next = NextRankedRule.next(in, ids(cancelled), places);
        assertThat(new HashSet<>(next.recognised())).isEqualTo(ids(recognised));
        assertThat(new HashSet<>(next.tied())).isEqualTo(ids(tied));
    }

    private static Set<Long> ids(String s) {
        Set<Long> out = new HashSet<>();
        if (s != null && !s.isBlank()) {
            Arrays.stream(s.trim().split(" ")).map(Long::parseLong).forEach(out::add);
        }
        return out;
    }
}
