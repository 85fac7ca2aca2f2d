/** A signed-in HTTP session against a running server: cookies kept by hand, as a browser would. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie(), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: '/review' }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes('session-token'))) throw new Error(`Sign-in as ${email} at ${base} failed (${res.status}).`);
  return cookie();
}

/** Waits until the server answers (or its process has exited). */
export async function waitUp(base: string, exited: () => boolean, seconds = 120): Promise<void> {
  for (let i = 0; i < seconds * 2; i++) {
    if (exited()) throw new Error(`The server at ${base} exited during start-up.`);
    try {
      if ((await fetch(`${base}/`)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server at ${base} did not answer within ${seconds} s.`);
}
