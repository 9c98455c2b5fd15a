import type { Corpus } from "../types.js";

/** English subjects: what a record measures, when the clause names it only by reference. */
export const subjects: Corpus = [
  {
    behaviour: "reads a pronoun subject as the subject of the figure just before it",
    examples: [
      {text: "Credit in the province grew 3 percent in March 2016; it is projected to grow 18 percent for the full year.", expect: [{value: "3", unit: "%", subject: ["credit"], period: "2016-03"}, {value: "18", unit: "%", subject: ["credit"], period: "2016", status: "forecast"}]},
      {text: "In 2023 the city's tourism receipts rose 21 percent. This year they are expected to rise a further 15 percent.", expect: [{value: "21", unit: "%", subject: ["tourism receipts"], period: "2023"}, {value: "15", unit: "%", subject: ["tourism receipts"], period: "2023", status: "forecast"}], others: true},
      // Two sentences back is too far for a pronoun to reach.
      {text: "Rice exports rose 8 percent in 2023. The ministry praised farmers. It fell 2 percent in 2022.", expect: [{value: "8", unit: "%", subject: ["rice exports"], period: "2023"}, {value: "-2", unit: "%", subject: ["It"], period: "2022"}], others: true},
    ],
  },
];
