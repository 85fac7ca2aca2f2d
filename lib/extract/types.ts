/** The vocabulary shared by the extractor, the database and the UI. */
export const CATEGORIES = ['casualties', 'violations', 'displacement', 'aid', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const QUALIFIERS = ['at least', 'more than', 'less than', 'about', 'up to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** JavaScript string offsets (UTF-16 code units) into the text exactly as given. */
export interface Span {
  start: number;
  end: number;
}

export interface ExtractedClaim {
  /** The words of the claim: exactly text.slice(start, end). */
  quote: string;
  start: number;
  end: number;
  /** The count, or null for unquantified amounts ("a number of", "dozens"). */
  value: number | null;
  qualifier: Qualifier | null;
  /** What is counted, in English: "killed", "ceasefire violations", "refugee families". */
  counted: string;
  category: Category;
  /** The source as written in the text, or null when the article itself states it. */
  claimant: string | null;
  /** Every place the same claim appears, the first one included. */
  mentions: Span[];
}
