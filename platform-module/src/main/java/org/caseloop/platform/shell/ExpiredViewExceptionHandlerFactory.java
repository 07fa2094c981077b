package org.caseloop.platform.shell;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Iterator;

/**
 * A form posted with an unknown or expired view state shows the expired page (error/expired.xhtml) with 400, instead
 * of the 500 page. The web.xml error page for {@link ViewExpiredException} alone is not enough: the runtime wraps the
 * exception, and the wrapper matches the catch-all {@code Throwable} error page first. A state token that is not even
 * well-formed fails the restoring of the view with another exception; for the user it is the same expired form.
 */
public class ExpiredViewExceptionHandlerFactory extends ExceptionHandlerFactory {

    static final String EXPIRED_VIEW = "/error/expired.xhtml";

    public ExpiredViewExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEventContext event = events.next().getContext();
                if (expired(event.getException()) || restoringPostedView(event)) {
                    events.remove();
                    showExpiredPage(FacesContext.getCurrentInstance());
                }
            }
            getWrapped().handle();
        }

        private static boolean restoringPostedView(ExceptionQueuedEventContext event) {
            return PhaseId.RESTORE_VIEW.equals(event.getPhaseId()) && event.getContext().getExternalContext()
                    .getRequest() instanceof HttpServletRequest request && "POST".equals(request.getMethod());
        }

        private static boolean expired(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void showExpiredPage(FacesContext faces) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
            faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, EXPIRED_VIEW));
            faces.getPartialViewContext().setRenderAll(true);
            faces.renderResponse();
        }
    }
}
