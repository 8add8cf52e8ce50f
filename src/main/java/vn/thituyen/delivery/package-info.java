/**
 * Exam day: preparing sittings, the candidate's session and durable saves, invigilation, scoring round 1, sealing;
 * item analysis and key corrections (to move into their own module).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "common", "identity", "audit", "campaign", "campaign::ui", "questionbank", "registration"
})
package vn.thituyen.delivery;
