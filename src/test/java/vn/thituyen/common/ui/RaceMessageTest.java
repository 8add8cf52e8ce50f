package vn.thituyen.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.Messages;

/** What the session's error handler tells the user, beyond a refusal's own message. */
class RaceMessageTest {

    @Test
    void aChangeThatLostARaceAsksToReloadNotTheGenericError() {
        for (RuntimeException race : new RuntimeException[] {
            new ObjectOptimisticLockingFailureException("Candidacy", 7L),
            new PessimisticLockingFailureException("lock wait timeout"),
            new IllegalStateException("wrapped", new jakarta.persistence.OptimisticLockException("row changed"))}) {
            DomainException d = UiSetup.findDomain(race);
            assertThat(d).as(race.toString()).isNotNull();
            assertThat(d.messageKey()).isEqualTo("error.concurrentChange");
            assertThat(Messages.vi(d.messageKey())).startsWith("Dữ liệu này vừa được người khác thay đổi");
        }
    }

    @Test
    void aRefusalKeepsItsOwnMessageAndAnythingElseIsUnexpected() {
        DomainException refusal = new DomainException("error.results.locked");
        assertThat(UiSetup.findDomain(new RuntimeException(refusal))).isSameAs(refusal);
        assertThat(UiSetup.findDomain(new IllegalArgumentException("bug"))).isNull();
    }
}
