package vn.thituyen.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thituyen.campaign.StandardKind;

/** One standard of a post (tiêu chuẩn, điều kiện của chức danh), checked for each candidate by the form-review board. */
@Entity
@Table(name = "post_standard")
public class PostStandard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "position_id", nullable = false)
    private Long positionId;

    @Column(nullable = false)
    private int ordinal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StandardKind kind;

    @Column(nullable = false)
    private String requirement;

    protected PostStandard() {
    }

    public PostStandard(long positionId, int ordinal, StandardKind kind, String requirement) {
        this.positionId = positionId;
        this.ordinal = ordinal;
        this.kind = kind;
        this.requirement = requirement;
    }

    public Long getId() {
        return id;
    }

    public Long getPositionId() {
        return positionId;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public StandardKind getKind() {
        return kind;
    }

    public String getRequirement() {
        return requirement;
    }
}
