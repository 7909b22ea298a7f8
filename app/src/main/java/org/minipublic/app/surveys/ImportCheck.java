package org.minipublic.app.surveys;

import java.util.List;
import java.util.UUID;
import org.minipublic.app.shared.ImportProblem;

/**
 * An uploaded file of responses, checked: which column fills which question, how many rows, and what is wrong. Any
 * problem blocks the whole import.
 *
 * @param problems the first {@link ResponseFile#PROBLEMS_SHOWN} problems, by row
 * @param problemCount how many there are in all
 */
public record ImportCheck(
        UUID uploadId,
        String fileName,
        int rows,
        List<ColumnMatch> columns,
        List<ImportProblem> problems,
        int problemCount) {

    public ImportCheck {
        columns = List.copyOf(columns);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problemCount == 0;
    }
}
