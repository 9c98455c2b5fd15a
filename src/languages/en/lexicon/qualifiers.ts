/** How exact a figure is: qualifier → surface forms written before the number. */
export const qualifiers = {
  nearly: ["nearly", "almost", "close to", "just under"],
  about: ["about", "around", "approximately", "some", "roughly"],
  over: ["over", "more than", "above", "in excess of", "upwards of", "exceeding"],
  under: ["under", "less than", "below", "fewer than"],
  "at least": ["at least", "no less than", "a minimum of"],
  "at most": ["at most", "no more than", "a maximum of", "up to", "no higher than"],
} as const;

/** Qualifiers written after the figure: "8 percent or more". */
export const trailingQualifiers = {
  "at least": ["or more", "or above", "or higher"],
  "at most": ["or less", "or below", "or lower"],
} as const;

/** What kind of figure it is (SDMX OBS_STATUS) → surface forms. */
export const statuses = {
  estimated: ["estimated", "estimate", "est.", "an estimated", "is estimated to have", "was estimated at", "were estimated at", "is estimated at", "estimated at"],
  preliminary: ["preliminary", "provisional", "prel."],
  target: ["targeted", "target", "targets", "aims to", "aim to", "aiming to", "aims for", "aim for", "aiming for", "strive for", "strive to", "strives for", "striving for", "plans to", "plan", "goal", "set to achieve", "to achieve", "must"],
  forecast: ["expected", "projected", "forecast", "forecasted", "is expected to", "is projected to", "is forecast to", "will", "expects", "expect", "forecasts", "predicts", "predict", "could", "is likely to"],
} as const;
