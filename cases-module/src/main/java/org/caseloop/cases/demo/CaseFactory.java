package org.caseloop.cases.demo;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.CaseLabel;
import org.caseloop.cases.api.Procedure;
import org.caseloop.cases.deadline.Deadline;
import org.caseloop.cases.deadline.DeadlineCalculator;
import org.caseloop.cases.deadline.ReviewPeriod;
import org.caseloop.cases.deadline.ReviewPeriodQuery;
import org.caseloop.cases.deadline.ReviewPeriods;
import org.caseloop.cases.triage.Classification;
import org.caseloop.cases.triage.ClassificationStandard;
import org.caseloop.cases.triage.LabelRules;
import org.caseloop.cases.triage.TriageFacts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Makes realistic cases, deterministically from a seed: mostly prosecution and arrest reviews, the
 * common charges in their usual shares, guilty pleas in about 85 % of criminal cases, simple cases
 * classified by the real triage standard and sent to fast-trial teams, deadlines from the deadline
 * calculator, and decision dates such that simple cases take about 10.7 days and complex ones about
 * 30.6 days on average (the source article's figures). Cases are made in order of the date received.
 */
final class CaseFactory {

    /** The source article: simple cases took 10.7 days on average after the reform, complex ones 30.6. */
    static final double SIMPLE_TARGET_DAYS = 10.7;
    static final double COMPLEX_TARGET_DAYS = 30.6;
    /** Share of recent cases that stall in review (and may run past their deadline), for a realistic dashboard. */
    static final double STALLED_SHARE = 0.04;
    static final int STALL_WINDOW_DAYS = 45;
    static final int CALIBRATION_SAMPLE = 20_000;
    /** Appeals have no statutory review period in our rules; the generator lets them run up to this long. */
    static final int APPEAL_DAYS = 180;

    private static final String SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章"
            + "云苏潘葛范彭郎鲁韦昌马苗凤花方俞任袁柳鲍史唐费薛雷贺倪汤滕殷罗毕郝安常乐于傅齐康伍余顾孟黄";
    private static final String GIVEN_NAMES = "建国志强海涛晓东春梅秀兰立新永胜文博嘉怡子轩浩然雨桐思远明辉俊杰"
            + "玉珍宏伟丽娟德华振华学军金龙小燕红霞成刚国庆卫东瑞雪";
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    /** A charge as the generator draws it: its weight in prosecution and arrest reviews and its usual sentences. */
    record ChargeProfile(String name, double prosecutionWeight, double arrestWeight, int[] sentenceMonths,
                         double[] sentenceWeights, int maxVictims, double victimChance) {
    }

    static final List<ChargeProfile> CHARGES = List.of(
            new ChargeProfile("危险驾驶罪", 41, 0, new int[]{6}, new double[]{1}, 0, 0),
            new ChargeProfile("盗窃罪", 12, 22, new int[]{12, 36, 120}, new double[]{70, 25, 5}, 2, 0.9),
            new ChargeProfile("帮助信息网络犯罪活动罪", 9, 16, new int[]{12, 36}, new double[]{90, 10}, 8, 0.6),
            new ChargeProfile("诈骗罪", 7, 14, new int[]{12, 36, 120}, new double[]{60, 30, 10}, 6, 0.95),
            new ChargeProfile("故意伤害罪", 6, 12, new int[]{36, 120}, new double[]{85, 15}, 2, 1),
            new ChargeProfile("交通肇事罪", 6, 2, new int[]{36, 84}, new double[]{85, 15}, 2, 1),
            new ChargeProfile("寻衅滋事罪", 4, 9, new int[]{24, 60}, new double[]{65, 35}, 4, 0.8),
            new ChargeProfile("开设赌场罪", 4, 8, new int[]{36, 120}, new double[]{75, 25}, 0, 0),
            new ChargeProfile("掩饰、隐瞒犯罪所得、犯罪所得收益罪", 3, 5, new int[]{36}, new double[]{1}, 0, 0),
            new ChargeProfile("非法持有毒品罪", 2, 3, new int[]{36}, new double[]{1}, 0, 0),
            new ChargeProfile("容留他人吸毒罪", 1.5, 2, new int[]{36}, new double[]{1}, 0, 0),
            new ChargeProfile("妨害公务罪", 1.5, 2, new int[]{36}, new double[]{1}, 1, 0.5),
            new ChargeProfile("信用卡诈骗罪", 1, 1, new int[]{24, 120}, new double[]{80, 20}, 1, 1),
            new ChargeProfile("抢劫罪", 1, 2, new int[]{120}, new double[]{1}, 2, 1),
            new ChargeProfile("强奸罪", 0.5, 1, new int[]{120}, new double[]{1}, 1, 1),
            new ChargeProfile("非法吸收公众存款罪", 0.5, 1, new int[]{120}, new double[]{1}, 8, 1));

    private final SplittableRandom random;
    private final List<DemoOffice> offices;
    private final double[] officeWeights;
    private final Map<String, String> chargeCodes;
    private final ClassificationStandard standard;
    private final DeadlineCalculator calculator;
    private final ZoneId officeZone;
    private final LocalDate today;

    private final double simpleTarget;
    private final double complexTarget;
    private double simpleDeficit;
    private double complexDeficit;
    // Deadlines and classifications repeat a great deal; their texts are costly to format, so each is made once.
    private final Map<Deadline, String[]> deadlineTexts = new HashMap<>();
    private final Map<TriageFacts, Classification> classifications = new HashMap<>();

    /**
     * @param chargeCodes charge name → catalogue code, as looked up in cases_charge at start; charges missing
     *                    from the catalogue are not drawn
     */
    CaseFactory(long seed, List<DemoOffice> offices, Map<String, String> chargeCodes, ClassificationStandard standard,
                DeadlineCalculator calculator, ZoneId officeZone, LocalDate today) {
        this(seed, offices, chargeCodes, standard, calculator, officeZone, today, SIMPLE_TARGET_DAYS, COMPLEX_TARGET_DAYS);
    }

    private CaseFactory(long seed, List<DemoOffice> offices, Map<String, String> chargeCodes,
                        ClassificationStandard standard, DeadlineCalculator calculator, ZoneId officeZone,
                        LocalDate today, double simpleTarget, double complexTarget) {
        this.simpleTarget = simpleTarget;
        this.complexTarget = complexTarget;
        this.random = new SplittableRandom(seed);
        this.offices = offices.stream().filter(DemoOffice::canHandleCases).toList();
        if (this.offices.isEmpty()) {
            throw new IllegalStateException("No procuratorate has handlers to give cases to");
        }
        this.officeWeights = this.offices.stream()
                .mapToDouble(o -> o.fastTrial().size() + o.ordinary().size()).toArray();
        this.chargeCodes = Map.copyOf(chargeCodes);
        this.standard = standard;
        this.calculator = calculator;
        this.officeZone = officeZone;
        this.today = today;
    }

    /**
     * A factory whose decided cases average the article's review days as the statistics will measure them.
     * Long reviews of cases received shortly before today are not decided yet, which pulls the measured
     * averages down; trial runs on a sample over the same period find by how much, and the targets are
     * raised by that much (twice, the second run correcting the first).
     */
    static CaseFactory calibrated(long seed, List<DemoOffice> offices, Map<String, String> chargeCodes,
                                  ClassificationStandard standard, DeadlineCalculator calculator, ZoneId officeZone,
                                  LocalDate today, int count, int days) {
        double simple = SIMPLE_TARGET_DAYS;
        double complex = COMPLEX_TARGET_DAYS;
        int sample = Math.min(count, CALIBRATION_SAMPLE);
        for (int run = 0; run < 2; run++) {
            CaseFactory trial = new CaseFactory(seed, offices, chargeCodes, standard, calculator, officeZone, today,
                    simple, complex);
            double[] measured = trial.measure(sample, days);
            simple += SIMPLE_TARGET_DAYS - measured[0];
            complex += COMPLEX_TARGET_DAYS - measured[1];
        }
        return new CaseFactory(seed, offices, chargeCodes, standard, calculator, officeZone, today, simple, complex);
    }

    /** Average review days of the decided simple and complex cases among {@code count} made. */
    double[] measure(int count, int days) {
        double[] sum = new double[2];
        long[] n = new long[2];
        for (int i = 0; i < count; i++) {
            GeneratedCase c = make(i, count, days);
            if (c.decidedAt != null) {
                int k = "SIMPLE".equals(c.complexity) ? 0 : 1;
                sum[k] += ChronoUnit.DAYS.between(c.receivedDate, c.decidedAt.toLocalDate());
                n[k]++;
            }
        }
        return new double[]{n[0] == 0 ? SIMPLE_TARGET_DAYS : sum[0] / n[0], n[1] == 0 ? COMPLEX_TARGET_DAYS : sum[1] / n[1]};
    }

    /** The i-th of {@code count} cases received evenly over {@code days} days up to today, oldest first. */
    GeneratedCase make(int index, int count, int days) {
        long offset = (long) days - 1 - (long) index * days / count;
        return make(today.minusDays(offset));
    }

    GeneratedCase make(LocalDate received) {
        GeneratedCase c = new GeneratedCase();
        DemoOffice office = offices.get(pick(officeWeights));
        c.procuratorateId = office.procuratorateId();
        c.officeShortName = office.shortName();
        c.receivedDate = received;
        c.numberYear = received.getYear();
        BusinessType type = businessType();
        c.businessType = type.name();
        boolean criminalReview = type == BusinessType.ARREST_REVIEW || type == BusinessType.PROSECUTION_REVIEW;

        // Charges, suspects, victims.
        ChargeProfile charge = type == BusinessType.CIVIL_APPEAL ? null : charge(type);
        if (charge != null) {
            c.chargeCodes.add(chargeCodes.get(charge.name()));
            if (random.nextDouble() < 0.08) {
                ChargeProfile second = charge(type);
                String code = chargeCodes.get(second.name());
                if (!c.chargeCodes.contains(code)) {
                    c.chargeCodes.add(code);
                }
            }
            c.possibleSentenceMonths = charge.sentenceMonths()[pick(charge.sentenceWeights())];
        }
        int suspects = type == BusinessType.CIVIL_APPEAL ? 0 : type == BusinessType.CRIMINAL_APPEAL ? 1 : suspectCount();
        boolean minorCase = criminalReview && random.nextDouble() < 0.03;
        for (int i = 0; i < suspects; i++) {
            boolean minor = minorCase && i == 0;
            int age = minor ? 14 + random.nextInt(4) : 18 + (int) Math.min(55, Math.abs(random.nextGaussian() * 14) + 4);
            String custody = custody(type);
            LocalDate since = "NONE".equals(custody) ? null : received.minusDays(1 + random.nextInt(10));
            c.suspects.add(new GeneratedCase.Suspect(name(), idNumber(office.code(), received.minusYears(age)
                    .minusDays(random.nextInt(365))), age, minor, custody, since));
        }
        c.inCustody = c.suspects.stream().anyMatch(s -> "DETAINED".equals(s.custodyStatus()));
        if (charge != null && charge.maxVictims() > 0 && random.nextDouble() < charge.victimChance()) {
            int victims = 1 + (random.nextDouble() < 0.2 ? random.nextInt(charge.maxVictims()) : 0);
            for (int i = 0; i < victims; i++) {
                c.victims.add(name());
            }
        }

        // Plea, procedure, sentencing recommendation, flags.
        c.guiltyPlea = criminalReview && random.nextDouble() < (type == BusinessType.PROSECUTION_REVIEW ? 0.88 : 0.5);
        Procedure procedure = procedure(type, c);
        c.procedureType = procedure == null ? null : procedure.name();
        if (type == BusinessType.PROSECUTION_REVIEW && c.guiltyPlea) {
            int max = Math.max(1, Math.min(c.possibleSentenceMonths, c.possibleSentenceMonths * 2 / 3 + 1));
            c.recommendationMaxMonths = max;
            c.recommendationMinMonths = Math.max(1, max - 1 - random.nextInt(Math.max(1, max / 3)));
        }
        c.sensitive = random.nextDouble() < 0.02;
        c.supervisoryTransfer = false;

        // Triage by the real standard, then the labels it implies.
        TriageFacts.Builder factsBuilder = TriageFacts.builder(type).procedure(procedure).guiltyPlea(c.guiltyPlea)
                .suspects(Math.max(1, suspects)).anyMinor(minorCase).anyDetained(c.inCustody)
                .charges(c.chargeCodes).possibleSentenceMonths(c.possibleSentenceMonths)
                .victims(c.victims.size()).sensitive(c.sensitive);
        if (c.recommendationMaxMonths != null) {
            factsBuilder.recommendation(c.recommendationMinMonths, c.recommendationMaxMonths);
        }
        TriageFacts facts = factsBuilder.build();
        Classification classification = classifications.computeIfAbsent(facts, standard::classify);
        c.complexity = classification.complexity().name();
        c.speedTrack = classification.speedTrack().name();
        c.severity = classification.severity().name();
        c.standardVersion = classification.standardVersion();
        c.simpleCategory = classification.matchedCategoryId();
        c.classificationZh = truncate(classification.explanationZh(), 1000);
        c.classificationEn = truncate(classification.explanationEn(), 1000);
        c.labels.addAll(LabelRules.derive(facts, classification));
        boolean simple = classification.complexity().name().equals("SIMPLE");
        c.majorComplex = !simple && criminalReview && c.possibleSentenceMonths > 36 && random.nextDouble() < 0.5;

        c.agencyName = agencyName(office, type);
        c.agencyPrefix = agencyPrefix(office, type);
        c.submissionHash = hex64();
        c.summary = summary(c, charge);

        // Registration and assignment.
        c.registeredBy = office.registrar();
        c.registeredAt = utc(received, LocalTime.of(8 + random.nextInt(3), random.nextInt(60)));
        DemoOffice.Handler handler = handler(office, simple, type);
        c.riskLevel = risk(c);

        // The review period and its deadline, counted by the one deadline calculator.
        c.reviewStart = received;
        Optional<ReviewPeriod> period = reviewPeriod(type, c);
        Deadline deadline = period.map(p -> deadline(received, p, c.inCustody)).orElse(null);

        // How long the review takes, steered so that each complexity's average stays on its target. A complex
        // prosecution review that needs longer than its month gets the 15-day extension (CPL art. 172) and,
        // if that is not enough, goes back to the police for supplementary investigation, after which the
        // review period starts again in full (CPL art. 175).
        int wanted = wantedDays(simple);
        long legalDays = deadline == null ? APPEAL_DAYS : ChronoUnit.DAYS.between(received, deadline.deadline());
        boolean mayTakeLonger = !simple && deadline != null && type == BusinessType.PROSECUTION_REVIEW
                && !Procedure.EXPEDITED.name().equals(c.procedureType);
        if (mayTakeLonger && wanted > legalDays && random.nextDouble() < 0.8) {
            c.majorComplex = true;
            period = Optional.of(ReviewPeriods.periodFor(query(type, c).withExtension(15)).orElseThrow());
            deadline = extend(deadline, period.get());
            legalDays = ChronoUnit.DAYS.between(received, deadline.deadline());
            c.extensionDays = 15;
            c.extensionApprovedBy = office.deputy();
        }
        c.firstDeadline = deadline == null ? null : deadline.deadline();
        c.firstDeadlineZh = deadline == null ? null : texts(deadline)[0];
        c.firstDeadlineEn = deadline == null ? null : texts(deadline)[1];
        c.firstDeadlineProvisionalYear = deadline == null ? null : deadline.provisionalYear();
        if (mayTakeLonger && wanted > legalDays) {
            LocalDate returnedOn = received.plusDays(Math.max(3, legalDays * (5 + random.nextInt(5)) / 10));
            // Supplementary investigation takes at most a month (CPL art. 175).
            LocalDate cameBack = returnedOn.plusDays(15 + random.nextInt(16));
            c.supplementaryReturn = new GeneratedCase.SupplementaryReturn(returnedOn, cameBack,
                    "部分事实不清、证据不足，退回公安机关补充侦查");
            c.supplementaryReturns = 1;
            c.reviewStart = cameBack;
            ReviewPeriod restarted = period.orElseThrow();
            deadline = deadline(cameBack, restarted, c.inCustody);
            if (restarted.extension().isPresent()) {
                deadline = extend(deadline, restarted);
            }
            legalDays = ChronoUnit.DAYS.between(received, deadline.deadline());
        }
        int reviewDays = settle(simple, wanted, legalDays, received);
        period.ifPresent(p -> c.reviewPeriod = p.period().toString());
        if (deadline != null) {
            c.deadline = deadline.deadline();
            c.deadlineProvisionalYear = deadline.provisionalYear();
            String[] texts = texts(deadline);
            c.deadlineZh = texts[0];
            c.deadlineEn = texts[1];
        }
        stageAndHistory(c, office, handler, reviewDays);
        return c;
    }

    private void stageAndHistory(GeneratedCase c, DemoOffice office, DemoOffice.Handler handler, int reviewDays) {
        LocalDate received = c.receivedDate;
        long elapsed = ChronoUnit.DAYS.between(received, today);
        c.events.add(new GeneratedCase.Event(c.registeredAt, c.registeredBy, "REGISTERED", null, "RECEIVED", "受理"));
        boolean assigned = elapsed > 0 || random.nextBoolean();
        if (!assigned) {
            c.stage = "RECEIVED";
            c.inProgress = true;
            return;
        }
        c.departmentId = handler.departmentId();
        c.teamId = handler.teamId();
        c.handlerId = handler.staffId();
        c.assignedAt = c.registeredAt.plusMinutes(30 + random.nextInt(150));
        boolean fastTrial = handler.teamName() != null && "SIMPLE".equals(c.complexity);
        c.assignmentZh = fastTrial ? "简案，分配至" + handler.teamName() + "集中办理" : "繁案，轮案分配给承办检察官";
        c.assignmentEn = fastTrial ? "simple case, assigned to the fast-trial team " + handler.teamName()
                : "complex case, assigned by rotation to a prosecutor";
        c.events.add(new GeneratedCase.Event(c.assignedAt, c.registeredBy, "ASSIGNED", "RECEIVED", "ASSIGNED",
                "分配给承办人 " + handler.username()));
        c.riskAssessedBy = handler.username();
        c.riskAssessedAt = c.assignedAt.plusHours(2);
        c.riskDue = received.plusDays(3);
        c.riskReason = switch (c.riskLevel) {
            case "HIGH" -> "涉众或敏感，存在信访、舆情风险";
            case "MEDIUM" -> "被害人诉求较大，需关注矛盾化解";
            default -> "事实清楚，认罪认罚，风险较低";
        };
        if (elapsed == 0) {
            c.stage = "ASSIGNED";
            c.inProgress = true;
            return;
        }
        LocalDateTime reviewFrom = utc(received.plusDays(1), LocalTime.of(9, random.nextInt(60)));
        c.events.add(new GeneratedCase.Event(reviewFrom, handler.username(), "STAGE_CHANGED", "ASSIGNED", "UNDER_REVIEW",
                "开始审查"));
        boolean stalled = elapsed <= STALL_WINDOW_DAYS && random.nextDouble() < STALLED_SHARE;
        boolean decided = !stalled && elapsed >= reviewDays;
        GeneratedCase.SupplementaryReturn sentBack = c.supplementaryReturn;
        if (sentBack != null && today.isBefore(sentBack.returnedOn())) {
            // The return still lies ahead: it is not on the record yet, and the first deadline runs.
            sentBack = null;
            c.supplementaryReturn = null;
            c.supplementaryReturns = 0;
            c.reviewStart = received;
            c.deadline = c.firstDeadline;
            c.deadlineZh = c.firstDeadlineZh;
            c.deadlineEn = c.firstDeadlineEn;
            c.deadlineProvisionalYear = c.firstDeadlineProvisionalYear;
        }
        if (sentBack != null) {
            c.events.add(new GeneratedCase.Event(utc(sentBack.returnedOn(), LocalTime.of(15, 0)), handler.username(),
                    "STAGE_CHANGED", "UNDER_REVIEW", "SUPPLEMENTARY_INVESTIGATION", "退回补充侦查"));
            if (today.isBefore(sentBack.cameBackOn())) {
                c.inProgress = true;
                c.stage = "SUPPLEMENTARY_INVESTIGATION";
                c.clockStopped = true;
                c.supplementaryReturn = new GeneratedCase.SupplementaryReturn(sentBack.returnedOn(), null,
                        sentBack.reason());
                c.reviewStart = received;
                c.deadline = null;
                c.deadlineProvisionalYear = null;
                c.deadlineZh = "退回补充侦查期间，审查起诉期限停止计算（刑事诉讼法第一百七十五条）";
                c.deadlineEn = "Out for supplementary investigation: the review period is stopped (CPL art. 175)";
                return;
            }
            c.events.add(new GeneratedCase.Event(utc(sentBack.cameBackOn(), LocalTime.of(9, 30)), c.registeredBy,
                    "STAGE_CHANGED", "SUPPLEMENTARY_INVESTIGATION", "UNDER_REVIEW", "补充侦查完毕，审查期限重新计算"));
        }
        if (!decided) {
            c.inProgress = true;
            double progress = (double) elapsed / Math.max(1, reviewDays);
            if (!stalled && progress >= 0.8) {
                c.stage = "PENDING_DECISION";
                c.events.add(new GeneratedCase.Event(utc(today.minusDays(1), LocalTime.of(16, 0)), handler.username(),
                        "STAGE_CHANGED", "UNDER_REVIEW", "PENDING_DECISION", "审查完毕，提请决定"));
            } else {
                c.stage = "UNDER_REVIEW";
            }
            return;
        }
        LocalDate decidedOn = received.plusDays(reviewDays);
        c.decidedAt = utc(decidedOn, LocalTime.of(14 + random.nextInt(3), random.nextInt(60)));
        String decider = "SIMPLE".equals(c.complexity) ? handler.username() : office.deputy();
        c.events.add(new GeneratedCase.Event(c.decidedAt.minusHours(3), handler.username(), "STAGE_CHANGED",
                "UNDER_REVIEW", "PENDING_DECISION", "审查完毕，提请决定"));
        c.events.add(new GeneratedCase.Event(c.decidedAt, decider, "STAGE_CHANGED", "PENDING_DECISION", "DECIDED",
                decisionText(c)));
        LocalDate closedOn = decidedOn.plusDays(1 + random.nextInt(10));
        c.inProgress = false;
        if (closedOn.isAfter(today)) {
            c.stage = "DECIDED";
        } else {
            c.stage = "CLOSED";
            c.closedAt = utc(closedOn, LocalTime.of(10, random.nextInt(60)));
            c.events.add(new GeneratedCase.Event(c.closedAt, handler.username(), "STAGE_CHANGED", "DECIDED", "CLOSED",
                    "文书送达，结案归档"));
        }
    }

    /** Review days around the target of the complexity, plus what earlier cases fell short of it. */
    private int wantedDays(boolean simple) {
        double target = simple ? simpleTarget : complexTarget;
        double deficit = simple ? simpleDeficit : complexDeficit;
        double spread = simple ? 2.5 : 8;
        return (int) Math.max(1, Math.round(target + Math.max(-target / 2, Math.min(6 * target, deficit))
                + random.nextGaussian() * spread));
    }

    /**
     * The review days actually taken: never past the legal deadline. What the deadline cuts off is carried
     * over to later cases of the same complexity, so that the averages stay on target.
     */
    private int settle(boolean simple, int wanted, long legalDays, LocalDate received) {
        int days = (int) Math.max(1, Math.min(legalDays, wanted));
        if (received.plusDays(days).isAfter(today)) {
            // Still under review today: not among the decided cases whose average is measured.
            return days;
        }
        if (simple) {
            simpleDeficit += simpleTarget - days;
        } else {
            complexDeficit += complexTarget - days;
        }
        return days;
    }

    private Optional<ReviewPeriod> reviewPeriod(BusinessType type, GeneratedCase c) {
        return ReviewPeriods.periodFor(query(type, c));
    }

    private static ReviewPeriodQuery query(BusinessType type, GeneratedCase c) {
        ReviewPeriodQuery q = ReviewPeriodQuery.of(type);
        if (c.inCustody) {
            q = q.withSuspectDetained();
        }
        if (c.majorComplex) {
            q = q.withMajorOrComplex();
        }
        if (type == BusinessType.PROSECUTION_REVIEW && c.guiltyPlea && "EXPEDITED".equals(c.procedureType)) {
            q = q.withExpeditedGuiltyPlea(c.possibleSentenceMonths);
        }
        return q;
    }

    /**
     * Counted as the application counts: in a year without a working-day calendar (before 2024 or after the last
     * year entered) the deadline is provisional, and the application recounts it once the year is entered.
     */
    private Deadline deadline(LocalDate start, ReviewPeriod period, boolean inCustody) {
        return calculator.computeProvisionally(start, period.period(), inCustody);
    }

    private Deadline extend(Deadline original, ReviewPeriod period) {
        return calculator.extendProvisionally(original, period.extension().orElseThrow());
    }

    private String[] texts(Deadline deadline) {
        if (deadlineTexts.size() > 50_000) {
            deadlineTexts.clear();
        }
        return deadlineTexts.computeIfAbsent(deadline, d -> new String[]{
                truncate(d.explanation(Locale.SIMPLIFIED_CHINESE), 500), truncate(d.explanation(Locale.ENGLISH), 500)});
    }

    private BusinessType businessType() {
        double r = random.nextDouble();
        if (r < 0.57) {
            return BusinessType.PROSECUTION_REVIEW;
        }
        if (r < 0.94) {
            return BusinessType.ARREST_REVIEW;
        }
        return r < 0.97 ? BusinessType.CRIMINAL_APPEAL : BusinessType.CIVIL_APPEAL;
    }

    private ChargeProfile charge(BusinessType type) {
        List<ChargeProfile> known = CHARGES.stream().filter(p -> chargeCodes.containsKey(p.name())).toList();
        double[] weights = known.stream()
                .mapToDouble(p -> type == BusinessType.ARREST_REVIEW ? p.arrestWeight() : p.prosecutionWeight())
                .toArray();
        return known.get(pick(weights));
    }

    private int suspectCount() {
        double r = random.nextDouble();
        if (r < 0.86) {
            return 1;
        }
        if (r < 0.95) {
            return 2;
        }
        return 3 + random.nextInt(4);
    }

    private String custody(BusinessType type) {
        double r = random.nextDouble();
        return switch (type) {
            case ARREST_REVIEW -> r < 0.85 ? "DETAINED" : r < 0.95 ? "BAIL" : "RESIDENTIAL_SURVEILLANCE";
            case PROSECUTION_REVIEW -> r < 0.3 ? "DETAINED" : r < 0.9 ? "BAIL" : r < 0.95 ? "RESIDENTIAL_SURVEILLANCE" : "NONE";
            default -> "NONE";
        };
    }

    private Procedure procedure(BusinessType type, GeneratedCase c) {
        if (type != BusinessType.PROSECUTION_REVIEW) {
            return null;
        }
        if (c.guiltyPlea && c.possibleSentenceMonths <= 36 && random.nextDouble() < 0.65) {
            return Procedure.EXPEDITED;
        }
        if (c.possibleSentenceMonths <= 36 && random.nextDouble() < 0.6) {
            return Procedure.SUMMARY;
        }
        return Procedure.ORDINARY;
    }

    private DemoOffice.Handler handler(DemoOffice office, boolean simple, BusinessType type) {
        boolean criminalReview = type == BusinessType.ARREST_REVIEW || type == BusinessType.PROSECUTION_REVIEW;
        List<DemoOffice.Handler> pool = simple && criminalReview && !office.fastTrial().isEmpty()
                ? office.fastTrial() : office.ordinary().isEmpty() ? office.fastTrial() : office.ordinary();
        return pool.get(random.nextInt(pool.size()));
    }

    private String risk(GeneratedCase c) {
        double high = c.sensitive || c.victims.size() >= 3 || c.possibleSentenceMonths > 36 ? 0.3 : 0.04;
        double r = random.nextDouble();
        return r < high ? "HIGH" : r < high + 0.2 ? "MEDIUM" : "LOW";
    }

    private static String decisionText(GeneratedCase c) {
        return switch (c.businessType) {
            case "ARREST_REVIEW" -> "批准逮捕";
            case "PROSECUTION_REVIEW" -> "提起公诉";
            default -> "审查终结";
        };
    }

    private static String agencyName(DemoOffice office, BusinessType type) {
        String place = office.name().replace("人民检察院", "");
        return switch (type) {
            case ARREST_REVIEW, PROSECUTION_REVIEW -> place + "公安局";
            case CRIMINAL_APPEAL, CIVIL_APPEAL -> place + "人民法院";
        };
    }

    private static String agencyPrefix(DemoOffice office, BusinessType type) {
        String base = office.shortName().replace("检", "公");
        return switch (type) {
            case ARREST_REVIEW -> base + "（刑）捕字";
            case PROSECUTION_REVIEW -> base + "（刑）诉字";
            case CRIMINAL_APPEAL -> base + "法刑申字";
            case CIVIL_APPEAL -> base + "法民申字";
        };
    }

    private String summary(GeneratedCase c, ChargeProfile charge) {
        String who = c.suspects.isEmpty() ? "申请人" + name() : "犯罪嫌疑人" + c.suspects.get(0).name()
                + (c.suspects.size() > 1 ? "等" + c.suspects.size() + "人" : "");
        return charge == null ? who + "不服生效民事裁判，申请监督。"
                : who + "涉嫌" + charge.name() + "，由" + c.agencyName + "移送。";
    }

    String name() {
        char surname = SURNAMES.charAt(random.nextInt(SURNAMES.length()));
        int given = random.nextInt(GIVEN_NAMES.length() / 2);
        return random.nextDouble() < 0.25 ? surname + GIVEN_NAMES.substring(given * 2, given * 2 + 1)
                : surname + GIVEN_NAMES.substring(given * 2, given * 2 + 2);
    }

    /** An 18-digit resident ID number with a valid check digit (GB 11643). */
    String idNumber(String areaCode, LocalDate birthDate) {
        String area = areaCode != null && areaCode.matches("\\d{6}") ? areaCode : "371000";
        String body = area + birthDate.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return body + checkDigit(body);
    }

    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    private String hex64() {
        return String.format("%016x%016x%016x%016x", random.nextLong(), random.nextLong(), random.nextLong(),
                random.nextLong());
    }

    /** Office wall-clock time on a date, as the UTC wall-clock time the database holds. */
    private LocalDateTime utc(LocalDate date, LocalTime officeTime) {
        return date.atTime(officeTime).atZone(officeZone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
