package vn.thituyen.campaign;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named set of exam rules, stored with each campaign (column {@code campaign.rule_set} holds the constant's
 * name): a campaign keeps the rule set it started with. The rules are data — every constant carries its
 * {@link Parameters} as small records — and each rule of the exam is a pure function in the module that applies
 * it ({@code results.domain.RankingRule}, {@code results.domain.Round2ScoreRule},
 * {@code results.domain.PriorityRule}, {@code grading.domain.BoardScoreRule},
 * {@code delivery.domain.LateArrivalRule}, {@code delivery.domain.SuspensionRule}).
 *
 * <h2>Reading the parameters</h2>
 * <ul>
 *   <li>{@link #parameters()}: the set's defaults (its default {@link Option}s applied);</li>
 *   <li>{@link #parameters(Set)}: the set with exactly these options on (options the set does not
 *       {@linkplain #offeredOptions() offer} are refused);</li>
 *   <li>{@link CampaignRules#rules(long)}: what applies to one campaign — its set with the options chosen for it
 *       (each choice recorded with who, when and why; see {@link CampaignRules#setOption}).</li>
 * </ul>
 *
 * <h2>"(?) to confirm"</h2>
 * Some parameters were not confirmed from the primary legal text (marked (?) in {@code docs/domain.md}). Each set
 * names them in {@link Parameters#unconfirmed()} as {@link Param} constants; {@link Parameters#isUnconfirmed(Param)}
 * asks for one. A screen that shows a parameter shows "(?) cần xác nhận" (message key
 * {@code ruleSet.unconfirmed}) next to each flagged one. Translated names: {@code ruleSet.<CONSTANT>} for a set,
 * {@code ruleSet.param.<Param>} for a parameter, {@code ruleSet.option.<Option>} for an option (with
 * {@code ruleSet.option.<Option>.help} explaining it), {@code ruleSet.tieBreak.<TieBreak>} for a tie-break step,
 * {@code ruleSet.partKind.<Round2Form>} for a round-2 form.
 */
public enum RuleSet {

    /**
     * Civil servants (công chức), exams 2020 – 06/2025: ND 138/2020/NĐ-CP (+ ND 116/2024), TT 6/2020/TT-BNV.
     * Round 1: Part I general knowledge 60 questions / 60 min, Part II foreign language 30 / 30 (Art. 8).
     * Priority points 7.5 / 5 / 2.5, only the highest counts (Art. 5). Tie: higher round-2 score, then the head
     * decides (Art. 10(2)); the ND 116/2024 chain is {@link Option#ND116_TIE_CHAIN} (off by default, so
     * campaigns started before it keep their rules). Late arrival: 30 minutes (TT 6/2020).
     * Spread of a board's scores: the head decides every spread over 5 (as shipped); the escalation of ≥ 10 to the
     * council chair is {@link Option#CHAIR_ESCALATION}, off.
     */
    CIVIL_SERVANT_2020(
            new Parameters(
                    new Round1(List.of(new Round1Part(1, Subject.GENERAL_KNOWLEDGE, 60, 60),
                            new Round1Part(2, Subject.FOREIGN_LANGUAGE, 30, 30)), 50),
                    new Round2(EnumSet.of(Round2Form.INTERVIEW, Round2Form.WRITTEN), writtenInterview7030(),
                            new BigDecimal("50"), BigDecimal.ZERO),
                    basePriority(),
                    List.of(TieBreak.ROUND2_SCORE, TieBreak.HEAD_DECIDES),
                    LateArrival.flat(30),
                    false,
                    30,
                    new BoardSpread(new BigDecimal("5"), null),
                    2,
                    writtenMarking(),
                    tt92ExamFee(),
                    winnerDossier(),
                    null,
                    null,
                    EnumSet.noneOf(Option.class),
                    EnumSet.of(Param.ROUND2_WEIGHTS, Param.ROUND2_PART_MINIMUM, Param.BOARD_SPREAD,
                            Param.WRITTEN_ESCALATION, Param.WINNER_CHECKLIST, Param.FALSE_DOCUMENTS_BAR)),
            EnumSet.of(Option.ND116_TIE_CHAIN, Option.CHAIR_ESCALATION, Option.WRITTEN_THIRD_MARKER),
            EnumSet.noneOf(Option.class)),

    /**
     * Civil servants from 1 July 2025: ND 170/2025/NĐ-CP, TT 22/2025/TT-BNV. Round 1: general knowledge only,
     * 60 questions / 60 min. Round 2: interview, written, or both with written 70 % / interview 30 %, each part
     * at least 50 % of its maximum. Tie: higher round-2 score, higher written score, then the head decides.
     * Late arrival: 5 minutes for papers up to 30 minutes, 10 for papers of 60 minutes or more; between them
     * (?) 5 — the stricter limit, since the 10 minutes are granted only to papers of at least 60. A suspension
     * (đình chỉ) also bars the later papers. The 1.5 points for grassroots trade-union officers are (?) for
     * civil servants: {@link Option#TRADE_UNION_PRIORITY}, off until confirmed. The chair escalation of a board
     * spread ≥ 10 is (?): {@link Option#CHAIR_ESCALATION}, on.
     */
    CIVIL_SERVANT_2025(
            new Parameters(
                    new Round1(List.of(new Round1Part(1, Subject.GENERAL_KNOWLEDGE, 60, 60)), 50),
                    new Round2(EnumSet.of(Round2Form.INTERVIEW, Round2Form.WRITTEN), writtenInterview7030(),
                            new BigDecimal("50"), new BigDecimal("0.5")),
                    basePriority(),
                    List.of(TieBreak.ROUND2_SCORE, TieBreak.WRITTEN_SCORE, TieBreak.HEAD_DECIDES),
                    new LateArrival(List.of(new LateArrival.Band(0, 5), new LateArrival.Band(31, 5),
                            new LateArrival.Band(60, 10))),
                    true,
                    30,
                    new BoardSpread(new BigDecimal("5"), null),
                    2,
                    writtenMarking(),
                    tt92ExamFee(),
                    winnerDossier(),
                    null,
                    new JointPositions(1),
                    EnumSet.noneOf(Option.class),
                    EnumSet.of(Param.PRIORITY_POINTS, Param.LATE_ARRIVAL, Param.BOARD_SPREAD,
                            Param.WRITTEN_ESCALATION, Param.WINNER_CHECKLIST, Param.FALSE_DOCUMENTS_BAR,
                            Param.JOINT_POSITIONS)),
            EnumSet.of(Option.TRADE_UNION_PRIORITY, Option.CHAIR_ESCALATION, Option.WRITTEN_THIRD_MARKER),
            EnumSet.of(Option.CHAIR_ESCALATION)),

    /**
     * Public employees (viên chức): ND 115/2020/NĐ-CP as amended by ND 85/2023/NĐ-CP; TT 6/2020/TT-BNV, then
     * TT 001/2025. Round 1 as for civil servants 2020. Round 2: practical, interview or written. Priority adds
     * 1.5 points for grassroots trade-union officers (ND 85/2023). Tie: higher round-2 score, then the head
     * decides. Late arrival (?) follows TT 001/2025 (5 / 10 minutes, like the 2025 civil-servant set) since new
     * campaigns run under it; whether a suspension bars later papers there too is (?) — off.
     */
    PUBLIC_EMPLOYEE_2020(
            new Parameters(
                    new Round1(List.of(new Round1Part(1, Subject.GENERAL_KNOWLEDGE, 60, 60),
                            new Round1Part(2, Subject.FOREIGN_LANGUAGE, 30, 30)), 50),
                    new Round2(EnumSet.of(Round2Form.PRACTICAL, Round2Form.INTERVIEW, Round2Form.WRITTEN),
                            writtenInterview7030(), new BigDecimal("50"), BigDecimal.ZERO),
                    withTradeUnion(basePriority()),
                    List.of(TieBreak.ROUND2_SCORE, TieBreak.HEAD_DECIDES),
                    new LateArrival(List.of(new LateArrival.Band(0, 5), new LateArrival.Band(31, 5),
                            new LateArrival.Band(60, 10))),
                    false,
                    30,
                    new BoardSpread(new BigDecimal("5"), null),
                    2,
                    writtenMarking(),
                    tt92ExamFee(),
                    winnerDossier(),
                    null,
                    null,
                    EnumSet.noneOf(Option.class),
                    EnumSet.of(Param.ROUND2_WEIGHTS, Param.ROUND2_PART_MINIMUM, Param.LATE_ARRIVAL,
                            Param.SUSPENSION_BARS_LATER_PAPERS, Param.BOARD_SPREAD,
                            Param.WRITTEN_ESCALATION, Param.WINNER_CHECKLIST, Param.FALSE_DOCUMENTS_BAR)),
            EnumSet.of(Option.CHAIR_ESCALATION, Option.WRITTEN_THIRD_MARKER),
            EnumSet.of(Option.CHAIR_ESCALATION)),

    /**
     * Division-level leadership exams (thi tuyển lãnh đạo, quản lý cấp phòng): Official Letter 2424/BNV-CCVC (2017)
     * and the province's own regulation. No computer round: part 1 is a written exam (~180 minutes, 100 points,
     * marked blind by two markers like any written script) and at least 50 to go on; part 2 is the đề án, presented
     * in at most 45 minutes and scored by each council member alone on 100, the score being the members' mean under
     * the spread rule's bands. One winner per post: the highest final score of at least 50; a tie for the top goes
     * to the council. At least two eligible candidates per post. How the parts combine, the confidence vote and
     * whether ballots are named are the province's choice ({@link Leadership}); the 30-day window and the 15
     * minutes of questions are (?).
     */
    LEADERSHIP_DIVISION(
            new Parameters(
                    new Round1(List.of(), 50),
                    new Round2(EnumSet.of(Round2Form.WRITTEN, Round2Form.PROPOSAL), new EnumMap<>(Round2Form.class),
                            new BigDecimal("50"), BigDecimal.ZERO),
                    new EnumMap<>(PriorityCategory.class),
                    List.of(TieBreak.HEAD_DECIDES),
                    LateArrival.flat(30),
                    false,
                    30,
                    new BoardSpread(new BigDecimal("5"), null),
                    2,
                    writtenMarking(),
                    tt92ExamFee(),
                    winnerDossier(),
                    new Leadership(new BigDecimal("50"), new BigDecimal("50"), 2, 180, 45, 15,
                            Leadership.Combination.GATE_THEN_PART2, 0, false, false, false),
                    null,
                    EnumSet.noneOf(Option.class),
                    EnumSet.of(Param.REGISTRATION_WINDOW, Param.BOARD_SPREAD, Param.WRITTEN_ESCALATION,
                            Param.LEADERSHIP_QUESTIONS)),
            EnumSet.of(Option.CHAIR_ESCALATION, Option.WRITTEN_THIRD_MARKER),
            EnumSet.noneOf(Option.class));

    private final Parameters base;
    private final Set<Option> offered;
    private final Set<Option> defaults;
    private final Parameters defaultParameters;

    RuleSet(Parameters base, Set<Option> offered, Set<Option> defaults) {
        this.base = base;
        this.offered = Collections.unmodifiableSet(EnumSet.copyOf(offered.isEmpty()
                ? EnumSet.noneOf(Option.class) : offered));
        this.defaults = Collections.unmodifiableSet(defaults.isEmpty() ? EnumSet.noneOf(Option.class)
                : EnumSet.copyOf(defaults));
        this.defaultParameters = build(base, this.offered, this.defaults);
    }

    /** The set's parameters with its default options. */
    public Parameters parameters() {
        return defaultParameters;
    }

    /**
     * The set's parameters with exactly these options on.
     * @throws IllegalArgumentException for an option this set does not offer
     */
    public Parameters parameters(Set<Option> enabled) {
        return build(base, offered, enabled);
    }

    /** The options a campaign of this set may turn on or off. */
    public Set<Option> offeredOptions() {
        return offered;
    }

    /** The options that are on unless a campaign decides otherwise. */
    public Set<Option> defaultOptions() {
        return defaults;
    }

    private static Parameters build(Parameters base, Set<Option> offered, Set<Option> enabled) {
        Parameters p = base;
        for (Option o : enabled) {
            if (!offered.contains(o)) {
                throw new IllegalArgumentException(o + " is not an option of this rule set");
            }
            p = o.applyTo(p);
        }
        return p;
    }

    // ---------------------------------------------------------------- shortcuts to the default parameters

    /**
     * Round 1 is passed part by part: at least 50 % correct answers in each part
     * (ND 138/2020/NĐ-CP Art. 8(3); ND 170/2025 likewise). Integer arithmetic, so 15 of 30 passes and 29 of 60
     * does not.
     */
    public boolean partPassed(int correct, int total) {
        return defaultParameters.round1().partPassed(correct, total);
    }

    public List<Round1Part> round1Parts() {
        return defaultParameters.round1().parts();
    }

    /** Points of a category under this rule set's defaults; zero when the set does not recognise it. */
    public BigDecimal priorityPoints(PriorityCategory category) {
        return defaultParameters.priorityPoints(category);
    }

    /** Whether round 1 has a foreign-language part (the 2020 sets; not ND 170/2025): the form asks for a language. */
    public boolean hasForeignLanguagePart() {
        return round1Parts().stream().anyMatch(p -> p.subject() == Subject.FOREIGN_LANGUAGE);
    }

    /** The categories this set's defaults recognise, in the enum's order. */
    public List<PriorityCategory> priorityCategories() {
        return defaultParameters.priorityCategories();
    }

    // ---------------------------------------------------------------- the records

    /**
     * Everything a rule set decides. Collections are unmodifiable copies.
     *
     * @param round1                    the computer round's parts and pass rule
     * @param round2                    the professional round: part kinds, default weights, pass mark, part minimum
     * @param priority                  points per priority category (a category absent from the map counts 0)
     * @param tieChain                  tie-break steps at the last place, in order; always ends with
     *                                  {@link TieBreak#HEAD_DECIDES}
     * @param lateArrival               how late a candidate may still start, by paper duration
     * @param suspensionBarsLaterPapers whether a suspension (đình chỉ) also bars the candidate's later papers
     * @param registrationWindowDays    days applications are received after the public announcement (default 30)
     * @param boardSpread               the bands of a board's score spread (interviews, practicals, defences)
     * @param invigilatorsPerRoom       invigilators a room needs before its sitting opens (Quy chế tổ chức thi
     *                                  tuyển, TT 6/2020/TT-BNV: two per room)
     * @param written                   written scripts and their appeals, with the appeal fee per paper
     * @param examFee                   the exam fee per candidate by the campaign's number of candidates
     *                                  (TT 92/2021/TT-BTC)
     * @param winners                   the winners' dossier: days to complete it, its checklist, the bar after
     *                                  false documents (ND 138/2020/NĐ-CP Art. 17)
     * @param leadership                what a leadership exam needs (null for a recruitment set)
     * @param jointPositions            positions shared by several agencies (vị trí tuyển dụng chung, ND 170/2025);
     *                                  null where the set has none
     * @param options                   the options that are on
     * @param unconfirmed               the parameters not confirmed from the primary text: show "(?) to confirm"
     */
    public record Parameters(Round1 round1, Round2 round2, Map<PriorityCategory, BigDecimal> priority,
            List<TieBreak> tieChain, LateArrival lateArrival, boolean suspensionBarsLaterPapers,
            int registrationWindowDays, BoardSpread boardSpread, int invigilatorsPerRoom, WrittenMarking written,
            ExamFee examFee, WinnerDossier winners, Leadership leadership, JointPositions jointPositions,
            Set<Option> options,
            Set<Param> unconfirmed) {

        public Parameters {
            if (winners == null) {
                throw new IllegalArgumentException("a rule set names the winners' dossier");
            }
            if (examFee == null) {
                throw new IllegalArgumentException("a rule set names its exam fee");
            }
            if (invigilatorsPerRoom < 1) {
                throw new IllegalArgumentException("a room needs at least one invigilator");
            }
            if (tieChain.isEmpty() || tieChain.get(tieChain.size() - 1) != TieBreak.HEAD_DECIDES
                    || tieChain.indexOf(TieBreak.HEAD_DECIDES) != tieChain.size() - 1) {
                throw new IllegalArgumentException("a tie chain ends with HEAD_DECIDES, and only there");
            }
            priority = Collections.unmodifiableMap(priority.isEmpty() ? new EnumMap<>(PriorityCategory.class)
                    : new EnumMap<>(priority));
            tieChain = List.copyOf(tieChain);
            options = Collections.unmodifiableSet(options.isEmpty() ? EnumSet.noneOf(Option.class)
                    : EnumSet.copyOf(options));
            unconfirmed = Collections.unmodifiableSet(unconfirmed.isEmpty() ? EnumSet.noneOf(Param.class)
                    : EnumSet.copyOf(unconfirmed));
        }

        /** Whether the parameter is marked (?) — not confirmed from the primary text — in this set. */
        public boolean isUnconfirmed(Param param) {
            return unconfirmed.contains(param);
        }

        /** Points of a category; zero when the set does not recognise it. */
        public BigDecimal priorityPoints(PriorityCategory category) {
            return category == null ? BigDecimal.ZERO : priority.getOrDefault(category, BigDecimal.ZERO);
        }

        /** The categories recognised, in the enum's order (what a candidate may claim). */
        public List<PriorityCategory> priorityCategories() {
            return Arrays.stream(PriorityCategory.values()).filter(priority::containsKey).toList();
        }

        Parameters withPriority(Map<PriorityCategory, BigDecimal> p, Option on) {
            return new Parameters(round1, round2, p, tieChain, lateArrival, suspensionBarsLaterPapers,
                    registrationWindowDays, boardSpread, invigilatorsPerRoom, written, examFee, winners, leadership,
                    jointPositions, plus(options, on), unconfirmed);
        }

        Parameters withTieChain(List<TieBreak> chain, Option on) {
            return new Parameters(round1, round2, priority, chain, lateArrival, suspensionBarsLaterPapers,
                    registrationWindowDays, boardSpread, invigilatorsPerRoom, written, examFee, winners, leadership,
                    jointPositions, plus(options, on), unconfirmed);
        }

        Parameters withBoardSpread(BoardSpread spread, Option on) {
            return new Parameters(round1, round2, priority, tieChain, lateArrival, suspensionBarsLaterPapers,
                    registrationWindowDays, spread, invigilatorsPerRoom, written, examFee, winners, leadership,
                    jointPositions, plus(options, on), unconfirmed);
        }

        Parameters withWritten(WrittenMarking w, Option on) {
            return new Parameters(round1, round2, priority, tieChain, lateArrival, suspensionBarsLaterPapers,
                    registrationWindowDays, boardSpread, invigilatorsPerRoom, w, examFee, winners, leadership,
                    jointPositions, plus(options, on), unconfirmed);
        }

        private static Set<Option> plus(Set<Option> options, Option on) {
            EnumSet<Option> s = EnumSet.noneOf(Option.class);
            s.addAll(options);
            s.add(on);
            return s;
        }
    }

    /**
     * The computer round (trắc nghiệm trên máy vi tính).
     * @param parts           the parts, in the order they are sat
     * @param partPassPercent the share of correct answers each part needs (50: "≥ 50 % in each part")
     */
    public record Round1(List<Round1Part> parts, int partPassPercent) {

        public Round1 {
            parts = List.copyOf(parts);
        }

        /** Whether {@code correct} of {@code total} passes a part: {@code correct / total ≥ partPassPercent %}. */
        public boolean partPassed(int correct, int total) {
            if (total <= 0 || correct < 0 || correct > total) {
                throw new IllegalArgumentException("correct " + correct + " of " + total);
            }
            return correct * 100L >= (long) total * partPassPercent;
        }
    }

    /** One part of the computer round: how many questions, how long. */
    public record Round1Part(int number, Subject subject, int questionCount, int durationMinutes) {
    }

    /** What a round-1 part examines. */
    public enum Subject {
        GENERAL_KNOWLEDGE, FOREIGN_LANGUAGE
    }

    /**
     * The professional round (thi môn nghiệp vụ chuyên ngành), on a 100-point scale.
     * @param kinds               the part kinds a position's round 2 may use
     * @param defaultWeights      weights in percent proposed when parts are combined (written 70 / interview 30)
     * @param passMark            the combined score needed to be considered (≥ 50)
     * @param partMinimumFraction each part must reach this fraction of its maximum (0.5 in the 2025 set; 0 = no
     *                            minimum)
     */
    public record Round2(Set<Round2Form> kinds, Map<Round2Form, Integer> defaultWeights, BigDecimal passMark,
            BigDecimal partMinimumFraction) {

        public Round2 {
            kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
            defaultWeights = Collections.unmodifiableMap(new EnumMap<>(defaultWeights));
        }
    }

    /** A kind of round-2 part. */
    public enum Round2Form {
        /** Phỏng vấn: 30 minutes, up to 15 minutes' preparation, scored by a board. */
        INTERVIEW,
        /** Thi viết: 180 minutes, two markers. */
        WRITTEN,
        /** Thực hành (viên chức). */
        PRACTICAL,
        /** Đề án: a leadership candidate's proposal, presented and defended before the council. */
        PROPOSAL
    }

    /**
     * A leadership exam's rules (Official Letter 2424/BNV-CCVC of 2017; docs/domain.md § Leadership exams).
     *
     * @param part1Gate              part 1's pass mark on 100: below it the candidate is out
     * @param winningMark            the least final score a winner needs, on 100
     * @param minimumCandidates      eligible candidates a post needs for its exam to go ahead (2)
     * @param writtenMinutes         part 1's default duration (~180)
     * @param presentationMinutes    the longest a presentation of the đề án may take (45)
     * @param questionMinutes        the council's questions after it (?)
     * @param combination            how the parts make the final score unless the campaign decides otherwise
     * @param part1Weight            part 1's weight in percent when combined by weights
     * @param confidenceVote         whether the council also holds a confidence vote per candidate
     * @param namedBallots           whether the score summary names each member beside their ballot
     * @param outsideCandidates      whether people outside the agencies may register themselves
     */
    public record Leadership(BigDecimal part1Gate, BigDecimal winningMark, int minimumCandidates, int writtenMinutes,
            int presentationMinutes, int questionMinutes, Combination combination, int part1Weight,
            boolean confidenceVote, boolean namedBallots, boolean outsideCandidates) {

        public Leadership {
            if (minimumCandidates < 2 || presentationMinutes < 1 || presentationMinutes > 45 || questionMinutes < 0
                    || part1Weight < 0 || part1Weight > 100) {
                throw new IllegalArgumentException("leadership: at least two candidates, presentations of at most"
                        + " 45 minutes, a weight in percent");
            }
        }

        /** How part 1 and part 2 make the final score (the province's regulation decides). */
        public enum Combination {
            /** Part 1 is a gate; part 2 (the đề án) decides. */
            GATE_THEN_PART2,
            /** The two parts' total, on 200. */
            SUM,
            /** The weighted mean, on 100. */
            WEIGHTS
        }
    }

    /** One step of the tie-break chain at the last place; every step needs the data of both candidates compared. */
    public enum TieBreak {
        /** The higher raw round-2 score (without priority points). */
        ROUND2_SCORE,
        /** The higher written-part score (ND 170/2025). */
        WRITTEN_SCORE,
        /** Exempt from round 1 by entrance testing (kiểm định chất lượng đầu vào) first (ND 116/2024). */
        EXEMPT_BY_ENTRANCE_TESTING,
        /** The higher entrance-test result (ND 116/2024). */
        ENTRANCE_TEST_RESULT,
        /** More correct answers in round 1's general-knowledge part (ND 116/2024). */
        GENERAL_KNOWLEDGE_CORRECT,
        /** The head of the recruiting authority decides: the system flags the tie and records the decision. */
        HEAD_DECIDES
    }

    /**
     * How late a candidate may start, by the duration of the paper: the band with the highest
     * {@code paperMinutesFrom} not above the paper's duration gives the limit.
     */
    public record LateArrival(List<Band> bands) {

        public LateArrival {
            if (bands.isEmpty() || bands.get(0).paperMinutesFrom() != 0) {
                throw new IllegalArgumentException("the first band starts at 0 minutes");
            }
            bands = List.copyOf(bands);
        }

        /** One limit for every paper. */
        public static LateArrival flat(int limitMinutes) {
            return new LateArrival(List.of(new Band(0, limitMinutes)));
        }

        /** Papers of at least {@code paperMinutesFrom} minutes: a candidate up to {@code limitMinutes} late may sit. */
        public record Band(int paperMinutesFrom, int limitMinutes) {
        }
    }

    /**
     * The bands of a board's score spread (highest − lowest), interviews, practicals and đề án defences.
     * @param meanUpTo  up to this spread the score is the members' mean
     * @param chairFrom from this spread on the council chair decides; null: the board head decides every spread
     *                  above {@code meanUpTo}
     */
    public record BoardSpread(BigDecimal meanUpTo, BigDecimal chairFrom) {

        public BoardSpread {
            if (chairFrom != null && chairFrom.compareTo(meanUpTo) <= 0) {
                throw new IllegalArgumentException("the chair's band starts above the mean's");
            }
        }
    }

    /**
     * Written scripts and their appeals (TT 6/2020/TT-BNV, Quy chế: chấm thi viết, phúc khảo; carried into
     * TT 22/2025/TT-BNV). Two markers mark each anonymised script alone; marks within {@code tolerance} of each
     * other (5 of 100) give their mean; a larger gap goes the {@code escalation} path (?), always recorded. A
     * candidate may appeal a written paper within {@code appealWindowDays} (15) of publication, paying
     * {@code appealFeeVnd} per paper (150,000 VND, TT 92/2021/TT-BTC).
     */
    public record WrittenMarking(BigDecimal tolerance, Escalation escalation, int appealWindowDays,
            long appealFeeVnd) {

        public WrittenMarking {
            if (tolerance == null || tolerance.signum() < 0 || appealWindowDays < 1 || appealFeeVnd < 0) {
                throw new IllegalArgumentException("written marking: tolerance ≥ 0, window ≥ 1 day, fee ≥ 0");
            }
        }

        /** What happens to two marks further apart than the tolerance. */
        public enum Escalation {
            /** The two markers confer and agree a mark; if they cannot, the marking board head decides. */
            CONFER_THEN_HEAD,
            /** A third marker marks alone; the closest two marks within the tolerance decide, else the head. */
            THIRD_MARKER
        }
    }

    /**
     * The exam fee (phí tuyển dụng) each candidate pays, by how many candidates the campaign has: the band with the
     * highest {@code candidatesFrom} not above the count gives the fee (TT 92/2021/TT-BTC: under 100 candidates
     * 500,000 VND, 100 to 499 400,000, 500 or more 300,000). The appeal fee is {@link WrittenMarking#appealFeeVnd()}.
     * Applied by {@code registration.domain.FeeRule}.
     */
    public record ExamFee(List<Band> bands) {

        public ExamFee {
            if (bands.isEmpty() || bands.get(0).candidatesFrom() != 0) {
                throw new IllegalArgumentException("the first fee band starts at 0 candidates");
            }
            for (int i = 1; i < bands.size(); i++) {
                if (bands.get(i).candidatesFrom() <= bands.get(i - 1).candidatesFrom()) {
                    throw new IllegalArgumentException("fee bands rise in candidates");
                }
            }
            bands = List.copyOf(bands);
        }

        /** From {@code candidatesFrom} candidates on, each pays {@code feeVnd}. */
        public record Band(int candidatesFrom, long feeVnd) {

            public Band {
                if (candidatesFrom < 0 || feeVnd < 0) {
                    throw new IllegalArgumentException("a fee band: candidates ≥ 0, fee ≥ 0");
                }
            }
        }
    }

    /**
     * The winners' dossier (hoàn thiện hồ sơ tuyển dụng), ND 138/2020/NĐ-CP Art. 17 (kept by ND 170/2025; ND 115/2020
     * Art. 15 likewise for public employees): within {@code completionDays} (30) of the notice of results the winner
     * brings the originals of the {@code checklist} for the secretary to verify; one who does not, or whose documents
     * are false, has the result cancelled; false documents also bar the person from the next {@code barCampaigns}
     * recruitment campaign(s) (?, default 1). Applied by {@code winners.domain.DossierDeadlineRule},
     * {@code winners.domain.CancellationRule} and {@code winners.domain.BarRule}.
     */
    public record WinnerDossier(int completionDays, List<DossierItem> checklist, int barCampaigns) {

        public WinnerDossier {
            if (completionDays < 1 || checklist == null || checklist.isEmpty() || barCampaigns < 0) {
                throw new IllegalArgumentException("winners' dossier: at least 1 day, a checklist, bar ≥ 0");
            }
            checklist = List.copyOf(checklist);
        }
    }

    /**
     * One item of the winners' dossier checklist (ND 138/2020/NĐ-CP Art. 17(1)): copies of the degrees, certificates
     * and transcripts the position requires, the judicial record (phiếu lý lịch tư pháp), a health certificate (?),
     * and the evidence of a priority category when one was claimed ({@link #PRIORITY_EVIDENCE}, asked only then).
     */
    public enum DossierItem {
        DEGREES, JUDICIAL_RECORD, HEALTH_CERTIFICATE, PRIORITY_EVIDENCE
    }

    /**
     * Joint positions (vị trí việc làm tuyển dụng chung, ND 170/2025/NĐ-CP): one position recruited for several
     * agencies of the same authority, each with its own places; the position's quota is their sum. A candidate lists
     * the agencies in order of preference (nguyện vọng), at least {@code minimumPreferences} of them and each once;
     * winners are taken by result, then placed by preference (the better result first; results.domain
     * .JointPlacementRule). Whether a candidate must list every agency, and what becomes of a candidate whose
     * listed agencies are all full, are (?): here at least one, and such a candidate is not placed.
     */
    public record JointPositions(int minimumPreferences) {

        public JointPositions {
            if (minimumPreferences < 1) {
                throw new IllegalArgumentException("a candidate lists at least one agency");
            }
        }
    }

    /** A choice a campaign makes within its rule set, recorded with who and why ({@link CampaignRules}). */
    public enum Option {
        /**
         * ND 116/2024 tie chain after the raw round-2 score: exempt from round 1 by entrance testing, higher
         * entrance-test result, more correct general-knowledge answers; then the head decides.
         */
        ND116_TIE_CHAIN(Param.TIE_CHAIN),
        /** 1.5 priority points for grassroots trade-union officers (công chức 2025: (?)). */
        TRADE_UNION_PRIORITY(Param.PRIORITY_POINTS),
        /** A board spread of 10 points or more goes to the council chair instead of the board head (?). */
        CHAIR_ESCALATION(Param.BOARD_SPREAD),
        /**
         * Two marks of a written script further apart than the tolerance go to a third marker instead of the two
         * markers conferring (then the board head) — the other path the rules allow (?).
         */
        WRITTEN_THIRD_MARKER(Param.WRITTEN_ESCALATION);

        private final Param param;

        Option(Param param) {
            this.param = param;
        }

        /** The parameter this option changes. */
        public Param param() {
            return param;
        }

        Parameters applyTo(Parameters p) {
            return switch (this) {
                case ND116_TIE_CHAIN -> p.withTieChain(nd116(p.tieChain()), this);
                case TRADE_UNION_PRIORITY -> p.withPriority(withTradeUnion(p.priority()), this);
                // the council chair decides a spread of 10 points or more (?)
                case CHAIR_ESCALATION -> p.withBoardSpread(new BoardSpread(p.boardSpread().meanUpTo(),
                        new BigDecimal("10")), this);
                case WRITTEN_THIRD_MARKER -> p.withWritten(new WrittenMarking(p.written().tolerance(),
                        WrittenMarking.Escalation.THIRD_MARKER, p.written().appealWindowDays(),
                        p.written().appealFeeVnd()), this);
            };
        }

        private static List<TieBreak> nd116(List<TieBreak> chain) {
            List<TieBreak> out = new java.util.ArrayList<>(chain.subList(0, chain.size() - 1));
            for (TieBreak t : List.of(TieBreak.EXEMPT_BY_ENTRANCE_TESTING, TieBreak.ENTRANCE_TEST_RESULT,
                    TieBreak.GENERAL_KNOWLEDGE_CORRECT)) {
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
            out.add(TieBreak.HEAD_DECIDES);
            return out;
        }
    }

    /** The parameters, by name: what {@link Parameters#unconfirmed()} flags and a screen labels. */
    public enum Param {
        ROUND1_PARTS, ROUND1_PASS, ROUND2_KINDS, ROUND2_WEIGHTS, ROUND2_PASS_MARK, ROUND2_PART_MINIMUM,
        PRIORITY_POINTS, TIE_CHAIN, LATE_ARRIVAL, SUSPENSION_BARS_LATER_PAPERS, REGISTRATION_WINDOW, BOARD_SPREAD,
        INVIGILATORS_PER_ROOM, WRITTEN_TOLERANCE, WRITTEN_ESCALATION, APPEAL_WINDOW, APPEAL_FEE, EXAM_FEE,
        LEADERSHIP_QUESTIONS, WINNER_CHECKLIST, FALSE_DOCUMENTS_BAR, JOINT_POSITIONS
    }

    // ---------------------------------------------------------------- shared tables

    /** 5 points of 100, the markers confer then the head decides (?), appeals within 15 days at 150,000 VND. */
    private static WrittenMarking writtenMarking() {
        return new WrittenMarking(new BigDecimal("5"), WrittenMarking.Escalation.CONFER_THEN_HEAD, 15, 150_000);
    }

    /**
     * ND 138/2020/NĐ-CP Art. 17: 30 days from the notice of results; degrees, judicial record, health certificate (?),
     * the priority evidence when claimed; false documents bar the next campaign (?).
     */
    private static WinnerDossier winnerDossier() {
        return new WinnerDossier(30, List.of(DossierItem.DEGREES, DossierItem.JUDICIAL_RECORD,
                DossierItem.HEALTH_CERTIFICATE, DossierItem.PRIORITY_EVIDENCE), 1);
    }

    /** TT 92/2021/TT-BTC, biểu phí: under 100 candidates 500,000 VND each, 100–499 400,000, 500 or more 300,000. */
    private static ExamFee tt92ExamFee() {
        return new ExamFee(List.of(new ExamFee.Band(0, 500_000), new ExamFee.Band(100, 400_000),
                new ExamFee.Band(500, 300_000)));
    }

    /** ND 138/2020/NĐ-CP Art. 5(1) (and ND 170/2025, ND 115/2020 alike): 7.5 / 5 / 2.5. */
    private static Map<PriorityCategory, BigDecimal> basePriority() {
        Map<PriorityCategory, BigDecimal> m = new LinkedHashMap<>();
        m.put(PriorityCategory.HERO_OR_WAR_INVALID, new BigDecimal("7.5"));
        m.put(PriorityCategory.ETHNIC_MINORITY, new BigDecimal("5"));
        m.put(PriorityCategory.OFFICER_OR_VETERAN_PROFESSIONAL, new BigDecimal("5"));
        m.put(PriorityCategory.CHILD_OF_MARTYR_OR_INVALID, new BigDecimal("5"));
        m.put(PriorityCategory.COMPLETED_MILITARY_SERVICE, new BigDecimal("2.5"));
        m.put(PriorityCategory.YOUTH_VOLUNTEER, new BigDecimal("2.5"));
        return m;
    }

    private static Map<PriorityCategory, BigDecimal> withTradeUnion(Map<PriorityCategory, BigDecimal> table) {
        Map<PriorityCategory, BigDecimal> m = new LinkedHashMap<>(table);
        // ND 85/2023/NĐ-CP (viên chức): 1.5 points; literals here, as enum constants are built before static fields
        m.put(PriorityCategory.GRASSROOTS_TRADE_UNION_OFFICER, new BigDecimal("1.5"));
        return m;
    }

    /** Written 70 % / interview 30 % when both are sat (ND 170/2025; (?) the same default for the 2020 sets). */
    private static Map<Round2Form, Integer> writtenInterview7030() {
        return Map.of(Round2Form.WRITTEN, 70, Round2Form.INTERVIEW, 30);
    }
}
