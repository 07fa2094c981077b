package org.caseloop.platform.web.api;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * An optional boolean query or path parameter ({@link Boolean}) is {@code true} or {@code false}. JAX-RS reads it
 * with {@link Boolean#valueOf(String)}, which makes {@code yes}, {@code 1} or a typing error silently {@code false}.
 */
@Provider
public class StrictBooleanParameters implements ParamConverterProvider {

    static final ParamConverter<Boolean> STRICT = new ParamConverter<>() {
        @Override
        public Boolean fromString(String value) {
            if (value == null) {
                return null;
            }
            return switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new InvalidParameterException("", "api.param.boolean");
            };
        }

        @Override
        public String toString(Boolean value) {
            return value == null ? null : value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == Boolean.class ? (ParamConverter<T>) STRICT : null;
    }
}
