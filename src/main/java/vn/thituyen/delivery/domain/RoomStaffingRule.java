package vn.thituyen.delivery.domain;

/**
 * Who must be in a room before its sitting opens. The exam rules (Quy chế tổ chức thi tuyển, thi nâng ngạch, ban
 * hành kèm theo TT 6/2020/TT-BNV; carried into TT 22/2025/TT-BNV) staff every room with two invigilators (giám thị
 * phòng thi); the number is the campaign's rule-set parameter {@code invigilatorsPerRoom}. Pure: the caller counts
 * the room's assignments, this decides.
 */
public final class RoomStaffingRule {

    private RoomStaffingRule() {
    }

    /**
     * @param assigned the invigilators assigned to the room
     * @param required the invigilators a room needs (the rule set's {@code invigilatorsPerRoom}, at least 1)
     * @return how many invigilators are still missing; 0 when the room may open
     */
    public static int missingInvigilators(int assigned, int required) {
        if (assigned < 0 || required < 1) {
            throw new IllegalArgumentException("assigned >= 0 and required >= 1");
        }
        return Math.max(0, required - assigned);
    }
}
