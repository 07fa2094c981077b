package org.caseloop.it.cases;

import jakarta.json.JsonObject;
import org.caseloop.it.Api;
import org.caseloop.it.Deployments;
import org.caseloop.it.Fixtures;
import org.caseloop.it.WebBrowser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A change of a case names the version read (If-Match, the card's ETag); a change on an older one is refused. */
@ExtendWith(ArquillianExtension.class)
class CaseVersioningIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    @Test
    void theCardsETagIsItsVersionAndEveryChangeRaisesIt() {
        CaseFixtures f = CaseFixtures.create();
        long id = f.register(f.simpleSubmission(Fixtures.unique("V"))).getJsonNumber("id").longValue();
        HttpResponse<String> card = f.firstDirector().api().get("/cases/api/cases/" + id);
        String etag = card.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + Api.json(card).getJsonNumber("version").longValue() + "\"", etag);

        HttpResponse<String> labelled = f.firstDirector().api().put("/cases/api/cases/" + id + "/labels/SENSITIVE", "",
                etag);
        assertEquals(200, labelled.statusCode(), labelled.body());
        String after = labelled.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, after, "a label alone raises the version of the case");
        assertEquals(after, f.firstDirector().api().get("/cases/api/cases/" + id).headers().firstValue("ETag")
                .orElseThrow());
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedWith428AndChangesNothing() {
        CaseFixtures f = CaseFixtures.create();
        JsonObject card = f.register(f.simpleSubmission(Fixtures.unique("V")));
        long id = card.getJsonNumber("id").longValue();
        HttpResponse<String> refused = f.firstDirector().api().post("/cases/api/cases/" + id + "/reassignment",
                reassignment(otherHandler(f, card).id()));
        assertEquals(428, refused.statusCode(), refused.body());
        assertEquals(PROBLEM, refused.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(Api.json(refused).getString("detail").contains("If-Match"), refused.body());
        assertEquals(400, f.firstDirector().api().post("/cases/api/cases/" + id + "/reassignment",
                reassignment(otherHandler(f, card).id()), "version 3").statusCode());
        assertEquals(card.getJsonNumber("version").longValue(), Api.json(f.firstDirector().api()
                .get("/cases/api/cases/" + id)).getJsonNumber("version").longValue(), "nothing changed");
    }

    @Test
    void aChangeOnAnOlderVersionIsAConflict() {
        CaseFixtures f = CaseFixtures.create();
        JsonObject card = f.register(f.simpleSubmission(Fixtures.unique("V")));
        long id = card.getJsonNumber("id").longValue();
        Api director = f.firstDirector().api();
        String read = director.get("/cases/api/cases/" + id).headers().firstValue("ETag").orElseThrow();
        assertEquals(200, director.post("/cases/api/cases/" + id + "/reassignment",
                reassignment(otherHandler(f, card).id()), read).statusCode());

        HttpResponse<String> stale = director.post("/cases/api/cases/" + id + "/reassignment",
                reassignment(handlerOf(card)), read);
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals(PROBLEM, stale.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(Api.json(stale).getString("detail").contains("changed since you read it"), stale.body());
        assertEquals(otherHandler(f, card).id(), handlerOf(Api.json(director.get("/cases/api/cases/" + id))));
    }

    @Test
    void twoDirectorsReassigningOneCaseAtOnceOneWinsTheOtherIsRefused() throws Exception {
        CaseFixtures f = CaseFixtures.create();
        Fixtures.Staff secondDirector = Fixtures.staff(f.org().cityId(), f.org().cityFirstDepartment(), null, "DIRECTOR");
        Fixtures.Staff thirdHandler = Fixtures.staff(f.org().cityId(), f.org().cityFirstDepartment(), null, "HANDLER");
        JsonObject card = f.register(f.simpleSubmission(Fixtures.unique("V")));
        long id = card.getJsonNumber("id").longValue();
        String read = f.firstDirector().api().get("/cases/api/cases/" + id).headers().firstValue("ETag").orElseThrow();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<HttpResponse<String>> first = pool.submit(() -> {
                start.await();
                return f.firstDirector().api().post("/cases/api/cases/" + id + "/reassignment",
                        reassignment(otherHandler(f, card).id()), read);
            });
            Future<HttpResponse<String>> second = pool.submit(() -> {
                start.await();
                return secondDirector.api().post("/cases/api/cases/" + id + "/reassignment",
                        reassignment(thirdHandler.id()), read);
            });
            start.countDown();
            List<Integer> statuses = List.of(first.get(60, TimeUnit.SECONDS).statusCode(),
                    second.get(60, TimeUnit.SECONDS).statusCode());
            assertTrue(statuses.contains(200) && statuses.contains(409), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        JsonObject now = Api.json(f.chief().api().get("/cases/api/cases/" + id));
        long reassignments = now.getJsonArray("history").stream().map(JsonObject.class::cast)
                .filter(e -> "CASE_REASSIGNED".equals(e.getString("eventType"))).count();
        assertEquals(1, reassignments, "one reassignment in the history");
    }

    @Test
    void theCasePageRefusesAnActionOnTheCaseAsItWasReadAndShowsItAsItIsNow() {
        CaseFixtures f = CaseFixtures.create();
        JsonObject card = f.register(f.complexSubmission(Fixtures.unique("V")));
        long id = card.getJsonNumber("id").longValue();
        try (WebBrowser browser = WebBrowser.start()) {
            browser.login(f.chief().username(), Fixtures.STAFF_PASSWORD);
            browser.open("/cases/case.xhtml?id=" + id);
            browser.visible(By.id("actions:extensionReason"));

            // A complex case goes to the second department: its director gives it to the other handler meanwhile.
            long other = handlerOf(card) == f.ordinaryHandlerA().id() ? f.ordinaryHandlerB().id() : f.ordinaryHandlerA().id();
            HttpResponse<String> meanwhile = CaseFixtures.change(f.secondDirector().api(), id, "/reassignment",
                    reassignment(other));
            assertEquals(200, meanwhile.statusCode(), meanwhile.body());

            browser.type(By.id("actions:extensionReason"), "案情复杂");
            browser.clickAndWait(By.id("actions:extend"));
            browser.waitForText(By.id("messages"), "changed since you read it");
            JsonObject now = Api.json(f.chief().api().get("/cases/api/cases/" + id));
            assertEquals(0, now.getJsonObject("deadline").getInt("extensionDays"), "the stale action did nothing");

            browser.type(By.id("actions:extensionReason"), "案情复杂");
            browser.clickAndWait(By.id("actions:extend"));
            browser.waitForText(By.id("messages"), "has been extended");
            assertEquals(15, Api.json(f.chief().api().get("/cases/api/cases/" + id)).getJsonObject("deadline")
                    .getInt("extensionDays"), "once the page shows the case as it is, the action works");
        }
    }

    private static String reassignment(long handlerId) {
        return "{\"handlerId\":" + handlerId + ",\"reason\":\"工作调整\"}";
    }

    private static long handlerOf(JsonObject card) {
        return card.getJsonObject("assignment").getJsonNumber("handlerId").longValue();
    }

    /** A handler of the fast-trial team other than the one the case went to. */
    private static Fixtures.Staff otherHandler(CaseFixtures f, JsonObject card) {
        return handlerOf(card) == f.teamHandlerA().id() ? f.teamHandlerB() : f.teamHandlerA();
    }
}
