/** Headings of the lists of links a news page sets around its article: "Related news", "Read more". */
export const linkHeadings = ["Related news", "Read more", "See also"] as const;

/** Words that open or end a caption under a picture: "Photo: VNA", "(Illustrative photo)". */
export const photoCaptions = ["Photo", "Illustrative photo"] as const;

/** Labels of a numbered picture or chart opening its caption: "Chart 2.". */
export const figureLabels = ["Chart"] as const;

/** News agencies named in the dateline that opens an article: "Ha Noi, October 6 (VNA) –". */
export const agencies = ["VNA", "VNS", "VOV", "VGP", "Xinhua", "Reuters"] as const;

/** Counters a news page shows by an article: "1,245 views | (12) Comments". */
export const counters = ["views", "view", "likes", "shares", "comments", "comment"] as const;
