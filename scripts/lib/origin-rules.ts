/** The origin rules, as the manifest notes state them (the README says the same). */

export const TITLE_ORIGIN_RULE =
  "Origin rule for a title: the country of the companies that planned, financed and made it, not the country of its story, cast, source work or streaming service. A remake or an adaptation takes the country that made it (Roppongi Class, a Japanese remake of a Korean drama, is Japanese; Parasyte: The Grey, a Korean series from a Japanese manga, is Korean). KOR+JPN is a Korea–Japan co-production: Korean and Japanese producers planning and financing it together, not a remake or a licence. A title whose producers are not known with confidence is unknown.";

export const CO_PRODUCTION_NOTE =
  "Korea–Japan co-productions (origin KOR+JPN) are counted on rows of their own, in both countries' lists, and never added to the Korean or the Japanese count. Such rows are written only when the lists hold at least one co-production.";

/** Said in the manifest when a chart holds no co-production, so the absence of KOR+JPN rows is not read as missing data. */
export const coProductionNotes = (present: boolean) =>
  present ? [] : ["No title in these lists is tagged KOR+JPN in this version, so there are no KOR+JPN rows."];

export const ACT_ORIGIN_RULE =
  "Origin rule for an act: the country where the act is based and was launched, i.e. the music market it was launched in and worked from at its debut. A group or a unit is judged on its own launch (MISAMO, a unit of TWICE's Japanese members launched in Japan, is Japanese); a solo singer is the person, whose career may have begun in a group or as an actor (LISA, launched with BLACKPINK in Korea, is Korean). Members' nationality and the agency's or parent company's country do not decide (NiziU, JO1, ME:I, &TEAM and XG, launched in Japan, are Japanese). An act whose launch is not known with confidence is unknown; an act is never KOR+JPN.";
