/**
 * Exam day: preparing sittings, the candidate's session and durable saves, invigilation, scoring round 1 (and
 * again when a key is corrected), sealing; the sat papers as other modules may read them ({@code SatPapers}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "common", "identity", "audit", "campaign", "campaign::ui", "questionbank", "registration"
})
package vn.thituyen.delivery;
