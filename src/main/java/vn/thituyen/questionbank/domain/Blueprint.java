package vn.thituyen.questionbank.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** How an exam part of a campaign draws from a bank (ma trận đề): rows of topic × difficulty × count. */
@Entity
public class Blueprint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(name = "part_no", nullable = false)
    private int partNo;
    @Column(name = "bank_id", nullable = false)
    private Long bankId;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER, orphanRemoval = true)
    @JoinColumn(name = "blueprint_id", nullable = false)
    @OrderBy("idx")
    private List<BlueprintRow> rows = new ArrayList<>();

    protected Blueprint() {
    }

    public Blueprint(long campaignId, int partNo, long bankId) {
        this.campaignId = campaignId;
        this.partNo = partNo;
        this.bankId = bankId;
    }

    public void replaceRows(List<BlueprintRow> newRows, String actor, Instant at) {
        rows.clear();
        rows.addAll(newRows);
        updatedBy = actor;
        updatedAt = at;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public int getPartNo() { return partNo; }
    public Long getBankId() { return bankId; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<BlueprintRow> getRows() { return rows; }
}
