import type { ComponentType, ReactNode } from 'react';

export interface HeaderLink {
  href: string;
  label: string;
}

/** A plain <a> (the cached public pages ship no client code) or next/link's Link (the desk). */
type Anchor = ComponentType<{ href: string; className?: string; children: ReactNode }>;

/**
 * The one header layout of the public pages and the desk: a skip link, the name, the links in
 * the bar on wide screens; on a phone the links fold into a <details> menu (no script), so the
 * header stays one line high. What differs between the two (search, language switch, account)
 * comes in as the bar's and the phone row's own controls and the menu's extra sections.
 */
export function HeaderFrame({
  anchor: A,
  texts,
  links,
  bar,
  phone,
  menuBefore,
  menuAfter,
}: {
  anchor: Anchor;
  texts: { skip: string; name: string; nav: string; menu: string };
  links: HeaderLink[];
  /** Controls at the end of the bar on wide screens. */
  bar: ReactNode;
  /** Controls before the menu button on a phone. */
  phone: ReactNode;
  menuBefore?: ReactNode;
  menuAfter?: ReactNode;
}) {
  return (
    <header className="relative border-b border-stone-200 bg-white">
      <a href="#content" className="sr-only start-0 top-0 focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {texts.skip}
      </a>
      <div className="mx-auto flex max-w-7xl items-center gap-x-6 px-4 py-2 lg:py-3">
        <A href="/" className="text-xl font-semibold text-accent">
          {texts.name}
        </A>
        <nav aria-label={texts.nav} className="hidden flex-wrap gap-4 text-sm lg:flex">
          {links.map((l) => (
            <A key={l.href} href={l.href} className="hover:underline">
              {l.label}
            </A>
          ))}
        </nav>
        <div className="ms-auto hidden flex-wrap items-center gap-3 text-sm lg:flex">{bar}</div>
        <div className="ms-auto flex items-center gap-2 text-sm lg:hidden">
          {phone}
          <details className="group" data-header-menu>
            <summary className="btn min-h-9 cursor-pointer list-none [&::-webkit-details-marker]:hidden">
              <span aria-hidden>☰</span> {texts.menu}
            </summary>
            <div className="absolute inset-x-0 top-full z-40 space-y-3 border-b border-stone-200 bg-white px-4 py-3 shadow-lg">
              {menuBefore}
              <nav aria-label={texts.nav}>
                <ul className="grid gap-1">
                  {links.map((l) => (
                    <li key={l.href}>
                      <A href={l.href} className="block rounded px-2 py-2 text-base hover:bg-stone-100">
                        {l.label}
                      </A>
                    </li>
                  ))}
                </ul>
              </nav>
              {menuAfter}
            </div>
          </details>
        </div>
      </div>
    </header>
  );
}

/** A plain anchor with Anchor's props, for pages without client code. */
export function PlainAnchor(props: { href: string; className?: string; children: ReactNode }) {
  return <a {...props} />;
}
