package org.caseloop.cases.web;

import org.caseloop.cases.api.CaseLabel;
import org.caseloop.platform.web.api.InvalidParameterException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CaseResourceParametersTest {

    @Test
    void aBlankLabelInThePathIsABadRequestNotNoLabel() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> CaseResource.required(CaseLabel.class, "label", " "));
        assertEquals("label", e.parameter());
        assertEquals("api.param.enum", e.code());
    }

    @Test
    void aBlankLabelFilterMeansNoFilter() {
        assertNull(CaseResource.parse(CaseLabel.class, "label", " "));
        assertEquals(CaseLabel.SIMPLE, CaseResource.parse(CaseLabel.class, "label", "SIMPLE"));
    }

    @Test
    void anUnknownLabelIsABadRequest() {
        assertThrows(InvalidParameterException.class, () -> CaseResource.parse(CaseLabel.class, "label", "simple"));
    }
}
