package org.caseloop.platform.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * Reads every JSON request body of the API into its Java type strictly: the body is parsed once, refused if nested
 * deeper than {@link #MAX_DEPTH} or if it does not fit the type ({@link JsonShape}), and only then bound by the
 * strict JSON-B of {@link StrictJsonb}. As an application provider it is chosen before the runtime's own JSON-B
 * reader. Texts, streams and JSON-P values are left to the runtime: their resources read them themselves.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    /** Deeper than any body of the API; a deeper one is an attack on the parser or on the code that walks it. */
    public static final int MAX_DEPTH = 32;

    private final Jsonb jsonb = StrictJsonb.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getName().startsWith("org.caseloop.") || Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type) && !MultivaluedMap.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        String text = new String(entityStream.readAllBytes(), charset(mediaType));
        if (text.isBlank()) {
            // No body: the resource's @NotNull says whether one is required.
            return null;
        }
        JsonValue value = parse(text);
        JsonShape.check(value, genericType);
        return jsonb.fromJson(text, genericType);
    }

    /** The body as a JSON value, refused if it is not JSON or is nested deeper than {@link #MAX_DEPTH}. */
    public static JsonValue parse(String text) {
        requireDepthAtMost(text, MAX_DEPTH);
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw new MalformedBodyException("", "api.body.syntax");
        }
    }

    /** Streams through the text without building it, so that a deep nesting costs nothing before it is refused. */
    static void requireDepthAtMost(String text, int maxDepth) {
        int depth = 0;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_ARRAY, START_OBJECT -> {
                        if (++depth > maxDepth) {
                            throw new MalformedBodyException("", "api.body.tooDeep", maxDepth);
                        }
                    }
                    case END_ARRAY, END_OBJECT -> depth--;
                    default -> {
                    }
                }
            }
        } catch (JsonException e) {
            throw new MalformedBodyException("", "api.body.syntax");
        }
    }

    private static java.nio.charset.Charset charset(MediaType mediaType) {
        String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            throw new MalformedBodyException("", "api.body.charset");
        }
    }
}
