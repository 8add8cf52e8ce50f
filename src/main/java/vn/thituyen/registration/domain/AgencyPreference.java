package vn.thituyen.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One version of a candidate's order of preference (nguyện vọng) among a joint position's agencies
 * (ND 170/2025/NĐ-CP). Never changed: a new order is a new version with who and when, the earlier kept.
 */
@Entity
@Table(name = "agency_preference")
public class AgencyPreference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(nullable = false, updatable = false)
    private int version;

    /** The position the order was made for: an order for another position than the application's is stale. */
    @Column(name = "position_id", nullable = false, updatable = false)
    private Long positionId;

    /** The agencies (position_agency ids), most wanted first, comma-separated. */
    @Column(name = "agency_ids", nullable = false, updatable = false)
    private String agencyIds;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected AgencyPreference() {
    }

    public AgencyPreference(long applicationId, int version, long positionId, List<Long> order, String recordedBy,
            Instant recordedAt) {
        this.applicationId = applicationId;
        this.version = version;
        this.positionId = positionId;
        this.agencyIds = order.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public int getVersion() {
        return version;
    }

    public Long getPositionId() {
        return positionId;
    }

    /** The agencies, most wanted first. */
    public List<Long> order() {
        return agencyIds.isEmpty() ? List.of()
                : Arrays.stream(agencyIds.split(",")).map(Long::valueOf).toList();
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
