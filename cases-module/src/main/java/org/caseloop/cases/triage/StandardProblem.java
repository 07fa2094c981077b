package org.caseloop.cases.triage;

/**
 * One thing that keeps a classification standard from being published, in a form each language can word: the rule
 * broken, the category concerned (1-based, {@code 0} for the standard as a whole) and the offending value if any.
 * The page words it through the keys {@code standard.violation.<RULE>}; the API uses {@link #english()}.
 */
public record StandardProblem(int category, String categoryId, Rule rule, Object value) {

    /** The rules, each with its English wording. */
    public enum Rule {
        NO_CATEGORIES("The standard has no simple-case categories"),
        NEGATIVE_THRESHOLD("Severity threshold months must not be negative"),
        BLANK_ID("id is blank"),
        DUPLICATE_ID("id is used by an earlier category"),
        NAMES_REQUIRED("Chinese and English names are both required"),
        NO_BUSINESS_TYPE("applies to no business type"),
        NEGATIVE_MONTHS("max sentence months must not be negative"),
        TOO_FEW_SUSPECTS("max suspects must be at least 1"),
        INCOMPLETE_CHARGE("every charge needs a code and a name");

        private final String english;

        Rule(String english) {
            this.english = english;
        }
    }

    static StandardProblem ofStandard(Rule rule, Object value) {
        return new StandardProblem(0, null, rule, value);
    }

    /** The key of the rule's text in the cases bundle, with {0} for the value. */
    public String key() {
        return "standard.violation." + rule.name();
    }

    public String english() {
        String text = rule.english + (value == null ? "" : ": " + value);
        if (category == 0) {
            return text;
        }
        return "Category " + category + (categoryId == null || categoryId.isBlank() ? "" : " (" + categoryId + ")")
                + ": " + text;
    }
}
