package vn.thituyen.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.common.DomainException;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.Sitting;

/**
 * Check-in is enforced: no part starts before an invigilator checked the candidate in, unless the secretary turned
 * the rule off for the sitting before it opened; nobody is checked in after handing in. The JSON API refuses the
 * same way as the exam screen's service.
 */
@ApplicationTest
class CheckInTest {

    @Autowired Scenario s;
    @Autowired vn.thituyen.delivery.RoomConsole console;
    @Autowired DeliveryService delivery;
    @Autowired InvigilationService invigilation;
    @LocalServerPort int port;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void aCandidateStartsOnlyAfterTheInvigilatorCheckedThemIn() {
        Scenario.Campaign c = s.newCampaign();
        long app = s.apply(c, c.position1, "Nguyễn Thị Minh Khai", null);
        s.acceptAllAndPublish(c);
        long sitting = s.openSittingsWithoutCheckIn(c).get(0);
        long attempt = s.attemptOf(app);

        ExamScreen lobby = s.asExaminee(attempt, delivery::screen);
        assertThat(lobby.awaitingCheckIn()).isTrue();
        assertThat(s.asExaminee(attempt, delivery::awaitingCheckIn)).isTrue();
        assertThatThrownBy(() -> s.asExaminee(attempt, delivery::startNextPart))
                .isInstanceOf(DomainException.class).hasMessage("error.exam.notCheckedIn");
        assertThat(s.parts.findByAttemptIdOrderByPartNo(attempt)).allSatisfy(p -> assertThat(p.getStartedAt()).isNull());
        assertThat(s.attempts.findById(attempt).orElseThrow().getStartedAt()).isNull();

        s.asUser(c.invigilator, () -> {
            invigilation.checkIn(attempt);
            return null;
        });

        assertThat(s.asExaminee(attempt, delivery::awaitingCheckIn)).isFalse();
        ExamScreen started = s.asExaminee(attempt, delivery::startNextPart);
        assertThat(started.awaitingCheckIn()).isFalse();
        assertThat(started.current().items()).hasSize(60);
        assertThat(s.attempts.findById(attempt).orElseThrow().getCheckedInAt()).isNotNull();
        assertThat(s.asUser(c.invigilator, () -> console.roster(sitting))).singleElement()
                .satisfies(r -> assertThat(r.checkedIn()).isTrue());
    }

