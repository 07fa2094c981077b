package org.caseloop.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.caseloop.platform.audit.AuditTrail;
import org.caseloop.platform.audit.FieldChange;
import org.caseloop.platform.organisation.Department;
import org.caseloop.platform.organisation.OrgLevel;
import org.caseloop.platform.organisation.Procuratorate;
import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.organisation.StaffUser;
import org.caseloop.platform.organisation.Team;
import org.caseloop.platform.security.PasswordHasher;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo organisation of the embedded database: the Weihai city procuratorate and three district
 * offices, their departments, 18 fast-trial teams and about 100 staff. The eight named demo accounts
 * ({@link #DEMO_ACCOUNTS}) sit in the city office; every demo account has the password
 * {@value #DEMO_PASSWORD}. Never loaded unless {@code caseloop.demo-data} is true.
 */
@ApplicationScoped
public class DemoOrganisation {

    public static final String DEMO_PASSWORD = "Demo@2026";
    public static final List<String> DEMO_ACCOUNTS =
            List.of("admin", "caseoffice", "handler", "director", "deputy", "chief", "committee", "reception");
    public static final String CITY_CODE = "371000";
    /** The audit action of the demo load: marks the database as a demo database. */
    static final String LOADED = "DEMO_ORGANISATION_LOADED";

    private static final Logger LOG = Logger.getLogger(DemoOrganisation.class.getName());
    private static final Set<String> CRIMINAL_REVIEW = Set.of("ARREST_REVIEW", "PROSECUTION_REVIEW");
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红健斌宇浩凯鹏飞鑫波辉峰丹晨阳琳雪梅雯婷倩博文琪";

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private int nameSeed;
    private String demoHash;

    /**
     * Whether this database was ever loaded with the demo organisation (the audit trail keeps the load
     * for good). A production database never is, whatever the server's configuration says.
     */
    public boolean loadedInThisDatabase() {
        Number loads = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM platform_audit_record WHERE action = ?1")
                .setParameter(1, LOADED).getSingleResult();
        return loads.longValue() > 0;
    }

    @Transactional
    public void loadIfAbsent() {
        if (em.createQuery("SELECT COUNT(p) FROM Procuratorate p WHERE p.code = :c", Long.class)
                .setParameter("c", CITY_CODE).getSingleResult() > 0) {
            return;
        }
        // Demo only: one hash shared by all demo accounts keeps start-up fast.
        demoHash = hasher.hash(DEMO_PASSWORD);
        Procuratorate city = procuratorate(CITY_CODE, "威海市人民检察院", "威检", OrgLevel.CITY, null);
        List<Procuratorate> districts = List.of(
                procuratorate("371002", "威海市环翠区人民检察院", "威环检", OrgLevel.DISTRICT, city),
                procuratorate("371003", "威海市文登区人民检察院", "威文检", OrgLevel.DISTRICT, city),
                procuratorate("371082", "荣成市人民检察院", "荣检", OrgLevel.DISTRICT, city));

        staffOffice(city, 3, true);
        for (Procuratorate district : districts) {
            staffOffice(district, 5, false);
        }
        audit.recordChange("Organisation", CITY_CODE, LOADED, FieldChange.changes()
                .field("procuratorates", null, 1 + districts.size()).build());
        LOG.info("Loaded the demo organisation");
    }

    private void staffOffice(Procuratorate p, int fastTrialTeams, boolean namedAccounts) {
        Department first = department(p, "D01", "第一检察部");
        Department second = department(p, "D02", "第二检察部");
        Department petitions = department(p, "D08", "控告申诉检察部");
        Department caseOffice = department(p, "D09", "案件管理部");
        Department office = department(p, "D10", "办公室");

        List<Team> teams = new ArrayList<>();
        for (int i = 1; i <= fastTrialTeams; i++) {
            Department home = i % 3 == 0 ? second : first;
            teams.add(team(home, "快审" + chineseNumber(i) + "组", true, CRIMINAL_REVIEW));
        }
        Team ordinary = team(second, "重大案件办案组", false, CRIMINAL_REVIEW);

        staff(namedAccounts ? "chief" : null, p, office, null, EnumSet.of(Role.CHIEF, Role.COMMITTEE));
        staff(namedAccounts ? "deputy" : null, p, office, null, EnumSet.of(Role.DEPUTY_CHIEF, Role.COMMITTEE));
        staff(null, p, office, null, EnumSet.of(Role.DEPUTY_CHIEF, Role.COMMITTEE));
        staff(namedAccounts ? "committee" : null, p, second, null, EnumSet.of(Role.COMMITTEE, Role.HANDLER));
        staff(namedAccounts ? "director" : null, p, first, null, EnumSet.of(Role.DIRECTOR, Role.HANDLER));
        staff(null, p, second, null, EnumSet.of(Role.DIRECTOR, Role.HANDLER));
        // The appeals (刑事申诉, 民事申诉) are this department's cases: its director handles them.
        staff(null, p, petitions, null, EnumSet.of(Role.DIRECTOR, Role.RECEPTION, Role.HANDLER));
        staff(namedAccounts ? "caseoffice" : null, p, caseOffice, null, EnumSet.of(Role.CASE_OFFICE));
        staff(null, p, caseOffice, null, EnumSet.of(Role.CASE_OFFICE));
        staff(namedAccounts ? "reception" : null, p, petitions, null, EnumSet.of(Role.RECEPTION));
        staff(namedAccounts ? "admin" : null, p, office, null, EnumSet.of(Role.ADMIN));
        staff(namedAccounts ? "security" : null, p, office, null, EnumSet.of(Role.SECURITY_ADMIN));
        staff(namedAccounts ? "auditor" : null, p, office, null, EnumSet.of(Role.AUDIT_ADMIN));

        // Handlers: two per fast-trial team, the rest in the ordinary rotation of both departments.
        boolean handlerNamed = false;
        for (Team t : teams) {
            for (int k = 0; k < 2; k++) {
                String login = namedAccounts && !handlerNamed ? "handler" : null;
                handlerNamed = handlerNamed || login != null;
                staff(login, p, t.getDepartment(), t, EnumSet.of(Role.HANDLER));
            }
        }
        int ordinaryHandlers = namedAccounts ? 4 : 2;
        for (int k = 0; k < ordinaryHandlers; k++) {
            staff(null, p, first, null, EnumSet.of(Role.HANDLER));
            staff(null, p, second, k == 0 ? ordinary : null, EnumSet.of(Role.HANDLER));
        }
    }

    private Procuratorate procuratorate(String code, String name, String shortName, OrgLevel level, Procuratorate parent) {
        Procuratorate p = new Procuratorate(code, name, shortName, level, parent);
        em.persist(p);
        return p;
    }

    private Department department(Procuratorate p, String code, String name) {
        Department d = new Department(p, code, name);
        em.persist(d);
        return d;
    }

    private Team team(Department d, String name, boolean fastTrial, Set<String> types) {
        Team t = new Team(d, name, fastTrial, types);
        em.persist(t);
        return t;
    }

    private void staff(String login, Procuratorate p, Department d, Team t, Set<Role> roles) {
        String name = nextName();
        String username = login != null ? login : p.getCode() + "_" + String.format("%03d", nameSeed);
        StaffUser s = new StaffUser(username, name, p, d, t, roles, clock.instant());
        s.setPasswordHash(demoHash, clock.instant());
        em.persist(s);
    }

    private String nextName() {
        int i = nameSeed++;
        char surname = SURNAMES.charAt((i * 7) % SURNAMES.length());
        char given1 = GIVEN.charAt((i * 5 + 3) % GIVEN.length());
        if (i % 3 == 0) {
            return "" + surname + given1;
        }
        return "" + surname + given1 + GIVEN.charAt((i * 11 + 1) % GIVEN.length());
    }

    private static String chineseNumber(int n) {
        return "〇一二三四五六七八九十".substring(n, n + 1);
    }
}
