package org.auditbench.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.auditbench.model.Institution;

/**
 * The reproducible random draw. Algorithm (version 1, named in every stored selection rule):
 * <ol>
 * <li>sort the population by institution id, then name (a stable key: the order the database returns
 * rows in must not matter);</li>
 * <li>without strata: one stratum; with strata: group by institution kind (blank kinds form the stratum
 * ""), strata in alphabetical order; sizes by proportional allocation, remainders to the strata with
 * the largest fractional parts (ties: alphabetical);</li>
 * <li>one {@link Random} seeded with the seed (its generator is fixed by the Java specification, so the
 * draw is the same on every JDK) shuffles each stratum in turn (Fisher-Yates, from the last element
 * down), and the first quota members of each stratum are drawn.</li>
 * </ol>
 * Same seed and same population give the same members.
 */
public final class SampleDraw {

    public static final String ALGORITHM = "sort by id+name, seeded java.util.Random Fisher-Yates per stratum (v1)";

    private SampleDraw() {
    }

    public static List<Institution> draw(Collection<Institution> population, SampleRule rule, long seed) {
        List<Institution> sorted = new ArrayList<>(population);
        sorted.sort(Comparator.comparingLong(Institution::getId).thenComparing(i -> String.valueOf(i.getName())));
        Map<String, List<Institution>> strata = new TreeMap<>();
        for (Institution institution : sorted) {
            String stratum = rule.stratifyByKind() ? kind(institution) : "";
            strata.computeIfAbsent(stratum, k -> new ArrayList<>()).add(institution);
        }
        Map<String, Integer> quotas = allocate(strata, rule, sorted.size());
        Random random = new Random(seed);
        List<Institution> drawn = new ArrayList<>();
        for (Map.Entry<String, List<Institution>> stratum : strata.entrySet()) {
            List<Institution> members = stratum.getValue();
            for (int i = members.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                members.set(j, members.set(i, members.get(j)));
            }
            drawn.addAll(members.subList(0, quotas.get(stratum.getKey())));
        }
        return drawn;
    }

    /** The kind as the stratum key: trimmed, blank for none. */
    static String kind(Institution institution) {
        return institution.getKind() == null ? "" : institution.getKind().trim();
    }

    private static Map<String, Integer> allocate(Map<String, List<Institution>> strata, SampleRule rule, int total) {
        Map<String, Integer> quotas = new TreeMap<>();
        if (rule.share() != null || strata.size() == 1) {
            strata.forEach((kind, members) -> quotas.put(kind, rule.quota(members.size())));
            return quotas;
        }
        int wanted = rule.quota(total);
        // exact integer arithmetic: quota = floor(wanted * n / total), remainder = (wanted * n) mod total
        Map<String, Long> remainders = new TreeMap<>();
        int given = 0;
        for (Map.Entry<String, List<Institution>> stratum : strata.entrySet()) {
            long scaled = (long) wanted * stratum.getValue().size();
            quotas.put(stratum.getKey(), (int) (scaled / total));
            remainders.put(stratum.getKey(), scaled % total);
            given += (int) (scaled / total);
        }
        List<String> byRemainder = new ArrayList<>(remainders.keySet());
        byRemainder.sort(Comparator.comparing((String k) -> remainders.get(k)).reversed());
        for (int i = 0; given < wanted; i++, given++) {
            quotas.merge(byRemainder.get(i), 1, Integer::sum);
        }
        return quotas;
    }
}
