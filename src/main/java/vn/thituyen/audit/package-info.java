/**
 * The hash-chained audit log: every event of the other modules recorded, verified and sealed into official
 * documents.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity"})
package vn.thituyen.audit;
