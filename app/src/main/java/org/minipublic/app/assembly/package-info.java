/**
 * Assemblies: the question, who commissions and delivers the assembly, the days and venues it meets on, and where it
 * stands in its lifecycle, from planning to closed. Creating an assembly makes its creator an organiser of it.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "identity"})
@NullMarked
package org.minipublic.app.assembly;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
