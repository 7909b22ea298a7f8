/**
 * Confirmation: the phone calls that turn the people the lottery chose into members. The call list follows the first
 * draw and its replacement draws; each call's outcome is recorded (no answer, call back at a time, confirmed,
 * declined) with a note. A confirmation enrols the person in the members module; a decline withdraws them from the
 * panel in the selection module, so that a replacement can be drawn.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "identity", "recruitment", "selection", "members"})
@NullMarked
package org.minipublic.app.confirmation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
