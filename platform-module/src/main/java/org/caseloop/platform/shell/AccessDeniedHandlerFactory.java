package org.caseloop.platform.shell;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import org.caseloop.platform.audit.AuditEvent;
import org.caseloop.platform.audit.AuditOutcome;
import org.caseloop.platform.audit.AuditTrail;
import org.caseloop.platform.web.AccessDeniedException;

import java.util.Iterator;
import java.util.Map;

/**
 * A page action refused by a service (another administrator's duty, an office outside the caller's scope)
 * stays on its page with the reason as an error message, and the refusal is audited as the API's is;
 * every other exception goes on to the error pages.
 */
public class AccessDeniedHandlerFactory extends ExceptionHandlerFactory {

    public AccessDeniedHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                AccessDeniedException denied = deniedIn(events.next().getContext().getException());
                if (denied != null) {
                    events.remove();
                    CDI.current().select(AuditTrail.class).get().record(new AuditEvent(null, null,
                            denied.objectType(), denied.objectId(), "ACCESS_DENIED", AuditOutcome.DENIED, Map.of()));
                    FacesContext faces = FacesContext.getCurrentInstance();
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, denied.getMessage(), null));
                    faces.validationFailed();
                }
            }
            getWrapped().handle();
        }

        private static AccessDeniedException deniedIn(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof AccessDeniedException denied) {
                    return denied;
                }
            }
            return null;
        }
    }
}
