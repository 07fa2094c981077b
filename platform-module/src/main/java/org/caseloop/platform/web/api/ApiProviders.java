package org.caseloop.platform.web.api;


import java.util.HashSet;
import java.util.Set;

/**
 * The providers every module's REST application registers, so that all of the API answers errors the
 * same way (application/problem+json) and reads JSON strictly.
 */
public final class ApiProviders {

    private ApiProviders() {
    }

    /** The shared providers plus the module's own resources. */
    public static Set<Class<?>> with(Class<?>... resources) {
        Set<Class<?>> classes = new HashSet<>(Set.of(
                StrictJsonb.class,
                StrictJsonReader.class,
                MalformedBodyMapper.class,
                InvalidParameterMapper.class,
                StrictBooleanParameters.class,
                PlainParameters.class,
                WebApplicationExceptionMapper.class,
                ConstraintViolationMapper.class,
                JsonbExceptionMapper.class,
                ProcessingExceptionMapper.class,
                ConflictMapper.class,
                UnprocessableMapper.class,
                AccessDeniedMapper.class,
                PersistenceExceptionMapper.class,
                TransactionalExceptionMapper.class,
                UnexpectedExceptionMapper.class,
                DeniedResponseAuditFilter.class));
        classes.addAll(Set.of(resources));
        return classes;
    }
}
