package vn.thituyen.results.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thituyen.common.StoredFile;

/**
 * A leadership exam's official paper as frozen when the chair approved a version of the results: never changed
 * afterwards (no setters), served in place of a fresh rendering.
 */
@Entity
@Table(name = "leadership_paper")
public class LeadershipPaper {

    /** The papers of a leadership exam (docs/domain.md § Leadership exams). */
    public enum Kind {
        /** Biên bản tổng hợp kết quả phần thi viết, per post. */
        PART1_MINUTES,
        /** Bảng tổng hợp phiếu chấm đề án: every member's ballot, the mean, the bands; per post. */
        PART2_SUMMARY,
        /** Biên bản kết quả thi tuyển, per post. */
        RESULT_MINUTES,
        /** Báo cáo kết quả thi tuyển to the appointing authority, every post. */
        REPORT;

        public boolean perPost() {
            return this != REPORT;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "result_set_id", nullable = false)
    private Long resultSetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "position_id")
    private Long positionId;
    @Embedded
    private StoredFile file;

    @Column(name = "frozen_by", nullable = false)
    private String frozenBy;

    @Column(name = "frozen_at", nullable = false)
    private Instant frozenAt;

    protected LeadershipPaper() {
    }

    public LeadershipPaper(long campaignId, long resultSetId, Kind kind, Long positionId, String fileName, byte[] data,
            String frozenBy, Instant frozenAt) {
        this.campaignId = campaignId;
        this.resultSetId = resultSetId;
        this.kind = kind;
        this.positionId = positionId;
        this.file = StoredFile.of(fileName, data);
        this.frozenBy = frozenBy;
        this.frozenAt = frozenAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getResultSetId() {
        return resultSetId;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getPositionId() {
        return positionId;
    }

    public String getFileName() {
        return file.fileName();
    }

    public long getSizeBytes() {
        return file.sizeBytes();
    }

    public String getSha256() {
        return file.sha256();
    }

    public byte[] getData() {
        return file.data();
    }

    public String getFrozenBy() {
        return frozenBy;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }
}
