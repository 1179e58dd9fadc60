package dev.mentoring.testkit.generate;

import dev.mentoring.testkit.generate.OrganizationSpec.Location;
import dev.mentoring.testkit.internal.SplitMix64;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the compact storage of a {@link SyntheticOrganization} in O(n) time and memory.
 *
 * <p>Every aspect draws from its own stream, derived from the seed with {@link SplitMix64#derive},
 * and only through {@link #unit} and {@link #below}, which depend on nothing but {@link
 * SplitMix64#nextLong()}; weights become cumulative tables through {@link StrictMath}. So a seed
 * gives the same organisation on every JVM.
 */
final class OrganizationGenerator {
  /** The probability that a person works at their manager's location rather than one drawn. */
  static final double COLOCATION = 0.7;

  private static final long DEPARTMENTS = 1;
  private static final long LEVELS = 2;
  private static final long TREE = 3;
  private static final long LOCATIONS = 4;
  private static final long LANGUAGES = 5;
  private static final long SKILLS = 6;
  private static final long WILLINGNESS = 7;

  final OrganizationSpec spec;
  final int n;
  final short[] department;
  final byte[] level;
  final int[] manager;
  final int[] teamLed;
  private final int[] reports;
  final byte[] location;
  final int[] languages;
  final byte[] flags;
  final int[] offeredStart;
  final char[] offeredSkill;
  final byte[] offeredLevel;
  final int[] soughtStart;
  final char[] soughtSkill;
  final byte[] soughtLevel;
  final String[] skillNames;
  final String[] languageTags;
  final int[] locationLanguage;
  final int[] departmentSizes;
  final int root;
  final int teams;

  private int teamCount;

  OrganizationGenerator(OrganizationSpec spec, long seed, int n) {
    this.spec = spec;
    this.n = n;
    int levels = spec.levels();
    int departments = spec.departments().size();

    departmentSizes = apportion(departmentWeights(spec), n);
    department = new short[n];
    int at = 0;
    for (int d = 0; d < departments; d++) {
      Arrays.fill(department, at, at + departmentSizes[d], (short) d);
      at += departmentSizes[d];
    }
    SplitMix64 rd = stream(seed, DEPARTMENTS);
    for (int i = n - 1; i > 0; i--) {
      int j = below(rd, i + 1);
      short t = department[i];
      department[i] = department[j];
      department[j] = t;
    }

    level = new byte[n];
    double[] levelCdf = cdf(spec.levelShares());
    SplitMix64 rl = stream(seed, LEVELS);
    for (int i = 0; i < n; i++) {
      level[i] = (byte) (1 + draw(rl, levelCdf));
    }

    manager = new int[n];
    teamLed = new int[n];
    reports = new int[n];
    Arrays.fill(manager, -1);
    Arrays.fill(teamLed, -1);
    root = buildTree(stream(seed, TREE), departments, levels);
    teams = teamCount;

    location = new byte[n];
    List<String> tags = new ArrayList<>();
    locationLanguage = new int[spec.locations().size()];
    for (int k = 0; k < locationLanguage.length; k++) {
      locationLanguage[k] = indexOf(tags, spec.locations().get(k).language());
    }
    int[] second = new int[spec.secondLanguages().size()];
    double[] secondRate = new double[second.length];
    int s = 0;
    for (Map.Entry<String, Double> e : spec.secondLanguages().entrySet()) {
      second[s] = indexOf(tags, e.getKey());
      secondRate[s++] = e.getValue();
    }
    languageTags = tags.toArray(new String[0]);
    assignLocations(stream(seed, LOCATIONS));
    languages = new int[n];
    SplitMix64 rg = stream(seed, LANGUAGES);
    for (int i = 0; i < n; i++) {
      int primary = locationLanguage[location[i] & 0xFF];
      int mask = 1 << primary;
      for (int k = 0; k < second.length; k++) {
        if (second[k] != primary && unit(rg) < secondRate[k]) {
          mask |= 1 << second[k];
        }
      }
      languages[i] = mask;
    }

    skillNames = skillNames(spec);
    offeredStart = new int[n + 1];
    soughtStart = new int[n + 1];
    int estimate = n * ((spec.maxSkillsOffered() + 2) / 2) + 16;
    char[] os = new char[estimate];
    byte[] ol = new byte[estimate];
    int soughtEstimate = n * ((spec.maxSkillsSought() + 2) / 2) + 16;
    char[] ss = new char[soughtEstimate];
    byte[] sl = new byte[soughtEstimate];
    int on = 0;
    int sn = 0;
    SplitMix64 rs = stream(seed, SKILLS);
    double[] globalCdf = zipf(spec.skillVocabulary(), spec.skillExponent());
    double[] departmentCdf =
        spec.departmentSkills() == 0
            ? new double[0]
            : zipf(spec.departmentSkills(), spec.skillExponent());
    for (int i = 0; i < n; i++) {
      int d = department[i];
      int lv = Math.min(level[i], levels);
      // Offered skill levels spread over 1..5 around a mean that grows with seniority.
      double base = 1 + 4.0 * (lv - 1) / (levels - 1);
      int count = 1 + below(rs, spec.maxSkillsOffered());
      if (on + count > os.length) {
        os = Arrays.copyOf(os, os.length + os.length / 2 + count);
        ol = Arrays.copyOf(ol, os.length);
      }
      int from = on;
      for (int k = 0; k < count; k++) {
        char skill = drawSkill(rs, d, globalCdf, departmentCdf);
        int skillLevel = Math.max(1, Math.min(5, (int) Math.floor(base + 2 * unit(rs) - 0.5)));
        if (!contains(os, from, on, skill)) {
          os[on] = skill;
          ol[on++] = (byte) skillLevel;
        }
      }
      offeredStart[i + 1] = on;
      count = 1 + below(rs, spec.maxSkillsSought());
      if (sn + count > ss.length) {
        ss = Arrays.copyOf(ss, ss.length + ss.length / 2 + count);
        sl = Arrays.copyOf(sl, ss.length);
      }
      int soughtFrom = sn;
      for (int k = 0; k < count; k++) {
        char skill = drawSkill(rs, d, globalCdf, departmentCdf);
        int wanted = 1 + below(rs, 5);
        if (!contains(ss, soughtFrom, sn, skill) && !contains(os, from, on, skill)) {
          ss[sn] = skill;
          sl[sn++] = (byte) wanted;
        }
      }
      soughtStart[i + 1] = sn;
    }
    offeredSkill = Arrays.copyOf(os, on);
    offeredLevel = Arrays.copyOf(ol, on);
    soughtSkill = Arrays.copyOf(ss, sn);
    soughtLevel = Arrays.copyOf(sl, sn);

    flags = new byte[n];
    SplitMix64 rw = stream(seed, WILLINGNESS);
    List<Double> mentor = spec.mentorWillingness();
    List<Double> mentee = spec.menteeWillingness();
    for (int i = 0; i < n; i++) {
      int lv = Math.min(level[i], levels) - 1;
      int f = unit(rw) < mentor.get(lv) ? SyntheticOrganization.MENTOR : 0;
      if (unit(rw) < mentee.get(lv)) {
        f |= SyntheticOrganization.MENTEE;
      }
      flags[i] = (byte) f;
    }
  }

  // ------------------------------------------------------------------ manager tree

  /**
   * Builds each department's hierarchy, then joins the department heads under the root.
   *
   * <p>Bottom-up below the top level: at each level, the people of that level lead, in teams of
   * {@code minTeamSize} to {@code maxTeamSize}, the people below who have no manager yet; whoever
   * is left over waits for the next level. Then the top level and everyone still without a manager
   * are organised top-down by {@link #organize}: people with room in their team (the top level's
   * first) lead the others, directly or through sub-heads, so that no team exceeds the maximum. A
   * person who ends up leading someone of their own level or above is promoted one level above the
   * most senior person they lead: these are the executives above the pyramid.
   *
   * @return the root
   */
  private int buildTree(SplitMix64 r, int departments, int levels) {
    int minTeam = spec.minTeamSize();
    int maxTeam = spec.maxTeamSize();
    // Counting sort by (department, level): bucket b = d * levels + level - 1.
    int buckets = departments * levels;
    int[] start = new int[buckets + 1];
    for (int i = 0; i < n; i++) {
      start[department[i] * levels + level[i]]++;
    }
    for (int b = 0; b < buckets; b++) {
      start[b + 1] += start[b];
    }
    int[] sorted = new int[n];
    int[] fill = Arrays.copyOf(start, buckets);
    for (int i = 0; i < n; i++) {
      sorted[fill[department[i] * levels + level[i] - 1]++] = i;
    }
    for (int b = 0; b < buckets; b++) {
      shuffle(sorted, start[b], start[b + 1], r);
    }
    int largest = 0;
    for (int d = 1; d < departments; d++) {
      if (departmentSizes[d] > departmentSizes[largest]) {
        largest = d;
      }
    }
    int[] pool = new int[departmentSizes[largest]];
    long[] keys = new long[departmentSizes[largest]];
    int[] head = new int[departments];
    Arrays.fill(head, -1);
    for (int d = 0; d < departments; d++) {
      if (departmentSizes[d] == 0) {
        continue;
      }
      int size = 0;
      for (int lv = 1; lv <= levels; lv++) {
        int from = start[d * levels + lv - 1];
        int to = start[d * levels + lv];
        if (lv < levels && size > 0 && to > from) {
          shuffle(pool, 0, size, r);
          int led = lead(r, pool, size, sorted, from, to, minTeam, maxTeam);
          System.arraycopy(pool, led, pool, 0, size - led);
          size -= led;
        }
        System.arraycopy(sorted, from, pool, size, to - from);
        size += to - from;
      }
      head[d] = organize(pool, keys, 0, size, minTeam, maxTeam);
    }
    int top = head[largest];
    int above = level[top];
    for (int d = 0; d < departments; d++) {
      if (head[d] >= 0 && d != largest) {
        above = Math.max(above, level[head[d]] + 1);
        attach(head[d], top);
      }
    }
    if (above > 20) {
      throw new IllegalStateException("the manager tree needs level " + above + ", above 20");
    }
    level[top] = (byte) above;
    return top;
  }

  /**
   * Lets the managers {@code sorted[from, to)} lead people of {@code pool[0, size)} in order, in
   * teams whose sizes are drawn from the spec's range; a team is smaller than the minimum only when
   * fewer people than that are left in all.
   *
   * @return how many of the pool got a manager
   */
  private int lead(
      SplitMix64 r,
      int[] pool,
      int size,
      int[] sorted,
      int from,
      int to,
      int minTeam,
      int maxTeam) {
    int pos = 0;
    for (int k = from; k < to && pos < size; k++) {
      int boss = sorted[k];
      int remaining = size - pos;
      int t = minTeam + below(r, maxTeam - minTeam + 1);
      if (t >= remaining) {
        t = remaining;
      } else if (remaining - t < minTeam) {
        // Never leave fewer than minTeam behind: they could only form a team below the range.
        t = remaining <= maxTeam ? remaining : remaining - minTeam;
      }
      for (int j = pos; j < pos + t; j++) {
        attach(pool[j], boss);
      }
      pos += t;
    }
    return pos;
  }

  /**
   * Organises {@code group[from, to)}, people without a manager, under one head, and returns it.
   * The head is the member with the most room in their team, the most senior among equals. If the
   * others fit into that room they report to the head directly; otherwise the head leads some
   * directly and the rest through {@code k} sub-heads, each organising a share of the rest
   * recursively, so that each sub-head leads at least {@code minTeam} where possible. Those with
   * the most room are dealt one per share, so that each share has a candidate head. Only when no
   * member has room for two (every one already leads a nearly full team) does the head lead the
   * others beyond the maximum.
   */
  private int organize(int[] group, long[] keys, int from, int to, int minTeam, int maxTeam) {
    int size = to - from;
    // Order by room (descending), then level (descending), then index; indexes are in random
    // order with respect to department and level, as departments were dealt at random.
    for (int k = 0; k < size; k++) {
      int p = group[from + k];
      keys[k] = ((long) (maxTeam - room(p, maxTeam)) << 40) | ((long) (31 - level[p]) << 32) | p;
    }
    Arrays.sort(keys, 0, size);
    for (int k = 0; k < size; k++) {
      group[from + k] = (int) keys[k];
    }
    int boss = group[from];
    int rest = size - 1;
    int room = room(boss, maxTeam);
    if (rest == 0) {
      return boss;
    }
    int candidates = 0;
    for (int k = from + 1; k < to && room(group[k], maxTeam) >= 2; k++) {
      candidates++;
    }
    int top = 0;
    if (rest <= room || room < 2 || candidates == 0) {
      for (int k = from + 1; k < to; k++) {
        attach(group[k], boss);
        top = Math.max(top, level[group[k]]);
      }
    } else {
      int shares = Math.max(1, Math.min(room, Math.min(candidates, ceilDiv(rest - room, maxTeam))));
      int direct = Math.min(room - shares, Math.max(0, rest - shares - shares * minTeam));
      // The direct reports are the last, with the least room; the others are dealt into shares.
      for (int k = to - direct; k < to; k++) {
        attach(group[k], boss);
        top = Math.max(top, level[group[k]]);
      }
      int dealt = rest - direct;
      int[] share = new int[dealt];
      int at = 0;
      for (int s = 0; s < shares; s++) {
        for (int k = from + 1 + s; k < from + 1 + dealt; k += shares) {
          share[at++] = group[k];
        }
      }
      System.arraycopy(share, 0, group, from + 1, dealt);
      int pos = from + 1;
      for (int s = 0; s < shares; s++) {
        int count = dealt / shares + (s < dealt % shares ? 1 : 0);
        int sub = organize(group, keys, pos, pos + count, minTeam, maxTeam);
        attach(sub, boss);
        top = Math.max(top, level[sub]);
        pos += count;
      }
    }
    if (top >= level[boss]) {
      if (top + 1 > 20) {
        throw new IllegalStateException("the manager tree needs level " + (top + 1) + ", above 20");
      }
      level[boss] = (byte) (top + 1);
    }
    return boss;
  }

  private int room(int person, int maxTeam) {
    return Math.max(0, maxTeam - reports[person]);
  }

  private void attach(int report, int boss) {
    manager[report] = boss;
    if (teamLed[boss] < 0) {
      teamLed[boss] = teamCount++;
    }
    reports[boss]++;
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  // ------------------------------------------------------------------ locations and skills

  /**
   * Gives each person who leads nobody their manager's location with probability {@link
   * #COLOCATION}, and everyone else one drawn by weight. Managers are more senior, so going down
   * the levels reaches each manager before their reports; since every manager's location is drawn
   * by weight, so is everyone's. Only teams cluster, not whole departments, so shares stay near
   * their weights.
   */
  private void assignLocations(SplitMix64 r) {
    double[] locationCdf = cdf(spec.locations().stream().map(Location::weight).toList());
    int[] count = new int[22];
    for (int i = 0; i < n; i++) {
      count[21 - level[i]]++;
    }
    for (int b = 1; b < count.length; b++) {
      count[b] += count[b - 1];
    }
    int[] order = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      order[--count[21 - level[i]]] = i;
    }
    for (int i : order) {
      int boss = manager[i];
      location[i] =
          (byte)
              (boss >= 0 && reports[i] == 0 && unit(r) < COLOCATION
                  ? location[boss] & 0xFF
                  : draw(r, locationCdf));
    }
  }

  private char drawSkill(SplitMix64 r, int d, double[] globalCdf, double[] departmentCdf) {
    if (departmentCdf.length > 0 && unit(r) < spec.departmentSkillShare()) {
      return (char) (spec.skillVocabulary() + d * spec.departmentSkills() + draw(r, departmentCdf));
    }
    return (char) draw(r, globalCdf);
  }

  private static boolean contains(char[] skills, int from, int to, char skill) {
    for (int k = from; k < to; k++) {
      if (skills[k] == skill) {
        return true;
      }
    }
    return false;
  }

  /**
   * Names the shared skills {@code skill-1} (most popular) to {@code skill-V}, and each
   * department's own after the department: {@code engineering-1}, ... A department whose name gives
   * no usable or an already used stem gets its number appended.
   */
  private static String[] skillNames(OrganizationSpec spec) {
    int v = spec.skillVocabulary();
    int per = spec.departmentSkills();
    String[] names = new String[v + spec.departments().size() * per];
    for (int k = 0; k < v; k++) {
      names[k] = "skill-" + (k + 1);
    }
    Set<String> stems = new HashSet<>();
    stems.add("skill");
    for (int d = 0; d < spec.departments().size(); d++) {
      String stem =
          spec.departments().get(d).name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
      stem = stem.replaceAll("^-+|-+$", "");
      if (stem.isEmpty() || stem.length() > 80 || !stems.add(stem)) {
        stem = "department-" + (d + 1);
        stems.add(stem);
      }
      for (int k = 0; k < per; k++) {
        names[v + d * per + k] = stem + "-" + (k + 1);
      }
    }
    return names;
  }

  // ------------------------------------------------------------------ deterministic draws

  static SplitMix64 stream(long seed, long aspect) {
    return new SplitMix64(SplitMix64.derive(seed, aspect));
  }

  /** A double in [0, 1) from the top 53 bits of the next long. */
  static double unit(SplitMix64 r) {
    return (r.nextLong() >>> 11) * 0x1.0p-53;
  }

  /** An int in [0, bound) by multiply-shift of the top 32 bits; bound at most 2^31 - 1. */
  static int below(SplitMix64 r, int bound) {
    return (int) (((r.nextLong() >>> 32) * bound) >>> 32);
  }

  /** Fisher-Yates shuffle of {@code a[from, to)}. */
  static void shuffle(int[] a, int from, int to, SplitMix64 r) {
    for (int i = to - 1; i > from; i--) {
      int j = from + below(r, i - from + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** The index of the first entry of a cumulative table above a uniform draw. */
  static int draw(SplitMix64 r, double[] cdf) {
    double u = unit(r);
    int lo = 0;
    int hi = cdf.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cdf[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Cumulative shares of non-negative weights, the last exactly 1. */
  static double[] cdf(List<Double> weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    double[] out = new double[weights.size()];
    double acc = 0;
    for (int k = 0; k < out.length; k++) {
      acc += weights.get(k);
      out[k] = acc / sum;
    }
    out[out.length - 1] = 1.0;
    return out;
  }

  /** Cumulative Zipf shares: entry k proportional to {@code 1 / (k + 1)^s}. */
  static double[] zipf(int size, double s) {
    List<Double> weights = new ArrayList<>(size);
    for (int k = 1; k <= size; k++) {
      weights.add(1 / StrictMath.pow(k, s));
    }
    return cdf(weights);
  }

  /**
   * Splits {@code n} in proportion to weights by largest remainder, ties to the earlier entry, so
   * each part is within one of its exact share.
   */
  static int[] apportion(List<Double> weights, int n) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    int[] parts = new int[weights.size()];
    double[] remainder = new double[weights.size()];
    int given = 0;
    for (int k = 0; k < parts.length; k++) {
      double quota = weights.get(k) / sum * n;
      parts[k] = (int) Math.floor(quota);
      remainder[k] = quota - parts[k];
      given += parts[k];
    }
    Integer[] order = new Integer[parts.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]));
    for (int k = 0; given < n; k++, given++) {
      parts[order[k % order.length]]++;
    }
    return parts;
  }

  private static List<Double> departmentWeights(OrganizationSpec spec) {
    return spec.departments().stream().map(OrganizationSpec.Department::weight).toList();
  }

  private static int indexOf(List<String> tags, String tag) {
    int k = tags.indexOf(tag);
    if (k >= 0) {
      return k;
    }
    tags.add(tag);
    return tags.size() - 1;
  }

  /** Department sizes by name, in the spec's order. */
  Map<String, Integer> departmentSizeMap() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int d = 0; d < departmentSizes.length; d++) {
      out.put(spec.departments().get(d).name(), departmentSizes[d]);
    }
    return out;
  }
}
