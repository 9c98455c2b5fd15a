import type { Corpus } from "../types.js";

/** English subjects: what a record measures, when the clause names it only by reference. */
export const subjects: Corpus = [
  {
    behaviour: "names a clause that opens with the preposition of an earlier subject in its sentence by that subject's head ('… of men was 74.8%, and of women 63.1%')",
    examples: [
      {text: "In the second quarter of 2026, the labour force participation rate of men was 74.8%, and of women 63.1%. The unemployment rate in urban areas was 2.6%, while in rural areas it was 1.9%.", expect: [{value: "74.8", unit: "%", subject: ["participation rate of men"]}, {value: "63.1", unit: "%", subject: ["participation rate of women"]}, {value: "2.6", unit: "%", subject: ["unemployment rate in urban areas"]}, {value: "1.9", unit: "%", subject: ["unemployment rate in rural areas"]}]},
    ],
  },
  {
    behaviour: "leaves a place in a ranking said of the subject ('came second', 'ranked third') out of it",
    examples: [
      {text: "In the first ten months of 2026, footwear came second with US$21.9 billion, while textiles ranked third at US$19.4 billion.", expect: [{value: "21900000000", unit: "USD", subject: ["footwear"], subjectLacks: ["came second"]}, {value: "19400000000", unit: "USD", subject: ["textiles"], subjectLacks: ["ranked third"]}, {value: "2", unit: "rank", subject: ["footwear"], stated: {text: "second"}}, {value: "3", unit: "rank", subject: ["textiles"], stated: {text: "third"}}]},
    ],
  },
  {
    behaviour: "leaves the quotation mark that opens a quoted statement out of its subject",
    examples: [
      {text: "“Processed seafood exports reached US$1.9 billion in 2025, up 14% from 2024,” the director told reporters.", expect: [{value: "1900000000", unit: "USD", period: "2025", subject: ["Processed seafood exports"], subjectLacks: ["“"]}], others: true},
    ],
  },
  {
    behaviour: "reads a pronoun subject as the subject of the figure just before it",
    examples: [
      {text: "Credit in the province grew 3 percent in March 2016; it is projected to grow 18 percent for the full year.", expect: [{value: "3", unit: "%", subject: ["credit"], period: "2016-03"}, {value: "18", unit: "%", subject: ["credit"], period: "2016", status: "forecast"}]},
      {text: "In 2023 the city's tourism receipts rose 21 percent. This year they are expected to rise a further 15 percent.", expect: [{value: "21", unit: "%", subject: ["tourism receipts"], period: "2023"}, {value: "15", unit: "%", subject: ["tourism receipts"], period: "2023", status: "forecast"}], others: true},
      // Two sentences back is too far for a pronoun to reach.
      {text: "Rice exports rose 8 percent in 2023. The ministry praised farmers. It fell 2 percent in 2022.", expect: [{value: "8", unit: "%", subject: ["rice exports"], period: "2023"}, {value: "-2", unit: "%", subject: ["It"], period: "2022"}], others: true},
    ],
  },
  {
    behaviour: "names a growth at constant prices after the growth of a measure by that measure, with its status",
    examples: [
      {text: "In the first quarter of 2026, hotel and restaurant revenue was estimated at 19.4 trillion VND, up 11.3 percent year-on-year; excluding price factors, it grew 7.9 percent.", expect: [
        {value: "19400000000000", unit: "VND", status: "estimated"},
        {value: "7.9", unit: "%", status: "estimated", subject: ["hotel and restaurant revenue", "excluding price factors"], subjectLacks: ["it)"]},
      ]},
    ],
  },
  {
    behaviour: "gives each figure of a list its own part of the subject when 'respectively' follows the figures",
    examples: [
      // As many parts as figures: those joined by "and", not an apposition after them.
      {text: "In 2026, Da Nang and Khanh Hoa, the two coastal hubs, welcomed 3.1 million and 2.7 million foreign visitors, respectively.", expect: [
        {value: "3100000", unit: "count", subject: ["Da Nang"], subjectLacks: ["Khanh Hoa", "hubs"]},
        {value: "2700000", unit: "count", subject: ["Khanh Hoa"], subjectLacks: ["Da Nang", "hubs"]},
      ]},
      {text: "In new projects, Japan and Taiwan came next with shares of 11.2 percent and 9.7 percent, respectively.", expect: [
        {value: "11.2", unit: "%", subject: ["shares", "Japan"], subjectLacks: ["Taiwan", "with"]},
        {value: "9.7", unit: "%", subject: ["shares", "Taiwan"], subjectLacks: ["Japan", "with"]},
      ]},
      {text: "In 2024, rice, coffee and cashew exports rose 12 percent, 31 percent and 18 percent, respectively.", expect: [
        {value: "12", unit: "%", subject: ["rice"], subjectLacks: ["coffee"]},
        {value: "31", unit: "%", subject: ["coffee"], subjectLacks: ["cashew"]},
        {value: "18", unit: "%", subject: ["cashew"], subjectLacks: ["rice"]},
      ]},
      // The parts share a last common noun…
      {text: "In 2025, pepper and cashew shipments rose 9 percent and 14 percent, respectively.", expect: [
        {value: "9", unit: "%", subject: ["pepper shipments"], subjectLacks: ["cashew"]},
        {value: "14", unit: "%", subject: ["cashew shipments"], subjectLacks: ["pepper"]},
      ]},
      // …not a participle after the names.
      {text: "In 2025, Bac Ninh and Thai Nguyen leading at 31 percent and 27 percent, respectively.", expect: [
        {value: "31", unit: "%", subject: ["Bac Ninh"], subjectLacks: ["leading"]},
        {value: "27", unit: "%", subject: ["Thai Nguyen"]},
      ], others: true},
      // …the words before a linking word, also when a part repeats the linking word…
      {text: "In 2025, investment from Singapore and from South Korea reached US$3.1 billion and US$2.2 billion, respectively.", expect: [
        {value: "3100000000", unit: "USD", subject: ["investment from Singapore"], subjectLacks: ["Korea"]},
        {value: "2200000000", unit: "USD", subject: ["investment from South Korea"], subjectLacks: ["from from", "Singapore"]},
      ]},
      // …and the linking word and what follows it, when it comes last.
      {text: "In 2025, the revenue and profit of the port operator were VND4.2 trillion and VND610 billion, respectively.", expect: [
        {value: "4200000000000", unit: "VND", subject: ["revenue of the port operator"], subjectLacks: ["profit"]},
        {value: "610000000000", unit: "VND", subject: ["profit of the port operator"], subjectLacks: ["revenue"]},
      ]},
      // Without "respectively" the list is one subject for every figure.
      {text: "In 2024, rice and coffee exports rose 12 percent in value and 3 percent in volume.", expect: [
        {value: "12", unit: "%", subject: ["rice and coffee"]},
        {value: "3", unit: "%", subject: ["rice and coffee"]},
      ], others: true},
    ],
  },
  {
    behaviour: "leaves a clause before the comma, with a verb of adopting a plan, out of the subject",
    examples: [
      {text: "In December 2025, the People's Council approved the plan for 2026, with budget revenue targeted at VND640 trillion.", expect: [{value: "640000000000000", unit: "VND", status: "target", subject: ["budget revenue"], subjectLacks: ["Council"]}], others: true},
      {text: "The National Assembly adopted a resolution on the 2026 budget, with the deficit set at 4.2 percent of GDP.", expect: [{value: "4.2", unit: "%", subject: ["deficit"], subjectLacks: ["Assembly"]}], others: true},
      {text: "The city council passed the investment plan, with total capital of VND95 trillion for 2026.", expect: [{value: "95000000000000", unit: "VND", status: "target", subject: ["total capital"], subjectLacks: ["council"]}], others: true},
    ],
  },
  {
    behaviour: "leaves the stretch a figure is singled out for ('In October alone,') out of its subject",
    examples: [
      {text: "In March 2024 alone, the port handled 1.2 million tonnes of cargo.", expect: [{value: "1200000", unit: "t", period: "2024-03", subject: ["cargo"], subjectLacks: ["alone"]}]},
      {text: "In October 2023 alone, export value reached US$4.96 billion.", expect: [{value: "4960000000", unit: "USD", period: "2023-10", subject: ["export value"], subjectLacks: ["alone"]}]},
    ],
  },
  {
    behaviour: "names a sum by what it is in, and a value by the quantity it is the worth of",
    examples: [
      {text: "In 2024, the southern province drew US$2.1 billion in foreign investment.", expect: [{value: "2100000000", unit: "USD", subject: ["foreign investment"], period: "2024"}]},
      {text: "In 2024, the city collected VND12 trillion in registration fees.", expect: [{value: "12000000000000", unit: "VND", subject: ["registration fees"], period: "2024"}]},
      // A period after "in" is the figure's period, not its name.
      {text: "The city collected VND12 trillion in the first quarter of 2024.", expect: [{value: "12000000000000", unit: "VND", subject: ["city"], period: "2024-Q1"}]},
      {text: "In 2024, cashew exports reached 700,000 tonnes, worth US$4.3 billion.", expect: [{value: "700000", unit: "t", subject: ["cashew exports"]}, {value: "4300000000", unit: "USD", subject: ["cashew exports"]}]},
      {text: "In 2024, pepper shipments totalled 250,000 tonnes, valued at US$1.3 billion.", expect: [{value: "250000", unit: "t", subject: ["pepper shipments"]}, {value: "1300000000", unit: "USD", subject: ["pepper shipments"]}]},
      {text: "In 2025, the coastal province attracted US$2.3 billion worth of foreign direct investment.", expect: [{value: "2300000000", unit: "USD", subject: ["foreign direct investment"], period: "2025"}]},
    ],
  },
  {
    behaviour: "keeps a hyphenated word whole in the words after a figure ('non-life premiums', 'first-year students')",
    examples: [
      {text: "In 2026, the insurers paid out VND 21.4 trillion in non-life claims to their customers.", expect: [{value: "21400000000000", unit: "VND", subject: ["non-life claims"], period: "2026"}]},
      {text: "In 2026, the university admitted 8,200 first-year students, up 3.5%.", expect: [{value: "8200", unit: "count", subject: ["first-year students"], period: "2026", comparisons: [{against: "previous", period: "2025", change: {kind: "percent", value: "3.5", direction: "increase"}}]}]},
    ],
  },
  {
    behaviour: "keeps a place whose name ends in a word written as an article whole ('Long An', 'Nghe An')",
    examples: [
      {text: "In 2026, Long An had attracted US$1.26 billion of foreign direct investment.", expect: [{value: "1260000000", unit: "USD", subject: ["Long An"], period: "2026"}]},
      {text: "The number of tourists to Nghe An was 8.4 million in 2026.", expect: [{value: "8400000", unit: "count", subject: ["tourists to Nghe An"], period: "2026"}]},
    ],
  },
  {
    behaviour: "names a sum spent or allocated after a verb of doing by what it went to",
    examples: [
      {text: "Last year the city spent VND4 trillion on new school buildings, the education department said.", expect: [{value: "4000000000000", unit: "VND", subject: ["new school buildings"]}], others: true},
      {text: "The ministry allocated VND9 trillion to the rural roads programme in 2025.", expect: [{value: "9000000000000", unit: "VND", subject: ["rural roads programme"], period: "2025"}]},
      // Not after a verb of change or of being: what follows is a cause, or the sum's own words.
      {text: "Seafood exports increased by US$300 million on strong demand from Japan in 2025.", expect: [{value: "300000000", unit: "USD", subject: ["seafood exports"], subjectLacks: ["demand"]}], others: true},
      // Not on a counted noun: the words after "on" are what the calls were about.
      {text: "The tax hotline received 4,500 calls on invoicing rules during the third quarter of 2025.", expect: [{value: "4500", unit: "count", subject: ["calls"], subjectLacks: ["calls invoicing"]}], others: true},
    ],
  },
  {
    behaviour: "names a figure whose subject only points back ('the figure', 'this number') by the figure before in its unit",
    examples: [
      {text: "In March 2027, retail sales of goods and services reached VND620 trillion, up 9 percent year-on-year. In the first quarter, the figure was VND1,780 trillion, up 8.7 percent.", expect: [{value: "620000000000000", unit: "VND", subject: ["retail sales"]}, {value: "1780000000000000", unit: "VND", period: "2027-Q1", subject: ["retail sales"], subjectLacks: ["figure"]}]},
    ],
  },
  {
    behaviour: "names a figure after a participle that goes on with the same thing ('earning', 'bringing the total to') by the figure before",
    examples: [
      {text: "Tea exports reached 61,000 tonnes in the first five months of 2027, earning US$105 million.", expect: [{value: "61000", unit: "t", subject: ["Tea exports"]}, {value: "105000000", unit: "USD", subject: ["Tea exports"], subjectLacks: ["earning"]}]},
      {text: "Rice exports in May 2027 are estimated at 700,000 tonnes, bringing the estimated five-month total to 3.1 million tonnes.", expect: [{value: "700000", unit: "t", period: "2027-05", status: "estimated", subject: ["Rice exports"]}, {value: "3100000", unit: "t", period: "2027-01/2027-05", status: "estimated", subject: ["Rice exports"], subjectLacks: ["bringing"]}]},
      // A participle that names another thing keeps it: the surplus is no export.
      {text: "Exports rose 10 percent to $5 billion in 2027, lifting the trade surplus to $2 billion.", expect: [{value: "5000000000", unit: "USD", subject: ["Exports"]}, {value: "2000000000", unit: "USD", subject: ["trade surplus"]}]},
    ],
  },
  {
    behaviour: "gives a sum converted in brackets the subject of the sum before it, with a colon's lead named once",
    examples: [
      {text: "Trading picked up: nearly 900 million shares worth VND20 trillion (US$790 million) changed hands on the exchange.", expect: [
        {value: "900000000", unit: "count", qualifier: "nearly", subject: ["shares", "Trading picked up"]},
        {value: "790000000", unit: "USD", subject: ["shares (Trading picked up)"], subjectLacks: ["up (shares"]},
      ], others: true},
    ],
  },
];
