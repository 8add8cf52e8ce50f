package vn.thituyen.winners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The secretary's check of one checklist item against the original (append-only: a later check of the same item is a
 * new row, the latest counts, the earlier kept with who and when).
 */
@Entity
@Table(name = "dossier_item_check")
public class DossierCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dossier_id", nullable = false)
    private Long dossierId;
    @Column(nullable = false)
    private String item;
    private boolean verified;
    private String note;
    @Column(name = "checked_by", nullable = false)
    private String checkedBy;
    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    protected DossierCheck() {
    }

    public DossierCheck(long dossierId, String item, boolean verified, String note, String checkedBy,
            Instant checkedAt) {
        this.dossierId = dossierId;
        this.item = item;
        this.verified = verified;
        this.note = note;
        this.checkedBy = checkedBy;
        this.checkedAt = checkedAt;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public String getItem() { return item; }
    public boolean isVerified() { return verified; }
    public String getNote() { return note; }
    public String getCheckedBy() { return checkedBy; }
    public Instant getCheckedAt() { return checkedAt; }
}
