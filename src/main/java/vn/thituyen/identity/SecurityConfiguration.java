package vn.thituyen.identity;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import vn.thituyen.common.ApiError;
import vn.thituyen.identity.domain.UserAccountRepository;
import vn.thituyen.identity.ui.LoginView;

/**
 * Two filter chains. The exam clients' JSON API ({@code /api/exam/**}) is stateless: only its bearer token signs a
 * request in; the HTTP session and its cookie are never read, so a foreign page cannot act for a candidate signed
 * in in the browser (no CSRF surface), and every refusal is JSON. Everything else is Vaadin's chain: every view is
 * guarded by role (VaadinWebSecurity + @RolesAllowed), services again by @Secured; sign-ins are throttled
 * ({@link SignInThrottle}); security headers on every answer (docs/security-sign-in.md).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(securedEnabled = true, jsr250Enabled = true)
public class SecurityConfiguration extends VaadinWebSecurity {

    /**
     * The tightest policy Vaadin 24 runs under, in development mode and in the production bundle alike: its
     * bootstrap page carries inline scripts and its client runs server-sent JavaScript through Function()
     * ('unsafe-inline' and 'unsafe-eval' for scripts), its components set inline styles; images and fonts also as
     * data: URIs (Lumo's icons, question images), downloads as blob:. Nothing is loaded from another origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** JSON answers never need to load anything. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private final UserAccountRepository users;
    private final ObjectProvider<ExamTicketCheck> examTickets;
    private final SignInThrottle throttle;

    SecurityConfiguration(UserAccountRepository users, ObjectProvider<ExamTicketCheck> examTickets,
            SignInThrottle throttle) {
        this.users = users;
        this.examTickets = examTickets;
        this.throttle = throttle;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService() {
        return username -> users.findByUsernameIgnoreCase(username)
                .map(u -> new Principal(u.getUsername(), u.getPasswordHash(), u.isEnabled(), u.getId(), null, u.getRole(),
                        u.getFullName()).withSessionGeneration(u.getSessionGeneration()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService uds, PasswordEncoder encoder) {
        DaoAuthenticationProvider accounts = new DaoAuthenticationProvider(uds);
        accounts.setPasswordEncoder(encoder);
        return new ThrottledAuthentication(new ProviderManager(List.of(accounts, new ExamTicketProvider())), throttle);
    }

    /** The exam clients' API: bearer token only, no session, no cookie, JSON for every refusal. */
    @Bean
    @Order(1)
    SecurityFilterChain examApiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/exam/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // the security context lives for the request only: a session cookie signs nobody in here
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                // nothing a browser sends by itself (cookies, basic auth) authenticates, so there is nothing to forge
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/exam/sessions").permitAll()
                        .anyRequest().hasRole(Role.EXAMINEE.name()))
                .addFilterBefore(new ExamTokenFilter(examTickets), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> ApiError.write(res, 401, "error.notSignedIn"))
                        .accessDeniedHandler((req, res, ex) -> ApiError.write(res, 401, "error.notSignedIn")))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        return http.build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/api/public/**", "/favicon.ico").permitAll()
                // load balancers and monitoring: UP or DOWN only (details for ADMIN), no other actuator endpoint
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                .permitAll());
        super.configure(http);
        // after Vaadin's defaults, so these win
        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        // The form login must use this manager (accounts + exam tickets, throttled); left alone, Spring Security
        // builds its own from the UserDetailsService and the exam-room sign-in with SBD + one-time password fails.
        http.authenticationManager(authenticationManager(userDetailsService(), passwordEncoder()));
        setLoginView(http, LoginView.class, "/");
        // a disabled account, or one whose password was reset, is signed out of every session on its next request
        http.addFilterAfter(new AccountSessionFilter(users),
                org.springframework.security.web.context.SecurityContextHolderFilter.class);
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
    }

    /**
     * Counts failures and refuses locked names and addresses before any password is checked. The client address
     * is the request's remote address (behind a proxy, only what {@code server.forward-headers-strategy} makes of
     * the proxy's X-Forwarded-For: docs/deployment.md).
     */
    static final class ThrottledAuthentication implements AuthenticationManager {

        private final AuthenticationManager delegate;
        private final SignInThrottle throttle;

        ThrottledAuthentication(AuthenticationManager delegate, SignInThrottle throttle) {
            this.delegate = delegate;
            this.throttle = throttle;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            String login = String.valueOf(authentication.getPrincipal());
            String address = authentication.getDetails() instanceof WebAuthenticationDetails d
                    ? d.getRemoteAddress() : null;
            try {
                throttle.check(login, address);
            } catch (SignInLockedException e) {
                throw new LockedOut(e);
            }
            try {
                Authentication result = delegate.authenticate(authentication);
                throttle.succeeded(login);
                return result;
            } catch (AuthenticationException e) {
                SignInLockedException locked = throttle.failed(login, address);
                if (locked != null) {
                    throw new LockedOut(locked);
                }
                throw e;
            }
        }
    }

    /** A sign-in refused because of a lockout: the form says how long to wait. */
    static final class LockedOut extends AuthenticationException {
        final transient SignInLockedException lock;

        LockedOut(SignInLockedException lock) {
            super(lock.getMessage());
            this.lock = lock;
        }
    }

    /** Candidate number + one-time password, valid only while the candidate's sitting is open. */
    private final class ExamTicketProvider implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            ExamTicketCheck check = examTickets.getIfAvailable();
            String number = String.valueOf(authentication.getPrincipal()).trim();
            String otp = String.valueOf(authentication.getCredentials()).trim();
            if (check == null || number.isEmpty() || otp.isEmpty() || number.length() > 20 || otp.length() > 20) {
                throw new BadCredentialsException("bad ticket");
            }
            ExamTicketCheck.Examinee e = check.signIn(number, otp)
                    .orElseThrow(() -> new BadCredentialsException("bad ticket"));
            Principal p = new Principal(e.candidateNumber(), "", true, null, e.attemptId(), Role.EXAMINEE, e.fullName(),
                    e.session());
            return UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
        }

        @Override
        public boolean supports(Class<?> type) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
        }
    }

    /**
     * A failed sign-in goes back to the form it came from (account login or exam-room login); a locked one says
     * for how many minutes.
     */
    private static final class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {
        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            String referer = request.getHeader("Referer");
            String form = referer != null && referer.contains("/exam-login") ? "/exam-login" : "/login";
            String target = exception instanceof LockedOut l ? form + "?locked=" + l.lock.minutes() : form + "?error";
            getRedirectStrategy().sendRedirect(request, response, target);
        }
    }
}
