package org.minipublic.app.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduled progress reports on the action plan: which periods have ended, drafts prepared from the actions' dated
 * record with an editable introduction, published for residents. Every version is kept; every change is audited.
 */
@Service
public class ProgressReports {

    static final int INTRO_LIMIT = 8000;

    private final ProgressReportRecords records;
    private final ActionRecords actions;
    private final RecommendationRecords recommendations;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProgressReports(
            ProgressReportRecords records,
            ActionRecords actions,
            RecommendationRecords recommendations,
            Identity identity,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.records = records;
        this.actions = actions;
        this.recommendations = recommendations;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The schedule and the reports: every period due by today (latest first) with its versions, and the next one.
     */
    public record Overview(
            ReportSchedule schedule, @Nullable LocalDate anchor, List<Due> due, @Nullable ReportPeriod next) {}

    /** A period due, with every version of its report, oldest first. */
    public record Due(ReportPeriod period, List<ProgressReport> versions) {}

    @Transactional(readOnly = true)
    public Overview overview(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_ACCOUNTABILITY);
        var schedule = records.schedule(assembly);
        var anchor = records.anchor(assembly).orElse(null);
        if (anchor == null) {
            return new Overview(schedule, null, List.of(), null);
        }
        LocalDate today = LocalDate.now(clock);
        var all = records.all(assembly);
        var due = ReportPeriod.dueBy(anchor, schedule, today).stream()
                .sorted(Comparator.comparing(ReportPeriod::end).reversed())
                .map(p -> new Due(
                        p,
                        all.stream().filter(r -> r.periodEnd().equals(p.end())).toList()))
                .toList();
        return new Overview(schedule, anchor, due, ReportPeriod.next(anchor, schedule, today));
    }

    @Transactional
    public void changeSchedule(Actor actor, AssemblyId assembly, ReportSchedule schedule) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        if (schedule.firstMonths() < 1 || schedule.firstMonths() > ReportSchedule.MOST_MONTHS) {
            throw new InvalidInputException(
                    "firstMonths", "accountability.reports.first-range", ReportSchedule.MOST_MONTHS);
        }
        if (schedule.everyMonths() < 1 || schedule.everyMonths() > ReportSchedule.MOST_MONTHS) {
            throw new InvalidInputException(
                    "everyMonths", "accountability.reports.every-range", ReportSchedule.MOST_MONTHS);
        }
        var before = records.schedule(assembly);
        records.saveSchedule(assembly, schedule);
        audit.record(AuditRecord.of(actor, assembly, "accountability.report-schedule-changed", "Progress reports")
                .withChange(describe(before), describe(schedule)));
    }

    /**
     * Prepares a new draft for a period that is due, starting from the introduction of its latest version.
     *
     * @throws RecommendationNotFoundException when no period with this number is due
     */
    @Transactional
    public ProgressReportId prepare(Actor actor, AssemblyId assembly, int number) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        var due = overview(actor, assembly).due().stream()
                .filter(d -> d.period().number() == number)
                .findFirst()
                .orElseThrow(() -> new RecommendationNotFoundException("report period " + number));
        String intro = due.versions().isEmpty()
                ? ""
                : due.versions().get(due.versions().size() - 1).intro();
        var id = ProgressReportId.random();
        records.insert(id, assembly, due.period(), intro, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "accountability.report-drafted", "Progress report " + id)
                .withChange(
                        null,
                        "period " + due.period().start() + " to " + due.period().lastDay()));
        return id;
    }

    /** One version of a report, with what it says about each action. */
    public record Shown(ProgressReport report, List<ActionProgress> actions) {}

    @Transactional(readOnly = true)
    public Shown report(Actor actor, AssemblyId assembly, ProgressReportId id) {
        identity.require(actor, assembly, Permission.VIEW_ACCOUNTABILITY);
        var report = records.find(assembly, id).orElseThrow(() -> new RecommendationNotFoundException(id));
        return shown(assembly, report);
    }

    /** Changes a draft's introduction, unless it was published or someone else changed it since {@code version}. */
    @Transactional
    public void changeIntro(Actor actor, AssemblyId assembly, ProgressReportId id, String intro, int version) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        var before = report(actor, assembly, id).report();
        String clean = intro.strip().replace("\r\n", "\n");
        if (clean.length() > INTRO_LIMIT) {
            throw new InvalidInputException("intro", "accountability.report.intro-length", INTRO_LIMIT);
        }
        if (before.published()) {
            throw new InvalidInputException("intro", "accountability.report.already-published");
        }
        if (!records.saveIntro(id, clean, version)) {
            throw new InvalidInputException("intro", "accountability.report.changed-meanwhile");
        }
        audit.record(AuditRecord.of(actor, assembly, "accountability.report-changed", "Progress report " + id)
                .withChange(before.intro(), clean));
    }

    /** Publishes a draft: residents find it under the public accountability page. */
    @Transactional
    public void publish(Actor actor, AssemblyId assembly, ProgressReportId id) {
        identity.require(actor, assembly, Permission.MANAGE_ACTIONS);
        report(actor, assembly, id);
        if (records.publish(id, clock.instant())) {
            audit.record(AuditRecord.of(actor, assembly, "accountability.report-published", "Progress report " + id));
            if (recommendations.settings(assembly).published()) {
                // before the plan is published the report is not public, so there is nothing to tell residents
                events.publishEvent(new ProgressReportPublished(assembly, id));
            }
        }
    }

    /** The latest published version of each period's report, latest period first, once the plan is published. */
    @Transactional(readOnly = true)
    public List<ProgressReport> published(AssemblyId assembly) {
        if (!recommendations.settings(assembly).published()) {
            return List.of();
        }
        var latest = new java.util.LinkedHashMap<LocalDate, ProgressReport>();
        records.all(assembly).stream()
                .filter(ProgressReport::published)
                .sorted(Comparator.comparing(ProgressReport::periodEnd)
                        .reversed()
                        .thenComparing(ProgressReport::publishedAt, Comparator.nullsFirst(Comparator.reverseOrder())))
                .forEach(r -> latest.putIfAbsent(r.periodEnd(), r));
        return List.copyOf(latest.values());
    }

    /** A published report, as residents see it; empty unless both it and the plan are published. */
    @Transactional(readOnly = true)
    public Optional<Shown> publishedReport(AssemblyId assembly, ProgressReportId id) {
        if (!recommendations.settings(assembly).published()) {
            return Optional.empty();
        }
        return records.find(assembly, id).filter(ProgressReport::published).map(r -> shown(assembly, r));
    }

    private Shown shown(AssemblyId assembly, ProgressReport report) {
        return new Shown(
                report,
                ActionProgress.of(actions.all(assembly), report.periodStart(), report.periodEnd(), clock.getZone()));
    }

    private static String describe(ReportSchedule schedule) {
        return "first after " + schedule.firstMonths() + " months, then every " + schedule.everyMonths();
    }
}
