// Figures from the per-article verdicts: precision and recall of dated and of undated events,
// non-events by reason, exact dates, status, label quality; and, with --show, each miss, wrong
// event and faulty label with its sentence. Prints; computes nothing about matching itself.
import type { GoldArticle } from './gold';
import { labelF1, labelFaults } from './labels';
import type { ArticleMatch, SystemEvent } from './match';

export interface Tally {
  sysDated: number; rightDated: number; goldDated: number; foundDated: number;
  sysUndated: number; rightUndated: number; goldUndated: number; foundUndated: number;
  exact: number; statusRight: number; matched: number;
  labels: number; wholeLabels: number; f1Sum: number; f1Count: number;
  wrong: Record<string, number>;
  faults: Record<string, number>;
  misses: Record<string, number>;
}

export const emptyTally = (): Tally => ({
  sysDated: 0, rightDated: 0, goldDated: 0, foundDated: 0,
  sysUndated: 0, rightUndated: 0, goldUndated: 0, foundUndated: 0,
  exact: 0, statusRight: 0, matched: 0, labels: 0, wholeLabels: 0, f1Sum: 0, f1Count: 0,
  wrong: {}, faults: {}, misses: {},
});

const bump = (r: Record<string, number>, k: string) => (r[k] = (r[k] ?? 0) + 1);

export function wrongClass(v: ArticleMatch['verdicts'][number]): string {
  if (v.kind === 'non-event') return `non-event: ${v.reason}`;
  if (v.kind === 'wrong-date') return v.direction ? 'wrong date: other side of publication' : 'wrong date';
  return v.kind;
}

/** Adds one article to `t`; returns the --show lines for it. */
export function tallyArticle(t: Tally, a: GoldArticle, sys: SystemEvent[], m: ArticleMatch): string[] {
  const show: string[] = [];
  const sentence = (s: { start: number; end: number }) => a.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  const when = (e: SystemEvent) => (e.when.start === null ? 'undated' : `${e.when.start}..${e.when.end} "${e.when.text}"`);
  sys.forEach((e, i) => {
    const v = m.verdicts[i];
    const dated = e.when.start !== null;
    if (dated) t.sysDated++;
    else t.sysUndated++;
    const gold = v.kind === 'right' ? a.events[v.gold] : null;
    if (gold) {
      if (dated) t.rightDated++;
      else t.rightUndated++;
      t.matched++;
      if (dated && e.when.start === gold.start && e.when.end === gold.end) t.exact++;
      else if (dated) show.push(`  inexact   ${when(e)} gold ${gold.start}..${gold.end}  ${e.label}`);
      if (e.status === gold.status) t.statusRight++;
      else show.push(`  status    ${e.status} gold ${gold.status}  ${e.label}  [${sentence(gold.sentence)}]`);
      t.f1Sum += labelF1(e.label, gold.label);
      t.f1Count++;
    } else {
      const cls = `${dated ? '' : 'undated '}${wrongClass(v)}`;
      bump(t.wrong, cls);
      show.push(`  WRONG     ${cls}  ${when(e)}  ${e.label}  [${sentence(e.source)}]`);
    }
    t.labels++;
    const faults = labelFaults(e.label, { text: a.text, gold: gold?.label ?? null });
    if (!faults.length) t.wholeLabels++;
    else {
      faults.forEach((f) => bump(t.faults, f));
      show.push(`  LABEL     ${faults.join(', ')}: "${e.label}"${gold ? ` gold "${gold.label}"` : ''}`);
    }
  });
  a.events.forEach((g, gi) => {
    const dated = g.start !== null;
    if (dated) t.goldDated++;
    else t.goldUndated++;
    if (m.goldTo[gi] >= 0) {
      if (dated) t.foundDated++;
      else t.foundUndated++;
      return;
    }
    const near = sys.some((e, i) => m.verdicts[i].kind === 'wrong-date' && (m.verdicts[i] as { gold: number }).gold === gi);
    const cls = near ? 'drawn with a wrong date' : 'not drawn';
    bump(t.misses, cls);
    show.push(`  MISS      ${cls}  ${g.start ?? 'undated'}..${g.end ?? ''} "${g.dateWords ?? ''}"  ${g.label}  [${sentence(g.sentence)}]`);
  });
  return show;
}

export function addTally(into: Tally, t: Tally): void {
  for (const k of Object.keys(t) as (keyof Tally)[]) {
    const v = t[k];
    if (typeof v === 'number') (into[k] as number) += v;
    else for (const [kk, n] of Object.entries(v)) (into[k] as Record<string, number>)[kk] = ((into[k] as Record<string, number>)[kk] ?? 0) + n;
  }
}

const ratio = (n: number, d: number) => (d ? (n / d).toFixed(2) : ' — ');
const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : '—');

/** One line per article: the same figures as the summary, short. */
export function articleLine(id: string, t: Tally): string {
  return `${id.padEnd(30)} P ${ratio(t.rightDated, t.sysDated)} (${t.rightDated}/${t.sysDated})  R ${ratio(t.foundDated, t.goldDated)} (${t.foundDated}/${t.goldDated})  undated ${t.rightUndated}/${t.sysUndated} of ${t.goldUndated}  non-events ${Object.entries(t.wrong).filter(([k]) => k.includes('non-event')).reduce((s, [, n]) => s + n, 0)}  labels ${t.wholeLabels}/${t.labels}`;
}

export function summary(t: Tally, articles: number): string {
  const nonEvents = Object.entries(t.wrong).filter(([k]) => k.includes('non-event'));
  const wrong = (undated: boolean) =>
    Object.entries(t.wrong).filter(([k]) => k.startsWith('undated') === undated).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k.replace(/^undated /, '')} ${n}`).join('; ') || 'none';
  const lines = [
    `articles ${articles}; gold events ${t.goldDated} dated + ${t.goldUndated} undated; system events ${t.sysDated} dated + ${t.sysUndated} undated`,
    `dated events     precision ${ratio(t.rightDated, t.sysDated)} (${t.rightDated}/${t.sysDated})  recall ${ratio(t.foundDated, t.goldDated)} (${t.foundDated}/${t.goldDated})  F1 ${ratio(2 * t.rightDated * t.foundDated, t.rightDated * t.goldDated + t.foundDated * t.sysDated)}`,
    `undated events   precision ${ratio(t.rightUndated, t.sysUndated)} (${t.rightUndated}/${t.sysUndated})  recall ${ratio(t.foundUndated, t.goldUndated)} (${t.foundUndated}/${t.goldUndated})`,
    `non-events drawn ${nonEvents.reduce((s, [, n]) => s + n, 0)}${nonEvents.length ? ` (${nonEvents.map(([k, n]) => `${k.replace('non-event: ', '')} ${n}`).join(', ')})` : ''}`,
    `wrong dated      ${wrong(false)}`,
    `wrong undated    ${wrong(true)}`,
    `missed events    ${Object.entries(t.misses).map(([k, n]) => `${k} ${n}`).join('; ') || 'none'}`,
    `exact dates      ${pct(t.exact, t.rightDated)} of matched dated events (${t.exact}/${t.rightDated})`,
    `status           ${pct(t.statusRight, t.matched)} of matched events (${t.statusRight}/${t.matched})`,
    `labels whole     ${pct(t.wholeLabels, t.labels)} (${t.wholeLabels}/${t.labels}); faults: ${Object.entries(t.faults).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`,
    `label token F1   ${ratio(t.f1Sum, t.f1Count)} (mean over ${t.f1Count} matched events)`,
  ];
  return lines.join('\n');
}
