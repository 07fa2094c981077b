package org.caseloop.cases.casefile;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextsTest {

    @Test
    void identityNumbersKeepTheRegionAndTheLastFour() {
        assertEquals("371002********123X", Texts.maskId("37100219900101123X"));
    }

    @Test
    void shortNumbersAreMaskedWhole() {
        assertEquals("*****", Texts.maskId("12345"));
        assertNull(Texts.maskId(null));
    }

    @Test
    void longTextsAreCutToTheColumn() {
        assertEquals("abcd…", Texts.fit("abcdefgh", 5));
        assertEquals("abc", Texts.fit("abc", 5));
    }
}
