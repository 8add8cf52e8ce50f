package vn.thituyen.analysis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.analysis.domain.ItemAnalysis;
import vn.thituyen.questionbank.KeyedQuestion;

/**
 * Proposing a corrected key (đề xuất đính chính đáp án): the question with its options in the author's order, the
 * options that should score (one or several) and the reason. The chair decides afterwards.
 */
class KeyCorrectionDialog extends Dialog {

    final CheckboxGroup<Integer> newKey = new CheckboxGroup<>();
    final TextArea reason = new TextArea();
    final Button save = new Button();

    /** {@code onPropose} proposes; it may throw a DomainException, shown in the dialog's place. */
    KeyCorrectionDialog(KeyedQuestion question, BiConsumer<Set<Integer>, String> onPropose) {
        setHeaderTitle(getTranslation("keyfix.propose"));
        setWidth("44em");
        Paragraph stem = new Paragraph(question.label(400));
        stem.setId("keyfix-question");
        Paragraph current = new Paragraph(getTranslation("keyfix.currentKey",
                String.join(", ", question.key().stream().sorted().map(ItemAnalysis::letter).toList())));
        List<Integer> indexes = IntStream.range(0, question.optionCount()).boxed().toList();
        newKey.setId("keyfix-new-key");
        newKey.setLabel(getTranslation("keyfix.newKey"));
        newKey.setItems(indexes);
        newKey.setItemLabelGenerator(i -> ItemAnalysis.letter(i) + ". " + question.options().get(i));
        newKey.setValue(question.key());
        newKey.setHelperText(getTranslation("keyfix.newKeyHint"));
        reason.setId("keyfix-reason");
        reason.setLabel(getTranslation("keyfix.reason"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setRequiredIndicatorVisible(true);
        save.setText(getTranslation("keyfix.submit"));
        save.setId("keyfix-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Actions.attempt(() -> {
                onPropose.accept(Set.copyOf(newKey.getValue()), reason.getValue());
                close();
            }, Map.of("reason", reason));
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        add(stem, current, newKey, reason);
        getFooter().add(cancel, save);
    }
}
