package vn.thituyen.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The lot of a post's đề án presentations (bốc thăm thứ tự trình bày), drawn once: the seed and every input of
 * {@link PresentationLotRule#draw}, so the schedule is drawn again from this row alone, by anyone.
 */
@Entity
@Table(name = "presentation_lot")
public class PresentationLot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "position_id", nullable = false)
    private long positionId;
    @Column(nullable = false)
    private long seed;
    /** the candidates' application ids, comma-separated */
    @Column(name = "candidate_ids", nullable = false)
    private String candidateIds;
    /** the rooms in their order, one a line */
    @Column(nullable = false)
    private String rooms;
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;
    @Column(name = "presentation_minutes", nullable = false)
    private int presentationMinutes;
    @Column(name = "question_minutes", nullable = false)
    private int questionMinutes;
    @Column(name = "break_minutes", nullable = false)
    private int breakMinutes;
    @Column(name = "drawn_by", nullable = false)
    private String drawnBy;
    @Column(name = "drawn_at", nullable = false)
    private Instant drawnAt;

    protected PresentationLot() {
    }

    public PresentationLot(long positionId, long seed, List<Long> candidateIds, List<String> rooms,
            LocalDateTime startsAt, PresentationLotRule.Durations durations, String drawnBy, Instant drawnAt) {
        this.positionId = positionId;
        this.seed = seed;
        this.candidateIds = candidateIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.rooms = String.join("\n", rooms);
        this.startsAt = startsAt;
        this.presentationMinutes = durations.presentationMinutes();
        this.questionMinutes = durations.questionMinutes();
        this.breakMinutes = durations.breakMinutes();
        this.drawnBy = drawnBy;
        this.drawnAt = drawnAt;
    }

    /** The schedule, drawn again from what was recorded. */
    public List<PresentationLotRule.Slot> slots() {
        return PresentationLotRule.draw(candidateIds(), rooms(), startsAt, durations(), seed);
    }

    public long getPositionId() {
        return positionId;
    }

    public long getSeed() {
        return seed;
    }

    public List<Long> candidateIds() {
        return candidateIds.isEmpty() ? List.of()
                : Arrays.stream(candidateIds.split(",")).map(Long::valueOf).toList();
    }

    public List<String> rooms() {
        return List.of(rooms.split("\n"));
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public PresentationLotRule.Durations durations() {
        return new PresentationLotRule.Durations(presentationMinutes, questionMinutes, breakMinutes);
    }

    public String getDrawnBy() {
        return drawnBy;
    }

    public Instant getDrawnAt() {
        return drawnAt;
    }
}
