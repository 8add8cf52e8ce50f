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
    @Autowired DocumentStore store;

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

    /**
     * Kept in the configured directory: the row keeps no bytes, the file is named by its SHA-256, a file changed on
     * disk is refused on reading; the campaign's backup holds every document (withdrawn ones too) and a manifest.
     */
    @Test
    void documentsInADirectoryAreCheckedOnEveryReadAndTheBackupHoldsThemAll() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("thituyen-documents");
        Scenario.Campaign c = s.newCampaign();
        long app = s.apply(c, c.position1, "Trịnh Thu Hà", null);
        String ha = c.candidates.get(0);
        byte[] degree = Scenario.pdf("Bằng thạc sĩ Quản lý công");
        long degreeId;
        long withdrawn;
        // one in the database, then the office sets the directory
        long inDatabase = s.asUser(ha, () -> documents.upload(c.id, DocumentPurpose.PORTRAIT, null, "anh-moi.jpg",
                JPEG));
        store.useDirectory(dir);
        try {
            degreeId = s.asUser(ha, () -> documents.upload(c.id, DocumentPurpose.DEGREE, null, "bang-thac-si.pdf",
                    degree));
            withdrawn = s.asUser(ha, () -> documents.upload(c.id, DocumentPurpose.PORTRAIT, null, "anh.png", PNG));
            s.asUser(ha, () -> {
                documents.withdraw(withdrawn);
                return null;
            });
            keptInTheDirectory(c, app, ha, degree, degreeId, withdrawn, inDatabase, dir);
        } finally {
            store.useDirectory(null);
        }
    }

    private void keptInTheDirectory(Scenario.Campaign c, long app, String ha, byte[] degree, long degreeId,
            long withdrawn, long inDatabase, java.nio.file.Path dir) throws Exception {
        assertThat(s.jdbc.queryForObject("SELECT stored_in FROM candidate_document WHERE id = ?", String.class,
                degreeId)).isEqualTo("DIRECTORY");
        assertThat(s.jdbc.queryForObject("SELECT LENGTH(data) FROM candidate_document WHERE id = ?", Integer.class,
                degreeId)).isZero();
        java.nio.file.Path file = dir.resolve(String.valueOf(c.id)).resolve(Digests.sha256(degree));
        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(degree);
        assertThat(s.asUser(c.secretary, () -> documents.file(degreeId)).data()).isEqualTo(degree);

        // the backup: every document with its checksum, and the manifest
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        assertThat(s.asUser(c.secretary, () -> documents.archive(c.id, zip))).isEqualTo(3);
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.toByteArray()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(entries).containsKeys(app + "/" + degreeId + "-DEGREE-bang-thac-si.pdf", "manifest.csv");
        assertThat(entries.get(app + "/" + degreeId + "-DEGREE-bang-thac-si.pdf")).isEqualTo(degree);
        assertThat(entries.keySet()).anyMatch(n -> n.startsWith(app + "/" + withdrawn + "-PORTRAIT-"))
                .anyMatch(n -> n.startsWith(app + "/" + inDatabase + "-PORTRAIT-"));
        String manifest = new String(entries.get("manifest.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"Trịnh Thu Hà\"", Digests.sha256(degree), "DEGREE", "\"" + ha + "\"");
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'DocumentsArchived'"
                + " AND (subject LIKE ? OR details LIKE ?)", Integer.class, "%campaignId=" + c.id + "%",
                "%campaignId=" + c.id + "%")).isEqualTo(1);
        // not for the candidate, nor for staff who do not review applications
        refused(() -> s.asUser(ha, () -> documents.archive(c.id, new java.io.ByteArrayOutputStream())), null);
        refused(() -> s.asUser(c.grader1, () -> documents.archive(c.id, new java.io.ByteArrayOutputStream())), null);

        // a file changed on disk is refused, never served
        java.nio.file.Files.write(file, Scenario.pdf("Bằng giả"));
        refused(() -> s.asUser(c.secretary, () -> documents.file(degreeId)), "error.document.damaged");
        refused(() -> s.asUser(c.secretary, () -> documents.archive(c.id, new java.io.ByteArrayOutputStream())),
                "error.document.damaged");
    }
}
