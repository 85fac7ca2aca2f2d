/** The one entry point: the report's language picks the extractor; both give the same claim shape. */
import { extractEnglishClaims } from './en/extract-english';
import { extractArabicClaims } from './extract-claims';
import { detectLanguage, type Language } from './language';
import type { Claim } from './types';

export function extractClaims(text: string, language: Language = detectLanguage(text)): Claim[] {
  return language === 'en' ? extractEnglishClaims(text) : extractArabicClaims(text);
}
