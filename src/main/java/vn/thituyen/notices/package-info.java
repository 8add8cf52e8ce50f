/**
 * Notices to candidates (thông báo): written to an outbox in the transaction of the event that causes them, shown in
 * the candidate's inbox and mailed through Spring Mail when a mail server is configured; the working-day rule for
 * the summons deadline (TT 6/2020 Art. 12).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "common", "identity", "campaign", "campaign::ui", "registration", "delivery", "grading", "results", "winners"
})
package vn.thituyen.notices;
