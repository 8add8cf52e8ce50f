package vn.thituyen.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
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

/** Sealed exam data: one checksummed archive per subject, verified later, then the server copy purged. */
@ApplicationTest
class SealServiceTest {

    @Autowired Scenario s;
    @Autowired SealService seal;
    @Autowired DeliveryService delivery;

    @Test
    void exportVerifyTamperAndPurge() throws Exception {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Phạm Ngũ Lão", null);
        s.acceptAllAndPublish(c);
        long sitting = s.openSittings(c).get(0);
        s.asExaminee(s.attemptOf(a), () -> {
            delivery.startNextPart();
            return null;
        });
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> seal.export(c.id, RuleSet.Subject.GENERAL_KNOWLEDGE)))
                .isInstanceOf(DomainException.class).hasMessage("error.seal.stillRunning");
        s.asExaminee(s.attemptOf(a), () -> {
            delivery.submitCurrentPart();
            return null;
        });
        SealService.SealedArchive archive = s.asUser(c.secretary,
                () -> seal.export(c.id, RuleSet.Subject.GENERAL_KNOWLEDGE));
        Map<String, String> files = unzip(archive.zip());
        assertThat(files).containsOnlyKeys("questions.csv", "papers.csv", "answers.csv", "results.csv",
                "manifest.json");
        assertThat(files.get("papers.csv").lines()).hasSize(61);
        assertThat(files.get("results.csv")).contains("Phạm Ngũ Lão");
        assertThat(files.get("manifest.json")).contains("\"sha256\"");
        assertThat(archive.manifestSha256()).hasSize(64);

        SealService.Verification ok = s.asUser(c.chair, () -> seal.verify(archive.zip()));
        assertThat(ok.intact()).isTrue();
        assertThat(ok.sealedBy()).isEqualTo(c.secretary);

        Map<String, String> tampered = new LinkedHashMap<>(files);
        tampered.put("results.csv", files.get("results.csv").replace("Phạm Ngũ Lão", "Phạm Ngũ Lão2"));
        SealService.Verification bad = s.asUser(c.chair, () -> seal.verify(zip(tampered)));
        assertThat(bad.intact()).isFalse();
        assertThat(bad.problems()).singleElement().asString().contains("results.csv");
        assertThat(s.asUser(c.chair, () -> seal.verify("not a zip".getBytes())).intact()).isFalse();

        long poolBefore = s.banks.poolSize(s.banks.bankFor(vn.thituyen.questionbank.Subject.GENERAL_KNOWLEDGE, null)
                .orElseThrow().id());
        int purged = s.asUser(c.secretary, () -> seal.purgeQuestions(c.id, RuleSet.Subject.GENERAL_KNOWLEDGE));
        assertThat(purged).isEqualTo(60);
        long poolAfter = s.banks.poolSize(s.banks.bankFor(vn.thituyen.questionbank.Subject.GENERAL_KNOWLEDGE, null)
                .orElseThrow().id());
        assertThat(poolAfter).as("purged questions are never drawn again").isEqualTo(poolBefore - 60);
        s.replenishGeneralKnowledge();   // the sample bank is shared by the other tests
        var part = s.parts.findByAttemptIdOrderByPartNo(s.attemptOf(a)).get(0);
        long questionId = s.items.findByAttemptPartIdOrderBySeq(part.getId()).stream().map(PaperItem::getQuestionId)
                .findFirst().orElseThrow();
        assertThat(s.banks.questionTexts(java.util.List.of(questionId)).get(questionId).stem())
                .startsWith("[Nội dung câu hỏi đã xóa");
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> seal.purgeQuestions(c.id,
                RuleSet.Subject.FOREIGN_LANGUAGE))).hasMessage("error.seal.notSealed");
        s.asUser(c.secretary, () -> {
            delivery.closeSitting(sitting);
            return null;
        });
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
