package org.caseloop.platform.health;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.caseloop.platform.organisation.Roles;
import org.caseloop.platform.web.RequestOrigin;

import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code GET /metrics}: the JVM's memory, garbage collection, threads, class loading and process figures in the
 * Prometheus text format. Served by the application rather than Liberty's mpMetrics, whose endpoint knows only
 * the server's own user registry, so that {@link MetricsAccess} and the OPERATIONS role decide who reads it.
 */
@WebServlet(name = "metrics", urlPatterns = "/metrics")
public class MetricsEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestOrigin origin;

    private transient PrometheusRegistry registry;

    @Override
    public void init() {
        registry = new PrometheusRegistry();
        JvmMetrics.builder().register(registry);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws ServletException, IOException {
        if (!MetricsAccess.isLoopback(origin.ip())) {
            // Asks for HTTP Basic or the session; the authentication mechanism answers 401 itself.
            if (req.getUserPrincipal() == null && !req.authenticate(res)) {
                return;
            }
            if (!req.isUserInRole(Roles.OPERATIONS)) {
                res.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
        res.setContentType(writer.getContentType());
        try (OutputStream out = res.getOutputStream()) {
            writer.write(out, registry.scrape());
        }
    }
}
