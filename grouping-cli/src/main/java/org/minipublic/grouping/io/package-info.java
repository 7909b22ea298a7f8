/**
 * Files in and out: people and rules from CSV or XLSX (every problem reported with its row and column), and the plan
 * as CSV, a JSON quality report, a printable table plan and name cards.
 */
@NullMarked
package org.minipublic.grouping.io;

import org.jspecify.annotations.NullMarked;
