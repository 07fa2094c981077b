package org.caseloop.cases.charges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looks up charges in the catalogue. The catalogue is shipped data that only a migration changes, so look-ups by
 * code (at every intake and on every case card) are answered from memory after the first.
 */
@ApplicationScoped
public class ChargeCatalogue {

    // '!' rather than a backslash: the two databases treat backslashes in literals differently.
    private static final char LIKE_ESCAPE = '!';

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    private volatile Map<String, Charge> byCode;

    /** One page of charges and the number of charges on all pages. */
    public record SearchResult(List<Charge> items, long total) {
    }

    /**
     * Charges whose name contains the text or whose code starts with it ({@code C02} lists chapter 2), ordered by
     * code; all charges when the text is blank.
     */
    public SearchResult search(String text, int offset, int limit) {
        String filter = text == null ? "" : text.strip();
        String where = filter.isEmpty() ? "" : " WHERE c.name LIKE :name ESCAPE '" + LIKE_ESCAPE + "'"
                + " OR c.code LIKE :code ESCAPE '" + LIKE_ESCAPE + "'";
        TypedQuery<Charge> page = em.createQuery("SELECT c FROM Charge c" + where + " ORDER BY c.code", Charge.class)
                .setFirstResult(offset)
                .setMaxResults(limit);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Charge c" + where, Long.class);
        if (!filter.isEmpty()) {
            String escaped = escapeLike(filter);
            String codePrefix = escapeLike(filter.toUpperCase(Locale.ROOT)) + "%";
            page.setParameter("name", "%" + escaped + "%").setParameter("code", codePrefix);
            count.setParameter("name", "%" + escaped + "%").setParameter("code", codePrefix);
        }
        return new SearchResult(page.getResultList(), count.getSingleResult());
    }

    /** The charges with these codes, ordered by code; unknown codes are left out. */
    public List<Charge> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, Charge> all = all();
        return codes.stream().distinct().map(all::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Charge::getCode)).toList();
    }

    private Map<String, Charge> all() {
        Map<String, Charge> all = byCode;
        if (all == null) {
            all = em.createQuery("SELECT c FROM Charge c", Charge.class).getResultStream()
                    .collect(Collectors.toUnmodifiableMap(Charge::getCode, Function.identity()));
            byCode = all;
        }
        return all;
    }

    private static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            if (ch == LIKE_ESCAPE || ch == '%' || ch == '_') {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(ch);
        }
        return escaped.toString();
    }
}
