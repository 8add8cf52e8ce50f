package vn.thituyen.publication.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A key/value setting, e.g. the authority's name on the letterhead (data, never code). */
@Entity
@Table(name = "app_setting")
public class Setting {

    @Id
    @Column(name = "setting_key")
    private String key;
    @Column(name = "setting_value", nullable = false)
    private String value;

    protected Setting() {
    }

    public Setting(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() { return key; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
}
