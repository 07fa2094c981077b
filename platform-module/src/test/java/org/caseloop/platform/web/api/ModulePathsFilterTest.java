package org.caseloop.platform.web.api;

import org.eclipse.microprofile.openapi.models.PathItem;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ModulePathsFilterTest {

    private static PathItem item() {
        return (PathItem) Proxy.newProxyInstance(PathItem.class.getClassLoader(), new Class<?>[] {PathItem.class},
                (proxy, method, args) -> method.getName().equals("hashCode") ? System.identityHashCode(proxy) : null);
    }

    @Test
    void everyPathGoesUnderTheRootOfTheApplicationThatServesIt() {
        PathItem audit = item();
        PathItem deadline = item();
        PathItem root = item();
        Map<String, PathItem> scanned = new LinkedHashMap<>();
        scanned.put("/review/api/audit/verification", audit);
        scanned.put("/review/api/calendar/deadline", deadline);
        scanned.put("/review/api", root);

        Map<String, PathItem> remapped = ModulePathsFilter.remap(scanned,
                List.of("/admin/api", "/cases/api", "/review/api"), List.of("/cases/api", "/review/api"),
                Map.of("audit", "/admin/api", "calendar", "/cases/api"));

        assertEquals(List.of("/admin/api/audit/verification", "/cases/api", "/cases/api/calendar/deadline", "/review/api"),
                List.copyOf(remapped.keySet()));
        assertSame(audit, remapped.get("/admin/api/audit/verification"));
        assertSame(root, remapped.get("/cases/api"));
    }

    @Test
    void aPathOfNoKnownApplicationIsKept() {
        PathItem other = item();
        Map<String, PathItem> remapped = ModulePathsFilter.remap(Map.of("/review/api/unknown", other),
                List.of("/review/api"), List.of(), Map.of());
        assertSame(other, remapped.get("/review/api/unknown"));
    }
}
