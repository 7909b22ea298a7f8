/**
 * Voting: ballots on an assembly's recommendations, with a method each (support on a scale, approve or reject,
 * prioritisation), one secret vote per member through a code on a slip, and counts anyone can repeat from the
 * export. Who was given a code, the codes and the votes are stored apart, with nothing linking them (ADR 0012);
 * votes are hash-chained so that a changed or removed vote is found.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "audit", "identity", "identity::limits", "members", "deliberation", "web"})
@NullMarked
package org.minipublic.app.voting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
