package vn.thituyen.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.common.Digests;
import vn.thituyen.common.DomainException;

/**
 * Issue 15 § 1: the candidate's scans are kept with their SHA-256, checked from their content, within the size
 * limit, and read by nobody but the candidate and the campaign's reviewers.
 */
@ApplicationTest
class CandidateDocumentsTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Autowired Scenario s;
    @Autowired CandidateDocuments documents;

    @Test
    void theCandidateUploadsAndTheReviewerReadsNobodyElse() {
        Scenario.Campaign c = s.newCampaign();
        long app = s.apply(c, c.position1, "Lê Thị Minh Châu", PriorityCategory.ETHNIC_MINORITY);
        s.apply(c, c.position1, "Phạm Văn Đông", null);
        String ha = c.candidates.get(0);
        String other = c.candidates.get(1);
        byte[] degree = Scenario.pdf("Bằng cử nhân Luật, Đại học Luật Hà Nội");

        long degreeId = s.asUser(ha, () -> documents.upload(c.id, DocumentPurpose.DEGREE, null, "bang-cu-nhan.pdf",
                degree));
        long evidence = s.asUser(ha, () -> documents.upload(c.id, DocumentPurpose.PRIORITY,
                PriorityCategory.ETHNIC_MINORITY, "giay-khai-sinh.jpg", JPEG));
        s.asUser(ha, () -> documents.upload(c.id, DocumentPurpose.PORTRAIT, null, "anh-cu.png", PNG));
        long portrait = s.asUser(ha, () -> documents.upload(c.id, DocumentPurpose.PORTRAIT, null, "anh-4x6.jpg",
                JPEG));

        // kept with the checksum of the very bytes, the type from the content
        assertThat(s.jdbc.queryForObject("SELECT sha256 FROM candidate_document WHERE id = ?", String.class,
                degreeId)).isEqualTo(Digests.sha256(degree));
        assertThat(s.jdbc.queryForObject("SELECT content_type FROM candidate_document WHERE id = ?", String.class,
                evidence)).isEqualTo("image/jpeg");
        // the candidate's list: one portrait counts, the latest
        assertThat(s.asUser(ha, () -> documents.mine(c.id))).extracting(CandidateDocuments.Document::id)
                .containsExactly(degreeId, evidence, portrait);

        // the reviewer (the council's secretary) lists and reads them
        List<CandidateDocuments.Document> seen = s.asUser(c.secretary, () -> documents.documents(app));
        assertThat(seen).extracting(CandidateDocuments.Document::purpose, CandidateDocuments.Document::claim)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DocumentPurpose.DEGREE, null),
                        org.assertj.core.groups.Tuple.tuple(DocumentPurpose.PRIORITY, "ETHNIC_MINORITY"),
                        org.assertj.core.groups.Tuple.tuple(DocumentPurpose.PORTRAIT, null));
        assertThat(s.asUser(c.secretary, () -> documents.file(degreeId)).data()).isEqualTo(degree);
        assertThat(s.asUser(ha, () -> documents.file(degreeId)).sha256()).isEqualTo(Digests.sha256(degree));
        // the secretary's read is in the audit chain with who read what; the candidate's own read is not
        assertThat(s.jdbc.queryForList("SELECT actor FROM audit_entry WHERE action = 'DocumentRead' AND details LIKE ?",
                String.class, "%documentId=" + degreeId + "%")).containsExactly(c.secretary);

        // another candidate, and staff of the campaign who do not review applications, cannot
        refused(() -> s.asUser(other, () -> documents.file(degreeId)), "error.notFound");
        refused(() -> s.asUser(c.grader1, () -> documents.file(degreeId)), null);
        refused(() -> s.asUser(c.invigilator, () -> documents.documents(app)), null);
        // nor withdraw it
        refused(() -> s.asUser(other, () -> {
            documents.withdraw(degreeId);
            return null;
        }), "error.notFound");
    }

    @Test
    void aDisguisedOrOversizedFileIsRefusedAndNothingIsStored() {
        Scenario.Campaign c = s.newCampaign();
        long app = s.apply(c, c.position1, "Vũ Hoàng Yến", null);
        String me = c.candidates.get(0);
        // a PNG named .pdf
        refused(() -> s.asUser(me, () -> documents.upload(c.id, DocumentPurpose.DEGREE, null, "bang.pdf", PNG)),
                "validation.document.disguised");
        // a PDF as the portrait
        refused(() -> s.asUser(me, () -> documents.upload(c.id, DocumentPurpose.PORTRAIT, null, "anh",
                Scenario.pdf("ảnh"))), "validation.document.portraitType");
        // over the limit (5 MB by default), though a real PDF header
        byte[] big = Arrays.copyOf(Scenario.pdf("Bảng điểm"), (int) documents.maxBytes() + 1);
        refused(() -> s.asUser(me, () -> documents.upload(c.id, DocumentPurpose.DEGREE, null, "bang-diem.pdf", big)),
                "validation.document.tooBig");
        // not a file at all, and evidence for a claim never made
        refused(() -> s.asUser(me, () -> documents.upload(c.id, DocumentPurpose.DEGREE, null, "bang.pdf",
                "Xin chào".getBytes(java.nio.charset.StandardCharsets.UTF_8))), "validation.document.type");
        refused(() -> s.asUser(me, () -> documents.upload(c.id, DocumentPurpose.PRIORITY,
                PriorityCategory.YOUTH_VOLUNTEER, "giay.pdf", Scenario.pdf("TNXP"))),
                "validation.document.noPriorityClaim");
        refused(() -> s.asUser(me, () -> documents.upload(c.id, DocumentPurpose.EXEMPTION, null, "giay.pdf",
                Scenario.pdf("IELTS"))), "validation.document.noExemptionClaim");
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM candidate_document WHERE application_id = ?",
                Long.class, app)).isZero();
    }

    @Test
    void aWithdrawnDocumentIsKeptAndNothingChangesOnceReviewed() {
        Scenario.Campaign c = s.newCampaign();
        long app = s.apply(c, c.position1, "Đặng Quốc Bảo", null);
        String me = c.candidates.get(0);
        long first = s.asUser(me, () -> documents.upload(c.id, DocumentPurpose.DEGREE, null, "bang.pdf",
                Scenario.pdf("Bằng")));
        long second = s.asUser(me, () -> documents.upload(c.id, DocumentPurpose.DEGREE, null, "bang-diem.png", PNG));
        s.asUser(me, () -> {
            documents.withdraw(first);
            return null;
        });
        assertThat(s.asUser(me, () -> documents.mine(c.id))).extracting(CandidateDocuments.Document::id)
                .containsExactly(second);
        // append-only: the row and its bytes stay, marked withdrawn by the candidate
        assertThat(s.jdbc.queryForObject("SELECT withdrawn_by FROM candidate_document WHERE id = ?", String.class,
                first)).isEqualTo(me);
        assertThat(s.asUser(c.secretary, () -> documents.file(first)).fileName()).isEqualTo("bang.pdf");

        // reviewed: neither a new upload nor a withdrawal
        s.asUser(c.secretary, () -> {
            s.registration.accept(app);
            return null;
        });
        refused(() -> s.asUser(me, () -> {
            documents.withdraw(second);
            return null;
        }), "error.registration.notChangeable");
        refused(() -> s.asUser(me, () -> documents.upload(c.id, DocumentPurpose.DEGREE, null, "bang.pdf",
                Scenario.pdf("Bằng"))), "error.registration.notChangeable");
        assertThat(s.asUser(me, () -> documents.mine(c.id))).hasSize(1);
    }

    /** Refused with {@code key}; null: any refusal (by role or by seat). */
    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        if (key == null) {
            assertThatThrownBy(call).isInstanceOfAny(DomainException.class,
                    org.springframework.security.access.AccessDeniedException.class);
        } else {
            assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.messageKey()).isEqualTo(key));
        }
    }
}
