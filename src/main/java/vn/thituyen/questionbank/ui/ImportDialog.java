package vn.thituyen.questionbank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.common.ui.Uploads;
import vn.thituyen.questionbank.QuestionBankService;
import vn.thituyen.questionbank.QuestionBankService.BankInfo;
import vn.thituyen.questionbank.QuestionBankService.TopicInfo;
import vn.thituyen.questionbank.QuestionExchangeService;
import vn.thituyen.questionbank.QuestionExchangeService.FormatInfo;
import vn.thituyen.questionbank.QuestionExchangeService.ImportPreview;
import vn.thituyen.questionbank.QuestionExchangeService.ImportResult;
import vn.thituyen.questionbank.QuestionExchangeService.PreviewItem;
import vn.thituyen.questionbank.format.ImportException;
import vn.thituyen.questionbank.format.ImportProblem;
import vn.thituyen.questionbank.format.QuestionFormat.ReadOptions;

/**
 * Imports a file into a bank in two steps: the preview says what will really be created (new questions, the
 * duplicates left out), what is left out and why, what is changed in the questions imported, and every problem with
 * its line; only a file without problems can be imported, and then wholly.
 */
class ImportDialog extends Dialog {

    /** the formats whose answer grades follow Moodle's grade list */
    private static final Set<String> GRADED_FORMATS = Set.of("moodlexml", "gift");

    final ComboBox<FormatInfo> format = new ComboBox<>();
    final ComboBox<TopicInfo> target = new ComboBox<>();
    final Checkbox skipDuplicates = new Checkbox();
    final Checkbox approved = new Checkbox();
    final Checkbox nearestGrade = new Checkbox();
    final Upload upload;
    final Paragraph summary = new Paragraph();
    final Grid<PreviewItem> items = new Grid<>();
    final Grid<ImportProblem> problems = new Grid<>();
    final Grid<ImportProblem> skipped = new Grid<>();
    final Grid<ImportProblem> warnings = new Grid<>();
    final Button importButton = new Button();
    private final H4 skippedTitle = new H4();
    private final H4 warningsTitle = new H4();
    private final MemoryBuffer buffer = new MemoryBuffer();

    private final QuestionExchangeService exchange;
    private final BankInfo bank;
    private byte[] file;
    private ImportPreview shown;

