package vn.thituyen.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thituyen.campaign.EducationLevel;
import vn.thituyen.campaign.Language;

/** A job position (vị trí việc làm) with its quota (chỉ tiêu) and requirements; its exam plan is {@link ExamPart}s. */
@Entity
public class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String agency;

    private int quota;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_education", nullable = false)
    private EducationLevel minEducation;

    /** The majors (chuyên ngành) accepted, as announced; free text. */
    private String majors;

    /** Languages offered for the language part, comma-separated. */
    @Column(nullable = false)
    private String languages;

    @Column(name = "language_exemption", nullable = false)
    private boolean languageExemption;

    @Column(name = "it_exemption", nullable = false)
    private boolean itExemption;

    protected Position() {
    }

    public Position(Long campaignId, String code, String name, String agency, int quota) {
        this.campaignId = campaignId;
        this.code = code;
        update(name, agency, quota, EducationLevel.BACHELOR, null, EnumSet.of(Language.ENGLISH), true, true);
    }

    public final void update(String name, String agency, int quota, EducationLevel minEducation, String majors,
            Set<Language> languages, boolean languageExemption, boolean itExemption) {
        if (quota < 1) {
            throw new IllegalArgumentException("quota must be at least 1");
        }
        this.name = name;
        this.agency = agency;
        this.quota = quota;
        this.minEducation = minEducation;
        this.majors = majors;
        this.languages = languages.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.languageExemption = languageExemption;
        this.itExemption = itExemption;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getAgency() {
        return agency;
    }

    public int getQuota() {
        return quota;
    }

    public EducationLevel getMinEducation() {
        return minEducation;
    }

    public String getMajors() {
        return majors;
    }

    public Set<Language> getLanguages() {
        Set<Language> set = EnumSet.noneOf(Language.class);
        Arrays.stream(languages.split(",")).filter(s -> !s.isBlank()).map(Language::valueOf).forEach(set::add);
        return set;
    }

    public boolean isLanguageExemption() {
        return languageExemption;
    }

    public boolean isItExemption() {
        return itExemption;
    }
}
