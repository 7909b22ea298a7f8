package org.minipublic.app.accountability;

/**
 * How the assembly voted on a recommendation that came from a ballot.
 *
 * @param meeting votes meeting the ballot's adoption rule
 * @param base what {@code meeting} is a share of
 */
public record VoteFigure(int meeting, int base, boolean adopted) {

    /** The share in per cent, to one decimal place; 0 when the base is empty. */
    public double percent() {
        return base == 0 ? 0 : Math.round(1000.0 * meeting / base) / 10.0;
    }
}
