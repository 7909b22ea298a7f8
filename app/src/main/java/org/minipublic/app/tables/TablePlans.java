package org.minipublic.app.tables;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditRecord;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.Team;
import org.minipublic.app.identity.TeamMember;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberSummary;
import org.minipublic.app.members.MemberWithdrawn;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.SeatingMember;
import org.minipublic.app.programme.Programme;
import org.minipublic.app.programme.ProgrammeSession;
import org.minipublic.app.programme.SessionId;
import org.minipublic.app.programme.SessionRemoved;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AfterCommit;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.shared.UserId;
import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.rule.RuleConflicts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An assembly's table plans: the settings, planning chosen sessions with the grouping engine in the background,
 * locking sessions already held, and moving members by hand. Every change is audited (ids and counts only).
 */
@Service
public class TablePlans {

    /** The largest seed an organiser can type, as for draws and rounds. */
    public static final long LARGEST_SEED = 999_999_999_999_999L;

    private final SettingsRecords settings;
    private final PairRecords pairs;
    private final SeatRecords seats;
    private final RunRecords runs;
    private final PlanRunner runner;
    private final TablePrint print;
    private final Programme programme;
    private final Members members;
    private final Team team;
    private final Identity identity;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration timeLimit;

    TablePlans(
            SettingsRecords settings,
            PairRecords pairs,
            SeatRecords seats,
            RunRecords runs,
            PlanRunner runner,
            TablePrint print,
            Programme programme,
            Members members,
            Team team,
            Identity identity,
            AuditLog audit,
            Clock clock,
            @Value("${minipublic.tables.time-limit:PT2M}") Duration timeLimit) {
        this.settings = settings;
        this.pairs = pairs;
        this.seats = seats;
        this.runs = runs;
        this.runner = runner;
        this.print = print;
        this.programme = programme;
        this.members = members;
        this.team = team;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
        this.timeLimit = timeLimit;
    }

