package org.caseloop.cases.triage;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.Procedure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A simple-case category being edited on the standard page: mutable and serializable, unlike
 * {@link SimpleCaseCategory}. Charges are kept as "code name" items, the form the charge picker shows.
 */
public class CategoryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Position in the draft, or -1 for a category not yet added. */
    private int index = -1;
    private String id;
    private String nameZh;
    private String nameEn;
    private List<BusinessType> businessTypes = new ArrayList<>();
    private List<Procedure> procedures = new ArrayList<>();
    private boolean guiltyPleaRequired = true;
    private Integer maxSuspects = 1;
    private Integer maxSentenceMonths = ClassificationStandard.DEFAULT_SEVERITY_THRESHOLD_MONTHS;
    private List<String> charges = new ArrayList<>();
    private boolean excludesMinors = true;
    private boolean excludesSensitive = true;

    static CategoryForm of(SimpleCaseCategory c, int index) {
        CategoryForm f = new CategoryForm();
        f.index = index;
        f.id = c.id();
        f.nameZh = c.nameZh();
        f.nameEn = c.nameEn();
        f.businessTypes = sorted(c.businessTypes(), BusinessType.class);
        f.procedures = sorted(c.procedures(), Procedure.class);
        f.guiltyPleaRequired = c.guiltyPleaRequired();
        f.maxSuspects = c.maxSuspects();
        f.maxSentenceMonths = c.maxSentenceMonths();
        f.charges = new ArrayList<>(c.charges().stream().map(r -> item(r.code(), r.name())).toList());
        f.excludesMinors = c.excludesMinors();
        f.excludesSensitive = c.excludesSensitive();
        return f;
    }

    CategoryForm copy() {
        CategoryForm f = of(toCategory(chargeRefs()), index);
        f.charges = new ArrayList<>(charges);
        return f;
    }

    /** The category with these charges (resolved from {@link #chargeCodes()} against the catalogue). */
    public SimpleCaseCategory toCategory(List<ChargeRef> resolvedCharges) {
        return new SimpleCaseCategory(strip(id), strip(nameZh), strip(nameEn), Set.copyOf(businessTypes),
                Set.copyOf(procedures), guiltyPleaRequired, maxSuspects, maxSentenceMonths, resolvedCharges,
                excludesMinors, excludesSensitive);
    }

    /** The charge codes of the items, in order, without repeats; the first word of each item, upper case. */
    public List<String> chargeCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (String item : charges) {
            String code = code(item);
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    /** The charges as the items name them (name = the rest of the item); blank names stay blank. */
    List<ChargeRef> chargeRefs() {
        List<ChargeRef> refs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String item : charges) {
            String code = code(item);
            if (!code.isEmpty() && seen.add(code)) {
                String[] parts = item.strip().split("[\\s,，、]+", 2);
                refs.add(new ChargeRef(code, parts.length > 1 ? parts[1].strip() : ""));
            }
        }
        return refs;
    }

    public static String item(String code, String name) {
        return code + " " + name;
    }

    static String code(String item) {
        if (item == null || item.isBlank()) {
            return "";
        }
        return item.strip().split("[\\s,，、]+")[0].toUpperCase(Locale.ROOT);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static <E extends Enum<E>> List<E> sorted(Set<E> values, Class<E> type) {
        return new ArrayList<>(values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values));
    }

    public boolean isNew() { return index < 0; }
    public int getIndex() { return index; }
    void setIndex(int index) { this.index = index; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public List<BusinessType> getBusinessTypes() { return businessTypes; }
    public void setBusinessTypes(List<BusinessType> businessTypes) { this.businessTypes = list(businessTypes); }
    public List<Procedure> getProcedures() { return procedures; }
    public void setProcedures(List<Procedure> procedures) { this.procedures = list(procedures); }
    /** For the page's check boxes: enum names, since a list's element type is lost to the page. */
    public List<String> getBusinessTypeNames() { return businessTypes.stream().map(Enum::name).toList(); }
    public void setBusinessTypeNames(List<String> names) { this.businessTypes = enums(names, BusinessType.class); }
    public List<String> getProcedureNames() { return procedures.stream().map(Enum::name).toList(); }
    public void setProcedureNames(List<String> names) { this.procedures = enums(names, Procedure.class); }
    public boolean isGuiltyPleaRequired() { return guiltyPleaRequired; }
    public void setGuiltyPleaRequired(boolean b) { this.guiltyPleaRequired = b; }
    public Integer getMaxSuspects() { return maxSuspects; }
    public void setMaxSuspects(Integer maxSuspects) { this.maxSuspects = maxSuspects; }
    public Integer getMaxSentenceMonths() { return maxSentenceMonths; }
    public void setMaxSentenceMonths(Integer m) { this.maxSentenceMonths = m; }
    public List<String> getCharges() { return charges; }
    public void setCharges(List<String> charges) { this.charges = list(charges); }
    public boolean isExcludesMinors() { return excludesMinors; }
    public void setExcludesMinors(boolean b) { this.excludesMinors = b; }
    public boolean isExcludesSensitive() { return excludesSensitive; }
    public void setExcludesSensitive(boolean b) { this.excludesSensitive = b; }

    private static <E extends Enum<E>> List<E> enums(List<String> names, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (names != null) {
            names.forEach(n -> set.add(Enum.valueOf(type, n)));
        }
        return new ArrayList<>(set);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
