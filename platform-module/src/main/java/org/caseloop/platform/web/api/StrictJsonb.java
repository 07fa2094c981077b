package org.caseloop.platform.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B that refuses unknown fields, so that a misspelt field is an error rather than silently ignored. Request
 * bodies are checked by {@link StrictJsonReader} before this binds them; the answers are written with it.
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

    // Yasson's switch; JSON-B 3.0 has no standard one.
    private static final String FAIL_ON_UNKNOWN = "jsonb.fail-on-unknown-properties";

    private final Jsonb jsonb = create();

    static Jsonb create() {
        return JsonbBuilder.create(new JsonbConfig().setProperty(FAIL_ON_UNKNOWN, true));
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
