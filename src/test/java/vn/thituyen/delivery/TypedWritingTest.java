package vn.thituyen.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.PartKind;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.delivery.TypedWriting.PaperState;
import vn.thituyen.delivery.TypedWriting.Screen;
import vn.thituyen.delivery.TypedWriting.PaperQuestion;
import vn.thituyen.grading.MarkingPapers;
import vn.thituyen.grading.WrittenMarkingService;
import vn.thituyen.grading.WrittenMarkingService.MarkerPair;
import vn.thituyen.grading.WrittenMarkingService.MarkerRow;

/**
 * Issue 13, a written part typed on computer: the paper set and opened, answers saved durably (acknowledged after the
 * commit, idempotent, kept as history) and resumed after a reload, the deadline kept by the server, the scripts
 * anonymised when the paper closes and marked blind by code, with the answers' text and never a name.
 */
@ApplicationTest
class TypedWritingTest {

    @Autowired Scenario s;
    @Autowired TypedWriting typed;
    @Autowired WrittenMarkingService marking;
    @Autowired MarkingPapers papers;

    private static <T> void refused(String key, Callable<T> action) {
        assertThatThrownBy(action::call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static List<PaperQuestion> paper(String... textAndPoints) {
        List<PaperQuestion> out = new java.util.ArrayList<>();
        for (int i = 0; i < textAndPoints.length; i += 2) {
            out.add(new PaperQuestion(textAndPoints[i], textAndPoints[i + 1] == null ? null
                    : new BigDecimal(textAndPoints[i + 1])));
        }
        return out;
    }

    private long typedAnswerRows(long scriptId) {
        return s.jdbc.queryForObject("SELECT COUNT(*) FROM typed_answer WHERE script_id = ?", Long.class, scriptId);
    }

    @Test
    void typedScriptsAreSavedDurablyResumedClosedOnTimeAndMarkedBlind() {
        Scenario.Campaign c = s.newCampaign(RuleSet.CIVIL_SERVANT_2025, Scenario.TYPED_AND_INTERVIEW);
        Scenario.MarkingBoard b = s.markingBoard(c);
        long an = s.apply(c, c.position1, "Nguyễn Thị Ánh", null);
        long binh = s.apply(c, c.position1, "Trần Văn Bình", null);
        long cuc = s.apply(c, c.position1, "Lê Thu Cúc", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(an, 45);
        s.sit(binh, 45);
        s.sit(cuc, 5);   // fails round 1: no round 2
        String anUser = c.candidates.get(0);
        String binhUser = c.candidates.get(1);
        String cucUser = c.candidates.get(2);

        // the paper: the points must add up to the part's maximum, each question has its text
        assertThatThrownBy(() -> s.asUser(c.author1, () -> {
            typed.setPaper(c.position1, 1, paper("Câu một", "60", "Câu hai", "30"));
            return null;
        })).isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).containsEntry("total",
                "error.typed.total"));
        assertThatThrownBy(() -> s.asUser(c.author1, () -> {
            typed.setPaper(c.position1, 1, paper("Câu một", "60", " ", "40"));
            return null;
        })).isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).containsEntry("question-2-text",
                "validation.required"));
        refused("error.typed.notTyped", () -> s.asUser(c.author1, () -> {
            typed.setPaper(c.position1, 2, paper("Phỏng vấn", "100"));
            return null;
        }));
        refused("error.typed.noPaper", () -> s.asUser(c.secretary, () -> {
            typed.open(c.position1, 1);
            return null;
        }));
        s.asUser(c.author1, () -> {
            typed.setPaper(c.position1, 1, paper("Trình bày nguyên tắc tổ chức bộ máy hành chính nhà nước.", "60",
                    "Nêu quy trình tuyển dụng công chức theo Nghị định 138/2020/NĐ-CP.", "40"));
            return null;
        });
        assertThat(s.asUser(c.secretary, () -> typed.papers(c.id))).singleElement()
                .satisfies(p -> assertThat(p.questions()).isEqualTo(2));

