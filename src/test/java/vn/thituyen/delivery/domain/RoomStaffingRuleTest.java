package vn.thituyen.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quy chế tổ chức thi tuyển (TT 6/2020/TT-BNV; TT 22/2025/TT-BNV): two invigilators in each room. */
class RoomStaffingRuleTest {

    @ParameterizedTest(name = "{0} assigned of {1} required → {2} missing")
    @CsvSource(delimiter = '|', textBlock = """
        0 | 2 | 2
        1 | 2 | 1
        2 | 2 | 0
        3 | 2 | 0
        0 | 1 | 1
        1 | 1 | 0
        2 | 3 | 1
        """)
    void missingInvigilators(int assigned, int required, int missing) {
        assertThat(RoomStaffingRule.missingInvigilators(assigned, required)).isEqualTo(missing);
    }

    @Test
    void aRoomNeedsSomebody() {
        assertThatThrownBy(() -> RoomStaffingRule.missingInvigilators(0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoomStaffingRule.missingInvigilators(-1, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
