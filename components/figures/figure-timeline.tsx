import type { I18n } from '@/components/i18n/i18n';
import type { FigureSummary } from '@/lib/figures';

const W = 640;
const H = 260;
const PAD = { top: 16, bottom: 36, start: 64, end: 16 };
const PALETTE = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0f766e'];
/** Verdict or status → the mark drawn on a point, so colour is never the only signal. */
const SHAPE: Record<string, 'circle' | 'square' | 'diamond' | 'ring'> = { verified: 'circle', disputed: 'diamond', unverifiable: 'square' };

const dayNumber = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / 86_400_000);

function Mark({ x, y, shape, colour, label }: { x: number; y: number; shape: string; colour: string; label: string }) {
  const common = { stroke: colour, strokeWidth: 2 };
  return (
    <g>
      <title>{label}</title>
      {shape === 'circle' && <circle cx={x} cy={y} r={5} fill={colour} {...common} />}
      {shape === 'square' && <rect x={x - 5} y={y - 5} width={10} height={10} fill={colour} {...common} />}
      {shape === 'diamond' && <path d={`M${x} ${y - 7}L${x + 7} ${y}L${x} ${y + 7}L${x - 7} ${y}Z`} fill={colour} {...common} />}
      {shape === 'ring' && <circle cx={x} cy={y} r={5} fill="white" {...common} />}
    </g>
  );
}

/**
 * Value over time, one line per claimant, a mark per claim shaped by its verdict. Server-rendered
 * SVG with a title and description; the table beside it carries the same data as text.
 */
export function FigureTimeline({ summary, i18n, titleId }: { summary: FigureSummary; i18n: Pick<I18n, 't' | 'number' | 'date' | 'locale' | 'dir'>; titleId: string }) {
  const points = summary.series.flatMap((s) => s.points);
  if (!points.length) return null;
  const days = points.map((p) => dayNumber(p.date));
  const d0 = Math.min(...days);
  const d1 = Math.max(...days);
  const vmax = Math.max(...points.map((p) => p.value)) * 1.1 || 1;
  const rtl = i18n.dir === 'rtl';
  const plotW = W - PAD.start - PAD.end;
  // Time runs in the reading direction: right to left on an Arabic page.
  const x = (d: string) => {
    const t = d1 === d0 ? 0.5 : (dayNumber(d) - d0) / (d1 - d0);
    return rtl ? W - PAD.start - t * plotW : PAD.start + t * plotW;
  };
  const y = (v: number) => H - PAD.bottom - (v / vmax) * (H - PAD.top - PAD.bottom);
  const axisX = rtl ? W - PAD.start : PAD.start;
  const ticks = [0, vmax / 2 / 1.1, vmax / 1.1].map((v) => Math.round(v));
  const statusLabel = (s: string) => i18n.t(`status.${s as 'verified'}`);
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${titleId}-t ${titleId}-d`} className="h-auto w-full max-w-3xl" data-figure-timeline>
        <title id={`${titleId}-t`}>{i18n.t('figures.timeline')}</title>
        <desc id={`${titleId}-d`}>{i18n.t('figures.timelineDesc')}</desc>
        <line x1={axisX} x2={axisX} y1={PAD.top} y2={H - PAD.bottom} stroke="#78716c" />
        <line x1={PAD.start} x2={W - PAD.end} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="#78716c" transform={rtl ? `translate(${PAD.end - PAD.start} 0)` : undefined} />
        {ticks.map((v) => (
          <text key={v} x={rtl ? axisX + 6 : axisX - 6} y={y(v) + 4} fontSize={11} textAnchor={rtl ? 'start' : 'end'} fill="#44403c">
            {i18n.number(v)}
          </text>
        ))}
        {[...new Set(points.map((p) => p.date))].slice(0, 6).map((d) => (
          <text key={d} x={x(d)} y={H - PAD.bottom + 16} fontSize={11} textAnchor="middle" fill="#44403c">
            {i18n.date(d)}
          </text>
        ))}
        {summary.series.map((s, i) => {
          const colour = PALETTE[i % PALETTE.length];
          return (
            <g key={i} data-series={s.claimant ?? ''}>
              <polyline points={s.points.map((p) => `${x(p.date)},${y(p.value)}`).join(' ')} fill="none" stroke={colour} strokeWidth={2} />
              {s.points.map((p) => (
                <Mark
                  key={p.claimId}
                  x={x(p.date)}
                  y={y(p.value)}
                  shape={SHAPE[p.status] ?? 'ring'}
                  colour={colour}
                  label={`${s.claimant ?? i18n.t('figures.articlesThemselves')}: ${i18n.number(p.value)}, ${i18n.date(p.date)}, ${statusLabel(p.status)}`}
                />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="flex flex-wrap gap-3 text-xs">
        <span className="font-semibold">{i18n.t('figures.chartLegend')}:</span>
        {summary.series.map((s, i) => (
          <span key={i} className="inline-flex items-center gap-1">
            <span aria-hidden className="inline-block h-1 w-4" style={{ background: PALETTE[i % PALETTE.length] }} />
            <bdi dir="auto">{s.claimant ?? i18n.t('figures.articlesThemselves')}</bdi>
          </span>
        ))}
        {(['verified', 'disputed', 'unverifiable'] as const).map((v) => (
          <span key={v} className="inline-flex items-center gap-1">
            <svg aria-hidden width={14} height={14} viewBox="0 0 14 14">
              <Mark x={7} y={7} shape={SHAPE[v]} colour="#44403c" label="" />
            </svg>
            {statusLabel(v)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
