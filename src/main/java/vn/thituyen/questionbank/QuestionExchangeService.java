package vn.thituyen.questionbank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.common.DomainException;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.questionbank.QuestionBankService.AccessKind;
import vn.thituyen.questionbank.QuestionBankService.BankExported;
import vn.thituyen.questionbank.QuestionBankService.BankImported;
import vn.thituyen.questionbank.QuestionBankService.BankInfo;
import vn.thituyen.questionbank.domain.Question;
import vn.thituyen.questionbank.domain.QuestionBank;
import vn.thituyen.questionbank.domain.QuestionMedia;
import vn.thituyen.questionbank.domain.QuestionOption;
import vn.thituyen.questionbank.domain.Topic;
import vn.thituyen.questionbank.format.ImportException;
import vn.thituyen.questionbank.format.ImportProblem;
import vn.thituyen.questionbank.format.QuestionDraft;
import vn.thituyen.questionbank.format.QuestionFormat;
import vn.thituyen.questionbank.format.QuestionFormat.ReadOptions;

/**
 * Moving questions in and out of banks through the exchange formats. An import is previewed first (what will be
 * created, what is left out, duplicates), then stored whole or not at all; an export is recorded.
 */
@Service
public class QuestionExchangeService {

    /** the largest file accepted (a bank with images; larger banks are split into several files) */
    public static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    private final Map<String, QuestionFormat> formats = new LinkedHashMap<>();
    private final QuestionBankService banks;
    private final QuestionAuthoring authoring;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    QuestionExchangeService(List<QuestionFormat> formats, QuestionBankService banks, QuestionAuthoring authoring,
            ApplicationEventPublisher events, CurrentUser currentUser) {
        formats.forEach(f -> this.formats.put(f.id(), f));
        this.banks = banks;
        this.authoring = authoring;
        this.events = events;
        this.currentUser = currentUser;
    }

    /** The formats, in the order the UI offers them. */
    public List<FormatInfo> formats() {
        return formats.values().stream().map(f -> new FormatInfo(f.id(), f.extension(), f.mimeType())).toList();
    }

    /** What importing the file would do; nothing is stored. Problems make the import impossible. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public ImportPreview preview(long bankId, String formatId, byte[] file, Long targetTopicId) {
        return preview(bankId, formatId, file, targetTopicId, ReadOptions.DEFAULT);
    }

    /** {@link #preview(long, String, byte[], Long)} with the reading options the person importing chose. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public ImportPreview preview(long bankId, String formatId, byte[] file, Long targetTopicId, ReadOptions options) {
        QuestionBank bank = banks.bankEntity(bankId);
        return analyse(bank, format(formatId), file, targetTopicId, options);
    }

    /**
     * Imports the whole file or nothing. Duplicates (of a question already in the bank, or earlier in the file)
     * are left out when {@code skipDuplicates}. {@code approved}: the chair brings in a bank already approved by
     * a council elsewhere; otherwise questions arrive as drafts for review.
     */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public ImportResult importFile(long bankId, String formatId, byte[] file, Long targetTopicId,
            boolean skipDuplicates, boolean approved) {
        return importFile(bankId, formatId, file, targetTopicId, skipDuplicates, approved, ReadOptions.DEFAULT);
    }

