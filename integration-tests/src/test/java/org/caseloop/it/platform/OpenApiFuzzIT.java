package org.caseloop.it.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.caseloop.it.Api;
import org.caseloop.it.Deployments;
import org.caseloop.it.Fixtures;
import org.caseloop.it.cases.CaseFixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every operation the OpenAPI document names with malformed input (wrong types, nulls in lists, huge and
 * fractional numbers, deep nesting, control characters, over-long texts, no body, the wrong content type, bad path
 * and query parameters) as an administrator, a case office and a handler, and fails on any 5xx, naming the
 * operation and the input. The inputs are built from the document itself, the order of users from a fixed seed, and
 * every operation gets a bounded number of requests, so that a run is the same every time and takes about a minute.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiFuzzIT {

    private static final long SEED = 20261203L;
    private static final int MAX_REQUESTS_PER_OPERATION = 160;
    private static final int MAX_REQUESTS = 4_000;
    private static final String CONTROL = "\u0000\u001b[2J\u001b[31m\u0007\u202e";
    private static final String LONG_TEXT = "长".repeat(5_000);
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");
    /** Stands for a value too deep to build as a JSON-P value; replaced in the body text. */
    private static final String DEEP = "@@deep@@";
    private static final String DEEP_LIST = "[".repeat(1_000) + "]".repeat(1_000);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    /** One malformed request: what it is (for the report), the path and query, and the body with its type. */
    private record Input(String description, String path, String contentType, String body) {
    }

    /** The users the requests rotate through, and the ids of the data the fuzzing may change. */
    private record World(List<Fixtures.Staff> users, Fixtures.Staff passwordUser, Map<String, String> ids) {
    }

    @Test
    void noOperationAnswers5xxToMalformedInput() {
        World world = world();
        JsonObject document = openApi();
        JsonObject paths = document.getJsonObject("paths");
        int operations = 0;
        for (String template : new java.util.TreeSet<>(paths.keySet())) {
            JsonObject item = paths.getJsonObject(template);
            for (String method : METHODS) {
                if (item.containsKey(method)) {
                    operations++;
                    fuzz(document, world, method, template, item.getJsonObject(method),
                            item.getJsonArray("parameters"));
                }
            }
        }
        assertTrue(operations >= 30, "The OpenAPI document names only " + operations + " operations");
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " requests answered 5xx:\n"
                + String.join("\n", failures));
    }

    private World world() {
        CaseFixtures f = CaseFixtures.create();
        JsonObject card = f.register(f.simpleSubmission(Fixtures.unique("FZ-")));
        Fixtures.Staff admin = Fixtures.staff(f.org().cityId(), null, null, "ADMIN");
        Fixtures.Staff passwordUser = Fixtures.staff(f.org().cityId(), null, null, "CASE_OFFICE");
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("/cases/api/cases/{id}", String.valueOf(card.getJsonNumber("id").longValue()));
        ids.put("/admin/api/staff/{id}", String.valueOf(f.ordinaryHandlerB().id()));
        ids.put("{staffId}", String.valueOf(f.ordinaryHandlerB().id()));
        ids.put("/procuratorates/{id}", String.valueOf(f.org().districtId()));
        ids.put("/departments/{id}", String.valueOf(f.org().districtFirstDepartment()));
        ids.put("/teams/{id}", String.valueOf(f.fastTrialTeam()));
        // A year before any calendar: the fuzzing must never add or change a real year that other tests count on.
        ids.put("{year}", "1999");
        ids.put("{date}", "1999-01-04");
        ids.put("{label}", "SIMPLE");
        return new World(List.of(admin, f.caseOffice(), f.teamHandlerA()), passwordUser, ids);
    }

    private JsonObject openApi() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(Api.BASE + "/openapi"))
                .header("Accept", "application/json").GET());
        assertTrue(r.statusCode() == 200 && r.body().trim().startsWith("{"),
                "/openapi must serve JSON: " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
        return (JsonObject) Api.parse(r.body());
    }

    private void fuzz(JsonObject document, World world, String method, String template, JsonObject operation,
                      JsonArray pathLevelParameters) {
        List<JsonObject> parameters = new ArrayList<>();
        if (pathLevelParameters != null) {
            pathLevelParameters.forEach(p -> parameters.add(resolve(document, p.asJsonObject())));
        }
        if (operation.containsKey("parameters")) {
            operation.getJsonArray("parameters").forEach(p -> parameters.add(resolve(document, p.asJsonObject())));
        }
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> queryValues = new LinkedHashMap<>();
        Map<String, JsonObject> schemas = new LinkedHashMap<>();
        for (JsonObject p : parameters) {
            String name = p.getString("name");
            JsonObject schema = p.containsKey("schema") ? resolve(document, p.getJsonObject("schema")) : JsonValue.EMPTY_JSON_OBJECT;
            schemas.put(name, schema);
            switch (p.getString("in", "")) {
                case "path" -> pathValues.put(name, pathDefault(world, template, name, schema));
                case "query" -> queryValues.put(name, queryDefault(name, schema));
                default -> {
                }
            }
        }
        List<Input> inputs = new ArrayList<>();
        String valid = url(template, pathValues, queryValues);
        pathValues.keySet().forEach(name -> {
            for (String bad : badParameterValues(schemas.get(name))) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(name, bad);
                inputs.add(new Input("path " + name + "=" + bad, url(template, values, queryValues), null, null));
            }
        });
        queryValues.keySet().forEach(name -> {
            for (String bad : badParameterValues(schemas.get(name))) {
                Map<String, String> values = new LinkedHashMap<>(queryValues);
                values.put(name, bad);
                inputs.add(new Input("query " + name + "=" + bad, url(template, pathValues, values), null, null));
            }
        });
        if (!queryValues.isEmpty()) {
            inputs.add(new Input("every query parameter set", valid, null, null));
        }
        if (!method.equals("get") && !method.equals("delete")) {
            JsonValue sample = sample(document, bodySchema(document, operation), 0);
            badBodies(sample).forEach((description, body) ->
                    inputs.add(new Input("body " + description, valid, "application/json", body)));
            inputs.add(new Input("a text/plain body", valid, "text/plain", "x"));
        }
        String operationName = method.toUpperCase() + " " + template;
        for (Input input : inputs.subList(0, Math.min(inputs.size(), MAX_REQUESTS_PER_OPERATION))) {
            if (requests >= MAX_REQUESTS) {
                return;
            }
            Fixtures.Staff user = template.startsWith("/admin/api/account")
                    ? world.passwordUser() : world.users().get(random.nextInt(world.users().size()));
            HttpResponse<String> r = send(method, input, user);
            requests++;
            if (r.statusCode() >= 500) {
                failures.add(operationName + " as " + user.username() + " — " + abbreviate(input.description())
                        + " → " + r.statusCode() + " " + abbreviate(r.body()));
            }
        }
    }

    private static String pathDefault(World world, String template, String name, JsonObject schema) {
        for (Map.Entry<String, String> id : world.ids().entrySet()) {
            if (template.contains(id.getKey()) || id.getKey().equals("{" + name + "}")) {
                return id.getValue();
            }
        }
        // An id of nothing: whatever the request, it can change no data another test relies on.
        return isNumeric(schema) ? "999999999" : first(schema, "x");
    }

    private static String queryDefault(String name, JsonObject schema) {
        return switch (schema.getString("type", "string")) {
            case "integer", "number" -> name.equals("count") || name.equals("days") || name.equals("limit") ? "1" : "0";
            case "boolean" -> "true";
            default -> switch (name) {
                case "label" -> "SIMPLE";
                case "stage" -> "RECEIVED";
                case "risk" -> "HIGH";
                case "from", "to", "start" -> "2020-01-06";
                default -> first(schema, "x");
            };
        };
    }

    private static List<String> badParameterValues(JsonObject schema) {
        List<String> values = new ArrayList<>(List.of("%20", "%00", "%1B%5B31m", "x".repeat(300)));
        if (isNumeric(schema)) {
            values.addAll(List.of("1.5", "-1", "-2147483649", "99999999999999999999", "1e400", "abc"));
        } else if ("boolean".equals(schema.getString("type", ""))) {
            values.addAll(List.of("yes", "1", "TRUE "));
        } else {
            values.addAll(List.of("SIMPLE", "2099-01-01", "0000-01-01", "-1"));
        }
        return values;
    }

    /** Whole-body variants, then each property of the sample broken in turn. */
    private static Map<String, String> badBodies(JsonValue sample) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("empty", "");
        bodies.put("null", "null");
        bodies.put("a list", "[]");
        bodies.put("a text", "\"x\"");
        bodies.put("a number", "1");
        bodies.put("cut off", "{\"a\":");
        bodies.put("lists nested 1000 deep", "[".repeat(1_000) + "]".repeat(1_000));
        bodies.put("objects nested 1000 deep", "{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000));
        bodies.put("the sample", sample.toString());
        if (sample.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject object = sample.asJsonObject();
            bodies.put("an unknown field", Json.createObjectBuilder(object).add("zz", 1).build().toString());
            for (String property : object.keySet()) {
                for (Map.Entry<String, JsonValue> bad : badValues(object.get(property)).entrySet()) {
                    bodies.put(property + "=" + bad.getKey(), Json.createObjectBuilder(object)
                            .add(property, bad.getValue()).build().toString().replace("\"" + DEEP + "\"", DEEP_LIST));
                }
                nestedBadBodies(object, property, bodies);
            }
        }
        return bodies;
    }

    /** The properties of an object inside a list (suspects[0].ageAtOffence ...), broken in turn. */
    private static void nestedBadBodies(JsonObject object, String property, Map<String, String> bodies) {
        JsonValue value = object.get(property);
        if (value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().isEmpty()
                || value.asJsonArray().get(0).getValueType() != JsonValue.ValueType.OBJECT) {
            return;
        }
        JsonObject element = value.asJsonArray().getJsonObject(0);
        for (String inner : element.keySet()) {
            for (Map.Entry<String, JsonValue> bad : badValues(element.get(inner)).entrySet()) {
                if (bad.getKey().startsWith("wrong type") || bad.getKey().equals("null")) {
                    JsonObject broken = Json.createObjectBuilder(element).add(inner, bad.getValue()).build();
                    bodies.put(property + "[0]." + inner + "=" + bad.getKey(), Json.createObjectBuilder(object)
                            .add(property, Json.createArrayBuilder().add(broken)).build().toString());
                }
            }
        }
    }

    private static Map<String, JsonValue> badValues(JsonValue value) {
        Map<String, JsonValue> bad = new LinkedHashMap<>();
        bad.put("null", JsonValue.NULL);
        switch (value.getValueType()) {
            case STRING -> {
                bad.put("wrong type (number)", Json.createValue(12345));
                bad.put("control characters", Json.createValue(((JsonString) value).getString() + CONTROL));
                bad.put("5000 characters", Json.createValue(LONG_TEXT));
                bad.put("year 0", Json.createValue("0000-01-01"));
                bad.put("year 2099", Json.createValue("2099-01-01"));
            }
            case NUMBER -> {
                bad.put("wrong type (text)", Json.createValue("12"));
                bad.put("below int", Json.createValue(new java.math.BigInteger("-2147483649")));
                bad.put("above long", Json.createValue(new java.math.BigInteger("99999999999999999999")));
                bad.put("fraction", Json.createValue(1.5));
                bad.put("huge exponent", Json.createValue(new java.math.BigDecimal("1e400")));
            }
            case TRUE, FALSE -> {
                bad.put("wrong type (1)", Json.createValue(1));
                bad.put("wrong type (\"yes\")", Json.createValue("yes"));
            }
            case ARRAY -> {
                bad.put("wrong type (object)", JsonValue.EMPTY_JSON_OBJECT);
                bad.put("[null]", Json.createArrayBuilder().addNull().build());
                bad.put("[1.5]", Json.createArrayBuilder().add(1.5).build());
                bad.put("[\"x\" + controls]", Json.createArrayBuilder().add("x" + CONTROL).build());
                bad.put("a list nested 1000 deep", Json.createValue(DEEP));
            }
            case OBJECT -> {
                bad.put("wrong type (list)", JsonValue.EMPTY_JSON_ARRAY);
                bad.put("an object nested 40 deep", Api.parse("{\"a\":".repeat(40) + "1" + "}".repeat(40)));
            }
            default -> bad.put("wrong type (text)", Json.createValue("x"));
        }
        return bad;
    }

    private static JsonObject bodySchema(JsonObject document, JsonObject operation) {
        JsonObject body = operation.getJsonObject("requestBody");
        if (body == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonObject content = resolve(document, body).getJsonObject("content");
        if (content == null || content.isEmpty()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonObject media = content.containsKey("application/json") ? content.getJsonObject("application/json")
                : content.getJsonObject(content.keySet().iterator().next());
        return media.containsKey("schema") ? resolve(document, media.getJsonObject("schema")) : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** A plain, harmless value of the schema: the first enum constant, 1, true, "x", a date in 2020. */
    private static JsonValue sample(JsonObject document, JsonObject schema, int depth) {
        JsonObject s = resolve(document, schema);
        if (depth > 6) {
            return JsonValue.NULL;
        }
        if (s.containsKey("allOf")) {
            return sample(document, s.getJsonArray("allOf").getJsonObject(0), depth + 1);
        }
        if (s.containsKey("enum")) {
            return s.getJsonArray("enum").get(0);
        }
        String type = s.getString("type", s.containsKey("properties") ? "object" : "");
        return switch (type) {
            case "object" -> {
                var object = Json.createObjectBuilder();
                JsonObject properties = s.getJsonObject("properties");
                if (properties != null) {
                    properties.forEach((name, p) -> object.add(name, sample(document, p.asJsonObject(), depth + 1)));
                }
                yield object.build();
            }
            case "array" -> Json.createArrayBuilder()
                    .add(sample(document, s.getJsonObject("items") == null ? JsonValue.EMPTY_JSON_OBJECT
                            : s.getJsonObject("items"), depth + 1)).build();
            case "integer", "number" -> Json.createValue(1);
            case "boolean" -> JsonValue.TRUE;
            case "string" -> "date".equals(s.getString("format", "")) ? Json.createValue("2020-01-06")
                    : Json.createValue("x" + Integer.toString(depth));
            default -> JsonValue.EMPTY_JSON_OBJECT;
        };
    }

    private static JsonObject resolve(JsonObject document, JsonObject schema) {
        JsonObject s = schema;
        for (int i = 0; i < 10 && s.containsKey("$ref"); i++) {
            String[] path = s.getString("$ref").substring(2).split("/");
            JsonObject target = document;
            for (String segment : path) {
                target = target.getJsonObject(segment);
            }
            s = target;
        }
        return s;
    }

    private static boolean isNumeric(JsonObject schema) {
        String type = schema.getString("type", "");
        return type.equals("integer") || type.equals("number");
    }

    private static String first(JsonObject schema, String otherwise) {
        return schema.containsKey("enum") ? schema.getJsonArray("enum").getString(0) : otherwise;
    }

    /** The URL with the values in place; a value that starts with % is sent as it is (already encoded). */
    private static String url(String template, Map<String, String> pathValues, Map<String, String> queryValues) {
        String path = template;
        for (Map.Entry<String, String> v : pathValues.entrySet()) {
            path = path.replaceAll("\\{" + v.getKey() + "(:[^}]*)?}", java.util.regex.Matcher.quoteReplacement(
                    encode(v.getValue(), true)));
        }
        List<String> query = new ArrayList<>();
        queryValues.forEach((name, value) -> query.add(name + "=" + encode(value, false)));
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    private static String encode(String value, boolean path) {
        if (value.startsWith("%")) {
            return value;
        }
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        return path ? encoded.replace("+", "%20") : encoded;
    }

    private HttpResponse<String> send(String method, Input input, Fixtures.Staff user) {
        String token = Base64.getEncoder().encodeToString((user.username() + ":" + Fixtures.STAFF_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + input.path()))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Accept-Language", random.nextBoolean() ? "zh-CN" : "en")
                .header("Authorization", "Basic " + token);
        if (input.contentType() != null) {
            b.header("Content-Type", input.contentType());
        }
        HttpRequest.BodyPublisher body = input.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(input.body());
        return send(b.method(method.toUpperCase(), body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("HTTP request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}
