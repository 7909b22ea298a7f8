package org.minipublic.app.assembly;

import java.time.Clock;
import java.util.Collection;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and reading assemblies. Every change checks the actor's permission and is audited in the same
 * transaction.
 */
@Service
public class Assemblies {

    private final AssemblyRecords records;
    private final Identity identity;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assemblies(
            AssemblyRecords records, Identity identity, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Creates an assembly in the planning stage and makes its creator (unless the system) an organiser of it. */
    @Transactional
    public AssemblyId create(Actor actor, AssemblyDetails details) {
        identity.require(actor, Permission.CREATE_ASSEMBLY);
        requireUniqueTitle(details.title(), null);
        var now = clock.instant();
        var assembly = new AssemblyView(AssemblyId.random(), details, AssemblyStatus.PLANNING, 0, now, now);
        try {
            records.insert(assembly);
        } catch (DuplicateKeyException raceOnTitle) {
            throw new InvalidInputException("title", "assembly.title.taken");
        }
        audit.record(AuditRecord.of(actor, assembly.id(), "assembly.created", subject(details))
                .withChange(null, AssemblyChanges.describe(details)));
        if (!actor.isSystem()) {
            identity.appointFirstOrganiser(actor, assembly.id());
        }
        events.publishEvent(new AssemblyCreated(assembly.id()));
        return assembly.id();
    }

    /**
     * Replaces the details of an assembly, unless someone else saved it since {@code expectedVersion} was read.
     *
     * @throws ConcurrentEditException when the assembly changed in the meantime
     */
    @Transactional
    public void update(Actor actor, AssemblyId id, AssemblyDetails details, int expectedVersion) {
        identity.require(actor, id, Permission.EDIT_ASSEMBLY);
        var current = require(id);
        requireUniqueTitle(details.title(), id);
        try {
            if (!records.update(id, details, expectedVersion, clock.instant())) {
                throw new ConcurrentEditException();
            }
        } catch (DuplicateKeyException raceOnTitle) {
            throw new InvalidInputException("title", "assembly.title.taken");
        }
        var change = AssemblyChanges.between(current.details(), details);
        if (!change.isEmpty()) {
            audit.record(AuditRecord.of(actor, id, "assembly.updated", subject(details))
                    .withChange(change.before(), change.after()));
        }
    }

    /** Moves the assembly one stage forward or back. */
    @Transactional
    public void moveTo(Actor actor, AssemblyId id, AssemblyStatus target) {
        identity.require(actor, id, Permission.EDIT_ASSEMBLY);
        var current = require(id);
        if (!current.status().isNeighbourOf(target)) {
            throw new InvalidInputException("status", "assembly.status.not-adjacent");
        }
        records.updateStatus(id, target, clock.instant());
        audit.record(AuditRecord.of(actor, id, "assembly.status-changed", subject(current.details()))
                .withChange(current.status().name(), target.name()));
        events.publishEvent(new AssemblyStatusChanged(id, current.status(), target));
    }

    @Transactional(readOnly = true)
    public Optional<AssemblyView> find(AssemblyId id) {
        return records.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<AssemblyId> findByTitle(String title) {
        return records.findIdByTitle(title);
    }

    @Transactional(readOnly = true)
    public List<AssemblySummary> summaries(Collection<AssemblyId> ids) {
        return records.summaries(ids);
    }

    @Transactional(readOnly = true)
    public List<AssemblySummary> all() {
        return records.allSummaries();
    }

    /** Whether another assembly than {@code except} already uses this title (compared case-insensitively). */
    @Transactional(readOnly = true)
    public boolean isTitleTaken(String title, @Nullable AssemblyId except) {
        var holder = records.findIdByTitle(title);
        return holder.isPresent() && !holder.get().equals(except);
    }

    private AssemblyView require(AssemblyId id) {
        return records.find(id).orElseThrow(() -> new AssemblyNotFoundException(id));
    }

    private void requireUniqueTitle(String title, @Nullable AssemblyId self) {
        if (isTitleTaken(title, self)) {
            throw new InvalidInputException("title", "assembly.title.taken");
        }
    }

    private static String subject(AssemblyDetails details) {
        return "Assembly \"" + details.title() + "\"";
    }
}
