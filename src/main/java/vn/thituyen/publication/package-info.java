/**
 * What the public reads: the published result lists (page, JSON, official PDF with the letterhead).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity", "audit", "campaign", "results"})
package vn.thituyen.publication;
