package org.minipublic.app.recruitment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Respondents who may have registered twice, found by {@link DuplicateKeys}. Only those still registered count: once
 * an organiser withdraws one of a pair, the pair is gone from the list. Nothing is merged or withdrawn automatically;
 * two neighbours may share a phone, and twins a name and birthday.
 */
@Service
public class PoolDuplicates {

    private final StoredRespondents stored;
    private final Identity identity;

    PoolDuplicates(StoredRespondents stored, Identity identity) {
        this.stored = stored;
        this.identity = identity;
    }

    /** Every group, by e-mail address first, then phone, then name and date of birth; each in order of registration. */
    @Transactional(readOnly = true)
    public List<DuplicateGroup> groups(Actor actor, AssemblyId assembly) {
        identity.require(actor, assembly, Permission.MANAGE_RECRUITMENT);
        var byKey = new LinkedHashMap<DuplicateKeys.Key, List<RespondentDetails>>();
        for (var respondent : stored.all(assembly, true)) {
            DuplicateKeys.of(respondent.person()).forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(respondent));
        }
        var groups = new ArrayList<DuplicateGroup>();
        for (var kind : DuplicateKeys.Kind.values()) {
            byKey.forEach((key, people) -> {
                if (key.kind() == kind && people.size() > 1) {
                    groups.add(new DuplicateGroup(kind.name(), people));
                }
            });
        }
        return groups;
    }

    /** How many groups there are, for the warning on the pool page. */
    @Transactional(readOnly = true)
    public int count(Actor actor, AssemblyId assembly) {
        return groups(actor, assembly).size();
    }
}
