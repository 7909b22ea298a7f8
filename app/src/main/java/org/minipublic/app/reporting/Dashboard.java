package org.minipublic.app.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minipublic.app.assembly.AssemblyStatus;
import org.minipublic.app.assembly.AssemblyView;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.reporting.StageProgress.Check;
import org.minipublic.app.reporting.StageProgress.State;
import org.springframework.stereotype.Service;

/**
 * Builds an assembly's dashboard: its seven lifecycle stages and, for each, what has been done. Stages whose
 * capabilities are not built yet show no checks.
 */
@Service
public class Dashboard {

    private final Identity identity;

    Dashboard(Identity identity) {
        this.identity = identity;
    }

    public List<StageProgress> stages(AssemblyView assembly) {
        List<StageProgress> stages = new ArrayList<>();
        for (var stage : AssemblyStatus.values()) {
            stages.add(new StageProgress(stage, state(stage, assembly.status()), checks(stage, assembly)));
        }
        return stages;
    }

    private static State state(AssemblyStatus stage, AssemblyStatus current) {
        if (stage == current) {
            return State.CURRENT;
        }
        return stage.ordinal() < current.ordinal() ? State.DONE : State.UPCOMING;
    }

    private List<Check> checks(AssemblyStatus stage, AssemblyView assembly) {
        return stage == AssemblyStatus.PLANNING ? planning(assembly) : List.of();
    }

    private List<Check> planning(AssemblyView assembly) {
        var details = assembly.details();
        Map<AssemblyRole, Integer> team = identity.teamCounts(assembly.id());
        return List.of(
                new Check("dashboard.planning.question", true),
                new Check(
                        "dashboard.planning.commissioners",
                        !details.commissioners().isEmpty(),
                        details.commissioners().size()),
                new Check(
                        "dashboard.planning.delivery",
                        !details.deliveryPartners().isEmpty(),
                        details.deliveryPartners().size()),
                new Check(
                        "dashboard.planning.recruitment",
                        !details.recruitmentPartners().isEmpty(),
                        details.recruitmentPartners().size()),
                new Check(
                        "dashboard.planning.days",
                        !details.days().isEmpty(),
                        details.days().size(),
                        details.weekendCount()),
                new Check(
                        "dashboard.planning.facilitators",
                        count(team, AssemblyRole.FACILITATOR) > 0,
                        count(team, AssemblyRole.FACILITATOR)),
                new Check(
                        "dashboard.planning.advisory-board",
                        count(team, AssemblyRole.ADVISORY_BOARD) > 0,
                        count(team, AssemblyRole.ADVISORY_BOARD)),
                new Check(
                        "dashboard.planning.institution",
                        count(team, AssemblyRole.INSTITUTION_OFFICER) > 0,
                        count(team, AssemblyRole.INSTITUTION_OFFICER)));
    }

    private static int count(Map<AssemblyRole, Integer> team, AssemblyRole role) {
        return team.getOrDefault(role, 0);
    }
}
