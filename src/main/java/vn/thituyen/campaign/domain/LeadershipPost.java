package vn.thituyen.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thituyen.campaign.PostState;
import vn.thituyen.campaign.PostTitle;

/**
 * A division-level managerial post put to a leadership exam (chức danh lãnh đạo, quản lý cấp phòng): a position of
 * the campaign with a quota of one, its title, its division, and the authority that appoints the winner.
 */
@Entity
@Table(name = "leadership_post")
public class LeadershipPost {

    @Id
    @Column(name = "position_id")
    private Long positionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PostTitle title;

    @Column(nullable = false)
    private String division;

    @Column(name = "appointing_authority", nullable = false)
    private String appointingAuthority;

    @Column(name = "reopens_at")
    private Instant reopensAt;

    @Column(name = "recloses_at")
    private Instant reclosesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PostState state;

    protected LeadershipPost() {
    }

    public LeadershipPost(long positionId, PostTitle title, String division, String appointingAuthority) {
        this.positionId = positionId;
        this.state = PostState.OPEN;
        describe(title, division, appointingAuthority);
    }

    public final void describe(PostTitle title, String division, String appointingAuthority) {
        this.title = title;
        this.division = division;
        this.appointingAuthority = appointingAuthority;
    }

    public void decide(PostState next) {
        this.state = next;
    }

    public void reopen(Instant opens, Instant closes) {
        this.reopensAt = opens;
        this.reclosesAt = closes;
        this.state = PostState.REANNOUNCED;
    }

    public Long getPositionId() {
        return positionId;
    }

    public PostTitle getTitle() {
        return title;
    }

    public String getDivision() {
        return division;
    }

    public String getAppointingAuthority() {
        return appointingAuthority;
    }

    public Instant getReopensAt() {
        return reopensAt;
    }

    public Instant getReclosesAt() {
        return reclosesAt;
    }

    public PostState getState() {
        return state;
    }
}
