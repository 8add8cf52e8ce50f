package vn.thituyen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one Spring test configuration: the whole app on a random port, a movable clock and the scenario driver.
 * Every Spring test uses it, so they all share one application context (Vaadin installs a security-context
 * strategy per context; two contexts in one JVM would not see each other's sign-ins).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestClock.Config.class, Scenario.class})
public @interface ApplicationTest {
}
