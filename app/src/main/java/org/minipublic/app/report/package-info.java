/**
 * The final report: the assembly's own account, assembled from its data (the question and who asked it, the dates,
 * who took part as aggregates against the targets, the speakers who agreed to be named and the materials made public, every recommendation with its
 * vote and minority statements, the institution's responses, the draw's record) and from narrative sections organisers
 * write. Shown as a web page and printed as an A4 PDF; drafts are versions, and published versions are frozen.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "audit",
            "identity",
            "assembly",
            "selection",
            "programme",
            "evidence",
            "voting",
            "accountability",
            "surveys"
        })
@NullMarked
package org.minipublic.app.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
