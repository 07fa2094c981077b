package org.caseloop.cases.triage;

import org.caseloop.platform.web.api.MalformedBodyException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StandardResourceTest {

    @Test
    void aPublicationIsReadWithOrWithoutAVersionNumber() {
        String standard = StandardCodec.toJson(TestStandards.standard());
        StandardResource.PublishRequest request = StandardResource.PublishRequest.parse(
                "{\"note\":\"调整\",\"standard\":" + standard + "}");
        assertEquals("调整", request.note());
        assertEquals(TestStandards.standard(), request.standard());

        String withoutVersion = standard.replaceFirst("\"version\"\\s*:\\s*\\d+\\s*,", "");
        StandardResource.PublishRequest unnumbered = StandardResource.PublishRequest.parse(
                "{\"standard\":" + withoutVersion + "}");
        assertNull(unnumbered.note());
        assertEquals(TestStandards.standard().withVersion(0), unnumbered.standard());
    }

    @Test
    void whatIsNotAStandardIsRefused() {
        assertThrows(MalformedBodyException.class, () -> StandardResource.PublishRequest.parse("{\"note\":"));
        assertThrows(IllegalArgumentException.class, () -> StandardResource.PublishRequest.parse(""));
        assertThrows(IllegalArgumentException.class, () -> StandardResource.PublishRequest.parse("\"text\""));
        assertThrows(IllegalArgumentException.class, () -> StandardResource.PublishRequest.parse("[]"));
        assertThrows(IllegalArgumentException.class, () -> StandardResource.PublishRequest.parse("{\"note\":\"x\"}"));
        assertThrows(IllegalArgumentException.class, () -> StandardResource.PublishRequest.parse("{\"note\":1,\"standard\":{}}"));
        assertThrows(IllegalArgumentException.class, () -> StandardResource.PublishRequest.parse(
                "{\"standard\":{\"version\":1,\"categories\":[]}}"));
        String parking = StandardCodec.toJson(TestStandards.standard()).replace("PROSECUTION_REVIEW", "PARKING");
        assertThrows(IllegalArgumentException.class, () -> StandardResource.PublishRequest.parse("{\"standard\":" + parking + "}"));
    }

    @Test
    void aStandardNestedAThousandDeepIsRefusedBeforeItIsWalked() {
        String deep = "{\"note\":\"x\",\"standard\":{\"categories\":" + "[".repeat(1_000) + "]".repeat(1_000) + "}}";
        MalformedBodyException e = assertThrows(MalformedBodyException.class,
                () -> StandardResource.PublishRequest.parse(deep));
        assertEquals("api.body.tooDeep", e.code());
    }
}
