/**
 * The programme: the sessions of each of the assembly's days, with their times, room and stage (learning,
 * deliberation, decision or other). Sessions never overlap on a day, as the whole assembly attends each one; table
 * plans are made for sessions.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "identity", "assembly"})
@NullMarked
package org.minipublic.app.programme;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
