/**
 * Whether the targets can be met at all, checked before any lottery; when they cannot, which targets conflict (a
 * smallest conflicting set) and the smallest change within the organisers' allowed flexibility that fixes it, in
 * plain words and as data.
 */
@NullMarked
package org.minipublic.sortition.feasibility;

import org.jspecify.annotations.NullMarked;
