package org.minipublic.app.portal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.accountability.PortalVerdicts;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyNotFoundException;
import org.minipublic.app.deliberation.PortalDrafts;
import org.minipublic.app.evidence.Materials;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.PortalVisitor;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.surveys.PortalSurveys;
import org.minipublic.app.tables.SessionTables;
import org.minipublic.app.tables.TablePlans;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the portal shows a signed-in member. The caller has checked the member's sign-in ({@link
 * org.minipublic.app.members.PortalCards#visitor}); this reads the programme and table plans as the system would and
 * keeps only what every member may see and the member's own seat: no other member's name leaves this class.
 */
@Service
public class Portal {

    /** Reads on a member's behalf are the system's: the audit log names this actor if a read is ever recorded. */
    private static final Actor PORTAL = new Actor(null, "member portal");

    private final Assemblies assemblies;
    private final TablePlans tables;
    private final PortalSurveys surveys;
    private final Materials materials;
    private final PortalVerdicts verdicts;
    private final PortalDrafts drafts;

    Portal(
            Assemblies assemblies,
            TablePlans tables,
            PortalSurveys surveys,
            Materials materials,
            PortalVerdicts verdicts,
            PortalDrafts drafts) {
        this.assemblies = assemblies;
        this.tables = tables;
        this.surveys = surveys;
        this.materials = materials;
        this.verdicts = verdicts;
        this.drafts = drafts;
    }

    /** @param language the language to show materials in where a translation exists (a language tag) */
    @Transactional(readOnly = true)
    public PortalHome home(PortalVisitor visitor, String language) {
        var assemblyId = visitor.signedIn().assembly();
        var assembly = assemblies.find(assemblyId).orElseThrow(() -> new AssemblyNotFoundException(assemblyId));
        var member = visitor.signedIn().member();
        Map<java.time.LocalDate, List<PortalHome.Session>> byDay =
                tables.overview(PORTAL, assemblyId).sessions().stream()
                        .map(s -> new PortalHome.Session(
                                s.session(), s.shown() ? seat(s, member) : null, s.planned() && !s.shown()))
                        .collect(
                                Collectors.groupingBy(s -> s.session().details().day()));
        var days = assembly.details().days().stream()
                .map(day -> new PortalHome.Day(day, byDay.getOrDefault(day.date(), List.of())))
                .toList();
        var details = assembly.details();
        return new PortalHome(
                visitor.firstName(),
                details.title(),
                details.question(),
                days,
                materials.published(assemblyId, language),
                drafts.list(visitor.signedIn()).count(),
                surveys.open(visitor.signedIn()),
                verdicts.invitation(visitor.signedIn())
                        .map(PortalHome.Verdict::new)
                        .orElse(null));
    }

    private static PortalHome.@Nullable Seat seat(SessionTables session, MemberId member) {
        return session.tables().stream()
                .filter(t -> t.members().stream().anyMatch(m -> m.id().equals(member)))
                .findFirst()
                .map(t -> new PortalHome.Seat(t.number(), t.accessible(), t.facilitators()))
                .orElse(null);
    }
}
