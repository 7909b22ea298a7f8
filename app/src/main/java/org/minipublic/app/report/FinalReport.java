package org.minipublic.app.report;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final report: organisers write its narrative in versions and publish one; the rest is assembled from the
 * assembly's data. A published version keeps the report as it read then; the public sees the newest published one.
 */
@Service
public class FinalReport {

    private final VersionRecords versions;
    private final ReportAssembler assembler;
    private final ReportDocument document;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    FinalReport(
            VersionRecords versions,
            ReportAssembler assembler,
            ReportDocument document,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.versions = versions;
        this.assembler = assembler;
        this.document = document;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every saved version, newest first. */
    @Transactional(readOnly = true)
    public List<ReportVersion> versions(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_REPORT);
        return versions.all(assembly);
    }

    /** The newest version's narrative, or an empty one before the first save. */
    @Transactional(readOnly = true)
    public Narrative narrative(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_REPORT);
        return versions.latest(assembly).map(ReportVersion::narrative).orElse(Narrative.empty());
    }

    /** The newest version's number, 0 before the first save. */
    @Transactional(readOnly = true)
    public int latestNumber(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_REPORT);
        return versions.latest(assembly).map(ReportVersion::number).orElse(0);
    }

    /**
     * Saves the narrative as a new draft version, unless someone saved since {@code after} was the newest.
     *
     * @return the new version's number
     */
    @Transactional
    public int save(Actor actor, AssemblyId assembly, Narrative narrative, int after) {
        identity.require(actor, assembly, Permission.WRITE_REPORT);
        if (narrative.isEmpty()) {
            throw new InvalidInputException("narrative", "report.narrative.empty");
        }
        for (String text : List.of(narrative.introduction(), narrative.process(), narrative.nextSteps())) {
            if (text.length() > Narrative.LIMIT) {
                throw new InvalidInputException("narrative", "report.narrative.too-long", Narrative.LIMIT);
            }
        }
        int latest = versions.latest(assembly).map(ReportVersion::number).orElse(0);
        if (latest != after || !versions.insert(assembly, after + 1, narrative, userId(actor), clock.instant())) {
            throw new InvalidInputException("narrative", "report.changed-meanwhile");
        }
        audit.record(AuditRecord.of(actor, assembly, "report.saved", "Report version " + (after + 1)));
        return after + 1;
    }

    /** The report's body as it reads now (the newest narrative with today's data), as XHTML. */
    @Transactional(readOnly = true)
    public String draftBody(Actor actor, AssemblyId assembly, Locale locale) {
        identity.require(actor, assembly, Permission.VIEW_REPORT);
        return document.body(content(actor, assembly, locale), locale);
    }

    /** The report as it reads now, as PDF. */
    @Transactional(readOnly = true)
    public byte[] draftPdf(Actor actor, AssemblyId assembly, Locale locale) {
        identity.require(actor, assembly, Permission.VIEW_REPORT);
        var content = content(actor, assembly, locale);
        return document.pdf(document.body(content, locale), content.title(), locale);
    }

    /**
     * Publishes the newest version: the report as it reads now is frozen with it.
     *
     * @throws InvalidInputException when nothing was saved yet, or the newest version is already published
     */
    @Transactional
    public void publish(Actor actor, AssemblyId assembly, Locale locale) {
        identity.require(actor, assembly, Permission.WRITE_REPORT);
        var latest = versions.latest(assembly)
                .orElseThrow(() -> new InvalidInputException("report", "report.publish.nothing-saved"));
        String body = document.body(content(actor, assembly, locale), locale);
        if (!versions.publish(assembly, latest.number(), body, locale.toLanguageTag(), clock.instant())) {
            throw new InvalidInputException("report", "report.publish.already");
        }
        audit.record(AuditRecord.of(actor, assembly, "report.published", "Report version " + latest.number()));
    }

    /** The newest published version (its body and language), for the public page; empty when none is published. */
    @Transactional(readOnly = true)
    public Optional<PublishedReport> published(AssemblyId assembly) {
        return versions.latestPublished(assembly)
                .map(p -> new PublishedReport(p.number(), p.snapshot(), Locale.forLanguageTag(p.language())));
    }

    /** The newest published version as PDF, in the language it was published in. */
    @Transactional(readOnly = true)
    public Optional<byte[]> publishedPdf(AssemblyId assembly, String title) {
        return published(assembly).map(p -> document.pdf(p.body(), title, p.language()));
    }

    private ReportContent content(Actor actor, AssemblyId assembly, Locale locale) {
        var latest = versions.latest(assembly);
        return assembler.assemble(
                actor,
                assembly,
                latest.map(ReportVersion::narrative).orElse(Narrative.empty()),
                latest.map(ReportVersion::number).orElse(0),
                locale);
    }

    private static java.util.@org.jspecify.annotations.Nullable UUID userId(Actor actor) {
        var id = actor.userId();
        return id == null ? null : id.value();
    }
}
