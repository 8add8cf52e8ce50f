package vn.thituyen.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A day off for the whole country (ngày nghỉ lễ, Tết) or one the Government adds around a holiday. */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday {

    @Id
    @Column(name = "holiday_on")
    private LocalDate day;
    @Column(nullable = false)
    private String name;
    @Column(name = "added_by", nullable = false)
    private String addedBy;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected PublicHoliday() {
    }

    public PublicHoliday(LocalDate day, String name, String by, Instant at) {
        this.day = day;
        this.name = name;
        this.addedBy = by;
        this.addedAt = at;
    }

    public LocalDate getDay() { return day; }
    public String getName() { return name; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
}
