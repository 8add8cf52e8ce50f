package vn.thituyen.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.PartKind;

/**
 * Round 2 per position: ND 138/2020/NĐ-CP Art. 8(2) (interview, written, or both), ND 115/2020/NĐ-CP Art. 9(2)
 * (practical, interview or written), 100-point scale, weights adding up to 100 %.
 */
class ExamPlanRuleTest {

    private static final ExamPlanRule.Limits CIVIL = new ExamPlanRule.Limits(
            EnumSet.of(PartKind.INTERVIEW, PartKind.WRITTEN_PAPER, PartKind.WRITTEN_COMPUTER), Map.of());
    private static final ExamPlanRule.Limits PUBLIC = new ExamPlanRule.Limits(EnumSet.of(PartKind.INTERVIEW,
            PartKind.WRITTEN_PAPER, PartKind.WRITTEN_COMPUTER, PartKind.PRACTICAL), Map.of());
    // the 2025 civil-servant set fixes written 70 % / interview 30 % when both are held
    private static final ExamPlanRule.Limits FIXED = new ExamPlanRule.Limits(CIVIL.kinds(),
            Map.of(PartKind.WRITTEN_PAPER, 70, PartKind.INTERVIEW, 30));

    /** parts as "KIND:minutes:max:weight:pass" separated by "|"; problems as "part:key" separated by "|" */
    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = ';', value = {
        "CIVIL;  INTERVIEW:30:100:100:50;                                  ",
        "CIVIL;  WRITTEN_PAPER:180:100:100:50;                             ",
        "CIVIL;  WRITTEN_PAPER:180:100:70:50|INTERVIEW:30:100:30:50;       ",
        "CIVIL;  PRACTICAL:60:100:100:50;                                  1:error.plan.kind",
        "PUBLIC; PRACTICAL:60:100:100:50;                                  ",
        "CIVIL;  COMPUTER_MCQ:60:100:100:50;                               1:error.plan.kind",
        "CIVIL;  INTERVIEW:30:100:60:50|INTERVIEW:30:100:40:50;            2:error.plan.duplicateKind",
        "CIVIL;  WRITTEN_PAPER:180:100:60:50|INTERVIEW:30:100:30:50;       0:error.plan.weights",
        "CIVIL;  INTERVIEW:0:100:100:50;                                   1:error.plan.minutes",
        "CIVIL;  INTERVIEW:601:100:100:50;                                 1:error.plan.minutes",
        "CIVIL;  INTERVIEW:30:0:100:;                                      1:error.plan.maxScore",
        "CIVIL;  INTERVIEW:30:100:100:101;                                 1:error.plan.passMark",
        "CIVIL;  INTERVIEW:30:100:100:;                                    ",
        "CIVIL;  INTERVIEW:30:100:0:50;                                    1:error.plan.weight|0:error.plan.weights",
        "FIXED;  WRITTEN_PAPER:180:100:70:50|INTERVIEW:30:100:30:50;       ",
        "FIXED;  WRITTEN_COMPUTER:180:100:70:50|INTERVIEW:30:100:30:50;    ",
        "FIXED;  WRITTEN_PAPER:180:100:50:50|INTERVIEW:30:100:50:50;       1:error.plan.fixedWeight|2:error.plan.fixedWeight",
        "FIXED;  INTERVIEW:30:100:100:50;                                  ",
        "CIVIL;  ;                                                         0:error.plan.empty",
    })
    void aPlanFollowsTheRuleSet(String limits, String parts, String problems) {
        ExamPlanRule.Limits l = switch (limits) {
            case "PUBLIC" -> PUBLIC;
            case "FIXED" -> FIXED;
            default -> CIVIL;
        };
        List<ExamPlanRule.Part> plan = new ArrayList<>();
        if (parts != null) {
            for (String p : parts.split("\\|")) {
                String[] f = p.split(":", -1);
                plan.add(new ExamPlanRule.Part(PartKind.valueOf(f[0]), Integer.parseInt(f[1]), new BigDecimal(f[2]),
                        Integer.parseInt(f[3]), f[4].isEmpty() ? null : new BigDecimal(f[4])));
            }
        }
        List<String> found = ExamPlanRule.check(plan, l).stream().map(x -> x.part() + ":" + x.key()).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(problems == null ? List.of()
                : List.of(problems.split("\\|")));
    }

    @org.junit.jupiter.api.Test
    void theDefaultIsAThirtyMinuteInterviewAtTheRuleSetsPassMark() {
        assertThat(ExamPlanRule.defaultPlan(new BigDecimal("50"))).containsExactly(new ExamPlanRule.Part(
                PartKind.INTERVIEW, 30, new BigDecimal("100"), 100, new BigDecimal("50")));
        assertThat(ExamPlanRule.check(ExamPlanRule.defaultPlan(new BigDecimal("50")), CIVIL)).isEmpty();
    }
}
