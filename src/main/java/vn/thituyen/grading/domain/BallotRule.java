package vn.thituyen.grading.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scoring criteria of a đề án and one council member's ballot (phiếu chấm điểm đề án), part 2 of a leadership
 * exam (thi tuyển lãnh đạo, quản lý cấp phòng). Official Letter 2424/BNV-CCVC (2017): each member of the council
 * scores the candidate's đề án — its presentation and the answers to the council's questions — alone, on 100
 * points, by secret ballot; the province's regulation then takes the members' mean ({@link BoardScoreRule}).
 * <p>
 * The criteria and their weights are the campaign's settings, not the law's: {@link #defaultCriteria()} is only the
 * usual split. A criterion's weight is also its maximum points, so the weights sum to 100 and a ballot's total is
 * on 100.
 */
public final class BallotRule {

    /** At most this many criteria on a ballot. */
    public static final int MAX_CRITERIA = 10;
    /** A criterion's name has at most this many characters. */
    public static final int MAX_NAME = 200;
    /** The weights sum to this, the ballot's total is on this. */
    public static final int TOTAL_WEIGHT = 100;
    /** Points are written with at most two decimals. */
    public static final int SCALE = 2;

    private BallotRule() {
    }

    /** One criterion of the ballot (tiêu chí chấm): its name and weight, which is also its maximum points. */
    public record Criterion(String name, int weight) {
    }

    /**
     * One problem: the criterion it is about (1-based; 0 = the list or ballot as a whole), the message key, and the
     * message's arguments ({0} is always the criterion's number when there is one).
     */
    public record Problem(int criterion, String key, List<Object> args) {

        public Problem {
            args = args == null ? List.of() : List.copyOf(args);
        }

        static Problem of(int criterion, String key, Object... args) {
            return new Problem(criterion, key, List.of(args));
        }
    }

    /** The usual criteria: content and feasibility 50, presentation 20, answers to the council's questions 30. */
    public static List<Criterion> defaultCriteria() {
        return List.of(
                new Criterion("Nội dung và tính khả thi của đề án", 50),
                new Criterion("Trình bày đề án", 20),
                new Criterion("Trả lời câu hỏi của hội đồng", 30));
    }

    /** Every problem of a campaign's criteria; empty = they may be used. */
    public static List<Problem> checkCriteria(List<Criterion> criteria) {
        List<Problem> problems = new ArrayList<>();
        if (criteria == null || criteria.isEmpty()) {
            problems.add(Problem.of(0, "error.criteria.empty"));
            return problems;
        }
        if (criteria.size() > MAX_CRITERIA) {
            problems.add(Problem.of(0, "error.criteria.tooMany", MAX_CRITERIA));
        }
        Map<String, Integer> seen = new HashMap<>();
        long sum = 0;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            int n = i + 1;
            String name = c == null ? null : comparable(c.name());
            if (name == null || name.isEmpty() || Normalizer.normalize(c.name().strip(), Normalizer.Form.NFC)
                    .length() > MAX_NAME) {
                problems.add(Problem.of(n, "error.criteria.name", n, MAX_NAME));
            } else {
                Integer first = seen.putIfAbsent(name, n);
                if (first != null) {
                    problems.add(Problem.of(n, "error.criteria.duplicate", n, first));
                }
            }
            if (c == null || c.weight() < 1) {
                problems.add(Problem.of(n, "error.criteria.weight", n));
            }
            sum += c == null ? 0 : c.weight();
        }
        if (sum != TOTAL_WEIGHT) {
            problems.add(Problem.of(0, "error.criteria.sum", sum, TOTAL_WEIGHT));
        }
        return problems;
    }

    /**
     * A name as two names are compared: NFC (the same Vietnamese letter typed precomposed or with combining marks is
     * one letter), no surrounding spaces, inner runs of spaces as one, without case; null when there is no name.
     */
    static String comparable(String name) {
        if (name == null) {
            return null;
        }
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return Normalizer.normalize(nfc.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /**
     * Every problem of one member's ballot against the campaign's criteria; empty = the ballot may be cast. One score
     * per criterion, in the criteria's order, each from 0 to the criterion's weight with at most two decimals.
     * @throws IllegalArgumentException when the criteria themselves are not valid ({@link #checkCriteria})
     */
    public static List<Problem> checkBallot(List<Criterion> criteria, List<BigDecimal> scores) {
        if (!checkCriteria(criteria).isEmpty()) {
            throw new IllegalArgumentException("a ballot is checked against valid criteria only");
        }
        List<Problem> problems = new ArrayList<>();
        if (scores == null || scores.size() != criteria.size()) {
            problems.add(Problem.of(0, "error.ballot.count", criteria.size()));
            return problems;
        }
        for (int i = 0; i < scores.size(); i++) {
            BigDecimal s = scores.get(i);
            int n = i + 1;
            int max = criteria.get(i).weight();
            if (s == null) {
                problems.add(Problem.of(n, "error.ballot.missing", n));
                continue;
            }
            if (s.signum() < 0 || s.compareTo(BigDecimal.valueOf(max)) > 0) {
                problems.add(Problem.of(n, "error.ballot.range", n, max));
            }
            if (!twoDecimals(s)) {
                problems.add(Problem.of(n, "error.ballot.scale", n));
            }
        }
        return problems;
    }

    /**
     * The ballot's total on 100, with two decimals: the plain sum of the criteria's points (each weight is already
     * the criterion's maximum, so nothing is multiplied).
     * @throws IllegalArgumentException for a missing score or one with more than two decimals
     */
    public static BigDecimal total(List<BigDecimal> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal s : scores) {
            if (s == null || !twoDecimals(s)) {
                throw new IllegalArgumentException("a ballot's scores have at most two decimals: " + s);
            }
            sum = sum.add(s);
        }
        return sum.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    private static boolean twoDecimals(BigDecimal s) {
        return s.stripTrailingZeros().scale() <= SCALE;
    }
}
