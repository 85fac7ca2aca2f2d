export { extractClaims } from './extract-claims';
export type { Category, ExtractedClaim, Qualifier, Span } from './types';
export { CATEGORIES, QUALIFIERS } from './types';
