package org.caseloop.platform.web.api;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A failure at commit arrives wrapped by the transaction interceptor; judge it by its cause. */
@Provider
public class TransactionalExceptionMapper implements ExceptionMapper<TransactionalException> {

    @Override
    public Response toResponse(TransactionalException e) {
        return PersistenceExceptionMapper.toConflictOr500(e);
    }
}
