package vn.thituyen.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.Duty;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.common.DomainException;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.Role;
import vn.thituyen.registration.ApplicationForm.Exemption;
import vn.thituyen.registration.domain.CandidateDocument;
import vn.thituyen.registration.domain.CandidateDocumentLine;
import vn.thituyen.registration.domain.CandidateDocumentRepository;
import vn.thituyen.registration.domain.Candidacy;
import vn.thituyen.registration.domain.CandidacyRepository;
import vn.thituyen.registration.domain.DocumentFileRule;

/**
 * The candidate's scans (issue 15 § 1): degrees and transcripts, the evidence of each claimed priority category and
 * of the claimed exemption, the portrait photo. The candidate uploads them while the application may still be
 * changed; each is kept with its SHA-256, and a removal only withdraws it. Nobody but the candidate and the
 * campaign's reviewers (the form-review board, the council's secretary and chair, administrators) reads them.
 */
@Service
public class CandidateDocuments {

    private final CandidacyRepository applications;
    private final CandidateDocumentRepository documents;
    private final CampaignService campaigns;
    private final CampaignAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxBytes;
    private final java.util.Optional<OwnDossier> dossiers;

    private final DocumentStore store;

    CandidateDocuments(CandidacyRepository applications, CandidateDocumentRepository documents,
            CampaignService campaigns, CampaignAccess access, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock, @Value("${thituyen.documents.max-bytes:5242880}") long maxBytes,
            java.util.Optional<OwnDossier> dossiers, DocumentStore store) {
        this.store = store;
        this.dossiers = dossiers;
        this.applications = applications;
        this.documents = documents;
        this.campaigns = campaigns;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /**
     * A document as listed. {@code claim}: the priority category a PRIORITY document proves, the exemption an
     * EXEMPTION document proves; null otherwise.
     */
    public record Document(long id, DocumentPurpose purpose, String claim, String fileName, String contentType,
            long sizeBytes, String sha256, Instant uploadedAt) {

        public boolean image() {
            return contentType.startsWith("image/");
        }
    }

    /** A document's bytes, to serve. */
    public record DocumentFile(String fileName, String contentType, byte[] data, String sha256) {
    }

    /** The largest file accepted, in bytes (setting {@code thituyen.documents.max-bytes}, 5 MB by default). */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The signed-in candidate uploads a scan for their application in {@code campaignId}. The type is read from the
     * content ({@link DocumentFileRule}); {@code category} names the claimed priority a PRIORITY document proves.
     * A refused file is not stored.
     *
     * @return the document's id
     */
    @Secured("ROLE_CANDIDATE")
    @Transactional
    public long upload(long campaignId, DocumentPurpose purpose, PriorityCategory category, String fileName,
            byte[] data) {
        Candidacy a = ownChangeable(campaignId);
        String refusal = DocumentFileRule.refusal(purpose, fileName, data, maxBytes);
        if (refusal != null) {
            throw new DomainException(refusal, megabytes());
        }
        String claim = claim(a, purpose, category);
        DocumentFileRule.FileType type = DocumentFileRule.typeOf(data);
        String name = cleanName(fileName, purpose, type);
        store.put(campaignId, data);
        CandidateDocument saved = documents.save(new CandidateDocument(a.getId(), purpose, claim, type.mimeType(),
                name, data, store.target(), currentUser.username(), clock.instant()));
        events.publishEvent(new RegistrationEvents.DocumentUploaded(a.getId(), campaignId, saved.getId(),
                purpose.name(), claim, name, data.length, saved.getSha256(), currentUser.username()));
        return saved.getId();
    }

    /**
     * A winner uploads a scan of one item of their dossier's checklist ({@code item} a
     * {@code campaign.RuleSet.DossierItem} name) while the dossier is open — neither complete nor cancelled, also after
     * the deadline until the result is cancelled (ND 138/2020/NĐ-CP Art. 17). Checked like any scan; a refused file
     * is not stored.
     *
     * @return the document's id
     */
    @Secured("ROLE_CANDIDATE")
    @Transactional
    public long uploadDossierItem(long campaignId, String item, String fileName, byte[] data) {
        Candidacy a = applications.findByCampaignIdAndUserId(campaignId, currentUser.require().userId())
                .orElseThrow(() -> new DomainException("error.notFound"));
        OwnDossier.Dossier dossier = dossiers.flatMap(d -> d.dossier(a.getId()))
                .orElseThrow(() -> new DomainException("error.notFound"));
        if (!dossier.open()) {
            throw new DomainException("error.dossier.closed");
        }
        if (dossier.items().stream().noneMatch(i -> i.item().equals(item))) {
            throw new DomainException("error.dossier.notOnChecklist");
        }
        String refusal = DocumentFileRule.refusal(DocumentPurpose.DOSSIER, fileName, data, maxBytes);
        if (refusal != null) {
            throw new DomainException(refusal, megabytes());
        }
        DocumentFileRule.FileType type = DocumentFileRule.typeOf(data);
        String name = cleanName(fileName, DocumentPurpose.DOSSIER, type);
        store.put(campaignId, data);
        CandidateDocument saved = documents.save(new CandidateDocument(a.getId(), DocumentPurpose.DOSSIER, item,
                type.mimeType(), name, data, store.target(), currentUser.username(), clock.instant()));
        events.publishEvent(new RegistrationEvents.DocumentUploaded(a.getId(), campaignId, saved.getId(),
                DocumentPurpose.DOSSIER.name(), item, name, data.length, saved.getSha256(), currentUser.username()));
        return saved.getId();
    }

    /** The signed-in candidate's own dossier, when they won (their page shows it). */
    @Secured("ROLE_CANDIDATE")
    @Transactional(readOnly = true)
    public java.util.Optional<OwnDossier.Dossier> myDossier(long campaignId) {
        return applications.findByCampaignIdAndUserId(campaignId, currentUser.require().userId())
                .flatMap(a -> dossiers.flatMap(d -> d.dossier(a.getId())));
    }

    /**
     * A winner's dossier scans, for the staff who verify them (the council's secretary, the chair, administrators):
     * {@link Document#claim()} names the checklist item.
     */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<Document> dossierDocuments(long applicationId) {
        Candidacy a = load(applicationId);
        access.requireDuty(a.getCampaignId(), currentUser.hasRole(Role.CHAIR) ? Duty.CHAIR_DECISIONS : Duty.RESULTS);
        return counting(applicationId).stream().filter(d -> d.purpose() == DocumentPurpose.DOSSIER).toList();
    }

    /** The candidate withdraws one of their documents while the application may still be changed; it is kept. */
    @Secured("ROLE_CANDIDATE")
    @Transactional
    public void withdraw(long documentId) {
        CandidateDocument d = documents.findById(documentId).orElseThrow(() -> new DomainException("error.notFound"));
        Candidacy a = applications.findById(d.getApplicationId())
                .orElseThrow(() -> new DomainException("error.notFound"));
        if (!a.getUserId().equals(currentUser.require().userId())) {
            throw new DomainException("error.notFound");
        }
        requireChangeable(a);
        if (d.isWithdrawn()) {
            return;
        }
        d.withdraw(currentUser.username(), clock.instant());
        events.publishEvent(new RegistrationEvents.DocumentWithdrawn(a.getId(), a.getCampaignId(), documentId,
                d.getPurpose().name(), d.getFileName(), currentUser.username()));
    }

    /** The signed-in candidate's documents for their application in {@code campaignId} (empty without one). */
    @Secured("ROLE_CANDIDATE")
    @Transactional(readOnly = true)
    public List<Document> mine(long campaignId) {
        return applications.findByCampaignIdAndUserId(campaignId, currentUser.require().userId())
                .map(a -> counting(a.getId())).orElse(List.of());
    }

    /** The signed-in candidate's portrait for the campaign (the latest that counts), for their own papers. */
    @Secured("ROLE_CANDIDATE")
    @Transactional(readOnly = true)
    public java.util.Optional<byte[]> myPortrait(long campaignId) {
        return mine(campaignId).stream().filter(d -> d.purpose() == DocumentPurpose.PORTRAIT).findFirst()
                .flatMap(d -> documents.findById(d.id())).map(d -> bytes(d, campaignId));
    }

    /**
     * The portrait of an application, for the exam screen of the candidate sitting it (TT 6/2020: the screen shows the
     * photo, name, candidate number and position before the start). The caller (delivery) passes the application of
     * the signed-in examinee's own attempt, never another.
     */
    @Secured("ROLE_EXAMINEE")
    @Transactional(readOnly = true)
    public java.util.Optional<DocumentFile> examineePortrait(long applicationId) {
        return counting(applicationId).stream().filter(d -> d.purpose() == DocumentPurpose.PORTRAIT && d.image())
                .findFirst().flatMap(d -> documents.findById(d.id()))
                .map(d -> new DocumentFile(d.getFileName(), d.getContentType(),
                        bytes(d, load(applicationId).getCampaignId()), d.getSha256()));
    }

    /** Whether the application has a portrait to show, without reading it. */
    @Secured("ROLE_EXAMINEE")
    @Transactional(readOnly = true)
    public boolean examineeHasPortrait(long applicationId) {
        return counting(applicationId).stream().anyMatch(d -> d.purpose() == DocumentPurpose.PORTRAIT && d.image());
    }

    /** An application's documents, for its reviewers: the ones that count, the portrait only the latest. */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<Document> documents(long applicationId) {
        Candidacy a = load(applicationId);
        requireReviewer(a.getCampaignId());
        return counting(applicationId);
    }

    /**
     * A document's bytes: for the candidate it belongs to and the campaign's reviewers only. A reviewer's every read
     * is recorded in the audit chain (who read which candidate's document), the candidate's own reads are not.
     */
    @Secured({"ROLE_CANDIDATE", "ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional
    public DocumentFile file(long documentId) {
        CandidateDocument d = documents.findById(documentId).orElseThrow(() -> new DomainException("error.notFound"));
        Candidacy a = load(d.getApplicationId());
        if (currentUser.hasRole(Role.CANDIDATE)) {
            if (!a.getUserId().equals(currentUser.require().userId())) {
                // another candidate's document does not exist for them
                throw new DomainException("error.notFound");
            }
        } else {
            if (d.getPurpose() == DocumentPurpose.DOSSIER) {
                access.requireDuty(a.getCampaignId(), currentUser.hasRole(Role.CHAIR) ? Duty.CHAIR_DECISIONS
                        : Duty.RESULTS);
            } else {
                requireReviewer(a.getCampaignId());
            }
            events.publishEvent(new RegistrationEvents.DocumentRead(a.getId(), a.getCampaignId(), d.getId(),
                    d.getPurpose().name(), currentUser.username()));
        }
        return new DocumentFile(d.getFileName(), d.getContentType(), bytes(d, a.getCampaignId()), d.getSha256());
    }

    /**
     * The campaign's backup of the candidates' documents (issue 15 § 1): a ZIP of every document ever uploaded,
     * withdrawn ones too, each checked against its SHA-256, under {@code <application>/<id>-<purpose>-<name>}, and a
     * {@code manifest.csv} (UTF-8) listing each with its candidate, purpose, claim, size, SHA-256, who uploaded it and
     * when, who withdrew it and when. Written straight to {@code out} (a campaign's scans do not fit in memory);
     * recorded in the audit chain with the count. A damaged file stops the backup and names it.
     */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional
    public int archive(long campaignId, java.io.OutputStream out) throws java.io.IOException {
        access.requireDuty(campaignId, Duty.REVIEW_APPLICATIONS);
        List<vn.thituyen.registration.domain.CandidateDocumentEntry> all = documents.ofCampaign(campaignId);
        java.util.Map<Long, Candidacy> byId = new java.util.HashMap<>();
        applications.findAllById(all.stream().map(vn.thituyen.registration.domain.CandidateDocumentEntry::applicationId)
                .distinct().toList()).forEach(a -> byId.put(a.getId(), a));
        StringBuilder manifest = new StringBuilder("\uFEFF" + String.join(",", "document_id", "application_id",
                "candidate_number", "full_name", "citizen_id", "purpose", "claim", "file", "size_bytes", "sha256",
                "uploaded_by", "uploaded_at", "withdrawn_by", "withdrawn_at") + "\r\n");
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
        for (vn.thituyen.registration.domain.CandidateDocumentEntry d : all) {
            Candidacy a = byId.get(d.applicationId());
            String entry = d.applicationId() + "/" + d.id() + "-" + d.purpose() + "-" + d.fileName();
            byte[] data = store.read(d.id(), d.storedIn(), campaignId, d.sha256(), d.fileName());
            zip.putNextEntry(new java.util.zip.ZipEntry(entry));
            zip.write(data);
            zip.closeEntry();
            manifest.append(String.join(",", String.valueOf(d.id()), String.valueOf(d.applicationId()),
                    csv(a.getCandidateNumber()), csv(a.getFullName()), csv(a.getCitizenId()), d.purpose().name(),
                    csv(d.claim()), csv(entry), String.valueOf(d.sizeBytes()), d.sha256(), csv(d.uploadedBy()),
                    String.valueOf(d.uploadedAt()), csv(d.withdrawnBy()),
                    d.withdrawnAt() == null ? "" : String.valueOf(d.withdrawnAt()))).append("\r\n");
        }
        zip.putNextEntry(new java.util.zip.ZipEntry("manifest.csv"));
        zip.write(manifest.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        events.publishEvent(new RegistrationEvents.DocumentsArchived(campaignId, all.size(), currentUser.username()));
        return all.size();
    }

    /** A CSV field: quoted, quotes doubled, and a leading = + - @ made inert for spreadsheets. */
    private static String csv(String v) {
        if (v == null) {
            return "";
        }
        String t = v.matches("^[=+\\-@].*") ? "'" + v : v;
        return "\"" + t.replace("\"", "\"\"") + "\"";
    }

    private byte[] bytes(CandidateDocument d, long campaignId) {
        return store.read(d.getId(), d.getStoredIn(), campaignId, d.getSha256(), d.getFileName());
    }

    /** Those who decide the claims the documents prove: the form-review board and the secretary; the chair. */
    private void requireReviewer(long campaignId) {
        access.requireDuty(campaignId, currentUser.hasRole(Role.CHAIR) ? Duty.CHAIR_DECISIONS
                : Duty.REVIEW_APPLICATIONS);
    }

    private List<Document> counting(long applicationId) {
        List<CandidateDocumentLine> lines = documents.current(applicationId);
        // one portrait counts: the latest
        Long portrait = lines.stream().filter(l -> l.purpose() == DocumentPurpose.PORTRAIT)
                .map(CandidateDocumentLine::id).reduce((x, y) -> y).orElse(null);
        List<Document> out = new ArrayList<>();
        for (CandidateDocumentLine l : lines) {
            if (l.purpose() != DocumentPurpose.PORTRAIT || l.id() == portrait) {
                out.add(new Document(l.id(), l.purpose(), l.claim(), l.fileName(), l.contentType(), l.sizeBytes(),
                        l.sha256(), l.uploadedAt()));
            }
        }
        return out;
    }

    /** What the document proves: a claimed priority category, the claimed exemption, or nothing more. */
    private static String claim(Candidacy a, DocumentPurpose purpose, PriorityCategory category) {
        return switch (purpose) {
            case PRIORITY -> {
                if (category == null || a.getPriorityClaims().stream().noneMatch(c -> c.getCategory() == category)) {
                    throw new DomainException("validation.document.noPriorityClaim");
                }
                yield category.name();
            }
            case EXEMPTION -> {
                if (a.getExemption() == null || a.getExemption() == Exemption.NONE) {
                    throw new DomainException("validation.document.noExemptionClaim");
                }
                yield a.getExemption().name();
            }
            default -> null;
        };
    }

    private Candidacy ownChangeable(long campaignId) {
        Candidacy a = applications.findByCampaignIdAndUserId(campaignId, currentUser.require().userId())
                .orElseThrow(() -> new DomainException("error.notFound"));
        requireChangeable(a);
        return a;
    }

    /** As the form itself: while registration is open and before anyone reviewed the application. */
    private void requireChangeable(Candidacy a) {
        if (!campaigns.campaign(a.getCampaignId()).registrationOpenAt(clock.instant())) {
            throw new DomainException("error.registration.closed");
        }
        if (a.getStatus() != ApplicationStatus.SUBMITTED && a.getStatus() != ApplicationStatus.WITHDRAWN) {
            throw new DomainException("error.registration.notChangeable");
        }
    }

    private Candidacy load(long applicationId) {
        return applications.findById(applicationId).orElseThrow(() -> new DomainException("error.notFound"));
    }

    private int megabytes() {
        return (int) Math.max(1, maxBytes / (1024 * 1024));
    }

    /** The name it is served under: the candidate's own, without path or control characters. */
    private static String cleanName(String fileName, DocumentPurpose purpose, DocumentFileRule.FileType type) {
        String name = fileName == null || fileName.isBlank() ? purpose.name().toLowerCase() + type.extension()
                : fileName.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
