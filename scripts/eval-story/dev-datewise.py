# Development only: a supervised date ranker as Datewise (Gholipour Ghalandari and Ifrim 2020):
# logistic regression over each candidate day's features (dateFeatures.ts), pointwise (gold day or
# not) or pairwise (a gold day above a day of the same timeline), on raw features, features
# standardised within each timeline (z) or their ranks within it; trained on eight topics' gold
# days and scored on the ninth (leave-one-topic-out), Date-F1 as score.py averages it. Each
# timeline weighs alike (the metric averages timelines). Newton steps, light L2 (lam * 1e-3).
#   tsx scripts/eval-story/dev-tune.ts days && python3 scripts/eval-story/dev-datewise.py
import json, numpy as np, itertools, sys
rows = json.load(open(sys.argv[1] if len(sys.argv) > 1 else '/tmp/story-score/days.json'))
BASE = ['mentions','articles','relevant','published','publishedNext','later','awaited','leads','coverage','spelled']
keys = sorted(set(r['key'] for r in rows)); topics = sorted(set(r['topic'] for r in rows))
by = {k: [r for r in rows if r['key']==k] for k in keys}
def mat(k, feats, norm):
    X = np.array([[r[f] for f in feats] for r in by[k]], float)
    if norm == 'z':
        X = (X - X.mean(0)) / (X.std(0) + 1e-9)
    elif norm == 'rank':
        X = np.argsort(np.argsort(X, 0), 0) / max(1, len(X)-1)
    elif norm == 'max':
        X = X / (X.max(0) + 1e-9)
    return X
def datef1(ks, score):
    P=[];R=[]
    for k in ks:
        rs = by[k]; n = rs[0]['n']; s = score(k)
        order = sorted(range(len(rs)), key=lambda i: (-s[i], rs[i]['day']))[:n]
        hit = sum(rs[i]['y'] for i in order); P.append(hit/len(order)); R.append(hit/n)
    p,r = np.mean(P), np.mean(R); return 2*p*r/(p+r)
def fit(ks, feats, norm, lam=1.0, pairwise=False, iters=300):
    Xs=[];ys=[];ws=[]
    for k in ks:
        X = mat(k, feats, norm); y = np.array([r['y'] for r in by[k]], float)
        if pairwise:
            pos = X[y==1]; neg = X[y==0]
            if len(pos)==0 or len(neg)==0: continue
            D = (pos[:,None,:]-neg[None,:,:]).reshape(-1, X.shape[1])
            Xs.append(np.vstack([D,-D])); ys.append(np.r_[np.ones(len(D)),np.zeros(len(D))]); ws.append(np.full(2*len(D), 1.0/(2*len(D))))
        else:
            Xs.append(X); ys.append(y); ws.append(np.full(len(y), 1.0/len(y)))
    X=np.vstack(Xs); y=np.concatenate(ys); w=np.concatenate(ws); w/=w.sum()
    if not pairwise: X=np.c_[X, np.ones(len(X))]
    b=np.zeros(X.shape[1])
    # Newton
    for _ in range(30):
        p=1/(1+np.exp(-X@b)); g=X.T@(w*(p-y)) + lam*1e-3*b; H=(X*(w*p*(1-p))[:,None]).T@X + lam*1e-3*np.eye(len(b))
        b-=np.linalg.solve(H,g)
    return b if pairwise else b[:-1]
def loto(feats, norm, lam, pairwise):
    P=[];R=[]; per={}
    for t in topics:
        train=[k for k in keys if not k.startswith(t+'/')]; test=[k for k in keys if k.startswith(t+'/')]
        b=fit(train, feats, norm, lam, pairwise)
        per[t]=datef1(test, lambda k: mat(k, feats, norm)@b)
        for k in test:
            rs=by[k]; n=rs[0]['n']; s=mat(k,feats,norm)@b
            order=sorted(range(len(rs)), key=lambda i:(-s[i], rs[i]['day']))[:n]; hit=sum(rs[i]['y'] for i in order); P.append(hit/len(order)); R.append(hit/n)
    p,r=np.mean(P),np.mean(R); full=fit(keys,feats,norm,lam,pairwise)
    return 2*p*r/(p+r), per, datef1(keys, lambda k: mat(k,feats,norm)@full), full
base = datef1(keys, lambda k: np.array([r['relevant']-0.25*r['awaited'] for r in by[k]]))
print('default ranking', round(base,3))
sets = {'all': BASE, 'core': ['relevant','awaited','later','published','publishedNext','spelled','leads','coverage'], 'small': ['relevant','awaited','later','publishedNext'], 'rel+aw': ['relevant','awaited']}
for (sn, feats), norm, lam, pw in itertools.product(sets.items(), ['none','z','rank'], [1, 30], [False, True]):
    f, per, ins, b = loto(feats, norm, lam, pw)
    print(f"{sn:6} {norm:5} lam={lam:<3} pair={int(pw)} LOTO {f:.3f} in-sample {ins:.3f}  " + ' '.join(f"{t}:{v:.2f}" for t,v in per.items()), flush=True)
