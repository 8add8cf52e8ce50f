package vn.thituyen.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Extra time granted to one candidate's part by an invigilator, with the reason (append-only). */
@Entity
@Table(name = "time_extension")
public class TimeExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "attempt_part_id", nullable = false)
    private Long attemptPartId;
    private int minutes;
    @Column(nullable = false)
    private String reason;
    @Column(name = "granted_by", nullable = false)
    private String grantedBy;
    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected TimeExtension() {
    }

    public TimeExtension(long attemptPartId, int minutes, String reason, String grantedBy, Instant grantedAt) {
        this.attemptPartId = attemptPartId;
        this.minutes = minutes;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Long getAttemptPartId() { return attemptPartId; }
    public int getMinutes() { return minutes; }
    public String getReason() { return reason; }
    public String getGrantedBy() { return grantedBy; }
    public Instant getGrantedAt() { return grantedAt; }
}
