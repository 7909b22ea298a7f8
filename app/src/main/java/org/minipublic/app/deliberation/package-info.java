/**
 * Deliberation: the themes an assembly works on (recruitment, training, victim support…) and the draft
 * recommendations its tables write under them. Every change to a draft is kept as a version, with who made it and
 * why, and any two versions can be compared word by word; a draft ends final (ready for the vote) or withdrawn.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "identity"})
@NullMarked
package org.minipublic.app.deliberation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
