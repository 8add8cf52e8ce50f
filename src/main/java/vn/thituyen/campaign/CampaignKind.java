package vn.thituyen.campaign;

/** What a campaign recruits: civil servants (công chức) or public employees (viên chức). */
public enum CampaignKind {
    CIVIL_SERVANT, PUBLIC_EMPLOYEE
}
