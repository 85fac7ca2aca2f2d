/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // The public pages are cached whole and expired by tag (lib/public-cache.ts); this handler
  // keeps them in memory and gives each its own script-hash CSP (see the file).
  cacheHandler: require.resolve('./lib/public/cache-handler.cjs'),
  // forbidden() in pages a role may not open, so they answer 403 rather than 200.
  // globalNotFound: the desk (app/(desk)) and the public pages (app/[lang]) have root layouts
  // of their own, so a URL matching neither gets app/global-not-found.tsx.
  experimental: { authInterrupts: true, globalNotFound: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          // The desk is never framed (clickjacking a publish button), nor content-sniffed.
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
