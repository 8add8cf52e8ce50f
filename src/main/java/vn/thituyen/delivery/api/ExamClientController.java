package vn.thituyen.delivery.api;

import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import jakarta.servlet.http.HttpServletRequest;
import vn.thituyen.common.ApiError;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.Messages;
import vn.thituyen.delivery.DeliveryService;
import vn.thituyen.delivery.ExamScreen;
import vn.thituyen.identity.SignInLockedException;
import vn.thituyen.identity.SignInThrottle;

/**
 * JSON for exam clients (a candidate's computer, load and recovery tests): the same services as the exam
 * view, the same rules. Sign in with the room's candidate number + one-time password to get a bearer token;
 * answers carry the client's sequence number, so retries are safe. Keys never leave the server. A part starts only
 * once the invigilator checked the candidate in (when the room requires it): refused with 409
 * {@code error.exam.notCheckedIn} before that, as on the exam screen.
 */
@RestController
@RequestMapping(value = "/api/exam", produces = MediaType.APPLICATION_JSON_VALUE)
class ExamClientController {

    private final DeliveryService delivery;
    private final SignInThrottle throttle;

    ExamClientController(DeliveryService delivery, SignInThrottle throttle) {
        this.delivery = delivery;
        this.throttle = throttle;
    }

    record SignIn(String candidateNumber, String oneTimePassword) {
    }

    record Session(String token) {
    }

    record AnswerMessage(Integer choice, Long seq) {
    }

    record Receipt(long itemId, Instant savedAt) {
    }

    /**
     * Sign-in with the room's ticket, throttled like the browser's (per candidate number and per client address):
     * a locked number or address gets 429 with Retry-After, before the password is looked at. A new session ends
     * the candidate's earlier one (browser or API).
     */
    @PostMapping(value = "/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> signIn(@RequestBody SignIn body, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        try {
            throttle.check(body.candidateNumber(), address);
        } catch (SignInLockedException e) {
            return tooMany(e);
        }
        var token = delivery.openClientSession(body.candidateNumber(), body.oneTimePassword());
        if (token.isPresent()) {
            throttle.succeeded(body.candidateNumber());
            return ResponseEntity.status(HttpStatus.CREATED).body(new Session(token.get()));
        }
        SignInLockedException locked = throttle.failed(body.candidateNumber(), address);
        return locked != null ? tooMany(locked) : error(HttpStatus.UNAUTHORIZED, "login.error.message");
    }

    private static ResponseEntity<Map<String, String>> tooMany(SignInLockedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(e.seconds()))
                .contentType(MediaType.APPLICATION_JSON).body(ApiError.body("error.tooManyAttempts", e.minutes()));
    }

    @GetMapping("/screen")
    ExamScreen screen() {
        return delivery.screen();
    }

    @PostMapping("/parts/next")
    ExamScreen startNextPart() {
        return delivery.startNextPart();
    }

    @PutMapping(value = "/items/{itemId}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    Receipt answer(@PathVariable long itemId, @RequestBody AnswerMessage body) {
        return new Receipt(itemId, delivery.saveAnswer(itemId, body.choice(), body.seq()));
    }

    record FlagMessage(boolean flagged) {
    }

    /** The candidate's own "review later" marker on a question of the running part (not scored). */
    @PutMapping("/items/{itemId}/flag")
    ResponseEntity<Void> flag(@PathVariable long itemId, @RequestBody FlagMessage body) {
        delivery.flag(itemId, body.flagged());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/parts/current/submit")
    ExamScreen submit() {
        return delivery.submitCurrentPart();
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, String>> refused(DomainException e) {
        if (e.messageKey().equals("error.exam.signedInElsewhere") || e.messageKey().equals("error.exam.sessionExpired")) {
            return error(HttpStatus.UNAUTHORIZED, e.messageKey());   // the token no longer counts: sign in again
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", e.messageKey(), "message", Messages.vi(e.messageKey(), e.params())));
    }

    @ExceptionHandler(org.springframework.dao.TransientDataAccessException.class)
    ResponseEntity<Map<String, String>> busy() {
        // nothing was saved by the refused transaction: the client retries the same message (same seq)
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", "error.busy", "message", Messages.vi("error.busy")));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class})
    ResponseEntity<Map<String, String>> denied() {
        return error(HttpStatus.UNAUTHORIZED, "error.notSignedIn");
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable() {
        return error(HttpStatus.BAD_REQUEST, "error.badRequest");
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String key) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ApiError.body(key));
    }
}
