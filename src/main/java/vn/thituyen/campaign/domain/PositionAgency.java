package vn.thituyen.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One agency of a joint position (vị trí việc làm tuyển dụng chung, ND 170/2025/NĐ-CP) with its own places; the
 * position's quota is the sum of its agencies' places.
 */
@Entity
@Table(name = "position_agency")
public class PositionAgency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "position_id", nullable = false)
    private Long positionId;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int places;

    protected PositionAgency() {
    }

    public PositionAgency(long positionId, int seq, String name, int places) {
        this.positionId = positionId;
        this.seq = seq;
        this.name = name;
        this.places = places;
    }

    public Long getId() {
        return id;
    }

    public Long getPositionId() {
        return positionId;
    }

    public int getSeq() {
        return seq;
    }

    public String getName() {
        return name;
    }

    public int getPlaces() {
        return places;
    }
}
