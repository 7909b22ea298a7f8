/**
 * Accountability: what the institution did with an assembly's recommendations. Its response to each (accepted, in
 * part, not accepted, under consideration, with reasons, by a deadline), the members' own verdict on each response
 * (each member's score given in secret on the member portal), and the action plan (actions with owners, milestones
 * and dated progress updates), published for residents to follow.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "audit",
            "identity",
            "identity::limits",
            "assembly",
            "members",
            "members::portal",
            "notifications",
            "voting",
            "web"
        })
@NullMarked
package org.minipublic.app.accountability;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
