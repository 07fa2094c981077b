package org.caseloop.platform.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A procuratorate (检察院). Its short name heads its case numbers, e.g. 威检 in 威检刑诉受〔2026〕12号. */
@Entity
@Table(name = "platform_procuratorate")
public class Procuratorate {

    @Id
    @SequenceGenerator(name = "platform_org_seq", sequenceName = "platform_org_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_org_seq")
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "short_name", nullable = false, length = 20)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_level", nullable = false, length = 16)
    private OrgLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Procuratorate parent;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Procuratorate() {
    }

    public Procuratorate(String code, String name, String shortName, OrgLevel level, Procuratorate parent) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.level = level;
        this.parent = parent;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public OrgLevel getLevel() {
        return level;
    }

    public Procuratorate getParent() {
        return parent;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
