package org.minipublic.app.tables;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.SeatingMember;
import org.minipublic.app.programme.SessionId;
import org.minipublic.app.shared.UserId;
import org.minipublic.grouping.GroupingProblem;
import org.minipublic.grouping.GroupingResult;
import org.minipublic.grouping.model.FacilitatorId;
import org.minipublic.grouping.model.HeldSession;
import org.minipublic.grouping.model.Member;
import org.minipublic.grouping.model.Rules;
import org.minipublic.grouping.report.ExpectedMeetings;

/**
 * A table plan as the grouping engine sees it. Sessions go to the engine in time order, locked ones as held, so that
 * meetings in them count when the others are planned; engine ids are the app's member and user ids.
 *
 * @param sessions the sessions in the engine's order
 * @param planned those of them to be planned (the rest are locked)
 */
record SeatingInput(List<SessionId> sessions, Set<SessionId> planned, GroupingProblem problem) {

    /** The attribute that groups members who need an interpreter by language; no category can be named so. */
    static final String INTERPRETER = "\u0000interpreter";

    SeatingInput {
        sessions = List.copyOf(sessions);
        planned = Set.copyOf(planned);
    }

    /**
     * @param sessions the sessions to plan and the locked ones to keep, in time order
     * @param locked the seating of each locked session among them
     * @param pairs the keep-apart and keep-together pairs; those with a member not among {@code members} are left out
     */
    static SeatingInput of(
            List<SeatingMember> members,
            List<UserId> facilitators,
            TableSettings settings,
            List<SeatingPair> pairs,
            List<SessionId> sessions,
            Map<SessionId, Seating> locked,
            long seed,
            Duration timeLimit) {
        List<Member> seated = members.stream().map(m -> member(m, settings)).toList();
        var known = members.stream().map(SeatingMember::id).collect(java.util.stream.Collectors.toSet());
        var needs = settings.needsAccessible().stream()
                .filter(known::contains)
                .map(SeatingInput::engineId)
                .collect(java.util.stream.Collectors.toSet());
        var applied = pairs.stream().filter(p -> p.within(known)).toList();
        var rules = new Rules(
                pairsOf(applied, PairKind.APART),
                pairsOf(applied, PairKind.TOGETHER),
                List.of(),
                needs,
                Map.of(0, settings.accessibleTables()));
        List<Integer> tables = new ArrayList<>();
        Map<Integer, HeldSession> held = new HashMap<>();
        Set<SessionId> planned = new java.util.HashSet<>();
        for (int s = 0; s < sessions.size(); s++) {
            var seating = locked.get(sessions.get(s));
            if (seating == null) {
                planned.add(sessions.get(s));
                tables.add(settings.tables());
            } else {
                tables.add(Math.max(1, seating.tables()));
                held.put(s + 1, held(seating, known, facilitators));
            }
        }
        var problem = new GroupingProblem(
                seated,
                facilitators.stream().map(u -> new FacilitatorId(u.toString())).toList(),
                settings.diversify(),
                settings.interpretersTogether() ? List.of(INTERPRETER) : List.of(),
                tables,
                rules,
                held,
                seed,
                timeLimit,
                settings.band());
        return new SeatingInput(sessions, planned, problem);
    }

    /** The seating the engine chose for each planned session. */
    Map<SessionId, Seating> seatings(GroupingResult result) {
        Map<SessionId, Seating> seatings = new LinkedHashMap<>();
        for (int s = 0; s < sessions.size(); s++) {
            if (!planned.contains(sessions.get(s))) {
                continue;
            }
            Map<MemberId, Integer> members = new HashMap<>();
            var tables = result.members(s);
            for (int t = 0; t < tables.size(); t++) {
                for (var id : tables.get(t)) {
                    members.put(new MemberId(java.util.UUID.fromString(id.value())), t + 1);
                }
            }
            Map<UserId, Integer> facilitators = new HashMap<>();
            var at = result.facilitators(s);
            for (int t = 0; t < at.size(); t++) {
                for (var id : at.get(t)) {
                    facilitators.put(new UserId(java.util.UUID.fromString(id.value())), t + 1);
                }
            }
            seatings.put(sessions.get(s), new Seating(members, facilitators));
        }
        return seatings;
    }

    static PlanQuality quality(GroupingResult result) {
        var q = result.quality();
        var random = ExpectedMeetings.underRandomSeating(
                result.layout().members(), result.layout().size());
        return new PlanQuality(
                q.repeatedPairs(),
                q.repeatedPairsBound(),
                random.repeatedPairs(),
                q.consecutivePairs(),
                q.consecutivePairsBound(),
                q.mostTimesMet(),
                q.fewestPeopleMet(),
                q.worstDeviationOverall(),
                q.status().name(),
                q.seconds(),
                q.widenedSessions().size());
    }

    private static Member member(SeatingMember member, TableSettings settings) {
        Map<String, String> attributes = new HashMap<>(member.values());
        var summary = member.summary();
        attributes.put(INTERPRETER, summary.interpreter() ? summary.language() : "");
        return new Member(engineId(member.id()), member.id().toString(), attributes);
    }

    /** The engine joins keep-together pairs that share a member into one group itself. */
    private static List<List<org.minipublic.grouping.model.MemberId>> pairsOf(List<SeatingPair> pairs, PairKind kind) {
        return pairs.stream()
                .filter(p -> p.kind() == kind)
                .map(p -> List.of(engineId(p.one()), engineId(p.other())))
                .toList();
    }

    /** The engine's words with each member id it names replaced by the member's name, for the organiser to read. */
    static String named(String engineSays, List<SeatingMember> members) {
        String named = engineSays;
        for (var member : members) {
            named = named.replace(member.id().toString(), member.summary().name());
        }
        return named;
    }

    private static org.minipublic.grouping.model.MemberId engineId(MemberId id) {
        return new org.minipublic.grouping.model.MemberId(id.toString());
    }

    /** A locked session's seats of members and facilitators still taking part. */
    private static HeldSession held(Seating seating, Set<MemberId> known, List<UserId> facilitators) {
        Map<org.minipublic.grouping.model.MemberId, Integer> members = new HashMap<>();
        seating.members().forEach((id, table) -> {
            if (known.contains(id)) {
                members.put(engineId(id), table);
            }
        });
        Map<FacilitatorId, Integer> at = new HashMap<>();
        seating.facilitators().forEach((id, table) -> {
            if (facilitators.contains(id)) {
                at.put(new FacilitatorId(id.toString()), table);
            }
        });
        return new HeldSession(members, at);
    }
}
