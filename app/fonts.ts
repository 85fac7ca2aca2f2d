import localFont from 'next/font/local';

// Shipped from npm (@fontsource) and self-hosted by next/font, with a size-adjusted fallback
// so the text does not jump when the web font arrives. Only the Arabic interface font is
// preloaded: on a phone's link six preloaded files (236 KB) went ahead of the stylesheet and
// held the first paint back (Lighthouse: 2.2 s of render delay on the public article). The
// Latin and Naskh files load when a page's text uses them, shown meanwhile in the fallback.
export const uiFont = localFont({
  src: [
    { path: '../node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff2', weight: '400' },
    { path: '../node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-600-normal.woff2', weight: '600' },
  ],
  variable: '--font-ui-arabic',
  display: 'swap',
  adjustFontFallback: 'Arial',
});

export const uiLatinFont = localFont({
  src: [
    { path: '../node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-400-normal.woff2', weight: '400' },
    { path: '../node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-600-normal.woff2', weight: '600' },
  ],
  variable: '--font-ui-latin',
  display: 'swap',
  preload: false,
  adjustFontFallback: 'Arial',
});

export const articleFont = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2', weight: '400' },
    { path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2', weight: '700' },
  ],
  variable: '--font-naskh',
  display: 'swap',
  preload: false,
  adjustFontFallback: 'Times New Roman',
});
