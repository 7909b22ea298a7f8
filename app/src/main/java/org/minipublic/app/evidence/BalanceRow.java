package org.minipublic.app.evidence;

import java.util.Map;
import org.minipublic.app.programme.Perspective;

/**
 * One topic of the balance view: for every perspective, in the enum's order and with 0 where there is none, how many
 * of the topic's materials the advisory board approved (published ones included).
 */
public record BalanceRow(String topic, Map<Perspective, Integer> counts) {

    public int count(Perspective perspective) {
        return counts.getOrDefault(perspective, 0);
    }
}
