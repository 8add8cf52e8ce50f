package vn.thituyen.questionbank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.common.ui.Uploads;
import vn.thituyen.questionbank.Difficulty;
import vn.thituyen.questionbank.QuestionAuthoring;
import vn.thituyen.questionbank.QuestionBankService;
import vn.thituyen.questionbank.QuestionBankService.HistoryLine;
import vn.thituyen.questionbank.QuestionBankService.QuestionDetail;
import vn.thituyen.questionbank.QuestionBankService.TopicInfo;
import vn.thituyen.questionbank.QuestionContent;
import vn.thituyen.questionbank.QuestionStatus;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;

/**
 * Writes or changes one question. An approved (or drawn) version is never changed: saving makes the next
 * version, shown as such. The dialog also shows the versions and every change with who and when.
 */
class QuestionEditor extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    final ComboBox<QuestionType> type = new ComboBox<>();
    final ComboBox<TextFormat> format = new ComboBox<>();
    final TextArea stem = new TextArea();
    final List<TextField> optionFields = new ArrayList<>();
    final List<Checkbox> keyBoxes = new ArrayList<>();
    final VerticalLayout optionsBox = new VerticalLayout();
    final ComboBox<TopicInfo> topic = new ComboBox<>();
    final ComboBox<Difficulty> difficulty = new ComboBox<>();
    final TextField source = new TextField();
    final TextField tags = new TextField();
    final TextField externalId = new TextField();
    final Div preview = new Div();
    final Paragraph notice = new Paragraph();

    private final QuestionBankService banks;
    private final QuestionAuthoring authoring;
    private final long bankId;
    private final Long questionId;
    private final Runnable done;
    private QuestionDetail detail;
    private List<QuestionContent.File> media = List.of();

    QuestionEditor(QuestionBankService banks, QuestionAuthoring authoring, long bankId, Long questionId, boolean author, boolean chair,
            Runnable done) {
        this.banks = banks;
        this.authoring = authoring;
        this.bankId = bankId;
        this.questionId = questionId;
        this.done = done;
        setWidth("900px");
        setId("question-editor");
        List<TopicInfo> topics = banks.topics(bankId);
        if (questionId != null) {
            detail = banks.question(questionId);
            media = detail.content().media();
        }
        setHeaderTitle(questionId == null ? getTranslation("question.new")
                : getTranslation("question.editTitle", detail.row().id(), detail.row().version(),
                        getTranslation("question.status." + detail.row().status())));
        buildFields(topics);
        com.vaadin.flow.component.upload.Upload image = imageUpload();
        type.addValueChangeListener(e -> {
            if (e.getValue() == QuestionType.TRUE_FALSE && e.isFromClient()) {
                setOptions(QuestionContent.TRUE_FALSE_OPTIONS, Set.of(0));
            }
        });
        format.addValueChangeListener(e -> refreshPreview());
        stem.addValueChangeListener(e -> refreshPreview());
        fill(topics);
        layout(image, author);
        boolean editable = showState(author);
        buildFooter(editable, chair);
        refreshPreview();
    }

    private void buildFields(List<TopicInfo> topics) {
        type.setLabel(getTranslation("question.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation("question.type." + t));
        type.setId("q-type");
        format.setLabel(getTranslation("question.format"));
        format.setItems(TextFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("question.format." + f));
        format.setId("q-format");
        stem.setLabel(getTranslation("question.stem"));
        stem.setWidthFull();
        stem.setMinHeight("120px");
        stem.setMaxLength(QuestionContent.MAX_STEM);
        stem.setId("q-stem");
        topic.setLabel(getTranslation("question.topic"));
        topic.setItems(topics);
        topic.setItemLabelGenerator(TopicInfo::path);
        topic.setClearButtonVisible(true);
        topic.setPlaceholder(getTranslation("topics.root"));
        topic.setId("q-topic");
        difficulty.setLabel(getTranslation("question.difficulty"));
        difficulty.setItems(Difficulty.values());
        difficulty.setItemLabelGenerator(d -> getTranslation("question.difficulty." + d));
        difficulty.setClearButtonVisible(true);
        difficulty.setId("q-difficulty");
        source.setLabel(getTranslation("question.source"));
        source.setMaxLength(QuestionContent.MAX_SOURCE);
        source.setId("q-source");
        tags.setLabel(getTranslation("question.tags"));
        tags.setHelperText(getTranslation("question.tagsHint"));
        tags.setId("q-tags");
        externalId.setLabel(getTranslation("question.externalId"));
        externalId.setMaxLength(QuestionContent.MAX_EXTERNAL_ID);
        externalId.setId("q-external-id");
        optionsBox.setPadding(false);
        optionsBox.setSpacing(false);
        preview.addClassName("question-preview");
        preview.setId("q-preview");
    }

    /** the button that inserts an image into the stem */
    private com.vaadin.flow.component.upload.Upload imageUpload() {
        com.vaadin.flow.component.upload.receivers.MemoryBuffer imageBuffer =
                new com.vaadin.flow.component.upload.receivers.MemoryBuffer();
        com.vaadin.flow.component.upload.Upload image = Uploads.localised(
                new com.vaadin.flow.component.upload.Upload(imageBuffer));
        image.setId("q-image");
        image.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp", ".png", ".jpg", ".jpeg",
                ".gif", ".webp");
        image.setMaxFileSize(QuestionContent.MAX_FILE_BYTES);
        image.setUploadButton(new Button(getTranslation("question.addImage")));
        image.setDropAllowed(false);
        image.addSucceededListener(e -> {
            try {
                addImage(e.getFileName(), imageBuffer.getInputStream().readAllBytes());
            } catch (java.io.IOException ex) {
                Notices.error(new DomainException("import.unreadable"));
            }
            image.clearFileList();
        });
        image.addFileRejectedListener(e -> Notices.error(new DomainException("question.error.mediaTooLarge")));
        return image;
    }

    /** the fields with the question shown, or a new single-answer question with four empty options */
    private void fill(List<TopicInfo> topics) {
        if (detail == null) {
            type.setValue(QuestionType.SINGLE);
            format.setValue(TextFormat.PLAIN);
            setOptions(List.of("", "", "", ""), Set.of());
            return;
        }
        QuestionContent c = detail.content();
        type.setValue(c.type());
        format.setValue(c.format());
        stem.setValue(c.stem());
        setOptions(c.options(), c.correct());
        topics.stream().filter(t -> c.topicId() != null && t.id() == c.topicId()).findFirst()
                .ifPresent(topic::setValue);
        difficulty.setValue(c.difficulty());
        source.setValue(c.source() == null ? "" : c.source());
        tags.setValue(String.join("; ", c.tags()));
        externalId.setValue(c.externalId() == null ? "" : c.externalId());
    }

    private void layout(com.vaadin.flow.component.upload.Upload image, boolean author) {
        Button addOption = new Button(getTranslation("question.addOption"), e -> addOption("", false));
        addOption.setId("q-add-option");
        Button removeOption = new Button(getTranslation("question.removeOption"), e -> removeLastOption());
        FormLayout form = new FormLayout(type, format, topic, difficulty, source, tags, externalId);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        image.setVisible(author);
        VerticalLayout body = new VerticalLayout(stem, image, new H4(getTranslation("question.options")), optionsBox,
                new HorizontalLayout(addOption, removeOption), form, new H4(getTranslation("question.preview")),
                preview, notice);
        body.setPadding(false);
        add(body);
    }

    /**
     * Whether the version shown may be edited here (an author's, the newest, in an editable status); the notice
     * says when saving makes a new version or when an older version is shown, and the history follows.
     */
    private boolean showState(boolean author) {
        boolean newest = detail == null || detail.versions().get(detail.versions().size() - 1).id() == questionId;
        boolean editable = author && (detail == null || (detail.row().status().editable() && newest));
        if (detail != null) {
            if (detail.row().used() || detail.row().status() == QuestionStatus.APPROVED) {
                notice.setText(getTranslation("question.newVersionNotice"));
            }
            if (!newest) {
                notice.setText(getTranslation("question.notNewestNotice"));
            }
            add(history(detail.history()));
        }
        setReadOnly(!editable);
        return editable;
    }

    private void buildFooter(boolean editable, boolean chair) {
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("q-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(editable);
        Button returnDraft = new Button(getTranslation("question.return"), e -> askReason("question.return",
                reason -> authoring.returnToDraft(questionId, reason)));
        returnDraft.setId("q-return");
        returnDraft.setVisible(detail != null && detail.row().status() == QuestionStatus.REVIEWED);
        Button retire = new Button(getTranslation("question.retire"), e -> askReason("question.retire",
                reason -> authoring.retire(questionId, reason)));
        retire.setId("q-retire");
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retire.setVisible(chair && detail != null && detail.row().status().editable());
        getFooter().add(retire, returnDraft, new Button(getTranslation("action.close"), e -> close()), save);
    }

    private Grid<HistoryLine> history(List<HistoryLine> lines) {
        Grid<HistoryLine> g = new Grid<>();
        g.setId("q-history");
        g.addColumn(h -> WHEN.format(h.at().atZone(ClockConfiguration.ZONE))).setHeader(getTranslation("question.when"))
                .setAutoWidth(true);
        g.addColumn(h -> "v" + h.version()).setHeader(getTranslation("question.version")).setAutoWidth(true);
        g.addColumn(h -> getTranslation("question.action." + h.action())).setHeader(getTranslation("question.what"))
                .setAutoWidth(true);
        g.addColumn(HistoryLine::actor).setHeader(getTranslation("question.who")).setAutoWidth(true);
        g.addColumn(h -> h.detail() == null ? "" : h.detail()).setHeader(getTranslation("question.detail"));
        g.setItems(lines);
        g.setAllRowsVisible(true);
        return g;
    }

    private void setReadOnly(boolean readOnly) {
        type.setReadOnly(readOnly);
        format.setReadOnly(readOnly);
        stem.setReadOnly(readOnly);
        optionFields.forEach(f -> f.setReadOnly(readOnly));
        keyBoxes.forEach(b -> b.setReadOnly(readOnly));
        topic.setReadOnly(readOnly);
        difficulty.setReadOnly(readOnly);
        source.setReadOnly(readOnly);
        tags.setReadOnly(readOnly);
        externalId.setReadOnly(readOnly);
    }

    private void setOptions(List<String> texts, Set<Integer> correct) {
        optionsBox.removeAll();
        optionFields.clear();
        keyBoxes.clear();
        for (int i = 0; i < texts.size(); i++) {
            addOption(texts.get(i), correct.contains(i));
        }
    }

    private void addOption(String text, boolean correct) {
        if (optionFields.size() >= QuestionContent.MAX_OPTIONS) {
            return;
        }
        int i = optionFields.size();
        TextField f = new TextField();
        f.setPrefixComponent(new com.vaadin.flow.component.html.Span((char) ('A' + i) + "."));
        f.setValue(text);
        f.setWidthFull();
        f.setMaxLength(QuestionContent.MAX_OPTION);
        f.setId("q-option-" + i);
        Checkbox key = new Checkbox(getTranslation("question.correct"), correct);
        key.setId("q-key-" + i);
        key.addValueChangeListener(e -> {
            if (e.getValue() && type.getValue() != QuestionType.MULTIPLE) {
                keyBoxes.stream().filter(b -> b != key).forEach(b -> b.setValue(false));
            }
        });
        optionFields.add(f);
        keyBoxes.add(key);
        HorizontalLayout row = new HorizontalLayout(f, key);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        optionsBox.add(row);
    }

    private void removeLastOption() {
        if (optionFields.size() <= 2) {
            return;
        }
        optionFields.remove(optionFields.size() - 1);
        keyBoxes.remove(keyBoxes.size() - 1);
        optionsBox.remove(optionsBox.getComponentAt(optionsBox.getComponentCount() - 1));
    }

    /** Adds an image to the question: stored with it and shown at the end of the stem, which becomes HTML. */
    void addImage(String fileName, byte[] data) {
        String type = vn.thituyen.questionbank.format.MediaTypes.guess(fileName, data);
        if (type == null || !type.startsWith("image/")) {
            Notices.error(new DomainException("question.error.mediaType"));
            return;
        }
        String name = fileName == null || fileName.isBlank() ? "hinh.png"
                : fileName.replaceAll("[\\\\/\\s\"'<>]+", "-");
        java.util.Set<String> taken = new java.util.HashSet<>();
        media.forEach(m -> taken.add(m.name()));
        String unique = name;
        for (int i = 2; taken.contains(unique); i++) {
            unique = i + "-" + name;
        }
        List<QuestionContent.File> files = new ArrayList<>(media);
        files.add(new QuestionContent.File(unique, type, data));
        media = List.copyOf(files);
        String html = format.getValue() == TextFormat.HTML ? stem.getValue()
                : vn.thituyen.questionbank.format.SafeHtml.escape(stem.getValue() == null ? "" : stem.getValue())
                        .replace("\n", "<br>");
        stem.setValue(html + "<p><img src=\"" + vn.thituyen.questionbank.format.SafeHtml.PLUGINFILE + unique
                + "\" alt=\"\"></p>");
        format.setValue(TextFormat.HTML);
        refreshPreview();
    }

    private void refreshPreview() {
        if (format.getValue() == TextFormat.HTML) {
            QuestionContent c = content();
            String html = c.stem();
            for (QuestionContent.File f : media) {
                html = html.replace(vn.thituyen.questionbank.format.SafeHtml.PLUGINFILE + f.name(),
                        "data:" + f.mimeType() + ";base64," + java.util.Base64.getEncoder().encodeToString(f.data()));
            }
            preview.setText("");
            preview.getElement().setProperty("innerHTML", html);
        } else {
            preview.getElement().removeProperty("innerHTML");
            preview.setText(stem.getValue());
        }
    }

    QuestionContent content() {
        List<String> options = optionFields.stream().map(TextField::getValue).toList();
        Set<Integer> correct = new LinkedHashSet<>();
        for (int i = 0; i < keyBoxes.size(); i++) {
            if (keyBoxes.get(i).getValue()) {
                correct.add(i);
            }
        }
        List<String> tagList = tags.getValue() == null ? List.of()
                : Arrays.stream(tags.getValue().split(";")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new QuestionContent(type.getValue() == null ? QuestionType.SINGLE : type.getValue(),
                format.getValue() == null ? TextFormat.PLAIN : format.getValue(), stem.getValue(), options, correct,
                topic.getValue() == null ? null : topic.getValue().id(), difficulty.getValue(), source.getValue(),
                tagList, externalId.getValue(), media);
    }

    void save() {
        Actions.attempt(() -> {
            if (questionId == null) {
                long id = authoring.createQuestion(bankId, content());
                Notices.success("question.created", id);
            } else {
                long id = authoring.editQuestion(questionId, content());
                Notices.success(id != questionId ? "question.versionCreated" : "question.saved", id);
            }
            close();
            done.run();
        }, fieldsByName());
    }

    /** The fields by the names the service reports errors under; the first option stands for the options and key. */
    private Map<String, com.vaadin.flow.component.HasValidation> fieldsByName() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = new HashMap<>();
        fields.put("stem", stem);
        fields.put("source", source);
        fields.put("tags", tags);
        fields.put("externalId", externalId);
        if (!optionFields.isEmpty()) {
            fields.put("options", optionFields.get(0));
            fields.put("key", optionFields.get(0));
        }
        return fields;
    }

    private void askReason(String titleKey, java.util.function.Consumer<String> action) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation(titleKey));
        TextArea reason = new TextArea(getTranslation("question.reason"));
        reason.setId("q-reason");
        reason.setWidth("500px");
        reason.setMaxLength(1000);
        Button ok = new Button(getTranslation(titleKey), e -> Actions.attempt(() -> {
            action.accept(reason.getValue());
            d.close();
            close();
            done.run();
        }, Map.of("reason", reason)));
        ok.setId("q-reason-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(reason);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }
}
