package vn.thituyen.questionbank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A topic of a bank (chủ đề), in a tree; {@code path} is the names from the root, joined by " / ". */
@Entity
public class Topic {

    public static final String SEPARATOR = " / ";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "bank_id", nullable = false)
    private Long bankId;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String path;

    protected Topic() {
    }

    public Topic(long bankId, Topic parent, String name) {
        this.bankId = bankId;
        this.parentId = parent == null ? null : parent.getId();
        this.name = name;
        this.path = parent == null ? name : parent.getPath() + SEPARATOR + name;
    }

    public Long getId() { return id; }
    public Long getBankId() { return bankId; }
    public Long getParentId() { return parentId; }
    public String getName() { return name; }
    public String getPath() { return path; }
}
