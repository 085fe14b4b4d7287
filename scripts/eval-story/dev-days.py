# Development only (session 16): date-only experiments in Python on the prepared collections, the
# tagger's mention texts and each timeline's article relevance; Date-F1 as dev-tune.ts `dates`
# computes it (the top N days that have candidates), leave-one-topic-out over named variants.
# Inputs, from one checkout:
#   tsx scripts/eval-story/dev-prepare.ts /tmp/timeline17 COLS
#   tsx scripts/eval-story/dev-mentions.ts /tmp/timeline17 MENTIONS
#   STORY_COLS=COLS tsx scripts/eval-story/dev-export.ts REL.json
# then: python3 scripts/eval-story/dev-days.py COLS MENTIONS REL.json EXPERIMENT
# EXPERIMENT: forms (mention forms of gold / missed / wrong days), sources (per-source counts,
# mention forms as features), lookback (chronology x later share grids), ratio (the later share as
# a ratio), folder (later share read on the whole folder, not cut at the span's end).
import json, math, os, re, sys, bisect, datetime, collections as C

D = '/tmp/timeline17'
COLS, MENTIONS, RELF, EXP = sys.argv[1:5]
REL = json.load(open(RELF))
dn = lambda s: datetime.date.fromisoformat(s[:10]).toordinal()
ds = lambda n: datetime.date.fromordinal(n).isoformat()
f1 = lambda p, r: 0 if p + r == 0 else 2 * p * r / (p + r)
topics = sorted(t for t in os.listdir(D) if not t.endswith('.json'))
cols = {t: json.load(open(f'{COLS}/{t}.json')) for t in topics}
ments = {t: json.load(open(f'{MENTIONS}/{t}.json'))['mentions'] for t in topics}
cases = []
for t in topics:
    for g in sorted(os.listdir(f'{D}/{t}/gold')):
        tl = json.load(open(f'{D}/{t}/gold/{g}'))['timeline']
        dates = sorted(e['date'] for e in tl)
        cases.append(dict(key=f'{t}/{g[:-5]}', topic=t, n=len(dates), start=dates[0], end=dates[-1], gold=set(dates)))

WD = re.compile(r'\b(mon|tues|wednes|thurs|fri|satur|sun)day', re.I)
DEICTIC = re.compile(r'\b(yesterday|today|tonight|last night|this morning|this afternoon|this evening|overnight)\b', re.I)
SPELLED = re.compile(r'\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b|\d{1,4}[/.-]\d{1,2}', re.I)
def form(txt):
    if SPELLED.search(txt): return 'spelled'
    if DEICTIC.search(txt): return 'deictic'
    if WD.search(txt): return 'weekday'
    return 'other'

_ctx = {}
def context(c):
    if c['key'] in _ctx: return _ctx[c['key']]
    col = cols[c['topic']]
    arts = [i for i, a in enumerate(col['articles']) if c['start'] <= a['published'] <= c['end']]
    named, leads = C.defaultdict(list), set()
    T = C.defaultdict(lambda: dict(arts=set(), later=set(), awaited=set(), pub=0))
    for a in arts:
        art = col['articles'][a]; p = dn(art['published']); T[p]['pub'] += 1
        for s in art['sentences']:
            S = col['sentences'][s]
            for d in S['days']:
                named[d].append(s); n = dn(d); t = T[n]; t['arts'].add(a)
                if p - n >= 7: t['later'].add(a)
                if p < n: t['awaited'].add(a)
            if not S['days'] and S['position'] < 8: leads.add(art['published']); leads.add(ds(p - 1))
    pubs = sorted(dn(col['articles'][a]['published']) for a in arts)
    ctx = dict(col=col, arts=arts, rel={int(k): v for k, v in REL[c['key']].items()}, named=named, T=T, pubs=pubs,
               has=lambda d: d in named or d in leads)
    _ctx[c['key']] = ctx
    return ctx

def chronology(c, ctx, K=6):
    key = ('chron', K)
    if key not in ctx:
        days = C.Counter()
        for a in ctx['arts']:
            art = ctx['col']['articles'][a]
            listed = {d for s in art['sentences'] for d in ctx['col']['sentences'][s].get('opens', []) if d in ctx['col']['sentences'][s]['spelled'] and d < art['published']}
            if len(listed) >= K:
                for d in listed: days[d] += 1
        ctx[key] = days
    return ctx[key]

