package org.minipublic.sortition.support;

import java.util.ArrayList;
import java.util.List;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.pool.RespondentId;

/** Hand-made pools for small, readable tests: each person as "id:value1,value2[@household]". */
public final class Pools {

    private Pools() {}

    public static Pool of(String... people) {
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            String[] idAndRest = people[i].split(":");
            String[] valuesAndHousehold = idAndRest[1].split("@");
            String household = valuesAndHousehold.length > 1 ? valuesAndHousehold[1] : null;
            respondents.add(new Respondent(
                    new RespondentId(idAndRest[0]),
                    List.of(valuesAndHousehold[0].split(",")),
                    household,
                    i + 1,
                    List.of(idAndRest[0])));
        }
        return new Pool(respondents, List.of("id"));
    }
}
