package org.caseloop.cases.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CaseEtagsTest {

    @Test
    void aChangeNamesTheVersionReadAsTheCardsETag() {
        assertEquals(7L, CaseEtags.parse("\"7\""));
        assertEquals(7L, CaseEtags.parse(" W/\"7\" "), "a proxy may weaken the tag");
    }

    @Test
    void noIfMatchOrAStarNamesNoVersion() {
        assertNull(CaseEtags.parse(null));
        assertNull(CaseEtags.parse(" "));
        assertNull(CaseEtags.parse("*"));
    }

    @Test
    void anythingElseIsNoVersionOfOurs() {
        for (String bad : new String[] {"7", "\"7\", \"8\"", "\"-1\"", "\"abc\"", "\"1234567890123456789\""}) {
            assertThrows(IllegalArgumentException.class, () -> CaseEtags.parse(bad), bad);
        }
    }
}
