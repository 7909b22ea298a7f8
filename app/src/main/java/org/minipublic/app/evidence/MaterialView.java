package org.minipublic.app.evidence;

import java.util.List;

/**
 * A material with every version (original first, then translations by language; newest first within each) and
 * the team's comments, oldest first.
 */
public record MaterialView(MaterialSummary summary, List<VersionInfo> versions, List<MaterialComment> comments) {

    public Material material() {
        return summary.material();
    }
}
