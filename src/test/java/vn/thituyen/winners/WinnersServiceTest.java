package vn.thituyen.winners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.registration.ApplicationForm;
import vn.thituyen.registration.ApplicationStatus;
import vn.thituyen.registration.RegistrationService.MyApplication;
import vn.thituyen.results.ResultsService;
import vn.thituyen.results.ResultsService.ResultLine;
import vn.thituyen.winners.WinnersService.DossierLine;
import vn.thituyen.winners.domain.DossierDeadlineRule;

/**
 * Issue 15 § 7, winners (ND 138/2020/NĐ-CP Art. 17), through the real services and database: the dossier opened on
 * publication, the secretary's checks, a refused early cancellation, nothing stored on bad input, a cancellation for
 * false documents that bars the citizen ID (flagged at registration in the next campaign, rejected with the reason),
 * and the next ranked recognised as a new version that is approved and published.
 */
@ApplicationTest
class WinnersServiceTest {

    @Autowired Scenario s;
    @Autowired WinnersService winners;
    @Autowired ResultsService results;
    @Autowired vn.thituyen.publication.PublicationService publication;

    private Instant start;

    @BeforeEach
    void rememberTheClock() {
        start = s.clock.instant();
    }

    @AfterEach
    void clockBack() {
        s.clock.set(start);
    }

