package vn.thituyen.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Finding 6 (a production jar started with the demo accounts and their published password) and finding 11 (default
 * secrets in the production configuration) of the security review.
 */
class AdminBootstrapTest {

    @Test
    void withoutTheDemoProfileAndWithoutAnAdministratorTheStartIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> AdminBootstrap.decide(false, false, false, ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No administrator account exists and THITUYEN_ADMIN_PASSWORD is not set");
        assertThatThrownBy(() -> AdminBootstrap.decide(false, false, false, null))
                .hasMessageContaining("THITUYEN_ADMIN_PASSWORD");
    }

    @Test
    void theFirstAdministratorsPasswordMustPassTheStaffPolicy() {
        assertThatThrownBy(() -> AdminBootstrap.decide(false, false, false, "Demo@2026"))
                .hasMessageContaining("THITUYEN_ADMIN_PASSWORD is refused")
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> AdminBootstrap.decide(false, false, false, "Administrator1!"))
                .hasMessageContaining("too easy to guess");
        assertThat(AdminBootstrap.decide(false, false, false, "Sông-Hồng chảy 2026"))
                .isEqualTo(AdminBootstrap.Decision.CREATE_ADMIN);
    }

    @Test
    void anExistingAdministratorOrTheDemoProfileNeedsNothing() {
        assertThat(AdminBootstrap.decide(false, true, true, "")).isEqualTo(AdminBootstrap.Decision.NOTHING);
        assertThat(AdminBootstrap.decide(true, false, false, "")).isEqualTo(AdminBootstrap.Decision.NOTHING);
    }

    /** The demo profile is opt-in: no default profile in the application's own configuration. */
    @Test
    void theApplicationHasNoDefaultProfile() throws Exception {
        Properties app = load("/application.properties");
        assertThat(app).doesNotContainKey("spring.profiles.default").doesNotContainKey("spring.profiles.active");
        // ./mvnw spring-boot:run keeps the demo (README): only the Maven plugin's run sets the default profile
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        assertThat(pom).contains("<spring.profiles.default>demo</spring.profiles.default>");
    }

    /** The mysql profile has no password default and no useSSL=false: without THITUYEN_DB_PASSWORD it fails. */
    @Test
    void theMysqlProfileNeedsTheDatabasePasswordFromTheEnvironment() throws Exception {
        Properties mysql = loadMain("application-mysql.properties");
        assertThat(mysql.getProperty("spring.datasource.password")).isEqualTo("${THITUYEN_DB_PASSWORD}");
        assertThat(mysql.getProperty("spring.datasource.url")).doesNotContain("useSSL=false")
                .doesNotContain("allowPublicKeyRetrieval=true");

        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new PropertiesPropertySource("mysql", mysql));
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        assertThatThrownBy(() -> env.resolveRequiredPlaceholders(mysql.getProperty("spring.datasource.password")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("THITUYEN_DB_PASSWORD");

        String compose = Files.readString(Path.of("docker-compose.yml"), StandardCharsets.UTF_8);
        assertThat(compose).doesNotContain(":-change-me").doesNotContain("useSSL=false")
                .contains("${THITUYEN_DB_PASSWORD:?").contains("${MYSQL_ROOT_PASSWORD:?")
                .contains("${THITUYEN_ADMIN_PASSWORD:?");
    }

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = AdminBootstrapTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** src/main's file (the test classpath has its own application-mysql.properties for the test database). */
    private static Properties loadMain(String name) throws Exception {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
