package org.caseloop.platform.web.api;


import java.util.List;

/**
 * A JSON body that does not fit the type it is bound to: a wrong type, a fraction for a whole number, a number out
 * of range, null in a list, an unknown field, nesting too deep. Names the place in the body and a message code of the
 * platform bundle ({@code api.body.*}), rendered in the caller's language by {@link MalformedBodyMapper}.
 */
public class MalformedBodyException extends RuntimeException {

    private final String path;
    private final String code;
    private final transient List<Object> args;

    public MalformedBodyException(String path, String code, Object... args) {
        super(path + ": " + code);
        this.path = path;
        this.code = code;
        this.args = List.of(args);
    }

    /** Where in the body, e.g. {@code caseIds[0]} or {@code suspects[1].ageAtOffence}; empty for the body. */
    public String path() {
        return path;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.toArray();
    }
}
