import type { Corpus } from "../types.js";
import { examples, sameRecord } from "./table.js";

/** English periods: months, stretches of months, quarters, halves, this year and last year, spans of years. */
export const periods: Corpus = [
  {
    behaviour: "reads 'and over' after an age as part of the noun, not as a comparator before the period after it",
    examples: [
      {text: "The labour force aged 15 and over in the second quarter of 2026 was 52.1 million people.", expect: [{value: "52100000", unit: "count", period: "2026-Q2", subject: ["aged 15 and over"], comparisons: []}]},
    ],
  },
  {
    behaviour: "does not let the year of a target decide the article's year",
    examples: [
      {text: "Coffee exports in the first eight months of 2024 reached 3.7 billion USD. Pepper exports reached 1.1 billion USD. The sector aims for coffee export revenue of 6 billion USD in 2025.", expect: [{value: "3700000000", unit: "USD", period: "2024-01/2024-08"}, {value: "1100000000", unit: "USD", period: "2024-01/2024-08"}], others: true},
    ],
  },
  {
    behaviour: "pairs the years before 'respectively' with the figures, in the stretch of the figure before them",
    examples: [
      {text: "In the first nine months of 2024, retail sales rose 8.8 percent, compared with 10.1 percent and 6.5 percent in the same periods of 2022 and 2023, respectively.", expect: [{value: "8.8", unit: "%", period: "2024-01/2024-09"}, {value: "10.1", unit: "%", period: "2022-01/2022-09"}, {value: "6.5", unit: "%", period: "2023-01/2023-09"}]},
    ],
  },
  {
    behaviour: "reads a stretch of days as the month, or the months, it runs over, and its last day as no figure",
    examples: [
      {text: "From April 26 to 30, 2026, the city welcomed 640,000 visitors.", expect: [{value: "640000", unit: "count", period: "2026-04"}], mustNotExtract: ["30"]},
      {text: "From March 28 to April 3, 2026, the province sold 52,000 tickets, and over the festival (May 2-4, 2026), hotels were 91% full.", expect: [{value: "52000", unit: "count", period: "2026-03/2026-04"}, {value: "91", unit: "%", period: "2026-05"}]},
    ],
  },
  {
    behaviour: "reads a school year, an academic year or a crop year as the span of its two years, and as the report's period in its title",
    examples: [
      {text: "Review of the 2025-2026 school year\n\nThe province had 672 schools, and 99.1% of its pupils finished the year.", expect: [{value: "672", unit: "count", period: "2025/2026"}, {value: "99.1", unit: "%", period: "2025/2026"}]},
      {text: "In the academic year 2025-2026, the university enrolled 12,400 students, and in crop year 2025/2026 the farms harvested 41,000 tonnes of coffee.", expect: [{value: "12400", unit: "count", period: "2025/2026"}, {value: "41000", unit: "t", period: "2025/2026"}]},
    ],
  },
  {
    behaviour: "gives a sentence of a paragraph under a heading in capitals the period of the sentence right before it, not the heading's",
    examples: [
      {text: "REPORT ON THE ECONOMY IN THE THIRD QUARTER AND NINE MONTHS OF 2026\n\nGDP in the third quarter of 2026 grew by 7.9% year on year. The service sector expanded by 8.6%.", expect: [
        {value: "7.9", unit: "%", period: "2026-Q3", subject: ["GDP"], subjectLacks: ["REPORT"]},
        {value: "8.6", unit: "%", period: "2026-Q3", subject: ["service sector"]},
      ]},
    ],
  },
  {
    behaviour: "continues the sentence about one period across a sentence that lists figures of several",
    examples: [
      {text: "In the third quarter of 2024, the province's exports rose 9.1 percent. This extended a steady climb, with Q1 up 4 percent and Q2 up 6.2 percent. Specifically, rice exports grew 5 percent and coffee exports grew 11 percent.", expect: [
        {value: "5", unit: "%", subject: ["rice exports"], period: "2024-Q3"},
        {value: "11", unit: "%", subject: ["coffee exports"], period: "2024-Q3"},
      ], others: true},
    ],
  },
  {
    behaviour: "reads a month and its year",
    examples: examples("In ", " 2024, the city welcomed 510,000 international visitors, the tourism department said.", [
      ["January", {value: "510000", unit: "count", period: "2024-01"}],
      ["Jan", {value: "510000", unit: "count", period: "2024-01"}],
      ["February", {value: "510000", unit: "count", period: "2024-02"}],
      ["Feb", {value: "510000", unit: "count", period: "2024-02"}],
      ["March", {value: "510000", unit: "count", period: "2024-03"}],
      ["Mar", {value: "510000", unit: "count", period: "2024-03"}],
      ["April", {value: "510000", unit: "count", period: "2024-04"}],
      ["Apr", {value: "510000", unit: "count", period: "2024-04"}],
      ["May", {value: "510000", unit: "count", period: "2024-05"}],
      ["June", {value: "510000", unit: "count", period: "2024-06"}],
      ["Jun", {value: "510000", unit: "count", period: "2024-06"}],
      ["July", {value: "510000", unit: "count", period: "2024-07"}],
      ["Jul", {value: "510000", unit: "count", period: "2024-07"}],
      ["August", {value: "510000", unit: "count", period: "2024-08"}],
      ["Aug", {value: "510000", unit: "count", period: "2024-08"}],
      ["September", {value: "510000", unit: "count", period: "2024-09"}],
      ["Sept", {value: "510000", unit: "count", period: "2024-09"}],
      ["Sep", {value: "510000", unit: "count", period: "2024-09"}],
      ["October", {value: "510000", unit: "count", period: "2024-10"}],
      ["Oct", {value: "510000", unit: "count", period: "2024-10"}],
      ["November", {value: "510000", unit: "count", period: "2024-11"}],
      ["Nov", {value: "510000", unit: "count", period: "2024-11"}],
      ["December", {value: "510000", unit: "count", period: "2024-12"}],
      ["Dec", {value: "510000", unit: "count", period: "2024-12"}],
    ]),
  },
  {
    behaviour: "gives a figure the period a preposition of time names later in its clause, past the counted thing",
    examples: [
      {text: "Hanoi, September 2026. Lenders resolved VND45.2 trillion of bad debt in the eight months.", expect: [{value: "45200000000000", unit: "VND", period: "2026-01/2026-08"}]},
      {text: "Power report, December 2026. Two solar farms with a combined 1,200 MW entered service in the second quarter.", expect: [{value: "1200", unit: "MW", period: "2026-Q2"}], others: true},
      // Too far on to be looked at: a period some clauses away is not the figure's.
      {text: "Trade report, July 2026. Exports rose 9.1 percent year-on-year, a pace that analysts at several domestic brokerages had described as out of reach when they wrote their outlooks in 2025.", expect: [{value: "9.1", unit: "%", period: "2026-07"}]},
    ],
  },
  {
    behaviour: "reads a period after a noun that says where a sum comes from, not one that starts something",
    examples: [
      {text: "In 2025, revenue from tourism in the first nine months reached VND12.4 trillion.", expect: [{value: "12400000000000", unit: "VND", period: "2025-01/2025-09"}]},
      {text: "In 2025, from March onwards, electricity prices rose 4.8 percent.", expect: [{value: "4.8", unit: "%", period: "2025"}]},
    ],
  },
  {
    behaviour: "reads the first months of a year",
    examples: examples("In the first ", " months of 2024, the province's exports reached US$1.8 billion.", [
      ["two", {value: "1800000000", unit: "USD", period: "2024-01/2024-02"}],
      ["three", {value: "1800000000", unit: "USD", period: "2024-Q1"}],
      ["four", {value: "1800000000", unit: "USD", period: "2024-01/2024-04"}],
      ["five", {value: "1800000000", unit: "USD", period: "2024-01/2024-05"}],
      ["six", {value: "1800000000", unit: "USD", period: "2024-S1"}],
      ["seven", {value: "1800000000", unit: "USD", period: "2024-01/2024-07"}],
      ["eight", {value: "1800000000", unit: "USD", period: "2024-01/2024-08"}],
      ["nine", {value: "1800000000", unit: "USD", period: "2024-01/2024-09"}],
      ["ten", {value: "1800000000", unit: "USD", period: "2024-01/2024-10"}],
      ["eleven", {value: "1800000000", unit: "USD", period: "2024-01/2024-11"}],
      ["twelve", {value: "1800000000", unit: "USD", period: "2024"}],
    ]),
  },
  {
    behaviour: "reads a count of months with its year after it, without 'the first', as the first months of that year (a table's caption)",
    examples: [
      {text: "Table 2. Seafood exports by market, 10 months of 2026\n\n| Market | Value (US$ million) |\n|---|---|\n| Japan | 1,512.4 |\n| China | 1,388.9 |", expect: [{value: "1512400000", unit: "USD", period: "2026-01/2026-10"}, {value: "1388900000", unit: "USD", period: "2026-01/2026-10"}]},
    ],
  },
  {
    behaviour: "reads 'Over the first ten months' and 'In ten months,' opening a sentence, and 'over the ten months' naming no year after a figure, as the first months, not as a comparison",
    examples: [
      {text: "Over the first ten months of 2026, the province's exports rose 10 percent.", expect: [{value: "10", unit: "%", period: "2026-01/2026-10"}]},
      {text: "Trade report for October 2026\n\nIn ten months, exports totalled US$391 billion. Over ten months, the country welcomed 17.2 million foreign visitors.", expect: [{value: "391000000000", unit: "USD", period: "2026-01/2026-10"}, {value: "17200000", unit: "count", period: "2026-01/2026-10"}]},
      {text: "The group said its net profit in 9M 2026 reached US$1.2 billion, according to the report sent to shareholders.", expect: [{value: "1200000000", unit: "USD", period: "2026-01/2026-09"}]},
      {text: "Trade report for October 2026\n\nDa Lat hosted 2.1 million domestic tourists over the ten months.", expect: [{value: "2100000", unit: "count", period: "2026-01/2026-10"}]},
      {text: "Trade report for October 2026\n\nPepper exporters earned US$870 million over the first ten months, up 9 percent.", expect: [{value: "870000000", unit: "USD", period: "2026-01/2026-10"}]},
      // Naming its year, the stretch after "over" is compared with.
      {text: "In the first ten months of 2026, rice exports rose 6 percent over the first ten months of 2025.", expect: [{value: "6", unit: "%", period: "2026-01/2026-10", comparisons: [{against: "previous", period: "2025-01/2025-10", change: {kind: "percent", value: "6", direction: "increase"}}]}]},
      // After a figure, "over" still compares; "in two months" with no comma after it is a span of time.
      {text: "In 2026, exports rose 10 percent over 2025, and imports grew 4 percent in two months.", expect: [{value: "10", unit: "%", period: "2026", comparisons: [{against: "previous", period: "2025", change: {kind: "percent", value: "10", direction: "increase"}}]}, {value: "4", unit: "%", period: "2026"}]},
    ],
  },
  {
    behaviour: "reads a stretch of months and the months of a period",
    examples: [
      {text: "In January-February, the city's retail sales reached 98 trillion VND, up 7 percent year-on-year.", expect: [{value: "98000000000000", unit: "VND", period: "2020-01/2020-02"}], others: true, options: {date: "2020-03-01"}},
      {text: "In the January-November period of 2024, disbursed capital reached US$21 billion in the country.", expect: [{value: "21000000000", unit: "USD", period: "2024-01/2024-11"}], others: true},
      {text: "In the 11-month period of 2024, the province's exports reached US$5.2 billion.", expect: [{value: "5200000000", unit: "USD", period: "2024-01/2024-11"}], others: true},
      {text: "Garment exports in October 2024 rose 4 percent. For the ten months, they earned US$31.2 billion.", expect: [{value: "31200000000", unit: "USD", period: "2024-01/2024-10"}], others: true},
      {text: "Coffee shipments in September 2024 fell, bringing the nine-month total to 1.1 million tonnes.", expect: [{value: "1100000", unit: "t", period: "2024-01/2024-09"}], others: true},
    ],
  },
  {
    behaviour: "reads a month that ends a sentence, and one cut short before a day",
    examples: [
      {text: "Textile exports in 2024 rose 5 percent in September. They fell 2 percent in Oct.", expect: [{value: "5", unit: "%", period: "2024-09"}, {value: "-2", unit: "%", period: "2024-10"}]},
      {text: "By Dec. 15, 2024, the province had disbursed VND8.2 trillion of public investment.", expect: [{value: "8200000000000", unit: "VND"}], others: true},
      // "at the end of" between the figure and its month.
      {text: "In the first nine months of 2026, the bad debt ratio stood at 3.9 percent at the end of August.", expect: [{value: "3.9", unit: "%", period: "2026-08"}]},
    ],
  },
  {
    behaviour: "reads a quarter and its year",
    examples: examples("In ", " 2024, the city's GRDP grew 6.1 percent year-on-year.", [
      ["the first quarter of", {value: "6.1", unit: "%", period: "2024-Q1"}],
      ["the 1st quarter of", {value: "6.1", unit: "%", period: "2024-Q1"}],
      ["the second quarter of", {value: "6.1", unit: "%", period: "2024-Q2"}],
      ["the 2nd quarter of", {value: "6.1", unit: "%", period: "2024-Q2"}],
      ["the third quarter of", {value: "6.1", unit: "%", period: "2024-Q3"}],
      ["the 3rd quarter of", {value: "6.1", unit: "%", period: "2024-Q3"}],
      ["the fourth quarter of", {value: "6.1", unit: "%", period: "2024-Q4"}],
      ["the 4th quarter of", {value: "6.1", unit: "%", period: "2024-Q4"}],
      ["the final quarter of", {value: "6.1", unit: "%", period: "2024-Q4"}],
      ["the last quarter of", {value: "6.1", unit: "%", period: "2024-Q4"}],
      ["Q3", {value: "6.1", unit: "%", period: "2024-Q3"}],
    ]),
  },
  {
    behaviour: "reads a quarter written as an adjective",
    examples: [
      {text: "In October 2026, analysts forecast third-quarter industrial growth of 9.2 percent.", expect: [{value: "9.2", unit: "%", period: "2026-Q3", status: "forecast"}], others: true},
    ],
  },
  {
    behaviour: "reads a half of a year",
    examples: examples("In the ", " of 2024, the province's GRDP grew 7.2 percent year-on-year.", [
      ["first half", {value: "7.2", unit: "%", period: "2024-S1"}],
      ["first six months", {value: "7.2", unit: "%", period: "2024-S1"}],
      ["H1", {value: "7.2", unit: "%", period: "2024-S1"}],
      ["second half", {value: "7.2", unit: "%", period: "2024-S2"}],
      ["last six months", {value: "7.2", unit: "%", period: "2024-S2"}],
      ["H2", {value: "7.2", unit: "%", period: "2024-S2"}],
    ]),
  },
  {
    behaviour: "reads this year and last year with the document's year",
    examples: [
      {text: "This year, the province's GRDP is expected to grow 8 percent, the chairman said.", expect: [{value: "8", unit: "%", period: "2024", status: "forecast"}], others: true, options: {date: "2024-06-01"}},
      {text: "In the current year, the city's exports are projected to rise 10 percent.", expect: [{value: "10", unit: "%", period: "2024", status: "forecast"}], others: true, options: {date: "2024-06-01"}},
      {text: "The full-year growth of the province reached 7.5 percent in the report.", expect: [{value: "7.5", unit: "%", period: "2024"}], others: true, options: {date: "2024-12-30"}},
      {text: "Last year, the province's exports reached US$3.1 billion, the department said.", expect: [{value: "3100000000", unit: "USD", period: "2023"}], others: true, options: {date: "2024-02-01"}},
      {text: "In the previous year, the province's imports reached US$2.6 billion, the department said.", expect: [{value: "2600000000", unit: "USD", period: "2023"}], others: true, options: {date: "2024-02-01"}},
    ],
  },
  {
    behaviour: "dates a page by the date in its head, which bounds the year it reports on",
    examples: [
      // Dated in January of the next year: "the whole year" is the year reported on, not the date's.
      {
        text: "Economic situation in the fourth quarter and the whole year of 2026\n\nHanoi, January 8, 2027\n\nIndustrial production in the fourth quarter of 2026 rose 9.2% year-on-year. For the whole year, industrial production grew by 8.4%.",
        expect: [
          {value: "9.2", unit: "%", period: "2026-Q4"},
          {value: "8.4", unit: "%", period: "2026"},
        ],
        others: true,
      },
      // A heading dated by its month: its year bounds the report's, and its month is no period of the figures.
      {
        text: "Regional Economic Monitor November 2026 - Viet Nam\n\nGrowth is projected at 7.1 percent in 2027. Retail sales grew 9 percent this year. Credit to firms reached about 16 percent of GDP.",
        expect: [
          {value: "7.1", unit: "%", period: "2027", status: "forecast"},
          {value: "9", unit: "%", period: "2026"},
          {value: "16", unit: "%", period: "2026", qualifier: "about"},
        ],
      },
      {
        text: "Pepper shipments hit a record\n\nBy Staff Reporter   December 20, 2024 | 08:00 am GMT+7\n\nVietnam shipped 250,000 tonnes of pepper this year. In the first 11 months, export earnings reached US$1.2 billion. Prices are expected to stay high in 2025, and the association sees shipments of 260,000 tonnes in 2025, while contracts for 2025 already cover 90,000 tonnes.",
        expect: [
          {value: "250000", unit: "t", period: "2024"},
          {value: "1200000000", unit: "USD", period: "2024-01/2024-11"},
        ],
        others: true,
      },
      {
        text: "Cashew exports slow\n\n27 January 2025\n\nLast year, cashew exports reached US$4.3 billion, the association said.",
        expect: [{value: "4300000000", unit: "USD", period: "2024"}],
      },
      {
        // A target for "this year" is the dated year's; a year after "up from …" is a past one.
        text: "Quang Binh tourism grows\n\nMonday, 10/11/2025, 09:30 (GMT+7)\n\nQuang Binh received 5.1 million visitors in the ten months, up 14% year-on-year. The province aims for 6 million visitors this year, up from the record 5.4 million of 2024.",
        expect: [{value: "5100000", unit: "count", period: "2025-01/2025-10", comparisons: [{against: "previous", period: "2024-01/2024-10"}]}],
        others: true,
      },
    ],
  },
  {
    behaviour: "reads the month a stock is counted up to a day in, and a flow counted to that day from January",
    examples: [
      ...examples("Outstanding loans in the province reached VND 84 trillion ", ", up 3 percent from the end of 2024.", [
        ["as of September 30, 2025", {value: "84000000000000", unit: "VND", period: "2025-09"}],
        ["as at 30 September 2025", {value: "84000000000000", unit: "VND", period: "2025-09"}],
        ["up to September 30, 2025", {value: "84000000000000", unit: "VND", period: "2025-09"}],
        ["until 30/9/2025", {value: "84000000000000", unit: "VND", period: "2025-09"}],
        ["through September 30, 2025", {value: "84000000000000", unit: "VND", period: "2025-09"}],
        ["by September 30, 2025", {value: "84000000000000", unit: "VND", period: "2025-09"}],
      ]),
      // A herd is a stock.
      {text: "As of September 30, 2026, the province's pig herd stood at 1.02 million head, up 3.2 percent year-on-year.", expect: [{value: "1020000", unit: "count", period: "2026-09", comparisons: [{against: "previous", period: "2025-09", change: {kind: "percent", value: "3.2", direction: "increase"}}]}]},
      // The day later in the figure's clause, past the thing counted.
      {text: "The district had disbursed VND 412 billion of public investment capital by September 30, 2025, equal to 58.3 percent of the annual plan.", expect: [{value: "412000000000", unit: "VND", period: "2025-01/2025-09", comparisons: [{against: "plan", attainment: "58.3"}]}]},
      {text: "Newly registered capital in the province reached US$2.6 billion as of June 30, 2025, up 18 percent year-on-year.", expect: [{value: "2600000000", unit: "USD", period: "2025-S1", subjectLacks: ["June"], comparisons: [{against: "previous", period: "2024-S1", change: {kind: "percent", value: "18", direction: "increase"}}]}]},
      // A dateline's date and the comma inside "November 30, 2025" are no part of the subject.
      {text: "Hanoi, December 2, 2025 – As of November 30, 2025, the city's retail sales of goods reached VND 610 trillion, up 9 percent year-on-year.", expect: [{value: "610000000000000", unit: "VND", period: "2025-01/2025-11", subject: ["retail sales"], subjectLacks: ["Hanoi", "December"]}]},
    ],
  },
  {
    behaviour: "reads 'by the end of' a month as the months from January, and as that month for a stock",
    examples: [
      ...examples("Public investment disbursement in the city reached VND 9.4 trillion ", " September 2025.", [
        ["by the end of", {value: "9400000000000", unit: "VND", period: "2025-01/2025-09"}],
        ["through the end of", {value: "9400000000000", unit: "VND", period: "2025-01/2025-09"}],
        ["to the end of", {value: "9400000000000", unit: "VND", period: "2025-01/2025-09"}],
        ["until the end of", {value: "9400000000000", unit: "VND", period: "2025-01/2025-09"}],
      ]),
      {text: "By the end of September 2025, the bad debt ratio of the banks in the province stood at 1.9 percent.", expect: [{value: "1.9", unit: "%", period: "2025-09"}]},
    ],
  },
  {
    behaviour: "gives a change the period written right after it, as English puts it there",
    examples: [
      {text: "In the first half of 2016, the province's exports rose 12 percent. Its imports rose 10 percent in 2015.", expect: [{value: "12", unit: "%", period: "2016-S1"}, {value: "10", unit: "%", period: "2015"}], others: true},
      {text: "In the first quarter of 2016, retail sales went up 9 percent. The province aims to lift them 11 percent this year.", expect: [{value: "9", unit: "%", period: "2016-Q1"}, {value: "11", unit: "%", period: "2016", status: "target"}], others: true},
      {text: "In January 2016, the number of visitors climbed 20 percent. The city plans to raise it 15 percent for the whole year.", expect: [{value: "20", unit: "%", period: "2016-01"}, {value: "15", unit: "%", period: "2016", status: "target"}], others: true},
      {text: "In March 2016, credit grew 3 percent; for the full year it is projected to grow 18 percent.", expect: [{value: "3", unit: "%", period: "2016-03"}, {value: "18", unit: "%", period: "2016", status: "forecast"}], others: true},
      // …past the baseline named between them, and after "at end-" a month.
      {text: "The central bank said foreign exchange reserves stood at US$88 billion at end-August 2026. Credit grew 13.8 percent year-on-year at end-September 2026.", expect: [{value: "88000000000", unit: "USD", period: "2026-08"}, {value: "13.8", unit: "%", period: "2026-09", comparisons: [{against: "previous", period: "2025-09", change: {kind: "percent", value: "13.8", direction: "increase"}}]}], others: true},
      {text: "Exports stood at US$41 billion in the third quarter of 2026. Imports rose 9 percent year-on-year in September 2026.", expect: [{value: "9", unit: "%", period: "2026-09", comparisons: [{against: "previous", period: "2025-09", change: {kind: "percent", value: "9", direction: "increase"}}]}], others: true},
      // "since 2015" is where the change starts, not its period.
      {text: "In the first half of 2016, the province's exports rose 12 percent; they have risen 40 percent since 2015.", expect: [{value: "12", unit: "%", period: "2016-S1"}, {value: "40", unit: "%", period: "2016-S1"}], others: true},
    ],
  },
  {
    behaviour: "gives a sentence with no period of its own the period of the sentence right before it in its paragraph",
    examples: [
      // A stock under a passage of months is of its last month; what is added up since January keeps the months.
      {text: "Banking in the first eight months of 2026\n\nOutstanding loans reached VND186.4 trillion, up 7.2 percent from the end of 2025. Since the start of the year, banks have raised VND12.3 trillion in deposits through bond sales.", expect: [{value: "186400000000000", unit: "VND", period: "2026-08"}, {value: "12300000000000", unit: "VND", period: "2026-01/2026-08"}], others: true},
      {text: "Banking in the first eight months of 2026\n\nInterest rates for savers stood at 6.8 percent. Bonds sold since January carried an average interest rate of 2.9 percent.", expect: [{value: "6.8", unit: "%", period: "2026-08"}, {value: "2.9", unit: "%", period: "2026-01/2026-08"}], others: true},
      // A figure compared with the month before is that month's, the last of the passage's months.
      {text: "In the first ten months of 2026, the CPI averaged a 3.1 percent rise over the same period last year. Food prices edged up 0.4 percent from September, while rents rose 2.2 percent year-on-year.", expect: [{value: "0.4", unit: "%", period: "2026-10"}, {value: "2.2", unit: "%", period: "2026-01/2026-10"}], others: true},
      {text: "Port throughput rises in the third quarter of 2024\n\nIn the third quarter, the port handled 12 million tonnes of cargo.\n\nIn the first nine months, container throughput rose 9 percent. Bulk cargo grew 4 percent.\n\nPassenger traffic climbed 6 percent.", expect: [{value: "12000000", unit: "t", period: "2024-Q3"}, {value: "9", unit: "%", period: "2024-01/2024-09"}, {value: "4", unit: "%", period: "2024-01/2024-09"}, {value: "6", unit: "%", period: "2024-Q3"}], others: true},
      // Under a heading about a month and the months so far, a paragraph that names neither goes on with the one named last.
      {text: "Trade in October and the first 10 months of 2026\n\nExports in October were estimated at US$41.2 billion.\n\nIn the first 10 months, exports reached US$398.5 billion, up 12.4% year on year.\n\nThe foreign-invested sector's exports rose 15.1% to US$301.4 billion.", expect: [{value: "41200000000", unit: "USD", status: "estimated", period: "2026-10"}, {value: "398500000000", unit: "USD", period: "2026-01/2026-10"}, {value: "301400000000", unit: "USD", period: "2026-01/2026-10"}], others: true},
      {text: "Trade in October and the first 10 months of 2026\n\nIn the first 10 months, exports reached US$398.5 billion.\n\nIn October alone, exports were estimated at US$41.2 billion.\n\nThe foreign-invested sector's exports rose 3.2% to US$30.4 billion.", expect: [{value: "398500000000", unit: "USD", period: "2026-01/2026-10"}, {value: "30400000000", unit: "USD", period: "2026-10"}], others: true},
    ],
  },
  {
    behaviour: "takes the report's year from the lede that names the headline's stretch with its year, however often the year before comes up",
    examples: [
      {text: "Port cargo climbs in Q1\n\nIn the first quarter of 2025, cargo through the port rose 12 percent over the same period last year. In 2024, the port handled 130 million tonnes. Throughput in 2024 was a record, and 2024 ended with new berths. Container volume grew 9 percent.", expect: [
        {value: "12", unit: "%", period: "2025-Q1", comparisons: [{against: "previous", period: "2024-Q1"}]},
        {value: "130000000", unit: "t", period: "2024"},
        {value: "9", unit: "%", period: "2025-Q1"},
      ], others: true},
    ],
  },
  {
    behaviour: "reads a span of years",
    // "6.8 percent a year" is a rate per year, as "6,8%/năm" is.
    examples: examples("In the 2021-2025 ", " the province's economy grew 6.8 percent a year on average.", [
      ["period,", {value: "6.8", unit: "%", per: "year", period: "2021/2025"}],
      ["term,", {value: "6.8", unit: "%", per: "year", period: "2021/2025"}],
      ["stage,", {value: "6.8", unit: "%", per: "year", period: "2021/2025"}],
      // A plan's figures are its targets.
      ["plan,", {value: "6.8", unit: "%", per: "year", period: "2021/2025", status: "target"}],
    ]),
  },
  {
    behaviour: "reads a stock under a passage of months as of its last month, whatever it is a stock of: a balance, a herd, the population, a price at a day",
    examples: [
      {text: "Provincial economy, first nine months of 2026\n\nCash balances at the state treasury stood at VND5.4 trillion.", expect: [{value: "5400000000000", unit: "VND", period: "2026-09"}], others: true},
      {text: "Provincial economy, first nine months of 2026\n\nConsumer lending reached VND21.5 trillion.", expect: [{value: "21500000000000", unit: "VND", period: "2026-09"}], others: true},
      {text: "Provincial economy, first nine months of 2026\n\nThe rice reserve stood at 42,000 tonnes.", expect: [{value: "42000", unit: "t", period: "2026-09"}], others: true},
      {text: "Provincial economy, first nine months of 2026\n\nThe provincial population was 1,320,000 people.", expect: [{value: "1320000", unit: "count", period: "2026-09"}], others: true},
      {text: "Provincial economy, first nine months of 2026\n\nThe subscriber base of the local network reached 830,000 subscribers.", expect: [{value: "830000", unit: "count", period: "2026-09"}], others: true},
      {text: "Provincial economy, first nine months of 2026\n\nThe subscription base for pay TV stood at 96,000 households.", expect: [{value: "96000", unit: "count", period: "2026-09"}], others: true},
      {text: "Provincial economy, first nine months of 2026\n\nThe account balance of the provincial development fund stood at VND1.2 trillion.", expect: [{value: "1200000000000", unit: "VND", period: "2026-09"}], others: true},
      {text: "Provincial economy, first nine months of 2026\n\nThe stock of unsold housing stood at 3,400 units.", expect: [{value: "3400", unit: "count", period: "2026-09"}], others: true},
      {text: "Provincial economy, first nine months of 2026\n\nRice stocks at exporters stood at 210,000 tonnes.", expect: [{value: "210000", unit: "t", period: "2026-09"}], others: true},
      {text: "Provincial economy, first nine months of 2026\n\nTotal assets of credit institutions reached VND240 trillion.", expect: [{value: "240000000000000", unit: "VND", period: "2026-09"}], others: true},
      {text: "Provincial economy, first nine months of 2026\n\nMarket capitalisation of listed firms reached VND71 trillion.", expect: [{value: "71000000000000", unit: "VND", period: "2026-09"}], others: true},
      {text: "Provincial economy, first nine months of 2026\n\nThe market capitalization of provincial firms stood at VND68 trillion.", expect: [{value: "68000000000000", unit: "VND", period: "2026-09"}], others: true},
      {text: "Provincial economy, first nine months of 2026\n\nThe inventory index of manufacturing rose 11.2 percent.", expect: [{value: "11.2", unit: "%", period: "2026-09"}], others: true},
      {text: "Provincial economy, first nine months of 2026\n\nInventories of cement stood at 120,000 tonnes.", expect: [{value: "120000", unit: "t", period: "2026-09"}], others: true},
      {text: "Provincial economy, first nine months of 2026\n\nPig herds numbered 480,000 head.", expect: [{value: "480000", unit: "count", period: "2026-09"}], others: true},
      {text: "Provincial economy, first nine months of 2026\n\nThe central exchange rate was VND24,150 per US dollar.", expect: [{value: "24150", unit: "VND", per: "US dollar", period: "2026-09"}], others: true},
      {text: "Provincial economy, first nine months of 2026\n\nExchange rates at commercial banks stood at VND24,300 per US dollar.", expect: [{value: "24300", unit: "VND", per: "US dollar", period: "2026-09"}], others: true},
      // A flow, and a price averaged over the months, keep the months.
      {text: "Provincial economy, first nine months of 2026\n\nRetail sales reached VND61.3 trillion.", expect: [{value: "61300000000000", unit: "VND", period: "2026-01/2026-09"}], others: true},
      {text: "Provincial economy, first nine months of 2026\n\nThe average exchange rate was VND24,020 per US dollar.", expect: [{value: "24020", unit: "VND", per: "US dollar", period: "2026-01/2026-09"}], others: true},
    ],
  },
];
