/**
 * Accounts, sign-in (staff, candidates, examinees at the room), sessions, throttling and the staff accounts an
 * administrator manages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common"})
package vn.thituyen.identity;
