package org.caseloop.cases.triage;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.Procedure;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The elements of a case that triage looks at, taken from the case card.
 *
 * @param procedure                the intended trial procedure; {@code null} while not yet decided, as in arrest review
 * @param suspectCount             number of suspects, at least one
 * @param anyMinor                 a suspect was under 18 at the time of the offence
 * @param anyDetained              a suspect is in custody (羁押)
 * @param chargeCodes              codes from the charges catalogue, e.g. {@code C02043} for 危险驾驶罪
 * @param possibleSentenceMonths   the heaviest sentence the facts could carry, in months; {@link #LIFE_OR_DEATH} for
 *                                 life imprisonment or death
 * @param recommendationMinMonths  lower bound of the sentencing recommendation (量刑建议); {@code null} until one is made
 * @param recommendationMaxMonths  its upper bound; given together with the lower bound
 * @param transferredBySupervisoryCommission the case came from a supervisory commission (监察委员会移送)
 */
public record TriageFacts(BusinessType businessType, Procedure procedure, boolean guiltyPlea, int suspectCount,
                          boolean anyMinor, boolean anyDetained, Set<String> chargeCodes, int possibleSentenceMonths,
                          Integer recommendationMinMonths, Integer recommendationMaxMonths, int victimCount,
                          boolean sensitive, boolean transferredBySupervisoryCommission) {

    /** Possible sentence of life imprisonment or death: above any number of months a category could name. */
    public static final int LIFE_OR_DEATH = Integer.MAX_VALUE;

    public TriageFacts {
        Objects.requireNonNull(businessType, "businessType");
        chargeCodes = chargeCodes == null ? Set.of() : Set.copyOf(chargeCodes);
        if (suspectCount < 1) {
            throw new IllegalArgumentException("A case has at least one suspect, got " + suspectCount);
        }
        if (possibleSentenceMonths < 0 || victimCount < 0) {
            throw new IllegalArgumentException("Months and victims cannot be negative");
        }
        if ((recommendationMinMonths == null) != (recommendationMaxMonths == null)) {
            throw new IllegalArgumentException("A sentencing recommendation has both bounds or none");
        }
        if (recommendationMinMonths != null
                && (recommendationMinMonths < 0 || recommendationMinMonths > recommendationMaxMonths)) {
            throw new IllegalArgumentException("Sentencing recommendation " + recommendationMinMonths + ".."
                    + recommendationMaxMonths + " months is not a range");
        }
    }

    public static Builder builder(BusinessType businessType) {
        return new Builder(businessType);
    }

    public boolean hasRecommendation() {
        return recommendationMaxMonths != null;
    }

    /**
     * The months a category's limit is compared with: once the prosecutor has made a sentencing recommendation its
     * upper bound is the closer estimate, before that the possible sentence.
     */
    public int sentenceBasisMonths() {
        return hasRecommendation() ? recommendationMaxMonths : possibleSentenceMonths;
    }

    /** Builds facts field by field; the defaults describe one adult suspect at liberty, nothing else known. */
    public static final class Builder {
        private final BusinessType businessType;
        private Procedure procedure;
        private boolean guiltyPlea;
        private int suspectCount = 1;
        private boolean anyMinor;
        private boolean anyDetained;
        private Set<String> chargeCodes = Set.of();
        private int possibleSentenceMonths;
        private Integer recommendationMinMonths;
        private Integer recommendationMaxMonths;
        private int victimCount;
        private boolean sensitive;
        private boolean transferredBySupervisoryCommission;

        private Builder(BusinessType businessType) {
            this.businessType = businessType;
        }

        public Builder procedure(Procedure procedure) {
            this.procedure = procedure;
            return this;
        }

        public Builder guiltyPlea(boolean guiltyPlea) {
            this.guiltyPlea = guiltyPlea;
            return this;
        }

        public Builder suspects(int suspectCount) {
            this.suspectCount = suspectCount;
            return this;
        }

        public Builder anyMinor(boolean anyMinor) {
            this.anyMinor = anyMinor;
            return this;
        }

        public Builder anyDetained(boolean anyDetained) {
            this.anyDetained = anyDetained;
            return this;
        }

        public Builder charges(Collection<String> chargeCodes) {
            this.chargeCodes = Set.copyOf(chargeCodes);
            return this;
        }

        public Builder charges(String... chargeCodes) {
            return charges(Set.of(chargeCodes));
        }

        public Builder possibleSentenceMonths(int months) {
            this.possibleSentenceMonths = months;
            return this;
        }

        public Builder recommendation(int minMonths, int maxMonths) {
            this.recommendationMinMonths = minMonths;
            this.recommendationMaxMonths = maxMonths;
            return this;
        }

        public Builder victims(int victimCount) {
            this.victimCount = victimCount;
            return this;
        }

        public Builder sensitive(boolean sensitive) {
            this.sensitive = sensitive;
            return this;
        }

        public Builder transferredBySupervisoryCommission(boolean transferred) {
            this.transferredBySupervisoryCommission = transferred;
            return this;
        }

        public TriageFacts build() {
            return new TriageFacts(businessType, procedure, guiltyPlea, suspectCount, anyMinor, anyDetained,
                    chargeCodes, possibleSentenceMonths, recommendationMinMonths, recommendationMaxMonths, victimCount,
                    sensitive, transferredBySupervisoryCommission);
        }
    }
}
