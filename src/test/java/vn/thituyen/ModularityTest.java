package vn.thituyen;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The modules' arrows stay honest and acyclic: only public packages are used across modules. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesAreVerified() {
        MODULES.verify();
    }
}
