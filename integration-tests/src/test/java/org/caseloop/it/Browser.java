package org.caseloop.it;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drives the JSF pages as a browser would: reads a form's fields, fills some in and posts it back. */
public final class Browser {

    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final Api http = Api.browser();

    public HttpResponse<String> get(String path) {
        return http.get(path);
    }

    /** The REST API as this browser's session calls it (its cookie, no credentials of its own). */
    public Api api() {
        return http;
    }

    /** Signs in through the login page; returns the answer to the form post. */
    public HttpResponse<String> login(String username, String password) {
        HttpResponse<String> page = http.get("/login.xhtml");
        Map<String, String> fields = hiddenFields(page.body(), "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        return http.postForm("/login.xhtml", encode(fields));
    }

    /** Posts the form {@code formId} of the page at {@code path}, pressing {@code button}. */
    public HttpResponse<String> submit(String path, String formId, String button, Map<String, String> values) {
        HttpResponse<String> page = http.get(path);
        Map<String, String> fields = hiddenFields(page.body(), formId);
        fields.putAll(values);
        fields.put(button, "");
        return http.postForm(path, encode(fields));
    }

    static Map<String, String> hiddenFields(String html, String formId) {
        Map<String, String> fields = new LinkedHashMap<>();
        int start = html.indexOf("<form id=\"" + formId + "\"");
        int end = html.indexOf("</form>", start);
        if (start < 0 || end < 0) {
            throw new IllegalStateException("No form " + formId + " on the page");
        }
        Matcher input = INPUT.matcher(html.substring(start, end));
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(input.group(1));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2));
            }
            if ("hidden".equals(attributes.get("type")) && attributes.containsKey("name")) {
                fields.put(attributes.get("name"), unescape(attributes.getOrDefault("value", "")));
            }
        }
        fields.put(formId, formId);
        // PrimeFaces' script posts the page's CSP nonce with every form, and a postback without it is refused.
        Matcher nonce = NONCE.matcher(html);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#58;", ":");
    }

    private static String encode(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return sb.toString();
    }
}
