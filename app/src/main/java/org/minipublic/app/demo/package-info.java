/**
 * Demo mode ({@code --demo}): a synthetic assembly modelled on a real one, and one user per role, so that a new
 * installation can be explored at once. Loading is idempotent and runs only with the {@code demo} profile; without
 * it, this module only refuses to start on a database that holds the demo accounts, and with it, on one that holds
 * real accounts.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "assembly",
            "recruitment",
            "selection",
            "members",
            "messaging",
            "confirmation",
            "programme",
            "evidence",
            "tables",
            "voting",
            "deliberation",
            "accountability",
            "report",
            "followup",
            "surveys"
        })
@NullMarked
package org.minipublic.app.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
