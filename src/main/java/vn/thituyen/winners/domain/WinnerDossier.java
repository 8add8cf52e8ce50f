package vn.thituyen.winners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A winner's dossier (hồ sơ người trúng tuyển, ND 138/2020/NĐ-CP Art. 17), opened when the results naming them are
 * published: the day of the notice, the last day to complete it and the checklist, fixed then. Never changed: the
 * secretary's checks and a cancellation are rows of their own.
 */
@Entity
@Table(name = "winner_dossier")
public class WinnerDossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(name = "position_id", nullable = false)
    private Long positionId;
    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Column(name = "result_set_id", nullable = false)
    private Long resultSetId;
    @Column(name = "noticed_on", nullable = false)
    private LocalDate noticedOn;
    @Column(nullable = false)
    private LocalDate deadline;
    /** The checklist's item names, comma-separated, in the rule set's order. */
    @Column(nullable = false)
    private String checklist;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected WinnerDossier() {
    }

    public WinnerDossier(long campaignId, long positionId, long applicationId, long resultSetId, LocalDate noticedOn,
            LocalDate deadline, List<String> checklist, Instant openedAt) {
        this.campaignId = campaignId;
        this.positionId = positionId;
        this.applicationId = applicationId;
        this.resultSetId = resultSetId;
        this.noticedOn = noticedOn;
        this.deadline = deadline;
        this.checklist = String.join(",", checklist);
        this.openedAt = openedAt;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getPositionId() { return positionId; }
    public Long getApplicationId() { return applicationId; }
    public Long getResultSetId() { return resultSetId; }
    public LocalDate getNoticedOn() { return noticedOn; }
    public LocalDate getDeadline() { return deadline; }
    public Instant getOpenedAt() { return openedAt; }

    public List<String> getChecklist() {
        return Arrays.asList(checklist.split(","));
    }
}
