package org.minipublic.app.members;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyNotFoundException;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.recruitment.FieldProblem;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An assembly's members: enrolling them, reading them as the reader may see them, editing and withdrawing them.
 * Every operation checks the actor's permission; every change is audited (ids and field names only) in the same
 * transaction.
 *
 * <p><b>For the selection module.</b> When a selected respondent confirms, call {@link #enrol} with their profile,
 * their category values as the pool gives them to the lottery ({@code PoolMember.values()}) and their
 * {@code RespondentId}. Enrolling the same respondent again returns the member made the first time, so an event
 * listener may be retried safely. Listen to {@link MemberWithdrawn} to offer a replacement from the reserve, and pass
 * the replacement's {@code MemberId} in a later {@link #withdraw} if it is known then.
 */
@Service
public class Members {

    public static final int PAGE_SIZE = 50;

    private final MemberRecords records;
    private final MemberListing listing;
    private final AttendanceRecords attendance;
    private final MemberAccess access;
    private final Assemblies assemblies;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Members(
            MemberRecords records,
            MemberListing listing,
            AttendanceRecords attendance,
            MemberAccess access,
            Assemblies assemblies,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.records = records;
        this.listing = listing;
        this.attendance = attendance;
        this.access = access;
        this.assemblies = assemblies;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What is wrong with these details, field by field; empty when {@link #enrol} would accept them. */
    public List<FieldProblem> check(NewMember member) {
        return MemberRules.check(member);
    }

    /**
     * Makes someone a member of the assembly. A respondent already enrolled in it is not enrolled twice.
     *
     * @return the new member, or the member this respondent already is
     * @throws InvalidInputException when a detail breaks a rule (the first problem {@link #check} finds)
     */
    @Transactional
    public MemberId enrol(Actor actor, AssemblyId assembly, NewMember member) {
        access.require(actor, assembly, Permission.MANAGE_MEMBERS);
        requireAssembly(assembly);
        if (member.respondent() != null) {
            var existing = records.findByRespondent(assembly, member.respondent());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        var source = member.respondent() == null ? MemberRecords.Source.BY_HAND : MemberRecords.Source.SELECTION;
        return insert(actor, assembly, member, Payment.NONE, source);
    }

    /** Adds a member and audits it; the caller has checked the permission. */
    MemberId insert(Actor actor, AssemblyId assembly, NewMember member, Payment payment, MemberRecords.Source source) {
        reject(MemberRules.check(member));
        var id = MemberId.random();
        records.insert(id, assembly, member, payment, source, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "members.enrolled", "Member " + id)
                .withChange(null, source.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        events.publishEvent(new MemberEnrolled(assembly, id));
        return id;
    }

    /** One page (from 0) of the members the filter selects, in name order, with their attendance. */
    @Transactional(readOnly = true)
    public MemberPage page(Actor actor, AssemblyId assembly, MemberFilter filter, int page) {
        access.require(actor, assembly, Permission.VIEW_MEMBERS);
        long total = listing.count(assembly, filter);
        int last = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        int safe = Math.min(Math.max(0, page), last);
        return new MemberPage(listing.page(assembly, filter, safe * PAGE_SIZE, PAGE_SIZE), safe, last + 1, total);
    }

    /** Every member of the assembly, in name order, with their attendance. */
    @Transactional(readOnly = true)
    public List<MemberSummary> all(Actor actor, AssemblyId assembly) {
        access.require(actor, assembly, Permission.VIEW_MEMBERS);
        return listing.all(assembly);
    }

    /**
     * The active members with their category values, in name order, for a table plan. Values are special-category
     * data, so only those who manage members may read them.
     */
    @Transactional(readOnly = true)
    public List<SeatingMember> forSeating(Actor actor, AssemblyId assembly) {
        access.require(actor, assembly, Permission.MANAGE_MEMBERS);
        var values = listing.values(assembly);
        return listing.all(assembly).stream()
                .filter(member -> !member.withdrawn())
                .map(member -> new SeatingMember(member, values.getOrDefault(member.id(), java.util.Map.of())))
                .toList();
    }

    /**
     * A member as this actor may see them.
     *
     * @throws MemberNotFoundException when the assembly has no such member
     */
    @Transactional(readOnly = true)
    public MemberView member(Actor actor, AssemblyId assembly, MemberId id) {
        access.require(actor, assembly, Permission.VIEW_MEMBERS);
        var stored = records.find(assembly, id).orElseThrow(() -> new MemberNotFoundException(id));
        return MemberViews.of(
                stored,
                access.sight(actor, assembly),
                records.replaced(id).orElse(null),
                records.values(id),
                attendance.of(id));
    }

    /**
     * Saves an edit, unless someone else saved the member since {@code expectedVersion} was read.
     *
     * @throws ConcurrentEditException when the member changed in the meantime
     */
    @Transactional
    public void update(Actor actor, AssemblyId assembly, MemberId id, MemberChanges changes, int expectedVersion) {
        access.require(actor, assembly, Permission.MANAGE_MEMBERS);
        if (changes.wellbeingNotes() != null) {
            access.require(actor, assembly, Permission.VIEW_WELLBEING_NOTES);
            reject(MemberRules.checkNotes(changes.wellbeingNotes()));
        }
        reject(MemberRules.check(changes.profile()));
        var current = records.lock(assembly, id).orElseThrow(() -> new MemberNotFoundException(id));
        if (!records.update(id, changes, expectedVersion, clock.instant())) {
            throw new ConcurrentEditException();
        }
        var changed =
                MemberChanges.fieldsChanged(current.profile(), current.payment(), current.wellbeingNotes(), changes);
        if (!changed.isEmpty()) {
            audit.record(AuditRecord.of(actor, assembly, "members.updated", "Member " + id)
                    .withChange(null, "changed: " + String.join(", ", changed)));
        }
    }

    /**
     * Records that a member stopped taking part.
     *
     * @throws InvalidInputException when the reason is missing or the replacement is not another active member
     */
    @Transactional
    public void withdraw(Actor actor, AssemblyId assembly, MemberId id, Withdrawal withdrawal) {
        access.require(actor, assembly, Permission.MANAGE_MEMBERS);
        reject(MemberRules.check(withdrawal, id));
        var current = records.lock(assembly, id).orElseThrow(() -> new MemberNotFoundException(id));
        if (current.status() == MemberStatus.WITHDRAWN) {
            throw new InvalidInputException("on", "members.withdraw.already");
        }
        if (withdrawal.replacement() != null) {
            var replacement =
                    records.find(assembly, withdrawal.replacement()).filter(r -> r.status() == MemberStatus.ACTIVE);
            if (replacement.isEmpty()) {
                throw new InvalidInputException("replacement", "members.withdraw.replacement.unknown");
            }
        }
        records.withdraw(id, withdrawal, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "members.withdrawn", "Member " + id)
                .withChange(
                        "active",
                        "withdrawn on " + withdrawal.on()
                                + (withdrawal.replacement() == null
                                        ? ""
                                        : ", replaced by member " + withdrawal.replacement())));
        events.publishEvent(new MemberWithdrawn(assembly, id, withdrawal.replacement()));
    }

    private void requireAssembly(AssemblyId assembly) {
        if (assemblies.find(assembly).isEmpty()) {
            throw new AssemblyNotFoundException(assembly);
        }
    }

    private static void reject(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            var first = problems.get(0);
            throw new InvalidInputException(
                    first.field(), first.messageKey(), first.arguments().toArray());
        }
    }
}
