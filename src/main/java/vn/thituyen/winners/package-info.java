/**
 * Winners (người trúng tuyển), ND 138/2020/NĐ-CP Art. 17: each winner's dossier after the results are published, its
 * checklist verified by the secretary, the cancellation of a result (dossier not completed in time, or false
 * documents) and the bar false documents put on the person's citizen ID; the next ranked candidate is then recognised
 * by a new version of the results ({@code results.ResultsService#computeAfterCancellation}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "common", "identity", "campaign", "campaign::ui", "registration", "results"
})
package vn.thituyen.winners;
