package org.caseloop.it.cases;

import jakarta.json.JsonObject;
import org.caseloop.it.Api;
import org.caseloop.it.Deployments;
import org.caseloop.it.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Identical submissions sent at once: one case, and every answer names it; different content is still refused. */
@ExtendWith(ArquillianExtension.class)
class IntakeRaceIT {

    private static final int AT_ONCE = 20;

    @Deployment(testable = false)
    static EnterpriseArchive deploy() {
        return Deployments.caseloopEar();
    }

    @Test
    void twentyIdenticalSubmissionsAtOnceRegisterOneCaseAndAnswerItToEveryone() throws Exception {
        CaseFixtures f = CaseFixtures.create();
        String body = f.simpleSubmission(Fixtures.unique("R")).build().toString();
        List<HttpResponse<String>> answers = sendAtOnce(f.caseOffice().api(), List.of(body));

        Set<Long> cases = new HashSet<>();
        int created = 0;
        for (HttpResponse<String> answer : answers) {
            assertTrue(answer.statusCode() == 201 || answer.statusCode() == 200, answer.statusCode() + " " + answer.body());
            created += answer.statusCode() == 201 ? 1 : 0;
            cases.add(Api.json(answer).getJsonNumber("id").longValue());
        }
        assertEquals(1, created, "one of them registered the case");
        assertEquals(1, cases.size(), "every answer names the same case");
        JsonObject list = Api.json(f.chief().api().get("/cases/api/cases?limit=50"));
        assertEquals(1, list.getJsonNumber("total").longValue(), "one case in all");
    }

    @Test
    void aDifferentSubmissionRacingUnderTheSameReferenceIsStillAConflict() throws Exception {
        CaseFixtures f = CaseFixtures.create();
        String reference = Fixtures.unique("R");
        String first = f.simpleSubmission(reference).build().toString();
        String other = f.simpleSubmission(reference).add("summary", "另一案情").build().toString();
        List<HttpResponse<String>> answers = sendAtOnce(f.caseOffice().api(), List.of(first, other));

        int registered = 0;
        int conflicts = 0;
        for (HttpResponse<String> answer : answers) {
            int status = answer.statusCode();
            assertTrue(status == 201 || status == 200 || status == 409, status + " " + answer.body());
            registered += status == 201 ? 1 : 0;
            conflicts += status == 409 ? 1 : 0;
        }
        assertEquals(1, registered);
        assertEquals(AT_ONCE / 2, conflicts, "exactly the submissions unlike the registered one are refused");
        assertEquals(1, Api.json(f.chief().api().get("/cases/api/cases?limit=50")).getJsonNumber("total").longValue());
    }

    /** Sends {@link #AT_ONCE} requests, cycling through the bodies, released together. */
    private static List<HttpResponse<String>> sendAtOnce(Api api, List<String> bodies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                String body = bodies.get(i % bodies.size());
                futures.add(pool.submit(() -> {
                    start.await();
                    return api.post("/cases/api/cases", body);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
