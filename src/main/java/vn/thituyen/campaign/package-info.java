/**
 * Campaigns an office sets up and runs: positions, exam plans, rule sets, the lifecycle, the council and its
 * boards, and who may do what in a campaign.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity"})
package vn.thituyen.campaign;
