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

    protected Room() {
    }

    public Room(long campaignId, String name, int capacity) {
        this.campaignId = campaignId;
        this.name = name;
        this.capacity = capacity;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public String getName() { return name; }
    public int getCapacity() { return capacity; }
}
