import { countingVerbs } from "./units.js";

/** Verbs that make the following figure a change: direction → surface forms. */
export const changeVerbs = {
  increase: [
    "rose", "rise", "rises", "rising", "risen", "a rise of", "rise of", "increased", "increase", "increases",
    "increasing", "an increase of", "increase of", "grew", "grow", "grows", "growing", "grown", "growth of",
    "was up", "were up", "is up", "are up", "up", "climbed", "climb", "gained", "a gain of", "gain of", "jumped", "surged", "surging", "soared", "soaring",
    "expanded", "expanded at", "expanded by", "expand", "edged up", "went up", "rebounded",
  ],
  decrease: [
    "fell", "fall", "falls", "falling", "fallen", "a fall of", "declined", "decline", "declines", "a decline of",
    "decreased", "decrease", "decreases", "a decrease of", "dropped", "drop", "a drop of", "was down",
    "were down", "is down", "are down", "down", "shrank", "contracted", "plunged", "plummeted", "slumped",
    "tumbled", "sank", "dipped", "slid", "edged down", "went down", "slipped", "eased",
  ],
} as const;

/** "1.3 times higher than", "was 2.5 times": a ratio to the baseline, read from its unit "times". */
export const ratioVerbs = ["multiplied by"] as const;

/** Verbs before a percentage that make it the level as a share of a baseline: "equalled 95% of the plan". */
export const attainmentVerbs = ["equalled", "equaled", "equal to", "equivalent to", "fulfilled", "completed", "achieved"] as const;

/** Verbs that reach a level from below or above: "rose to 85%", "fell to 2.1%". The figure is the level. */
export const reachVerbs = {
  increase: [
    "rose to", "increased to", "grew to", "climbed to", "jumped to", "surged to", "went up to",
    "widen to", "widened to", "pick up to", "picked up to", "picking up to", "accelerate to", "accelerated to",
  ],
  decrease: [
    "fell to", "declined to", "decreased to", "dropped to", "went down to", "down to", "shrank to", "cut to", "reduced to", "shortened to",
    "narrow to", "narrowed to", "ease to", "eased to", "easing to", "slow to", "slowed to", "slowing to",
  ],
} as const;

/** Verbs that introduce a level: "X reached Y", "X stood at Y". Written between the subject and the figure. */
export const levelVerbs = [
  "reached", "reach", "reaching", "hit", "hitting", "stood at", "standing at", "totalled", "totaled", "totalling",
  "totaling", "total", "was", "were", "is", "are", "amounted to", "amounting to", "came in at", "came to",
  "at", "of", "with", "attracted", "earned", "generated", "posted", "recorded", "registered", "welcomed",
  "received", "served", "exported", "imported", "disbursed", "collected", "spent", "had", "has", "have",
  "ranged", "ranging", "took", "takes", "accounted for", "accounting for", "made up", "making up", "represented", "representing",
  "achieved", "achieving", "attract", "disburse", "earn", "collect", "welcome", "record",
  "ranked", "ranking", "ranks", "placed", "finished", ...countingVerbs,
] as const;

/** Words after which a level is a contribution: "contributing 0.27 percentage points". */
export const contributionVerbs = ["contributing", "contributed", "contributes", "adding", "contributing only", "contributed only"] as const;

/** Words after which a contribution takes away: "reducing 0.2 percentage points of the overall growth". */
export const negativeContributionVerbs = ["reducing", "subtracting", "shaving off", "dragging down", "cutting"] as const;

/** "in value", "in volume": which of two earlier levels a change belongs to. */
export const changeAspects = {
  mass: ["in volume", "in quantity"],
  money: ["in value", "in turnover"],
  count: ["in number", "in the number"],
} as const;
