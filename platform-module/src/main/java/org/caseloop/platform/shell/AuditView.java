package org.caseloop.platform.shell;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caseloop.platform.audit.AuditEntryView;
import org.caseloop.platform.audit.AuditFilter;
import org.caseloop.platform.audit.AuditLog;
import org.caseloop.platform.audit.AuditOutcome;
import org.caseloop.platform.audit.AuditPage;
import org.caseloop.platform.audit.VerificationResult;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Browsing the audit trail, newest first, by key: "next" continues after the last record shown and
 * "previous" returns to the key of the page before, so deep pages stay as fast as the first.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 50;

    @Inject
    transient AuditLog log;

    @Inject
    transient ZoneId officeZone;

    private LocalDateTime from;
    private LocalDateTime to;
    private String actor;
    private String objectType;
    private String objectId;
    private String action;
    private AuditOutcome outcome;

    private final Deque<Long> previousKeys = new ArrayDeque<>();
    private Long currentKey;
    private AuditPage page;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        previousKeys.clear();
        currentKey = null;
        load();
    }

    public void next() {
        if (page.nextBefore() != null) {
            previousKeys.push(currentKey == null ? Long.MAX_VALUE : currentKey);
            currentKey = page.nextBefore();
            load();
        }
    }

    public void previous() {
        if (!previousKeys.isEmpty()) {
            Long key = previousKeys.pop();
            currentKey = key == Long.MAX_VALUE ? null : key;
            load();
        }
    }

    public void verify() {
        VerificationResult result = log.verify();
        if (result.intact()) {
            Pages.info(Pages.text("audit.intact", result.checked(), result.unsealed()));
        } else {
            Pages.error(Pages.text("audit.broken", result.firstBrokenSeq(),
                    result.firstBrokenId() == null ? "-" : result.firstBrokenId(), result.reason()));
        }
    }

    private void load() {
        AuditFilter filter = new AuditFilter(
                from == null ? null : from.atZone(officeZone).toInstant(),
                to == null ? null : to.atZone(officeZone).toInstant(),
                actor, objectType, objectId, action, outcome);
        page = log.search(filter, currentKey, PAGE_SIZE);
    }

    public String localTime(AuditEntryView e) {
        return e.occurredAt().atZone(officeZone).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }

    public List<AuditEntryView> getEntries() {
        return page.items();
    }

    public boolean isHasNext() {
        return page.nextBefore() != null;
    }

    public boolean isHasPrevious() {
        return !previousKeys.isEmpty();
    }

    public AuditOutcome[] getOutcomes() {
        return AuditOutcome.values();
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
    }
}