    /** {@link #importFile(long, String, byte[], Long, boolean, boolean)} with the reading options chosen. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public ImportResult importFile(long bankId, String formatId, byte[] file, Long targetTopicId,
            boolean skipDuplicates, boolean approved, ReadOptions options) {
        if (approved && !currentUser.hasRole(vn.thituyen.identity.Role.CHAIR)) {
            throw new DomainException("error.forbidden");
        }
        QuestionBank bank = banks.bankEntity(bankId);
        QuestionFormat format = format(formatId);
        ImportPreview preview = analyse(bank, format, file, targetTopicId, options);
        if (!preview.problems().isEmpty()) {
            throw new ImportException(preview.problems());
        }
        List<String> base = basePath(bank.getId(), targetTopicId);
        List<QuestionContent> toStore = new ArrayList<>();
        int duplicates = 0;
        for (PreviewItem item : preview.items()) {
            if (item.duplicateOf() != null && skipDuplicates) {
                duplicates++;
                continue;
            }
            QuestionDraft d = item.draft();
            List<String> path = new ArrayList<>(base);
            path.addAll(d.topic());
            Topic topic = path.isEmpty() ? null : banks.topicByPath(bank.getId(), path);
            toStore.add(content(d, topic == null ? null : topic.getId()));
        }
        if (toStore.isEmpty()) {
            throw new DomainException("import.nothingNew");
        }
        String detail = format.id() + (approved ? ", approved on import" : "");
        List<Long> ids = authoring.storeImported(bank, toStore, approved, detail);
        events.publishEvent(new BankImported(bank.getId(), bank.getCode(), ids.size(), format.id(), approved,
                currentUser.username()));
        return new ImportResult(ids.size(), duplicates, preview.skipped().size(), approved);
    }

    /** The newest version of each question in use (retired and superseded ones stay home). Recorded. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional
    public ExportFile export(long bankId, String formatId, Set<QuestionStatus> statuses) {
        QuestionBank bank = banks.bankEntity(bankId);
        QuestionFormat format = format(formatId);
        Map<Long, String> paths = banks.topicPaths(bankId);
        List<QuestionDraft> drafts = new ArrayList<>();
        for (Question q : banks.latestWithContent(bankId)) {
            if (statuses.contains(q.getStatus()) && !q.isPurged()) {
                drafts.add(draft(q, drafts.size() + 1, paths));
            }
        }
        QuestionFormat.Exported out = format.write(drafts);
        int written = drafts.size() - out.omitted().size();
        banks.accessed(bank, AccessKind.EXPORT, format.id() + ", " + written);
        events.publishEvent(new BankExported(bank.getId(), bank.getCode(), written, format.id(),
                currentUser.username()));
        return new ExportFile(bank.getCode() + "." + format.extension(), format.mimeType(), out.data(), written,
                out.omitted(), out.notes());
    }

    /** The id of the bank with this code. */
    @Secured({"ROLE_AUTHOR", "ROLE_CHAIR"})
    @Transactional(readOnly = true)
    public long bankId(String code) {
        return banks.bankByCode(code).orElseThrow(() -> new DomainException("error.notFound")).getId();
    }

    /** The blank Excel template offices fill in. */
    public byte[] excelTemplate() {
        if (formats.get("xlsx") instanceof vn.thituyen.questionbank.format.ExcelFormat xlsx) {
            return xlsx.template();
        }
        throw new DomainException("error.notFound");
    }

    /** Creates a bank and imports a file into it in one go, as the chair (bringing in an approved bank). */
    @Secured("ROLE_CHAIR")
    @Transactional
    public BankInfo createApprovedBank(String code, String name, Subject subject, String language, String formatId,
            byte[] file) {
        BankInfo bank = banks.createBank(code, name, subject, language, null);
        importFile(bank.id(), formatId, file, null, true, true);
        return banks.bank(bank.id());
    }

    // ---------------------------------------------------------------- conversion

    private ImportPreview analyse(QuestionBank bank, QuestionFormat format, byte[] file, Long targetTopicId,
            ReadOptions options) {
        if (file == null || file.length == 0) {
            throw new ImportException(new ImportProblem(0, "import.emptyFile", ""));
        }
        if (file.length > MAX_FILE_BYTES) {
            throw new ImportException(new ImportProblem(0, "import.tooLarge", String.valueOf(MAX_FILE_BYTES / 1024 / 1024)));
        }
        List<String> base = basePath(bank.getId(), targetTopicId);
        QuestionFormat.Parsed parsed = format.read(file, options);
        Map<String, String> existing = new HashMap<>();
        for (Question q : banks.latestWithContent(bank.getId())) {
            if (q.getStatus() != QuestionStatus.RETIRED && !q.isPurged()) {
                existing.putIfAbsent(q.content().fingerprint(), "#" + q.getId());
            }
        }
        Map<String, Integer> inFile = new HashMap<>();
        List<PreviewItem> items = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (QuestionDraft d : parsed.questions()) {
            QuestionContent c = content(d, null);
            for (Map.Entry<String, String> e : c.check().entrySet()) {
                problems.add(problem(d, c, e.getKey(), e.getValue()));
            }
            String fp = c.fingerprint();
            String duplicateOf = existing.get(fp);
            if (duplicateOf == null && inFile.containsKey(fp)) {
                duplicateOf = "@" + inFile.get(fp);
            }
            inFile.putIfAbsent(fp, d.line());
            List<String> path = new ArrayList<>(base);
            path.addAll(d.topic());
            items.add(new PreviewItem(d, String.join(Topic.SEPARATOR, path), shorten(c.stemText()),
                    c.keyLetters(), duplicateOf));
        }
        return new ImportPreview(format.id(), items, parsed.skipped(), problems, parsed.warnings());
    }

