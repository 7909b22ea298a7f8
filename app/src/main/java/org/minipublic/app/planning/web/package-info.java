/** The recruitment plan's page. */
@NullMarked
package org.minipublic.app.planning.web;

import org.jspecify.annotations.NullMarked;
