package org.caseloop.cases.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caseloop.platform.organisation.ProcuratorateView;
import org.caseloop.platform.organisation.StaffDirectory;
import org.caseloop.platform.security.CurrentUser;
import org.caseloop.platform.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Backing bean of /cases/statistics.xhtml. */
@Named
@ViewScoped
public class StatisticsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Statistics statistics;

    @Inject
    CurrentUser currentUser;

    @Inject
    StaffDirectory staffDirectory;

    private LocalDate from;
    private LocalDate to;
    private Long procuratorateId;
    private String groupBy = GroupBy.DEPARTMENT.name();
    private StatisticsReport report;

    /** The last 12 months up to today, by department. */
    @PostConstruct
    void init() {
        to = statistics.today();
        from = to.minusYears(1).plusDays(1);
    }

    public StatisticsReport getReport() {
        if (report == null) {
            LocalDate end = to == null ? statistics.today() : to;
            LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
            if (start.isAfter(end)) {
                LocalDate swap = start;
                start = end;
                end = swap;
            }
            report = statistics.report(currentUser.scope(), start, end, procuratorateId, GroupBy.parse(groupBy));
        }
        return report;
    }

    public void search() {
        report = null;
    }

    public List<String> getOpenStages() {
        return StatisticsCsv.OPEN_STAGES;
    }

    /** The procuratorates of the user's scope, to narrow a city-wide view to one office. */
    public List<ProcuratorateView> getProcuratorates() {
        var ids = currentUser.scope().procuratorateIds();
        return staffDirectory.procuratorates().stream().filter(p -> ids.contains(p.id())).toList();
    }

    public List<String> getGroupings() {
        return java.util.Arrays.stream(GroupBy.values()).map(Enum::name).toList();
    }

    /** The figures of the current inputs as CSV; the download runs before any action, so it recomputes them. */
    public StreamedContent getCsv() {
        report = null;
        StatisticsReport current = getReport();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        byte[] body = StatisticsCsv.write(current, key -> Messages.text(locale, StatisticsResource.BUNDLE, key))
                .getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("statistics-" + current.from() + "-" + current.to() + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) body.length)
                .stream(() -> new ByteArrayInputStream(body))
                .build();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getProcuratorateId() {
        return procuratorateId;
    }

    public void setProcuratorateId(Long procuratorateId) {
        this.procuratorateId = procuratorateId;
    }

    public String getGroupBy() {
        return groupBy;
    }

    public void setGroupBy(String groupBy) {
        this.groupBy = groupBy;
    }
}
