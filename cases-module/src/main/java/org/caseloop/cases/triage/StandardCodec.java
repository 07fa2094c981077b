package org.caseloop.cases.triage;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.Procedure;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and writes a {@link ClassificationStandard} as JSON: the form it is stored in and the form an administrator
 * edits. Fields are mapped by hand with JSON-P, so that the stored form does not change when a record component is
 * renamed and so that a missing or misspelt field is an error rather than a silent default.
 */
public final class StandardCodec {

    private static final String DEFAULT_STANDARD = "default-standard.json";
    private static final JsonWriterFactory PRETTY =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private StandardCodec() {
    }

    /** The standard shipped with the application, seeded as version 1 into an empty database. */
    public static ClassificationStandard readDefault() {
        try (InputStream in = StandardCodec.class.getResourceAsStream(DEFAULT_STANDARD)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_STANDARD + " is missing from the classpath");
            }
            return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(ClassificationStandard standard) {
        JsonArrayBuilder categories = Json.createArrayBuilder();
        standard.categories().forEach(c -> categories.add(toJson(c)));
        FastTrackCriteria fast = standard.fastTrack();
        JsonObject json = Json.createObjectBuilder()
                .add("version", standard.version())
                .add("severityThresholdMonths", standard.severityThresholdMonths())
                .add("fastTrack", Json.createObjectBuilder()
                        .add("expedited", fast.expedited())
                        .add("summaryWithGuiltyPlea", fast.summaryWithGuiltyPlea())
                        .add("simpleCategory", fast.simpleCategory()))
                .add("categories", categories)
                .build();
        StringWriter out = new StringWriter();
        try (JsonWriter writer = PRETTY.createWriter(out)) {
            writer.write(json);
        }
        return out.toString();
    }

    private static JsonObjectBuilder toJson(SimpleCaseCategory category) {
        JsonArrayBuilder charges = Json.createArrayBuilder();
        category.charges().forEach(c -> charges.add(Json.createObjectBuilder()
                .add("code", c.code())
                .add("name", c.name())));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", category.id())
                .add("nameZh", category.nameZh())
                .add("nameEn", category.nameEn())
                .add("businessTypes", names(category.businessTypes()))
                .add("procedures", names(category.procedures()))
                .add("guiltyPleaRequired", category.guiltyPleaRequired());
        addNullable(json, "maxSuspects", category.maxSuspects());
        addNullable(json, "maxSentenceMonths", category.maxSentenceMonths());
        return json.add("charges", charges)
                .add("excludesMinors", category.excludesMinors())
                .add("excludesSensitive", category.excludesSensitive());
    }

    // In declaration order, so that the same standard always gives the same text.
    private static <E extends Enum<E>> JsonArrayBuilder names(Collection<E> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.stream().sorted(Comparator.naturalOrder()).forEach(v -> array.add(v.name()));
        return array;
    }

    private static void addNullable(JsonObjectBuilder json, String name, Integer value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    /** @throws IllegalArgumentException if the text is not JSON or a field is missing or of the wrong type */
    public static ClassificationStandard fromJson(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            JsonObject fast = json.getJsonObject("fastTrack");
            return new ClassificationStandard(json.getInt("version"),
                    json.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                            .map(StandardCodec::category).toList(),
                    json.getInt("severityThresholdMonths"),
                    new FastTrackCriteria(fast.getBoolean("expedited"), fast.getBoolean("summaryWithGuiltyPlea"),
                            fast.getBoolean("simpleCategory")));
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
            // JSON-P reports a missing field as a NullPointerException, a wrong type as a ClassCastException and a
            // fraction where a whole number belongs as an ArithmeticException.
            throw new IllegalArgumentException("Not a valid classification standard: " + e.getMessage(), e);
        }
    }

    private static SimpleCaseCategory category(JsonObject json) {
        return new SimpleCaseCategory(json.getString("id"), json.getString("nameZh"), json.getString("nameEn"),
                enums(json.getJsonArray("businessTypes"), BusinessType::valueOf),
                enums(json.getJsonArray("procedures"), Procedure::valueOf),
                json.getBoolean("guiltyPleaRequired"),
                nullableInt(json, "maxSuspects"), nullableInt(json, "maxSentenceMonths"),
                json.getJsonArray("charges").getValuesAs(JsonObject.class).stream()
                        .map(c -> new ChargeRef(c.getString("code"), c.getString("name"))).toList(),
                json.getBoolean("excludesMinors"), json.getBoolean("excludesSensitive"));
    }

    private static <E extends Enum<E>> Set<E> enums(JsonArray array, Function<String, E> valueOf) {
        return array.getValuesAs(JsonString.class).stream().map(s -> valueOf.apply(s.getString()))
                .collect(Collectors.toSet());
    }

    // null means "no limit"; absent is an error like any other missing field (isNull throws for it).
    private static Integer nullableInt(JsonObject json, String name) {
        return json.isNull(name) ? null : json.getJsonNumber(name).intValueExact();
    }
}
