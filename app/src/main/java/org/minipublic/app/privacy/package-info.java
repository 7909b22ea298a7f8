/**
 * Privacy: the rights residents have over what the assembly holds about them. A copy of everything held about one
 * respondent, erasing one respondent, and a retention period per assembly after which everyone the lottery did not
 * choose is deleted, keeping only their anonymous answers, as the registration form promises. Erasing someone who
 * became a member anonymises their member record too. It asks each module that holds respondents' data for its part,
 * in one transaction, so that nothing is half deleted.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "audit",
            "identity",
            "assembly",
            "recruitment",
            "selection",
            "confirmation",
            "messaging",
            "members",
            "notifications"
        })
@NullMarked
package org.minipublic.app.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
