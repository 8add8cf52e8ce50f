package vn.thituyen.campaign;

/**
 * What a campaign is for: recruiting civil servants (công chức) or public employees (viên chức), or appointing
 * division heads and deputies by a leadership exam (thi tuyển lãnh đạo, quản lý cấp phòng).
 */
public enum CampaignKind {
    CIVIL_SERVANT, PUBLIC_EMPLOYEE, LEADERSHIP;

    /** Whether this is a leadership exam: posts instead of positions, no computer round, one winner per post. */
    public boolean leadership() {
        return this == LEADERSHIP;
    }
}
