/**
 * Reading the files practitioners already have (targets and people as CSV or XLSX, in the Sortition Foundation's and
 * the research data's layouts) and writing results. Every problem in a file is reported at once, naming the file, row,
 * column and value.
 */
@NullMarked
package org.minipublic.sortition.io;

import org.jspecify.annotations.NullMarked;