    ImportDialog(QuestionExchangeService exchange, QuestionBankService banks, BankInfo bank, boolean chair,
            Runnable done) {
        this.exchange = exchange;
        this.bank = bank;
        this.upload = Uploads.localised(new Upload(buffer));
        setHeaderTitle(getTranslation("import.title") + " – " + bank.code());
        setWidth("1000px");
        setId("import-dialog");
        buildOptions(banks, chair);
        buildUpload();
        buildItems();
        buildProblemGrids();
        buildImportButton(done);
        HorizontalLayout options = new HorizontalLayout(format, target);
        options.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("import.hint")), options, upload,
                skipDuplicates, nearestGrade, approved, summary, problems, items, warningsTitle, warnings,
                skippedTitle, skipped);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), importButton);
    }

    private void buildOptions(QuestionBankService banks, boolean chair) {
        format.setLabel(getTranslation("import.format"));
        format.setItems(exchange.formats());
        format.setItemLabelGenerator(f -> getTranslation("format." + f.id()));
        format.setId("import-format");
        if (!exchange.formats().isEmpty()) {
            format.setValue(exchange.formats().get(0));
        }
        target.setLabel(getTranslation("import.target"));
        target.setItems(banks.topics(bank.id()));
        target.setItemLabelGenerator(TopicInfo::path);
        target.setPlaceholder(getTranslation("topics.root"));
        target.setClearButtonVisible(true);
        target.setId("import-target");
        skipDuplicates.setLabel(getTranslation("import.skipDuplicates"));
        skipDuplicates.setValue(true);
        skipDuplicates.setId("import-skip-duplicates");
        // Moodle's default is to refuse a grade outside its list; the nearest grade is the person's choice
        nearestGrade.setLabel(getTranslation("import.nearestGrade"));
        nearestGrade.setValue(false);
        nearestGrade.setId("import-nearest-grade");
        approved.setLabel(getTranslation("import.approved"));
        approved.setVisible(chair);
        approved.setId("import-approved");
        showGradeOption();
        format.addValueChangeListener(e -> {
            showGradeOption();
            preview();
        });
        target.addValueChangeListener(e -> preview());
        nearestGrade.addValueChangeListener(e -> preview());
        skipDuplicates.addValueChangeListener(e -> showSummary());
    }

    private void showGradeOption() {
        nearestGrade.setVisible(format.getValue() != null && GRADED_FORMATS.contains(format.getValue().id()));
    }

    private void buildUpload() {
        upload.setId("import-upload");
        upload.setMaxFileSize(QuestionExchangeService.MAX_FILE_BYTES);
        upload.addSucceededListener(e -> {
            try {
                file = buffer.getInputStream().readAllBytes();
                guessFormat(e.getFileName());
                preview();
            } catch (IOException ex) {
                file = null;
                Notices.error(new DomainException("import.unreadable"));
            }
        });
        upload.addFileRejectedListener(e -> Notices.error(new DomainException("import.tooLarge",
                QuestionExchangeService.MAX_FILE_BYTES / 1024 / 1024)));
    }

    private void buildItems() {
        items.setId("import-items");
        items.addColumn(i -> i.draft().line()).setHeader(getTranslation("import.line")).setWidth("80px")
                .setFlexGrow(0);
        items.addColumn(i -> getTranslation("question.type." + i.draft().type()))
                .setHeader(getTranslation("question.type")).setAutoWidth(true).setFlexGrow(0);
        items.addColumn(PreviewItem::topicPath).setHeader(getTranslation("question.topic")).setAutoWidth(true);
        items.addColumn(PreviewItem::stemText).setHeader(getTranslation("question.stem")).setFlexGrow(1);
        items.addColumn(PreviewItem::key).setHeader(getTranslation("question.key")).setWidth("80px").setFlexGrow(0);
        items.addColumn(this::duplicateText).setHeader(getTranslation("import.duplicate")).setAutoWidth(true);
        items.setHeight("300px");
        items.setVisible(false);
    }

    private void buildProblemGrids() {
        problemGrid(problems, "import-problems", "import.problem");
        problemGrid(skipped, "import-skipped", "import.skippedReason");
        problemGrid(warnings, "import-warnings", "import.warning");
        skippedTitle.setText(getTranslation("import.skippedTitle"));
        warningsTitle.setText(getTranslation("import.warningsTitle"));
        skippedTitle.setVisible(false);
        warningsTitle.setVisible(false);
        summary.setId("import-summary");
    }

    private void problemGrid(Grid<ImportProblem> grid, String id, String header) {
        grid.setId(id);
        grid.addColumn(ImportProblem::line).setHeader(getTranslation("import.line")).setWidth("80px")
                .setFlexGrow(0);
        grid.addColumn(p -> getTranslation(p.messageKey(), p.params())).setHeader(getTranslation(header));
        // a message names the line, the file or grade at fault and what to do: shown whole, never cut
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setVisible(false);
    }

    private void buildImportButton(Runnable done) {
        importButton.setText(getTranslation("import.confirm"));
        importButton.setId("import-confirm");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> Actions.attempt(() -> {
            try {
                ImportResult r = exchange.importFile(bank.id(), format.getValue().id(), file,
                        target.getValue() == null ? null : target.getValue().id(), skipDuplicates.getValue(),
                        approved.getValue(), readOptions());
                Notices.success(r.approved() ? "import.doneApproved" : "import.done", r.created(),
                        r.duplicatesSkipped(), r.unsupportedSkipped());
                close();
                done.run();
            } catch (ImportException ex) {
                showProblems(ex.problems());
            }
        }));
    }

    private ReadOptions readOptions() {
        return new ReadOptions(nearestGrade.isVisible() && nearestGrade.getValue());
    }

    private void guessFormat(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        String id = name.endsWith(".xml") ? "moodlexml" : name.endsWith(".zip") ? "qti21"
                : name.endsWith(".xlsx") ? "xlsx" : name.contains("gift") ? "gift" : name.contains("aiken") ? "aiken"
                : null;
        if (id != null) {
            exchange.formats().stream().filter(f -> f.id().equals(id)).findFirst().ifPresent(format::setValue);
        }
    }

    private String duplicateText(PreviewItem i) {
        if (i.duplicateOf() == null) {
            return "";
        }
        return i.duplicateOf().startsWith("#") ? getTranslation("import.duplicateInBank", i.duplicateOf())
                : getTranslation("import.duplicateInFile", i.duplicateOf().substring(1));
    }

    void preview() {
        importButton.setEnabled(false);
        shown = null;
        if (file == null || format.getValue() == null) {
            return;
        }
        Actions.attempt(this::readPreview);
    }

    /** The file read and checked without storing anything; what cannot be imported is listed. */
    private void readPreview() {
        try {
            ImportPreview p = exchange.preview(bank.id(), format.getValue().id(), file,
                    target.getValue() == null ? null : target.getValue().id(), readOptions());
            items.setItems(p.items());
            items.setVisible(true);
            showList(skipped, skippedTitle, p.skipped());
            showList(warnings, warningsTitle, p.warnings());
            if (!p.problems().isEmpty()) {
                showProblems(p.problems());
                return;
            }
            problems.setVisible(false);
            shown = p;
            showSummary();
        } catch (ImportException ex) {
            items.setItems(List.of());
            items.setVisible(false);
            showList(skipped, skippedTitle, List.of());
            showList(warnings, warningsTitle, List.of());
            showProblems(ex.problems());
        }
    }

    private static void showList(Grid<ImportProblem> grid, H4 title, List<ImportProblem> list) {
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        title.setVisible(!list.isEmpty());
    }

    /**
     * What the import will really do with the options chosen: the new questions it creates, the duplicates it
     * leaves out (or imports again), the items left out and the warnings.
     */
    private void showSummary() {
        if (shown == null) {
            return;
        }
        boolean skip = skipDuplicates.getValue();
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation(skip ? "import.summary.new" : "import.summary.all", shown.toCreate(skip)));
        if (shown.duplicatesInBank() > 0) {
            parts.add(getTranslation(skip ? "import.summary.inBankSkipped" : "import.summary.inBankImported",
                    shown.duplicatesInBank()));
        }
        if (shown.duplicatesInFile() > 0) {
            parts.add(getTranslation(skip ? "import.summary.inFileSkipped" : "import.summary.inFileImported",
                    shown.duplicatesInFile()));
        }
        if (!shown.skipped().isEmpty()) {
            parts.add(getTranslation("import.summary.leftOut", shown.skipped().size()));
        }
        if (!shown.warnings().isEmpty()) {
            parts.add(getTranslation("import.summary.warnings", shown.warnings().size()));
        }
        summary.setText(String.join(" ", parts));
        summary.removeClassName("warning");
        importButton.setEnabled(shown.toCreate(skip) > 0);
    }

    private void showProblems(List<ImportProblem> list) {
        shown = null;
        problems.setItems(list);
        problems.setVisible(true);
        summary.setText(getTranslation("import.refused", list.size()));
        summary.addClassName("warning");
        importButton.setEnabled(false);
    }
}
