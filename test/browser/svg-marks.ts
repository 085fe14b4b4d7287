// Test helper: the marks of an exported SVG as comparable values (id, status, dates, label
// text, shape position rounded to whole pixels), read with htmlparser2's tokenizer. A label
// is found inside its mark's group or in a group naming it with data-label-for.
import { Parser } from 'htmlparser2';

export interface MarkSummary {
  id: string;
  status: string;
  start: string;
  end: string;
  text: string;
  shape: string;
}

export function markSummaries(svg: string): MarkSummary[] {
  const marks = new Map<string, MarkSummary>();
  const stack: (string | null)[] = []; // the mark id each open element's text belongs to
  const owner = () => stack[stack.length - 1] ?? null;
  const r = (v: string | undefined) => (v === undefined ? '' : String(Math.round(Number(v))));
  const parser = new Parser(
    {
      onopentag(name, a) {
        const id = name === 'g' ? (a['data-mark-id'] ?? a['data-label-for']) : undefined;
        if (id !== undefined && a['data-mark-id'] !== undefined) {
          const m = marks.get(id) ?? { id, status: '', start: '', end: '', text: '', shape: '' };
          Object.assign(m, { status: a['data-status'] ?? '', start: a['data-start'] ?? '', end: a['data-end'] ?? '' });
          marks.set(id, m);
        } else if (id !== undefined && !marks.has(id)) {
          marks.set(id, { id, status: '', start: '', end: '', text: '', shape: '' });
        }
        const current = id ?? owner();
        stack.push(current);
        const m = current ? marks.get(current) : undefined;
        if (m && !m.shape && a['data-label-for'] === undefined && (name === 'circle' || name === 'rect')) {
          m.shape = name === 'circle' ? `c ${r(a.cx)} ${r(a.cy)}` : `r ${r(a.x)} ${r(a.y)} ${r(a.width)} ${r(a.height)}`;
        }
      },
      ontext(t) {
        const id = owner();
        if (id) marks.get(id)!.text += t;
      },
      onclosetag() {
        stack.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(svg);
  parser.end();
  return [...marks.values()].map((m) => ({ ...m, text: m.text.replace(/\s+/g, ' ').trim() }));
}
