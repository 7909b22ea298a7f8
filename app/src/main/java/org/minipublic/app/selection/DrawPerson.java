package org.minipublic.app.selection;

import org.jspecify.annotations.Nullable;
import org.minipublic.app.recruitment.RespondentId;

/**
 * One respondent's part in a draw.
 *
 * @param position their place in the pool as the engine read it (the draw record's order)
 * @param reserveRank their place on the reserve list, from 1; {@code null} when selected or not eligible (someone
 *     in a selected person's household)
 */
public record DrawPerson(
        int position, RespondentId respondent, double chance, boolean selected, @Nullable Integer reserveRank) {}
