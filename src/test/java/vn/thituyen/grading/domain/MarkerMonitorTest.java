package vn.thituyen.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.grading.domain.MarkerMonitor.Marked;
import vn.thituyen.grading.domain.MarkerMonitor.Stats;

/** Marker monitoring (issue 13 § 5): count, mean, spread, share out of tolerance with the partner, outliers. */
class MarkerMonitorTest {

    private static Marked m(String who, String mark, String partner) {
        return new Marked(who, new BigDecimal(mark), partner == null ? null : new BigDecimal(partner));
    }

    @ParameterizedTest(name = "{0} → n {1}, mean {2}, spread {3}, out {4}/{5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        70:72 80:80 60:-     | 3 | 70.00 | 8.16 | 0 | 2
        70:80 70:71          | 2 | 70.00 | 0.00 | 1 | 2
        55.5:50 64.5:68      | 2 | 60.00 | 4.50 | 1 | 2
        90:-                 | 1 | 90.00 | 0.00 | 0 | 0
        """)
    void statsOfOneMarker(String marks, int n, String mean, String spread, int out, int paired) {
        List<Marked> list = new ArrayList<>();
        for (String pair : marks.trim().split("\\s+")) {
            String[] p = pair.split(":");
            list.add(m("A", p[0], "-".equals(p[1]) ? null : p[1]));
        }
        Stats s = MarkerMonitor.stats(list, new BigDecimal("5")).get(0);
        assertThat(s.marked()).isEqualTo(n);
        assertThat(s.mean()).isEqualByComparingTo(mean);
        assertThat(s.spread()).isEqualByComparingTo(spread);
        assertThat(s.outOfTolerance()).isEqualTo(out);
        assertThat(s.paired()).isEqualTo(paired);
    }

    @Test
    void aMarkerFarFromTheBoardOrOftenOutOfToleranceIsAnOutlier() {
        List<Marked> marks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            marks.add(m("steady", "70", "71"));
            marks.add(m("harsh", "50", "70"));     // mean 50, always out of tolerance
            marks.add(m("kind", i < 5 ? "72" : "68", "70"));
        }
        marks.add(m("new", "20", null));          // one script: not judged yet
        List<Stats> stats = MarkerMonitor.stats(marks, new BigDecimal("5"));
        assertThat(stats).extracting(Stats::marker).containsExactly("steady", "harsh", "kind", "new");
        assertThat(MarkerMonitor.outliers(stats, new BigDecimal("10"), new BigDecimal("0.3"), 5))
                .containsExactly("harsh");
        // the board's own thresholds follow the rule set's tolerance: two tolerances of 5 are the same 10 points
        assertThat(MarkerMonitor.outliers(stats, new BigDecimal("5"))).containsExactly("harsh");
        BigDecimal wide = new BigDecimal("25");
        assertThat(MarkerMonitor.outliers(MarkerMonitor.stats(marks, wide), wide)).isEmpty();
        assertThat(stats.get(1).outOfToleranceRate()).isEqualByComparingTo("1");
    }
}
