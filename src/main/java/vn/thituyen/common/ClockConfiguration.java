package vn.thituyen.common;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of time: timers, deadlines and windows all read this injected clock. */
@Configuration
public class ClockConfiguration {

    /** Exams are held in Vietnam; dates shown and registration windows use this zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
