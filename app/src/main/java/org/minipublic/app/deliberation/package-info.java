/**
 * Deliberation: the themes an assembly works on (recruitment, training, victim support…) and the draft
 * recommendations its tables write under them. Every change to a draft is kept as a version, with who made it and
 * why, and any two versions can be compared word by word; a draft ends final (ready for the vote), withdrawn, or
 * merged or split into other drafts, which link back to it. Amendments, professional review and free comments stay
 * beside each draft. Members read the drafts, comment and propose amendments themselves on the member portal, with
 * the code on their sign-in card.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "audit", "identity", "identity::limits", "members", "members::portal"})
@NullMarked
package org.minipublic.app.deliberation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
