/**
 * The only package that talks to Google OR-Tools: CP-SAT finds panels (best panel for given weights, feasibility,
 * smallest relaxation of targets) and GLOP solves the linear programs of the fair lotteries. Everything here works
 * on the compiled {@link org.minipublic.sortition.model.Groups}; solvers run single-threaded with a fixed seed so
 * that results are reproducible.
 */
@NullMarked
package org.minipublic.sortition.solver;

import org.jspecify.annotations.NullMarked;
