import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client of the CaseLoop benchmarks (see docs/benchmarks.md): REST intake throughput with a given
 * concurrency, the same by bulk transfer, the per-request floor, then the home dashboard's latency for a
 * handler, a director and a chief.
 * Run with a plain JDK:  java bench/CaseLoadBench.java http://localhost:9080 2000 16
 */
public class CaseLoadBench {

    private static final String PASSWORD = System.getProperty("password", "Demo@2026");
    /** Submissions per bulk transfer. */
    private static final int BULK = 100;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:9080";
        int intakes = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int dashboardCalls = args.length > 3 ? Integer.parseInt(args[3]) : 500;

        List<String> offices = caseOffices(base);
        System.out.println("intake by the case offices " + offices);
        List<String> charges = chargeCodes(base, "危险驾驶罪", "盗窃罪", "诈骗罪", "帮助信息网络犯罪活动罪", "故意伤害罪",
                "交通肇事罪", "寻衅滋事罪", "开设赌场罪");
        System.out.println("charges " + charges);
        intake(base, intakes, concurrency, charges, List.of("caseoffice"));
        if (offices.size() > 1) {
            intake(base, intakes, concurrency, charges, offices);
        }
        bulkIntake(base, intakes, concurrency, charges, List.of("caseoffice"));
        if (offices.size() > 1) {
            bulkIntake(base, intakes, concurrency, charges, offices);
        }
        // Last, on a server warmed by the intakes.
        floor(base, intakes, concurrency);
        if (dashboardCalls > 0) {
            for (String user : new String[] {"handler", "director", "chief"}) {
                dashboard(base, user, dashboardCalls);
            }
        }
    }

    /**
     * The floor under every API call: the same clients asking the deadline calculator, which reads only the
     * in-memory calendar. What this reaches is what HTTP, authentication and JSON alone allow on the machine.
     */
    static void floor(String base, int total, int concurrency) throws Exception {
        String url = base + "/cases/api/calendar/deadline?start=2026-03-02&period=P7D&custody=true";
        AtomicInteger next = new AtomicInteger(-Math.min(500, total));
        long[] window = new long[1];
        inParallel(concurrency, () -> {
            for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                if (i == 0) {
                    window[0] = System.nanoTime();
                }
                HttpResponse<String> r = send(url, "caseoffice", null);
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("deadline " + r.statusCode() + " " + r.body());
                }
            }
            return null;
        });
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        System.out.printf("floor: %d authenticated GET /cases/api/calendar/deadline in %.1f s = %.0f requests/s with "
                + "%d clients%n", total, seconds, total / seconds, concurrency);
    }

    /**
     * Intake by the given case office accounts in turn. One procuratorate's numbers of one business type are
     * gap-free and so taken one at a time; several offices show the throughput of a province.
     */
    static void intake(String base, int total, int concurrency, List<String> charges, List<String> users)
            throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        // Warm-up: JIT, pools and caches, not counted.
        runIntakes(base, "w" + run, Math.min(200, total / 10 + 1), concurrency, charges, users);
        long start = System.nanoTime();
        long[] latencies = runIntakes(base, run, total, concurrency, charges, users);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("intake (%d offices): %d cases in %.1f s = %.0f cases/s with %d clients; latency ms p50 %.1f p95 %.1f p99 %.1f%n",
                users.size(), total, seconds, total / seconds, concurrency, pct(latencies, 50), pct(latencies, 95),
                pct(latencies, 99));
    }

    /** The same submissions as {@link #intake}, a hundred to a request through the bulk transfer. */
    static void bulkIntake(String base, int total, int concurrency, List<String> charges, List<String> users)
            throws Exception {
        String run = "b" + Long.toString(System.nanoTime(), 36);
        int batches = Math.max(1, total / BULK);
        runBulk(base, "w" + run, Math.max(1, batches / 10), concurrency, charges, users);
        long start = System.nanoTime();
        long[] latencies = runBulk(base, run, batches, concurrency, charges, users);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("bulk intake (%d offices): %d cases in %.1f s = %.0f cases/s with %d clients, %d per request; "
                        + "request latency ms p50 %.1f p95 %.1f%n", users.size(), batches * BULK, seconds,
                batches * BULK / seconds, concurrency, BULK, pct(latencies, 50), pct(latencies, 95));
    }

    private static long[] runBulk(String base, String run, int batches, int concurrency, List<String> charges,
                                  List<String> users) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[batches];
        inParallel(concurrency, () -> {
            Random random = new Random(Thread.currentThread().getId());
            for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                StringBuilder body = new StringBuilder("{\"cases\":[");
                for (int k = 0; k < BULK; k++) {
                    body.append(k == 0 ? "" : ",").append(submission(run + "-" + b + "-" + k, random, charges));
                }
                body.append("]}");
                long t0 = System.nanoTime();
                HttpResponse<String> r = send(base + "/cases/api/cases/bulk", users.get(b % users.size()),
                        body.toString());
                latencies[b] = System.nanoTime() - t0;
                if (r.statusCode() != 200 || !r.body().contains("\"created\":" + BULK + ",")) {
                    throw new IllegalStateException("bulk intake " + r.statusCode() + " " + r.body());
                }
            }
            return null;
        });
        return latencies;
    }

    private static long[] runIntakes(String base, String run, int total, int concurrency, List<String> charges,
                                     List<String> users) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long[] latencies = new long[total];
        inParallel(concurrency, () -> {
            Random random = new Random(Thread.currentThread().getId());
            for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                String body = submission(run + "-" + i, random, charges);
                long t0 = System.nanoTime();
                HttpResponse<String> r = send(base + "/cases/api/cases", users.get(i % users.size()), body);
                latencies[i] = System.nanoTime() - t0;
                if (r.statusCode() != 201) {
                    if (failures.incrementAndGet() <= 5) {
                        System.out.println("intake failed " + r.statusCode() + " " + r.body());
                    }
                }
            }
            return null;
        });
        if (failures.get() > 0) {
            System.out.println("intake failures: " + failures.get());
        }
        return latencies;
    }

    static void dashboard(String base, String user, int calls) {
        for (int i = 0; i < 50; i++) {
            send(base + "/cases/api/dashboard?limit=20", user, null);
        }
        long[] latencies = new long[calls];
        String firstAnswer = null;
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(base + "/cases/api/dashboard?limit=20", user, null);
            latencies[i] = System.nanoTime() - t0;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("dashboard " + user + ": " + r.statusCode() + " " + r.body());
            }
            firstAnswer = firstAnswer == null ? r.body() : firstAnswer;
        }
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(firstAnswer);
        System.out.printf("dashboard %-8s (%s in progress in scope): latency ms p50 %.1f p95 %.1f p99 %.1f%n", user,
                total.find() ? total.group(1) : "?", pct(latencies, 50), pct(latencies, 95), pct(latencies, 99));
    }

    private static String submission(String reference, Random random, List<String> charges) {
        boolean arrest = random.nextInt(100) < 35;
        boolean simple = random.nextInt(100) < 45;
        int suspects = simple ? 1 : 1 + random.nextInt(3);
        StringBuilder s = new StringBuilder();
        s.append("{\"businessType\":\"").append(arrest ? "ARREST_REVIEW" : "PROSECUTION_REVIEW").append('"')
                .append(",\"agencyName\":\"威海市公安局\",\"agencyReference\":\"BENCH-").append(reference).append('"')
                .append(",\"receivedDate\":\"").append(LocalDate.now().minusDays(random.nextInt(5))).append('"')
                .append(",\"procedure\":").append(arrest ? "null" : simple ? "\"EXPEDITED\"" : "\"ORDINARY\"")
                .append(",\"guiltyPlea\":").append(simple || random.nextInt(100) < 70)
                .append(",\"possibleSentenceMonths\":").append(simple ? 6 + random.nextInt(6) : 24 + random.nextInt(96))
                .append(",\"sensitive\":false,\"supervisoryTransfer\":false,\"majorComplex\":").append(!simple && random.nextInt(10) == 0)
                .append(",\"summary\":\"基准测试案件\",\"suspects\":[");
        for (int i = 0; i < suspects; i++) {
            s.append(i == 0 ? "" : ",").append("{\"name\":\"嫌疑人").append(i + 1).append("\",\"ageAtOffence\":")
                    .append(18 + random.nextInt(50)).append(",\"custodyStatus\":\"")
                    .append(random.nextInt(100) < (arrest ? 80 : 30) ? "DETAINED" : "BAIL").append("\",\"custodySince\":\"")
                    .append(LocalDate.now().minusDays(10)).append("\"}");
        }
        s.append("],\"victims\":[],\"chargeCodes\":[\"")
                .append(simple ? charges.get(0) : charges.get(1 + random.nextInt(charges.size() - 1))).append("\"]}");
        return s.toString();
    }

    /** One case-office account per procuratorate, found through the administration API. */
    static List<String> caseOffices(String base) {
        HttpResponse<String> r = send(base + "/admin/api/staff?limit=200", "admin", null);
        List<String> users = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Matcher m = Pattern.compile("\\{[^{}]*?\"procuratorateId\":(\\d+)[^{}]*?\"roles\":\\[\"CASE_OFFICE\"\\][^{}]*?\"username\":\"([^\"]+)\"")
                .matcher(r.body());
        while (m.find()) {
            if (!seen.contains(m.group(1))) {
                seen.add(m.group(1));
                users.add(m.group(2));
            }
        }
        return users.isEmpty() ? List.of("caseoffice") : users;
    }

    static List<String> chargeCodes(String base, String... names) {
        List<String> codes = new ArrayList<>();
        for (String name : names) {
            HttpResponse<String> r = send(base + "/cases/api/charges?limit=5&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                    "caseoffice", null);
            Matcher m = Pattern.compile("\"code\":\"(C\\d+)\",\"dereliction\":(?:true|false),\"name\":\"" + name + "\"")
                    .matcher(r.body());
            Matcher any = Pattern.compile("\"code\":\"(C\\d+)\"").matcher(r.body());
            if (m.find()) {
                codes.add(m.group(1));
            } else if (any.find()) {
                codes.add(any.group(1));
            }
        }
        return codes;
    }

    /** Runs the worker on each of {@code concurrency} threads and waits for all; a failing worker fails the run. */
    private static void inParallel(int concurrency, Callable<Void> worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                futures.add(pool.submit(worker));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static HttpResponse<String> send(String url, String user, String json) {
        String auth = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + auth).header("Accept", "application/json");
        b = json == null ? b.GET() : b.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double pct(long[] nanos, int percentile) {
        long[] sorted = Arrays.copyOf(nanos, nanos.length);
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
