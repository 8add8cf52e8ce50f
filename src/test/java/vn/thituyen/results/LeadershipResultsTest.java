package vn.thituyen.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.common.Digests;
import vn.thituyen.common.DomainException;
import vn.thituyen.grading.ProposalDefence;

/**
 * Issue 14, behaviour 7, through the services: part 1 marked blind (one candidate below 50 is out), the đề án
 * ballots of four council members, a tie for the top that the council decides with its reason (never broken
 * silently), then the chair approves and the secretary publishes — the same versioned result sets as recruitment.
 */
@ApplicationTest
class LeadershipResultsTest {

    @Autowired Scenario s;
    @Autowired ResultsService results;
    @Autowired ProposalDefence defence;
    @Autowired LeadershipPapers papers;
    @Autowired vn.thituyen.campaign.CampaignService campaigns;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    private void ballot(String member, long applicationId, String... points) {
        s.asUser(member, () -> {
            defence.castBallot(applicationId, java.util.Arrays.stream(points).map(BigDecimal::new).toList());
            return null;
        });
    }

    @Test
    void oneWinnerPerPostATieGoesToTheCouncil() {
        Scenario.Leadership l = s.newLeadershipCampaign(false);
        Scenario.Campaign c = l.c();
        List<Long> apps = s.leadershipReady(l, "Nguyễn Thị Ánh Tuyết", "Phạm Ngọc Ẩn", "Trần Đức Lợi");
        long tuyet = apps.get(0);
        long an = apps.get(1);
        long loi = apps.get(2);
        s.markWritten(s.markingBoard(c), l.post1(), 1, Map.of(tuyet, "72.5", an, "49.5", loi, "68"));
        // not before the đề án is scored
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> results.compute(c.id)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.results.leadershipIncomplete"));
        s.seatOnCouncil(c, c.grader1, c.grader2);
        // the same mean for both (80): a tie for the top
        for (String member : List.of(c.chair, c.secretary, c.grader1, c.grader2)) {
            ballot(member, tuyet, "40", "16", "24");
        }
        ballot(c.chair, loi, "42", "16", "24");
        ballot(c.secretary, loi, "38", "16", "24");
        ballot(c.grader1, loi, "40", "17", "23");
        ballot(c.grader2, loi, "40", "15", "25");
        long first = s.asUser(c.secretary, () -> results.compute(c.id));
        ResultsService.ResultSetView v1 = s.asUser(c.secretary, () -> results.latest(c.id)).orElseThrow();
        assertThat(v1.id()).isEqualTo(first);
        assertThat(v1.lines()).extracting(ResultsService.ResultLine::fullName, ResultsService.ResultLine::outcome)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Nguyễn Thị Ánh Tuyết", "TIE_PENDING"),
                        org.assertj.core.groups.Tuple.tuple("Trần Đức Lợi", "TIE_PENDING"),
                        org.assertj.core.groups.Tuple.tuple("Phạm Ngọc Ẩn", "PART1_BELOW_GATE"));
        ResultsService.ResultLine out = v1.lines().stream().filter(x -> x.applicationId() == an).findFirst()
                .orElseThrow();
        assertThat(out.part1Score()).isEqualByComparingTo("49.5");
        assertThat(out.total()).isNull();
        // never broken silently: approval waits for the council
        assertThatThrownBy(() -> s.asUser(c.chair, () -> {
            results.approve(first);
            return null;
        })).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.results.tiePending"));
        // the council chooses among the tied only, with its reason
        long second = s.asUser(c.chair, () -> results.decideTie(first, l.post1(), List.of(loi),
                "Hội đồng biểu quyết: đề án khả thi hơn (5/7 phiếu)"));
        ResultsService.ResultSetView v2 = s.asUser(c.secretary, () -> results.latest(c.id)).orElseThrow();
        assertThat(v2.id()).isEqualTo(second);
        ResultsService.ResultLine winner = v2.lines().stream().filter(x -> x.outcome().equals("WINNER"))
                .findFirst().orElseThrow();
        assertThat(winner.fullName()).isEqualTo("Trần Đức Lợi");
        assertThat(winner.part1Score()).isEqualByComparingTo("68");
        assertThat(winner.round2Score()).isEqualByComparingTo("80");
        assertThat(winner.total()).isEqualByComparingTo("80");
        assertThat(v2.lines()).filteredOn(x -> x.applicationId() == tuyet).singleElement()
                .satisfies(x -> assertThat(x.outcome()).isEqualTo("NOT_SELECTED"));
        assertThat(v2.tieDecisions()).singleElement().satisfies(d -> {
            assertThat(d.applicationId()).isEqualTo(loi);
            assertThat(d.reason()).startsWith("Hội đồng biểu quyết");
        });
        // before the chair's approval the papers are drafts, marked so on the page
        LeadershipPapers.PaperFile draft = s.asUser(c.secretary, () -> papers.paper(c.id,
                vn.thituyen.results.domain.LeadershipPaper.Kind.RESULT_MINUTES, l.post1()));
        assertThat(draft.draft()).isTrue();
        assertThat(Scenario.pdfText("leadership-result-draft", draft.bytes())).contains("DỰ THẢO");
        s.asUser(c.chair, () -> {
            results.approve(second);
            return null;
        });
        // the approval froze every paper: per post that went ahead three, and the report
        List<LeadershipPapers.PaperInfo> list = s.asUser(c.secretary, () -> papers.papers(c.id));
        assertThat(list).hasSize(4).allSatisfy(p -> {
            assertThat(p.frozen()).isTrue();
            assertThat(p.sha256()).hasSize(64);
        });
        String part1 = pdf(c, vn.thituyen.results.domain.LeadershipPaper.Kind.PART1_MINUTES, l.post1());
        assertThat(part1).contains("Nguyễn Thị Ánh Tuyết", "Phạm Ngọc Ẩn", "Trần Đức Lợi", "49,5", "72,5",
                "Không đạt (dưới 50 điểm)").doesNotContain("DỰ THẢO");
        String part2 = pdf(c, vn.thituyen.results.domain.LeadershipPaper.Kind.PART2_SUMMARY, l.post1());
        assertThat(part2).contains("Nguyễn Thị Ánh Tuyết", "Trần Đức Lợi", "Thành viên 4", "82", "78")
                .doesNotContain("Phạm Ngọc Ẩn");
        String minutes = pdf(c, vn.thituyen.results.domain.LeadershipPaper.Kind.RESULT_MINUTES, l.post1());
        assertThat(minutes).contains("Hội đồng quyết định chọn Trần Đức Lợi",
                "Hội đồng biểu quyết: đề án khả thi hơn (5/7 phiếu)", "phiên bản 2", "Điểm neo nhật ký kiểm toán")
                .doesNotContain("DỰ THẢO");
        String report = pdf(c, vn.thituyen.results.domain.LeadershipPaper.Kind.REPORT, null);
        assertThat(report).contains("BÁO CÁO", "Trần Đức Lợi", "Không tổ chức thi:");
        // frozen: the same bytes every time, whatever changes in the settings afterwards
        byte[] once = s.asUser(c.secretary, () -> papers.paper(c.id,
                vn.thituyen.results.domain.LeadershipPaper.Kind.REPORT, null)).bytes();
        assertThat(Digests.sha256(once)).isEqualTo(list.getLast().sha256());
        s.asUser(c.secretary, () -> {
            results.publish(second, "09/TB-HĐTT");
            return null;
        });
        assertThat(s.asUser(c.secretary, () -> results.published(c.id))).hasValueSatisfying(
                p -> assertThat(p.documentNumber()).isEqualTo("09/TB-HĐTT"));
        // published like recruitment results, with a leadership exam's columns: the JSON for the portal and the PDF
        String code = s.asUser(c.secretary, () -> campaigns.campaign(c.id)).code();
        String json = get("/api/public/campaigns/" + code + "/results").body();
        assertThat(json).contains("\"kind\":\"LEADERSHIP\"", "\"fullName\":\"Trần Đức Lợi\"",
                "\"part1Score\":68", "\"part2Score\":80", "\"finalScore\":80", "\"outcome\":\"WINNER\"",
                "\"outcome\":\"PART1_BELOW_GATE\"").doesNotContain("priorityPoints", "round2Score");
        byte[] publicPdf = get("/api/public/campaigns/" + code + "/results.pdf").bodyBytes();
        assertThat(Scenario.pdfText("leadership-public-list", publicPdf).replaceAll("\\s+", " ")).contains(
                "DANH SÁCH KẾT QUẢ THI TUYỂN CHỨC DANH LÃNH ĐẠO, QUẢN LÝ", "Phần 1 (thi viết)",
                "Điểm xét trúng tuyển", "Trần Đức Lợi", "49,5", "Trúng tuyển", "CHỦ TỊCH HỘI ĐỒNG THI TUYỂN")
                .doesNotContain("Điểm ưu tiên", "tuyển dụng");
    }

    private String pdf(Scenario.Campaign c, vn.thituyen.results.domain.LeadershipPaper.Kind kind, Long post) {
        LeadershipPapers.PaperFile f = s.asUser(c.secretary, () -> papers.paper(c.id, kind, post));
        assertThat(f.draft()).isFalse();
        // a table's cell breaks its words across lines: compared with single spaces
        return Scenario.pdfText("leadership-" + kind.name().toLowerCase(java.util.Locale.ROOT), f.bytes())
                .replaceAll("\\s+", " ");
    }

    private record Http(String body, byte[] bodyBytes) {
    }

    private Http get(String path) {
        try {
            var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            return new Http(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8), r.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
