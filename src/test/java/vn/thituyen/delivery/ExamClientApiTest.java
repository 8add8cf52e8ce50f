package vn.thituyen.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;

/** The JSON exam client over real HTTP: sign-in with the room's ticket, idempotent answers, no keys, clear errors. */
@ApplicationTest
class ExamClientApiTest {

    @Autowired Scenario s;
    @Autowired vn.thituyen.delivery.RoomConsole console;
    @Autowired DeliveryService delivery;
    @LocalServerPort int port;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void aCandidateTakesThePaperThroughTheApi() throws Exception {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Nguyễn Du", null);
        long b = s.apply(c, c.position1, "Hàn Mặc Tử", null);
        s.acceptAllAndPublish(c);
        long sitting = s.openSittings(c).get(0);
        var roster = s.asUser(c.invigilator, () -> console.roster(sitting));
        var rowA = roster.stream().filter(r -> r.fullName().equals("Nguyễn Du")).findFirst().orElseThrow();

        assertThat(call("POST", "/api/exam/sessions", null,
                "{\"candidateNumber\":\"" + rowA.candidateNumber() + "\",\"oneTimePassword\":\"WRONG9\"}")
                .statusCode()).isEqualTo(401);
        HttpResponse<String> signIn = call("POST", "/api/exam/sessions", null, "{\"candidateNumber\":\""
                + rowA.candidateNumber() + "\",\"oneTimePassword\":\"" + rowA.oneTimePassword() + "\"}");
        assertThat(signIn.statusCode()).isEqualTo(201);
        String token = json.readTree(signIn.body()).get("token").asText();

        assertThat(call("GET", "/api/exam/screen", "0".repeat(64), null).statusCode()).isEqualTo(401);
        HttpResponse<String> started = call("POST", "/api/exam/parts/next", token, "");
        assertThat(started.statusCode()).isEqualTo(200);
        JsonNode screen = json.readTree(started.body());
        assertThat(screen.get("fullName").asText()).isEqualTo("Nguyễn Du");
        JsonNode items = screen.get("current").get("items");
        assertThat(items).hasSize(60);
        assertThat(started.body()).doesNotContainIgnoringCase("\"key").doesNotContainIgnoringCase("correctIndex")
                .doesNotContainIgnoringCase("isCorrect");
        long item = items.get(0).get("itemId").asLong();

        assertThat(call("PUT", "/api/exam/items/" + item + "/answer", token, "{\"choice\":2,\"seq\":5}")
                .statusCode()).isEqualTo(200);
        // a retried older message is acknowledged and changes nothing
        assertThat(call("PUT", "/api/exam/items/" + item + "/answer", token, "{\"choice\":0,\"seq\":4}")
                .statusCode()).isEqualTo(200);
        JsonNode now = json.readTree(call("GET", "/api/exam/screen", token, null).body());
        assertThat(now.get("current").get("items").get(0).get("chosen").asInt()).isEqualTo(2);

        // bad input: clear errors, never a 500
        assertThat(call("PUT", "/api/exam/items/" + item + "/answer", token, "{not json").statusCode())
                .isEqualTo(400);
        HttpResponse<String> badOption = call("PUT", "/api/exam/items/" + item + "/answer", token,
                "{\"choice\":9,\"seq\":6}");
        assertThat(badOption.statusCode()).isEqualTo(409);
        assertThat(badOption.body()).contains("Phương án không hợp lệ");
        long othersItem = s.items.findByAttemptPartIdOrderBySeq(
                s.parts.findByAttemptIdOrderByPartNo(s.attemptOf(b)).get(0).getId()).get(0).getId();
        HttpResponse<String> foreign = call("PUT", "/api/exam/items/" + othersItem + "/answer", token,
                "{\"choice\":1,\"seq\":7}");
        assertThat(foreign.statusCode()).isEqualTo(409);
        assertThat(foreign.body()).contains("error.forbidden");

        assertThat(call("POST", "/api/exam/parts/current/submit", token, "").statusCode()).isEqualTo(200);
        s.asUser(c.secretary, () -> {
            console.closeSitting(sitting);
            return null;
        });
        assertThat(call("GET", "/api/exam/screen", token, null).statusCode()).as("sessions end with the sitting")
                .isEqualTo(401);
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
