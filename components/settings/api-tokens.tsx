'use client';
import { useState } from 'react';
import { createApiTokenAction, revokeApiTokenAction } from '@/app/_actions/account';
import { EnumSelect } from '@/components/forms/enum-select';
import { useI18n } from '@/components/i18n/i18n-provider';
import { ActionError } from '@/components/review/action-error';
import { useMutation } from '@/components/review/use-mutation';
import { TOKEN_SCOPES, type TokenScope } from '@/lib/vocabulary';

export interface TokenRow {
  id: number;
  name: string;
  scope: TokenScope;
  created: string;
  lastUsed: string | null;
}

export function ApiTokens({ tokens }: { tokens: TokenRow[] }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('read');
  const [secret, setSecret] = useState<string | null>(null);
  const create = useMutation(createApiTokenAction);
  const revoke = useMutation(revokeApiTokenAction);
  return (
    <section className="card space-y-3" aria-labelledby="tokens-title" data-api-tokens>
      <h2 id="tokens-title" className="font-semibold">{t('settings.tokensTitle')}</h2>
      <p className="text-sm text-stone-600">{t('settings.tokensHelp')}</p>
      {tokens.length === 0 ? (
        <p className="text-sm">{t('settings.noTokens')}</p>
      ) : (
        <ul className="divide-y divide-stone-200 text-sm">
          {tokens.map((tok) => (
            <li key={tok.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2" data-token={tok.name}>
              <bdi dir="auto" className="font-medium break-words">{tok.name}</bdi>
              <span>{t(`settings.scopes.${tok.scope}`)}</span>
              <span className="text-xs text-stone-600">{t('settings.tokenCreated')} {tok.created}</span>
              <span className="text-xs text-stone-600">{t('settings.tokenLastUsed')} {tok.lastUsed ?? t('settings.never')}</span>
              <button type="button" className="btn ms-auto text-xs" disabled={revoke.pending} onClick={() => revoke.run({ tokenId: tok.id })}>
                {t('settings.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ActionError error={revoke.error} />
      <form
        className="grid gap-3 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          create.run({ name, scope }, (data) => {
            setSecret(data.token);
            setName('');
          });
        }}
      >
        <label className="text-sm">
          {t('settings.tokenName')}
          <input name="tokenName" required maxLength={100} dir="auto" className="input" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="text-sm">
          {t('settings.tokenScope')}
          <EnumSelect name="scope" values={TOKEN_SCOPES} value={scope} onChange={(v) => v && setScope(v)} labelOf={(s) => t(`settings.scopes.${s}`)} />
        </label>
        <div className="sm:col-span-2">
          <ActionError error={create.error} />
          <button className="btn-primary" disabled={create.pending}>{t('settings.createToken')}</button>
        </div>
      </form>
      {secret && (
        <div role="status" className="rounded border border-amber-400 bg-amber-50 p-2 text-sm">
          <p>{t('settings.newToken')}</p>
          <code dir="ltr" className="block break-all select-all" data-new-token>{secret}</code>
        </div>
      )}
    </section>
  );
}
