package vn.thituyen.identity;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.thituyen.common.Messages;
import vn.thituyen.identity.domain.PasswordPolicy;

/**
 * First start of a production installation. Without the demo profile, an installation needs an administrator:
 * when no ADMIN account exists, {@code THITUYEN_ADMIN_PASSWORD} creates the account "admin" (the password must
 * pass the staff password policy); when it is not given, the application refuses to start with a clear message
 * instead of running without anyone able to manage it. With the demo profile the demo loader brings its accounts.
 * The check runs while the application context starts, so a refused start never opens the port.
 */
@Component
class AdminBootstrap implements InitializingBean {

    static final String NO_ADMIN = "No administrator account exists and THITUYEN_ADMIN_PASSWORD is not set. "
            + "Set THITUYEN_ADMIN_PASSWORD (at least 12 characters, not a common password) to create the account "
            + "'admin' on this first start, or start with SPRING_PROFILES_ACTIVE=demo for the demo data.";

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private final IdentityService identity;
    private final String password;
    private final boolean demo;

    AdminBootstrap(IdentityService identity, Environment env, @Value("${THITUYEN_ADMIN_PASSWORD:}") String password) {
        this.identity = identity;
        this.password = password;
        this.demo = Arrays.asList(env.getActiveProfiles()).contains("demo")
                || env.getActiveProfiles().length == 0 && Arrays.asList(env.getDefaultProfiles()).contains("demo");
    }

    /** What a start does about the first administrator. */
    enum Decision { NOTHING, CREATE_ADMIN }

    /**
     * @throws IllegalStateException (refusing the start) when no administrator exists and none can be created
     */
    static Decision decide(boolean demoProfile, boolean adminExists, boolean usernameAdminTaken, String password) {
        if (demoProfile || adminExists) {
            return Decision.NOTHING;
        }
        if (password == null || password.isBlank()) {
            throw new IllegalStateException(NO_ADMIN);
        }
        String weak = PasswordPolicy.checkStaff("admin", password);
        if (weak != null) {
            throw new IllegalStateException("THITUYEN_ADMIN_PASSWORD is refused: " + Messages.get(Messages.ENGLISH, weak));
        }
        if (usernameAdminTaken) {
            throw new IllegalStateException("No administrator account exists, but the username 'admin' is taken by "
                    + "another account: give an administrator role to an account in the database.");
        }
        return Decision.CREATE_ADMIN;
    }

    @Override
    public void afterPropertiesSet() {
        boolean anyAdmin = !demo && identity.anyWithRole(Role.ADMIN);
        Decision d = decide(demo, anyAdmin, !demo && !anyAdmin && identity.exists("admin"), password);
        if (d == Decision.CREATE_ADMIN) {
            identity.createAccount("admin", password, "Quản trị hệ thống", null, Role.ADMIN);
            LOG.info("Created the administrator account 'admin'");
        }
    }
}