def scorer(aw=0.2, pub=0, later=0, chron=0, K=6, share=0, M=10, ratio=0, scale=10, folder=False, extra=None):
    def score(c, ctx):
        out = {}
        ch = chronology(c, ctx, K) if chron else None
        for n, t in ctx['T'].items():
            d = ds(n)
            if not c['start'] <= d <= c['end']: continue
            s = math.log1p(10 * sum(ctx['rel'].get(a, 0) for a in t['arts'])) - aw * math.log1p(len(t['awaited']))
            if pub or later: s += pub * math.log1p(t['pub']) + later * math.log1p(len(t['later']))
            if chron: s += chron * math.log1p(ch[d])
            if share or ratio:
                lat, pubs = (len(t['later']), ctx['pubs']) if not folder else folder_later(c, ctx, n)
                avail = len(pubs) - bisect.bisect_left(pubs, n + 7)
                if share: s += share * (math.log1p(lat) - math.log1p(max(avail, M)))
                if ratio: s += ratio * math.log1p(scale * lat / max(avail, M))
            if extra: s += extra(c, ctx, d)
            out[d] = s
        return out
    return score

def folder_later(c, ctx, n):
    if 'folder' not in ctx:
        col = ctx['col']; arts = [a for a, art in enumerate(col['articles']) if art['published'] >= c['start']]
        later = C.defaultdict(set)
        for a in arts:
            p = dn(col['articles'][a]['published'])
            for s in col['articles'][a]['sentences']:
                for d in col['sentences'][s]['days']:
                    if p - dn(d) >= 7: later[dn(d)].add(a)
        ctx['folder'] = (later, sorted(dn(col['articles'][a]['published']) for a in arts))
    later, pubs = ctx['folder']
    return len(later[n]), pubs

def evaluate(score):
    res = {}
    for c in cases:
        ctx = context(c); sc = score(c, ctx)
        days = sorted((d for d in sc if ctx['has'](d)), key=lambda d: (-sc[d], d))[:c['n']]
        hit = sum(d in c['gold'] for d in days)
        res[c['key']] = (hit / len(days) if days else 0, hit / c['n'])
    return res

def avgF(res, keys=None):
    ks = [k for k in res if keys is None or k in keys]
    return f1(sum(res[k][0] for k in ks) / len(ks), sum(res[k][1] for k in ks) / len(ks))

def loto(variants):
    held, lines = {}, []
    for t in topics:
        best = max(variants, key=lambda n: (avgF(variants[n], [k for k in variants[n] if not k.startswith(t + '/')]), -list(variants).index(n)))
        for k, v in variants[best].items():
            if k.startswith(t + '/'): held[k] = v
        lines.append(f'  {t:7s} {avgF(held, [k for k in held if k.startswith(t + "/")]):.3f}  {best}')
    return avgF(held), '\n'.join(lines)

def line(name, r):
    ex = avgF(r, [k for k in r if k != 'libya/reuters'])
    return f'{avgF(r):.4f} (without libya/reuters {ex:.4f})  {name}\n    ' + ' '.join(f'{k}:{f1(*v):.2f}' for k, v in r.items())

OLD = {'relevant': dict(aw=0), 'relevant+pub+later': dict(aw=0, pub=0.25, later=0.25), 'awaited0.15': dict(aw=0.15), 'awaited0.2': dict(aw=0.2), 'awaited0.25': dict(aw=0.25)}

if EXP == 'forms':
    agg = C.defaultdict(C.Counter)
    for c in cases:
        ctx = context(c); sc = scorer()(c, ctx)
        ranked = sorted((d for d in sc if ctx['has'](d)), key=lambda d: (-sc[d], d)); chosen = set(ranked[:c['n']])
        for d in ranked:
            cat = ('gold chosen' if d in chosen else 'gold missed') if d in c['gold'] else ('wrong chosen' if d in chosen else 'other')
            forms = C.Counter(form(txt) for s in ctx['named'].get(d, []) for txt, val in ments[c['topic']][s] if val and val[:10] == d)
            tot = sum(forms.values()) or 1
            agg[cat]['days'] += 1
            for f, v in forms.items(): agg[cat][f] += v / tot
            t = ctx['T'][dn(d)]; agg[cat]['articles'] += len(t['arts']); agg[cat]['published'] += t['pub']
    for cat, a in agg.items(): print(cat, a['days'], {k: round(v / a['days'], 2) for k, v in a.items() if k != 'days'})

