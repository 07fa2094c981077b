package org.caseloop.platform.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A department (部门) of one procuratorate, e.g. 第一检察部. */
@Entity
@Table(name = "platform_department")
public class Department {

    @Id
    @SequenceGenerator(name = "platform_org_seq", sequenceName = "platform_org_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_org_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procuratorate_id", nullable = false)
    private Procuratorate procuratorate;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Department() {
    }

    public Department(Procuratorate procuratorate, String code, String name) {
        this.procuratorate = procuratorate;
        this.code = code;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Procuratorate getProcuratorate() {
        return procuratorate;
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
