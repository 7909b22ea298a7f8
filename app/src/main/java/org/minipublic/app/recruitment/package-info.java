/**
 * Recruitment: the list of households that may be invited, the invitation lottery that picks which of them get a
 * letter, and the registration codes printed on those letters. Each invitation round is seeded and recorded like a
 * draw, so anyone can check which households it picked; a household is never invited twice.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "identity", "identity::limits", "assembly", "documents"})
@NullMarked
package org.minipublic.app.recruitment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
