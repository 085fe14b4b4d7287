# Development only (dev-tune.ts): scores many configurations' predictions in one process with
# ../shared/tools/tls-score/score.py's own functions (same ROUGE, alignment and Date-F1).
# stdin: {"configs": {name: {"topic/gold": [{"date":..,"sentences":[..]}]}}}; stdout: {name: {"topic/gold": res}}
import sys, os, json, datetime, importlib.util
spec = importlib.util.spec_from_file_location("score", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/tools/tls-score/score.py"))
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
data = sys.argv[1] if len(sys.argv) > 1 else "/tmp/timeline17"
cases = {f"{c['topic']}/{c['name']}": c for c in S.load_cases(data, None)}
gold = {k: {d: S.Summary(s) for d, s in c["gold"].items()} for k, c in cases.items()}
inp = json.load(sys.stdin)
out = {}
for name, preds in inp["configs"].items():
    out[name] = {}
    for key, tl in preds.items():
        pred = {datetime.date.fromisoformat(e["date"]): S.Summary(e["sentences"]) for e in tl}
        out[name][key] = S.evaluate_timeline(pred, gold[key])
json.dump(out, sys.stdout)