        // before the paper opens: nothing to start; a candidate who failed round 1 has no round 2
        Screen before = s.asUser(anUser, () -> typed.screen(c.id));
        assertThat(before.papers()).singleElement().satisfies(p -> assertThat(p.state()).isEqualTo(PaperState.NOT_OPEN));
        assertThat(before.writing()).isNull();
        refused("error.typed.notOpen", () -> s.asUser(anUser, () -> typed.start(c.id, 1)));
        assertThat(s.asUser(cucUser, () -> typed.screen(c.id)).round2()).isFalse();
        refused("error.typed.notRound2", () -> s.asUser(cucUser, () -> typed.start(c.id, 1)));

        s.asUser(c.secretary, () -> {
            typed.open(c.position1, 1);
            return null;
        });
        refused("error.typed.state.OPEN", () -> s.asUser(c.author1, () -> {
            typed.setPaper(c.position1, 1, paper("Đổi đề", "100"));
            return null;
        }));

        // the candidate starts: the deadline is the server's; starting twice changes nothing
        Instant started = s.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Screen writing = s.asUser(anUser, () -> typed.start(c.id, 1));
        assertThat(writing.writing().deadline()).isEqualTo(started.plus(Duration.ofMinutes(180)));
        assertThat(writing.writing().questions()).extracting(TypedWriting.AnswerLine::question)
                .first().asString().startsWith("Trình bày nguyên tắc");
        long script = writing.writing().scriptId();
        assertThat(s.asUser(anUser, () -> typed.start(c.id, 1)).writing().scriptId()).isEqualTo(script);

        // durable, idempotent saves: a repeated or late message never overwrites a newer answer
        Instant receipt = s.asUser(anUser, () -> typed.save(script, 1, "Bộ máy hành chính được tổ chức", 10L));
        s.clock.advance(Duration.ofSeconds(5));
        assertThat(s.asUser(anUser, () -> typed.save(script, 1, "một bản cũ đến muộn", 9L))).isEqualTo(receipt);
        assertThat(s.asUser(anUser, () -> typed.save(script, 1, "Bộ máy hành chính được tổ chức", 11L)))
                .isEqualTo(receipt);
        assertThat(typedAnswerRows(script)).isEqualTo(1);
        s.asUser(anUser, () -> typed.save(script, 1, "Bộ máy hành chính được tổ chức theo nguyên tắc tập trung dân chủ.\n"
                + "Thứ hai, …", 12L));
        assertThat(typedAnswerRows(script)).isEqualTo(2);   // the history: both versions kept
        refused("error.typed.tooLong", () -> s.asUser(anUser,
                () -> typed.save(script, 2, "x".repeat(TypedWriting.MAX_ANSWER + 1), 13L)));
        refused("error.notFound", () -> s.asUser(anUser, () -> typed.save(script, 3, "không có câu 3", 14L)));
        assertThat(typedAnswerRows(script)).isEqualTo(2);

        // another candidate can neither write into nor hand in this script
        refused("error.forbidden", () -> s.asUser(binhUser, () -> typed.save(script, 1, "chen ngang", 99L)));
        refused("error.forbidden", () -> s.asUser(binhUser, () -> {
            typed.handIn(script);
            return null;
        }));

        // a reload (or another computer) shows the answers as last saved
        Screen resumed = s.asUser(anUser, () -> typed.screen(c.id));
        assertThat(resumed.writing().questions().get(0).answer()).startsWith("Bộ máy hành chính được tổ chức theo")
                .contains("\nThứ hai");
        assertThat(resumed.writing().questions().get(1).answer()).isEmpty();
        assertThat(resumed.writing().remainingSeconds()).isBetween(180L * 60 - 6, 180L * 60 - 5);

        long binhScript = s.asUser(binhUser, () -> typed.start(c.id, 1)).writing().scriptId();
        s.asUser(binhUser, () -> typed.save(binhScript, 2, "Quy trình gồm thông báo, nhận phiếu, thi hai vòng.", 1L));
        refused("error.typed.stillWriting", () -> s.asUser(c.secretary, () -> typed.close(c.position1, 1)));

        s.asUser(anUser, () -> {
            typed.handIn(script);
            return null;
        });
        refused("error.typed.handedIn", () -> s.asUser(anUser, () -> typed.save(script, 2, "sau khi nộp", 20L)));

