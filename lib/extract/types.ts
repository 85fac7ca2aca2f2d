/** The vocabulary shared by the extractor, the database and the UI. */
import type { CountedKind } from './counted-kinds';

export const CATEGORIES = ['casualties', 'violations', 'displacement', 'aid', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export type ClaimantKind = 'person' | 'organization';

export const QUALIFIERS = ['at least', 'more than', 'less than', 'about', 'up to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** JavaScript string offsets (UTF-16 code units) into the text exactly as given. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A claim as the database stores it today. The details below are optional here only so code
 * that builds claims by hand (manual claims, corrections) keeps compiling until the schema
 * stores them; the extractor always fills them in (see `Claim`).
 */
export interface ExtractedClaim extends Partial<ClaimDetails> {
  /** The words of the claim: exactly text.slice(start, end). */
  quote: string;
  start: number;
  end: number;
  /** The count, or null for unquantified amounts ("a number of", "dozens"). */
  value: number | null;
  qualifier: Qualifier | null;
  /** What is counted, in the article's own words: "شهيدًا", "مدنيين", "aid trucks". */
  counted: string;

  category: Category;
  /** The source as written in the text, or null when the article itself states it. */
  claimant: string | null;

  /** Every place the same claim appears, the first one included. */
  mentions: Span[];
}

export interface ClaimDetails {
  /** The extractor's description of what is counted, in English: "civilians killed", "ceasefire violations". */
  countedLabel: string;
  /** What is counted, from the closed bilingual vocabulary of counted-kinds.ts. */
  countedKind: CountedKind;
  /** Whether the source is a person or a body (schema.org ClaimReview's author type); null with no source. */
  claimantKind: ClaimantKind | null;
  /** The full name when the text names the source by a back-reference or an acronym ("المكتب", "OCHA"). */
  claimantCanonical: string | null;
  /** How sure the extractor is, 0..1: checkers look at the least sure claims first. */
  confidence: number;
  /** A short id of the rule that produced the claim ("ar.number", "en.participle"). */
  rule: string;
}

/** A claim as the extractor gives it: every detail filled in. */
export type Claim = ExtractedClaim & ClaimDetails;
