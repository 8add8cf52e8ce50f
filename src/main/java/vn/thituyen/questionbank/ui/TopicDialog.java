package vn.thituyen.questionbank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.questionbank.QuestionBankService;
import vn.thituyen.questionbank.QuestionBankService.TopicInfo;

/** Adds a topic (chủ đề) to a bank, under a parent topic or at the top. */
class TopicDialog extends Dialog {

    TopicDialog(QuestionBankService banks, long bankId, TopicInfo parentSuggestion, Runnable done) {
        setHeaderTitle(getTranslation("topics.new"));
        ComboBox<TopicInfo> parent = new ComboBox<>(getTranslation("topics.parent"), banks.topics(bankId));
        parent.setItemLabelGenerator(TopicInfo::path);
        parent.setClearButtonVisible(true);
        parent.setPlaceholder(getTranslation("topics.root"));
        parent.setId("topic-parent");
        if (parentSuggestion != null) {
            parent.setValue(parentSuggestion);
        }
        TextField name = new TextField(getTranslation("topics.name"));
        name.setId("topic-name");
        name.setMaxLength(200);
        Button save = new Button(getTranslation("action.save"), e -> {
            Actions.attempt(() -> {
                banks.createTopic(bankId, parent.getValue() == null ? null : parent.getValue().id(), name.getValue());
                close();
                done.run();
            }, Map.of("name", name));
        });
        save.setId("topic-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(parent, name));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
