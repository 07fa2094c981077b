package org.caseloop.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** A small HTTP client for the tests: JSON over HTTP Basic, or a browser-like session with cookies. */
public final class Api {

    public static final String BASE = System.getProperty("caseloop.it.base-url", "http://localhost:9180");
    /** The same server over TLS; its certificate is the self-signed one Liberty generates, trusted as it is. */
    public static final String BASE_HTTPS = System.getProperty("caseloop.it.https-url", "https://localhost:9543");

    private final HttpClient client;
    private final String authorization;
    private final boolean browser;

    private final String base;

    private Api(String authorization, boolean cookies) {
        this.browser = cookies;
        // Browsers sign in over TLS only: the session cookie is Secure.
        this.base = cookies ? BASE_HTTPS : BASE;
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(TRUST_THE_TEST_SERVER);
        if (cookies) {
            builder.cookieHandler(new CookieManager());
        }
        this.client = builder.build();
        this.authorization = authorization;
    }

    public static Api as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api("Basic " + token, false);
    }

    public static Api anonymous() {
        return new Api(null, false);
    }

    /** A browser: keeps cookies, sends no credentials of its own. */
    public static Api browser() {
        return new Api(null, true);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    /** A change that names the version read: {@code If-Match} with the ETag a GET answered. */
    public HttpResponse<String> post(String path, String json, String ifMatch) {
        return send(request(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json, String ifMatch) {
        return send(request(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public HttpResponse<String> postForm(String path, String form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Any method with any body type and extra headers (name, value, name, value ...), as a browser or proxy might. */
    public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = request(path).method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(Duration.ofSeconds(60));
        if (!browser) {
            // Integrations read JSON in English; the browser keeps the pages' default language, Chinese.
            b.header("Accept", "application/json").header("Accept-Language", "en");
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("HTTP request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Trusts whatever certificate the test server shows: it is generated, self-signed, on this machine. */
    private static final SSLContext TRUST_THE_TEST_SERVER = trustingContext();

    private static SSLContext trustingContext() {
        X509TrustManager any = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {any}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problem+json answer, checked: the expected status, in the body too, with a detail that says something. */
    public static JsonObject problem(HttpResponse<String> response, int status) {
        if (response.statusCode() != status
                || !"application/problem+json".equals(response.headers().firstValue("Content-Type").orElse(""))) {
            throw new AssertionError("expected a " + status + " problem, got " + response.statusCode() + " "
                    + response.headers().firstValue("Content-Type").orElse("") + ": " + response.body());
        }
        JsonObject problem = json(response);
        if (problem.getInt("status") != status || problem.getString("detail", "").length() <= 5) {
            throw new AssertionError("a problem without its status or a detail: " + problem);
        }
        return problem;
    }

    public static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    public static JsonStructure parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }
}
