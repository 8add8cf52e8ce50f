package vn.thituyen.campaign;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A named set of exam rules, stored with each campaign: a campaign keeps the rule set it started with.
 * Only {@link #CIVIL_SERVANT_2020} is complete in this version.
 */
public enum RuleSet {

    /**
     * Civil servants, exams 2020 – 06/2025: ND 138/2020/NĐ-CP (+ ND 116/2024), TT 6/2020/TT-BNV.
     * Round 1: Part I general knowledge 60 questions / 60 min, Part II foreign language 30 / 30 (Art. 8).
     * Priority points 7.5 / 5 / 2.5, only the highest counts (Art. 5).
     */
    CIVIL_SERVANT_2020(
            List.of(new Round1Part(1, Subject.GENERAL_KNOWLEDGE, 60, 60),
                    new Round1Part(2, Subject.FOREIGN_LANGUAGE, 30, 30)),
            Map.of(PriorityCategory.HERO_OR_WAR_INVALID, new BigDecimal("7.5"),
                    PriorityCategory.ETHNIC_MINORITY, new BigDecimal("5"),
                    PriorityCategory.OFFICER_OR_VETERAN_PROFESSIONAL, new BigDecimal("5"),
                    PriorityCategory.CHILD_OF_MARTYR_OR_INVALID, new BigDecimal("5"),
                    PriorityCategory.COMPLETED_MILITARY_SERVICE, new BigDecimal("2.5"),
                    PriorityCategory.YOUTH_VOLUNTEER, new BigDecimal("2.5")),
            new BigDecimal("5"), 30);

    private final List<Round1Part> round1Parts;
    private final Map<PriorityCategory, BigDecimal> priorityPoints;
    private final BigDecimal maxBoardSpread;
    private final int lateArrivalMinutes;

    RuleSet(List<Round1Part> round1Parts, Map<PriorityCategory, BigDecimal> priorityPoints, BigDecimal maxBoardSpread,
            int lateArrivalMinutes) {
        this.round1Parts = round1Parts;
        this.priorityPoints = priorityPoints;
        this.maxBoardSpread = maxBoardSpread;
        this.lateArrivalMinutes = lateArrivalMinutes;
    }

    /**
     * Round 1 is passed part by part: at least 50 % correct answers in each part
     * (ND 138/2020/NĐ-CP Art. 8(3)). Integer arithmetic, so 15 of 30 passes and 29 of 60 does not.
     */
    public boolean partPassed(int correct, int total) {
        if (total <= 0 || correct < 0 || correct > total) {
            throw new IllegalArgumentException("correct " + correct + " of " + total);
        }
        return correct * 2 >= total;
    }

    public List<Round1Part> round1Parts() {
        return round1Parts;
    }

    /** Points of a category under this rule set; zero when the set does not recognise it. */
    public BigDecimal priorityPoints(PriorityCategory category) {
        return category == null ? BigDecimal.ZERO : priorityPoints.getOrDefault(category, BigDecimal.ZERO);
    }

    public List<PriorityCategory> priorityCategories() {
        return java.util.Arrays.stream(PriorityCategory.values()).filter(priorityPoints::containsKey).toList();
    }

    /** Highest − lowest board score up to which the mean is taken (interviews, defences). */
    public BigDecimal maxBoardSpread() {
        return maxBoardSpread;
    }

    /** TT 6/2020: a candidate more than 30 minutes late may not sit. */
    public int lateArrivalMinutes() {
        return lateArrivalMinutes;
    }

    /** One part of the computer round: how many questions, how long. */
    public record Round1Part(int number, Subject subject, int questionCount, int durationMinutes) {
    }

    /** What a round-1 part examines. */
    public enum Subject {
        GENERAL_KNOWLEDGE, FOREIGN_LANGUAGE
    }
}
