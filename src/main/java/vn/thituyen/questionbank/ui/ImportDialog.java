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
import java.util.List;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.ui.Notices;
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

/**
 * Imports a file into a bank in two steps: the preview says what will be created, what is left out and why, and
 * every problem with its line; only a file without problems can be imported, and then wholly.
 */
class ImportDialog extends Dialog {

    final ComboBox<FormatInfo> format = new ComboBox<>();
    final ComboBox<TopicInfo> target = new ComboBox<>();
    final Checkbox skipDuplicates = new Checkbox();
    final Checkbox approved = new Checkbox();
    final Paragraph summary = new Paragraph();
    final Grid<PreviewItem> items = new Grid<>();
    final Grid<ImportProblem> problems = new Grid<>();
    final Grid<ImportProblem> skipped = new Grid<>();
    final Button importButton = new Button();
    private final H4 skippedTitle = new H4();

    private final QuestionExchangeService exchange;
    private final BankInfo bank;
    private byte[] file;

    ImportDialog(QuestionExchangeService exchange, QuestionBankService banks, BankInfo bank, boolean chair,
            Runnable done) {
        this.exchange = exchange;
        this.bank = bank;
        setHeaderTitle(getTranslation("import.title") + " – " + bank.code());
        setWidth("1000px");
        setId("import-dialog");
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
        approved.setLabel(getTranslation("import.approved"));
        approved.setVisible(chair);
        approved.setId("import-approved");

        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("import-upload");
        upload.setMaxFileSize(QuestionExchangeService.MAX_FILE_BYTES);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("import.drop")));
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
        format.addValueChangeListener(e -> preview());
        target.addValueChangeListener(e -> preview());

        items.setId("import-items");
        items.addColumn(i -> i.draft().line()).setHeader(getTranslation("import.line")).setWidth("80px").setFlexGrow(0);
        items.addColumn(i -> getTranslation("question.type." + i.draft().type())).setHeader(getTranslation("question.type"))
                .setAutoWidth(true).setFlexGrow(0);
        items.addColumn(PreviewItem::topicPath).setHeader(getTranslation("question.topic")).setAutoWidth(true);
        items.addColumn(PreviewItem::stemText).setHeader(getTranslation("question.stem")).setFlexGrow(1);
        items.addColumn(PreviewItem::key).setHeader(getTranslation("question.key")).setWidth("80px").setFlexGrow(0);
        items.addColumn(this::duplicateText).setHeader(getTranslation("import.duplicate")).setAutoWidth(true);
        items.setHeight("300px");
        problems.setId("import-problems");
        problems.addColumn(ImportProblem::line).setHeader(getTranslation("import.line")).setWidth("80px").setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.detail())).setHeader(getTranslation("import.problem"));
        problems.setAllRowsVisible(true);
        skipped.setId("import-skipped");
        skipped.addColumn(ImportProblem::line).setHeader(getTranslation("import.line")).setWidth("80px").setFlexGrow(0);
        skipped.addColumn(p -> getTranslation(p.messageKey(), p.detail())).setHeader(getTranslation("import.skippedReason"));
        skipped.setAllRowsVisible(true);
        summary.setId("import-summary");

        importButton.setText(getTranslation("import.confirm"));
        importButton.setId("import-confirm");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> {
            try {
                ImportResult r = exchange.importFile(bank.id(), format.getValue().id(), file,
                        target.getValue() == null ? null : target.getValue().id(), skipDuplicates.getValue(),
                        approved.getValue());
                Notices.success(r.approved() ? "import.doneApproved" : "import.done", r.created(),
                        r.duplicatesSkipped(), r.unsupportedSkipped());
                close();
                done.run();
            } catch (ImportException ex) {
                showProblems(ex.problems());
            } catch (DomainException ex) {
                Notices.error(ex);
            }
        });
        HorizontalLayout options = new HorizontalLayout(format, target);
        options.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("import.hint")), options, upload,
                skipDuplicates, approved, summary, problems, items, skippedTitle, skipped);
        skippedTitle.setText(getTranslation("import.skippedTitle"));
        body.setPadding(false);
        problems.setVisible(false);
        items.setVisible(false);
        skipped.setVisible(false);
        skippedTitle.setVisible(false);
        add(body);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), importButton);
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
        if (file == null || format.getValue() == null) {
            return;
        }
        try {
            ImportPreview p = exchange.preview(bank.id(), format.getValue().id(), file,
                    target.getValue() == null ? null : target.getValue().id());
            items.setItems(p.items());
            items.setVisible(true);
            skipped.setItems(p.skipped());
            skipped.setVisible(!p.skipped().isEmpty());
            skippedTitle.setVisible(!p.skipped().isEmpty());
            if (!p.problems().isEmpty()) {
                showProblems(p.problems());
                return;
            }
            problems.setVisible(false);
            summary.setText(getTranslation("import.summary", p.items().size(), p.duplicates(), p.skipped().size()));
            summary.removeClassName("warning");
            importButton.setEnabled(!p.items().isEmpty());
        } catch (ImportException ex) {
            items.setItems(List.of());
            items.setVisible(false);
            showProblems(ex.problems());
        } catch (DomainException ex) {
            Notices.error(ex);
        }
    }

    private void showProblems(List<ImportProblem> list) {
        problems.setItems(list);
        problems.setVisible(true);
        summary.setText(getTranslation("import.refused", list.size()));
        summary.addClassName("warning");
        importButton.setEnabled(false);
    }
}
