package vn.thituyen.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import vn.thituyen.delivery.Sanction;

/** A violation of the exam rules (biên bản vi phạm): when, by whom recorded, witnesses, sanction. */
@Entity
public class Violation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "attempt_id", nullable = false)
    private Long attemptId;
    @Column(name = "part_no")
    private Integer partNo;
    @Enumerated(EnumType.STRING)
    private Sanction sanction;
    @Column(nullable = false)
    private String description;
    private String witnesses;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Violation() {
    }

    public Violation(long attemptId, Integer partNo, Sanction sanction, String description, String witnesses,
            String recordedBy, Instant recordedAt) {
        this.attemptId = attemptId;
        this.partNo = partNo;
        this.sanction = sanction;
        this.description = description;
        this.witnesses = witnesses;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getAttemptId() { return attemptId; }
    public Integer getPartNo() { return partNo; }
    public Sanction getSanction() { return sanction; }
    public String getDescription() { return description; }
    public String getWitnesses() { return witnesses; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
