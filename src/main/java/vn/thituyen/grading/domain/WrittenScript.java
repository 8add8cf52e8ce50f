package vn.thituyen.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thituyen.grading.domain.AutomaticZeroRule.Reason;

/**
 * One anonymised script: its two codes, pages, the sealed code ↔ candidate key (unreadable without the configured
 * key), the markers it was dealt to and a marker's report for an automatic zero with the head's decision.
 */
@Entity
@Table(name = "written_script")
public class WrittenScript {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "part_id", nullable = false)
    private long partId;
    @Column(name = "first_code", nullable = false)
    private String firstCode;
    @Column(name = "second_code", nullable = false)
    private String secondCode;
    @Column(nullable = false)
    private int pages;
    @Column(name = "sealed_key", nullable = false)
    private byte[] sealedKey;
    @Column(name = "marker1_id")
    private Long marker1;
    @Column(name = "marker2_id")
    private Long marker2;
    @Column(name = "marker3_id")
    private Long marker3;
    @Column(name = "confer_failed", nullable = false)
    private boolean conferFailed;
    @Column(name = "zero_reasons")
    private String zeroReasons;
    @Column(name = "zero_reported_by")
    private String zeroReportedBy;
    @Column(name = "zero_note")
    private String zeroNote;
    @Column(name = "zero_confirmed")
    private Boolean zeroConfirmed;
    @Column(name = "zero_decided_by")
    private String zeroDecidedBy;
    @Version
    private long version;

    protected WrittenScript() {
    }

    public WrittenScript(long partId, String firstCode, String secondCode, int pages, byte[] sealedKey) {
        this.partId = partId;
        this.firstCode = firstCode;
        this.secondCode = secondCode;
        this.pages = pages;
        this.sealedKey = sealedKey.clone();
    }

    public void dealTo(long first, long second) {
        this.marker1 = first;
        this.marker2 = second;
    }

    public void thirdMarker(long marker) {
        this.marker3 = marker;
    }

    public void conferenceFailed() {
        this.conferFailed = true;
    }

    public void reportZero(Set<Reason> reasons, String note, String by) {
        this.zeroReasons = reasons.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.zeroNote = note;
        this.zeroReportedBy = by;
        this.zeroConfirmed = null;
        this.zeroDecidedBy = null;
    }

    public void decideZero(boolean confirmed, String by) {
        this.zeroConfirmed = confirmed;
        this.zeroDecidedBy = by;
    }

    /** The marker's role on this script: 1, 2, 3, or 0 when it was not dealt to them. */
    public int markerNo(long userId) {
        if (marker1 != null && marker1 == userId) {
            return 1;
        }
        if (marker2 != null && marker2 == userId) {
            return 2;
        }
        return marker3 != null && marker3 == userId ? 3 : 0;
    }

    public Set<Reason> getZeroReasons() {
        if (zeroReasons == null || zeroReasons.isBlank()) {
            return EnumSet.noneOf(Reason.class);
        }
        return Arrays.stream(zeroReasons.split(",")).map(Reason::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Reason.class)));
    }

    public Long getId() {
        return id;
    }

    public long getPartId() {
        return partId;
    }

    public String getFirstCode() {
        return firstCode;
    }

    public String getSecondCode() {
        return secondCode;
    }

    public int getPages() {
        return pages;
    }

    public byte[] getSealedKey() {
        return sealedKey.clone();
    }

    public Long getMarker1() {
        return marker1;
    }

    public Long getMarker2() {
        return marker2;
    }

    public Long getMarker3() {
        return marker3;
    }

    public boolean isConferFailed() {
        return conferFailed;
    }

    public String getZeroReportedBy() {
        return zeroReportedBy;
    }

    public String getZeroNote() {
        return zeroNote;
    }

    public Boolean getZeroConfirmed() {
        return zeroConfirmed;
    }
}