    /**
     * A rule of {@link QuestionContent#check()} broken by a question of the file. A file problem names the file and
     * the question ({@code import.question.media…}); the others name the question.
     */
    private static ImportProblem problem(QuestionDraft d, QuestionContent c, String field, String key) {
        if (field.equals("media") && key.startsWith("question.error.")) {
            return new ImportProblem(d.line(), "import.question." + key.substring("question.error.".length()),
                    c.mediaAtFault(), shorten(c.stemText()));
        }
        return new ImportProblem(d.line(), key, shorten(c.stemText()));
    }

    private List<String> basePath(long bankId, Long targetTopicId) {
        if (targetTopicId == null) {
            return List.of();
        }
        return banks.topics(bankId).stream().filter(t -> t.id() == targetTopicId).findFirst()
                .map(t -> Arrays.asList(t.path().split(Pattern.quote(Topic.SEPARATOR))))
                .orElseThrow(() -> new DomainException("error.notFound"));
    }

    static QuestionContent content(QuestionDraft d, Long topicId) {
        return new QuestionContent(d.type(), d.format(), d.stem(),
                d.choices().stream().map(QuestionDraft.Choice::text).toList(),
                Set.copyOf(d.correctIndexes()), topicId, d.difficulty(), d.source(), d.tags(), d.externalId(),
                d.media().stream().map(m -> new QuestionContent.File(m.name(), m.mimeType(), m.data())).toList());
    }

    static QuestionDraft draft(Question q, int position, Map<Long, String> paths) {
        List<QuestionDraft.Choice> choices = new ArrayList<>();
        for (QuestionOption o : q.getOptions()) {
            choices.add(new QuestionDraft.Choice(o.getText(), o.isCorrect()));
        }
        List<String> topic = q.getTopicId() == null ? List.of()
                : Arrays.asList(paths.get(q.getTopicId()).split(Pattern.quote(Topic.SEPARATOR)));
        List<QuestionDraft.Media> media = new ArrayList<>();
        for (QuestionMedia m : q.getMedia()) {
            media.add(new QuestionDraft.Media(m.getName(), m.getMimeType(), m.getData()));
        }
        return new QuestionDraft(position, q.getExternalId(), q.getType(), q.getFormat(), q.getStem(), choices, topic,
                q.getDifficulty(), q.getSourceRef(), q.tagList(), media);
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 160 ? one.substring(0, 157) + "…" : one;
    }

    private QuestionFormat format(String id) {
        QuestionFormat f = formats.get(id);
        if (f == null) {
            throw new DomainException("import.unknownFormat", id);
        }
        return f;
    }

    // ---------------------------------------------------------------- records

    public record FormatInfo(String id, String extension, String mimeType) {
    }

    /**
     * @param duplicateOf "#id" of the same question already in the bank, "@line" of an earlier one in the file,
     *                    or null
     */
    public record PreviewItem(QuestionDraft draft, String topicPath, String stemText, String key, String duplicateOf) {
    }

    /**
     * What importing a file would do.
     *
     * @param skipped  items of the file left out, with the reason
     * @param problems what makes the import impossible; empty when the file can be imported
     * @param warnings what is changed or left out of questions that are imported (a file the bank cannot store, a
     *                 formula kept as text, a grade taken as the nearest listed one)
     */
    public record ImportPreview(String format, List<PreviewItem> items, List<ImportProblem> skipped,
            List<ImportProblem> problems, List<ImportProblem> warnings) {
        public long duplicates() {
            return items.stream().filter(i -> i.duplicateOf() != null).count();
        }

        /** questions the same as one already in the bank */
        public long duplicatesInBank() {
            return items.stream().filter(i -> i.duplicateOf() != null && i.duplicateOf().startsWith("#")).count();
        }

        /** questions repeating one earlier in the file (and not already in the bank) */
        public long duplicatesInFile() {
            return items.stream().filter(i -> i.duplicateOf() != null && i.duplicateOf().startsWith("@")).count();
        }

        /** How many questions an import stores: what {@link #importFile} will create. */
        public long toCreate(boolean skipDuplicates) {
            return skipDuplicates ? items.size() - duplicates() : items.size();
        }
    }

    public record ImportResult(int created, int duplicatesSkipped, int unsupportedSkipped, boolean approved) {
    }

    /**
     * @param omitted questions left out of the file, with the reason
     * @param notes   questions written with a loss the reading system will make (a tag Moodle cuts at 50
     *                characters…): the export report names them
     */
    public record ExportFile(String fileName, String mimeType, byte[] data, int written, List<ImportProblem> omitted,
            List<ImportProblem> notes) {
    }
}
