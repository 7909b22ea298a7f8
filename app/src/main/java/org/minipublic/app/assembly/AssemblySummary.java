package org.minipublic.app.assembly;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.shared.AssemblyId;

/** One line of the list of assemblies. The dates are those of the first and last day, when days are set. */
public record AssemblySummary(
        AssemblyId id,
        String title,
        AssemblyStatus status,
        @Nullable LocalDate firstDay,
        @Nullable LocalDate lastDay) {}
