package vn.thituyen.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.IntStream;
import vn.thituyen.campaign.WorkingCalendar;
import vn.thituyen.campaign.WorkingCalendar.Holiday;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Rows;

/**
 * The calendar of public holidays, for Home Affairs administrators: the days off of each year as the Government
 * announces them (Tết, the lunar holidays, swapped days). Deadlines counted in days move past them.
 */
@Route(value = "settings/holidays", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class HolidaysView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy");

    final Select<Integer> year = new Select<>();
    final Grid<Holiday> grid = new Grid<>();
    final DatePicker day = new DatePicker();
    final TextField name = new TextField();
    private final transient WorkingCalendar calendar;

    public HolidaysView(WorkingCalendar calendar, java.time.Clock clock) {
        this.calendar = calendar;
        int thisYear = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).getYear();
        year.setId("holiday-year");
        year.setLabel(getTranslation("holiday.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 2, thisYear + 2).boxed().toList());
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        grid.setId("holidays");
        grid.addColumn(h -> DAY.withLocale(getLocale()).format(h.day())).setHeader(getTranslation("holiday.day"))
                .setAutoWidth(true);
        grid.addColumn(Holiday::name).setHeader(getTranslation("holiday.name")).setAutoWidth(true);
        grid.addComponentColumn(h -> {
            Button remove = new Button(getTranslation("holiday.remove"), e -> Confirm.ask("holiday.remove",
                    "holiday.remove.confirm", new Object[] {h.day().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                            h.name()}, "holiday.remove", () -> Actions.run(() -> calendar.remove(h.day()),
                                    "holiday.removed", Map.of(), this::refresh)));
            remove.setId("remove-holiday-" + h.day());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return remove;
        }).setKey("remove");
        grid.setAllRowsVisible(true);
        day.setId("holiday-day");
        day.setLabel(getTranslation("holiday.day"));
        day.setLocale(getLocale());
        name.setId("holiday-name");
        name.setLabel(getTranslation("holiday.name"));
        name.setWidth("28em");
        name.setMaxLength(200);
        Button add = new Button(getTranslation("holiday.add"), e -> Actions.run(
                () -> calendar.add(day.getValue(), name.getValue()), "holiday.added",
                Map.of("day", day, "name", name), () -> {
                    if (day.getValue() != null) {
                        year.setValue(day.getValue().getYear());
                    }
                    day.clear();
                    name.clear();
                    refresh();
                }));
        add.setId("add-holiday");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("menu.holidays")), new Paragraph(getTranslation("holiday.hint")), year, grid,
                Rows.of(day, name, add));
        refresh();
    }

    private void refresh() {
        grid.setItems(calendar.year(year.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.holidays");
    }
}
