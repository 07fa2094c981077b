package org.caseloop.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagesOverTlsFilterTest {

    @Test
    void pagesAndTheirFilesMoveToHttps() {
        assertTrue(PagesOverTlsFilter.isPageRead("GET", "/login.xhtml"));
        assertTrue(PagesOverTlsFilter.isPageRead("GET", "/"));
        assertTrue(PagesOverTlsFilter.isPageRead("HEAD", "/cases/index.xhtml"));
        assertTrue(PagesOverTlsFilter.isPageRead("GET", "/jakarta.faces.resource/theme.css.xhtml"));
    }

    @Test
    void restCallsAndMetricsStayOnTheirPort() {
        assertFalse(PagesOverTlsFilter.isPageRead("GET", "/cases/api/cases"));
        assertFalse(PagesOverTlsFilter.isPageRead("GET", "/admin/api"));
        assertFalse(PagesOverTlsFilter.isPageRead("GET", "/metrics"));
        assertFalse(PagesOverTlsFilter.isPageRead("POST", "/login.xhtml"));
    }
}
