package org.caseloop.platform.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One field's value before and after a change; either side may be null. */
public record FieldChange(String before, String after) {

    public static FieldChange of(Object before, Object after) {
        return new FieldChange(before == null ? null : before.toString(), after == null ? null : after.toString());
    }

    public static FieldChange created(Object after) {
        return of(null, after);
    }

    public boolean isChange() {
        return !Objects.equals(before, after);
    }

    /** Collects changes in insertion order, leaving out fields whose value did not change. */
    public static final class Builder {
        private final Map<String, FieldChange> changes = new LinkedHashMap<>();

        public Builder field(String name, Object before, Object after) {
            FieldChange change = of(before, after);
            if (change.isChange()) {
                changes.put(name, change);
            }
            return this;
        }

        public Map<String, FieldChange> build() {
            return changes;
        }
    }

    public static Builder changes() {
        return new Builder();
    }
}
