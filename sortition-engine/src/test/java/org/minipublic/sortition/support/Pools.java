package org.minipublic.sortition.support;

import java.util.ArrayList;
import java.util.List;
import org.minipublic.sortition.pool.Candidate;
import org.minipublic.sortition.pool.CandidateId;
import org.minipublic.sortition.pool.CandidatePool;

/** Hand-made pools for small, readable tests: each person as "id:value1,value2[@household]". */
public final class Pools {

    private Pools() {}

    public static CandidatePool of(String... people) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            String[] idAndRest = people[i].split(":");
            String[] valuesAndHousehold = idAndRest[1].split("@");
            String household = valuesAndHousehold.length > 1 ? valuesAndHousehold[1] : null;
            candidates.add(new Candidate(
                    new CandidateId(idAndRest[0]),
                    List.of(valuesAndHousehold[0].split(",")),
                    household,
                    i + 1,
                    List.of(idAndRest[0])));
        }
        return new CandidatePool(candidates, List.of("id"));
    }
}
