package org.minipublic.app.voting.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.voting.Ballot;
import org.minipublic.app.voting.BallotDetails;
import org.minipublic.app.voting.BallotId;
import org.minipublic.app.voting.BallotMethod;
import org.minipublic.app.voting.BallotMethod.ApproveReject;
import org.minipublic.app.voting.BallotMethod.Prioritise;
import org.minipublic.app.voting.BallotMethod.SupportLevel;
import org.springframework.validation.Errors;

/**
 * A ballot's title, method and condition as typed. Every method's settings are on the form at once (no script picks
 * which to show); only the chosen method's are read.
 */
public class BallotForm {

    private String title = "";
    private String method = "SUPPORT";
    private String labels = "";
    private String atLeast = "4";
    private String supportPercent = "80";
    private String approvePercent = "50";
    private String comparison = "MORE_THAN";
    private String base = ApproveReject.Base.FOR_AND_AGAINST.name();
    private String topN = "3";
    private String count = Prioritise.Count.BORDA.name();
    private String requires = "";
    private int version;

    static BallotForm of(Ballot ballot) {
        var form = new BallotForm();
        form.title = ballot.title();
        form.method = ballot.method().kind();
        form.version = ballot.version();
        var requires = ballot.details().requires();
        form.requires = requires == null ? "" : requires.toString();
        if (ballot.method() instanceof SupportLevel s) {
            form.labels = String.join("\n", s.labels());
            form.atLeast = String.valueOf(s.atLeast());
            form.supportPercent = String.valueOf(s.percent());
        } else if (ballot.method() instanceof ApproveReject a) {
            form.approvePercent = String.valueOf(a.percent());
            form.comparison = a.moreThan() ? "MORE_THAN" : "AT_LEAST";
            form.base = a.base().name();
        } else if (ballot.method() instanceof Prioritise p) {
            form.topN = String.valueOf(p.topN());
            form.count = p.count().name();
        }
        return form;
    }

    /** The details, or null with the problems recorded on {@code errors}. */
    @Nullable
    BallotDetails toDetails(Errors errors) {
        var chosen = method(errors);
        if (chosen == null) {
            return null;
        }
        BallotId earlier = null;
        if (!requires.isBlank()) {
            try {
                earlier = BallotId.valueOf(requires);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("requires", "voting.ballot.requires-invalid");
                return null;
            }
        }
        return new BallotDetails(title, chosen, earlier);
    }

    private @Nullable BallotMethod method(Errors errors) {
        switch (method) {
            case "SUPPORT" -> {
                List<String> levels = Arrays.stream(labels.split("\\R"))
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
                if (levels.size() < 2
                        || levels.size() > SupportLevel.MAX_LEVELS
                        || levels.stream().anyMatch(l -> l.length() > 60)) {
                    errors.rejectValue("labels", "voting.ballot.labels-invalid");
                    return null;
                }
                Integer level = number(atLeast, 1, levels.size(), "atLeast", errors);
                Integer percent = number(supportPercent, 1, 100, "supportPercent", errors);
                return level == null || percent == null ? null : new SupportLevel(levels, level, percent);
            }
            case "APPROVE" -> {
                boolean moreThan = !"AT_LEAST".equals(comparison);
                Integer percent = number(approvePercent, 1, moreThan ? 99 : 100, "approvePercent", errors);
                var chosenBase =
                        "ALL_VOTES".equals(base) ? ApproveReject.Base.ALL_VOTES : ApproveReject.Base.FOR_AND_AGAINST;
                return percent == null ? null : new ApproveReject(percent, moreThan, chosenBase);
            }
            case "PRIORITISE" -> {
                Integer n = number(topN, 1, Prioritise.MAX_TOP, "topN", errors);
                var chosenCount = "TOP_N".equals(count) ? Prioritise.Count.TOP_N : Prioritise.Count.BORDA;
                return n == null ? null : new Prioritise(n, chosenCount);
            }
            default -> {
                errors.rejectValue("method", "voting.ballot.method-required");
                return null;
            }
        }
    }

    private static @Nullable Integer number(String text, int min, int max, String field, Errors errors) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number out of range
        }
        errors.rejectValue(field, "voting.ballot.number-range", new Object[] {min, max}, null);
        return null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getLabels() {
        return labels;
    }

    public void setLabels(String labels) {
        this.labels = labels;
    }

    public String getAtLeast() {
        return atLeast;
    }

    public void setAtLeast(String atLeast) {
        this.atLeast = atLeast;
    }

    public String getSupportPercent() {
        return supportPercent;
    }

    public void setSupportPercent(String supportPercent) {
        this.supportPercent = supportPercent;
    }

    public String getApprovePercent() {
        return approvePercent;
    }

    public void setApprovePercent(String approvePercent) {
        this.approvePercent = approvePercent;
    }

    public String getComparison() {
        return comparison;
    }

    public void setComparison(String comparison) {
        this.comparison = comparison;
    }

    public String getBase() {
        return base;
    }

    public void setBase(String base) {
        this.base = base;
    }

    public String getTopN() {
        return topN;
    }

    public void setTopN(String topN) {
        this.topN = topN;
    }

    public String getCount() {
        return count;
    }

    public void setCount(String count) {
        this.count = count;
    }

    public String getRequires() {
        return requires;
    }

    public void setRequires(String requires) {
        this.requires = requires;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
