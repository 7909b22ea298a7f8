/**
 * Improving a valid plan: simulated annealing that swaps two people's tables within a session, keeping every hard
 * rule and the make-up bands, to reduce repeated meetings (those in consecutive sessions most) and then the tables'
 * distance from the assembly's make-up. Plain Java; randomness from the seeded generator it is given.
 */
@NullMarked
package org.minipublic.grouping.search;

import org.jspecify.annotations.NullMarked;
