package vn.thituyen.analysis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thituyen.Scenario;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.PaperItem;
import vn.thituyen.identity.Role;
import vn.thituyen.questionbank.BlueprintService;
import vn.thituyen.questionbank.QuestionBankService.TopicInfo;
import vn.thituyen.questionbank.Subject;

/**
 * Helpers for item analysis and key corrections on the shared test database.
 *
 * <p>A key correction re-scores every campaign whose papers hold the question, and is refused while one of them is
 * locked or still running. The sample bank is shared by every test, so a test that corrects a key first gives its
 * campaign's part 1 questions nobody else has: {@link #isolatePart1} imports 3 × 60 fresh approved questions into a
 * topic of their own and a blueprint that draws the campaign's part 1 from that topic only.
 */
public final class AnalysisFixture {

    private AnalysisFixture() {
    }

    /** What a candidate picks for an item: an original option index, or null to leave it unanswered. */
    @FunctionalInterface
    public interface Chooser {
        Integer choose(int seq, long questionId, int key, int optionCount);
    }

    /** Right on every item. */
    public static final Chooser ALL_RIGHT = (seq, q, key, n) -> key;

    /** A question board member (AUTHOR) for the campaign's tests. */
    public static String author(Scenario s, Scenario.Campaign c) {
        String username = "author-" + c.tag;
        s.as("system-admin", Role.ADMIN, () -> {
            long id = s.identity.createAccount(username, Scenario.PASSWORD, "Phạm Ban Đề", "bd@example.vn",
                    Role.AUTHOR);
            s.councils.seatOnBoard(c.id, vn.thituyen.campaign.BoardKind.QUESTIONS, id, null, false);
            return null;
        });
        s.chooseFor(username, c.id);
        return username;
    }

    /** Part 1 of the campaign draws only from 180 fresh approved questions (keys A, B, C, D in turn). */
    public static void isolatePart1(Scenario s, BlueprintService blueprints, Scenario.Campaign c) {
        long bank = s.banks.bankFor(Subject.GENERAL_KNOWLEDGE, null).orElseThrow().id();
        StringBuilder aiken = new StringBuilder();
        for (int i = 1; i <= 180; i++) {
            aiken.append("Câu kiểm thử ").append(c.tag).append(" số ").append(i)
                    .append(": theo quy định hiện hành, phương án nào đúng?\n");
            for (int o = 0; o < 4; o++) {
                aiken.append((char) ('A' + o)).append(". Phương án ").append(o + 1).append(" của câu ").append(i)
                        .append('\n');
            }
            aiken.append("ANSWER: ").append((char) ('A' + i % 4)).append("\n\n");
        }
        s.as("system-chair-" + c.tag, Role.CHAIR, () -> {
            TopicInfo topic = s.banks.createTopic(bank, null, "Kiểm thử " + c.tag);
            s.exchange.importFile(bank, "aiken", aiken.toString().getBytes(StandardCharsets.UTF_8), topic.id(),
                    false, true);
            blueprints.saveBlueprint(c.id, 1, bank, 60, List.of(new BlueprintService.RowSpec(topic.id(), null, 60)));
            return null;
        });
    }

    /** Question ids of part {@code partNo} of the candidate's paper, in paper order. */
    public static List<Long> paper(Scenario s, long applicationId, int partNo) {
        AttemptPart part = s.parts.findByAttemptIdOrderByPartNo(s.attemptOf(applicationId)).stream()
                .filter(p -> p.getPartNo() == partNo).findFirst().orElseThrow();
        return s.items.findByAttemptPartIdOrderBySeq(part.getId()).stream().map(PaperItem::getQuestionId).toList();
    }

    /** The part closed of a candidate's attempt with this number. */
    public static AttemptPart part(Scenario s, long applicationId, int partNo) {
        return s.parts.findByAttemptIdOrderByPartNo(s.attemptOf(applicationId)).stream()
                .filter(p -> p.getPartNo() == partNo).findFirst().orElseThrow();
    }

    /** A question that at least two of the candidates got in part 1, with those candidates first. */
    public static Map.Entry<Long, List<Long>> sharedQuestion(Scenario s, List<Long> applicationIds) {
        Map<Long, List<Long>> holders = new HashMap<>();
        for (long app : applicationIds) {
            for (long q : paper(s, app, 1)) {
                holders.computeIfAbsent(q, k -> new ArrayList<>()).add(app);
            }
        }
        return holders.entrySet().stream().filter(e -> e.getValue().size() >= 2)
                .max(java.util.Comparator.comparingInt((Map.Entry<Long, List<Long>> e) -> e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow(() -> new AssertionError("no question shared by two papers"));
    }

    /** The candidate sits every part they have, each item answered as {@code choosers[k]} says for part k+1. */
    public static void sit(Scenario s, long applicationId, Chooser... choosers) {
        long attemptId = s.attemptOf(applicationId);
        s.asExaminee(attemptId, () -> {
            for (Chooser chooser : choosers) {
                answerNextPart(s, attemptId, chooser);
                s.delivery.submitCurrentPart();
            }
            return null;
        });
    }

    /** Starts the next part and answers it, without handing it in (the part keeps running). */
    public static void startAndAnswer(Scenario s, long applicationId, Chooser chooser) {
        long attemptId = s.attemptOf(applicationId);
        s.asExaminee(attemptId, () -> {
            answerNextPart(s, attemptId, chooser);
            return null;
        });
    }

    public static void submitRunningPart(Scenario s, long applicationId) {
        s.asExaminee(s.attemptOf(applicationId), () -> {
            s.delivery.submitCurrentPart();
            return null;
        });
    }

    private static void answerNextPart(Scenario s, long attemptId, Chooser chooser) {
        s.delivery.startNextPart();
        AttemptPart part = s.parts.findByAttemptIdOrderByPartNo(attemptId).stream().filter(AttemptPart::isOpen)
                .findFirst().orElseThrow();
        List<PaperItem> paper = s.items.findByAttemptPartIdOrderBySeq(part.getId());
        Map<Long, Integer> keys = Scenario.singleKeys(s.examQuestions.answerKeys(
                paper.stream().map(PaperItem::getQuestionId).toList()));
        for (PaperItem it : paper) {
            Integer original = chooser.choose(it.getSeq(), it.getQuestionId(), keys.get(it.getQuestionId()),
                    it.order().length);
            if (original != null) {
                s.delivery.saveAnswer(it.getId(), it.displayIndex(original));
            }
        }
    }

    /** Right on the first {@code right} items other than {@code except}, wrong on the rest; {@code except} as given. */
    public static Chooser rightOn(int right, long except, Integer exceptChoice) {
        int[] given = new int[1];
        return (seq, q, key, n) -> {
            if (q == except) {
                return exceptChoice;
            }
            return given[0]++ < right ? key : (key + 1) % n;
        };
    }
}
