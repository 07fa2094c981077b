package org.caseloop.persistence;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one persistence unit lists every entity and converter of every module, and lets JPA create nothing. */
class PersistenceUnitTest {

    private static String persistenceXml() throws IOException {
        try (InputStream in = PersistenceUnitTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void listsEveryEntityAndConverterOfEveryModule() throws IOException {
        Set<String> mapped = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.caseloop").stream()
                .filter(c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Converter.class))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("<class>([^<]+)</class>").matcher(persistenceXml());
        while (m.find()) {
            listed.add(m.group(1).trim());
        }
        assertEquals(mapped, listed);
    }

    @Test
    void schemaBelongsToTheMigrations() throws IOException {
        String xml = persistenceXml();
        assertTrue(xml.contains("name=\"jakarta.persistence.schema-generation.database.action\" value=\"none\""));
        assertTrue(!xml.contains("eclipselink.ddl-generation"));
    }
}
