package vn.thituyen.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * First start of a production installation: when {@code THITUYEN_ADMIN_PASSWORD} is set and no account
 * "admin" exists yet, creates it. Nothing happens otherwise (the demo profile brings its own accounts).
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private final IdentityService identity;
    private final String password;

    AdminBootstrap(IdentityService identity, @Value("${THITUYEN_ADMIN_PASSWORD:}") String password) {
        this.identity = identity;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!password.isBlank() && !identity.exists("admin")) {
            identity.createAccount("admin", password, "Quản trị hệ thống", null, Role.ADMIN);
            LOG.info("Created the administrator account 'admin'");
        }
    }
}