    @Test
    void theSecretaryMayTurnTheRuleOffBeforeTheSittingOpensButNotAfter() {
        Scenario.Campaign c = s.newCampaign();
        long app = s.apply(c, c.position1, "Trần Thị Lý", null);
        s.acceptAllAndPublish(c);
        long room = s.registration.rooms(c.id).get(0).id();
        long sitting = s.asUser(c.secretary, () -> s.preparation.prepareSitting(room));
        assertThat(s.asUser(c.secretary, () -> console.sittings(c.id))).singleElement()
                .satisfies(i -> assertThat(i.checkInRequired()).as("on by default").isTrue());
        // an invigilator does not decide the rule
        assertThatThrownBy(() -> s.asUser(c.invigilator, () -> {
            console.requireCheckIn(sitting, false);
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        s.asUser(c.secretary, () -> {
            console.requireCheckIn(sitting, false);
            s.preparation.openSitting(sitting);
            return null;
        });
        assertThat(s.asUser(c.secretary, () -> console.sittings(c.id))).singleElement()
                .satisfies(i -> assertThat(i.checkInRequired()).isFalse());
        // once open, the rule stays as it was when the candidates came in
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> {
            console.requireCheckIn(sitting, true);
            return null;
        })).isInstanceOf(DomainException.class).hasMessage("error.sitting.checkInRuleLocked");

        long attempt = s.attemptOf(app);
        assertThat(s.asExaminee(attempt, delivery::screen).awaitingCheckIn()).isFalse();
        ExamScreen started = s.asExaminee(attempt, delivery::startNextPart);
        assertThat(started.current()).isNotNull();
        assertThat(s.attempts.findById(attempt).orElseThrow().getCheckedInAt()).isNull();
    }

    @Test
    void checkInAfterHandInOrAfterTheSittingClosedIsRefused() {
        Scenario.Campaign c = s.newCampaign();
        long app = s.apply(c, c.position1, "Lê Văn Hưu", null);
        long other = s.apply(c, c.position1, "Ngô Sĩ Liên", null);
        s.acceptAllAndPublish(c);
        long sitting = s.asUser(c.secretary, () -> {
            long id = s.preparation.prepareSitting(s.registration.rooms(c.id).get(0).id());
            console.requireCheckIn(id, false);   // so this candidate can sit without being checked in
            s.preparation.openSitting(id);
            return id;
        });
        s.sit(app, 30, 15);
        long attempt = s.attemptOf(app);
        assertThat(s.attempts.findById(attempt).orElseThrow().getSubmittedAt()).isNotNull();

        assertThatThrownBy(() -> s.asUser(c.invigilator, () -> {
            invigilation.checkIn(attempt);
            return null;
        })).isInstanceOf(DomainException.class).hasMessage("error.checkIn.afterHandIn");
        assertThat(s.attempts.findById(attempt).orElseThrow().getCheckedInAt()).isNull();

        s.asUser(c.secretary, () -> {
            console.closeSitting(sitting);
            return null;
        });
        long absent = s.attemptOf(other);
        assertThatThrownBy(() -> s.asUser(c.invigilator, () -> {
            invigilation.checkIn(absent);
            return null;
        })).isInstanceOf(DomainException.class).hasMessage("error.checkIn.sittingClosed");
        assertThat(s.attempts.findById(absent).orElseThrow().getCheckedInAt()).isNull();
    }

    @Test
    void theExamApiRefusesToStartBeforeCheckInLikeTheScreen() throws Exception {
        Scenario.Campaign c = s.newCampaign();
        long app = s.apply(c, c.position1, "Phạm Ngũ Lão", null);
        s.acceptAllAndPublish(c);
        long sitting = s.openSittingsWithoutCheckIn(c).get(0);
        var row = s.asUser(c.invigilator, () -> console.roster(sitting)).get(0);
        HttpResponse<String> signIn = call("POST", "/api/exam/sessions", null, "{\"candidateNumber\":\""
                + row.candidateNumber() + "\",\"oneTimePassword\":\"" + row.oneTimePassword() + "\"}");
        assertThat(signIn.statusCode()).isEqualTo(201);
        String token = json.readTree(signIn.body()).get("token").asText();

        assertThat(json.readTree(call("GET", "/api/exam/screen", token, null).body()).get("awaitingCheckIn")
                .asBoolean()).isTrue();
        HttpResponse<String> refused = call("POST", "/api/exam/parts/next", token, "");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json.readTree(refused.body()).get("error").asText()).isEqualTo("error.exam.notCheckedIn");
        assertThat(refused.body()).contains("Giám thị chưa điểm danh bạn");
        List<AttemptPart> parts = s.parts.findByAttemptIdOrderByPartNo(s.attemptOf(app));
        assertThat(parts).allSatisfy(p -> assertThat(p.getStartedAt()).isNull());

        s.asUser(c.invigilator, () -> {
            invigilation.checkIn(row.attemptId());
            return null;
        });
        HttpResponse<String> started = call("POST", "/api/exam/parts/next", token, "");
        assertThat(started.statusCode()).isEqualTo(200);
        long item = json.readTree(started.body()).get("current").get("items").get(0).get("itemId").asLong();

        // the candidate's own "review later" marker, through the API too
        assertThat(call("PUT", "/api/exam/items/" + item + "/flag", token, "{\"flagged\":true}").statusCode())
                .isEqualTo(204);
        assertThat(json.readTree(call("GET", "/api/exam/screen", token, null).body()).get("current").get("items")
                .get(0).get("flagged").asBoolean()).isTrue();
        assertThat(s.items.findById(item).orElseThrow().isFlagged()).isTrue();
        assertThat(s.asUser(c.invigilator, () -> console.sittings(c.id)).get(0).status())
                .isEqualTo(Sitting.Status.OPEN);
    }

    @Test
    void aFlagIsTheCandidatesOwnAndOnlyOnARunningPart() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Hồ Xuân Hương", null);
        long b = s.apply(c, c.position1, "Bà Huyện Thanh Quan", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        long attemptA = s.attemptOf(a);
        long attemptB = s.attemptOf(b);
        ExamScreen started = s.asExaminee(attemptA, delivery::startNextPart);
        long item = started.current().items().get(4).itemId();
        assertThat(started.current().items()).allSatisfy(i -> assertThat(i.flagged()).isFalse());

        s.asExaminee(attemptA, () -> {
            delivery.flag(item, true);
            return null;
        });
        assertThat(s.asExaminee(attemptA, delivery::screen).current().items().get(4).flagged()).isTrue();
        // another candidate cannot touch it
        assertThatThrownBy(() -> s.asExaminee(attemptB, () -> {
            delivery.flag(item, false);
            return null;
        })).isInstanceOf(DomainException.class);
        assertThat(s.items.findById(item).orElseThrow().isFlagged()).isTrue();
        s.asExaminee(attemptA, () -> {
            delivery.flag(item, false);
            return null;
        });
        assertThat(s.items.findById(item).orElseThrow().isFlagged()).isFalse();

        // after hand-in the paper is closed: no more markers
        s.asExaminee(attemptA, delivery::submitCurrentPart);
        assertThatThrownBy(() -> s.asExaminee(attemptA, () -> {
            delivery.flag(item, true);
            return null;
        })).isInstanceOf(DomainException.class).hasMessage("error.exam.partClosed");
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }
}
