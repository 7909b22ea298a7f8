package org.minipublic.app.recruitment.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.recruitment.RoundSettings;

/**
 * The new-round form. Boosts are typed per area as text (an empty box means no boost), so that "1,5" from a Polish
 * keyboard is read like "1.5". The form is public so that the binder can reach its rows.
 */
public class RoundForm {

    @NotNull
    @Min(1)
    @Max(RoundSettings.MAX_LETTERS)
    private @Nullable Integer letters;

    private boolean byArea = true;

    @Min(0)
    @Max(999_999_999_999_999L)
    private @Nullable Long seed;

    private List<Boost> boosts = new ArrayList<>();

    /** One area's row of the form: its name (a hidden field) and the weight typed for it. */
    public static class Boost {
        private String area = "";
        private String weight = "";

        public String getArea() {
            return area;
        }

        public void setArea(String area) {
            this.area = area;
        }

        public String getWeight() {
            return weight;
        }

        public void setWeight(String weight) {
            this.weight = weight;
        }
    }

    /** Starts with one empty boost row per area, in the order the page lists them. */
    static RoundForm forAreas(List<String> areas) {
        var form = new RoundForm();
        for (String area : areas) {
            var boost = new Boost();
            boost.setArea(area);
            form.boosts.add(boost);
        }
        return form;
    }

    RoundSettings toSettings() {
        var parsed = new LinkedHashMap<String, Double>();
        for (var boost : boosts) {
            if (!boost.getWeight().isBlank()) {
                parsed.put(boost.getArea(), parseBoost(boost.getWeight()));
            }
        }
        return new RoundSettings(letters == null ? 0 : letters, byArea, byArea ? parsed : Map.of());
    }

    private static double parseBoost(String text) {
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new org.minipublic.app.shared.InvalidInputException("boosts", "recruitment.round.boost.range");
        }
    }

    public @Nullable Integer getLetters() {
        return letters;
    }

    public void setLetters(@Nullable Integer letters) {
        this.letters = letters;
    }

    public boolean isByArea() {
        return byArea;
    }

    public void setByArea(boolean byArea) {
        this.byArea = byArea;
    }

    public @Nullable Long getSeed() {
        return seed;
    }

    public void setSeed(@Nullable Long seed) {
        this.seed = seed;
    }

    public List<Boost> getBoosts() {
        return boosts;
    }

    public void setBoosts(List<Boost> boosts) {
        this.boosts = boosts;
    }
}
