package org.minipublic.app.tables;

import java.util.List;
import org.minipublic.app.members.MemberSummary;

/**
 * What the settings page needs: the settings, the categories members have values in, and the members who recorded
 * access needs (those who may need an accessible table).
 */
public record SettingsView(
        TableSettings settings, List<String> categories, List<MemberSummary> withAccessNeeds, int members) {

    public SettingsView {
        categories = List.copyOf(categories);
        withAccessNeeds = List.copyOf(withAccessNeeds);
    }
}
