/** Pages for building surveys, answering them (public, phone-sized, in the reader's language) and their results. */
@NullMarked
package org.minipublic.app.surveys.web;

import org.jspecify.annotations.NullMarked;
