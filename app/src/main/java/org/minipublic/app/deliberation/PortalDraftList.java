package org.minipublic.app.deliberation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An assembly's drafts as members find them on the portal: theme by theme in the organisers' order, the drafts being
 * worked on and the final ones (withdrawn drafts are left out, and merged or split ones are reached from the drafts
 * their text went into).
 *
 * @param round the assembly's current or last review round, or null when it has had none
 * @param reviewOpen whether professionals can comment today
 */
public record PortalDraftList(List<ThemeDrafts> themes, @Nullable ReviewRound round, boolean reviewOpen) {

    public PortalDraftList {
        themes = List.copyOf(themes);
    }

    /** How many drafts members can read from the list. */
    public int count() {
        return themes.stream().mapToInt(t -> t.drafts().size()).sum();
    }

    /** A theme with its drafts, oldest first. */
    public record ThemeDrafts(Theme theme, List<Draft> drafts) {

        public ThemeDrafts {
            drafts = List.copyOf(drafts);
        }
    }
}
