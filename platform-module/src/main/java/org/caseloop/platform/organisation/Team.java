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

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A team within a department. Fast-trial teams (快审团队) take simple cases of the business types they
 * are able to handle; the types are business-type codes of the cases module, kept as plain text
 * so that the platform does not depend on that module.
 */
@Entity
@Table(name = "platform_team")
public class Team {

    @Id
    @SequenceGenerator(name = "platform_org_seq", sequenceName = "platform_org_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_org_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "fast_trial", nullable = false)
    private boolean fastTrial;

    @Column(name = "business_types", nullable = false, length = 200)
    private String businessTypes = "";

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Team() {
    }

    public Team(Department department, String name, boolean fastTrial, Set<String> businessTypes) {
        this.department = department;
        this.name = name;
        this.fastTrial = fastTrial;
        setBusinessTypes(businessTypes);
    }

    public Long getId() {
        return id;
    }

    public Department getDepartment() {
        return department;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isFastTrial() {
        return fastTrial;
    }

    public void setFastTrial(boolean fastTrial) {
        this.fastTrial = fastTrial;
    }

    public Set<String> getBusinessTypes() {
        return Arrays.stream(businessTypes.split(","))
                .filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public void setBusinessTypes(Set<String> types) {
        this.businessTypes = String.join(",", new TreeSet<>(types));
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
