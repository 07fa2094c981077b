package org.caseloop.architecture;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CSRF defence of the REST APIs, which also take the browser's session cookie: a page on another site
 * can make the browser send a POST only as a form (url-encoded or multipart) or as text/plain. Every
 * POST, PUT and PATCH therefore consumes application/json alone, which such a request never is (415).
 * DELETE is left out: no browser sends it across sites without a CORS preflight, which we never grant.
 */
class StateChangingEndpointsTest {

    @Test
    void everyStateChangingEndpointConsumesJsonOnly() throws Exception {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        List<String> offenders = new ArrayList<>();
        int checked = 0;
        for (String name : config.getProperty("caseloop.openapi.applications").split(",")) {
            Application application = (Application) Class.forName(name.trim()).getDeclaredConstructor().newInstance();
            for (Class<?> resource : application.getClasses()) {
                for (Method method : resource.getMethods()) {
                    if (!method.isAnnotationPresent(POST.class) && !method.isAnnotationPresent(PUT.class)
                            && !method.isAnnotationPresent(PATCH.class)) {
                        continue;
                    }
                    checked++;
                    Consumes consumes = method.isAnnotationPresent(Consumes.class)
                            ? method.getAnnotation(Consumes.class) : resource.getAnnotation(Consumes.class);
                    if (consumes == null || !List.of(consumes.value()).equals(List.of(MediaType.APPLICATION_JSON))) {
                        offenders.add(resource.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertTrue(checked > 10, "only " + checked + " state-changing endpoints found");
        assertEquals(List.of(), offenders, "state-changing endpoints that do not consume application/json alone");
    }
}
