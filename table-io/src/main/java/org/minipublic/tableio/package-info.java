/**
 * Reading spreadsheets (CSV or the first sheet of an XLSX file) as text, and reporting input problems that name the
 * file, row, column and value. Shared by the sortition and grouping engines.
 */
@NullMarked
package org.minipublic.tableio;

import org.jspecify.annotations.NullMarked;
