/**
 * Results: ranking per position with priority points and tie-breaks, the chair's approval and publication, each
 * version kept.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "common", "identity", "campaign", "campaign::ui", "registration", "delivery", "grading"
})
package vn.thituyen.results;