    private int count(String table, long campaignId) {
        return s.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE campaign_id = ?", Integer.class,
                campaignId);
    }

    @Test
    void aWinnerGetsADossierOnPublicationAndTheSecretaryChecksIt() {
        WinnersScenario.Published p = WinnersScenario.published(s, results);
        List<DossierLine> dossiers = s.asUser(p.c().secretary, () -> winners.dossiers(p.c().id));
        // only the winner of VT02 (quota 1)
        assertThat(dossiers).extracting(DossierLine::applicationId).containsExactly(p.an());
        DossierLine d = dossiers.get(0);
        LocalDate today = LocalDate.now(s.clock);
        assertThat(d.noticedOn()).isEqualTo(today);
        assertThat(d.deadline()).isEqualTo(DossierDeadlineRule.lastDay(today, 30,
                s.jdbc.queryForList("SELECT holiday_on FROM public_holiday", LocalDate.class).stream()
                        .collect(Collectors.toSet())));
        // no priority claimed: no priority evidence asked
        assertThat(d.items()).extracting(WinnersService.ItemCheck::item)
                .containsExactly("DEGREES", "JUDICIAL_RECORD", "HEALTH_CERTIFICATE");
        assertThat(d.state()).isEqualTo(DossierState.WAITING);

        // refusing an item needs the reason next to the field; nothing is stored
        assertThatThrownBy(() -> s.asUser(p.c().secretary, () -> {
            winners.checkItem(d.id(), "DEGREES", false, " ");
            return null;
        })).isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).containsEntry("note",
                "validation.required"));
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM dossier_item_check WHERE dossier_id = ?",
                Integer.class, d.id())).isZero();
        // a candidate cannot check their own dossier
        assertThatThrownBy(() -> s.asUser(p.c().candidates.get(0), () -> {
            winners.checkItem(d.id(), "DEGREES", true, null);
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        // refused, then verified: both kept, the latest counts
        s.asUser(p.c().secretary, () -> {
            winners.checkItem(d.id(), "DEGREES", false, "Bản sao chưa chứng thực");
            winners.checkItem(d.id(), "DEGREES", true, null);
            winners.checkItem(d.id(), "JUDICIAL_RECORD", true, null);
            return null;
        });
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM dossier_item_check WHERE dossier_id = ?",
                Integer.class, d.id())).isEqualTo(3);
        assertThat(s.asUser(p.c().secretary, () -> winners.dossiers(p.c().id)).get(0).state())
                .isEqualTo(DossierState.WAITING);
        s.asUser(p.c().secretary, () -> {
            winners.checkItem(d.id(), "HEALTH_CERTIFICATE", true, "Bản chính đã xem");
            return null;
        });
        assertThat(s.asUser(p.c().secretary, () -> winners.dossiers(p.c().id)).get(0).state())
                .isEqualTo(DossierState.COMPLETE);
    }

    @Test
    void notCompletedInTimeIsRefusedBeforeTheDeadlineAndBadInputStoresNothing() {
        WinnersScenario.Published p = WinnersScenario.published(s, results);
        DossierLine d = s.asUser(p.c().secretary, () -> winners.dossiers(p.c().id)).get(0);
        // the last day itself still belongs to the winner
        s.clock.set(d.deadline().atTime(15, 0).atZone(vn.thituyen.common.ClockConfiguration.ZONE).toInstant());
        assertThatThrownBy(() -> s.asUser(p.c().secretary, () -> {
            winners.cancel(d.id(), CancellationKind.NOT_COMPLETED_IN_TIME, "Không nộp hồ sơ");
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage())
                .isEqualTo("error.winners.DEADLINE_NOT_PASSED"));
        // no reason, no kind: said next to the fields
        assertThatThrownBy(() -> s.asUser(p.c().secretary, () -> {
            winners.cancel(d.id(), null, "  ");
            return null;
        })).isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
                .containsEntry("kind", "validation.required").containsEntry("reason", "validation.required"));
        assertThat(count("winner_cancellation", p.c().id)).isZero();

        // the day after: overdue, and the cancellation goes ahead, once
        s.clock.advance(Duration.ofDays(1));
        assertThat(s.asUser(p.c().secretary, () -> winners.dossiers(p.c().id)).get(0).state())
                .isEqualTo(DossierState.OVERDUE);
        s.asUser(p.c().secretary, () -> {
            winners.cancel(d.id(), CancellationKind.NOT_COMPLETED_IN_TIME, "Không nộp hồ sơ trong thời hạn");
            return null;
        });
        assertThatThrownBy(() -> s.asUser(p.c().secretary, () -> {
            winners.cancel(d.id(), CancellationKind.FALSE_DOCUMENTS, "Lần nữa");
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage())
                .isEqualTo("error.winners.ALREADY_CANCELLED"));
        DossierLine cancelled = s.asUser(p.c().secretary, () -> winners.dossiers(p.c().id)).get(0);
        assertThat(cancelled.state()).isEqualTo(DossierState.CANCELLED);
        assertThat(cancelled.cancellation().reason()).isEqualTo("Không nộp hồ sơ trong thời hạn");
        assertThat(cancelled.cancellation().cancelledBy()).isEqualTo(p.c().secretary);
        // not for false documents: no bar
        assertThat(count("citizen_bar", p.c().id)).isZero();
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'WinnerCancelled'"
                + " AND details LIKE ?", Integer.class, "%campaignId=" + p.c().id + ";%")).isEqualTo(1);
    }

    @Test
    void falseDocumentsCancelBarTheNextCampaignAndTheNextRankedIsRecognisedAsANewVersion() {
        WinnersScenario.Published p = WinnersScenario.published(s, results);
        // far ahead of other tests' campaigns, so "the next campaign" is the one this test opens
        s.clock.set(start.plus(Duration.ofDays(4000 + (System.nanoTime() % 500))));
        DossierLine d = s.asUser(p.c().secretary, () -> winners.dossiers(p.c().id)).get(0);
        s.asUser(p.c().secretary, () -> {
            winners.cancel(d.id(), CancellationKind.FALSE_DOCUMENTS, "Bằng đại học giả mạo (xác minh của trường)");
            return null;
        });
        assertThat(count("citizen_bar", p.c().id)).isEqualTo(1);

        // who is next in line: Bích, ranked second
        List<ResultsService.NextInLine> next = s.asUser(p.c().secretary, () -> results.nextInLine(p.c().id));
        assertThat(next).hasSize(1);
        assertThat(next.get(0).recognised()).extracting(ResultLine::applicationId).containsExactly(p.bich());
        assertThat(next.get(0).tied()).isEmpty();

        // a new version: An cancelled with the reason, Bích the winner; the first stays public until published
        long v2 = s.asUser(p.c().secretary, () -> results.computeAfterCancellation(p.c().id));
        ResultsService.ResultSetView draft = s.asUser(p.c().chair, () -> results.latest(p.c().id)).orElseThrow();
        assertThat(draft.version()).isEqualTo(2);
        Map<Long, ResultLine> lines = draft.lines().stream()
                .collect(Collectors.toMap(ResultLine::applicationId, l -> l));
        assertThat(lines.get(p.an()).outcome()).isEqualTo("CANCELLED");
        assertThat(lines.get(p.an()).cancelReason()).contains("giả mạo", "Bằng đại học giả mạo");
        assertThat(lines.get(p.bich()).outcome()).isEqualTo("WINNER");
        assertThat(lines.get(p.cuong()).outcome()).isEqualTo("NOT_SELECTED");
        assertThat(publication.published("T-" + p.c().tag).orElseThrow().results().version()).isEqualTo(1);
        // once the new version shows the cancellation, it is not computed again
        s.asUser(p.c().chair, () -> {
            results.approve(v2);
            return null;
        });
        s.asUser(p.c().secretary, () -> {
            results.publish(v2, "16/TB-HĐTD");
            return null;
        });
        assertThat(publication.published("T-" + p.c().tag).orElseThrow().results().lines().stream()
                .filter(l -> "WINNER".equals(l.outcome())).map(ResultLine::applicationId)).containsExactly(p.bich());
        assertThatThrownBy(() -> s.asUser(p.c().secretary, () -> results.computeAfterCancellation(p.c().id)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("error.results.noNewCancellation"));
        // the recognised winner gets a dossier from the day of that publication
        List<DossierLine> after = s.asUser(p.c().secretary, () -> winners.dossiers(p.c().id));
        assertThat(after).extracting(DossierLine::applicationId).containsExactly(p.an(), p.bich());
        assertThat(after.get(1).noticedOn()).isEqualTo(LocalDate.now(s.clock));

        // the next campaign, opening after the cancellation: An's citizen ID is flagged with the reason
        s.clock.advance(Duration.ofDays(2));
        Scenario.Campaign next1 = s.newCampaign();
        long flagged = s.apply(next1, withCitizenId(s.form(next1.position1, "Nguyễn Văn An"), p.anCitizenId()));
        long clean = s.apply(next1, next1.position1, "Phạm Văn Sạch", null);
        List<MyApplication> apps = s.asUser(next1.secretary, () -> s.registration.applications(next1.id));
        MyApplication barred = apps.stream().filter(a -> a.id() == flagged).findFirst().orElseThrow();
        assertThat(barred.barred()).isTrue();
        assertThat(barred.barNote()).contains("T-" + p.c().tag, "Bằng đại học giả mạo");
        assertThat(apps.stream().filter(a -> a.id() == clean).findFirst().orElseThrow().barred()).isFalse();
        // the review board rejects it with that reason
        s.asUser(next1.secretary, () -> {
            s.registration.reject(flagged, "Không đủ điều kiện dự tuyển: " + barred.barNote());
            return null;
        });
        MyApplication rejected = s.asUser(next1.secretary, () -> s.registration.applications(next1.id)).stream()
                .filter(a -> a.id() == flagged).findFirst().orElseThrow();
        assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.rejectionReason()).contains("Bằng đại học giả mạo");
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'ApplicationBarFlagged'"
                + " AND details LIKE ?", Integer.class, "%applicationId=" + flagged + ";%")).isEqualTo(1);

        // the campaign after that one is not covered (one campaign, the rule set's default)
        s.clock.advance(Duration.ofDays(2));
        Scenario.Campaign next2 = s.newCampaign();
        long later = s.apply(next2, withCitizenId(s.form(next2.position1, "Nguyễn Văn An"), p.anCitizenId()));
        assertThat(s.asUser(next2.secretary, () -> s.registration.applications(next2.id)).stream()
                .filter(a -> a.id() == later).findFirst().orElseThrow().barred()).isFalse();
    }

    private static ApplicationForm withCitizenId(ApplicationForm f, String citizenId) {
        return new ApplicationForm(f.positionId(), f.fullName(), f.dateOfBirth(), f.sex(), f.ethnicity(), citizenId,
                f.phone(), f.email(), f.address(), f.educationLevel(), f.major(), f.priorityCategories(),
                f.exemption(), f.exemptionReason(), f.foreignLanguage());
    }
}
