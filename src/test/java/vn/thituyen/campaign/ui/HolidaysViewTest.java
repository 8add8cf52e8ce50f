package vn.thituyen.campaign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.ViewTestBase;
import vn.thituyen.campaign.WorkingCalendar;

/**
 * The calendar of public holidays, kept by an administrator: the seeded days of 2025, a day added (bad input next to
 * its field, a day twice refused), then removed after the question.
 */
@ApplicationTest
class HolidaysViewTest extends ViewTestBase {

    @Test
    void anAdministratorKeepsTheCalendar() {
        WorkingCalendar calendar = ctx.getBean(WorkingCalendar.class);
        assertThat(calendar.holidays(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .contains(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 4, 7), LocalDate.of(2025, 9, 2)).hasSize(12);

        signIn("admin");
        HolidaysView view = navigate("settings/holidays", HolidaysView.class);
        view.year.setValue(2025);
        assertThat(IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._getFormattedRow(view.grid, i)))
                .anySatisfy(row -> assertThat(row).contains("Giỗ Tổ Hùng Vương (10/3 âm lịch)"));

        _click(_get(Button.class, spec -> spec.withId("add-holiday")));
        assertThat(error(view.day)).isEqualTo("Vui lòng nhập thông tin này");
        LocalDate day = LocalDate.of(2027, 2, 8);
        _setValue(view.day, day);
        _setValue(view.name, "Tết Nguyên đán Đinh Mùi");
        _click(_get(Button.class, spec -> spec.withId("add-holiday")));
        assertThat(notifications()).contains("Đã thêm ngày nghỉ.");
        assertThat(calendar.holidays(day, day)).containsExactly(day);
        _setValue(view.day, day);
        _setValue(view.name, "Lần nữa");
        _click(_get(Button.class, spec -> spec.withId("add-holiday")));
        assertThat(error(view.day)).isEqualTo("Ngày này đã có trong lịch nghỉ.");

        assertThat(view.year.getValue()).isEqualTo(2027);
        // 2027 also holds the days the Labour Code fixes (seeded): the row of the day added
        int row = IntStream.range(0, GridKt._size(view.grid))
                .filter(i -> String.join(" ", GridKt._getFormattedRow(view.grid, i)).contains("08/02/2027"))
                .findFirst().orElseThrow();
        _click((Button) GridKt._getCellComponent(view.grid, row, "remove"));
        assertThat(confirm()).contains("08/02/2027", "Tết Nguyên đán Đinh Mùi");
        assertThat(notifications()).contains("Đã xóa ngày nghỉ.");
        assertThat(calendar.holidays(day, day)).isEmpty();
    }
}
