package vn.thituyen.identity;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.mysql.Bucket4jMySQL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.common.DomainException;
import vn.thituyen.identity.domain.SignInLockout;
import vn.thituyen.identity.domain.SignInLockoutRepository;

/**
 * Throttles sign-ins (staff and candidate accounts at {@code /login}, candidate numbers with a one-time password
 * at {@code /exam-login} and {@code POST /api/exam/sessions}): failed attempts are counted per login name and per
 * client address in Bucket4j buckets kept in the database (table {@code sign_in_bucket}, shared by every node).
 * When a name's or an address's failures reach the limit within the window, it is locked for a while (a row in
 * {@code sign_in_lockout}, a log line and an audit entry): attempts are then refused without looking at the
 * password. A success clears the name's count. An invigilator lifts a candidate number's lockout from the room's
 * console, an administrator any lockout.
 */
@Service
public class SignInThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);
    private static final int MAX_LOGIN = 100;
    private static final int MAX_ADDRESS = 64;

    private final SignInLockoutRepository lockouts;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final ProxyManager<String> buckets;
    private final Limit login;
    private final Limit address;

    /** A failure budget: {@code maxFailures} within {@code window}, then locked for {@code lockout}. */
    record Limit(int maxFailures, Duration window, Duration lockout) {
        BucketConfiguration bucket() {
            return BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder().capacity(maxFailures).refillGreedy(maxFailures, window).build())
                    .build();
        }
    }

    SignInThrottle(SignInLockoutRepository lockouts, ApplicationEventPublisher events, CurrentUser currentUser,
            Clock clock, DataSource dataSource,
            @Value("${thituyen.signin.max-failures:5}") int maxFailures,
            @Value("${thituyen.signin.failure-window:15m}") Duration window,
            @Value("${thituyen.signin.lockout:15m}") Duration lockout,
            @Value("${thituyen.signin.address-max-failures:50}") int addressMaxFailures,
            @Value("${thituyen.signin.address-failure-window:10m}") Duration addressWindow,
            @Value("${thituyen.signin.address-lockout:10m}") Duration addressLockout) {
        this.lockouts = lockouts;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        this.jdbc = new JdbcTemplate(dataSource);
        this.login = new Limit(maxFailures, window, lockout);
        this.address = new Limit(addressMaxFailures, addressWindow, addressLockout);
        // the injected clock (tests move it), as Bucket4j's time; rows expire once their bucket is full again
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Bucket4jMySQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("sign_in_bucket")
                .clientClock(time)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }

    /** The key of a login name: an account's user name or a candidate number, as typed, case-insensitive. */
    public static String loginKey(String loginName) {
        String n = normalise(loginName);
        return n.isEmpty() ? null : "login:" + n;
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? null : "address:" + cut(address.trim(), MAX_ADDRESS);
    }

    private static String normalise(String loginName) {
        return loginName == null ? "" : cut(loginName.trim().toLowerCase(Locale.ROOT), MAX_LOGIN);
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /**
     * Before checking a password: refuses when the name or the address is locked.
     * @throws SignInLockedException with the time left
     */
    @Transactional(readOnly = true)
    public void check(String loginName, String clientAddress) {
        List<String> keys = keys(loginName, clientAddress);
        if (keys.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Instant until = lockouts.activeUntil(keys, now);
        if (until != null) {
            throw new SignInLockedException(Duration.between(now, until));
        }
    }

    /**
     * A wrong password (or an unknown name): counted against the name and the address. When this failure uses up
     * a budget, the name (or address) is locked from now on (committed in a transaction of its own, whatever
     * the caller's does).
     * @return the lockout when this failure caused one (the caller refuses with it), else null
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public SignInLockedException failed(String loginName, String clientAddress) {
        String addr = clientAddress == null ? null : cut(clientAddress.trim(), MAX_ADDRESS);
        Instant until = null;
        String key = loginKey(loginName);
        if (key != null) {
            until = consume(key, login, SignInLockout.Kind.LOGIN, normalise(loginName), addr);
        }
        String aKey = addressKey(clientAddress);
        if (aKey != null) {
            Instant a = consume(aKey, address, SignInLockout.Kind.ADDRESS, addr, addr);
            until = until == null || (a != null && a.isAfter(until)) ? (a == null ? until : a) : until;
        }
        return until == null ? null : new SignInLockedException(Duration.between(clock.instant(), until));
    }

    /** A successful sign-in: the name's failures are forgotten (the address keeps its count). */
    public void succeeded(String loginName) {
        String key = loginKey(loginName);
        if (key != null) {
            buckets.removeProxy(key);
        }
    }

    /** @return the lockout's end when this failure used up the budget, else null */
    private Instant consume(String key, Limit limit, SignInLockout.Kind kind, String subject, String addr) {
        ConsumptionProbe probe = buckets.getProxy(key, limit::bucket).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed() && probe.getRemainingTokens() > 0) {
            return null;
        }
        Instant now = clock.instant();
        Instant until = now.plus(limit.lockout());
        lockouts.save(new SignInLockout(key, kind, subject, addr, now, until));
        // the next budget starts when the lockout ends
        buckets.removeProxy(key);
        LOG.warn("Sign-in locked: {} {} after {} failures (last from {}), until {}", kind, subject,
                limit.maxFailures(), addr, until);
        events.publishEvent(new IdentityEvents.SignInLockedOut(kind.name(), subject, addr, until, "system"));
        return until;
    }

    private static List<String> keys(String loginName, String clientAddress) {
        String l = loginKey(loginName);
        String a = addressKey(clientAddress);
        return l == null && a == null ? List.of() : l == null ? List.of(a) : a == null ? List.of(l) : List.of(l, a);
    }

    /** Login names (e.g. a room's candidate numbers) that are locked now → until when. */
    @Transactional(readOnly = true)
    public Map<String, Instant> lockedLogins(Collection<String> loginNames) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String n : loginNames) {
            String key = loginKey(n);
            if (key != null) {
                byKey.put(key, n);
            }
        }
        Map<String, Instant> out = new LinkedHashMap<>();
        if (byKey.isEmpty()) {
            return out;
        }
        for (SignInLockout l : lockouts.active(byKey.keySet(), clock.instant())) {
            out.merge(byKey.get(l.getSubjectKey()), l.getLockedUntil(), (x, y) -> x.isAfter(y) ? x : y);
        }
        return out;
    }

    /** Every lockout in force (for administrators). */
    @Secured("ROLE_ADMIN")
    @Transactional(readOnly = true)
    public List<LockoutInfo> activeLockouts() {
        return lockouts.allActive(clock.instant()).stream()
                .map(l -> new LockoutInfo(l.getId(), l.getKind().name(), l.getSubject(), l.getAddress(),
                        l.getLockedAt(), l.getLockedUntil()))
                .toList();
    }

    /** An administrator ends a lockout (an account's, a candidate number's or an address's). */
    @Secured("ROLE_ADMIN")
    @Transactional
    public void lift(long lockoutId) {
        SignInLockout l = lockouts.findById(lockoutId).orElseThrow(() -> new DomainException("error.notFound"));
        liftAll(l.getSubjectKey(), l.getKind(), l.getSubject());
    }

    /**
     * An invigilator (or the council's secretary) ends a candidate number's lockout at the exam room. The caller
     * (the delivery module) has checked that the number belongs to the sitting on screen.
     */
    @Secured({"ROLE_INVIGILATOR", "ROLE_SECRETARY"})
    @Transactional
    public void liftForExamRoom(String candidateNumber) {
        String key = loginKey(candidateNumber);
        if (key == null) {
            throw new DomainException("error.notFound");
        }
        liftAll(key, SignInLockout.Kind.LOGIN, normalise(candidateNumber));
    }

    private void liftAll(String key, SignInLockout.Kind kind, String subject) {
        Instant now = clock.instant();
        List<SignInLockout> active = lockouts.active(Set.of(key), now);
        if (active.isEmpty()) {
            throw new DomainException("error.lockout.none");
        }
        String by = currentUser.username();
        active.forEach(l -> l.lift(by, now));
        buckets.removeProxy(key);
        LOG.info("Sign-in lockout lifted: {} {} by {}", kind, subject, by);
        events.publishEvent(new IdentityEvents.SignInLockoutLifted(kind.name(), subject, by));
    }

    /** Bucket rows whose budget is full again carry no information: swept every 10 minutes. */
    @Scheduled(fixedDelayString = "${thituyen.signin.sweep-ms:600000}", initialDelay = 60_000)
    public void sweep() {
        try {
            jdbc.update("DELETE FROM sign_in_bucket WHERE expires_at IS NOT NULL AND expires_at < ?",
                    clock.millis());
        } catch (RuntimeException e) {
            LOG.warn("Sweeping sign_in_bucket failed", e);
        }
    }

    public record LockoutInfo(long id, String kind, String subject, String address, Instant lockedAt,
            Instant lockedUntil) {
    }
}
