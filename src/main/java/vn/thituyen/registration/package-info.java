/**
 * Candidates' applications, the board's review of them and of each claim, rooms, and the eligible list with its
 * corrected versions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity", "campaign", "campaign::ui"})
package vn.thituyen.registration;
