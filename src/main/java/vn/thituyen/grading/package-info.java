/**
 * Round 2 marking: each board member scores alone, the spread rule decides, the head or the chair settles what it
 * escalates.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "common", "identity", "campaign", "campaign::ui", "registration", "delivery"
})
package vn.thituyen.grading;
