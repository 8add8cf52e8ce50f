package vn.thituyen.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.notices.domain.Notice;
import vn.thituyen.notices.domain.NoticeRepository;
import vn.thituyen.registration.RegistrationService.RoomDraft;

/**
 * Issue 15 § 4: the summons to each round (TT 6/2020/TT-BNV Art. 12, at least 5 working days before), once per round,
 * to the candidates the round concerns, with a confirmed warning when the sitting is already too close; and a failed
 * notice sent again on the secretary's decision.
 */
@ApplicationTest
class SummonsServiceTest {

    @Autowired Scenario s;
    @Autowired SummonsService summons;
    @Autowired NoticeRepository notices;
    @Autowired Inbox inbox;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

    private List<Notice> of(long applicationId, NoticeKind kind) {
        return notices.findAll().stream().filter(n -> n.getApplicationId() == applicationId && n.getKind() == kind)
                .toList();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(s.clock.instant(), ClockConfiguration.ZONE).withSecond(0).withNano(0);
    }

    /** Two accepted candidates in one room starting {@code days} from now. */
    private Scenario.Campaign placedInARoom(int days, long[] apps) {
        Scenario.Campaign c = s.newCampaign();
        apps[0] = s.apply(c, c.position1, "Lê Văn An", null);
        apps[1] = s.apply(c, c.position1, "Phạm Thị Bình", null);
        s.closeRegistration(c);
        s.asUser(c.secretary, () -> {
            s.registration.saveRoom(c.id, null, new RoomDraft("Trường Chính trị tỉnh", "Phòng A", 30,
                    now().plusDays(days).withHour(8).withMinute(0)));
            s.registration.accept(apps[0]);
            s.registration.accept(apps[1]);
            s.registration.publishEligibleList(c.id);
            return null;
        });
        return c;
    }

    @Test
    void theRound1SummonsGoesOnceToEachCandidateWithTheirRoom() {
        long[] apps = new long[2];
        Scenario.Campaign c = placedInARoom(30, apps);
        SummonsService.Preview p = s.asUser(c.secretary, () -> summons.previewRound1(c.id));
        assertThat(p.recipients()).isEqualTo(2);
        assertThat(p.tooClose()).isFalse();
        assertThat(s.asUser(c.secretary, () -> summons.sendRound1(c.id, false))).isEqualTo(2);

        List<Notice> an = of(apps[0], NoticeKind.SUMMONS);
        assertThat(an).hasSize(1);
        assertThat(an.get(0).getSubject()).startsWith("Giấy triệu tập dự thi vòng 1");
        assertThat(an.get(0).getBody()).contains("Phòng thi: Phòng A", "Địa điểm: Trường Chính trị tỉnh",
                "Số báo danh: TS", "Thời gian: 08:00 ngày");
        assertThat(of(apps[1], NoticeKind.SUMMONS)).hasSize(1);
        assertThat(s.asUser(c.secretary, () -> summons.sent(c.id))).singleElement()
                .satisfies(x -> {
                    assertThat(x.round()).isEqualTo(1);
                    assertThat(x.recipients()).isEqualTo(2);
                    assertThat(x.tooClose()).isFalse();
                    assertThat(x.sentBy()).isEqualTo(c.secretary);
                });
        // once per round
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> summons.sendRound1(c.id, true)))
                .isInstanceOf(DomainException.class).hasMessage("error.summons.alreadySent");
        assertThat(of(apps[0], NoticeKind.SUMMONS)).hasSize(1);
        // not for a candidate or an invigilator
        assertThatThrownBy(() -> s.asUser(c.candidates.get(0), () -> summons.previewRound1(c.id)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aSittingTooCloseIsSentOnlyWhenTheSecretaryConfirmsAndThatIsRecorded() {
        long[] apps = new long[2];
        Scenario.Campaign c = placedInARoom(2, apps);
        assertThat(s.asUser(c.secretary, () -> summons.previewRound1(c.id)).tooClose()).isTrue();
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> summons.sendRound1(c.id, false)))
                .isInstanceOf(DomainException.class).hasMessage("error.summons.tooClose");
        assertThat(of(apps[0], NoticeKind.SUMMONS)).isEmpty();
        assertThat(s.asUser(c.secretary, () -> summons.sent(c.id))).isEmpty();

        assertThat(s.asUser(c.secretary, () -> summons.sendRound1(c.id, true))).isEqualTo(2);
        assertThat(s.asUser(c.secretary, () -> summons.sent(c.id)).get(0).tooClose()).isTrue();
    }

    @Test
    void round2IsForThoseThroughRound1AtTheTimeAndPlaceGiven() {
        Scenario.Campaign c = s.newCampaign();
        long an = s.apply(c, c.position1, "Nguyễn Thị An", null);
        long binh = s.apply(c, c.position1, "Trần Văn Bình", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(an, 45, 20);
        s.sit(binh, 10, 5);

        FieldErrors missing = (FieldErrors) org.assertj.core.api.Assertions.catchThrowable(() -> s.asUser(c.secretary,
                () -> summons.sendRound2(c.id, null, " ", false)));
        assertThat(missing.errors()).containsKeys("sittingAt", "venue");
        FieldErrors past = (FieldErrors) org.assertj.core.api.Assertions.catchThrowable(() -> s.asUser(c.secretary,
                () -> summons.sendRound2(c.id, now().minusDays(1), "Sở Nội vụ", false)));
        assertThat(past.errors()).containsEntry("sittingAt", "validation.summons.past");
        assertThat(of(an, NoticeKind.SUMMONS)).isEmpty();

        LocalDateTime at = now().plusDays(30).withHour(14).withMinute(0);
        assertThat(s.asUser(c.secretary, () -> summons.sendRound2(c.id, at, "Hội trường Sở Nội vụ", false)))
                .isEqualTo(1);
        assertThat(of(an, NoticeKind.SUMMONS)).singleElement().satisfies(n -> assertThat(n.getBody())
                .contains("vòng 2", "Địa điểm: Hội trường Sở Nội vụ", "Thời gian: 14:00 ngày"));
        assertThat(of(binh, NoticeKind.SUMMONS)).isEmpty();
    }

    @Test
    void aFailedNoticeIsSentAgainAsANewNoticeOnlyWhenItFailed() {
        Scenario.Campaign c = s.newCampaign();
        long app = s.apply(c, c.position1, "Đỗ Minh Châu", null);
        Notice received = of(app, NoticeKind.APPLICATION_RECEIVED).get(0);
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> inbox.resend(received.getId())))
                .isInstanceOf(DomainException.class).hasMessage("error.notice.notFailed");
        // the sender gave up on it (the mail server refused it)
        tx.executeWithoutResult(st -> {
            assertThat(notices.claim(received.getId(), s.clock.instant())).isEqualTo(1);
            notices.failed(received.getId(), NoticeState.FAILED, s.clock.instant(), "550 mailbox unavailable");
        });

        long again = s.asUser(c.secretary, () -> inbox.resend(received.getId()));
        List<Notice> both = of(app, NoticeKind.APPLICATION_RECEIVED);
        assertThat(both).hasSize(2);
        Notice copy = notices.findById(again).orElseThrow();
        assertThat(copy.getState()).isEqualTo(NoticeState.PENDING);
        assertThat(copy.getSubject()).isEqualTo(received.getSubject());
        assertThat(copy.getBody()).isEqualTo(received.getBody());
        assertThat(notices.findById(received.getId()).orElseThrow().getState()).isEqualTo(NoticeState.FAILED);
        assertThatThrownBy(() -> s.asUser(c.candidates.get(0), () -> inbox.resend(received.getId())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
