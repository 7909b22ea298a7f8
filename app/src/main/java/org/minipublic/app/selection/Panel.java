package org.minipublic.app.selection;

import java.util.List;
import org.minipublic.app.recruitment.RespondentId;

/**
 * A panel as it stands after a first draw and its replacement draws.
 *
 * @param draws the first draw and its replacement draws, in order
 * @param seated everyone chosen who has not withdrawn
 * @param withdrawals everyone who withdrew, oldest first; open ones await a replacement draw
 */
public record Panel(List<Draw> draws, List<RespondentId> seated, List<Withdrawal> withdrawals) {

    public Panel {
        draws = List.copyOf(draws);
        seated = List.copyOf(seated);
        withdrawals = List.copyOf(withdrawals);
    }

    public long openSeats() {
        return withdrawals.stream().filter(Withdrawal::open).count();
    }

    public boolean withdrew(RespondentId respondent) {
        return withdrawals.stream().anyMatch(w -> w.respondent().equals(respondent));
    }
}
