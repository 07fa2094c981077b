package org.caseloop.cases.api;

/** Simple or complex (繁简分流): simple cases go to the fast-trial teams. */
public enum Complexity {
    SIMPLE("简案"),
    COMPLEX("繁案");

    private final String chineseName;

    Complexity(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name prosecutors use, shown first in the user interface. */
    public String chineseName() {
        return chineseName;
    }
}
