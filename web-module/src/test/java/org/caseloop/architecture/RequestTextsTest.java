package org.caseloop.architecture;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import org.caseloop.platform.validation.PlainText;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text in a JSON request body of every module follows the one shared rule for texts, {@link PlainText} (a
 * size and no control characters), or a stricter {@link Pattern}; a text field added without it fails here.
 */
class RequestTextsTest {

    private static final List<Class<? extends Annotation>> PARAMETERS = List.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);
    private static final List<Class<? extends Annotation>> WRITES = List.of(POST.class, PUT.class, PATCH.class,
            DELETE.class);

    @Test
    void everyTextOfARequestBodyIsPlainText() throws Exception {
        Set<String> unruled = new TreeSet<>();
        Set<Class<?>> bodies = new HashSet<>();
        for (Class<?> resource : resources()) {
            for (Method method : resource.getMethods()) {
                if (WRITES.stream().noneMatch(method::isAnnotationPresent)) {
                    continue;
                }
                for (Parameter p : method.getParameters()) {
                    if (PARAMETERS.stream().noneMatch(p::isAnnotationPresent) && p.getType().isRecord()) {
                        check(p.getType(), unruled, bodies);
                    }
                }
            }
        }
        assertTrue(bodies.size() >= 10, "only " + bodies + " request bodies found");
        assertEquals(Set.of(), unruled, "Texts of request bodies without @PlainText");
    }

    private static void check(Class<?> record, Set<String> unruled, Set<Class<?>> seen) {
        if (!seen.add(record)) {
            return;
        }
        for (RecordComponent c : record.getRecordComponents()) {
            String name = record.getSimpleName() + "." + c.getName();
            checkType(c.getAnnotatedType(), name, unruled, seen);
        }
    }

    private static void checkType(AnnotatedType type, String name, Set<String> unruled, Set<Class<?>> seen) {
        if (type.getType() == String.class) {
            if (!type.isAnnotationPresent(PlainText.class) && !type.isAnnotationPresent(Pattern.class)) {
                unruled.add(name);
            }
        } else if (type instanceof AnnotatedParameterizedType p) {
            for (AnnotatedType argument : p.getAnnotatedActualTypeArguments()) {
                checkType(argument, name + "[]", unruled, seen);
            }
        } else if (type.getType() instanceof Class<?> c && c.isRecord()) {
            check(c, unruled, seen);
        }
    }

    private static Set<Class<?>> resources() throws Exception {
        Properties config = new Properties();
        try (InputStream in = RequestTextsTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        Set<Class<?>> resources = new HashSet<>();
        for (String name : config.getProperty("caseloop.openapi.applications").split(",")) {
            Application application = (Application) Class.forName(name.trim()).getDeclaredConstructor().newInstance();
            resources.addAll(application.getClasses());
        }
        return resources;
    }
}
