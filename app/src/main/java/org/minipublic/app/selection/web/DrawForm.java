package org.minipublic.app.selection.web;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.selection.DrawSettings;
import org.minipublic.app.shared.InvalidInputException;

/** The new-draw form: algorithm, an optional seed typed as text (so a wrong entry is named), witnesses one per line. */
public class DrawForm {

    private String algorithm = "leximin";
    private String seed = "";
    private String witnesses = "";
    /** For a replacement draw: {@code alternates} to choose from the first draw's alternates only. */
    private String from = "pool";
    /** True to hold a draw ceremony: commit to the lottery first, take the panel number from public digits later. */
    private boolean ceremony;

    DrawSettings toSettings() {
        Long parsed = null;
        if (!seed.isBlank()) {
            try {
                parsed = Long.parseLong(seed.strip().replace(" ", "").replace(",", ""));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("seed", "selection.draw.seed.invalid");
            }
        }
        return new DrawSettings(algorithm, parsed, Arrays.asList(witnesses.split("\\R")));
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public void setAlgorithm(@Nullable String algorithm) {
        this.algorithm = algorithm == null ? "" : algorithm;
    }

    public String getSeed() {
        return seed;
    }

    public void setSeed(@Nullable String seed) {
        this.seed = seed == null ? "" : seed;
    }

    boolean fromAlternates() {
        return "alternates".equals(from);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(@Nullable String from) {
        this.from = from == null ? "pool" : from;
    }

    public boolean isCeremony() {
        return ceremony;
    }

    public void setCeremony(boolean ceremony) {
        this.ceremony = ceremony;
    }

    public String getWitnesses() {
        return witnesses;
    }

    public void setWitnesses(@Nullable String witnesses) {
        this.witnesses = witnesses == null ? "" : witnesses;
    }
}
