package org.minipublic.grouping;

import java.util.ArrayList;
import java.util.List;
import org.minipublic.grouping.model.FacilitatorId;
import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.model.MemberId;
import org.minipublic.grouping.model.Plan;
import org.minipublic.grouping.report.QualityReport;

/**
 * A seating plan with its quality report.
 *
 * @param layout the compiled problem the plan was made for
 */
public record GroupingResult(GroupingProblem problem, Layout layout, Plan plan, QualityReport quality) {

    /** The member ids at each table of a session (sessions and tables from 0 here; files number them from 1). */
    public List<List<MemberId>> members(int session) {
        List<List<MemberId>> tables = new ArrayList<>();
        for (var table : plan.tables(session, layout.tables()[session])) {
            tables.add(table.stream().map(p -> problem.members().get(p).id()).toList());
        }
        return tables;
    }

    /** The facilitator ids at each table of a session. */
    public List<List<FacilitatorId>> facilitators(int session) {
        List<List<FacilitatorId>> tables = new ArrayList<>();
        for (int t = 0; t < layout.tables()[session]; t++) {
            tables.add(new ArrayList<>());
        }
        int[] at = plan.facilitatorTable()[session];
        for (int f = 0; f < at.length; f++) {
            tables.get(at[f]).add(problem.facilitators().get(f));
        }
        return tables;
    }
}
