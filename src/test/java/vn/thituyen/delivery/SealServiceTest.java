package vn.thituyen.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.DomainException;
import vn.thituyen.delivery.domain.PaperItem;

/**
 * Sealed exam data: one checksummed archive per subject, exported only once the subject is over in every room,
 * verified later, and only then the server's copy purged (security review, finding 1).
 */
@ApplicationTest
class SealServiceTest {

    private static final RuleSet.Subject GK = RuleSet.Subject.GENERAL_KNOWLEDGE;

    @Autowired Scenario s;
    @Autowired vn.thituyen.delivery.RoomConsole console;
    @Autowired SealService seal;
    @Autowired DeliveryService delivery;
    @Autowired vn.thituyen.audit.AuditLog audit;

    @Test
    void exportIsRefusedUntilEveryRoomIsDoneAndNamesTheRoomsStillSitting() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Phạm Ngũ Lão", null);
        long b = s.apply(c, c.position1, "Trần Khánh Dư", null);
        s.acceptAllAndPublish(c);
        // no sitting prepared yet: nobody has sat the subject
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> seal.export(c.id, GK)))
                .isInstanceOf(DomainException.class).hasMessage("error.seal.nothing");
        long sitting = s.openSittings(c).get(0);
        String room = s.asUser(c.secretary, () -> console.sittings(c.id)).get(0).roomName();
        s.asExaminee(s.attemptOf(a), () -> delivery.startNextPart());
        assertRefusedNaming(c, room);
        s.asExaminee(s.attemptOf(a), () -> delivery.submitCurrentPart());
        // one candidate has not come yet: they may still start, so the subject is not over
        assertRefusedNaming(c, room);
        assertThat(s.asUser(c.chair, () -> seal.roomsStillSitting(c.id, GK))).containsExactly(room);
        // nothing could be purged either
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> seal.purgeQuestions(c.id, GK)))
                .hasMessage("error.seal.notSealed");
        s.asExaminee(s.attemptOf(b), () -> delivery.startNextPart());
        assertRefusedNaming(c, room);
        s.asExaminee(s.attemptOf(b), () -> delivery.submitCurrentPart());
        // both handed in part I while part II runs: part I may be sealed, part II not
        assertThat(s.asUser(c.secretary, () -> seal.export(c.id, GK)).manifestSha256()).hasSize(64);
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> seal.export(c.id, RuleSet.Subject.FOREIGN_LANGUAGE)))
                .hasMessageContaining("error.seal.roomsOpen");
        s.asUser(c.secretary, () -> {
            console.closeSitting(sitting);
            return null;
        });
        assertThat(s.asUser(c.secretary, () -> seal.roomsStillSitting(c.id, RuleSet.Subject.FOREIGN_LANGUAGE)))
                .as("a closed sitting is over, absent candidates included").isEmpty();
    }

    private void assertRefusedNaming(Scenario.Campaign c, String room) {
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> seal.export(c.id, GK)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.seal.roomsOpen");
                    assertThat(vn.thituyen.common.Messages.vi(e.messageKey(), e.params())).contains(room)
                            .contains("Kiến thức chung");
                });
    }

    @Test
    void exportVerifyTamperAndPurgeOnlyAfterAVerifiedExport() throws Exception {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Phạm Ngũ Lão", null);
        s.acceptAllAndPublish(c);
        long sitting = s.openSittings(c).get(0);
        s.asExaminee(s.attemptOf(a), () -> delivery.startNextPart());
        s.asExaminee(s.attemptOf(a), () -> delivery.submitCurrentPart());
        SealService.SealedArchive archive = s.asUser(c.secretary, () -> seal.export(c.id, GK));
        Map<String, String> files = unzip(archive.zip());
        assertThat(files).containsOnlyKeys("questions.csv", "papers.csv", "answers.csv", "results.csv",
                "checkpoint.json", "manifest.json");
        // the audit log's signed head travels with the archive, listed in the manifest, and verifies
        assertThat(files.get("manifest.json")).contains("\"name\":\"checkpoint.json\"");
        assertThat(s.as("system", vn.thituyen.identity.Role.CHAIR, () -> audit.verifyCheckpoint(
                files.get("checkpoint.json"))).verdict()).isEqualTo(vn.thituyen.audit.AuditLog.CheckpointCheck.Verdict.MATCH);
        assertThat(files.get("papers.csv").lines()).hasSize(61);
        assertThat(files.get("results.csv")).contains("Phạm Ngũ Lão");
        assertThat(files.get("manifest.json")).contains("\"sha256\"");
        assertThat(archive.manifestSha256()).hasSize(64);

        // exported but not verified: the only copy outside the server is unchecked, so no purge
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> seal.purgeQuestions(c.id, GK)))
                .hasMessage("error.seal.notVerified");

        Map<String, String> tampered = new LinkedHashMap<>(files);
        tampered.put("results.csv", files.get("results.csv").replace("Phạm Ngũ Lão", "Phạm Ngũ Lão2"));
        SealService.Verification bad = s.asUser(c.chair, () -> seal.verify(zip(tampered)));
        assertThat(bad.intact()).isFalse();
        assertThat(bad.problems()).singleElement().asString().contains("results.csv");
        assertThat(s.asUser(c.chair, () -> seal.verify("not a zip".getBytes())).intact()).isFalse();
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> seal.purgeQuestions(c.id, GK)))
                .as("a tampered copy verifies nothing").hasMessage("error.seal.notVerified");

        SealService.Verification ok = s.asUser(c.chair, () -> seal.verify(archive.zip()));
        assertThat(ok.intact()).isTrue();
        assertThat(ok.sealedBy()).isEqualTo(c.secretary);
        assertThat(s.asUser(c.secretary, () -> seal.status(c.id, GK)).orElseThrow().verifiedBy()).isEqualTo(c.chair);

        s.closeLeftoverSittings();   // other tests' sittings share the sample bank
        long poolBefore = s.examQuestions.poolSize(s.banks.bankFor(vn.thituyen.questionbank.Subject.GENERAL_KNOWLEDGE, null)
                .orElseThrow().id());
        int purged = s.asUser(c.secretary, () -> seal.purgeQuestions(c.id, GK));
        assertThat(purged).isEqualTo(60);
        long poolAfter = s.examQuestions.poolSize(s.banks.bankFor(vn.thituyen.questionbank.Subject.GENERAL_KNOWLEDGE, null)
                .orElseThrow().id());
        assertThat(poolAfter).as("purged questions are never drawn again").isEqualTo(poolBefore - 60);
        s.replenishGeneralKnowledge();   // the sample bank is shared by the other tests
        var part = s.parts.findByAttemptIdOrderByPartNo(s.attemptOf(a)).get(0);
        long questionId = s.items.findByAttemptPartIdOrderBySeq(part.getId()).stream().map(PaperItem::getQuestionId)
                .findFirst().orElseThrow();
        assertThat(s.examQuestions.questionTexts(List.of(questionId)).get(questionId).stem())
                .startsWith("[Nội dung câu hỏi đã xóa");
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> seal.purgeQuestions(c.id,
                RuleSet.Subject.FOREIGN_LANGUAGE))).hasMessage("error.seal.notSealed");
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> seal.export(c.id, GK)))
                .as("a new export after the purge would hold blanked texts").hasMessageContaining("alreadyPurged");
        assertThat(s.sittings.findById(sitting).orElseThrow().getStatus()).isEqualTo(
                vn.thituyen.delivery.domain.Sitting.Status.CLOSED);
    }

    @Test
    void purgeIsRefusedWhileAnotherCampaignsPaperStillToBeSatHoldsTheQuestions() throws Exception {
        Scenario.Campaign done = s.newCampaign();
        long a = s.apply(done, done.position1, "Lý Thường Kiệt", null);
        s.acceptAllAndPublish(done);
        long sitting = s.openSittings(done).get(0);
        s.sit(a, 30, 15);
        s.asUser(done.secretary, () -> {
            console.closeSitting(sitting);
            return null;
        });
        SealService.SealedArchive archive = s.asUser(done.secretary, () -> seal.export(done.id, GK));
        assertThat(s.asUser(done.chair, () -> seal.verify(archive.zip())).intact()).isTrue();
        s.closeLeftoverSittings();

        // another campaign's room drew its papers from the same bank; its candidates have not sat part I yet
        Scenario.Campaign running = s.newCampaign();
        for (String name : List.of("Trần Bình Trọng", "Yết Kiêu", "Dã Tượng")) {
            s.apply(running, running.position1, name, null);
        }
        s.acceptAllAndPublish(running);
        long other = s.openSittings(running).get(0);
        String otherRoom = s.asUser(running.secretary, () -> console.sittings(running.id)).get(0).roomName();
        assertThatThrownBy(() -> s.asUser(done.secretary, () -> seal.purgeQuestions(done.id, GK)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.seal.questionsInUse");
                    assertThat(String.valueOf(e.params()[0])).contains(otherRoom).contains("T-" + running.tag);
                });
        s.asUser(running.secretary, () -> {
            console.closeSitting(other);
            return null;
        });
        assertThat(s.asUser(done.secretary, () -> seal.purgeQuestions(done.id, GK))).isEqualTo(60);
        s.replenishGeneralKnowledge();
    }

    @Test
    void aZipBombIsRefusedWithoutInflatingItIntoMemory() throws Exception {
        Scenario.Campaign c = s.newCampaign();
        // 256 MB of zeros packs into a few hundred KB; the old reader held every byte of it
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            z.putNextEntry(new ZipEntry("answers.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 256; i++) {
                z.write(zeros);
            }
            z.closeEntry();
            z.putNextEntry(new ZipEntry("manifest.json"));
            z.write("{\"files\":[]}".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        SealService.Verification v = s.asUser(c.chair, () -> seal.verify(new ByteArrayInputStream(bomb)));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(v.intact()).isFalse();
        // the test profile bounds an archive at 64 MB unpacked (thituyen.seal.verify-max-bytes)
        assertThat(v.problems()).singleElement().asString().contains("quá lớn");
        assertThat(allocated).as("bytes allocated while verifying").isLessThan(32L * 1024 * 1024);
    }

    @Test
    void entriesThatClimbOutOfTheArchiveAreRefused() throws Exception {
        Scenario.Campaign c = s.newCampaign();
        SealService.Verification v = s.asUser(c.chair,
                () -> seal.verify(zip(Map.of("../../etc/passwd", "x", "manifest.json", "{}"))));
        assertThat(v.intact()).isFalse();
        assertThat(v.problems()).singleElement().asString().contains("ZIP");
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static byte[] zip(Map<String, String> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
