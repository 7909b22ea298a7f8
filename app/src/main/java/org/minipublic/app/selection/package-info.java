/**
 * Selection: the targets a panel must meet and the draws that pick it from the respondent pool with the sortition
 * engine. Targets are versioned; a draw records the version it used, its seed and its inputs, so that anyone can
 * check it.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "identity", "assembly", "recruitment"})
@NullMarked
package org.minipublic.app.selection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
