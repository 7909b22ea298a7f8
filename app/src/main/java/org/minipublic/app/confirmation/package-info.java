/**
 * Confirmation: the phone calls that turn the people the lottery chose into members. The call list follows the first
 * draw and its replacement draws; each call's outcome is recorded (no answer, call back at a time, confirmed,
 * declined) with a note. A confirmation enrols the person in the members module; a decline withdraws them from the
 * panel in the selection module, so that a replacement can be drawn. Those still to answer can be sent a reminder by
 * e-mail or text message through the notifications module, at most one a day.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "audit",
            "identity",
            "assembly",
            "recruitment",
            "selection",
            "members",
            "notifications"
        })
@NullMarked
package org.minipublic.app.confirmation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
