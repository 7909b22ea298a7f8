package org.minipublic.app.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.minipublic.app.assembly.AssemblyDay;
import org.minipublic.app.assembly.AssemblyDetails;

/**
 * A synthetic assembly shaped like the Waltham Forest Citizens' Assembly on the Future of Neighbourhood Policing
 * (2024): a council and a police force commission it jointly, a charity designs and facilitates it, another recruits
 * by lottery, and it meets on five days over three weekends. Names of places and bodies are invented.
 */
final class DemoAssembly {

    static final String TITLE = "Eastbrook Citizens' Assembly on Neighbourhood Policing";

    private static final String VENUE = "Eastbrook Town Hall, Assembly Room";
    private static final String ADDRESS = "1 Forest Road, Eastbrook";

    private DemoAssembly() {}

    static AssemblyDetails details() {
        return new AssemblyDetails(
                TITLE,
                "How can the police build trust with all communities and make the borough feel safer?",
                "Forty-five residents chosen by a stratified lottery learn from experts and people with lived"
                        + " experience, deliberate in small groups and vote on recommendations. The police will"
                        + " publish a response to every recommendation.",
                List.of("Eastbrook Borough Council", "Eastbrook Police, North East command unit"),
                List.of("Open Deliberation (design and facilitation)"),
                List.of("Civic Lottery Foundation (recruitment by lottery)"),
                List.of(
                        day(1, LocalDate.of(2027, 2, 20)),
                        day(1, LocalDate.of(2027, 2, 21)),
                        day(2, LocalDate.of(2027, 3, 6)),
                        day(3, LocalDate.of(2027, 3, 20)),
                        day(3, LocalDate.of(2027, 3, 21))));
    }

    private static AssemblyDay day(int weekend, LocalDate date) {
        return new AssemblyDay(weekend, date, LocalTime.of(10, 0), LocalTime.of(16, 30), VENUE, ADDRESS);
    }
}
