/** The figures by which an organiser judges a seating plan. */
@NullMarked
package org.minipublic.grouping.report;

import org.jspecify.annotations.NullMarked;
