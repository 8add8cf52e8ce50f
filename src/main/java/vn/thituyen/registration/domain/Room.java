package vn.thituyen.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An exam room (phòng thi). */
@Entity
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(nullable = false)
    private String name;
    private int capacity;
    /** Where the room is: the venue's name and address. */
    private String venue;
    /** When round 1 starts in this room (planned). */
    @Column(name = "starts_at")
    private java.time.Instant startsAt;

    protected Room() {
    }

    public Room(long campaignId, String name, int capacity) {
        this.campaignId = campaignId;
        this.name = name;
        this.capacity = capacity;
    }

    public Room(long campaignId, String name, int capacity, String venue, java.time.Instant startsAt) {
        this(campaignId, name, capacity);
        this.venue = venue;
        this.startsAt = startsAt;
    }

    public void change(String name, int capacity, String venue, java.time.Instant startsAt) {
        this.name = name;
        this.capacity = capacity;
        this.venue = venue;
        this.startsAt = startsAt;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public String getName() { return name; }
    public int getCapacity() { return capacity; }
    public String getVenue() { return venue; }
    public java.time.Instant getStartsAt() { return startsAt; }
}
