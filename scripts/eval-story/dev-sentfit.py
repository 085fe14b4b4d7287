# Development only: which sentence features tell a gold-like entry. Reads /tmp/story8/cands.json
# (dev-exp.ts with DUMP=1), scores each candidate against its gold day with score.py's ROUGE-1,
# and fits a linear scorer leave-one-topic-out; prints each day's entry ROUGE-1 F of the top-K.
import sys, os, json, importlib.util, collections
import numpy as np
spec = importlib.util.spec_from_file_location("score", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/tools/tls-score/score.py"))
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
cases = {f"{c['topic']}/{c['name']}": c for c in S.load_cases("/tmp/timeline17", None)}
rows = json.load(open("/tmp/story8/cands.json"))
K = {k: round(sum(len(v) for v in c["gold"].values()) / len(c["gold"])) for k, c in cases.items()}
gold = {}
for k, c in cases.items():
    for d, s in c["gold"].items():
        gold[(k, str(d))] = S.Summary(s)
for r in rows:
    sm = S.Summary([r["text"]]); g = gold[(r["key"], r["day"])]
    h = S.hits(sm, g, 1)
    r["P"] = h / sm.count[1] if sm.count[1] else 0; r["R"] = h / g.count[1] if g.count[1] else 0
    r["F"] = S.f1(r["P"], r["R"]); r["toks"] = sm.count[1]
FEATS = ["cos", "rel", "story", "other", "awaited", "named", "spelled", "opens", "chrono", "since", "lpos", "lnw", "lcopies", "share", "late", "early"]
for r in rows:
    r["lpos"] = np.log1p(r["pos"]); r["lnw"] = np.log(max(1, r["nw"])); r["lcopies"] = np.log(r["copies"])
    r["late"] = 1.0 if r["delta"] >= 7 else 0.0; r["early"] = 1.0 if r["delta"] <= 1 and r["delta"] >= 0 else 0.0
days = collections.defaultdict(list)
for r in rows: days[(r["key"], r["day"])].append(r)

def entry_f(key, day, picked):
    sm = S.Summary([p["text"] for p in picked]); g = gold[(key, day)]
    h = S.hits(sm, g, 1)
    p = h / sm.count[1] if sm.count[1] else 0; rr = h / g.count[1]
    return S.f1(p, rr), p, rr

def evaluate(scorefn, only_chosen=True):
    fs = []
    for (key, day), rs in days.items():
        if only_chosen and not rs[0]["chosen"]: continue
        ranked = sorted(rs, key=lambda r: -scorefn(r))
        fs.append(entry_f(key, day, ranked[:K[key]]))
    a = np.array(fs); return a.mean(0)

base = lambda r: r["cos"] + 0.5 * r["rel"] + 0.2 * r["story"] - 0.2 * r["other"] - 0.2 * r["awaited"]
print("baseline (no redundancy)", evaluate(base))
print("oracle F", evaluate(lambda r: r["F"]))
# single features correlations within day
def within_corr(f):
    xs, ys = [], []
    for rs in days.values():
        if len(rs) < 3: continue
        x = np.array([r[f] for r in rs], float); y = np.array([r["F"] for r in rs])
        if x.std() == 0: continue
        xs.append(((x - x.mean()) / x.std())); ys.append((y - y.mean()) / (y.std() + 1e-9))
    x = np.concatenate(xs); y = np.concatenate(ys); return float((x * y).mean())
for f in FEATS + ["nw", "pos", "delta"]:
    print(f"  corr {f:8s} {within_corr(f):+.3f}   base+0.1*z: ", end="")
    sd = np.std([r[f] for r in rows]) or 1
    print(evaluate(lambda r: base(r) + 0.05 * r[f] / sd)[0].round(4), evaluate(lambda r: base(r) - 0.05 * r[f] / sd)[0].round(4))

# LOTO linear regression on F, features centred within day
def design(rs):
    X = np.array([[r[f] for f in FEATS] for r in rs], float)
    return X - X.mean(0)
topics = sorted({r["topic"] for r in rows})
target = sys.argv[1] if len(sys.argv) > 1 else "F"
W = {}
for t in topics + ["ALL"]:
    Xs, ys = [], []
    for (key, day), rs in days.items():
        if key.startswith(t + "/"): continue
        Xs.append(design(rs)); y = np.array([r[target] for r in rs]); ys.append(y - y.mean())
    X = np.concatenate(Xs); y = np.concatenate(ys)
    w = np.linalg.solve(X.T @ X + 1.0 * np.eye(len(FEATS)), X.T @ y)
    W[t] = w
print("weights (all):", dict(zip(FEATS, W["ALL"].round(4))))
fs = []; fb = []
for (key, day), rs in days.items():
    if not rs[0]["chosen"]: continue
    t = key.split("/")[0]; w = W[t]
    sc = design(rs) @ w
    order = np.argsort(-sc, kind="stable")
    fs.append(entry_f(key, day, [rs[i] for i in order[:K[key]]]))
print("LOTO linear", np.array(fs).mean(0))
