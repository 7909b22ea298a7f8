package org.minipublic.app.planning.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.minipublic.app.planning.PlanSettings;
import org.minipublic.app.shared.InvalidInputException;

/**
 * The plan's settings as typed. Numbers are text, so that "2,5" from a Polish keyboard reads like "2.5"; an empty area
 * rate means "use the expected response". Public so that the binder can reach its rows.
 */
public class PlanForm {

    private String poolPerSeat = "";
    private String defaultRate = "";
    private List<AreaRate> rates = new ArrayList<>();

    /** One area's row: its name (a hidden field) and the rate typed for it. */
    public static class AreaRate {
        private String area = "";
        private String rate = "";

        public String getArea() {
            return area;
        }

        public void setArea(String area) {
            this.area = area;
        }

        public String getRate() {
            return rate;
        }

        public void setRate(String rate) {
            this.rate = rate;
        }
    }

    static PlanForm of(PlanSettings settings, List<String> areas) {
        var form = new PlanForm();
        form.poolPerSeat = number(settings.poolPerSeat());
        form.defaultRate = number(settings.defaultRate());
        for (String area : areas) {
            var row = new AreaRate();
            row.setArea(area);
            Double rate = settings.rates().get(area);
            row.setRate(rate == null ? "" : number(rate));
            form.rates.add(row);
        }
        return form;
    }

    PlanSettings toSettings() {
        var parsed = new LinkedHashMap<String, Double>();
        for (var row : rates) {
            if (!row.getRate().isBlank()) {
                parsed.put(row.getArea(), parse(row.getRate(), "rates", "planning.rate.range"));
            }
        }
        return new PlanSettings(
                parse(poolPerSeat, "poolPerSeat", "planning.pool-per-seat.range"),
                parse(defaultRate, "defaultRate", "planning.rate.range"),
                parsed);
    }

    private static double parse(String text, String field, String message) {
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            if (!Double.isFinite(value)) {
                throw new InvalidInputException(field, message);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, message);
        }
    }

    /** 5 rather than 5.0, 2.5 as typed. */
    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    public String getPoolPerSeat() {
        return poolPerSeat;
    }

    public void setPoolPerSeat(String poolPerSeat) {
        this.poolPerSeat = poolPerSeat;
    }

    public String getDefaultRate() {
        return defaultRate;
    }

    public void setDefaultRate(String defaultRate) {
        this.defaultRate = defaultRate;
    }

    public List<AreaRate> getRates() {
        return rates;
    }

    public void setRates(List<AreaRate> rates) {
        this.rates = rates;
    }
}
