package vn.thituyen.analysis.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Classical item analysis of one paper part (e.g. "Kiến thức chung", 60 questions per paper) in which every
 * candidate got their own random paper drawn from the question bank, so each question was given to only some of
 * the candidates. A pure function: no Spring, no database.
 *
 * <h2>Definitions</h2>
 * <ul>
 * <li><b>Part score</b> of a candidate: the number of the paper's items answered with a correct option (an option in
 * the question's key set; a corrected key may accept several).</li>
 * <li><b>Exposures</b> n<sub>i</sub>: candidates whose paper contained question i. Every statistic of a question
 * counts only them: a candidate who never saw the question says nothing about it.</li>
 * <li><b>Facility index</b> p<sub>i</sub> = correct / exposures; undefined (null) when nobody got the question.</li>
 * <li><b>Top and bottom groups</b>: the top and bottom 27 % of <em>all</em> N candidates of the part by part score
 * (Kelley, T. L. (1939). The selection of upper and lower groups for the validation of test items. Journal of
 * Educational Psychology, 30, 17–24). Group size g = round(0.27·N), half up, computed in integers as
 * (27·N + 50) / 100, and at least 1 when N ≥ 2; g = 0 when N &lt; 2 (a single candidate cannot be compared with
 * anybody). <b>Tie-break:</b> the candidates are put in one total order, part score descending, then attempt id
 * ascending; the top group is the first g of that order and the bottom group the last g. So when candidates with
 * the same score straddle a boundary, the lower attempt ids go into the top group and the higher attempt ids into
 * the bottom group. The choice is arbitrary but reproducible (independent of the input order) and the two groups
 * never overlap (2g ≤ N for every N ≥ 2).</li>
 * <li><b>Discrimination index</b> D<sub>i</sub> = p<sub>i</sub>(top) − p<sub>i</sub>(bottom), where p(group) counts
 * only the group members who got question i. Undefined (null) when either group has nobody who got it. Computed as
 * one division of integers, (c<sub>T</sub>·n<sub>B</sub> − c<sub>B</sub>·n<sub>T</sub>) / (n<sub>T</sub>·n<sub>B</sub>),
 * so that 1 − 4/5 is exactly the double closest to 0.2.</li>
 * <li><b>Flags</b> (thresholds compared exactly, in integers, never on rounded doubles):
 * {@link Flag#FACILITY_LOW} p &lt; 0.3; {@link Flag#FACILITY_HIGH} p &gt; 0.9; {@link Flag#DISCRIMINATION_LOW}
 * D &lt; 0.2 (only when D is defined); {@link Flag#DISTRACTOR_UNUSED} a wrong option that no exposed candidate chose;
 * {@link Flag#DISTRACTOR_BEATS_KEY} a wrong option chosen by more members of the top group than chose a correct
 * option (with a multi-option key, "the key" counts the top-group members who chose any correct option). A question
 * nobody got has no flags: there is nothing to judge.</li>
 * <li><b>Part statistics</b>: mean, standard deviation, min, max and the distribution (count per score 0..k) of the
 * N part scores. The standard deviation is the <b>population</b> one, σ = √(Σ(x − x̄)² / N), divided by N and not
 * N − 1, because the N candidates are the whole population being described, and because KR-20 is defined with it.</li>
 * <li><b>KR-20</b> (Kuder, G. F., &amp; Richardson, M. W. (1937). The theory of the estimation of test reliability.
 * Psychometrika, 2(3), 151–160): KR20 = k/(k−1) · (1 − k·w̄/σ²), where w̄ = Σ<sub>i</sub> n<sub>i</sub>·p<sub>i</sub>(1−p<sub>i</sub>)
 * / Σ<sub>i</sub> n<sub>i</sub> is the exposure-weighted mean item variance over the bank's questions. When every
 * candidate has the same k items, n<sub>i</sub> = N for each of them and k·w̄ = Σ p<sub>i</sub>q<sub>i</sub>, which is
 * exactly the classical KR20 = k/(k−1) · (1 − Σ p<sub>i</sub>q<sub>i</sub> / σ²). With random papers k·w̄ is the
 * expected sum of item variances of one paper; it is an approximation (differences in difficulty between papers
 * also add to σ²), good for comparing parts and campaigns, not a legal measure. Undefined (null) when N &lt; 2,
 * k &lt; 2 or σ² = 0.</li>
 * </ul>
 * Questions are returned by question id; ordering for display (by flags, by p …) is the UI's business.
 */
public final class ItemAnalysis {

    private ItemAnalysis() {
    }

    /** Why a question deserves a second look by its authors; declared from the most to the least telling. */
    public enum Flag {
        DISTRACTOR_BEATS_KEY, DISCRIMINATION_LOW, FACILITY_LOW, FACILITY_HIGH, DISTRACTOR_UNUSED
    }

    /**
     * One part of one campaign.
     *
     * @param itemsPerPaper k, the number of questions on every candidate's paper for this part
     * @param candidates    everybody who sat the part
     * @param keys          every question that may appear on a paper (at least those that did)
     */
    public record Input(int itemsPerPaper, List<Paper> candidates, List<Key> keys) {
        public Input {
            if (itemsPerPaper < 1) {
                throw new IllegalArgumentException("A part has at least one question per paper: " + itemsPerPaper);
            }
            candidates = List.copyOf(candidates);
            keys = List.copyOf(keys);
        }
    }

    /** A candidate's paper for the part: the items they were given, in any order. */
    public record Paper(long attemptId, String candidateNumber, List<Item> items) {
        public Paper {
            items = List.copyOf(items);
        }
    }

    /**
     * One item of a paper.
     *
     * @param chosen the ORIGINAL index (as the author wrote the options, before shuffling) of the option chosen, or
     *               null when the candidate left it unanswered
     */
    public record Item(long questionId, Integer chosen) {
    }

    /**
     * A question's key.
     *
     * @param correct original indexes of the options that score (usually one; a corrected key may accept several)
     * @param label   what the report shows for the question (its code or the beginning of its text)
     */
    public record Key(long questionId, String label, int optionCount, Set<Integer> correct) {
        public Key {
            if (optionCount < 1) {
                throw new IllegalArgumentException("Question " + questionId + " has no options");
            }
            correct = checkedKey(questionId, optionCount, correct);
        }

        /** The key as shown to authors: "B", or "A, C" for a corrected key. */
        public String letters() {
            return ItemAnalysis.letters(correct);
        }
    }

    public record Result(PartStats part, List<ItemStats> items) {
        public Result {
            items = List.copyOf(items);
        }
    }

    /**
     * @param groupSize          g, the size of each of the top and bottom groups
     * @param mean               null when N = 0
     * @param standardDeviation  population standard deviation (÷N); null when N = 0
     * @param distribution       candidates per part score, index 0..k
     * @param kr20               null when N &lt; 2, k &lt; 2 or σ² = 0
     */
    public record PartStats(int candidates, int itemsPerPaper, int groupSize, Double mean, Double standardDeviation,
            Integer min, Integer max, List<Integer> distribution, Double kr20) {
        public PartStats {
            distribution = List.copyOf(distribution);
        }
    }

    /**
     * @param key                   the correct option indexes
     * @param facility              p; null when nobody got the question
     * @param discrimination        D; null when the top or the bottom group has nobody who got the question
     * @param options               one per option, in the original order (A, B, C, D … as the author wrote them)
     * @param omitted               exposed candidates who left it unanswered
     * @param unusedDistractors     indexes of the wrong options nobody chose (reason for DISTRACTOR_UNUSED)
     * @param distractorsBeatingKey indexes of the wrong options the top group preferred to the key
     */
    public record ItemStats(long questionId, String label, Set<Integer> key, int exposures, int correct,
            Double facility, int topExposures, int topCorrect, int bottomExposures, int bottomCorrect,
            Double discrimination, List<OptionStats> options, int omitted, int omittedTop, int omittedBottom,
            Set<Flag> flags, List<Integer> unusedDistractors, List<Integer> distractorsBeatingKey) {
        public ItemStats {
            key = Collections.unmodifiableSortedSet(new TreeSet<>(key));
            options = List.copyOf(options);
            flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags));
            unusedDistractors = List.copyOf(unusedDistractors);
            distractorsBeatingKey = List.copyOf(distractorsBeatingKey);
        }

        /** p among the top-group members who got the question; null when none did. */
        public Double topFacility() {
            return ratio(topCorrect, topExposures);
        }

        /** p among the bottom-group members who got the question; null when none did. */
        public Double bottomFacility() {
            return ratio(bottomCorrect, bottomExposures);
        }

        /** Share of the exposures left unanswered; null when nobody got the question. */
        public Double omittedShare() {
            return ratio(omitted, exposures);
        }
    }

    /**
     * How one option fared.
     *
     * @param index   original index (0 = A)
     * @param correct whether the option is in the key
     * @param count   exposed candidates who chose it
     * @param share   count / exposures; null when nobody got the question
     * @param top     top-group members who chose it
     * @param bottom  bottom-group members who chose it
     */
    public record OptionStats(int index, boolean correct, int count, Double share, int top, int bottom) {
        public String letter() {
            return ItemAnalysis.letter(index);
        }
    }

    /** The option's letter as authors see it: 0 → A, 1 → B … */
    public static String letter(int index) {
        return index >= 0 && index < 26 ? String.valueOf((char) ('A' + index)) : "#" + (index + 1);
    }

    public static String letters(Iterable<Integer> indexes) {
        StringBuilder s = new StringBuilder();
        for (int i : indexes) {
            s.append(s.isEmpty() ? "" : ", ").append(letter(i));
        }
        return s.toString();
    }

    /** Runs the analysis; see the class comment for every definition. Rejects inconsistent input loudly. */
    public static Result compute(Input input) {
        int k = input.itemsPerPaper();
        Map<Long, Key> keys = keysById(input.keys());
        List<Paper> papers = input.candidates();
        int n = papers.size();

        // part scores, validating every paper on the way
        Set<Long> attempts = new HashSet<>();
        int[] scores = new int[n];
        for (int c = 0; c < n; c++) {
            Paper paper = papers.get(c);
            if (!attempts.add(paper.attemptId())) {
                throw new IllegalArgumentException("Attempt " + paper.attemptId() + " appears twice");
            }
            scores[c] = score(paper, k, keys, Map.of());
        }

        // one total order: score descending, then attempt id ascending (the documented tie-break)
        List<Integer> ordered = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        ordered.sort(Comparator.comparingInt((Integer c) -> -scores[c])
                .thenComparingLong(c -> papers.get(c).attemptId()));
        int g = groupSize(n);
        boolean[] top = new boolean[n];
        boolean[] bottom = new boolean[n];
        ordered.subList(0, g).forEach(c -> top[c] = true);
        ordered.subList(n - g, n).forEach(c -> bottom[c] = true);

        Map<Long, Tally> tallies = new TreeMap<>();
        keys.forEach((id, key) -> tallies.put(id, new Tally(key)));
        for (int c = 0; c < n; c++) {
            for (Item item : papers.get(c).items()) {
                tallies.get(item.questionId()).add(item.chosen(), top[c], bottom[c]);
            }
        }
        List<ItemStats> items = tallies.values().stream().map(Tally::stats).toList();
        return new Result(partStats(k, g, scores, tallies.values()), items);
    }

    /** g = round(0.27·N) half up, in integers so that N = 50 gives 14 and not 13; at least 1 when N ≥ 2. */
    static int groupSize(int n) {
        return n < 2 ? 0 : Math.max(1, (27 * n + 50) / 100);
    }

    static Map<Long, Key> keysById(List<Key> list) {
        Map<Long, Key> keys = new TreeMap<>();
        for (Key key : list) {
            if (keys.put(key.questionId(), key) != null) {
                throw new IllegalArgumentException("Question " + key.questionId() + " has two keys");
            }
        }
        return keys;
    }

    /**
     * The candidate's part score, after checking the paper: exactly k items, no question twice, every question
     * known, every chosen index within the question's options. {@code override} replaces some questions' keys
     * (used by {@link KeyCorrection}).
     */
    static int score(Paper s, int k, Map<Long, Key> keys, Map<Long, ? extends Set<Integer>> override) {
        if (s.items().size() != k) {
            throw new IllegalArgumentException("Attempt " + s.attemptId() + " has " + s.items().size()
                    + " items on its paper, the part has " + k);
        }
        Set<Long> seen = new HashSet<>();
        int score = 0;
        for (Item a : s.items()) {
            Key key = keys.get(a.questionId());
            if (key == null) {
                throw new IllegalArgumentException("Attempt " + s.attemptId() + " got question " + a.questionId()
                        + ", which has no key");
            }
            if (!seen.add(a.questionId())) {
                throw new IllegalArgumentException("Attempt " + s.attemptId() + " got question " + a.questionId()
                        + " twice");
            }
            Integer c = a.chosen();
            if (c != null && (c < 0 || c >= key.optionCount())) {
                throw new IllegalArgumentException("Attempt " + s.attemptId() + " chose option " + c
                        + " of question " + a.questionId() + ", which has " + key.optionCount() + " options");
            }
            Set<Integer> correct = override.containsKey(a.questionId()) ? override.get(a.questionId()) : key.correct();
            if (c != null && correct.contains(c)) {
                score++;
            }
        }
        return score;
    }

    static Set<Integer> checkedKey(long questionId, int optionCount, Set<Integer> correct) {
        Objects.requireNonNull(correct, "key");
        if (correct.isEmpty()) {
            throw new IllegalArgumentException("Question " + questionId + " has an empty key");
        }
        for (Integer i : correct) {
            if (i == null || i < 0 || i >= optionCount) {
                throw new IllegalArgumentException("Question " + questionId + " key " + correct
                        + " is outside its " + optionCount + " options");
            }
        }
        return Collections.unmodifiableSortedSet(new TreeSet<>(correct));
    }

    private static PartStats partStats(int k, int g, int[] scores, Iterable<Tally> tallies) {
        int n = scores.length;
        Integer[] dist = new Integer[k + 1];
        Arrays.fill(dist, 0);
        long sum = 0;
        long sumSq = 0;
        Integer min = null;
        Integer max = null;
        for (int x : scores) {
            dist[x]++;
            sum += x;
            sumSq += (long) x * x;
            min = min == null ? x : Math.min(min, x);
            max = max == null ? x : Math.max(max, x);
        }
        if (n == 0) {
            return new PartStats(0, k, g, null, null, null, null, List.of(dist), null);
        }
        // σ² = (N·Σx² − (Σx)²) / N²: the numerator is an exact integer, so "σ² = 0" is tested exactly
        long varianceNumerator = n * sumSq - sum * sum;
        double variance = varianceNumerator / ((double) n * n);
        double mean = sum / (double) n;
        Double kr20 = null;
        if (n >= 2 && k >= 2 && varianceNumerator > 0) {
            double weighted = 0;
            long exposures = 0;
            for (Tally t : tallies) {
                if (t.exposures > 0) {
                    // n_i · p_i · q_i = c_i · (n_i − c_i) / n_i
                    weighted += (double) t.correct * (t.exposures - t.correct) / t.exposures;
                    exposures += t.exposures;
                }
            }
            double meanItemVariance = weighted / exposures;
            kr20 = (double) k / (k - 1) * (1 - k * meanItemVariance / variance);
        }
        return new PartStats(n, k, g, mean, Math.sqrt(variance), min, max, List.of(dist), kr20);
    }

    private static Double ratio(int part, int whole) {
        return whole == 0 ? null : part / (double) whole;
    }

    /** Counters for one question. */
    private static final class Tally {
        final Key key;
        final int[] chosen;
        final int[] chosenTop;
        final int[] chosenBottom;
        int exposures;
        int correct;
        int topExposures;
        int topCorrect;
        int bottomExposures;
        int bottomCorrect;
        int omitted;
        int omittedTop;
        int omittedBottom;

        Tally(Key key) {
            this.key = key;
            chosen = new int[key.optionCount()];
            chosenTop = new int[key.optionCount()];
            chosenBottom = new int[key.optionCount()];
        }

        void add(Integer option, boolean inTop, boolean inBottom) {
            boolean right = option != null && key.correct().contains(option);
            exposures++;
            correct += right ? 1 : 0;
            if (inTop) {
                topExposures++;
                topCorrect += right ? 1 : 0;
            }
            if (inBottom) {
                bottomExposures++;
                bottomCorrect += right ? 1 : 0;
            }
            if (option == null) {
                omitted++;
                omittedTop += inTop ? 1 : 0;
                omittedBottom += inBottom ? 1 : 0;
            } else {
                chosen[option]++;
                chosenTop[option] += inTop ? 1 : 0;
                chosenBottom[option] += inBottom ? 1 : 0;
            }
        }

        ItemStats stats() {
            List<OptionStats> options = new ArrayList<>();
            List<Integer> unused = new ArrayList<>();
            List<Integer> beating = new ArrayList<>();
            for (int i = 0; i < chosen.length; i++) {
                boolean isKey = key.correct().contains(i);
                options.add(new OptionStats(i, isKey, chosen[i], ratio(chosen[i], exposures), chosenTop[i],
                        chosenBottom[i]));
                if (!isKey && exposures > 0 && chosen[i] == 0) {
                    unused.add(i);
                }
                if (!isKey && chosenTop[i] > topCorrect) {
                    beating.add(i);
                }
            }
            Double discrimination = topExposures == 0 || bottomExposures == 0 ? null
                    : ((long) topCorrect * bottomExposures - (long) bottomCorrect * topExposures)
                            / ((double) topExposures * bottomExposures);
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            if (exposures > 0) {
                if (10L * correct < 3L * exposures) {            // p < 0.3
                    flags.add(Flag.FACILITY_LOW);
                }
                if (10L * correct > 9L * exposures) {            // p > 0.9
                    flags.add(Flag.FACILITY_HIGH);
                }
            }
            // D < 0.2  ⇔  5·(c_T·n_B − c_B·n_T) < n_T·n_B
            if (discrimination != null && 5L * ((long) topCorrect * bottomExposures
                    - (long) bottomCorrect * topExposures) < (long) topExposures * bottomExposures) {
                flags.add(Flag.DISCRIMINATION_LOW);
            }
            if (!unused.isEmpty()) {
                flags.add(Flag.DISTRACTOR_UNUSED);
            }
            if (!beating.isEmpty()) {
                flags.add(Flag.DISTRACTOR_BEATS_KEY);
            }
            return new ItemStats(key.questionId(), key.label(), key.correct(), exposures, correct,
                    ratio(correct, exposures), topExposures, topCorrect, bottomExposures, bottomCorrect,
                    discrimination, options, omitted, omittedTop, omittedBottom, flags, unused, beating);
        }
    }
}
