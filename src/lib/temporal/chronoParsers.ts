// Which of chrono's own English parsers the news tagger keeps: those that read calendar dates
// and clock times as written ("March 3, 2009", "3 March", "2009-03-03", "7/8/07", "March",
// "3 p.m."). Chrono's relative and casual parsers ("last week" as one day, "on Monday" as the
// nearest Monday, "within 2 days" as a date) are replaced by the news parsers.
// Parsers are chosen by what they read, not by class name, which a minifier may rename.
import { Chrono, casual, type Parser } from 'chrono-node';

const KEEP = ['March 3, 2009', '3 March 2009', '2009-03-03', '7/8/2007', '03/2009', 'March', 'March 2009', '2009 March', '3 p.m.', '15:30', '2009-03-03T10:00:00Z'];
const DROP = ['tomorrow', 'tonight', 'this morning', 'last week', 'next 2 weeks', 'on Monday', '2 days ago', '2 days later', 'within 2 days', 'end of this month', 'evening'];

const PROBE_DATE = new Date(2009, 5, 15, 12, 0, 0);

function reads(parser: Parser, probe: string): boolean {
  const single = new Chrono({ parsers: [parser], refiners: [] });
  return single.parse(probe, PROBE_DATE).some((r) => r.text.trim().length >= probe.length - 3);
}

let kept: Parser[] | null = null;

export function calendarParsers(): Parser[] {
  kept ??= casual.parsers.filter((p) => !DROP.some((probe) => reads(p, probe)) && KEEP.some((probe) => reads(p, probe)));
  return kept;
}
