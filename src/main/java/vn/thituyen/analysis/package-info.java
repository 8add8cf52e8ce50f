/**
 * Item analysis of the round-1 papers (difficulty, discrimination, distractors, reliability) and key corrections
 * after the exam: proposed by the question board, approved by the chair; the corrected key is applied to the papers
 * by module delivery.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "common", "identity", "audit", "campaign", "campaign::ui", "questionbank", "registration", "delivery"
})
package vn.thituyen.analysis;
