package org.minipublic.app.accountability;

import org.minipublic.app.shared.AssemblyId;

/** A progress report was published where residents can read it: subscribers are told. Ids only. */
public record ProgressReportPublished(AssemblyId assembly, ProgressReportId report) {}
