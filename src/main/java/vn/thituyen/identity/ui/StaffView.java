package vn.thituyen.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.identity.Role;
import vn.thituyen.identity.StaffAccountService;
import vn.thituyen.identity.StaffAccountService.OneTimeCode;
import vn.thituyen.identity.StaffAccountService.StaffAccount;

/**
 * Staff accounts (tài khoản cán bộ) for an administrator: create one (the person sets the password with a one-time
 * code, shown here once), disable or re-enable, reset the password.
 */
@Route(value = "staff", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class StaffView extends VerticalLayout implements HasDynamicTitle {

    final Grid<StaffAccount> grid = new Grid<>();
    final TextField filter = new TextField();
    private final transient StaffAccountService staff;
    private final String me;

    public StaffView(StaffAccountService staff, vn.thituyen.identity.CurrentUser currentUser) {
        this.staff = staff;
        this.me = currentUser.username();
        setSizeFull();
        Button create = new Button(getTranslation("staff.create"), e -> openCreate());
        create.setId("create-staff");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("staff");
        grid.addColumn(StaffAccount::username).setHeader(getTranslation("staff.username")).setAutoWidth(true);
        grid.addColumn(StaffAccount::fullName).setHeader(getTranslation("field.fullName")).setAutoWidth(true);
        grid.addColumn(a -> a.email() == null ? "" : a.email()).setHeader(getTranslation("field.email"));
        grid.addColumn(a -> getTranslation("role." + a.role())).setHeader(getTranslation("staff.role"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.enabled() ? "staff.enabled" : "staff.disabled"))
                .setHeader(getTranslation("staff.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        filter.setPlaceholder(getTranslation("staff.filter"));
        filter.setAriaLabel(getTranslation("staff.filter"));
        filter.setId("staff-filter");
        filter.setWidth("24em");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> applyFilter());
        HorizontalLayout bar = new HorizontalLayout(create, filter);
        bar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("staff.title")), new Paragraph(getTranslation("staff.hint")), bar, grid);
        refresh();
    }

    private HorizontalLayout actions(StaffAccount a) {
        Button toggle = new Button(getTranslation(a.enabled() ? "staff.disable" : "staff.enable"), e -> {
            if (a.enabled()) {
                Confirm.ask("staff.disable", "staff.disable.confirm", new Object[] {a.username(), a.fullName()},
                        "staff.disable", () -> {
                            staff.setEnabled(a.id(), false);
                            Notices.success("staff.disabled.done", a.username());
                            refresh();
                        });
            } else {
                staff.setEnabled(a.id(), true);
                Notices.success("staff.enabled.done", a.username());
                refresh();
            }
        });
        toggle.setId((a.enabled() ? "disable-" : "enable-") + a.username());
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button reset = new Button(getTranslation("staff.reset"), e -> Confirm.ask("staff.reset", "staff.reset.confirm",
                new Object[] {a.username(), a.fullName()}, "staff.reset", () -> showCode(staff.resetPassword(a.id()))));
        reset.setId("reset-" + a.username());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        // nobody locks themself out (the service refuses it too)
        toggle.setVisible(!a.username().equalsIgnoreCase(me));
        return new HorizontalLayout(toggle, reset);
    }

    private void refresh() {
        grid.setItems(staff.staff());
        applyFilter();
    }

    /** An office has hundreds of staff accounts: the list narrows to what is typed, accents or not. */
    private void applyFilter() {
        String wanted = fold(filter.getValue());
        grid.getListDataView().setFilter(a -> wanted.isEmpty() || fold(a.username() + " " + a.fullName() + " "
                + getTranslation("role." + a.role())).contains(wanted));
    }

    private static String fold(String s) {
        return s == null ? "" : java.text.Normalizer.normalize(s.strip().toLowerCase(java.util.Locale.ROOT),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd');
    }

    private void openCreate() {
        Dialog d = new Dialog();
        d.setId("staff-dialog");
        d.setHeaderTitle(getTranslation("staff.create"));
        TextField username = new TextField(getTranslation("staff.username"));
        username.setId("staff-username");
        username.setHelperText(getTranslation("staff.username.help"));
        TextField fullName = new TextField(getTranslation("field.fullName"));
        fullName.setId("staff-fullname");
        TextField email = new TextField(getTranslation("field.email"));
        email.setId("staff-email");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("staff.role"));
        role.setId("staff-role");
        role.setItems(StaffAccountService.STAFF_ROLES);
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        d.add(new FormLayout(username, fullName, email, role));
        Button ok = new Button(getTranslation("staff.create"), e -> {
            try {
                OneTimeCode code = staff.create(username.getValue(), fullName.getValue(), email.getValue(),
                        role.getValue());
                d.close();
                refresh();
                showCode(code);
            } catch (FieldErrors errors) {
                Map<String, HasValidation> fields = new LinkedHashMap<>();
                fields.put("username", username);
                fields.put("fullName", fullName);
                fields.put("email", email);
                fields.put("role", role);
                Notices.showFieldErrors(errors, fields);
            }
        });
        ok.setId("save-staff");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    /** The code, once: the administrator hands it to the person (in person or by phone); it is never shown again. */
    private void showCode(OneTimeCode code) {
        Dialog d = new Dialog();
        d.setId("code-dialog");
        d.setHeaderTitle(getTranslation("staff.code.title", code.username()));
        Span value = new Span(code.code());
        value.setId("one-time-code");
        value.addClassName("one-time-code");
        d.add(new Paragraph(getTranslation("staff.code.text", code.expiresAt().atZone(ClockConfiguration.ZONE)
                .format(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")))), value,
                new Paragraph(getTranslation("staff.code.where")));
        Button close = new Button(getTranslation("action.close"), e -> d.close());
        close.setId("code-close");
        d.getFooter().add(close);
        d.setCloseOnOutsideClick(false);
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title");
    }
}
