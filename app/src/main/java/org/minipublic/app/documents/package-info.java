/**
 * Documents that take long to make (a round's invitation letters as one PDF can take minutes) made as persisted jobs:
 * a request is stored, any node takes it, keeps its heartbeat while it works and stores the file, and a job whose node
 * stopped is taken up again from the start by another (or the same, restarted) node. The module that owns a kind of
 * document writes it ({@link org.minipublic.app.documents.DocumentWriter}) and checks who may ask for it and fetch it.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit"})
@NullMarked
package org.minipublic.app.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
