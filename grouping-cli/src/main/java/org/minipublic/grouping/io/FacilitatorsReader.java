package org.minipublic.grouping.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minipublic.grouping.model.FacilitatorId;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.InputProblem;
import org.minipublic.tableio.Table;

/** Facilitators, one row each, with the same id column as the members. */
public final class FacilitatorsReader {

    private FacilitatorsReader() {}

    /** The facilitators' ids, read from the id column. */
    public static List<FacilitatorId> read(Table table, String idColumn) {
        List<InputProblem> problems = new ArrayList<>();
        Integer id = MembersReader.column(table, idColumn, "--id-column", problems);
        if (id == null) {
            throw new InputException(problems);
        }
        List<FacilitatorId> ids = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (var row : table.rows()) {
            String value = MembersReader.uniqueId(table, row, id, idColumn, seen, problems);
            if (value != null) {
                ids.add(new FacilitatorId(value));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return ids;
    }
}
