package org.caseloop.platform.web.api;


import java.util.List;

/**
 * A query or path parameter with a value the operation cannot take: 400 naming the parameter, with a message code of
 * the platform bundle ({@code api.param.*}) rendered in the caller's language by {@link InvalidParameterMapper}.
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String code;
    private final transient List<Object> args;

    public InvalidParameterException(String parameter, String code, Object... args) {
        super(parameter + ": " + code);
        this.parameter = parameter;
        this.code = code;
        this.args = List.of(args);
    }

    /** A parameter that must name one constant of an enum and names none. */
    public static InvalidParameterException notOneOf(String parameter, Class<? extends Enum<?>> type) {
        return new InvalidParameterException(parameter, "api.param.enum", parameter,
                java.util.Arrays.toString(type.getEnumConstants()));
    }

    public String parameter() {
        return parameter;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.toArray();
    }
}
