'use client';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/http/action-result';

/** Runs a server action, keeping its pending state and its last refusal for display. */
export function useMutation<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  function run(input: unknown, onSuccess?: (data: T) => void) {
    startTransition(async () => {
      const r = await action(input);
      setResult(r);
      if (r.ok) onSuccess?.(r.data);
    });
  }
  return { run, pending, result, error: result && !result.ok ? result : null, reset: () => setResult(null) };
}
