/**
 * The member portal: a member's own pages, opened with the code on their sign-in card instead of a password. It shows
 * the assembly's question, the programme day by day with the member's table in each session, and the evidence
 * materials published for members, in the member's language where a translation exists, the way to the draft
 * recommendations (read, commented on and amended on pages of the deliberation module), the members' surveys open
 * now (answered on pages of the surveys module), and the round of the members' verdict on the institution's responses
 * while it is open (given on a page of the accountability module). It reads other modules as the system does and
 * shows a member nothing but what concerns every member and their own seat.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "assembly",
            "members",
            "members::portal",
            "programme",
            "tables",
            "surveys",
            "evidence",
            "deliberation",
            "accountability"
        })
@NullMarked
package org.minipublic.app.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
