package vn.thituyen.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

class RetryTest {

    @Test
    void aDeadlockVictimIsRunAgain() {
        AtomicInteger calls = new AtomicInteger();
        String result = Retry.transientFailures(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new CannotAcquireLockException("Deadlock found when trying to get lock");
            }
            return "saved";
        });
        assertThat(result).isEqualTo("saved");
        assertThat(calls).hasValue(3);
    }

    @Test
    void afterThreeTriesTheUserIsToldTheSystemIsBusy() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> Retry.transientFailures(() -> {
            calls.incrementAndGet();
            throw new CannotAcquireLockException("lock wait timeout");
        })).isInstanceOf(DomainException.class).hasMessage("error.busy");
        assertThat(calls).hasValue(3);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> Retry.transientFailures(() -> {
            calls.incrementAndGet();
            throw new DataIntegrityViolationException("duplicate");
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(calls).hasValue(1);
    }
}
