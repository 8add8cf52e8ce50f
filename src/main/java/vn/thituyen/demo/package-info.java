/**
 * Demo data for the embedded database, created through the same services an office uses; never in a production
 * jar.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "common", "identity", "campaign", "questionbank", "registration", "delivery", "grading", "results",
    "publication"
})
package vn.thituyen.demo;
