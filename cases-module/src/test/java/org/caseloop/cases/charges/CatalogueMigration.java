package org.caseloop.cases.charges;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rows of the charges migration, read from the SQL text so that tests need no database. */
public final class CatalogueMigration {

    public static final String PATH = "/db/migration/cases/V2026_11_25_2002__cases_charge_catalogue.sql";

    private static final Pattern ROW = Pattern.compile(
            "\\((\\d+), '([^']*)', '([^']*)', '([^']*)', (\\d+), (NULL|\\d+), (TRUE|FALSE), (TRUE|FALSE)\\)[,;]");

    public record Row(long id, String code, String name, String article, int chapter, Integer section,
                      boolean negligent, boolean dereliction) {
    }

    private CatalogueMigration() {
    }

    public static String text() {
        try (InputStream in = CatalogueMigration.class.getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException(PATH + " not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        Matcher m = ROW.matcher(text());
        while (m.find()) {
            rows.add(new Row(Long.parseLong(m.group(1)), m.group(2), m.group(3), m.group(4),
                    Integer.parseInt(m.group(5)), "NULL".equals(m.group(6)) ? null : Integer.valueOf(m.group(6)),
                    Boolean.parseBoolean(m.group(7).toLowerCase()), Boolean.parseBoolean(m.group(8).toLowerCase())));
        }
        return rows;
    }
}
