package vn.thituyen.questionbank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thituyen.questionbank.Subject;

/** A bank of questions for one subject (ngân hàng câu hỏi). */
@Entity
@Table(name = "question_bank")
public class QuestionBank {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String code;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    private Subject subject;
    private String language;
    @Column(name = "position_code")
    private String positionCode;

    protected QuestionBank() {
    }

    public QuestionBank(String code, String name, Subject subject, String language, String positionCode) {
        this.code = code;
        this.name = name;
        this.subject = subject;
        this.language = language;
        this.positionCode = positionCode;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public Subject getSubject() { return subject; }
    public String getLanguage() { return language; }
    public String getPositionCode() { return positionCode; }
}
