package org.minipublic.app.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.InvalidInputException;

/**
 * When and how people may register.
 *
 * @param closesAt when registration closes; {@code null} while it is not open
 * @param perHousehold how many people of one household may register with its code
 * @param referenceDate the date ages are worked out on (usually the assembly's first day)
 */
public record RegistrationSettings(@Nullable Instant closesAt, int perHousehold, LocalDate referenceDate) {

    public static final int MAX_PER_HOUSEHOLD = 10;

    public RegistrationSettings {
        if (perHousehold < 1 || perHousehold > MAX_PER_HOUSEHOLD) {
            throw new InvalidInputException("perHousehold", "recruitment.settings.per-household", MAX_PER_HOUSEHOLD);
        }
    }

    public boolean isOpen(Instant now) {
        return closesAt != null && now.isBefore(closesAt);
    }
}
