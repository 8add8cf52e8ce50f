package vn.thituyen.demo;

import java.util.concurrent.Callable;
import vn.thituyen.identity.IdentityService;
import vn.thituyen.identity.Principal;
import vn.thituyen.identity.Role;
import vn.thituyen.identity.RunAs;

/** The demo's people acting through the services, as when they sign in: their account's role and name. */
final class DemoActors {

    private final IdentityService identity;

    DemoActors(IdentityService identity) {
        this.identity = identity;
    }

    long userId(String username) {
        return identity.findByUsername(username).orElseThrow(
                () -> new IllegalStateException("demo account " + username + " is missing")).id();
    }

    /** As the person with that account (their role and name, as when they sign in). */
    <T> T as(String username, Callable<T> body) {
        IdentityService.AccountSummary a = identity.findByUsername(username).orElseThrow(
                () -> new IllegalStateException("demo account " + username + " is missing"));
        return RunAs.call(new Principal(username, "", true, a.id(), null, a.role(), a.fullName()), body);
    }

    /** As the administrator, who may have no account of their own (a test's system administrator). */
    <T> T asAdmin(String username, Callable<T> body) {
        Long id = identity.findByUsername(username).map(IdentityService.AccountSummary::id).orElse(null);
        return RunAs.call(new Principal(username, "", true, id, null, Role.ADMIN, username), body);
    }

    /** The secretary computes, the chair approves, the secretary publishes with the document's number. */
    void publishResults(vn.thituyen.results.ResultsService results, long campaign, String secretary, String chair,
            String documentNumber) {
        long set = as(secretary, () -> results.compute(campaign));
        as(chair, () -> {
            results.approve(set);
            return null;
        });
        as(secretary, () -> {
            results.publish(set, documentNumber);
            return null;
        });
    }
}
