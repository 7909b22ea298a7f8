package org.minipublic.tableio;

import java.util.List;

/**
 * A file that would take far more memory to read than its size suggests: an XLSX file that unpacks past the reader's
 * limits (built to, as a "zip bomb", or just too large a spreadsheet to read whole), or whose first sheet reads as far
 * more text than it holds. It is refused before it is read; saving it as CSV, or splitting it, is the way round.
 */
public class OversizedInputException extends InputException {

    OversizedInputException(String file, String message) {
        super(List.of(new InputProblem(file, 0, null, message)));
    }
}
