import type { Corpus } from "../types.js";
import { examples, sameRecord } from "./table.js";

/** English comparisons: comparators, the same period of last year, year-on-year, previous month, quarter and year, plans and averages. */
export const comparisons: Corpus = [
  {
    behaviour: "gives a change stated before its level to the level it reached",
    examples: [
      {text: "Coffee exports rose 12.4 percent year-on-year to over 5.1 billion USD in the first eight months of 2024.", expect: [{value: "5100000000", unit: "USD", subject: ["coffee exports"], qualifier: "over", period: "2024-01/2024-08", comparisons: [{against: "previous", period: "2023-01/2023-08", change: {kind: "percent", value: "12.4", direction: "increase"}}]}]},
      {text: "In 2024, the city's budget revenue fell 3 percent to VND 41 trillion.", expect: [{value: "41000000000000", unit: "VND", subject: ["budget revenue"], period: "2024", comparisons: [{against: "previous", change: {kind: "percent", value: "3", direction: "decrease"}}]}]},
      {text: "In 2023, seafood exports increased by 6.5 percent compared with 2022, reaching 9 billion USD.", expect: [{value: "9000000000", unit: "USD", subject: ["seafood exports"], period: "2023", comparisons: [{against: "previous", period: "2022", change: {kind: "percent", value: "6.5", direction: "increase"}}]}]},
    ],
  },
  {
    behaviour: "reads an amount followed by a comparative as the change of the level before it, also in a sentence whose subject points back",
    examples: [
      {text: "In 2025, coffee exports reached US$5.2 billion, about US$1.1 billion higher than in 2024.", expect: [{value: "5200000000", unit: "USD", exactComparisons: true, comparisons: [{against: "previous", period: "2024", change: {kind: "absolute", value: "1100000000", direction: "increase"}}]}]},
      // A list's comparative after "respectively": every figure of the list changes that way, against the year after "than".
      {text: "In 2025, exports and imports were 12.4 and 9.8 percent higher, respectively, than in 2024.", expect: [
        {value: "12.4", unit: "%", period: "2025", subject: ["exports"], exactComparisons: true, comparisons: [{against: "previous", period: "2024", change: {kind: "percent", value: "12.4", direction: "increase"}}]},
        {value: "9.8", unit: "%", period: "2025", subject: ["imports"], exactComparisons: true, comparisons: [{against: "previous", period: "2024", change: {kind: "percent", value: "9.8", direction: "increase"}}]},
      ]},
      {text: "In the first ten months of 2025, disbursement reached VND 514.6 trillion. The figure was VND 104.3 trillion higher than in the same period of 2024.", expect: [{value: "514600000000000", unit: "VND", exactComparisons: true, comparisons: [{against: "previous", period: "2024-01/2024-10", change: {kind: "absolute", value: "104300000000000", direction: "increase"}}]}]},
    ],
  },
  {
    behaviour: "gives a change to the level before it across the period that closes the level",
    examples: [
      {text: "Tourism revenue in Quang Ninh was estimated at VND 12 trillion ($480 million) in the first half of 2023 – an increase of 21.5 percent compared to the same period last year.", expect: [
        {value: "12000000000000", unit: "VND", subject: ["tourism revenue"], status: "estimated", period: "2023-S1", comparisons: [{against: "previous", period: "2022-S1", change: {kind: "percent", value: "21.5", direction: "increase"}}]},
      ], others: true},
      // …or across a day named without its year.
      {text: "In 2026, the reference rate was VND25,300 per US dollar on November 28, up 1.6 percent from the start of the year.", expect: [
        {value: "25300", unit: "VND", per: "US dollar", subject: ["reference rate"], comparisons: [{against: "previous", change: {kind: "percent", value: "1.6", direction: "increase"}}]},
      ]},
    ],
  },
  {
    behaviour: "compares a change that names no baseline, right after a sentence of its paragraph whose one baseline is the same stretch a year before, with that stretch",
    examples: [
      {text: "In the first ten months of 2026, exports reached US$398.5 billion, up 12.4% year on year. Imports amounted to US$377.1 billion, up 13.2%.", expect: [{value: "398500000000", unit: "USD", comparisons: [{against: "previous", period: "2025-01/2025-10"}]}, {value: "377100000000", unit: "USD", comparisons: [{against: "previous", period: "2025-01/2025-10"}]}]},
    ],
  },
  {
    behaviour: "compares a change that names no baseline, of a stretch since January, a quarter or a year, with the same stretch a year before",
    examples: [
      {text: "Seafood exports in the first eight months of 2026 brought in US$6.4 billion, up 14.2%.", expect: [{value: "6400000000", unit: "USD", comparisons: [{against: "previous", period: "2025-01/2025-08"}]}]},
      {text: "In 2026 the province collected VND18.24 trillion in budget revenue, up 9.2%.", expect: [{value: "18240000000000", unit: "VND", comparisons: [{against: "previous", period: "2025"}]}]},
      // A month alone is also compared with the month before it: no period is guessed.
      {text: "In July 2026 the province welcomed 412,000 foreign visitors, up 5.3%.", expect: [{value: "412000", unit: "count", exactComparisons: true, comparisons: [{against: "previous", change: {kind: "percent", value: "5.3", direction: "increase"}}]}]},
    ],
  },
  {
    behaviour: "compares with the previous month, month-on-month",
    examples: [
      {text: "In August 2024, the CPI rose 0.3 percent month-on-month.", expect: [{value: "0.3", unit: "%", period: "2024-08", comparisons: [{against: "previous", period: "2024-07", change: {kind: "percent", value: "0.3", direction: "increase"}}]}]},
      {text: "In August 2024, the CPI rose 0.3 percent month on month.", expect: [{value: "0.3", unit: "%", period: "2024-08", comparisons: [{against: "previous", period: "2024-07", change: {kind: "percent", value: "0.3", direction: "increase"}}]}]},
    ],
  },
  {
    behaviour: "reads surging and soaring as increases",
    examples: [
      {text: "In 2023, tourism revenue reached VND 1.2 quadrillion, surging 52 percent year-on-year.", expect: [{value: "1200000000000000", unit: "VND", comparisons: [{against: "previous", period: "2022", change: {kind: "percent", value: "52", direction: "increase"}}]}]},
      {text: "In 2023, tourism revenue reached VND 678 trillion, soaring 52 percent year-on-year.", expect: [{value: "678000000000000", unit: "VND", comparisons: [{against: "previous", period: "2022", change: {kind: "percent", value: "52", direction: "increase"}}]}]},
    ],
  },
  {
    behaviour: "reads each paragraph of a text glued without a space after its stop as a sentence of its own",
    examples: [
      {text: "Pepper exports reached 1.2 billion USD (GSO).Rice exports were valued at 4.7 billion USD, up 9 percent year-on-year.", expect: [{value: "1200000000", unit: "USD", subject: ["pepper exports"]}, {value: "4700000000", unit: "USD", subject: ["rice exports"], comparisons: [{against: "previous", change: {kind: "percent", value: "9", direction: "increase"}}]}]},
    ],
  },
  {
    behaviour: "gives a change restated in a sentence that sums up to the level it compares",
    examples: [
      {text: "In 2024, the province's seafood exports reached US$1.2 billion. In total, seafood exports rose 9 percent over 2023.", expect: [{value: "1200000000", unit: "USD", comparisons: [{against: "previous", period: "2023", change: {kind: "percent", value: "9", direction: "increase"}}]}]},
      {text: "In 2024, rice exports reached 7.8 million tonnes. Overall, rice exports grew 12 percent compared to 2023.", expect: [{value: "7800000", unit: "t", comparisons: [{against: "previous", period: "2023", change: {kind: "percent", value: "12", direction: "increase"}}]}]},
    ],
  },
  {
    behaviour: "sets aside links, captions, charts and counters around a news article",
    examples: [
      {text: "In 2025, the district planted 640 hectares of forest.\n\n2,310 views · 57 likes · 9 shares | (3) Comments\n1 view | 1 comment", expect: [{value: "640", unit: "ha"}]},
      {text: "Forest planting beats plan\nBy Minh Tu | Updated: 08:15, 03/11/2025 | Views: 2,310\nforest-planting-20251103.jpg\nIn 2025, the district planted 640 hectares of forest.", expect: [{value: "640", unit: "ha"}]},
      {text: "In 2024, tourism revenue reached VND 35 trillion.\nRelated news:\n- Province welcomes 5 million visitors\n\nRead more: Hotels post 20 percent growth\nSee also >>\n- Exports hit US$4 billion", expect: [{value: "35000000000000", unit: "VND"}]},
      {text: "Photo: Tourists visit the old town in 2024 with 300 guides\nIn 2024, the city received 2.1 million visitors.\n(Illustrative photo)\nChart 2: visitors by month, 2024", expect: [{value: "2100000", unit: "count"}]},
      // The dateline that opens an article: its place is no subject and its month no period.
      ...(["VNA", "VNS", "VOV", "VGP", "Xinhua", "Reuters"] as const).map((agency) => ({
        text: `Province lifts exports\n\nCan Tho, August 12 (${agency}) – The city's farm exports reached US$410 million.`,
        expect: [{value: "410000000", unit: "USD", period: null, subject: ["farm exports"], subjectLacks: ["Can Tho", agency]}],
      })),
      {text: "HANOI — In the first quarter of 2025, the city registered 1,240 new enterprises.", expect: [{value: "1240", unit: "count", period: "2025-Q1", subjectLacks: ["HANOI"]}]},
    ],
  },
  {
    behaviour: "reads the aspect a change is about",
    examples: sameRecord("In 2024, coffee exports fell 3.2 percent in ", " compared to the previous year.", {value: "-3.2", unit: "%"}, [
      "volume",
      "quantity",
      "value",
      "turnover",
      "number",
      "the number",
    ]),
  },
  {
    behaviour: "compares the items of a list on lines of their own with the earlier period their leading line names",
    examples: [
      {text: "In October 2026, prices of seven groups rose month-on-month:\n- Housing and construction materials rose 0.62%.\n- Culture, entertainment and tourism rose 0.15%.", expect: [
        {value: "0.62", unit: "%", period: "2026-10", comparisons: [{against: "previous", period: "2026-09", change: {kind: "percent", value: "0.62", direction: "increase"}}]},
        {value: "0.15", unit: "%", period: "2026-10", comparisons: [{against: "previous", period: "2026-09", change: {kind: "percent", value: "0.15", direction: "increase"}}]},
      ], others: true},
    ],
  },
  {
    behaviour: "gives each of two levels the change that names its aspect first, though the other aspect follows close behind",
    examples: [
      {text: "In 2025, the city licensed 42 projects with total capital of US$2.6 billion, down 6% in number but up 18% in value year-on-year.", expect: [
        {value: "42", unit: "count", comparisons: [{against: "previous", period: "2024", change: {kind: "percent", value: "6", direction: "decrease"}}]},
        {value: "2600000000", unit: "USD", comparisons: [{against: "previous", period: "2024", change: {kind: "percent", value: "18", direction: "increase"}}]},
      ]},
      // An aspect that names the words before a level picks it.
      {text: "In September 2026, 15,200 enterprises were newly established with total registered capital of VND140.5 trillion, up 6.1% in the number of enterprises and down 2.3% in registered capital compared with the same month last year.", expect: [
        {value: "15200", unit: "count", comparisons: [{against: "previous", period: "2025-09", change: {kind: "percent", value: "6.1", direction: "increase"}}]},
        {value: "140500000000000", unit: "VND", comparisons: [{against: "previous", period: "2025-09", change: {kind: "percent", value: "2.3", direction: "decrease"}}]},
      ]},
    ],
  },
  {
    behaviour: "compares with the same period of the previous year",
    examples: [
      {text: "In the first nine months of 2024, the province's exports rose 11.3 percent compared to the same period last year.", expect: [{value: "11.3", unit: "%", period: "2024-01/2024-09", comparisons: [{against: "previous", period: "2023-01/2023-09", change: {kind: "percent", value: "11.3", direction: "increase"}}]}], others: true},
      {text: "In the first nine months of 2024, the province's exports rose 11.3 percent compared to the same period of last year.", expect: [{value: "11.3", unit: "%", period: "2024-01/2024-09", comparisons: [{against: "previous", period: "2023-01/2023-09", change: {kind: "percent", value: "11.3", direction: "increase"}}]}], others: true},
      {text: "In the first nine months of 2024, the province's exports rose 11.3 percent compared to the same period a year earlier.", expect: [{value: "11.3", unit: "%", period: "2024-01/2024-09", comparisons: [{against: "previous", period: "2023-01/2023-09", change: {kind: "percent", value: "11.3", direction: "increase"}}]}], others: true},
      {text: "In the first nine months of 2024, the province's exports rose 11.3 percent compared to the same period.", expect: [{value: "11.3", unit: "%", period: "2024-01/2024-09", comparisons: [{against: "previous", period: "2023-01/2023-09", change: {kind: "percent", value: "11.3", direction: "increase"}}]}], others: true},
      {text: "In the first nine months of 2024, the province's exports rose 11.3 percent compared to the same quarter last year.", expect: [{value: "11.3", unit: "%", period: "2024-01/2024-09", comparisons: [{against: "previous", period: "2023-01/2023-09", change: {kind: "percent", value: "11.3", direction: "increase"}}]}], others: true},
      {text: "In the first nine months of 2024, the province's exports rose 11.3 percent compared to the same quarter.", expect: [{value: "11.3", unit: "%", period: "2024-01/2024-09", comparisons: [{against: "previous", period: "2023-01/2023-09", change: {kind: "percent", value: "11.3", direction: "increase"}}]}], others: true},
      {text: "In the first nine months of 2024, the province's exports rose 11.3 percent compared to the same month last year.", expect: [{value: "11.3", unit: "%", period: "2024-01/2024-09", comparisons: [{against: "previous", period: "2023-01/2023-09", change: {kind: "percent", value: "11.3", direction: "increase"}}]}], others: true},
      {text: "In the first nine months of 2024, the province's exports rose 11.3 percent compared to the same months last year.", expect: [{value: "11.3", unit: "%", period: "2024-01/2024-09", comparisons: [{against: "previous", period: "2023-01/2023-09", change: {kind: "percent", value: "11.3", direction: "increase"}}]}], others: true},
      {text: "In the first nine months of 2024, the province's exports rose 11.3 percent compared to a year earlier.", expect: [{value: "11.3", unit: "%", period: "2024-01/2024-09", comparisons: [{against: "previous", period: "2023-01/2023-09", change: {kind: "percent", value: "11.3", direction: "increase"}}]}], others: true},
      {text: "In the first nine months of 2024, the province's exports rose 11.3 percent compared to a year ago.", expect: [{value: "11.3", unit: "%", period: "2024-01/2024-09", comparisons: [{against: "previous", period: "2023-01/2023-09", change: {kind: "percent", value: "11.3", direction: "increase"}}]}], others: true},
      {text: "In the first nine months of 2024, the province's exports rose 11.3 percent compared to the same time last year.", expect: [{value: "11.3", unit: "%", period: "2024-01/2024-09", comparisons: [{against: "previous", period: "2023-01/2023-09", change: {kind: "percent", value: "11.3", direction: "increase"}}]}], others: true},
      // A holiday or a season compared with the same one a year before ("last year" there is no period of the figure's).
      ...["the same holiday last year", "the same holiday a year earlier", "the same holiday", "the same season last year"].map((baseline) => ({
        text: `Hue, February 20, 2026 - The city welcomed 412,000 visitors over the Lunar New Year holiday, up 1.3 times from ${baseline}.`,
        expect: [{value: "412000", unit: "count", period: "2026", comparisons: [{against: "previous" as const, period: "2025", change: {kind: "times" as const, value: "1.3", direction: "increase" as const}}]}],
      })),
    ],
  },
  {
    behaviour: "reads year-on-year as a comparison with the same period of the previous year",
    examples: [
      {text: "In the first quarter of 2024, the city's retail sales rose 9.2 percent year-on-year.", expect: [{value: "9.2", unit: "%", period: "2024-Q1", comparisons: [{against: "previous", period: "2023-Q1", change: {kind: "percent", value: "9.2", direction: "increase"}}]}], others: true},
      {text: "In the first quarter of 2024, the city's retail sales rose 9.2 percent year on year.", expect: [{value: "9.2", unit: "%", period: "2024-Q1", comparisons: [{against: "previous", period: "2023-Q1", change: {kind: "percent", value: "9.2", direction: "increase"}}]}], others: true},
      {text: "In the first quarter of 2024, the city's retail sales rose 9.2 percent y-o-y.", expect: [{value: "9.2", unit: "%", period: "2024-Q1", comparisons: [{against: "previous", period: "2023-Q1", change: {kind: "percent", value: "9.2", direction: "increase"}}]}], others: true},
      {text: "In the first quarter of 2024, the city's retail sales rose 9.2 percent yoy.", expect: [{value: "9.2", unit: "%", period: "2024-Q1", comparisons: [{against: "previous", period: "2023-Q1", change: {kind: "percent", value: "9.2", direction: "increase"}}]}], others: true},
      {text: "In the first quarter of 2024, the city's retail sales rose 9.2 percent on-year.", expect: [{value: "9.2", unit: "%", period: "2024-Q1", comparisons: [{against: "previous", period: "2023-Q1", change: {kind: "percent", value: "9.2", direction: "increase"}}]}], others: true},
      {text: "In the first quarter of 2024, the city's retail sales rose 9.2 percent on year.", expect: [{value: "9.2", unit: "%", period: "2024-Q1", comparisons: [{against: "previous", period: "2023-Q1", change: {kind: "percent", value: "9.2", direction: "increase"}}]}], others: true},
      // A second change of the same subject, whose baseline right after it is no noun of its own.
      {text: "In March 2026, the price index of food rose 0.6% from February and went up 4.1% year on year.", expect: [
        {value: "0.6", unit: "%", subject: ["price index of food"], comparisons: [{against: "previous", period: "2026-02"}]},
        {value: "4.1", unit: "%", subject: ["price index of food"], subjectLacks: ["year"], comparisons: [{against: "previous", period: "2025-03", change: {kind: "percent", value: "4.1", direction: "increase"}}]},
      ]},
    ],
  },
  {
    behaviour: "reads the comparators that open a baseline",
    examples: sameRecord("In July 2024, the city's industrial production index rose 4.1 percent ", " the previous month.", {value: "4.1", unit: "%", period: "2024-07", comparisons: [{against: "previous", period: "2024-06"}]}, [
      "compared to",
      "compared with",
      "against",
      "over",
      "from",
      "than",
      "versus",
      "vs",
      "as against",
      "relative to",
    ]),
  },
  {
    behaviour: "compares with the previous month",
    examples: [
      {text: "In March 2024, the province's CPI rose 0.3 percent against the previous month.", expect: [{value: "0.3", unit: "%", period: "2024-03", comparisons: [{against: "previous", period: "2024-02"}]}], others: true},
      {text: "In March 2024, the province's CPI rose 0.3 percent against last month.", expect: [{value: "0.3", unit: "%", period: "2024-03", comparisons: [{against: "previous", period: "2024-02"}]}], others: true},
      {text: "In March 2024, the province's CPI rose 0.3 percent against a month earlier.", expect: [{value: "0.3", unit: "%", period: "2024-03", comparisons: [{against: "previous", period: "2024-02"}]}], others: true},
      {text: "In March 2024, the province's CPI rose 0.3 percent against the month before.", expect: [{value: "0.3", unit: "%", period: "2024-03", comparisons: [{against: "previous", period: "2024-02"}]}], others: true},
    ],
  },
  {
    behaviour: "compares with the previous quarter",
    examples: [
      {text: "In the third quarter of 2024, the city's GRDP grew 2.1 percent over the previous quarter.", expect: [{value: "2.1", unit: "%", period: "2024-Q3", comparisons: [{against: "previous", period: "2024-Q2"}]}], others: true},
      {text: "In the third quarter of 2024, the city's GRDP grew 2.1 percent over last quarter.", expect: [{value: "2.1", unit: "%", period: "2024-Q3", comparisons: [{against: "previous", period: "2024-Q2"}]}], others: true},
      {text: "In the third quarter of 2024, the city's GRDP grew 2.1 percent over the quarter before.", expect: [{value: "2.1", unit: "%", period: "2024-Q3", comparisons: [{against: "previous", period: "2024-Q2"}]}], others: true},
    ],
  },
  {
    behaviour: "compares with the previous year",
    examples: [
      {text: "In 2024, the province's tourism revenue grew 15 percent over the previous year.", expect: [{value: "15", unit: "%", period: "2024", comparisons: [{against: "previous", period: "2023"}]}], others: true},
      {text: "In 2024, the province's tourism revenue grew 15 percent over last year.", expect: [{value: "15", unit: "%", period: "2024", comparisons: [{against: "previous", period: "2023"}]}], others: true},
      {text: "In 2024, the province's tourism revenue grew 15 percent over a year before.", expect: [{value: "15", unit: "%", period: "2024", comparisons: [{against: "previous", period: "2023"}]}], others: true},
      {text: "In 2024, the province's tourism revenue grew 15 percent over the year before.", expect: [{value: "15", unit: "%", period: "2024", comparisons: [{against: "previous", period: "2023"}]}], others: true},
    ],
  },
  {
    behaviour: "finds a change's baseline past the change's own period",
    examples: [
      {text: "Mobile payments rose 42 percent in 2024 compared with 2023, the central bank said.", expect: [{value: "42", unit: "%", period: "2024", comparisons: [{against: "previous", period: "2023"}]}], others: true},
      {text: "Seafood exports fell 8 percent in the first half of 2023 against the same period last year.", expect: [{value: "-8", unit: "%", period: "2023-S1", comparisons: [{against: "previous", period: "2022-S1"}]}], others: true},
    ],
  },
  {
    behaviour: "reads a bare number and a comparative after a level as by how much the level changed, in its unit",
    examples: [
      {text: "The labour force was 54.1 million people in the first quarter of 2027, 530,000 more than a year earlier.", expect: [{value: "54100000", unit: "count", exactComparisons: true, comparisons: [{against: "previous", period: "2026-Q1", change: {kind: "absolute", value: "530000", direction: "increase"}}]}], mustNotExtract: ["530,000"]},
      {text: "The province had 1,250 cooperatives in 2027, 40 fewer than in 2026.", expect: [{value: "1250", unit: "count", exactComparisons: true, comparisons: [{against: "previous", period: "2026", change: {kind: "absolute", value: "40", direction: "decrease"}}]}], mustNotExtract: ["40 fewer"]},
      {text: "The port handled 8.2 million tonnes of cargo in 2027, 300,000 less than in 2026.", expect: [{value: "8200000", unit: "t", exactComparisons: true, comparisons: [{against: "previous", period: "2026", change: {kind: "absolute", value: "300000", direction: "decrease"}}]}], mustNotExtract: ["300,000"]},
      // A rate's amount of change is read past what it is per.
      {text: "In 2026, rubber growers sold latex at VND 41,000 per kg, about VND 3,500 per kg lower than in 2025.", expect: [{value: "41000", unit: "VND", per: "kg", exactComparisons: true, comparisons: [{against: "previous", period: "2025", change: {kind: "absolute", value: "3500", direction: "decrease"}}]}]},
    ],
  },
  {
    behaviour: "reads the same change in percent right after an amount of change as a second comparison of the level",
    examples: [
      {text: "The district had 412 cooperatives in 2027, up 37 cooperatives, or 9.9 percent, from 2026.", expect: [{value: "412", unit: "count", exactComparisons: true, comparisons: [{against: "previous", period: "2026", change: {kind: "absolute", value: "37", direction: "increase"}}, {against: "previous", period: "2026", change: {kind: "percent", value: "9.9", direction: "increase"}}]}], mustNotExtract: ["9.9 percent"]},
      {text: "The city recorded 64 fire incidents in the second quarter of 2027, down 11 cases (14.7%) against the first quarter.", expect: [{value: "64", unit: "count", exactComparisons: true, comparisons: [{against: "previous", period: "2027-Q1", change: {kind: "absolute", value: "11", direction: "decrease"}}, {against: "previous", period: "2027-Q1", change: {kind: "percent", value: "14.7", direction: "decrease"}}]}], mustNotExtract: ["14.7%"]},
    ],
  },
  {
    behaviour: "compares with a quarter, a half or a stretch of months named after a comparator",
    examples: [
      {text: "Retail sales in the third quarter of 2026 reached VND12.4 trillion, up 6.2 per cent compared with the second quarter of 2026.", expect: [{value: "12400000000000", unit: "VND", period: "2026-Q3", comparisons: [{against: "previous", period: "2026-Q2", change: {kind: "percent", value: "6.2", direction: "increase"}}]}]},
      {text: "In the first half of 2027, land use fees reached VND2 trillion, up 10 per cent compared with the first half of 2026.", expect: [{value: "2000000000000", unit: "VND", period: "2027-S1", comparisons: [{against: "previous", period: "2026-S1", change: {kind: "percent", value: "10", direction: "increase"}}]}]},
    ],
  },
  {
    behaviour: "reads a ratio to a baseline named by 'the figure of', 'the amount collected in' after 'times', 'twice' or 'double'",
    examples: [
      {text: "In the first four months of 2027, the number of cruise passengers reached 80,000, nearly three times the figure of last year.", expect: [{value: "80000", unit: "count", period: "2027-01/2027-04", comparisons: [{against: "previous", period: "2026-01/2026-04", change: {kind: "times", value: "3", direction: "increase"}}]}]},
      {text: "In the first half of 2027, land use fees brought in VND2 trillion, double the amount collected in the first half of 2026.", expect: [{value: "2000000000000", unit: "VND", period: "2027-S1", comparisons: [{against: "previous", period: "2026-S1", change: {kind: "times", value: "2", direction: "increase"}}]}]},
      {text: "In 2027, exports to Chile reached $80 million, 2.5 times the level of 2026.", expect: [{value: "80000000", unit: "USD", period: "2027", comparisons: [{against: "previous", period: "2026", change: {kind: "times", value: "2.5", direction: "increase"}}]}]},
      {text: "In 2027, rice shipments to Africa reached 1.2 million tonnes, triple the volume of 2026.", expect: [{value: "1200000", unit: "t", period: "2027", comparisons: [{against: "previous", period: "2026", change: {kind: "times", value: "3", direction: "increase"}}]}]},
      {text: "In 2027, online retail sales reached $25 billion, quadruple the value of 2024.", expect: [{value: "25000000000", unit: "USD", period: "2027", comparisons: [{against: "previous", period: "2024", change: {kind: "times", value: "4", direction: "increase"}}]}]},
      {text: "In 2027, card payments in the province quadrupled to 410 million transactions.", expect: [{value: "410000000", unit: "count", period: "2027", comparisons: [{against: "previous", change: {kind: "times", value: "4", direction: "increase"}}]}]},
      // A verb that only gave the direction is completed by the ratio, in one comparison.
      {text: "Overnight interbank rates rose to 5.1 percent in March 2027, more than double the level of March 2026.", expect: [{value: "5.1", unit: "%", period: "2027-03", comparisons: [{against: "previous", period: "2026-03", change: {kind: "times", value: "2", direction: "increase"}}]}]},
      // "double-digit" and a count of occasions are no ratios.
      {text: "In 2027, credit in the province grew at a double-digit pace of 12 percent.", expect: [{value: "12", unit: "%"}], mustNotExtract: ["double"]},
      {text: "In 2027, the ministry's inspectors visited the port three times.", expect: [], mustNotExtract: ["three times"]},
    ],
  },
  {
    behaviour: "compares with a month named after a comparator, with or without its year",
    examples: [
      {text: "In October 2024, steel output climbed 7 percent from September.", expect: [{value: "7", unit: "%", period: "2024-10", comparisons: [{against: "previous", period: "2024-09"}]}], others: true},
      {text: "In October 2024, dealers sold 34,000 cars, a rise of 4.2 percent over the previous month, and 8.7 percent more than October 2023.", expect: [{value: "34000", unit: "count", period: "2024-10", exactComparisons: true, comparisons: [
        {against: "previous", period: "2024-09", change: {kind: "percent", value: "4.2", direction: "increase"}},
        {against: "previous", period: "2023-10", change: {kind: "percent", value: "8.7", direction: "increase"}},
      ]}], others: true},
      {text: "In February 2025, electricity use fell 4 percent from January, while prices may rise 2 percent from March.", expect: [{value: "-4", unit: "%", period: "2025-02", comparisons: [{against: "previous", period: "2025-01"}]}], others: true},
    ],
  },
  {
    behaviour: "reads 'rose from A to B' as the level B compared with A, A's own period kept",
    examples: [
      {text: "The province's multidimensional poverty rate fell from 6.1 percent in 2023 to 4.7 percent in 2024.", expect: [{value: "4.7", unit: "%", period: "2024", subject: ["poverty rate"], subjectLacks: ["fell"], exactComparisons: true, comparisons: [{against: "previous", period: "2023", value: "6.1", change: {direction: "decrease"}}]}]},
      {text: "In 2024, the share of cashless payments rose from 38 to 46 percent.", expect: [{value: "46", unit: "%", subjectLacks: ["rose"], exactComparisons: true, comparisons: [{against: "previous", period: "2023", value: "38", change: {direction: "increase"}}]}]},
      {text: "In 2024 the number of traffic accidents in the city dropped from 215 to 188.", expect: [{value: "188", unit: "count", subject: ["traffic accidents"], exactComparisons: true, comparisons: [{against: "previous", period: "2023", value: "215", change: {direction: "decrease"}}]}]},
      // Without a verb of change, "from A to B" is a range.
      {text: "In 2024, twelve-month deposit rates ranged from 4.6 to 5.3 percent.", expect: [{value: "4.6", valueMax: "5.3", unit: "%", subject: ["deposit rates"], subjectLacks: ["ranged"]}]},
      {text: "In 2027, six-month deposit rates ranged between 4.5 and 5.2 percent.", expect: [{value: "4.5", valueMax: "5.2", unit: "%", subject: ["deposit rates"]}]},
    ],
  },
  {
    behaviour: "gives a level's value in another period, after 'up from' or 'compared with', to the level's comparison",
    examples: [
      {text: "The country aims to welcome 22 million foreign visitors in 2027, up from 19.5 million in 2026.", expect: [{value: "22000000", unit: "count", status: "target", exactComparisons: true, comparisons: [{against: "previous", period: "2026", value: "19500000", change: {direction: "increase"}}]}], mustNotExtract: ["19.5 million"]},
      {text: "Vietnam aims to welcome 24 million international visitors in 2027, up from a record 21.2 million in 2026.", expect: [{value: "24000000", unit: "count", status: "target", exactComparisons: true, comparisons: [{against: "previous", period: "2026", value: "21200000", change: {direction: "increase"}}]}]},
      {text: "Average life expectancy in the province was 73.9 years in 2024, up slightly from 73.6 years in 2023.", expect: [{value: "73.9", unit: "year", period: "2024", exactComparisons: true, comparisons: [{against: "previous", period: "2023", value: "73.6", change: {direction: "increase"}}]}]},
      {text: "The city's exports reached US$9.2 billion in 2024, down from US$9.9 billion in 2023.", expect: [{value: "9200000000", unit: "USD", period: "2024", exactComparisons: true, comparisons: [{against: "previous", period: "2023", value: "9900000000", change: {direction: "decrease"}}]}]},
      {text: "The urban unemployment rate was 2.6 percent in 2024, compared with 3.1 percent in 2023.", expect: [{value: "2.6", unit: "%", period: "2024", exactComparisons: true, comparisons: [{against: "previous", period: "2023", value: "3.1"}]}]},
      // A year labelling the value in brackets, with or without "in".
      {text: "In 2025, the share of trained workers reached 29.4% (2024: 28.3%).", expect: [{value: "29.4", unit: "%", period: "2025", exactComparisons: true, comparisons: [{against: "previous", period: "2024", value: "28.3"}]}], mustNotExtract: ["28.3%"]},
      {text: "In 2025, the district had 214 kindergartens (in 2024: 206) and 3,150 teachers (2024: 3,020).", expect: [
        {value: "214", unit: "count", period: "2025", exactComparisons: true, comparisons: [{against: "previous", period: "2024", value: "206"}]},
        {value: "3150", unit: "count", period: "2025", subject: ["teachers"], exactComparisons: true, comparisons: [{against: "previous", period: "2024", value: "3020"}]},
      ]},
      // A bare number there is in the level's unit.
      // A bare number a change reaches counts what the change's subject counts; with no such subject it is no figure.
      {text: "In 2026, arrivals from India rose 12% to 640,000, while the number of cruise passengers jumped 2.1 times to nearly 96,000.", expect: [
        {value: "640000", unit: "count", subject: ["arrivals from India"], comparisons: [{against: "previous", change: {kind: "percent", value: "12", direction: "increase"}}]},
        {value: "96000", unit: "count", qualifier: "nearly", subject: ["cruise passengers"], comparisons: [{against: "previous", change: {kind: "times", value: "2.1", direction: "increase"}}]},
      ]},
      {text: "In 2026, revenue of the port rose 9% to 5,000.", expect: [{value: "9", unit: "%"}]},
      {text: "The average registered capital per enterprise set up in September 2026 was VND8.7 billion.", expect: [{value: "8700000000", unit: "VND", per: "enterprise"}]},
      {text: "In 2024, the district had 9.7 doctors per 10,000 people, up from 8.1 in 2021.", expect: [{value: "9.7", unit: "count", per: "10,000 people", exactComparisons: true, comparisons: [{against: "previous", period: "2021", value: "8.1", change: {direction: "increase"}}]}]},
      // A growth's figure for another period is a growth of its own.
      {text: "The sector's growth reached 3.8 percent in 2024, compared with 3.2 percent in 2023.", expect: [{value: "3.8", unit: "%", period: "2024", exactComparisons: true, comparisons: [{against: "previous", period: "2023", change: {kind: "percent", value: "3.8", direction: "increase"}}]}, {value: "3.2", unit: "%", period: "2023"}]},
    ],
  },
  {
    behaviour: "reads a noun of change after a percentage as a change of the level before it, and the year after it as its baseline",
    examples: [
      ...examples("Binh Duong's export turnover reached US$34.8 billion in 2024, a 7.3% ", " over 2023.", [
        ["increase", {value: "34800000000", unit: "USD", exactComparisons: true, comparisons: [{against: "previous", period: "2023", change: {kind: "percent", value: "7.3", direction: "increase"}}]}],
        ["rise", {value: "34800000000", unit: "USD", exactComparisons: true, comparisons: [{against: "previous", period: "2023", change: {kind: "percent", value: "7.3", direction: "increase"}}]}],
        ["gain", {value: "34800000000", unit: "USD", exactComparisons: true, comparisons: [{against: "previous", period: "2023", change: {kind: "percent", value: "7.3", direction: "increase"}}]}],
        ["decline", {value: "34800000000", unit: "USD", exactComparisons: true, comparisons: [{against: "previous", period: "2023", change: {kind: "percent", value: "7.3", direction: "decrease"}}]}],
        ["drop", {value: "34800000000", unit: "USD", exactComparisons: true, comparisons: [{against: "previous", period: "2023", change: {kind: "percent", value: "7.3", direction: "decrease"}}]}],
      ]),
      // The year after "from" is no figure of its own.
      {text: "Tea output was 180,000 tonnes in 2024, a 4 percent fall from 2023.", expect: [{value: "180000", unit: "t", exactComparisons: true, comparisons: [{against: "previous", period: "2023", change: {kind: "percent", value: "4", direction: "decrease"}}]}]},
    ],
  },
  {
    behaviour: "reads a growth over a stretch named as 'year-to-date', 'from the end of last year' or 'from the beginning of the year' against the previous December",
    examples: [
      {text: "In the first nine months of 2025, total deposits at the banks rose 7.1% year-to-date to VND 15.6 quadrillion.", expect: [{value: "15600000000000000", unit: "VND", exactComparisons: true, comparisons: [{against: "previous", period: "2024-12", change: {kind: "percent", value: "7.1", direction: "increase"}}]}]},
      {text: "At the end of October 2026, deposits at local banks stood at VND398.5 trillion, up 9.6% from the beginning of the year.", expect: [{value: "398500000000000", unit: "VND", comparisons: [{against: "previous", period: "2025-12"}]}]},
      {text: "As of September 30, 2025, outstanding credit in the province had grown 11 percent from the end of last year.", expect: [{value: "11", unit: "%", period: "2025-09", comparisons: [{against: "previous", period: "2024-12"}]}], others: true},
    ],
  },
  {
    behaviour: "reads a status written after the verb of change ('rose by an estimated')",
    examples: [
      {text: "Retail sales in the first half of 2025 rose by an estimated 9.2% over the same period last year.", expect: [{value: "9.2", unit: "%", status: "estimated", period: "2025-S1", subjectLacks: ["rose"], comparisons: [{against: "previous", period: "2024-S1", change: {kind: "percent", value: "9.2", direction: "increase"}}]}]},
    ],
  },
  {
    behaviour: "reads the growths of a list against the baselines each names",
    examples: [
      {text: "In September 2025, the consumer price index rose 0.4% from the previous month, up 2.7% against December 2024 and 3.3% over the same period last year.", expect: [
        {value: "0.4", unit: "%", comparisons: [{against: "previous", period: "2025-08"}]},
        {value: "2.7", unit: "%", comparisons: [{against: "previous", period: "2024-12"}]},
        {value: "3.3", unit: "%", comparisons: [{against: "previous", period: "2024-09", change: {kind: "percent", value: "3.3", direction: "increase"}}]},
      ]},
    ],
  },
  {
    behaviour: "reads a percentage followed by a comparative as a change of the level before it",
    examples: [
      {text: "In the first nine months of 2024, the airport served 21.3 million passengers, 12.4 percent more than the same period of 2023.", expect: [{value: "21300000", unit: "count", period: "2024-01/2024-09", exactComparisons: true, comparisons: [{against: "previous", period: "2023-01/2023-09", change: {kind: "percent", value: "12.4", direction: "increase"}}]}]},
      {text: "In 2024, the province's coal output was 41 million tonnes, 3.5 percent lower than in 2023, the department said.", expect: [{value: "41000000", unit: "t", period: "2024", exactComparisons: true, comparisons: [{against: "previous", period: "2023", change: {kind: "percent", value: "3.5", direction: "decrease"}}]}]},
      // And a level as a percentage of another period's figure is an attainment against it.
      {text: "In the first half of 2024, the resort welcomed 2.2 million guests, equal to 104 percent of the figure in the same period of 2019.", expect: [{value: "2200000", unit: "count", period: "2024-S1", exactComparisons: true, comparisons: [{against: "previous", period: "2019-S1", attainment: "104"}]}]},
    ],
  },
  {
    behaviour: "gives a change in points after a percentage of a whole ('of GDP') to that percentage, after 'and' or a period",
    examples: [
      {text: "In 2026, the market value of listed bonds rose 12.1% to VND 2,100 trillion, equal to 18.3% of GDP and 1.7 percentage points higher than in 2025.", expect: [
        {value: "2100000000000000", unit: "VND", period: "2026"},
        {value: "18.3", unit: "%", period: "2026", exactComparisons: true, comparisons: [{against: "previous", period: "2025", change: {kind: "points", value: "1.7", direction: "increase"}}]},
      ]},
      {text: "Public debt was estimated at 36.2% of GDP in 2026, 2.6 percentage points lower than a year earlier.", expect: [
        {value: "36.2", unit: "%", period: "2026", status: "estimated", subject: ["public debt"], exactComparisons: true, comparisons: [{against: "previous", period: "2025", change: {kind: "points", value: "2.6", direction: "decrease"}}]},
      ]},
    ],
  },
  {
    behaviour: "reads a figure whose verb of change goes without saying after the subject of a second clause as a change the same way, and the level after its 'to' as the level it reached",
    examples: [
      {text: "In 2026, seafood exports rose 7.4% to US$11.2 billion, while shrimp exports 9.6% to US$4.3 billion.", expect: [
        {value: "11200000000", unit: "USD", period: "2026", subject: ["seafood exports"], exactComparisons: true, comparisons: [{against: "previous", period: "2025", change: {kind: "percent", value: "7.4", direction: "increase"}}]},
        {value: "4300000000", unit: "USD", period: "2026", subject: ["shrimp exports"], exactComparisons: true, comparisons: [{against: "previous", period: "2025", change: {kind: "percent", value: "9.6", direction: "increase"}}]},
      ]},
      {text: "In the first half of 2026, fertiliser imports fell 3.8% to 2.1 million tonnes, and steel imports 6.2% to 5.4 million tonnes.", expect: [
        {value: "2100000", unit: "t", period: "2026-S1", exactComparisons: true, comparisons: [{against: "previous", period: "2025-S1", change: {kind: "percent", value: "3.8", direction: "decrease"}}]},
        {value: "5400000", unit: "t", period: "2026-S1", subject: ["steel imports"], exactComparisons: true, comparisons: [{against: "previous", period: "2025-S1", change: {kind: "percent", value: "6.2", direction: "decrease"}}]},
      ]},
    ],
  },
  {
    behaviour: "reads a signed percentage in brackets right after an amount as the amount's change, by its sign",
    examples: [
      {text: "In 2026, the province produced 1.84 million tonnes of steel (-2.7%) and 82.5 million cubic metres of tap water (+3.4%).", expect: [
        {value: "1840000", unit: "t", period: "2026", exactComparisons: true, comparisons: [{against: "previous", period: "2025", change: {kind: "percent", value: "2.7", direction: "decrease"}}]},
        {value: "82500000", unit: "m3", period: "2026", exactComparisons: true, comparisons: [{against: "previous", period: "2025", change: {kind: "percent", value: "3.4", direction: "increase"}}]},
      ]},
    ],
  },
  {
    behaviour: "keeps the subject named before a bracket for a change inside it, after a clause of its own",
    examples: [
      {text: "In November 2024, seven of the 11 groups saw prices rise, led by education (up 0.61 percent), the statistics office said.", expect: [{value: "0.61", unit: "%", period: "2024-11", subject: ["education"]}], others: true},
    ],
  },
  {
    behaviour: "compares with the end of a year",
    examples: [
      {text: "Outstanding loans to farmers grew 9.6 percent in 2024 compared with the end of 2023.", expect: [{value: "9.6", unit: "%", period: "2024", comparisons: [{against: "previous", period: "2023"}]}], others: true},
      {text: "By the end of June 2024, money supply had risen 4.1 percent from the close of 2023.", expect: [{value: "4.1", unit: "%", period: "2024-06", comparisons: [{against: "previous", period: "2023-12"}]}], others: true},
    ],
  },
  {
    behaviour: "reads the rate another period grew by, named after a growth, as that period's growth of the same thing",
    examples: [
      {text: "In the first half of 2024, the province's exports rose 9.1 percent, compared with 3.4 percent in the same period of 2023.", expect: [
        {value: "9.1", unit: "%", subject: ["exports"], period: "2024-S1", comparisons: [{against: "previous", change: {kind: "percent", value: "9.1", direction: "increase"}}]},
        {value: "3.4", unit: "%", subject: ["exports"], period: "2023-S1", comparisons: [{against: "previous", period: "2022-S1", change: {kind: "percent", value: "3.4", direction: "increase"}}]},
      ]},
      {text: "Industrial output grew 8.8 percent in the second quarter of 2024, up from 6.2 percent in the first quarter.", expect: [
        {value: "8.8", unit: "%", subject: ["industrial output"], period: "2024-Q2"},
        {value: "6.2", unit: "%", subject: ["industrial output"], period: "2024-Q1", comparisons: [{against: "previous", change: {kind: "percent", value: "6.2", direction: "increase"}}]},
      ], others: true},
      // The sentence after it is about the growth's period, not the other one's.
      {text: "In the first half of 2024, the province's exports rose 9.1 percent, compared with 3.4 percent in the same period of 2023. Imports grew 7 percent.", expect: [
        {value: "7", unit: "%", subject: ["imports"], period: "2024-S1"},
      ], others: true},
    ],
  },
  {
    behaviour: "compares with a plan or a target",
    examples: [
      // The target's value labelled in brackets.
      {text: "In 2026, the share of fully vaccinated children reached 88.4% (target: 95%).", expect: [{value: "88.4", unit: "%", exactComparisons: true, comparisons: [{against: "plan", period: "2026", value: "95"}]}]},
      // The plan's value after "the target of", for a growth stated alone and for an amount.
      {text: "In 2026, the province's GRDP expanded by 9.3%, exceeding the target of 8.5%.", expect: [{value: "9.3", unit: "%", comparisons: [{against: "previous", change: {kind: "percent", value: "9.3", direction: "increase"}}, {against: "plan", value: "8.5"}]}]},
      {text: "In 2026, state budget revenue reached VND2.3 quadrillion, against a target of VND1.97 quadrillion.", expect: [{value: "2300000000000000", unit: "VND", exactComparisons: true, comparisons: [{against: "plan", period: "2026", value: "1970000000000000"}]}]},
      {text: "In 2024, the province's budget revenue reached VND 9.4 trillion, exceeding the plan.", expect: [{value: "9400000000000", unit: "VND", comparisons: [{against: "plan", change: {direction: "increase"}}]}], others: true},
      {text: "In 2024, the province's budget revenue reached VND 9.4 trillion, exceeding plan.", expect: [{value: "9400000000000", unit: "VND", comparisons: [{against: "plan", change: {direction: "increase"}}]}], others: true},
      {text: "In 2024, the province's budget revenue reached VND 9.4 trillion, exceeding the target.", expect: [{value: "9400000000000", unit: "VND", comparisons: [{against: "plan", change: {direction: "increase"}}]}], others: true},
      {text: "In 2024, the province's budget revenue reached VND 9.4 trillion, exceeding target.", expect: [{value: "9400000000000", unit: "VND", comparisons: [{against: "plan", change: {direction: "increase"}}]}], others: true},
      {text: "In 2024, the province's budget revenue reached VND 9.4 trillion, exceeding the annual plan.", expect: [{value: "9400000000000", unit: "VND", comparisons: [{against: "plan", change: {direction: "increase"}}]}], others: true},
      {text: "In 2024, the province's budget revenue reached VND 9.4 trillion, exceeding the yearly plan.", expect: [{value: "9400000000000", unit: "VND", comparisons: [{against: "plan", change: {direction: "increase"}}]}], others: true},
      {text: "In 2024, the province's budget revenue reached VND 9.4 trillion, exceeding the goal.", expect: [{value: "9400000000000", unit: "VND", comparisons: [{against: "plan", change: {direction: "increase"}}]}], others: true},
      {text: "In 2024, the province's budget revenue reached VND 9.4 trillion, exceeding the estimate.", expect: [{value: "9400000000000", unit: "VND", comparisons: [{against: "plan", change: {direction: "increase"}}]}], others: true},
      // An attainment of the year's plan, then a change on the same level: both hang on it.
      ...(["the annual target", "the yearly target", "the annual estimate", "the yearly estimate", "the full-year estimate", "the full-year plan", "the full-year target"] as const).map((plan) => ({
        text: `In the first quarter of 2025, the province's budget revenue reached VND 9.4 trillion, equal to 31 percent of ${plan} and up 12 percent over the same period last year.`,
        expect: [{value: "9400000000000", unit: "VND", period: "2025-Q1", comparisons: [{against: "plan" as const, attainment: "31"}, {against: "previous" as const, period: "2024-Q1", change: {kind: "percent" as const, value: "12", direction: "increase" as const}}]}],
      })),
    ],
  },
  {
    behaviour: "gives a change or an attainment after words that name nothing to the level before it",
    examples: [
      // A change in dollars after a sum in dong restated in dollars: the dollars'.
      {text: "In 2026, GDP per capita was estimated at VND 131.6 million, equivalent to US$5,180, an increase of US$310 compared with 2025.", expect: [
        {value: "131600000", unit: "VND", status: "estimated", per: "capita", exactComparisons: true, comparisons: []},
        {value: "5180", unit: "USD", status: "estimated", exactComparisons: true, comparisons: [{against: "previous", period: "2025", change: {kind: "absolute", value: "310", direction: "increase"}}]},
      ]},
      // Past an abbreviation in brackets after what the level is of, and the period that closes it.
      {text: "The city attracted US$2.31 billion in foreign direct investment (FDI) in the first ten months of 2026, an increase of 14.5 percent year on year.", expect: [{value: "2310000000", unit: "USD", period: "2026-01/2026-10", exactComparisons: true, comparisons: [{against: "previous", period: "2025-01/2025-10", change: {kind: "percent", value: "14.5", direction: "increase"}}]}]},
      {text: "Exports are expected to reach US$6 billion in 2027 and exceed the target by 5 percent.", expect: [{value: "6000000000", unit: "USD", status: "forecast", exactComparisons: true, comparisons: [{against: "plan", period: "2027", change: {kind: "percent", value: "5", direction: "increase"}}]}]},
      {text: "Revenue is forecast at VND5 trillion for 2027 and to surpass the plan by 2 percent.", expect: [{value: "5000000000000", unit: "VND", status: "forecast", exactComparisons: true, comparisons: [{against: "plan", period: "2027", change: {kind: "percent", value: "2", direction: "increase"}}]}]},
      {text: "Exports reached US$5.2 billion in 2026, which exceeded the plan by 4 percent.", expect: [{value: "5200000000", unit: "USD", exactComparisons: true, comparisons: [{against: "plan", period: "2026", change: {kind: "percent", value: "4", direction: "increase"}}]}]},
      {text: "Exports were US$2 billion in 2026, which exceeds the target by 5 percent.", expect: [{value: "2000000000", unit: "USD", exactComparisons: true, comparisons: [{against: "plan", period: "2026", change: {kind: "percent", value: "5", direction: "increase"}}]}]},
      {text: "Revenue was VND4.5 trillion in 2026 and surpassed the target by 6 percent.", expect: [{value: "4500000000000", unit: "VND", exactComparisons: true, comparisons: [{against: "plan", period: "2026", change: {kind: "percent", value: "6", direction: "increase"}}]}]},
      {text: "Revenue is VND4.7 trillion in 2026 and surpasses the target by 7 percent.", expect: [{value: "4700000000000", unit: "VND", exactComparisons: true, comparisons: [{against: "plan", period: "2026", change: {kind: "percent", value: "7", direction: "increase"}}]}]},
      {text: "The city had 2,300 schools in 2025, which beat the plan by 2 percent.", expect: [{value: "2300", unit: "count", exactComparisons: true, comparisons: [{against: "plan", period: "2025", change: {kind: "percent", value: "2", direction: "increase"}}]}]},
      {text: "The city has 2,400 schools in 2026, which beats the plan by 3 percent.", expect: [{value: "2400", unit: "count", exactComparisons: true, comparisons: [{against: "plan", period: "2026", change: {kind: "percent", value: "3", direction: "increase"}}]}]},
      {text: "Output should reach 3 million tonnes in 2027 and fulfil 102 percent of the plan.", expect: [{value: "3000000", unit: "t", exactComparisons: true, comparisons: [{against: "plan", period: "2027", attainment: "102"}]}]},
      {text: "Output is estimated at 3 million tonnes in 2027, which fulfils 102 percent of the plan.", expect: [{value: "3000000", unit: "t", status: "estimated", exactComparisons: true, comparisons: [{against: "plan", period: "2027", attainment: "102"}]}]},
      {text: "Output was 3 million tonnes in 2026, which fulfills 102 percent of the plan.", expect: [{value: "3000000", unit: "t", exactComparisons: true, comparisons: [{against: "plan", period: "2026", attainment: "102"}]}]},
      {text: "In 2026, the two plants produce 3 million tonnes and fulfill 102 percent of the plan.", expect: [{value: "3000000", unit: "t", exactComparisons: true, comparisons: [{against: "plan", period: "2026", attainment: "102"}]}]},
      {text: "Tax revenue was VND7 trillion in 2026, meeting 101 percent of the estimate.", expect: [{value: "7000000000000", unit: "VND", exactComparisons: true, comparisons: [{against: "plan", period: "2026", attainment: "101"}]}]},
      {text: "Output is 3 million tonnes in 2026, which achieves 101 percent of the plan.", expect: [{value: "3000000", unit: "t", exactComparisons: true, comparisons: [{against: "plan", period: "2026", attainment: "101"}]}]},
      {text: "Rice output was 3.1 million tonnes in 2026, 2 percent greater than in 2025.", expect: [{value: "3100000", unit: "t", exactComparisons: true, comparisons: [{against: "previous", period: "2025", change: {kind: "percent", value: "2", direction: "increase"}}]}]},
      {text: "Coffee output was 1.9 million tonnes in 2026, 3 percent smaller than in 2025.", expect: [{value: "1900000", unit: "t", exactComparisons: true, comparisons: [{against: "previous", period: "2025", change: {kind: "percent", value: "3", direction: "decrease"}}]}]},
      {text: "Retail sales hit VND80 trillion in 2026, a larger 9 percent rise than in 2025.", expect: [{value: "80000000000000", unit: "VND", exactComparisons: true, comparisons: [{against: "previous", period: "2025", change: {kind: "percent", value: "9", direction: "increase"}}]}]},
      // A clause with a subject of its own keeps its change.
      {text: "Exports rose 6 percent in 2026, whereas imports fell 2 percent.", expect: [{value: "6", unit: "%", subject: ["Exports"]}, {value: "-2", unit: "%", subject: ["imports"]}]},
    ],
  },
  {
    behaviour: "reads by how much a plan named before the amount was exceeded, on the level that exceeded it",
    examples: [
      {text: "In 2024, land-use fees brought in VND3.1 trillion, exceeding the estimate by 22 percent.", expect: [{value: "3100000000000", unit: "VND", status: null, exactComparisons: true, comparisons: [{against: "plan", period: "2024", change: {kind: "percent", value: "22", direction: "increase"}}]}]},
      {text: "In 2024, the city created jobs for 41,000 workers, surpassing the yearly plan by 9 percent.", expect: [{value: "41000", unit: "count", status: null, exactComparisons: true, comparisons: [{against: "plan", period: "2024", change: {kind: "percent", value: "9", direction: "increase"}}]}]},
      {text: "In 2024, tax revenue hit VND58 trillion, beating the annual target by 5.5 percent.", expect: [{value: "58000000000000", unit: "VND", status: null, exactComparisons: true, comparisons: [{against: "plan", period: "2024", change: {kind: "percent", value: "5.5", direction: "increase"}}]}]},
    ],
  },
  {
    behaviour: "reads a percentage of a plan after a verb that introduces a level as the plan's attainment",
    examples: [
      // After the amount, with a participle of attainment ("fulfilling", "achieving", "meeting").
      {text: "In 2026, the province's exports reached US$4.1 billion, fulfilling 96 percent of the annual plan.", expect: [
        {value: "4100000000", unit: "USD", comparisons: [{against: "plan", attainment: "96"}]},
      ]},
      {text: "In 2026, disbursed public investment stood at VND9.2 trillion, achieving 81 percent of the plan.", expect: [
        {value: "9200000000000", unit: "VND", comparisons: [{against: "plan", attainment: "81"}]},
      ]},
      {text: "By the end of September 2025, the city's public investment disbursement had reached only 55% of the annual plan.", expect: [{value: "55", unit: "%", period: "2025-01/2025-09", subject: ["public investment disbursement"], comparisons: [{against: "plan", attainment: "55"}]}]},
      {text: "In 2024, the district's budget revenue was 104 percent of the estimate.", expect: [{value: "104", unit: "%", comparisons: [{against: "plan", attainment: "104"}]}]},
      // …or after "or", restating the amount before it as a share of the plan.
      {text: "In the first ten months of 2025, land-use fees totalled VND38 trillion, or 87 per cent of the estimate.", expect: [{value: "38000000000000", unit: "VND", exactComparisons: true, comparisons: [{against: "plan", period: "2025", attainment: "87"}]}]},
      {text: "Capital spending reached VND410 trillion in the first ten months of 2025, or 62 percent of the plan set by the National Assembly.", expect: [{value: "410000000000000", unit: "VND", exactComparisons: true, comparisons: [{against: "plan", period: "2025", attainment: "62"}]}]},
      // …of whoever's plans the sentence names.
      {text: "In the first ten months of 2025, ministries disbursed VND120 trillion, or 48 per cent of their plans.", expect: [{value: "120000000000000", unit: "VND", exactComparisons: true, comparisons: [{against: "plan", period: "2025", attainment: "48"}]}]},
      {text: "In the first ten months of 2025, the transport ministry disbursed VND61 trillion, or 70 per cent of its plan.", expect: [{value: "61000000000000", unit: "VND", exactComparisons: true, comparisons: [{against: "plan", period: "2025", attainment: "70"}]}]},
      {text: "In 2025, the two state groups invested VND35 trillion, or 91 percent of their plan for the year.", expect: [{value: "35000000000000", unit: "VND", exactComparisons: true, comparisons: [{against: "plan", period: "2025", attainment: "91"}]}], others: true},
      {text: "Local budget spending was estimated at VND12.3 trillion in 2027, or 41 per cent of the year's estimate.", expect: [{value: "12300000000000", unit: "VND", status: "estimated", exactComparisons: true, comparisons: [{against: "plan", period: "2027", attainment: "41"}]}]},
      {text: "In 2027, the province welcomed 9 million visitors, equal to 75 per cent of the year's target.", expect: [{value: "9000000", unit: "count", exactComparisons: true, comparisons: [{against: "plan", period: "2027", attainment: "75"}]}]},
      {text: "In 2027, the city disbursed VND8 trillion of public investment, or 52 per cent of the year's plan.", expect: [{value: "8000000000000", unit: "VND", exactComparisons: true, comparisons: [{against: "plan", period: "2027", attainment: "52"}]}]},
      // …past the words and the period that describe the amount.
      {text: "The province collected VND9.5 trillion in budget revenue in the first half of 2027, equal to 62 per cent of the estimate.", expect: [{value: "9500000000000", unit: "VND", period: "2027-S1", subject: ["budget revenue"], exactComparisons: true, comparisons: [{against: "plan", period: "2027", attainment: "62"}]}]},
    ],
  },
  {
    behaviour: "compares with an average",
    examples: [
      {text: "In 2026, the province's stunting rate was 19 percent, above the national average (18 percent).", expect: [{value: "19", unit: "%", exactComparisons: true, comparisons: [{against: "other", value: "18"}]}], mustNotExtract: ["18 percent"]},
      {text: "In 2024, the province's growth rate was 8.2 percent, higher than the national average.", expect: [{value: "8.2", unit: "%"}], others: true},
      {text: "In 2024, the province's growth rate was 8.2 percent, higher than the country's average.", expect: [{value: "8.2", unit: "%"}], others: true},
      {text: "In 2024, the province's growth rate was 8.2 percent, higher than the average.", expect: [{value: "8.2", unit: "%"}], others: true},
      // A ratio right before an average is a ratio to it.
      {text: "In 2024, income per head in the city was VND182 million, 1.8 times the national average.", expect: [{value: "182000000", unit: "VND", exactComparisons: true, comparisons: [{against: "other", change: {kind: "times", value: "1.8", direction: "increase"}}]}]},
    ],
  },
  {
    behaviour: "reads the value after a level's change ('up 6.2% from …') as the value the level changed from, and 'a gain of' as a change of the level",
    examples: [
      {text: "In 2026, coffee exports reached US$5.82 billion, up 6.2% from US$5.48 billion in 2025, a gain of US$340 million.", expect: [{value: "5820000000", unit: "USD", period: "2026", comparisons: [{against: "previous", period: "2025", value: "5480000000", change: {kind: "percent", value: "6.2", direction: "increase"}}, {against: "previous", period: "2025", change: {kind: "absolute", value: "340000000", direction: "increase"}}]}]},
      // A ratio's "times the …"; a figure in millions takes no ratio's unit from the list it seems to end.
      {text: "In 2026, users of e-wallets rose to 21.5 million, 2.4 times the 8.9 million recorded in 2025.", expect: [{value: "21500000", unit: "count", period: "2026", exactComparisons: true, comparisons: [{against: "previous", period: "2025", value: "8900000", change: {kind: "times", value: "2.4", direction: "increase"}}]}], mustNotExtract: ["8.9 million"]},
      // The change that names its baseline after the value ("a year earlier") gets the value too.
      {text: "In the first half of 2026, fires in the province killed 41 people, down 8.9% from 45 a year earlier.", expect: [{value: "41", unit: "count", period: "2026-S1", exactComparisons: true, comparisons: [{against: "previous", period: "2025-S1", value: "45", change: {kind: "percent", value: "8.9", direction: "decrease"}}]}], mustNotExtract: ["45 a year"]},
      {text: "In 2026, tea output came to 1.21 million tonnes, up 3% compared with 1.17 million tonnes in 2025.", expect: [{value: "1210000", unit: "t", period: "2026", comparisons: [{against: "previous", period: "2025", value: "1170000", change: {kind: "percent", value: "3", direction: "increase"}}]}]},
    ],
  },
  {
    behaviour: "reads a figure a change brings something 'down to' as the level it reaches, not as the size of a fall",
    examples: [
      {text: "The province plans to bring its poverty rate down to 1.8% in 2027.", expect: [{value: "1.8", unit: "%", period: "2027", status: "target", comparisons: [{against: "previous", change: {direction: "decrease"}}]}]},
    ],
  },
];
