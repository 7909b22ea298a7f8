package org.minipublic.app.selection;

/**
 * Targets from population shares, as practitioners set them: a value with a share p of the population would have
 * p × k of k seats; the target allows that, rounded down and up, widened by a tolerance of some seats either way.
 */
final class ProportionalTargets {

    private ProportionalTargets() {}

    /**
     * @param population the value's share in per cent
     * @param tolerance seats allowed below and above the exact share
     */
    static Target of(String category, String value, double population, int panelSize, int tolerance) {
        double ideal = population / 100 * panelSize;
        int min = Math.max(0, (int) Math.floor(ideal + 1e-9) - tolerance);
        int max = Math.min(panelSize, (int) Math.ceil(ideal - 1e-9) + tolerance);
        return new Target(category, value, min, Math.max(min, max), population);
    }
}
