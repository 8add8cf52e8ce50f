package vn.thituyen.delivery;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.audit.AuditLog;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.Messages;
import vn.thituyen.common.SafeZip;
import vn.thituyen.common.SpreadsheetText;
import vn.thituyen.delivery.domain.Answer;
import vn.thituyen.delivery.domain.AnswerRepository;
import vn.thituyen.delivery.domain.Attempt;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.AttemptPartRepository;
import vn.thituyen.delivery.domain.AttemptRepository;
import vn.thituyen.delivery.domain.PaperItem;
import vn.thituyen.delivery.domain.PaperItemRepository;
import vn.thituyen.delivery.domain.SealedExport;
import vn.thituyen.delivery.domain.SealedExportRepository;
import vn.thituyen.delivery.domain.Sitting;
import vn.thituyen.delivery.domain.SittingRepository;
import vn.thituyen.delivery.domain.SubjectOverRule;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.questionbank.ExamQuestions;
import vn.thituyen.questionbank.QuestionText;
import vn.thituyen.registration.RegistrationService;

/**
 * Sealed exam data (TT 6/2020/TT-BNV Art. 20): after a subject, its papers, every answer (the whole history),
 * results and the questions used go into one ZIP with a manifest of SHA-256 checksums; the manifest's own
 * SHA-256 is recorded and written into the minutes. The archive can be verified later, and the server's copy of
 * the questions then purged.
 */
@Service
public class SealService {

    private static final String MANIFEST = "manifest.json";
    private static final int MAX_MANIFEST_BYTES = 1024 * 1024;
    private static final Pattern FILE_ENTRY = Pattern.compile(
            "\\{\"name\":\"([^\"]+)\",\"bytes\":(\\d+),\"sha256\":\"([0-9a-f]{64})\"}");

    private final SittingRepository sittings;
    private final AttemptRepository attempts;
    private final AttemptPartRepository parts;
    private final PaperItemRepository items;
    private final AnswerRepository answers;
    private final SealedExportRepository exports;
    private final RegistrationService registration;
    private final CampaignService campaigns;
    private final ExamQuestions examQuestions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SafeZip.Limits verifyLimits;
    private final AuditLog audit;
    private final vn.thituyen.campaign.CampaignAccess access;

    SealService(SittingRepository sittings, AttemptRepository attempts, AttemptPartRepository parts,
            PaperItemRepository items, AnswerRepository answers, SealedExportRepository exports,
            RegistrationService registration, CampaignService campaigns, ExamQuestions examQuestions,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            AuditLog audit, @Value("${thituyen.seal.verify-max-bytes:1073741824}") long verifyMaxBytes,
            vn.thituyen.campaign.CampaignAccess access) {
        this.access = access;
        this.sittings = sittings;
        this.attempts = attempts;
        this.parts = parts;
        this.items = items;
        this.answers = answers;
        this.exports = exports;
        this.registration = registration;
        this.campaigns = campaigns;
        this.examQuestions = examQuestions;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
        // the entry count is the imports'; the total is larger, since nothing is held (a big campaign's answer log
        // runs to hundreds of MB) — it only bounds the work an archive can ask for
        this.verifyLimits = new SafeZip.Limits(verifyMaxBytes, SafeZip.MAX_ENTRIES);
    }

    /** The archive and the checksum to write into the minutes. */
    public record SealedArchive(String fileName, byte[] zip, String manifestSha256) {
    }

    /** What a verification found: intact or not, what is wrong, and the export it matches. */
    public record Verification(boolean intact, List<String> problems, String manifestSha256, Instant sealedAt,
            String sealedBy) {
    }

    /**
     * Exports one subject once it is over in every room of the campaign ({@link SubjectOverRule}); refused with the
     * rooms still sitting it otherwise, and once the subject's questions were purged (the archive would then hold
     * blanked texts).
     */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public SealedArchive export(long campaignId, RuleSet.Subject subject) {
        access.require(campaignId);
        CampaignInfo campaign = campaigns.campaign(campaignId);
        List<Sitting> ofCampaign = sittings.findByCampaignId(campaignId);
        if (ofCampaign.isEmpty()) {
            throw new DomainException("error.seal.nothing");
        }
        requireSubjectOver(campaignId, subject);
        if (newestExport(campaignId, subject).map(e -> e.getPurgedAt() != null).orElse(false)) {
            throw new DomainException("error.seal.alreadyPurged", Messages.vi("subject." + subject));
        }
        Map<String, byte[]> files = subjectFiles(ofCampaign, subject);
        // the audit log's signed head as it stands: a copy kept with the archive proves later it was not rewritten
        files.put("checkpoint.json", bytes(audit.checkpoint().json()));
        Instant now = clock.instant();
        byte[] manifestBytes = manifest(campaign, subject, now, files);
        String manifestHash = sha256(manifestBytes);
        String fileName = "niem-phong-" + campaign.code() + "-" + subject.name().toLowerCase().replace('_', '-')
                + ".zip";
        byte[] zip = zip(files, manifestBytes);
        exports.save(new SealedExport(campaignId, subject.name(), fileName, manifestHash, currentUser.username(), now));
        events.publishEvent(new DeliveryEvents.SubjectSealed(campaignId, subject.name(), manifestHash,
                currentUser.username()));
        return new SealedArchive(fileName, zip, manifestHash);
    }

