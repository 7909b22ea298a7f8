package org.minipublic.app.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyDay;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.recruitment.PersonalData;
import org.minipublic.app.selection.RespondentDraws;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long an assembly keeps the personal data of people the lottery did not choose, and deleting it when that time
 * is over: by the hourly job, or by an organiser once it is due. Everyone any draw chose is kept (they are, or were,
 * on the panel); everyone else is deleted with their calls and messages, and only their anonymous values stay.
 */
@Service
public class Retention {

    /** Three months after the last draw, and never before the day after the assembly's last day. */
    public static final int DEFAULT_DAYS = 90;

    public static final int MAX_DAYS = 3650;

    /**
     * While an assembly has no days in its calendar, nobody knows until when reserves may be needed: the period is
     * then at least this long.
     */
    public static final int WITHOUT_DAYS_AT_LEAST = DEFAULT_DAYS;

    private final RetentionRecords records;
    private final RespondentDraws draws;
    private final PersonalData data;
    private final Forget forget;
    private final Assemblies assemblies;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;

    Retention(
            RetentionRecords records,
            RespondentDraws draws,
            PersonalData data,
            Forget forget,
            Assemblies assemblies,
            Identity identity,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.draws = draws;
        this.data = data;
        this.forget = forget;
        this.assemblies = assemblies;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RetentionStatus status(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        var purgeOn = purgeOn(assembly);
        return new RetentionStatus(
                days(assembly),
                purgeOn.orElse(null),
                purgeOn.map(this::reached).orElse(false),
                purgeOn.isEmpty() ? 0 : data.countOthers(assembly, draws.everChosen(assembly)),
                data.keptPeople(assembly),
                records.lastPurge(assembly).orElse(null));
    }

    @Transactional
    public void save(Actor actor, AssemblyId assembly, int days) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "privacy.retention.days.range", MAX_DAYS);
        }
        if (days < WITHOUT_DAYS_AT_LEAST && lastDay(assembly).isEmpty()) {
            throw new InvalidInputException("days", "privacy.retention.days.no-calendar", WITHOUT_DAYS_AT_LEAST);
        }
        int before = days(assembly);
        records.save(assembly, days, clock.instant(), actor.label());
        audit.record(AuditRecord.of(actor, assembly, "privacy.retention-changed", "Retention period")
                .withChange(before + " days", days + " days"));
    }

    /**
     * Deletes now, when the period is over.
     *
     * @return how many people's data was deleted
     * @throws InvalidInputException when the period is not over yet, or another purge of the assembly is running
     */
    @Transactional
    public int purgeNow(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        if (!purgeOn(assembly).map(this::reached).orElse(false)) {
            throw new InvalidInputException("purge", "privacy.purge.not-due");
        }
        return purge(actor, assembly).orElseThrow(() -> new InvalidInputException("purge", "privacy.purge.running"));
    }

    /** The assemblies whose retention period is over, for the hourly job to purge one by one. */
    @Transactional(readOnly = true)
    public List<AssemblyId> due() {
        return draws.assembliesWithDraws().stream()
                .filter(assembly -> purgeOn(assembly).map(this::reached).orElse(false))
                .toList();
    }

    /**
     * Deletes the assembly's people not chosen if its period is over, in a transaction of its own; what the hourly job
     * runs. Returns how many people went (none when it is not due, or another node is purging it right now).
     */
    @Transactional
    public int purgeIfDue(AssemblyId assembly) {
        if (!purgeOn(assembly).map(this::reached).orElse(false)) {
            return 0;
        }
        return purge(Actor.system(), assembly).orElse(0);
    }

    /** Empty when another transaction is purging the same assembly. */
    private Optional<Integer> purge(Actor actor, AssemblyId assembly) {
        if (!records.lock(assembly)) {
            return Optional.empty();
        }
        var forgotten = data.purge(assembly, draws.everChosen(assembly));
        forget.everywhere(assembly, forgotten);
        if (forgotten.count() > 0) {
            records.purged(assembly, clock.instant(), forgotten.count(), actor.label());
            audit.record(AuditRecord.of(actor, assembly, "privacy.purged", "Respondents not chosen")
                    .withChange(null, forgotten.count() + " people's personal data deleted"));
        }
        return Optional.of(forgotten.count());
    }

    private int days(AssemblyId assembly) {
        return records.days(assembly).orElse(DEFAULT_DAYS);
    }

    /**
     * The later of the last draw plus the period and the day after the assembly's last day. Without days in the
     * calendar, the period counts as at least {@link #WITHOUT_DAYS_AT_LEAST}: a period saved while there were days
     * must not delete the reserves the day after the draw once the days are taken out.
     */
    private Optional<LocalDate> purgeOn(AssemblyId assembly) {
        var zone = ZoneId.of("Europe/London");
        var lastDay = lastDay(assembly);
        int days = lastDay.isPresent() ? days(assembly) : Math.max(days(assembly), WITHOUT_DAYS_AT_LEAST);
        return draws.lastDrawn(assembly).map(drawn -> {
            var afterDraw = drawn.atZone(zone).toLocalDate().plusDays(days);
            var afterAssembly = lastDay.map(last -> last.plusDays(1));
            return afterAssembly.filter(a -> a.isAfter(afterDraw)).orElse(afterDraw);
        });
    }

    private Optional<LocalDate> lastDay(AssemblyId assembly) {
        return assemblies
                .find(assembly)
                .flatMap(a -> a.details().days().stream().map(AssemblyDay::date).max(Comparator.naturalOrder()));
    }

    private boolean reached(LocalDate day) {
        return !LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))).isBefore(day);
    }
}
