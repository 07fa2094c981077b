package org.caseloop.platform.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts each endpoint of the OpenAPI document under its own module's root. The web module holds one
 * JAX-RS application per module ({@code /cases/api}, {@code /admin/api} …), but the OpenAPI scanner
 * prefixes every path with the first application path it finds; this filter knows the applications
 * (listed in {@code caseloop.openapi.applications}) and which resources each one serves.
 */
public class ModulePathsFilter implements OASFilter {

    static final String APPLICATIONS = "caseloop.openapi.applications";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<String> roots = new ArrayList<>();
        List<String> rootsWithRootResource = new ArrayList<>();
        Map<String, String> rootOfFirstSegment = new HashMap<>();
        for (String name : ConfigProvider.getConfig().getValue(APPLICATIONS, String[].class)) {
            Application application = instantiate(name.trim());
            String root = "/" + trim(application.getClass().getAnnotation(ApplicationPath.class).value());
            roots.add(root);
            for (Class<?> resource : application.getClasses()) {
                Path path = resource.getAnnotation(Path.class);
                if (path == null) {
                    continue;
                }
                String first = firstSegment(trim(path.value()));
                if (first.isEmpty()) {
                    rootsWithRootResource.add(root);
                } else {
                    rootOfFirstSegment.put(first, root);
                }
            }
        }
        openAPI.getPaths().setPathItems(remap(openAPI.getPaths().getPathItems(), roots, rootsWithRootResource,
                rootOfFirstSegment));
    }

    static Map<String, PathItem> remap(Map<String, PathItem> items, List<String> roots,
                                       List<String> rootsWithRootResource, Map<String, String> rootOfFirstSegment) {
        Map<String, PathItem> remapped = new TreeMap<>();
        items.forEach((path, item) -> {
            String relative = stripRoot(path, roots);
            if (relative.isEmpty()) {
                rootsWithRootResource.forEach(root -> remapped.put(root, item));
                return;
            }
            String root = rootOfFirstSegment.get(firstSegment(relative));
            remapped.put(root == null ? path : root + "/" + relative, item);
        });
        return remapped;
    }

    private static String stripRoot(String path, List<String> roots) {
        for (String root : roots) {
            if (path.equals(root)) {
                return "";
            }
            if (path.startsWith(root + "/")) {
                return path.substring(root.length() + 1);
            }
        }
        return trim(path);
    }

    private static String firstSegment(String relative) {
        int slash = relative.indexOf('/');
        return slash < 0 ? relative : relative.substring(0, slash);
    }

    private static String trim(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static Application instantiate(String className) {
        try {
            return (Application) Class.forName(className, true, ModulePathsFilter.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the JAX-RS application " + className, e);
        }
    }
}
