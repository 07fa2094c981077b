package org.caseloop.platform.validation;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainTextValidatorTest {

    @Test
    void aChineseNameIsPlainText() {
        assertEquals(Optional.empty(), PlainTextValidator.problem("张三（曾用名：张叁）, Zhang San", 100, false));
    }

    @Test
    void nulAndTerminalEscapesAreRefused() {
        assertEquals(Optional.of(PlainTextValidator.CONTROL), PlainTextValidator.problem("张\u0000三", 100, false));
        assertEquals(Optional.of(PlainTextValidator.CONTROL),
                PlainTextValidator.problem("\u001b[2J\u001b[31mok", 100, true));
        assertEquals(Optional.of(PlainTextValidator.CONTROL), PlainTextValidator.problem("a\u009bb", 100, true));
    }

    @Test
    void bidirectionalOverridesAreRefused() {
        assertEquals(Optional.of(PlainTextValidator.CONTROL), PlainTextValidator.problem("abc\u202Efdp.exe", 100, false));
    }

    @Test
    void lineBreaksOnlyInAMultilineText() {
        assertEquals(Optional.empty(), PlainTextValidator.problem("第一行\r\n第二行\t完", 100, true));
        assertEquals(Optional.of(PlainTextValidator.CONTROL), PlainTextValidator.problem("一\n二", 100, false));
    }

    @Test
    void theLengthCountsCharactersNotUtf16Units() {
        String hundredRareCharacters = "\uD840\uDC00".repeat(100);
        assertEquals(Optional.empty(), PlainTextValidator.problem(hundredRareCharacters, 100, false));
        assertEquals(Optional.of(PlainTextValidator.TOO_LONG), PlainTextValidator.problem("x".repeat(101), 100, false));
    }

    @Test
    void aLoneSurrogateIsRefused() {
        assertEquals(Optional.of(PlainTextValidator.CONTROL), PlainTextValidator.problem("a\uD800b", 100, false));
    }
}
