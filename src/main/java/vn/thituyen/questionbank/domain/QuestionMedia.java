package vn.thituyen.questionbank.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file (image) of one question version, referred to from its HTML as {@code @@PLUGINFILE@@/name}. */
@Entity
@Table(name = "question_media")
public class QuestionMedia {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String name;
    @Column(name = "mime_type", nullable = false)
    private String mimeType;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] data;

    protected QuestionMedia() {
    }

    QuestionMedia(String name, String mimeType, byte[] data) {
        this.name = name;
        this.mimeType = mimeType;
        this.data = data;
    }

    public String getName() { return name; }
    public String getMimeType() { return mimeType; }
    public byte[] getData() { return data; }
}
