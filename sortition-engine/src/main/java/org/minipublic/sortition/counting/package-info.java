/**
 * Counting the valid panels exactly and drawing one uniformly at random among them (de Azevedo and Gölz, "Maximally
 * random sortition", arXiv 2604.02712), by dynamic programming over groups and households.
 */
@NullMarked
package org.minipublic.sortition.counting;

import org.jspecify.annotations.NullMarked;
