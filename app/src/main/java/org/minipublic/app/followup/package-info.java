/**
 * Follow-up events: after an assembly, its organisers and the institution hold resident panels, webinars and public
 * meetings about what became of the recommendations. Staff plan and publish them; residents sign up on the public
 * site with double opt-in, and their sign-ups are deleted a set time after the event.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "audit",
            "identity",
            "identity::limits",
            "assembly",
            "notifications",
            "accountability"
        })
@NullMarked
package org.minipublic.app.followup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
