package org.minipublic.app.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic address list for the invented borough of Eastbrook: eight areas of different sizes, invented streets,
 * postcodes in the UK format. The same list every time, so the demo invitation round is the same on every machine.
 */
final class DemoAddresses {

    /** Areas and their share of households; the last two are where practitioners would boost letters. */
    static final List<Area> AREAS = List.of(
            new Area("Ashgrove", 0.16, "EB1"),
            new Area("Beacon Park", 0.14, "EB2"),
            new Area("Chapel End", 0.13, "EB3"),
            new Area("Eastbrook Central", 0.15, "EB4"),
            new Area("Hale Green", 0.11, "EB5"),
            new Area("Millfield", 0.10, "EB6"),
            new Area("Lea Marsh", 0.11, "EB7"),
            new Area("Wood Street", 0.10, "EB8"));

    static final List<String> BOOSTED = List.of("Lea Marsh", "Wood Street");

    private static final List<String> STREETS = List.of(
            "Alder",
            "Birch",
            "Canal",
            "Church",
            "Elm",
            "Forest",
            "Garden",
            "Hawthorn",
            "Kings",
            "Larch",
            "Market",
            "Mill",
            "Oak",
            "Orchard",
            "Park",
            "Queens",
            "River",
            "Station",
            "Victoria",
            "Willow");
    private static final List<String> KINDS = List.of("Road", "Street", "Avenue", "Close", "Gardens", "Lane");

    record Area(String name, double share, String district) {}

    private DemoAddresses() {}

    static byte[] csv(int households) {
        var random = new SplittableRandom(2024);
        var csv = new StringBuilder("address line 1,address line 2,town,postcode,area,uprn\n");
        int uprn = 10_000_000;
        for (var area : AREAS) {
            int count = (int) Math.round(households * area.share());
            for (int i = 0; i < count; i++) {
                String street =
                        STREETS.get(random.nextInt(STREETS.size())) + " " + KINDS.get(random.nextInt(KINDS.size()));
                String flat = random.nextInt(4) == 0 ? "Flat " + (1 + random.nextInt(12)) : "";
                String postcode = area.district() + " " + (1 + random.nextInt(9)) + (char) ('A' + random.nextInt(20))
                        + (char) ('A' + random.nextInt(20));
                csv.append(i + 1)
                        .append(' ')
                        .append(street)
                        .append(',')
                        .append(flat)
                        .append(",Eastbrook,")
                        .append(postcode)
                        .append(',')
                        .append(area.name())
                        .append(',')
                        .append(uprn++)
                        .append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