    /** The subject's papers, answer log and results of every room, and its questions with their keys, as CSV. */
    private Map<String, byte[]> subjectFiles(List<Sitting> ofCampaign, RuleSet.Subject subject) {
        StringBuilder papers = new StringBuilder("candidate_number,part_no,seq,question_id,option_order\n");
        StringBuilder answerLog = new StringBuilder(
                "candidate_number,part_no,seq,question_id,chosen_option,saved_at,client_seq\n");
        StringBuilder results = new StringBuilder(
                "candidate_number,full_name,part_no,exempt,started_at,deadline,closed_at,correct,total,passed\n");
        Set<Long> questionIds = new LinkedHashSet<>();
        for (Sitting s : ofCampaign) {
            for (Attempt a : attempts.findBySittingIdOrderByCandidateNumber(s.getId())) {
                String name = registration.candidate(a.getApplicationId()).fullName();
                Map<Long, PaperItem> itemsById = new LinkedHashMap<>();
                Map<Long, AttemptPart> partOfItem = new LinkedHashMap<>();
                for (AttemptPart p : parts.findByAttemptIdOrderByPartNo(a.getId())) {
                    if (p.getSubject() != subject) {
                        continue;
                    }
                    results.append(csv(a.getCandidateNumber(), name, p.getPartNo(), p.isExempt(), p.getStartedAt(),
                            p.getDeadline(), p.getClosedAt(), p.getCorrectCount(), p.getQuestionCount(),
                            p.getPassed()));
                    for (PaperItem it : items.findByAttemptPartIdOrderBySeq(p.getId())) {
                        papers.append(csv(a.getCandidateNumber(), p.getPartNo(), it.getSeq(), it.getQuestionId(),
                                String.join(" ", java.util.Arrays.stream(it.order()).mapToObj(String::valueOf)
                                        .toList())));
                        questionIds.add(it.getQuestionId());
                        itemsById.put(it.getId(), it);
                        partOfItem.put(it.getId(), p);
                    }
                }
                for (Answer ans : answers.findByAttemptIdOrderById(a.getId())) {
                    PaperItem it = itemsById.get(ans.getPaperItemId());
                    if (it != null) {
                        answerLog.append(csv(a.getCandidateNumber(), partOfItem.get(it.getId()).getPartNo(),
                                it.getSeq(), it.getQuestionId(),
                                ans.getChosenIdx() == null ? "" : String.valueOf((char) ('A' + ans.getChosenIdx())),
                                ans.getSavedAt(), ans.getClientSeq()));
                    }
                }
            }
        }
        StringBuilder questions = new StringBuilder("question_id,stem,options,key\n");
        Map<Long, QuestionText> texts = examQuestions.questionTexts(questionIds);
        Map<Long, java.util.Set<Integer>> keys = examQuestions.answerKeys(questionIds);
        for (Long id : questionIds) {
            QuestionText q = texts.get(id);
            questions.append(csv(id, q.stem(), String.join(" | ", q.options()),
                    vn.thituyen.questionbank.QuestionContent.letters(keys.get(id))));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("questions.csv", bytes(questions));
        files.put("papers.csv", bytes(papers));
        files.put("answers.csv", bytes(answerLog));
        files.put("results.csv", bytes(results));
        return files;
    }

    /** What the archive holds, each file with its size and SHA-256, and who sealed it when. */
    private byte[] manifest(CampaignInfo campaign, RuleSet.Subject subject, Instant now, Map<String, byte[]> files) {
        StringBuilder manifest = new StringBuilder("{\"campaign\":\"").append(json(campaign.code()))
                .append("\",\"subject\":\"").append(subject).append("\",\"sealedAt\":\"").append(now)
                .append("\",\"sealedBy\":\"").append(json(currentUser.username())).append("\",\"files\":[");
        boolean first = true;
        for (var f : files.entrySet()) {
            manifest.append(first ? "" : ",").append("{\"name\":\"").append(f.getKey()).append("\",\"bytes\":")
                    .append(f.getValue().length).append(",\"sha256\":\"").append(sha256(f.getValue())).append("\"}");
            first = false;
        }
        manifest.append("]}\n");
        return bytes(manifest);
    }

    private static byte[] zip(Map<String, byte[]> files, byte[] manifest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var f : files.entrySet()) {
                put(zip, f.getKey(), f.getValue());
            }
            put(zip, MANIFEST, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The rooms of the campaign where the subject is not over yet (empty when it is over everywhere): what the
     * seal panel says before anyone tries to export or purge.
     */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<String> roomsStillSitting(long campaignId, RuleSet.Subject subject) {
        access.require(campaignId);
        List<SubjectOverRule.RoomState> rooms = new ArrayList<>();
        for (RegistrationService.RoomInfo room : registration.rooms(campaignId)) {
            Optional<Sitting> sitting = sittings.findByRoomId(room.id());
            List<SubjectOverRule.PartState> states = new ArrayList<>();
            if (sitting.isPresent() && sitting.get().getStatus() != Sitting.Status.CLOSED) {
                for (Attempt a : attempts.findBySittingIdOrderByCandidateNumber(sitting.get().getId())) {
                    for (AttemptPart p : parts.findByAttemptIdOrderByPartNo(a.getId())) {
                        if (p.getSubject() == subject) {
                            states.add(new SubjectOverRule.PartState(p.isExempt(), p.isClosed()));
                        }
                    }
                }
            }
            rooms.add(new SubjectOverRule.RoomState(room.name(), sitting.map(Sitting::getStatus).orElse(null),
                    states));
        }
        return SubjectOverRule.roomsStillOpen(rooms);
    }

    private void requireSubjectOver(long campaignId, RuleSet.Subject subject) {
        List<String> open = roomsStillSitting(campaignId, subject);
        if (!open.isEmpty()) {
            throw new DomainException("error.seal.roomsOpen", Messages.vi("subject." + subject),
                    String.join(", ", open));
        }
    }

    private Optional<SealedExport> newestExport(long campaignId, RuleSet.Subject subject) {
        return exports.findByCampaignIdAndSubjectOrderByCreatedAtDesc(campaignId, subject.name()).stream()
                .max(java.util.Comparator.comparing(SealedExport::getCreatedAt).thenComparing(SealedExport::getId));
    }

    /** Checks an archive held in memory; see {@link #verify(InputStream)}. */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional
    public Verification verify(byte[] archive) {
        return verify(new ByteArrayInputStream(archive));
    }

    /**
     * Checks an archive: every file against the manifest, and the manifest against the recorded seal. The archive
     * is read one file at a time through {@link SafeZip} (checksums computed as it inflates, nothing held but the
     * small manifest), so an archive that lies about its size cannot exhaust the server. An intact archive of a
     * recorded seal marks that export verified: the subject's questions may then be purged.
     */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional
    public Verification verify(InputStream archive) {
        byte[][] manifestHolder = new byte[1][];
        Map<String, long[]> sizes = new LinkedHashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try {
            SafeZip.scan(archive, verifyLimits, (name, content) -> {
                if (name.equals(MANIFEST) && manifestHolder[0] != null) {
                    problems.add(Messages.vi("seal.extra", name));
                    return;
                }
                if (name.equals(MANIFEST)) {
                    byte[] m = content.readNBytes(MAX_MANIFEST_BYTES + 1);
                    if (m.length > MAX_MANIFEST_BYTES) {
                        throw new SafeZip.ZipRefusedException(SafeZip.Refusal.TOO_LARGE, MANIFEST);
                    }
                    manifestHolder[0] = m;
                    return;
                }
                if (hashes.containsKey(name)) {
                    problems.add(Messages.vi("seal.extra", name));
                    return;
                }
                MessageDigest digest = sha256Digest();
                long size = 0;
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = content.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                    size += n;
                }
                sizes.put(name, new long[] {size});
                hashes.put(name, HexFormat.of().formatHex(digest.digest()));
            });
        } catch (SafeZip.ZipRefusedException e) {
            String key = e.refusal() == SafeZip.Refusal.TOO_LARGE || e.refusal() == SafeZip.Refusal.TOO_MANY_ENTRIES
                    ? "seal.tooLarge" : "seal.notZip";
            return new Verification(false, List.of(Messages.vi(key)), null, null, null);
        }
        byte[] manifest = manifestHolder[0];
        if (manifest == null) {
            return new Verification(false, List.of(Messages.vi(hashes.isEmpty() ? "seal.notZip" : "seal.noManifest")),
                    null, null, null);
        }
        String manifestHash = sha256(manifest);
        Matcher m = FILE_ENTRY.matcher(new String(manifest, StandardCharsets.UTF_8));
        Set<String> listed = new LinkedHashSet<>();
        while (m.find()) {
            String name = m.group(1);
            listed.add(name);
            String hash = hashes.get(name);
            if (hash == null) {
                problems.add(Messages.vi("seal.missing", name));
            } else if (!hash.equals(m.group(3)) || sizes.get(name)[0] != Long.parseLong(m.group(2))) {
                problems.add(Messages.vi("seal.changed", name));
            }
        }
        if (listed.isEmpty()) {
            problems.add(Messages.vi("seal.noManifest"));
        }
        for (String name : hashes.keySet()) {
            if (!listed.contains(name)) {
                problems.add(Messages.vi("seal.extra", name));
            }
        }
        Optional<SealedExport> recorded = exports.findFirstByManifestSha256(manifestHash);
        if (recorded.isEmpty()) {
            problems.add(Messages.vi("seal.unknown"));
        }
        boolean intact = problems.isEmpty();
        if (intact) {
            SealedExport seal = recorded.get();
            seal.verified(currentUser.username(), clock.instant());
            events.publishEvent(new DeliveryEvents.SealVerified(seal.getCampaignId(), seal.getSubject(), manifestHash,
                    currentUser.username()));
        }
        return new Verification(intact, problems, manifestHash,
                recorded.map(SealedExport::getCreatedAt).orElse(null),
                recorded.map(SealedExport::getCreatedBy).orElse(null));
    }

    /**
     * Removes the texts of the questions this campaign used for the subject. Only after the subject is over in every
     * room, its newest sealed export was verified intact (so a good copy exists outside the server), and none of
     * those questions is on a paper still to be sat in any sitting, of this campaign or another.
     */
    @Secured("ROLE_SECRETARY")
    @Transactional
    public int purgeQuestions(long campaignId, RuleSet.Subject subject) {
        access.require(campaignId);
        SealedExport seal = newestExport(campaignId, subject)
                .orElseThrow(() -> new DomainException("error.seal.notSealed"));
        if (seal.getVerifiedAt() == null) {
            throw new DomainException("error.seal.notVerified", Messages.vi("subject." + subject));
        }
        requireSubjectOver(campaignId, subject);
        Set<Long> used = new LinkedHashSet<>();
        for (Sitting s : sittings.findByCampaignId(campaignId)) {
            for (Attempt a : attempts.findBySittingIdOrderByCandidateNumber(s.getId())) {
                for (AttemptPart p : parts.findByAttemptIdOrderByPartNo(a.getId())) {
                    if (p.getSubject() == subject) {
                        items.findByAttemptPartIdOrderBySeq(p.getId()).forEach(i -> used.add(i.getQuestionId()));
                    }
                }
            }
        }
        Set<String> inUse = new java.util.TreeSet<>();
        List<Long> ids = new ArrayList<>(used);
        for (int from = 0; from < ids.size(); from += 1000) {
            for (Long sittingId : items.sittingsStillUsing(ids.subList(from, Math.min(ids.size(), from + 1000)),
                    Sitting.Status.CLOSED)) {
                Sitting other = sittings.findById(sittingId).orElseThrow();
                RegistrationService.RoomInfo room = registration.room(other.getRoomId());
                inUse.add(room.name() + " (" + campaigns.campaign(other.getCampaignId()).code() + ")");
            }
        }
        if (!inUse.isEmpty()) {
            throw new DomainException("error.seal.questionsInUse", String.join(", ", inUse));
        }
        int purged = examQuestions.purge(used, Messages.vi("seal.purgedText"));
        seal.purged(currentUser.username(), clock.instant());
        events.publishEvent(new DeliveryEvents.QuestionsPurged(campaignId, subject.name(), purged,
                currentUser.username()));
        return purged;
    }

    /** Where the seal stands for the panel: the newest export, whether it was verified and purged. */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public Optional<SealStatus> status(long campaignId, RuleSet.Subject subject) {
        access.require(campaignId);
        return newestExport(campaignId, subject).map(e -> new SealStatus(e.getManifestSha256(), e.getCreatedAt(),
                e.getCreatedBy(), e.getVerifiedAt(), e.getVerifiedBy(), e.getPurgedAt()));
    }

    public record SealStatus(String manifestSha256, Instant sealedAt, String sealedBy, Instant verifiedAt,
            String verifiedBy, Instant purgedAt) {
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(sha256Digest().digest(content));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** One CSV line (RFC 4180), text that looks like a formula neutralised ({@link SpreadsheetText}). */
    private static String csv(Object... fields) {
        return SpreadsheetText.csvLine(fields);
    }
}
