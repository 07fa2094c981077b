package org.caseloop.cases.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.caseloop.cases.casefile.CaseCard;
import org.caseloop.platform.web.Messages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of a case over HTTP: the card's ETag is its version, and a change of the case names the version its
 * caller read in {@code If-Match}. Without it the change is refused with 428 (a client that never read the case
 * must not overwrite what others did); {@code *} names no version and is refused the same way.
 */
final class CaseEtags {

    static final String BUNDLE = "org.caseloop.cases.i18n.messages";
    static final int PRECONDITION_REQUIRED = 428;
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private CaseEtags() {
    }

    static EntityTag of(CaseCard card) {
        return new EntityTag(Long.toString(card.version()));
    }

    /** The card with its version as the ETag. */
    static Response card(CaseCard card) {
        return Response.ok(card).tag(of(card)).build();
    }

    /** The version named by {@code If-Match}: 428 when there is none, 400 when it is not one of our tags. */
    static long versionRead(long caseId, String ifMatch, Messages messages) {
        Long version;
        try {
            version = parse(ifMatch);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(messages.text(BUNDLE, "case.versionMalformed"));
        }
        if (version == null) {
            throw new ClientErrorException(messages.text(BUNDLE, "case.versionRequired", String.valueOf(caseId)),
                    PRECONDITION_REQUIRED);
        }
        return version;
    }

    /** The version an If-Match names; none (null) for no header or {@code *}; refused when it is no tag of ours. */
    static Long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return null;
        }
        Matcher m = TAG.matcher(ifMatch.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a case ETag: " + ifMatch);
        }
        return Long.parseLong(m.group(1));
    }
}
