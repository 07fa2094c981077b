package org.caseloop.platform.web.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.caseloop.platform.web.Problem;

import java.sql.SQLException;

/** Concurrent edits and constraint violations are conflicts (409); anything else stays a 500. */
@Provider
public class PersistenceExceptionMapper implements ExceptionMapper<PersistenceException> {

    @Override
    public Response toResponse(PersistenceException e) {
        return toConflictOr500(e);
    }

    static Response toConflictOr500(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return Problem.response(Response.Status.CONFLICT,
                        "Someone else changed this record meanwhile; reload it and try again");
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return Problem.response(Response.Status.CONFLICT,
                        "The change conflicts with existing data (a duplicate or a missing reference)");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return UnexpectedExceptionMapper.internalError(e);
    }
}
