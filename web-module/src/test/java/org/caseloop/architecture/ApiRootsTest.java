package org.caseloop.architecture;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each module's REST API sits under its own root, and no two modules claim the same first path segment:
 * the OpenAPI document (ModulePathsFilter) tells endpoints apart by that segment.
 */
class ApiRootsTest {

    @Test
    void everyApplicationHasItsRootAndItsOwnSegments() throws Exception {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        Map<String, String> owner = new HashMap<>();
        for (String name : config.getProperty("caseloop.openapi.applications").split(",")) {
            Class<?> type = Class.forName(name.trim());
            String root = type.getAnnotation(ApplicationPath.class).value();
            assertTrue(root.matches("[a-z]+/api"), name + " is mounted at <module>/api, not " + root);
            Application application = (Application) type.getDeclaredConstructor().newInstance();
            for (Class<?> resource : application.getClasses()) {
                Path path = resource.getAnnotation(Path.class);
                if (path == null || path.value().isEmpty()) {
                    continue;
                }
                String first = path.value().replaceFirst("^/", "").split("/")[0];
                String previous = owner.putIfAbsent(first, root);
                assertTrue(previous == null || previous.equals(root),
                        "'" + first + "' is claimed by both " + previous + " and " + root);
            }
        }
        assertEquals("admin/api", owner.get("audit"));
    }
}