        // Bình's time runs out: the server refuses the late save and closes the script at its deadline
        s.clock.advance(Duration.ofMinutes(181));
        try {
            refused("error.typed.timeUp", () -> s.asUser(binhUser, () -> typed.save(binhScript, 2, "muộn", 2L)));
            assertThat(s.asUser(c.secretary, () -> typed.close(c.position1, 1))).isEqualTo(2);
        } finally {
            s.clock.advance(Duration.ofMinutes(-181));
        }
        assertThat(s.asUser(binhUser, () -> typed.screen(c.id)).papers()).singleElement()
                .satisfies(p -> assertThat(p.state()).isEqualTo(PaperState.HANDED_IN));
        assertThat(s.jdbc.queryForObject("SELECT by_timeout FROM typed_script WHERE id = ?", Boolean.class,
                binhScript)).isTrue();

        // closing anonymised the two scripts: nobody takes typed scripts in by hand
        assertThat(s.asUser(b.anon(), () -> marking.writtenParts(c.id))).filteredOn(p -> p.partNo() == 1)
                .singleElement().satisfies(p -> {
                    assertThat(p.anonymised()).isTrue();
                    assertThat(p.scripts()).isEqualTo(2);
                });
        refused("error.marking.typedAutomatic", () -> s.asUser(b.anon(), () -> marking.anonymise(c.position1, 1,
                List.of(new WrittenMarkingService.Intake(an, 1)))));
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM script_text t JOIN written_script w ON w.id = t.script_id"
                + " JOIN written_part p ON p.id = w.part_id WHERE p.position_id = ?", Long.class, c.position1))
                .isEqualTo(4);

        // markers read the answers by code, beside the questions, and never a name
        s.asUser(b.head(), () -> marking.drawBundles(c.position1, 1,
                List.of(new MarkerPair(b.markerIds().get(0), b.markerIds().get(1)))));
        List<MarkerRow> rows = s.asUser(b.markers().get(0), () -> marking.myScripts(c.id));
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.kind()).isEqualTo(PartKind.WRITTEN_COMPUTER));
        Map<Long, List<MarkingPapers.TypedAnswer>> read = new java.util.HashMap<>();
        for (MarkerRow r : rows) {
            read.put(r.scriptId(), s.asUser(b.markers().get(0), () -> papers.typedScript(r.scriptId())));
        }
        assertThat(read.values()).allSatisfy(answers -> {
            assertThat(answers).extracting(MarkingPapers.TypedAnswer::points)
                    .containsExactly(new BigDecimal("60.00"), new BigDecimal("40.00"));
            assertThat(answers.toString()).doesNotContain("Ánh", "Bình", "Nguyễn", "Trần");
        });
        assertThat(read.values()).anySatisfy(answers -> assertThat(answers.get(0).answer())
                .startsWith("Bộ máy hành chính được tổ chức theo nguyên tắc"));
        assertThat(read.values()).anySatisfy(answers -> assertThat(answers.get(1).answer())
                .isEqualTo("Quy trình gồm thông báo, nhận phiếu, thi hai vòng."));
        refused("error.marking.notYourScript", () -> s.asUser(b.markers().get(2),
                () -> papers.typedScript(rows.get(0).scriptId())));

        // marked blind by both, the key opened: the marks join the candidates
        for (String marker : b.markers().subList(0, 2)) {
            for (MarkerRow r : rows) {
                List<BigDecimal> marks = read.get(r.scriptId()).get(1).answer().isEmpty()
                        ? List.of(new BigDecimal("40"), BigDecimal.ZERO)
                        : List.of(BigDecimal.ZERO, new BigDecimal("25"));
                s.asUser(marker, () -> marking.enterMarks(r.scriptId(), marks));
            }
        }
        s.asUser(b.anon(), () -> marking.openKey(c.position1, 1));
        assertThat(s.asUser(c.secretary, () -> marking.finalMarks(c.position1, 1)))
                .hasSize(2).hasEntrySatisfying(an, m -> assertThat(m).isEqualByComparingTo("40"))
                .hasEntrySatisfying(binh, m -> assertThat(m).isEqualByComparingTo("25"));
    }
}
