package org.caseloop.platform.web.api;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonShapeTest {

    enum Colour { RED, GREEN }

    record Person(String name, boolean active, Boolean onLeave, int months, Long handlerId, LocalDate receivedDate,
                  Colour colour, List<Long> caseIds, Set<Colour> colours, Child child) {
    }

    record Child(String name) {
    }

    private static MalformedBodyException refused(String json) {
        return assertThrows(MalformedBodyException.class, () -> JsonShape.check(parse(json), Person.class));
    }

    private static JsonValue parse(String json) {
        return Json.createReader(new StringReader(json)).readValue();
    }

    private static void assertRefused(String json, String path, String code) {
        MalformedBodyException e = refused(json);
        assertEquals(path, e.path());
        assertEquals(code, e.code());
    }

    @Test
    void aWellFormedBodyFits() {
        assertDoesNotThrow(() -> JsonShape.check(parse("{\"name\":\"张三\",\"active\":true,\"onLeave\":null,"
                + "\"months\":-3,\"handlerId\":9007199254740993,\"receivedDate\":\"2026-12-02\",\"colour\":\"RED\","
                + "\"caseIds\":[1,2],\"colours\":[\"GREEN\"],\"child\":{\"name\":\"x\"}}"), Person.class));
    }

    @Test
    void aTextOrANumberIsNotABoolean() {
        assertRefused("{\"active\":\"yes\"}", "active", "api.body.boolean");
        assertRefused("{\"active\":1}", "active", "api.body.boolean");
        assertRefused("{\"onLeave\":\"true\"}", "onLeave", "api.body.boolean");
    }

    @Test
    void aWholeNumberOutsideItsTypeIsRefusedNotClamped() {
        assertRefused("{\"months\":-2147483649}", "months", "api.body.wholeNumber");
        assertRefused("{\"months\":2147483648}", "months", "api.body.wholeNumber");
        assertRefused("{\"handlerId\":99999999999999999999}", "handlerId", "api.body.wholeNumber");
        assertRefused("{\"handlerId\":1e400}", "handlerId", "api.body.wholeNumber");
    }

    @Test
    void aFractionalIdIsRefusedNotTruncated() {
        assertRefused("{\"caseIds\":[1.5]}", "caseIds[0]", "api.body.wholeNumber");
        assertRefused("{\"handlerId\":1.0}", "handlerId", "api.body.wholeNumber");
        assertRefused("{\"months\":\"12\"}", "months", "api.body.wholeNumber");
    }

    @Test
    void aListHoldsNoNull() {
        assertRefused("{\"caseIds\":[1,null]}", "caseIds[1]", "api.body.nullElement");
        assertRefused("{\"colours\":[null]}", "colours[0]", "api.body.nullElement");
    }

    @Test
    void aNumberOrABooleanIsNotAText() {
        assertRefused("{\"name\":12}", "name", "api.body.string");
        assertRefused("{\"child\":{\"name\":true}}", "child.name", "api.body.string");
    }

    @Test
    void anEnumIsOneOfItsExactNames() {
        assertRefused("{\"colour\":\"red\"}", "colour", "api.body.enum");
        assertRefused("{\"colour\":0}", "colour", "api.body.enum");
    }

    @Test
    void aDateIsAnIsoDateText() {
        assertRefused("{\"receivedDate\":\"2026-13-01\"}", "receivedDate", "api.body.date");
        assertRefused("{\"receivedDate\":20261201}", "receivedDate", "api.body.date");
    }

    @Test
    void aPrimitiveIsNeverNull() {
        assertRefused("{\"active\":null}", "active", "api.body.null");
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertRefused("{\"colour\":\"RED\",\"shade\":1}", "shade", "api.body.unknownField");
    }

    @Test
    void aListIsAJsonList() {
        assertRefused("{\"caseIds\":1}", "caseIds", "api.body.array");
        assertRefused("[]", "", "api.body.object");
    }

    @Test
    void aListBodyIsCheckedElementByElement() throws NoSuchFieldException {
        Type listOfLong = Person.class.getRecordComponents()[7].getGenericType();
        MalformedBodyException e = assertThrows(MalformedBodyException.class,
                () -> JsonShape.check(parse("[1, 2.5]"), listOfLong));
        assertEquals("[1]", e.path());
    }
}
