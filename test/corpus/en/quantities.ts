import type { Corpus, ExpectedRecord } from "../types.js";
import { examples, sameRecord } from "./table.js";

/** English quantities: scales, money before and after the number, percentages, points, ratios, units, counted nouns, numbers in words. */
export const quantities: Corpus = [
  {
    behaviour: "reads a figure that opens the line below a heading, even one ending in a word that names numbers ('phone')",
    examples: [
      {text: "In 2026, households in the province bought more digital devices than ever before.\n\n4. Mobile phone\n82% of households owned at least one smartphone.", expect: [{value: "82", unit: "%", subject: ["households"], period: "2026"}]},
    ],
  },
  {
    behaviour: "gives a figure that ends a line no unit from the capitalised word that opens the next one",
    examples: [
      {text: "In 2026, the share of homes on the grid reached 99.2\nHouseholds in poverty that received power subsidies numbered 3,400.", expect: [], others: true, mustNotExtract: ["Households"]},
    ],
  },
  {
    behaviour: "reads no figure in a number that names a document, a clause, a page, a session or a phone line",
    examples: [
      {text: "Under Decree 13 and Decision 1520, the province cut 120 administrative procedures in 2026.", expect: [{value: "120", unit: "count", period: "2026"}], mustNotExtract: ["Decree 13", "Decision 1520"]},
      // A table, a chart or an annex of the report.
      {text: "As table 2 and Chart 3 show, the mountain districts still trail (details in Annex 4 and Appendix 5); their 41 communes lag.", expect: [{value: "41", unit: "count"}]},
      {text: "Circular 09 and Directive 05 follow Article 12 of Law 61, Clause 3 of Chapter 4.", expect: []},
      {text: "Section 2 on page 14 lists the tasks for Session 8; version 3 of the portal follows.", expect: []},
      {text: "Decision No. 31 and Plans Nos. 4 and Nos 6 are online; call Tel. 3825111, Tel 3825112 or fax 3825113.", expect: []},
      // Also after a colon: an address ("Dong Khoi" is a street, no currency), a hotline.
      {text: "Contact the management board. Address: 45 Dong Khoi Street, Ward 2. Hotline: 1900 6868.", expect: []},
      // The base of an index is no figure.
      {text: "The industrial production index of the province in 2026 (2020 = 100) was 131.6, and the CPI (base 2019=100) stood at 118.2.", expect: [{value: "131.6", unit: "index"}, {value: "118.2", unit: "index"}], mustNotExtract: ["2020 = 100", "2019=100"]},
      // A day after its month's name ("In May, 12 provinces" with its comma is a count).
      {text: "During the April 30 - May 1 holiday of 2026, the city hosted 41 festivals, and since July 1 the city has added 3 events; in May, 12 provinces joined.", expect: [{value: "41", unit: "count"}, {value: "3", unit: "count"}, {value: "12", unit: "count"}], mustNotExtract: ["30 - May", "1 holiday"]},
      // A road's number.
      {text: "In 2026, crashes on National Highway 14 and highway 1A killed 16 people, and Route 20 saw 9 crashes.", expect: [{value: "16", unit: "count"}, {value: "9", unit: "count"}], mustNotExtract: ["Highway 14", "Route 20"]},
    ],
  },
  {
    behaviour: "reads no figure in an age that bounds a group ('aged 15 and above', 'aged between 15 and 24')",
    examples: [
      {text: "The number of employed workers aged 15 and above was 52.3 million in 2026.", expect: [{value: "52300000", unit: "count", subject: ["employed workers"]}], mustNotExtract: ["15"]},
      {text: "People aged between 15 and 24 made up 12.5 percent of the labour force in 2026.", expect: [{value: "12.5", unit: "%"}], mustNotExtract: ["15", "24"]},
      {text: "In 2026, workers aged 15 to 24 numbered 8.2 million people, while Ages 25 and over were not surveyed.", expect: [{value: "8200000", unit: "count"}], mustNotExtract: ["15", "24", "25"]},
    ],
  },
  {
    behaviour: "reads a bound right after the words of a count as the class it counts, no figure of its own",
    examples: [
      {text: "In the first ten months of 2026, 14 agencies had disbursement rates below 35 percent.", expect: [{value: "14", unit: "count", subject: ["below 35 percent"]}], mustNotExtract: ["35 percent"]},
    ],
  },
  {
    behaviour: "counts nothing with a number followed by a verb whose subject it is ('of the 11 groups, 9 posted increases')",
    examples: [
      {text: "In November 2026, of the 11 commodity groups, 9 posted price increases and 2 recorded decreases.", expect: [], others: true, mustNotExtract: ["9 posted", "2 recorded"]},
      {text: "Of the 34 provinces surveyed in 2026, 21 rose, 10 fell and 3 saw no change.", expect: [], others: true, mustNotExtract: ["21 rose", "10 fell", "3 saw"]},
      {text: "Among the 12 sectors in 2026, 8 increased output while 4 decreased it.", expect: [], others: true, mustNotExtract: ["8 increased", "4 decreased"]},
    ],
  },
  {
    behaviour: "reads English scale words and their abbreviations",
    examples: [
      {text: "In 2024, the province's export turnover reached 3.2 thousand USD per worker on average.", expect: [{value: "3200", unit: "USD", per: "worker", subject: ["export turnover"]}], others: true},
      {text: "In 2024, the city's retail revenue reached 4.5 million USD from the night market.", expect: [{value: "4500000", unit: "USD", subject: ["retail revenue"], stated: {scale: "million"}}]},
      {text: "In 2024, public investment disbursement reached US$2.1 bn, the ministry said.", expect: [{value: "2100000000", unit: "USD", stated: {text: "US$2.1 bn", scale: "bn"}}]},
      {text: "In 2024, the budget deficit was VND 12.6 mn per district on average.", expect: [{value: "12600000", unit: "VND", per: "district", stated: {scale: "mn"}}], others: true},
      {text: "In 2024, remittances to the city totalled $9.6 bln, the central bank branch reported.", expect: [{value: "9600000000", unit: "USD", subject: ["remittances"]}]},
      {text: "In 2024, the trade surplus stood at US$4.7 mln for the border gate.", expect: [{value: "4700000", unit: "USD", subject: ["trade surplus"]}]},
      {text: "In 2024, state budget revenue reached VND1.7 tn in the northern province.", expect: [{value: "1700000000000", unit: "VND", subject: ["state budget revenue"]}]},
      {text: "In 2024, total retail sales reached 6,231.8 trillion VND nationwide.", expect: [{value: "6231800000000000", unit: "VND", subject: ["total retail sales"]}]},
      {text: "In 2024, the fund supported seven hundred households in the mountain districts.", expect: [], others: true},
      {text: "In 2024, the farm's output value reached 12 hundred million dong.", expect: [{value: "1200000000", unit: "VND"}], others: true, gap: "a scale after a scale ('hundred million') is read as hundred alone"},
    ],
  },
  {
    behaviour: "reads money written before or after the number",
    examples: [
      {text: "In 2024, registered foreign capital reached US$31.38 billion nationwide.", expect: [{value: "31380000000", unit: "USD", stated: {text: "US$31.38 billion", unitText: "US$"}}]},
      {text: "In 2024, the company's profit reached $5 million after tax.", expect: [{value: "5000000", unit: "USD", stated: {text: "$5 million", unitText: "$"}}]},
      {text: "In 2024, the city's budget revenue reached VND 838 billion from land use fees.", expect: [{value: "838000000000", unit: "VND", stated: {text: "VND 838 billion"}}]},
      {text: "In 2024, exports to the bloc reached USD 1.2 billion, up 8 percent year-on-year.", expect: [{value: "1200000000", unit: "USD", stated: {text: "USD 1.2 billion"}, comparisons: [{against: "previous", change: {kind: "percent", value: "8", direction: "increase"}}]}]},
      {text: "In 2024, the investment fund raised EUR 300 million from European lenders.", expect: [{value: "300000000", unit: "EUR"}]},
      {text: "In 2024, the grant from the partner was €4.5 million for clean water.", expect: [{value: "4500000", unit: "EUR", stated: {text: "€4.5 million"}}]},
      {text: "In 2024, the province collected VNĐ 215 billion in land fees.", expect: [{value: "215000000000", unit: "VND"}], others: true},
      {text: "In 2024, the province's tax revenue reached 15.3 trillion dong, up 11 percent year-on-year.", expect: [{value: "15300000000000", unit: "VND", stated: {unitText: "dong"}}]},
      {text: "In 2024, the district's budget revenue reached 642 billion VNĐ from fees.", expect: [{value: "642000000000", unit: "VND"}]},
      {text: "In 2024, the city's exports reached 18.4 billion US dollars, the customs office said.", expect: [{value: "18400000000", unit: "USD", stated: {unitText: "US dollars"}}]},
      {text: "In 2024, the resort's revenue reached 2.3 million dollars from foreign guests.", expect: [{value: "2300000", unit: "USD"}], others: true},
      {text: "In 2024, the loan from the bank reached 150 million euros for the metro line.", expect: [{value: "150000000", unit: "EUR"}]},
      {text: "In 2024, the aid package was worth 200 million euro for the flood response.", expect: [{value: "200000000", unit: "EUR"}], others: true},
      {text: "In 2024, the trade fair's contracts reached 45 million EUR in total.", expect: [{value: "45000000", unit: "EUR"}]},
      {text: "In 2024, the Japanese loan reached 23 billion yen for the bridge project.", expect: [{value: "23000000000", unit: "JPY"}]},
      {text: "In 2024, the bond issue raised 5 billion JPY on the Tokyo market.", expect: [{value: "5000000000", unit: "JPY"}]},
      {text: "In 2024, the border trade turnover reached 800 million yuan at the gate.", expect: [{value: "800000000", unit: "CNY"}]},
      {text: "In 2024, the contract value reached 120 million CNY for the rail cars.", expect: [{value: "120000000", unit: "CNY"}]},
    ],
  },
  {
    behaviour: "reads percentages, percentage points and ratios",
    examples: [
      {text: "In 2024, the poverty rate fell to 1.9 percent in the province.", expect: [{value: "1.9", unit: "%", comparisons: [{against: "previous", change: {direction: "decrease"}}]}]},
      {text: "In 2024, the unemployment rate was 2.2 per cent in urban areas.", expect: [{value: "2.2", unit: "%", stated: {unitText: "per cent"}}]},
      {text: "In 2024, the city's consumer price index rose 3.6% on average.", expect: [{value: "3.6", unit: "%"}]},
      {text: "In 2024, the share of digital payments reached 68 pct of all transactions.", expect: [{value: "68", unit: "%"}], others: true},
      {text: "In 2024, the services sector contributed 0.35 percentage points to the growth of the province.", expect: [{value: "0.35", unit: "pp", subject: ["services sector"]}]},
      {text: "In 2024, the processing industry contributed 1.2 percentage point to the growth rate.", expect: [{value: "1.2", unit: "pp"}]},
      {text: "In 2024, the index gained 12.5 points over the year.", expect: [{value: "12.5", unit: "pp"}], others: true},
      {text: "In 2026, the bad debt ratio fell 0.26 pp from the end of 2025.", expect: [{value: "-0.26", unit: "pp", stated: {unitText: "pp"}}], others: true},
      // Points that a level reaches, not a change, are a score.
      {text: "In 2025, the province ranked 6th in the PCI with 69.8 points.", expect: [{value: "6", unit: "rank"}, {value: "69.8", unit: "score", subject: ["PCI"]}]},
      {text: "The city's PCI score reached 71.2 points in 2025.", expect: [{value: "71.2", unit: "score", subject: ["PCI"]}]},
      // The bare numbers of a list of scores, and the points a score changed by.
      {text: "In 2026, physics and chemistry averaged 6.88 and 6.21 points, respectively.", expect: [{value: "6.88", unit: "score", subject: ["physics"]}, {value: "6.21", unit: "score", subject: ["chemistry"]}]},
      {text: "In 2026, literature averaged 7.12 points, 0.15 points higher than in 2025.", expect: [{value: "7.12", unit: "score", exactComparisons: true, comparisons: [{against: "previous", period: "2025", change: {kind: "absolute", value: "0.15", direction: "increase"}}]}]},
      {text: "In 2024, the province's score rose 2.4 index points in the ranking.", expect: [{value: "2.4", unit: "score"}], others: true},
      // A bare number that an index reaches is its value.
      {text: "The consumer price index stood at 118.6 in October 2026, up 3.2% year on year.", expect: [{value: "118.6", unit: "index", period: "2026-10", comparisons: [{against: "previous", period: "2025-10", change: {kind: "percent", value: "3.2", direction: "increase"}}]}]},
      {text: "In 2024, the city's exports were 1.3 times higher than in 2023.", expect: [{value: "1.3", unit: "times", comparisons: [{against: "previous", period: "2023", change: {kind: "times", value: "1.3", direction: "increase"}}]}], others: true},
      {text: "In 2024, online sales rose 3-fold from the previous year in the province.", expect: [{value: "3", unit: "times"}], others: true},
      {text: "In 2024, rice exports grew 2 fold over the previous year in the delta.", expect: [{value: "2", unit: "times"}], others: true},
      {text: "In 2024, the number of startups doubled over the previous year in the city.", expect: [{value: "2", unit: "times"}], others: true},
      {text: "In 2024, solar capacity in the province tripled over the previous year.", expect: [{value: "3", unit: "times"}], others: true},
      {text: "In 2024, the airport's cargo volume was twice that of 2023.", expect: [{value: "2", unit: "times"}], others: true},
      {text: "In 2024, the cost of the project was multiplied by 1.5 times after the redesign.", expect: [{value: "1.5", unit: "times"}], others: true},
    ],
  },
  {
    behaviour: "reads places in a ranking written with an ordinal mark or in words, out of how many, and in what",
    examples: [
      {
        text: "In 2025, the province ranked 7th out of 34 provinces and cities in export growth and 12th in new enterprises.",
        expect: [
          {value: "7", unit: "rank", subject: ["province", "export growth"], subjectLacks: ["ranked"], stated: {text: "7th"}},
          {value: "12", unit: "rank", subject: ["province", "new enterprises"], subjectLacks: ["out of"], stated: {text: "12th"}},
        ],
      },
      // What the ranking is of ends with its line (a headline above its byline), and "in terms of" is none of it.
      {text: "In 2025, the city of Hue ranked 6th nationwide in the growth of its retail sales\nBy Minh Chau, the reporter of the Hanoi office", expect: [{value: "6", unit: "rank", subject: ["Hue", "growth of its retail sales"], subjectLacks: ["Minh Chau"]}]},
      {text: "In 2025, the city ranked 9th out of 34 localities in terms of the provincial competitiveness index.", expect: [{value: "9", unit: "rank", subject: ["city", "provincial competitiveness index"], subjectLacks: ["terms"]}]},
      {text: "Quang Tri's GRDP grew 8.2% in 2025, ranking fourth nationwide.", expect: [{value: "4", unit: "rank", period: "2025", stated: {text: "fourth"}}], others: true},
      {text: "In 2025, Dong Nai ranked second with 1.2 million visitors.", expect: [{value: "2", unit: "rank", subject: ["Dong Nai"]}, {value: "1200000", unit: "count", subject: ["Dong Nai", "visitors"]}]},
      ...examples("In 2025, the province ", " among 34 localities in digital transformation.", ([
        ["ranked first", "1", "first"],
        ["came second", "2", "second"],
        ["stood third", "3", "third"],
        ["placed fourth", "4", "fourth"],
        ["finished fifth", "5", "fifth"],
        ["ranks sixth", "6", "sixth"],
        ["ranked seventh", "7", "seventh"],
        ["ranked eighth", "8", "eighth"],
        ["ranked ninth", "9", "ninth"],
        ["ranked tenth", "10", "tenth"],
        ["ranked eleventh", "11", "eleventh"],
        ["ranked twelfth", "12", "twelfth"],
        ["ranked thirteenth", "13", "thirteenth"],
        ["ranked fourteenth", "14", "fourteenth"],
        ["ranked fifteenth", "15", "fifteenth"],
        ["ranked sixteenth", "16", "sixteenth"],
        ["ranked seventeenth", "17", "seventeenth"],
        ["ranked eighteenth", "18", "eighteenth"],
        ["ranked nineteenth", "19", "nineteenth"],
        ["ranked twentieth", "20", "twentieth"],
      ] as const).map(([phrase, value, text]) => [phrase, {value, unit: "rank", subject: ["province", "digital transformation"], stated: {text}}] as const)),
      // An ordinal that no verb of ranking stands before is no figure.
      {text: "The 14th Party Congress set a growth target of 10% for 2026.", expect: [{value: "10", unit: "%", status: "target"}]},
    ],
  },
  {
    behaviour: "reads physical units in their English spellings",
    examples: examples("In 2024, the province's output of the sector reached ", " in total.", [
      ["3.2 million tonnes", {value: "3200000", unit: "t"}],
      ["1 tonne", {value: "1", unit: "t"}],
      ["450 tons", {value: "450", unit: "t"}],
      ["1 ton", {value: "1", unit: "t"}],
      ["25 kg", {value: "25", unit: "kg"}],
      ["300 kilogrammes", {value: "300", unit: "kg"}],
      ["120 kilograms", {value: "120", unit: "kg"}],
      ["7,500 ha", {value: "7500", unit: "ha"}],
      ["12,000 hectares", {value: "12000", unit: "ha"}],
      ["1 hectare", {value: "1", unit: "ha"}],
      ["86 km", {value: "86", unit: "km"}],
      ["120 kilometres", {value: "120", unit: "km"}],
      ["45 kilometers", {value: "45", unit: "km"}],
      ["412 m", {value: "412", unit: "m"}],
      ["2,300 metres", {value: "2300", unit: "m"}],
      ["950 meters", {value: "950", unit: "m"}],
      ["1 metre", {value: "1", unit: "m"}],
      ["1 meter", {value: "1", unit: "m"}],
      ["3,000 m2", {value: "3000", unit: "m2"}],
      ["500 square metres", {value: "500", unit: "m2"}],
      ["800 square meters", {value: "800", unit: "m2"}],
      ["2.5 million m3", {value: "2500000", unit: "m3"}],
      ["40,000 cubic metres", {value: "40000", unit: "m3"}],
      ["900 cubic meters", {value: "900", unit: "m3"}],
      ["1,200 litres", {value: "1200", unit: "l"}],
      ["600 liters", {value: "600", unit: "l"}],
      ["280 billion kWh", {value: "280000000000", unit: "kWh"}],
      ["1,500 MW", {value: "1500", unit: "MW"}],
      ["600 megawatts", {value: "600", unit: "MW"}],
    ]),
  },
  {
    behaviour: "counts a noun after a scaled number, and the noun that ends the subject when none follows",
    examples: [
      {text: "In the first half of 2025, the province welcomed 6.4 million domestic holidaymakers.", expect: [{value: "6400000", unit: "count", subject: ["holidaymakers"]}]},
      // Items are things too ("36 items each earned over US$1 billion"), not only the points of an agenda.
      {text: "In the first half of 2026, couriers delivered about 1.35 billion items, up 18% from a year earlier.", expect: [{value: "1350000000", unit: "count", qualifier: "about", stated: {unitText: "items"}, comparisons: [{against: "previous", change: {kind: "percent", value: "18", direction: "increase"}}]}]},
      // An acronym may open the noun.
      {text: "In the first half of 2026, carriers cut off 1.72 million SIM cards registered with false details.", expect: [{value: "1720000", unit: "count", subject: ["SIM cards"]}]},
      {text: "In the first half of 2025, the province's foreign arrivals reached 2.3 million, up 14 percent.", expect: [{value: "2300000", unit: "count", subject: ["foreign arrivals"], comparisons: [{against: "previous", change: {kind: "percent", value: "14", direction: "increase"}}]}]},
      // Whose revenue it is does not make it a count.
      {text: "In the first half of 2025, the revenue of the cooperatives reached 2.3 million.", expect: []},
      // "a total of" introduces the figure; "of" after another noun describes one.
      {text: "In 2026, a total of 1,720 new cooperatives were set up in the province.", expect: [{value: "1720", unit: "count", subject: ["cooperatives"]}]},
      {text: "In 2026, a total of 1,720 new cooperatives were set up, up 12.4 percent.", expect: [{value: "1720", unit: "count", subject: ["cooperatives"], comparisons: [{against: "previous", change: {kind: "percent", value: "12.4", direction: "increase"}}]}]},
      {text: "In 2026, the consumer prices of 10 commodity groups went up.", expect: []},
      // Unscaled, when a verb states it as a whole number; the counted noun may also open the subject.
      {text: "In the first half of 2025, foreign arrivals were about 418,000, up 9.6%.", expect: [{value: "418000", unit: "count", qualifier: "about", subject: ["foreign arrivals"], comparisons: [{against: "previous", change: {kind: "percent", value: "9.6", direction: "increase"}}]}], mustNotExtract: ["9.6%"]},
      {text: "In 2026, passengers travelling through the city's bus terminals totalled 3.2 million.", expect: [{value: "3200000", unit: "count", subject: ["passengers"]}]},
      {text: "In 2026, the revenue of the cooperatives was 2,300.", expect: []},
    ],
  },
  {
    behaviour: "counts a bare number whose subject is 'the number of' things",
    examples: [
      {text: "In 2024, the number of container ships calling at Cai Mep was 2,310, up 7 percent.", expect: [{value: "2310", unit: "count", subject: ["container ships"], comparisons: [{against: "previous", change: {kind: "percent", value: "7", direction: "increase"}}]}]},
      {text: "In 2024 the total number of fixed broadband subscriptions in the province reached 212,400.", expect: [{value: "212400", unit: "count", subject: ["broadband subscriptions"]}]},
      // "A number of" says "several": no count of its own.
      {text: "In 2024, a number of cooperatives in the district paid out 4,500.", expect: []},
    ],
  },
  {
    behaviour: "reads a span of time a verb or a noun of time states as a duration in days, hours, months or years",
    examples: [
      {text: "In 2024, the average life expectancy in the province was 73.9 years.", expect: [{value: "73.9", unit: "year", subject: ["life expectancy"]}]},
      {text: "In 2024, the time to get a construction permit was cut to 15 days, and power connection took 36 hours.", expect: [
        {value: "15", unit: "day", subject: ["construction permit"]},
        {value: "36", unit: "hour", subject: ["power connection"]},
      ]},
      {text: "In 2024, the average maturity of new government bonds was 11.5 years, and the shortest was one year.", expect: [{value: "11.5", unit: "year", subject: ["average maturity"]}], others: true},
      {text: "In 2024, a business permit took 1 day on average and a land title 20 days.", expect: [{value: "1", unit: "day", subject: ["business permit"]}], others: true},
      {text: "In 2024, the average construction time per school was 8 months, and the fastest was a single month.", expect: [{value: "8", unit: "month", per: "school"}], others: true},
      {text: "In 2024, customs clearance at the border gate takes 1 hour on average.", expect: [{value: "1", unit: "hour", subject: ["customs clearance"]}], others: true},
      ...examples("In 2024, the time to register a business was ", " 2 days.", [
        ["cut to", {value: "2", unit: "day", comparisons: [{against: "previous", change: {direction: "decrease"}}]}],
        ["reduced to", {value: "2", unit: "day", comparisons: [{against: "previous", change: {direction: "decrease"}}]}],
        ["shortened to", {value: "2", unit: "day", comparisons: [{against: "previous", change: {direction: "decrease"}}]}],
      ]),
      // A noun of time names a span no verb states.
      {text: "In the first half of 2026, the average maturity of bonds sold 9.2 years, their average yield 2.7%.", expect: [{value: "9.2", unit: "year", subject: ["average maturity"]}], others: true},
      // A span of time no verb states describes something else.
      {text: "Over the past 10 years, after 3 months of talks, the firm with 30 years of experience hired 200 workers.", expect: [{value: "200", unit: "count"}]},
    ],
  },
  {
    behaviour: "reads a table written with pipes, with a scale after the currency in a column's header and a column of changes",
    examples: [
      {text: "Seafood exports in the first nine months of 2025:\n\n| Product | Volume (tonnes) | Value (US$ million) |\n|---|---|---|\n| Shrimp | 312,000 | 2,940 |\n| Tuna | 118,500 | 760 |", expect: [
        {value: "312000", unit: "t", period: "2025-01/2025-09", subject: ["Volume", "Shrimp"]},
        {value: "2940000000", unit: "USD", period: "2025-01/2025-09", subject: ["Value", "Shrimp"]},
        {value: "118500", unit: "t", subject: ["Volume", "Tuna"]},
        {value: "760000000", unit: "USD", subject: ["Value", "Tuna"]},
      ]},
      // Columns headed by their years alone, under a note that names the unit: the caption names the measure.
      {text: "Disbursed public investment by province\n(Unit: VND billion)\n| Province | 2025 | 2026 |\n|---|---|---|\n| Bac Ninh | 318 | 402 |", expect: [
        {value: "318000000000", unit: "VND", period: "2025", subject: ["Disbursed public investment by province (Bac Ninh)"]},
        {value: "402000000000", unit: "VND", period: "2026", subject: ["Disbursed public investment by province (Bac Ninh)"]},
      ]},
      // Flattened into "Label: value" lines under a note that names the unit.
      {text: "Main exports in the first nine months of 2026 (Unit: US$ million):\nRice: 1,284.5\nCoffee: 2,310.0", expect: [
        {value: "1284500000", unit: "USD", period: "2026-01/2026-09", subject: ["Rice"]},
        {value: "2310000000", unit: "USD", period: "2026-01/2026-09", subject: ["Coffee"]},
      ]},
      // Named by their labels: "Rice: 1,284 thousand tonnes".
      {text: "Main farm output in the first nine months of 2026:\nRice: 1,284 thousand tonnes\nCoffee: 231 thousand tonnes", expect: [
        {value: "1284000", unit: "t", subject: ["Rice"]},
        {value: "231000", unit: "t", subject: ["Coffee"]},
      ]},
      // Aligned with spaces under years alone, past a blank line after the note of the unit.
      {text: "Paddy output by region (Unit: thousand tonnes)\n\nRegion               2024       2025\nRed River Delta     5,812      5,760\nMekong Delta       24,310     24,905", expect: [
        {value: "5812000", unit: "t", period: "2024", subject: ["Paddy output by region (Red River Delta)"]},
        {value: "5760000", unit: "t", period: "2025", subject: ["Paddy output by region (Red River Delta)"]},
        {value: "24310000", unit: "t", period: "2024", subject: ["Mekong Delta"]},
        {value: "24905000", unit: "t", period: "2025", subject: ["Mekong Delta"]},
      ]},
      // The rows a note's exception names take its unit.
      {text: "Trade and budget results\nUnit: VND billion (except exports and imports: US$ million)\n\n| Item | 2025 |\n|---|---|\n| Budget revenue | 28,415 |\n| Exports | 4,350 |\n| Imports of goods | 2,120 |", expect: [
        {value: "28415000000000", unit: "VND", period: "2025", subject: ["Budget revenue"]},
        {value: "4350000000", unit: "USD", period: "2025", subject: ["Exports"]},
        {value: "2120000000", unit: "USD", period: "2025", subject: ["Imports of goods"]},
      ]},
      // A column's "(est.)", "(prel.)" is its figures' status; a column of units names each row's.
      {text: "Hotel room revenue by city\nUnit: VND billion\n\nCity            2025      2026 (est.)\nHue              688          741\nNha Trang      2,140        2,388", expect: [
        {value: "688000000000", unit: "VND", period: "2025", status: null, subject: ["Hue"]},
        {value: "741000000000", unit: "VND", period: "2026", status: "estimated", subject: ["Hue"]},
        {value: "2140000000000", unit: "VND", period: "2025", status: null},
        {value: "2388000000000", unit: "VND", period: "2026", status: "estimated"},
      ]},
      {text: "Industrial output of selected products\n\n| Product | Unit | 2025 | 2026 (prel.) |\n|---|---|---|---|\n| Cement | Million tonnes | 12.4 | 13.1 |\n| Motorbikes | Thousand units | 845 | 902 |", expect: [
        {value: "12400000", unit: "t", period: "2025", status: null, subject: ["Cement"]},
        {value: "13100000", unit: "t", period: "2026", status: "preliminary", subject: ["Cement"]},
        {value: "845000", unit: "count", period: "2025", subject: ["Motorbikes"]},
        {value: "902000", unit: "count", period: "2026", status: "preliminary", subject: ["Motorbikes"]},
      ]},
      // Rows that each name their own unit in brackets at the end of the label, under a numbered
      // section heading; a number in a row's label is no figure.
      {text: "3. Main education indicators\n\n| Indicator | 2025 | Plan 2026 |\n|---|---|---|\n| Pupils per class (pupils) | 34.5 | 35 |\n| Schools meeting national standards (%) | 71.2 | 75 |\n| Average years of schooling of people aged 25 and over (years) | 9.1 | 9.3 |", expect: [
        {value: "34.5", unit: "count", period: "2025", subject: ["Pupils per class"], subjectLacks: ["(pupils)", "3."]},
        {value: "35", unit: "count", period: "2026", status: "target", subject: ["Pupils per class"]},
        {value: "71.2", unit: "%", period: "2025", subject: ["Schools meeting national standards"], subjectLacks: ["(%)"]},
        {value: "75", unit: "%", period: "2026", status: "target", subject: ["Schools meeting national standards"]},
        {value: "9.1", unit: "year", period: "2025", subject: ["Average years of schooling"]},
        {value: "9.3", unit: "year", period: "2026", status: "target", subject: ["Average years of schooling"]},
      ], mustNotExtract: ["25 and over"]},
      // A column of changes holds changes of the row's amount before it, by their sign.
      {text: "Seafood exports in the first nine months of 2026:\n\n| Product | Value (US$ million) | Change (%) |\n|---|---|---|\n| Shrimp | 3,120 | +6.1 |\n| Tuna | 702 | -7.6 |", expect: [
        {value: "3120000000", unit: "USD", comparisons: [{against: "previous", change: {kind: "percent", value: "6.1", direction: "increase"}}]},
        {value: "702000000", unit: "USD", comparisons: [{against: "previous", change: {kind: "percent", value: "7.6", direction: "decrease"}}]},
      ]},
    ],
  },
  {
    behaviour: "gives the bare numbers of a list the unit of its last number",
    examples: [
      {text: "In 2024, the three districts welcomed 12,400, 9,800 and 15,100 visitors, respectively.", expect: [{value: "12400", unit: "count"}, {value: "9800", unit: "count"}, {value: "15100", unit: "count"}]},
      // Numbers with a scale of their own make a list too.
      {text: "In 2025, the two border gates handled 2.1 million and 640,000 passengers, respectively.", expect: [{value: "2100000", unit: "count"}, {value: "640000", unit: "count"}]},
      // Spans of time too: the verb that states the first states the last.
      {text: "In 2025, patients at the two district hospitals stayed 5.2 and 6.8 days on average, respectively.", expect: [{value: "5.2", unit: "day"}, {value: "6.8", unit: "day"}]},
    ],
  },
  {
    behaviour: "reads a range whose currency is written once, before its low end, as a range in that currency",
    examples: [
      {text: "In October 2026, export prices of cashew kernels were US$6,150-6,400 per tonne.", expect: [{value: "6150", valueMax: "6400", unit: "USD", per: "tonne", stated: {text: "US$6,150-6,400"}}]},
      {text: "In October 2026, the retail price of pork ranged from VND 118,000 to 126,000 per kg at the city's markets.", expect: [{value: "118000", valueMax: "126000", unit: "VND", per: "kg"}]},
    ],
  },
  {
    behaviour: "reads 'a' or 'an' and a unit after an amount as what it is per, but not a baseline ('a year earlier')",
    examples: [
      {text: "In 2026, the average income in the province reached VND 96 million a year.", expect: [{value: "96000000", unit: "VND", per: "year"}]},
      {text: "Pepper exports had earned US$1.17 billion a year earlier, in the first half of 2025.", expect: [{value: "1170000000", unit: "USD", period: "2025-S1"}]},
    ],
  },
  {
    behaviour: "reads a rate per something written with 'per', the denominator's own number kept",
    examples: [
      {text: "In 2023, the province had 32 hospital beds per 10,000 people.", expect: [{value: "32", unit: "count", per: "10,000 people", stated: {unitText: "hospital beds"}, subject: ["hospital beds"], subjectLacks: ["per"]}]},
      {text: "In 2025, the number of nurses per 10,000 people in the district reached 21.3.", expect: [{value: "21.3", unit: "count", per: "10,000 people", subject: ["number of nurses"]}]},
      {text: "In 2023, the province had 11.4 doctors per 10,000 people, up from 9.8 in 2020.", expect: [{value: "11.4", unit: "count", per: "10,000 people", stated: {unitText: "doctors"}}], others: true},
      // Written once after a list of counts, it is every one's.
      {text: "In 2026, the district had 9.7 doctors, 1.8 pharmacists and 27 hospital beds per 10,000 people.", expect: [
        {value: "9.7", unit: "count", per: "10,000 people", stated: {unitText: "doctors"}},
        {value: "1.8", unit: "count", per: "10,000 people", stated: {unitText: "pharmacists"}},
        {value: "27", unit: "count", per: "10,000 people", stated: {unitText: "hospital beds"}},
      ]},
      {text: "In 2024, the district counted 18 nurses and 240 beds in its new hospital, and 1,150 teachers and 26,400 pupils in its schools.", expect: [
        {value: "18", unit: "count", stated: {unitText: "nurses"}},
        {value: "240", unit: "count", stated: {unitText: "beds"}},
        {value: "1150", unit: "count", stated: {unitText: "teachers"}},
        {value: "26400", unit: "count", stated: {unitText: "pupils"}},
      ]},
      {text: "In 2024, visitors to the park spent an average of VND850,000 per visit.", expect: [{value: "850000", unit: "VND", per: "visit"}], others: true},
    ],
  },
  {
    behaviour: "counts the nouns the lexicon lists",
    examples: examples("In 2024, the province recorded ", " in the new zone.", [
      ["2,450 enterprises", {value: "2450", unit: "count", stated: {unitText: "enterprises"}}],
      ["2.1 million TEU", {value: "2100000", unit: "count", stated: {unitText: "TEU"}}],
      ["850,000 TEUs", {value: "850000", unit: "count", stated: {unitText: "TEUs"}}],
      ["1 enterprise", {value: "1", unit: "count", stated: {unitText: "enterprise"}}],
      ["2,450 businesses", {value: "2450", unit: "count", stated: {unitText: "businesses"}}],
      ["2,450 companies", {value: "2450", unit: "count", stated: {unitText: "companies"}}],
      ["2,450 firms", {value: "2450", unit: "count", stated: {unitText: "firms"}}],
      ["2,450 cooperatives", {value: "2450", unit: "count", stated: {unitText: "cooperatives"}}],
      ["2,450 projects", {value: "2450", unit: "count", stated: {unitText: "projects"}}],
      ...["guests", "passengers", "customers", "members", "participants", "beneficiaries", "residents", "pharmacists", "employees", "farmers", "investors", "users", "visits", "trips"].map(
        (noun): [string, ExpectedRecord] => [`3,120 ${noun}`, {value: "3120", unit: "count", stated: {unitText: noun}}],
      ),
      ["1 project", {value: "1", unit: "count", stated: {unitText: "project"}}],
      ["2,450 visitors", {value: "2450", unit: "count", stated: {unitText: "visitors"}}],
      ["2,450 international visitors", {value: "2450", unit: "count", stated: {unitText: "international visitors"}}],
      ["2,450 foreign visitors", {value: "2450", unit: "count", stated: {unitText: "foreign visitors"}}],
      ["2,450 arrivals", {value: "2450", unit: "count", stated: {unitText: "arrivals"}}],
      ["2,450 tourists", {value: "2450", unit: "count", stated: {unitText: "tourists"}}],
      ["2,450 people", {value: "2450", unit: "count", stated: {unitText: "people"}}],
      ["2,450 persons", {value: "2450", unit: "count", stated: {unitText: "persons"}}],
      ["2,450 households", {value: "2450", unit: "count", stated: {unitText: "households"}}],
      ["2,450 workers", {value: "2450", unit: "count", stated: {unitText: "workers"}}],
      ["2,450 labourers", {value: "2450", unit: "count", stated: {unitText: "labourers"}}],
      ["2,450 jobs", {value: "2450", unit: "count", stated: {unitText: "jobs"}}],
      ["2,450 students", {value: "2450", unit: "count", stated: {unitText: "students"}}],
      ["2,450 patients", {value: "2450", unit: "count", stated: {unitText: "patients"}}],
      ["2,450 cases", {value: "2450", unit: "count", stated: {unitText: "cases"}}],
      ["2,450 countries and territories", {value: "2450", unit: "count", stated: {unitText: "countries and territories"}}],
      ["2,450 countries", {value: "2450", unit: "count", stated: {unitText: "countries"}}],
      ["2,450 provinces", {value: "2450", unit: "count", stated: {unitText: "provinces"}}],
      ["2,450 localities", {value: "2450", unit: "count", stated: {unitText: "localities"}}],
      ["2,450 communes", {value: "2450", unit: "count", stated: {unitText: "communes"}}],
      ["2,450 units", {value: "2450", unit: "count", stated: {unitText: "units"}}],
      ["2,450 vehicles", {value: "2450", unit: "count", stated: {unitText: "vehicles"}}],
      ["2,450 cars", {value: "2450", unit: "count", stated: {unitText: "cars"}}],
      ["2,450 flights", {value: "2450", unit: "count", stated: {unitText: "flights"}}],
      ["2,450 hospitals", {value: "2450", unit: "count", stated: {unitText: "hospitals"}}],
      ["2,450 schools", {value: "2450", unit: "count", stated: {unitText: "schools"}}],
      ["2,450 contracts", {value: "2450", unit: "count", stated: {unitText: "contracts"}}],
      ["2,450 applications", {value: "2450", unit: "count", stated: {unitText: "applications"}}],
      ["2,450 dossiers", {value: "2450", unit: "count", stated: {unitText: "dossiers"}}],
      ["2,450 subscribers", {value: "2450", unit: "count", stated: {unitText: "subscribers"}}],
      ["2,450 accounts", {value: "2450", unit: "count", stated: {unitText: "accounts"}}],
      ["2,450 heads", {value: "2450", unit: "count", stated: {unitText: "heads"}}],
    ]),
  },
  {
    behaviour: "reads a verb of increase before a percentage as a growth",
    examples: sameRecord("In 2024, the province's industrial output ", " 6.4 percent compared to the previous year.", {value: "6.4", unit: "%", comparisons: [{against: "previous", period: "2023", change: {kind: "percent", value: "6.4", direction: "increase"}}]}, [
      "edged up",
      "went up",
      "rebounded",
      "rose",
      "rise",
      "rises",
      "rising",
      "risen",
      "a rise of",
      "rise of",
      "increased",
      "increase",
      "increases",
      "increasing",
      "an increase of",
      "increase of",
      "grew",
      "grow",
      "grows",
      "growing",
      "grown",
      "growth of",
      "was up",
      "were up",
      "is up",
      "are up",
      "up",
      "climbed",
      "climb",
      "gained",
      "jumped",
      "surged",
      "soared",
      "expanded",
      "expanded at",
      "expanded by",
      "expand",
    ]),
  },
  {
    behaviour: "reads a verb of decrease before a percentage as a negative growth",
    examples: sameRecord("In 2024, the province's industrial output ", " 6.4 percent compared to the previous year.", {value: "-6.4", unit: "%", comparisons: [{against: "previous", period: "2023", change: {kind: "percent", value: "6.4", direction: "decrease"}}]}, [
      "plunged",
      "plummeted",
      "slumped",
      "tumbled",
      "sank",
      "dipped",
      "slid",
      "slipped",
      "eased",
      "edged down",
      "went down",
      "fell",
      "fall",
      "falls",
      "falling",
      "fallen",
      "a fall of",
      "declined",
      "decline",
      "declines",
      "a decline of",
      "decreased",
      "decrease",
      "decreases",
      "a decrease of",
      "dropped",
      "drop",
      "a drop of",
      "was down",
      "were down",
      "is down",
      "are down",
      "down",
      "shrank",
      "contracted",
    ]),
  },
  {
    behaviour: "reads a percentage of the plan after a verb of attainment",
    examples: sameRecord("In 2024, budget revenue ", " 104.5 percent of the annual plan.", {value: "104.5", unit: "%"}, [
      "equalled",
      "equaled",
      "equal to",
      "equivalent to",
      "fulfilled",
      "completed",
      "achieved",
    ]),
  },
  {
    behaviour: "reads a verb of change before its object, with the figure after 'by', as the change of that object",
    examples: [
      {text: "The province plans to reduce the poverty rate by 1.2 percentage points in 2026.", expect: [{value: "-1.2", unit: "pp", status: "target", subject: ["poverty rate"], comparisons: [{against: "previous", change: {kind: "points", value: "1.2", direction: "decrease"}}]}]},
      {text: "In 2026, the city aims to raise health insurance coverage by 1.5 percentage points.", expect: [{value: "1.5", unit: "pp", status: "target", subject: ["health insurance coverage"], comparisons: [{against: "previous", change: {kind: "points", value: "1.5", direction: "increase"}}]}]},
      // Taken from the whole's growth, a contribution below zero; one added to it, above.
      {text: "In 2026, mining fell 2.6%, reducing the overall rate by 0.4 percentage points.", expect: [{value: "-2.6", unit: "%"}, {value: "-0.4", unit: "pp", comparisons: []}]},
      {text: "In 2026, manufacturing grew 11.2%, adding 2.1 percentage points to the overall growth.", expect: [{value: "11.2", unit: "%"}, {value: "2.1", unit: "pp", subject: ["adding"], comparisons: []}]},
    ],
  },
  {
    behaviour: "counts a whole number by which a number of things changed, not as a percentage beside it",
    examples: [
      // The bare change a percentage restates is in the unit of the level before: two comparisons of that level.
      {text: "In 2026, a total of 1,142,560 candidates registered, an increase of 26,780, or 2.4%, compared with 2025.", expect: [{value: "1142560", unit: "count", exactComparisons: true, comparisons: [{against: "previous", period: "2025", change: {kind: "absolute", value: "26780", direction: "increase"}}, {against: "previous", period: "2025", change: {kind: "percent", value: "2.4", direction: "increase"}}]}]},
      {text: "In 2026, registered capital fell 3.2%, but the number of new projects rose by 36.", expect: [{value: "-3.2", unit: "%"}, {value: "36", unit: "count", subject: ["new projects"], comparisons: [{against: "previous", change: {kind: "absolute", value: "36", direction: "increase"}}]}]},
    ],
  },
  {
    behaviour: "counts the noun of the whole a part is of, and the noun a copula names after a bare number",
    examples: [
      {text: "In 2025, 9 of the 34 provinces recorded double-digit growth.", expect: [{value: "9", unit: "count", subject: ["provinces"]}]},
      {text: "In 2025, twenty-one of the 34 provinces met the disbursement target.", expect: [{value: "21", unit: "count", subject: ["provinces"]}]},
      // "of them": a part of the count before.
      {text: "In 2026, a total of 1,876 perfect scores were awarded, 513 of them in mathematics.", expect: [{value: "1876", unit: "count"}, {value: "513", unit: "count", subject: ["perfect scores"]}]},
      {text: "In 2026, the province had 240 communes, and 135 were model communes.", expect: [{value: "240", unit: "count"}, {value: "135", unit: "count", subject: ["model communes"]}]},
      // A grade names a class, no count.
      {text: "In 2026, grade 12 students made up 96.7% of the candidates.", expect: [{value: "96.7", unit: "%"}], mustNotExtract: ["12 students"]},
    ],
  },
  {
    behaviour: "reads a plan named with its year before the noun as the plan of that year",
    examples: [
      {text: "Budget revenue in the first half of 2026 reached VND 4,120 billion, equal to 52.3% of the 2026 target.", expect: [{value: "4120000000000", unit: "VND", exactComparisons: true, comparisons: [{against: "plan", period: "2026", attainment: "52.3"}]}], mustNotExtract: ["52.3%"]},
      {text: "Budget revenue in the first half of 2026 reached VND 4,120 billion, or 52.3% of the 2026 annual plan.", expect: [{value: "4120000000000", unit: "VND", exactComparisons: true, comparisons: [{against: "plan", period: "2026", attainment: "52.3"}]}], mustNotExtract: ["52.3%"]},
    ],
  },
  {
    behaviour: "counts a noun after a number word from two to twelve, unless the number describes the noun",
    examples: [
      {text: "In 2027, the province started three key transport projects worth VND2.1 trillion.", expect: [{value: "3", unit: "count", subject: ["key transport projects"]}, {value: "2100000000000", unit: "VND", subject: ["key transport projects"]}]},
      {text: "In the first eleven months of 2027, twelve ministries posted disbursement rates above the national average.", expect: [{value: "12", unit: "count", subject: ["ministries"]}]},
      {text: "In 2027, the US, China and Japan were the three largest markets, taking 21%, 19% and 7% of the total.", expect: [], others: true, mustNotExtract: ["three largest"]},
      {text: "In 2027, one of the two ministries met its disbursement target.", expect: [], others: true, mustNotExtract: ["two ministries"]},
      {text: "The under-five mortality rate fell to 18 per 1,000 live births in 2027.", expect: [], others: true, mustNotExtract: ["five mortality"]},
      {text: "In 2027, the group said its two new plants would start in the third quarter.", expect: [], others: true, mustNotExtract: ["two new plants"]},
      {text: "Exporters said their three main buyers cut orders in 2027.", expect: [], others: true, mustNotExtract: ["three main buyers"]},
    ],
  },
  {
    behaviour: "reads numbers written in words before a scale or a percent",
    examples: examples("In 2024, the province's apparel exports reached ", " million USD.", [
      ["half", {value: "500000", unit: "USD"}],
      ["one", {value: "1000000", unit: "USD"}],
      ["two", {value: "2000000", unit: "USD"}],
      ["three", {value: "3000000", unit: "USD"}],
      ["four", {value: "4000000", unit: "USD"}],
      ["five", {value: "5000000", unit: "USD"}],
      ["six", {value: "6000000", unit: "USD"}],
      ["seven", {value: "7000000", unit: "USD"}],
      ["eight", {value: "8000000", unit: "USD"}],
      ["nine", {value: "9000000", unit: "USD"}],
      ["ten", {value: "10000000", unit: "USD"}],
      ["eleven", {value: "11000000", unit: "USD"}],
      ["twelve", {value: "12000000", unit: "USD"}],
      ["thirteen", {value: "13000000", unit: "USD"}],
      ["fourteen", {value: "14000000", unit: "USD"}],
      ["fifteen", {value: "15000000", unit: "USD"}],
      ["sixteen", {value: "16000000", unit: "USD"}],
      ["seventeen", {value: "17000000", unit: "USD"}],
      ["eighteen", {value: "18000000", unit: "USD"}],
      ["nineteen", {value: "19000000", unit: "USD"}],
      ["twenty", {value: "20000000", unit: "USD"}],
      ["thirty", {value: "30000000", unit: "USD"}],
      ["forty", {value: "40000000", unit: "USD"}],
      ["fifty", {value: "50000000", unit: "USD"}],
      ["sixty", {value: "60000000", unit: "USD"}],
      ["seventy", {value: "70000000", unit: "USD"}],
      ["eighty", {value: "80000000", unit: "USD"}],
      ["ninety", {value: "90000000", unit: "USD"}],
    ]),
  },
  {
    behaviour: "counts with a number word past twelve, or one that opens the sentence, before its noun or a part of a whole",
    examples: [
      {text: "Seventeen villages in the upland district were still without power in 2026.", expect: [{value: "17", unit: "count", subject: ["villages"], period: "2026"}]},
      {text: "In 2026, twenty-three cooperatives joined the scheme.", expect: [{value: "23", unit: "count", subject: ["cooperatives"], period: "2026"}]},
      {text: "In 2026, the drought hit fourteen of the 34 provinces.", expect: [{value: "14", unit: "count", subject: ["provinces"], period: "2026", stated: {text: "fourteen of the 34 provinces", number: "14"}}]},
    ],
  },
  {
    behaviour: "counts people in a figure of thousands or millions whose subject is a population, or that a verb of counting states",
    examples: [
      {text: "In 2026, the rural population of the province was 1.62 million, while its urban population reached 940,000.", expect: [{value: "1620000", unit: "count", subject: ["rural population"], period: "2026"}, {value: "940000", unit: "count", subject: ["urban population"], period: "2026"}]},
      {text: "In 2026, the surveyed populations of the two districts stood at 1.1 million.", expect: [{value: "1100000", unit: "count", period: "2026"}]},
      {text: "In 2026, informal employment in the region stood at 2.3 million, and the labour force at 3.9 million.", expect: [{value: "2300000", unit: "count", subject: ["informal employment"], period: "2026"}, {value: "3900000", unit: "count", subject: ["labour force"], period: "2026"}]},
      {text: "In 2026, the city's labor force was 4.4 million, and its manufacturing workforce 1.05 million.", expect: [{value: "4400000", unit: "count", subject: ["labor force"], period: "2026"}, {value: "1050000", unit: "count", subject: ["manufacturing workforce"], period: "2026"}]},
      // A rate of them is no count.
      {text: "In 2026, the employment rate of the region was 67.2 and the labour force participation rate 68.9.", expect: [], others: true, mustNotExtract: ["67.2", "68.9"]},
      {text: "In 2026, women in the labour force numbered 2.3 million, and men numbering 2.6 million made up the rest; the number of migrants was 120,000.", expect: [{value: "2300000", unit: "count", subject: ["women"]}, {value: "2600000", unit: "count"}, {value: "120000", unit: "count", subject: ["migrants"]}]},
      {text: "The population aged 15 and over was 4.4 million in 2026.", expect: [{value: "4400000", unit: "count", period: "2026"}], mustNotExtract: ["15"]},
    ],
  },
  {
    behaviour: "gives a figure after a name, whose verb and noun go without saying, those of the figure before it",
    examples: [
      {text: "In 2026, Quang Tri recorded 42 landslides, Hue 17 and Da Nang 9.", expect: [{value: "42", unit: "count", subject: ["landslides", "Quang Tri"]}, {value: "17", unit: "count", subject: ["Hue"]}, {value: "9", unit: "count", subject: ["Da Nang"]}]},
      // A name with "of" inside it, or with brackets after it.
      {text: "In 2026, the city hosted 310,000 visitors from Japan, Hong Kong (China) 86,000 and the United States of America 74,500.", expect: [{value: "310000", unit: "count"}, {value: "86000", unit: "count", subject: ["Hong Kong (China)"]}, {value: "74500", unit: "count", subject: ["United States of America"]}]},
    ],
  },
  {
    behaviour: "reads the points of a market index as the index's value, and the points it moved by as a change of it",
    examples: [
      {text: "In 2026, the HNX-Index ended the year at 261.4 points, up 5.1% from 248.7 points a year earlier, a gain of 12.7 points.", expect: [{value: "261.4", unit: "index", subject: ["HNX-Index"], period: "2026", comparisons: [{against: "previous", period: "2025", value: "248.7", change: {kind: "percent", value: "5.1", direction: "increase"}}, {against: "previous", period: "2025", change: {kind: "absolute", value: "12.7", direction: "increase"}}]}]},
      {text: "In 2026, the VN30 closed at 1,612.05 points, while the province's PCI score reached 70.12 points.", expect: [{value: "1612.05", unit: "index", period: "2026"}, {value: "70.12", unit: "score", period: "2026"}]},
    ],
  },
  {
    behaviour: "reads a bare number per a number of people as a rate counted among them",
    examples: [
      {text: "In 2026, the crude birth rate was 13.8 per 1,000 population and the crude death rate 6.4 per 1,000 population.", expect: [{value: "13.8", unit: "count", per: "1,000 population", subject: ["crude birth rate"], period: "2026"}, {value: "6.4", unit: "count", per: "1,000 population", subject: ["crude death rate"], period: "2026"}]},
    ],
  },
];
