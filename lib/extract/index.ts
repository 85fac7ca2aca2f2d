export { extractClaims } from './extract';
export { extractArabicClaims } from './extract-claims';
export { extractEnglishClaims } from './en/extract-english';
export { detectLanguage, type Language } from './language';
export { COUNTED_KINDS, countedKindInfo, type CountedKind } from './counted-kinds';
export type { Category, Claim, ClaimDetails, ClaimantKind, ExtractedClaim, Qualifier, Span } from './types';
export { CATEGORIES, QUALIFIERS } from './types';
