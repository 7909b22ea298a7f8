package org.minipublic.app.selection;

import org.jspecify.annotations.Nullable;
import org.minipublic.app.recruitment.RespondentId;

/**
 * Someone the lottery chose for the panel, as the confirmation calls see them.
 *
 * @param draw the draw that chose them (the first draw, or a replacement draw)
 * @param withdrawal why they gave up their seat, when they did
 */
public record Seat(RespondentId respondent, DrawId draw, int drawNumber, Withdrawal.@Nullable Reason withdrawal) {

    public boolean held() {
        return withdrawal == null;
    }
}
