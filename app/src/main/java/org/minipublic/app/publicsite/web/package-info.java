@NullMarked
package org.minipublic.app.publicsite.web;

import org.jspecify.annotations.NullMarked;
