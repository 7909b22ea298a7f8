package org.minipublic.app.planning;

import java.util.Map;
import java.util.TreeMap;
import org.minipublic.app.shared.InvalidInputException;

/**
 * What the organiser expects, from which the plan is worked out.
 *
 * @param poolPerSeat how many respondents to aim for per seat a target asks for (the margin that leaves the lottery a
 *     choice: practitioners aim for several times the panel)
 * @param defaultRate respondents per hundred letters expected where no area rate is given, in per cent
 * @param rates per area, respondents per hundred letters expected (lower in deprived areas), in per cent
 */
public record PlanSettings(double poolPerSeat, double defaultRate, Map<String, Double> rates) {

    public static final double MIN_POOL_PER_SEAT = 1;
    public static final double MAX_POOL_PER_SEAT = 50;
    /** Practitioners report a few per cent answering a letter; 3 % is the planning default until rounds tell. */
    public static final double DEFAULT_RATE = 3;

    public static final PlanSettings DEFAULT = new PlanSettings(5, DEFAULT_RATE, Map.of());

    public PlanSettings {
        if (!(poolPerSeat >= MIN_POOL_PER_SEAT && poolPerSeat <= MAX_POOL_PER_SEAT)) {
            throw new InvalidInputException("poolPerSeat", "planning.pool-per-seat.range");
        }
        requireRate("defaultRate", defaultRate);
        rates.forEach((area, rate) -> requireRate("rates", rate));
        rates = Map.copyOf(new TreeMap<>(rates));
    }

    /** The expected rate for an area, in per cent. */
    public double rateOf(String area) {
        return rates.getOrDefault(area, defaultRate);
    }

    private static void requireRate(String field, double rate) {
        if (!(rate > 0 && rate <= 100)) {
            throw new InvalidInputException(field, "planning.rate.range");
        }
    }
}
