/**
 * Surveys: questionnaires built from a template or from scratch (scales, choices, numbers, dates, free text; sections,
 * conditions, translations), answered through a public link, typed in from paper or imported from another survey
 * tool, and their results: counts, distributions, means, cross-tabulations, the weekends compared, and exports.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "audit", "identity", "identity::limits", "members", "members::portal"})
@NullMarked
package org.minipublic.app.surveys;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
