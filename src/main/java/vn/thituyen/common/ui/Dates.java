package vn.thituyen.common.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;

/** Date pickers in the page's language, dates written day/month/year as Vietnamese documents do. */
public final class Dates {

    private Dates() {
    }

    /** Sets the picker's month and day names, buttons, format and bad-input message; returns it for chaining. */
    public static DatePicker localised(DatePicker picker) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setMonthNames(list(picker, "date.months"));
        i18n.setWeekdays(list(picker, "date.weekdays"));
        i18n.setWeekdaysShort(list(picker, "date.weekdaysShort"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("date.today"));
        i18n.setCancel(picker.getTranslation("action.cancel"));
        i18n.setBadInputErrorMessage(picker.getTranslation("validation.date"));
        picker.setI18n(i18n);
        return picker;
    }

    private static List<String> list(DatePicker picker, String key) {
        return Arrays.stream(picker.getTranslation(key).split(",")).map(String::strip).toList();
    }
}