    /** Every session with its tables and each member's name at their table, and the latest run. */
    @Transactional(readOnly = true)
    public TablesOverview overview(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_TABLES);
        var sessions = programme.sessions(actor, assembly);
        var seatings = seats.all(assembly);
        var locked = seats.locked(assembly);
        var shown = seats.shown(assembly);
        var accessible =
                settings.find(assembly).map(TableSettings::accessibleTables).orElse(Set.of());
        var people = members.all(actor, assembly).stream().collect(Collectors.toMap(MemberSummary::id, m -> m));
        var facilitatorNames = identity.displayNames(seatings.values().stream()
                .flatMap(s -> s.facilitators().keySet().stream())
                .collect(Collectors.toSet()));
        var tables = sessions.stream()
                .map(s -> new SessionTables(
                        s,
                        locked.contains(s.id()),
                        shown.contains(s.id()),
                        TableViews.tables(
                                seatings.get(s.id()), accessible, people, facilitatorNames, locked.contains(s.id()))))
                .toList();
        return new TablesOverview(tables, runs.latest(assembly).orElse(null));
    }

    /** The latest run, for the page to follow a run in progress. */
    @Transactional(readOnly = true)
    public @Nullable PlanRun latest(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.VIEW_TABLES);
        return runs.latest(assembly).orElse(null);
    }

    /** One session with its tables, and what its seating breaks of the settings. */
    @Transactional(readOnly = true)
    public SessionTables session(Actor actor, AssemblyId assembly, SessionId id) {
        var overview = overview(actor, assembly);
        return overview.sessions().stream()
                .filter(s -> s.session().id().equals(id))
                .findFirst()
                .orElseThrow(() -> new org.minipublic.app.programme.SessionNotFoundException(id));
    }

    /**
     * Writes a session's plan and its members' name cards as a PDF.
     *
     * @throws org.minipublic.app.programme.SessionNotFoundException when the assembly has no such session
     */
    @Transactional(readOnly = true)
    public void print(Actor actor, AssemblyId assembly, SessionId id, java.util.Locale reader, java.io.OutputStream out)
            throws java.io.IOException {
        print.write(session(actor, assembly, id), reader, out);
    }

    /** What a session's seating breaks of the settings; only for those who manage plans, as it reads values. */
    @Transactional(readOnly = true)
    public List<Warning> warnings(Actor actor, AssemblyId assembly, SessionId id) {
        identity.require(actor, assembly, Permission.MANAGE_TABLES);
        var seating = seats.all(assembly).get(id);
        if (seating == null) {
            return List.of();
        }
        var seatingMembers = members.forSeating(actor, assembly);
        return SeatingWarnings.of(seating, current(assembly, seatingMembers), seatingMembers, pairs.all(assembly));
    }

    /** The settings with what the form offers. */
    @Transactional(readOnly = true)
    public SettingsView settings(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_TABLES);
        var seatingMembers = members.forSeating(actor, assembly);
        var active = seatingMembers.stream().map(SeatingMember::summary).toList();
        return new SettingsView(
                current(assembly, seatingMembers),
                categories(seatingMembers),
                active.stream().filter(m -> !m.accessNeeds().isBlank()).toList(),
                seatingMembers.size(),
                PairRules.views(pairs.all(assembly), members.all(actor, assembly)),
                active);
    }

    /**
     * Saves the settings for the next plan.
     *
     * @throws InvalidInputException naming the field that breaks a rule
     */
    @Transactional
    public void saveSettings(Actor actor, AssemblyId assembly, TableSettings wanted) {
        identity.require(actor, assembly, Permission.MANAGE_TABLES);
        var seatingMembers = members.forSeating(actor, assembly);
        TableRules.check(wanted, categories(seatingMembers), seatingMembers);
        var active = seatingMembers.stream().map(SeatingMember::summary).toList();
        PairRules.groupsFit(
                PairRules.applied(pairs.all(assembly), active),
                wanted.seatsPerTable(),
                PairRules.names(active),
                "seatsPerTable");
        settings.put(assembly, wanted, clock.instant());
        audit.record(AuditRecord.of(actor, assembly, "tables.settings-saved", "Table settings")
                .withChange(
                        null,
                        wanted.tables() + " tables, band " + wanted.band() + ", "
                                + wanted.diversify().size() + " attribute(s), "
                                + wanted.accessibleTables().size() + " accessible table(s)"));
    }

    /**
     * Starts planning the chosen sessions; locked sessions are kept and count for meetings. The plan is stored when
     * the engine is done, replacing the chosen sessions' seating.
     *
     * @param seed null for a random one
     * @throws InvalidInputException when nothing can be planned as asked, with the reason
     */
    @Transactional
    public RunId plan(Actor actor, AssemblyId assembly, Set<SessionId> chosen, @Nullable Long seed) {
        identity.require(actor, assembly, Permission.MANAGE_TABLES);
        var seatingMembers = members.forSeating(actor, assembly);
        var input = input(actor, assembly, chosen, seatingMembers, seed == null ? randomSeed() : seed);
        var ids = input.problem().members().stream()
                .map(org.minipublic.grouping.model.Member::id)
                .toList();
        var conflicts = RuleConflicts.find(Layout.of(input.problem()), ids);
        if (!conflicts.isEmpty()) {
            throw new InvalidInputException(
                    "sessions",
                    "tables.plan.rules-conflict",
                    SeatingInput.named(String.join("; ", conflicts), seatingMembers));
        }
        var run = RunId.random();
        if (!runs.start(run, assembly, input.problem().seed(), chosen.size(), actor.userId(), clock.instant())) {
            throw new InvalidInputException("sessions", "tables.plan.already-running");
        }
        audit.record(AuditRecord.of(actor, assembly, "tables.plan-requested", "Table plan " + run)
                .withChange(
                        null,
                        chosen.size() + " session(s), seed " + input.problem().seed()));
        afterCommit(() -> runner.submit(new PlanRunner.Job(actor, assembly, run, input)));
        return run;
    }

    /** Keeps a planned session's seating as it is (it was held) or lets it be planned again. */
    @Transactional
    public void lock(Actor actor, AssemblyId assembly, SessionId session, boolean lock) {
        identity.require(actor, assembly, Permission.MANAGE_TABLES);
        programme.session(actor, assembly, session);
        if (lock) {
            if (!seats.planned(session)) {
                throw new InvalidInputException("sessions", "tables.lock.not-planned");
            }
            seats.lock(assembly, session, clock.instant());
        } else {
            seats.unlockForGood(session);
        }
        audit.record(AuditRecord.of(actor, assembly, lock ? "tables.locked" : "tables.unlocked", "Session " + session));
    }

    /**
     * Shows a planned session's plan to members on the portal (each sees their table and its facilitator), or hides
     * it again. Plans are hidden until shown, so that members do not see each version while it is worked on; moves
     * made after showing are seen at once.
     *
     * @throws InvalidInputException when showing a session that has no plan
     */
    @Transactional
    public void show(Actor actor, AssemblyId assembly, SessionId session, boolean show) {
        identity.require(actor, assembly, Permission.MANAGE_TABLES);
        programme.session(actor, assembly, session);
        if (show && !seats.planned(session)) {
            throw new InvalidInputException("sessions", "tables.show.not-planned");
        }
        boolean changed = show ? seats.show(assembly, session, clock.instant()) : seats.hide(session);
        if (changed) { // a second click, or a replayed request, changes nothing and is not recorded twice
            audit.record(
                    AuditRecord.of(actor, assembly, show ? "tables.shown" : "tables.hidden", "Session " + session));
        }
    }

    /**
     * Moves a member to another table of a session, by hand.
     *
     * @return what the session's seating now breaks of the settings (the move is made anyway)
     * @throws InvalidInputException when the session is locked, the member has no seat or the table does not exist
     */
    @Transactional
    public List<Warning> move(Actor actor, AssemblyId assembly, SessionId session, MemberId member, int table) {
        identity.require(actor, assembly, Permission.MANAGE_TABLES);
        programme.session(actor, assembly, session);
        if (seats.locked(assembly).contains(session)) {
            throw new InvalidInputException("table", "tables.move.locked");
        }
        var seating = seats.all(assembly).get(session);
        if (seating == null || !seating.members().containsKey(member)) {
            throw new InvalidInputException("member", "tables.move.not-seated");
        }
        if (table < 1 || table > seating.tables()) {
            throw new InvalidInputException("table", "tables.move.no-such-table", seating.tables());
        }
        int from = seating.members().get(member);
        seats.move(session, member, table);
        audit.record(AuditRecord.of(actor, assembly, "tables.member-moved", "Session " + session)
                .withChange("member " + member + " at table " + from, "table " + table));
        return warnings(actor, assembly, session);
    }

    /**
     * Swaps the tables of two members in a session, by hand; table sizes stay as they were.
     *
     * @return what the session's seating now breaks of the settings (the swap is made anyway)
     * @throws InvalidInputException when the session is locked or either member has no seat there
     */
    @Transactional
    public List<Warning> swap(Actor actor, AssemblyId assembly, SessionId session, MemberId one, MemberId other) {
        identity.require(actor, assembly, Permission.MANAGE_TABLES);
        programme.session(actor, assembly, session);
        if (seats.locked(assembly).contains(session)) {
            throw new InvalidInputException("table", "tables.move.locked");
        }
        var seating = seats.all(assembly).get(session);
        if (seating == null
                || !seating.members().containsKey(one)
                || !seating.members().containsKey(other)) {
            throw new InvalidInputException("member", "tables.move.not-seated");
        }
        int first = seating.members().get(one);
        int second = seating.members().get(other);
        seats.move(session, one, second);
        seats.move(session, other, first);
        audit.record(AuditRecord.of(actor, assembly, "tables.members-swapped", "Session " + session)
                .withChange(
                        "member " + one + " at table " + first + ", member " + other + " at table " + second,
                        "swapped"));
        return warnings(actor, assembly, session);
    }

    /**
     * Keeps two active members apart or together in every plan made from now on. The reason stays with the pair, for
     * those who manage plans; the audit log records ids and the kind only.
     *
     * @throws InvalidInputException naming the field and the members when the pair breaks a rule
     */
    @Transactional
    public PairId addPair(Actor actor, AssemblyId assembly, NewPair wanted) {
        identity.require(actor, assembly, Permission.MANAGE_TABLES);
        int seats = settings.find(assembly).map(TableSettings::seatsPerTable).orElse(0);
        PairRules.check(wanted, members.all(actor, assembly), pairs.all(assembly), seats);
        var pair = new SeatingPair(PairId.random(), wanted.kind(), wanted.one(), wanted.other(), wanted.reason());
        if (!pairs.add(assembly, pair, clock.instant())) {
            throw new InvalidInputException("other", "tables.pairs.added-meanwhile");
        }
        audit.record(AuditRecord.of(actor, assembly, "tables.pair-added", "Pair " + pair.id())
                .withChange(null, pair.kind() + ": member " + pair.one() + " and member " + pair.other()));
        return pair.id();
    }

    /**
     * Removes a pair; plans already made stay as they are.
     *
     * @throws InvalidInputException when the assembly has no such pair (removed meanwhile)
     */
    @Transactional
    public void removePair(Actor actor, AssemblyId assembly, PairId id) {
        identity.require(actor, assembly, Permission.MANAGE_TABLES);
        var pair =
                pairs.find(assembly, id).orElseThrow(() -> new InvalidInputException("pair", "tables.pairs.not-found"));
        pairs.remove(assembly, id);
        audit.record(AuditRecord.of(actor, assembly, "tables.pair-removed", "Pair " + id)
                .withChange(pair.kind() + ": member " + pair.one() + " and member " + pair.other(), null));
    }

    /**
     * A withdrawn member's pairs are no longer applied, so their reasons (free text about two people, possibly
     * sensitive) are no longer needed and go; the pairs stay, shown as not applied.
     */
    @ApplicationModuleListener
    void on(MemberWithdrawn withdrawn) {
        pairs.forgetReasons(withdrawn.assembly(), withdrawn.member());
    }

    /** A removed session's seating and lock go with it. */
    @ApplicationModuleListener
    void on(SessionRemoved removed) {
        seats.delete(removed.session());
        seats.unlockForGood(removed.session());
        seats.hide(removed.session());
    }

    private SeatingInput input(
            Actor actor, AssemblyId assembly, Set<SessionId> chosen, List<SeatingMember> seatingMembers, long seed) {
        if (chosen.isEmpty()) {
            throw new InvalidInputException("sessions", "tables.plan.none-chosen");
        }
        if (seatingMembers.isEmpty()) {
            throw new InvalidInputException("sessions", "tables.plan.no-members");
        }
        var wanted = current(assembly, seatingMembers);
        if (wanted.tables() > seatingMembers.size()) {
            throw new InvalidInputException(
                    "sessions", "tables.plan.too-many-tables", wanted.tables(), seatingMembers.size());
        }
        if (!wanted.seats(seatingMembers.size())) {
            throw new InvalidInputException(
                    "sessions",
                    "tables.plan.capacity",
                    wanted.tables() * wanted.seatsPerTable(),
                    seatingMembers.size());
        }
        int accessibleSeats = TableRules.accessibleSeats(wanted, seatingMembers.size());
        if (wanted.needsAccessible().size() > accessibleSeats) {
            throw new InvalidInputException(
                    "sessions",
                    "tables.plan.accessible-too-few",
                    wanted.needsAccessible().size(),
                    accessibleSeats);
        }
        var locked = seats.locked(assembly);
        var seatings = seats.all(assembly);
        List<SessionId> order = new ArrayList<>();
        Map<SessionId, Seating> held = new HashMap<>();
        var known = new TreeSet<String>();
        for (ProgrammeSession s : programme.sessions(actor, assembly)) {
            known.add(s.id().toString());
            if (chosen.contains(s.id()) && locked.contains(s.id())) {
                throw new InvalidInputException("sessions", "tables.plan.locked", s.title());
            }
            if (chosen.contains(s.id())) {
                order.add(s.id());
            } else if (locked.contains(s.id()) && seatings.containsKey(s.id())) {
                order.add(s.id());
                held.put(s.id(), present(seatings.get(s.id()), s.details().day(), seatingMembers));
            }
        }
        if (!chosen.stream().allMatch(s -> known.contains(s.toString()))) {
            throw new InvalidInputException("sessions", "tables.plan.unknown-session");
        }
        return SeatingInput.of(
                seatingMembers,
                facilitators(actor, assembly),
                wanted,
                pairs.all(assembly),
                order,
                held,
                seed,
                timeLimit);
    }

    /**
     * A held session's seating without the members who were not checked in that day, as they met nobody there. A day
     * on which nobody was checked in is taken as not recorded, and everyone seated as present.
     */
    static Seating present(Seating seating, java.time.LocalDate day, List<SeatingMember> seatingMembers) {
        var attended = seatingMembers.stream()
                .filter(m -> m.summary().attended(day))
                .map(SeatingMember::id)
                .collect(Collectors.toSet());
        if (attended.isEmpty()) {
            return seating;
        }
        Map<MemberId, Integer> there = new HashMap<>(seating.members());
        there.keySet().retainAll(attended);
        return new Seating(there, seating.facilitators());
    }

    private List<UserId> facilitators(Actor actor, AssemblyId assembly) {
        return team.members(actor, assembly).stream()
                .filter(m -> m.role() == AssemblyRole.FACILITATOR && m.enabled())
                .sorted(Comparator.comparing(TeamMember::displayName))
                .map(TeamMember::userId)
                .toList();
    }

    private TableSettings current(AssemblyId assembly, List<SeatingMember> seatingMembers) {
        return settings.find(assembly)
                .orElseGet(() -> TableSettings.defaults(seatingMembers.size(), categories(seatingMembers)));
    }

    private static List<String> categories(List<SeatingMember> seatingMembers) {
        return seatingMembers.stream()
                .flatMap(m -> m.values().keySet().stream())
                .distinct()
                .sorted()
                .toList();
    }

    private static long randomSeed() {
        return new SplittableRandom().nextLong(1_000_000);
    }

    private static void afterCommit(Runnable task) {
        AfterCommit.run(task);
    }
}
