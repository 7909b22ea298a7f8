/**
 * Table plans: who sits at which table in each session of the programme, made by the grouping engine so that every
 * table mirrors the assembly in the attributes the organiser chooses, members meet as many others as possible, and the
 * practical rules hold (accessible tables, members sharing an interpreter together, facilitators one per table).
 * Sessions already held are locked and kept as they were when the rest is planned again.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "identity", "assembly", "members", "programme"})
@NullMarked
package org.minipublic.app.tables;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
