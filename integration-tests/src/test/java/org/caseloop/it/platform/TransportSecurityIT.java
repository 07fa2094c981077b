package org.caseloop.it.platform;

import org.caseloop.it.Api;
import org.caseloop.it.Browser;
import org.caseloop.it.Deployments;
import org.caseloop.it.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TLS out of the box, Secure cookies and HSTS on https, the security headers of every response, /metrics. */
@ExtendWith(ArquillianExtension.class)
class TransportSecurityIT {

    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>");
    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'");

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    @Test
    void httpsAnswersWithTheGeneratedSelfSignedCertificate() throws Exception {
        HttpResponse<String> page = new Browser().get("/login.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.uri().getScheme().equals("https"));
        X509Certificate certificate = (X509Certificate) page.sslSession().orElseThrow().getPeerCertificates()[0];
        assertEquals(certificate.getIssuerX500Principal(), certificate.getSubjectX500Principal());
    }

    @Test
    void aPageAskedForOverPlainHttpMovesToHttps() {
        HttpResponse<String> page = Api.anonymous().get("/login.xhtml?next=%2Fcases%2Findex.xhtml");
        assertEquals(302, page.statusCode());
        assertEquals(Api.BASE_HTTPS + "/login.xhtml?next=%2Fcases%2Findex.xhtml",
                page.headers().firstValue("Location").orElse(""));
    }

    @Test
    void sessionCookiesAreSecureAndTheSessionWorksOverHttps() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff chief = Fixtures.staff(org.cityId(), null, null, "CHIEF");
        Browser browser = new Browser();
        HttpResponse<String> login = browser.login(chief.username(), Fixtures.STAFF_PASSWORD);
        assertEquals(302, login.statusCode(), login.body());
        List<String> cookies = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("CASELOOP_")).toList();
        assertFalse(cookies.isEmpty(), "the login sets the session cookie");
        for (String cookie : cookies) {
            assertTrue(cookie.contains("Secure"), cookie);
            assertTrue(cookie.contains("HttpOnly"), cookie);
        }
        assertEquals(200, browser.get("/cases/index.xhtml").statusCode());
    }

    @Test
    void strictTransportSecurityOnHttpsOnly() {
        HttpResponse<String> overTls = new Browser().get("/login.xhtml");
        assertEquals("max-age=31536000", overTls.headers().firstValue("Strict-Transport-Security").orElse(null));
        HttpResponse<String> plain = admin().get("/admin/api/account/me");
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Api admin = admin();
        List<HttpResponse<String>> responses = List.of(admin.get("/admin/api/account/me"),
                Api.anonymous().get("/cases/api/cases"), new Browser().get("/login.xhtml"),
                new Browser().get("/no-such-page.xhtml"), Api.anonymous().get("/health/ready"),
                Api.anonymous().get("/metrics"));
        for (HttpResponse<String> r : responses) {
            String what = r.request().uri() + " " + r.statusCode();
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), what);
            assertEquals("SAMEORIGIN", r.headers().firstValue("X-Frame-Options").orElse(null), what);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(null), what);
            List<String> csp = r.headers().allValues("Content-Security-Policy");
            assertEquals(1, csp.size(), what + " " + csp);
            assertTrue(csp.get(0).contains("frame-ancestors 'self'"), what + " " + csp);
        }
        String api = admin.get("/admin/api/account/me").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(api.startsWith("default-src 'none'"), api);
    }

    @Test
    void theLoginPageRunsOnlyScriptsWithThePagesNonce() {
        assertOnlyNoncedScripts(new Browser().get("/login.xhtml"));
    }

    @Test
    void aPrimeFacesPageRunsOnlyScriptsWithThePagesNonce() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff chief = Fixtures.staff(org.cityId(), null, null, "CHIEF");
        Browser browser = new Browser();
        assertEquals(302, browser.login(chief.username(), Fixtures.STAFF_PASSWORD).statusCode());
        HttpResponse<String> dashboard = browser.get("/cases/index.xhtml");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("PrimeFaces"), "a page with PrimeFaces components");
        assertOnlyNoncedScripts(dashboard);
    }

    @Test
    void caseDataIsNeverStoredButStaticFilesMayBe() {
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff chief = Fixtures.staff(org.cityId(), null, null, "CHIEF");
        assertEquals("no-store", chief.api().get("/cases/api/cases").headers().firstValue("Cache-Control").orElse(null));
        Browser browser = new Browser();
        browser.login(chief.username(), Fixtures.STAFF_PASSWORD);
        HttpResponse<String> page = browser.get("/cases/index.xhtml");
        // Liberty adds no-cache="set-cookie" where the answer sets a cookie.
        assertTrue(page.headers().firstValue("Cache-Control").orElse("").startsWith("no-store"));
        Matcher css = Pattern.compile("href=\"(/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(page.body());
        assertTrue(css.find(), "the page links a stylesheet");
        HttpResponse<String> file = browser.get(css.group(1).replace("&amp;", "&"));
        assertEquals(200, file.statusCode());
        assertFalse(file.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }

    @Test
    void metricsAreForTheOperationsRoleOrLocalCallers() {
        HttpResponse<String> local = Api.anonymous().get("/metrics");
        assertEquals(200, local.statusCode());
        assertTrue(local.body().contains("jvm_memory"), "JVM figures in the Prometheus format");

        // Through the (loopback) proxy for a remote client.
        String[] remote = {"X-Forwarded-For", "203.0.113.9"};
        assertEquals(401, Api.anonymous().send("GET", "/metrics", null, "", remote).statusCode());
        Fixtures.Org org = Fixtures.organisation();
        Fixtures.Staff handler = Fixtures.staff(org.cityId(), org.cityFirstDepartment(), null, "HANDLER");
        assertEquals(403, handler.api().send("GET", "/metrics", null, "", remote).statusCode());
        assertEquals(403, org.admin().send("GET", "/metrics", null, "", remote).statusCode());
        Fixtures.Staff operations = Fixtures.staff(org.cityId(), null, null, "OPERATIONS");
        HttpResponse<String> scraped = operations.api().send("GET", "/metrics", null, "", remote);
        assertEquals(200, scraped.statusCode(), scraped.body());
        assertTrue(scraped.body().contains("jvm_memory"));
    }

    private static void assertOnlyNoncedScripts(HttpResponse<String> page) {
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        String policy = policies.get(0);
        assertFalse(policy.contains("'unsafe-eval'"), policy);
        Matcher nonce = NONCE.matcher(policy);
        assertTrue(nonce.find(), policy);
        assertFalse(policy.substring(policy.indexOf("script-src")).contains("'unsafe-inline'"), policy);
        Matcher script = SCRIPT.matcher(page.body());
        int scripts = 0;
        while (script.find()) {
            scripts++;
            String attributes = script.group(1);
            assertTrue(attributes.contains("src=") || attributes.contains("nonce=\"" + nonce.group(1) + "\""),
                    "inline script without the nonce: " + attributes);
        }
        assertTrue(scripts > 0, "the page has scripts");
        assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(page.body()).find(), "an inline event handler");
    }

    private static Api admin() {
        return Fixtures.admin();
    }
}