if EXP == 'sources':
    # per-source: the file name's prefix (Timeline17's SOURCE-ID.txt); forms: relevance-weighted articles by mention form
    def feats(c, ctx):
        if 'src' not in ctx:
            col = ctx['col']; E = C.defaultdict(lambda: C.defaultdict(float))
            for a in ctx['arts']:
                art = col['articles'][a]; src = art['id'].split('/')[-1].split('-')[0]; seen = set()
                for s in art['sentences']:
                    for txt, val in ments[c['topic']][s]:
                        if not val or len(val) < 10 or val[:10] not in col['sentences'][s]['days']: continue
                        key = (val[:10], form(txt))
                        if key not in seen: seen.add(key); E[val[:10]][key[1]] += ctx['rel'].get(a, 0)
                    for d in col['sentences'][s]['days']: E[d]['src:' + src] = max(E[d]['src:' + src], ctx['rel'].get(a, 0))
            ctx['src'] = E
        return ctx['src']
    F = {'sources': lambda e: sum(1 for k in e if k.startswith('src:')), 'relevant sources': lambda e: math.log1p(10 * sum(v for k, v in e.items() if k.startswith('src:'))),
         'deictic': lambda e: math.log1p(10 * e['deictic']), 'weekday': lambda e: math.log1p(10 * e['weekday']), 'spelled': lambda e: math.log1p(10 * e['spelled'])}
    base = evaluate(scorer())
    for name, fn in F.items():
        variants = {'default': base}
        for w in [-0.5, -0.25, -0.1, 0.1, 0.25, 0.5, 1]:
            variants[f'{name} {w}'] = evaluate(scorer(extra=lambda c, ctx, d, fn=fn, w=w: w * fn(feats(c, ctx)[d])))
        print(name, ' '.join(f'{n.split(" ")[-1]}:{avgF(v):.4f}' for n, v in variants.items()), 'LOTO %.4f' % loto(variants)[0])

if EXP == 'lookback':
    res = {}
    for wn, wv in OLD.items():
        for ch in [0, 0.5, 1]:
            for sh in [(0, 0), (10, 0.5), (10, 0.75), (30, 0.5), (30, 0.75)]:
                res[f'{wn} chronology{ch} share{sh[1]} floor{sh[0]}'] = evaluate(scorer(**wv, chron=ch, M=sh[0], share=sh[1]))
    grids = {
        'the grid before (five weightings)': [n for n in res if 'chronology0 ' in n and 'share0 ' in n],
        '+ chronology 0.5 / 1': [n for n in res if 'share0 ' in n],
        '+ later share (floor 10 / 30, 0.5 / 0.75)': [n for n in res if 'chronology0 ' in n],
        'eval:story 70 (each + chronology 1, share 0.5 / 0.75, floor 10)': [n for n in res if ('chronology0 ' in n and 'share0 ' in n) or ('chronology1 ' in n and 'floor10' in n)],
        'all 75 weightings': list(res),
    }
    for g, names in grids.items():
        l, lines = loto({n: res[n] for n in names}); print(f'{g}: LOTO {l:.4f}\n{lines}')
    for n in sorted(res, key=lambda n: -avgF(res[n]))[:10]: print(line(n, res[n]))

if EXP == 'ratio':
    for base in ['relevant', 'awaited0.2']:
        for scale in [10, 100]:
            for w in [0.25, 0.5, 0.75, 1]:
                print(line(f'{base} chronology1 ratio{w} scale{scale}', evaluate(scorer(**OLD[base], chron=1, ratio=w, scale=scale))))

if EXP == 'folder':
    for w in [0.5, 0.75]:
        print(line(f'chronology1 share{w} (span)', evaluate(scorer(aw=0, chron=1, share=w))))
        print(line(f'chronology1 share{w} (whole folder)', evaluate(scorer(aw=0, chron=1, share=w, folder=True))))
