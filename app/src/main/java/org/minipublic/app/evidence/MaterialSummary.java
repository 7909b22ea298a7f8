package org.minipublic.app.evidence;

import java.util.List;

/**
 * A material for the team's list.
 *
 * @param title the title of its newest version in the original language
 * @param published whether readers see a version of it (perhaps an older one, while a newer one is reviewed)
 * @param translations the languages it has versions in besides the original, in tag order
 */
public record MaterialSummary(Material material, String title, boolean published, List<String> translations) {

    public MaterialId id() {
        return material.id();
    }
}
