/**
 * The only package that talks to Google OR-Tools: CP-SAT finds, for each session, a seating that keeps every hard
 * rule and keeps every table's make-up within a band around the assembly's. Solves run single-threaded with a fixed
 * seed so that plans are reproducible.
 */
@NullMarked
package org.minipublic.grouping.solver;

import org.jspecify.annotations.NullMarked;
