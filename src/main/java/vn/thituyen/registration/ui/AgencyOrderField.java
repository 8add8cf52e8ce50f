package vn.thituyen.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thituyen.campaign.JointAgency;

/**
 * The candidate's order of preference (nguyện vọng) among a joint position's agencies (ND 170/2025/NĐ-CP): the agencies
 * listed, numbered, each moved up or down or taken out with its own buttons, and those not listed with a button to add
 * them at the end. Every action is a button (Tab to reach, Enter or Space to press, each named for a screen reader);
 * the focus follows the agency moved. The value is the agency ids, most wanted first.
 */
class AgencyOrderField extends CustomField<List<Long>> {

    private final VerticalLayout listed = new VerticalLayout();
    private final VerticalLayout others = new VerticalLayout();
    private List<JointAgency> agencies = List.of();
    private final List<Long> order = new ArrayList<>();

    AgencyOrderField() {
        setId("agency-order");
        setLabel(getTranslation("preferences.title"));
        setHelperText(getTranslation("preferences.hint"));
        listed.setId("agency-order-listed");
        listed.setPadding(false);
        listed.setSpacing(false);
        others.setId("agency-order-others");
        others.setPadding(false);
        others.setSpacing(false);
        Div box = new Div(listed, new H4(getTranslation("preferences.notListed")), others);
        box.setWidthFull();
        add(box);
    }

    /** The position's agencies; the order starts empty. */
    void setAgencies(List<JointAgency> agencies) {
        this.agencies = List.copyOf(agencies);
        order.clear();
        render(null);
        updateValue();
    }

    boolean isJoint() {
        return !agencies.isEmpty();
    }

    @Override
    protected List<Long> generateModelValue() {
        return List.copyOf(order);
    }

    @Override
    protected void setPresentationValue(List<Long> value) {
        order.clear();
        if (value != null) {
            value.stream().filter(id -> agencies.stream().anyMatch(a -> a.id() == id)).distinct().forEach(order::add);
        }
        render(null);
    }

    /** Renders both lists; {@code focus} names the button to focus afterwards ("up-3", "add-5", …). */
    private void render(String focus) {
        listed.removeAll();
        others.removeAll();
        Map<Long, JointAgency> byId = agencies.stream().collect(Collectors.toMap(JointAgency::id,
                Function.identity()));
        List<Button> buttons = new ArrayList<>();
        if (order.isEmpty()) {
            listed.add(new Paragraph(getTranslation("preferences.none")));
        }
        for (int i = 0; i < order.size(); i++) {
            JointAgency a = byId.get(order.get(i));
            int index = i;
            Span name = new Span(getTranslation("preferences.item", i + 1, a.name(), a.places()));
            name.setId("agency-rank-" + (i + 1));
            Button up = button("up-" + a.id(), "↑", getTranslation("preferences.up", a.name()), () -> move(index, -1));
            up.setEnabled(i > 0);
            Button down = button("down-" + a.id(), "↓", getTranslation("preferences.down", a.name()),
                    () -> move(index, 1));
            down.setEnabled(i < order.size() - 1);
            Button remove = button("remove-" + a.id(), getTranslation("preferences.remove"),
                    getTranslation("preferences.removeLabel", a.name()), () -> {
                        order.remove(index);
                        changed("add-" + a.id());
                    });
            HorizontalLayout row = new HorizontalLayout(name, up, down, remove);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            row.setFlexGrow(1, name);
            row.setWidthFull();
            listed.add(row);
            buttons.add(up);
            buttons.add(down);
            buttons.add(remove);
        }
        for (JointAgency a : agencies) {
            if (order.contains(a.id())) {
                continue;
            }
            Button add = button("add-" + a.id(), getTranslation("preferences.add"),
                    getTranslation("preferences.addLabel", a.name()), () -> {
                        order.add(a.id());
                        changed("remove-" + a.id());
                    });
            HorizontalLayout row = new HorizontalLayout(new Span(getTranslation("preferences.other", a.name(),
                    a.places())), add);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            others.add(row);
            buttons.add(add);
        }
        if (focus != null) {
            buttons.stream().filter(b -> b.getId().filter(focus::equals).isPresent() && b.isEnabled()).findFirst()
                    .ifPresent(Button::focus);
        }
    }

    private void move(int index, int by) {
        long id = order.remove(index);
        order.add(index + by, id);
        changed((by < 0 ? "up-" : "down-") + id);
    }

    private void changed(String focus) {
        render(focus);
        updateValue();
    }

    private static Button button(String id, String text, String ariaLabel, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.setId("agency-" + id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.setAriaLabel(ariaLabel);
        return b;
    }
}
