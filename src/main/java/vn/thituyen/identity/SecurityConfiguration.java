package vn.thituyen.identity;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import vn.thituyen.identity.domain.UserAccountRepository;
import vn.thituyen.identity.ui.LoginView;

/** Every view is guarded by role (VaadinWebSecurity + @RolesAllowed); services are guarded again by @Secured. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(securedEnabled = true, jsr250Enabled = true)
public class SecurityConfiguration extends VaadinWebSecurity {

    private final UserAccountRepository users;
    private final ObjectProvider<ExamTicketCheck> examTickets;

    SecurityConfiguration(UserAccountRepository users, ObjectProvider<ExamTicketCheck> examTickets) {
        this.users = users;
        this.examTickets = examTickets;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService() {
        return username -> users.findByUsernameIgnoreCase(username)
                .map(u -> new Principal(u.getUsername(), u.getPasswordHash(), u.isEnabled(), u.getId(), null, u.getRole(),
                        u.getFullName()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService uds, PasswordEncoder encoder) {
        DaoAuthenticationProvider accounts = new DaoAuthenticationProvider(uds);
        accounts.setPasswordEncoder(encoder);
        return new ProviderManager(List.of(accounts, new ExamTicketProvider()));
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/api/public/**", "/favicon.ico").permitAll()
                // load balancers and monitoring: UP or DOWN only (details for ADMIN), no other actuator endpoint
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                .permitAll()
                // exam clients: bearer token per request (ExamTokenFilter); the services check the examinee role
                .requestMatchers("/api/exam/**").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/exam/**"));
        http.addFilterBefore(new ExamTokenFilter(examTickets),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        super.configure(http);
        // The form login must use this manager (accounts + exam tickets); left alone, Spring Security builds its
        // own from the UserDetailsService and the exam-room sign-in with SBD + one-time password always fails.
        http.authenticationManager(authenticationManager(userDetailsService(), passwordEncoder()));
        setLoginView(http, LoginView.class, "/");
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
    }

    /** Candidate number + one-time password, valid only while the candidate's sitting is open. */
    private final class ExamTicketProvider implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            ExamTicketCheck check = examTickets.getIfAvailable();
            String number = String.valueOf(authentication.getPrincipal()).trim();
            String otp = String.valueOf(authentication.getCredentials()).trim();
            if (check == null || number.isEmpty() || otp.isEmpty()) {
                throw new BadCredentialsException("bad ticket");
            }
            ExamTicketCheck.Examinee e = check.check(number, otp)
                    .orElseThrow(() -> new BadCredentialsException("bad ticket"));
            Principal p = new Principal(e.candidateNumber(), "", true, null, e.attemptId(), Role.EXAMINEE, e.fullName());
            return UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
        }

        @Override
        public boolean supports(Class<?> type) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
        }
    }

    /** A failed sign-in goes back to the form it came from (account login or exam-room login). */
    private static final class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {
        @Override
        public void onAuthenticationFailure(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                org.springframework.security.core.AuthenticationException exception) throws IOException {
            String referer = request.getHeader("Referer");
            String target = referer != null && referer.contains("/exam-login") ? "/exam-login?error" : "/login?error";
            getRedirectStrategy().sendRedirect(request, response, target);
        }
    }
}
