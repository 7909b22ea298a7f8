package org.minipublic.app.recruitment;

import org.jspecify.annotations.Nullable;

/**
 * A household as the address list shows it.
 *
 * @param code its registration code, once a round has invited it
 * @param round the number of that round
 */
public record ListedHousehold(
        HouseholdId id, Address address, @Nullable RegistrationCode code, @Nullable Integer round) {}
