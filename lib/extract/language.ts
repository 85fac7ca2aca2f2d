/** Which extractor a text needs: Arabic when Arabic letters outnumber Latin ones. */
export type Language = 'ar' | 'en';

export function detectLanguage(text: string): Language {
  let arabic = 0;
  let latin = 0;
  // A sample is enough: a report does not change language half-way, and long texts stay fast.
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return latin > arabic ? 'en' : 'ar';
}
