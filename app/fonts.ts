import localFont from 'next/font/local';

// Shipped from npm (@fontsource) and self-hosted by next/font: preloaded, with a
// size-adjusted fallback so the text does not jump when the web font arrives.
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
  adjustFontFallback: 'Arial',
});

export const articleFont = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2', weight: '400' },
    { path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2', weight: '700' },
  ],
  variable: '--font-naskh',
  display: 'swap',
  adjustFontFallback: 'Times New Roman',
});
