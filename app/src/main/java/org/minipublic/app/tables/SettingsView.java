package org.minipublic.app.tables;

import java.util.List;
import org.minipublic.app.members.MemberSummary;

/**
 * What the settings page needs: the settings, the categories members have values in, the members who recorded access
 * needs (those who may need an accessible table), the keep-apart and keep-together pairs, and the active members in
 * name order (those a pair can name).
 */
public record SettingsView(
        TableSettings settings,
        List<String> categories,
        List<MemberSummary> withAccessNeeds,
        int members,
        List<PairView> pairs,
        List<MemberSummary> active) {

    public SettingsView {
        categories = List.copyOf(categories);
        withAccessNeeds = List.copyOf(withAccessNeeds);
        pairs = List.copyOf(pairs);
        active = List.copyOf(active);
    }
}
