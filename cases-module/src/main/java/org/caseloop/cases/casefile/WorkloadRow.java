package org.caseloop.cases.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A row of {@code cases_workload}, for reading only: {@link Workloads} changes it with atomic updates. */
@Entity
@Table(name = "cases_workload")
@IdClass(WorkloadRow.Key.class)
public class WorkloadRow {

    @Id
    @Column(name = "owner_kind", length = 8)
    private String ownerKind;
    @Id
    @Column(name = "owner_id")
    private long ownerId;
    @Column(name = "open_cases", nullable = false)
    private int openCases;
    @Column(name = "open_weight", nullable = false)
    private int openWeight;

    protected WorkloadRow() {
    }

    public String getOwnerKind() { return ownerKind; }
    public long getOwnerId() { return ownerId; }
    public int getOpenCases() { return openCases; }
    public int getOpenWeight() { return openWeight; }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String ownerKind;
        private long ownerId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.ownerId == ownerId && Objects.equals(k.ownerKind, ownerKind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ownerKind, ownerId);
        }
    }
}
