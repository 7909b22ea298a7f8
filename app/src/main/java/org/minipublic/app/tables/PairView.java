package org.minipublic.app.tables;

/**
 * A pair as the settings page lists it, with both names.
 *
 * @param withdrawn the name of a member of the pair who has withdrawn, so that the pair is not applied, or empty
 */
public record PairView(SeatingPair pair, String oneName, String otherName, String withdrawn) {

    public boolean applied() {
        return withdrawn.isEmpty();
    }
}
