import json, sys
# usage: python3 scripts/add-messages.py < fragment.json  (merges top-level sections)
p = "lib/i18n/messages/nl.json"
data = json.load(open(p, encoding="utf-8"))
frag = json.load(sys.stdin)
for k, v in frag.items():
    if isinstance(v, dict):
        data.setdefault(k, {}).update(v)
    else:
        data[k] = v
json.dump(data, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
open(p, "a").write("\n")
