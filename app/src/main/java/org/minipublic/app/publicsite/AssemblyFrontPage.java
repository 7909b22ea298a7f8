package org.minipublic.app.publicsite;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.accountability.PublicAccountability;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyStatus;
import org.minipublic.app.assembly.AssemblyView;
import org.minipublic.app.evidence.PublicMaterials;
import org.minipublic.app.programme.PublicProgramme;
import org.minipublic.app.programme.PublicProgramme.PublicSession;
import org.minipublic.app.report.FinalReport;
import org.minipublic.app.selection.Ceremonies;
import org.minipublic.app.selection.Draw;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an assembly's public front page shows, gathered from the modules that own each part. */
@Service
public class AssemblyFrontPage {

    /**
     * @param programme the sessions by day, in time order
     * @param draw the newest finished draw, whose public record anyone may check, or null before one
     * @param ceremony the newest draw ceremony with a published commitment, or null
     * @param materials how many materials are public in the reader's language or English
     * @param report whether a final report is published
     * @param responses whether the institution's responses and action plan are published (and with them the events)
     */
    public record FrontPage(
            AssemblyView assembly,
            List<ProgrammeDay> programme,
            @Nullable Draw draw,
            Ceremonies.@Nullable Published ceremony,
            int materials,
            boolean report,
            boolean responses) {}

    /** One day of the programme: its date, its weekend (from 1) and its sessions in time order. */
    public record ProgrammeDay(LocalDate date, int weekend, List<PublicSession> sessions) {}

    private final Assemblies assemblies;
    private final PublicProgramme programme;
    private final PublicMaterials materials;
    private final Draws draws;
    private final Ceremonies ceremonies;
    private final FinalReport report;
    private final PublicAccountability accountability;

    AssemblyFrontPage(
            Assemblies assemblies,
            PublicProgramme programme,
            PublicMaterials materials,
            Draws draws,
            Ceremonies ceremonies,
            FinalReport report,
            PublicAccountability accountability) {
        this.assemblies = assemblies;
        this.programme = programme;
        this.materials = materials;
        this.draws = draws;
        this.ceremonies = ceremonies;
        this.report = report;
        this.accountability = accountability;
    }

    /** The page; empty for an assembly that does not exist or is still being planned (nothing is announced yet). */
    @Transactional(readOnly = true)
    public Optional<FrontPage> of(AssemblyId id, String language) {
        var assembly = assemblies.find(id).filter(a -> a.status() != AssemblyStatus.PLANNING);
        if (assembly.isEmpty()) {
            return Optional.empty();
        }
        var byDay = new LinkedHashMap<LocalDate, List<PublicSession>>();
        for (var session : programme.sessions(id)) {
            byDay.computeIfAbsent(session.day(), d -> new java.util.ArrayList<>())
                    .add(session);
        }
        var days = byDay.values().stream()
                .map(sessions ->
                        new ProgrammeDay(sessions.get(0).day(), sessions.get(0).weekend(), List.copyOf(sessions)))
                .toList();
        var published = draws.published(id);
        return Optional.of(new FrontPage(
                assembly.get(),
                days,
                published.isEmpty() ? null : published.get(0),
                ceremonies.newestPublished(id).orElse(null),
                materials.all(id, language).size(),
                report.published(id).isPresent(),
                accountability.published(id).isPresent()));
    }
}
