/**
 * A draw ceremony anyone can check without personal data: a commitment to the rounded lottery under pseudonymous ids
 * published before the draw, and the panel number taken afterwards from a public random source without bias.
 */
@NullMarked
package org.minipublic.sortition.ceremony;

import org.jspecify.annotations.NullMarked;
