"""The ceiling of the pretrained knowledge available here: GiNZA's spaCy pipeline on Stockmark NER.

Measures, on the Stockmark Wikipedia NER dev split (sentence index % 5 == 1), exact-span typed and
untyped F1 (types mapped to ours as in ../shared/ner/README.md) of
  zero-shot  ja_ginza's own NER (Extended Named Entity labels, mapped to ours), as shipped;
  fine-tuned a fresh NER head on ja_ginza's tok2vec (chiVe static vectors, pretrained encoder),
             trained with the encoder on the train split (index % 5 in 2, 3, 4) for EPOCHS epochs.
The test split (index % 5 == 0) is never read. Deterministic seed; CPU only.

  nice -n 10 .venv/bin/python python/teacher.py ../shared/ner/ner-wikipedia.json [--epochs N] [--save DIR]
"""

import argparse
import json
import random
import sys
import time

import spacy
from spacy.training import Example

TYPE = {
    "人名": "person",
    "法人名": "organization",
    "政治的組織名": "organization",
    "その他の組織名": "organization",
    "地名": "place",
    "施設名": "place",
    "製品名": "product",
    "イベント名": "event",
}

# ENE labels of ja_ginza's NER → ours (the rest are dates, numbers, titles and other kinds we do not mark).
ENE_PERSON = {"Person"}
ENE_ORG_WORDS = ("Organization", "Company", "Political", "Government", "Military", "Institute",
                 "Sports_Organization", "Sports_Team", "Corporation", "Public_Institution", "Show_Organization",
                 "Ethnic_Group", "Nationality", "International_Organization", "School", "Cabinet", "Party")
ENE_PLACE_WORDS = ("Location", "GPE", "Country", "Province", "City", "County", "Region", "Continental",
                   "Domestic_Region", "Geological", "Mountain", "River", "Lake", "Sea", "Bay", "Island",
                   "Facility", "Station", "Airport", "Port", "Road", "Railroad", "Bridge", "Park", "Line",
                   "Tunnel", "Theater", "Sports_Facility", "Amusement_Park", "Worship_Place", "Car_Stop",
                   "Astral_Body", "Spa", "Water_Route", "Museum", "Zoo", "Market", "Power_Plant",
                   "Research_Institute", "Archaeological_Place", "Castle", "Palace", "Monument",
                   "Military_Base", "GOE", "Address")
ENE_PRODUCT_WORDS = ("Product", "Book", "Newspaper", "Magazine", "Broadcast_Program", "Movie", "Show",
                     "Music", "Picture", "Game", "Car", "Train", "Aircraft", "Spaceship", "Ship", "Weapon",
                     "Drug", "Food", "Clothing", "Software", "Service", "Character", "Award", "Offence",
                     "Rule", "Law", "Treaty", "Plan", "Doctrine", "Theory", "Style", "Religion",
                     "Language", "Unit", "Class", "Art", "Academic", "Sport", "Vehicle", "Title")
ENE_EVENT_WORDS = ("Event", "Incident", "War", "Conference", "Competition", "Games", "Festival",
                   "Occasion", "Natural_Disaster", "Era")


def ene_type(label: str):
    """Our type for an ENE label, or None for kinds we do not mark (dates, numbers, titles…)."""
    if label in ENE_PERSON:
        return "person"
    if label in ("Era", "Title_Other", "Position_Vocation", "Nationality", "Ethnic_Group"):
        return None
    for words, t in ((ENE_EVENT_WORDS, "event"), (ENE_ORG_WORDS, "organization"),
                     (ENE_PLACE_WORDS, "place"), (ENE_PRODUCT_WORDS, "product")):
        if any(w in label for w in words):
            return t
    return None


def score(pairs):
    """Exact-span typed/untyped F1 and per-type F1 from (gold, predicted) sets of (start, end, type)."""
    c = {}

    def bump(k, f):
        c.setdefault(k, {"tp": 0, "np": 0, "ng": 0})[f] += 1

    for gold, pred in pairs:
        gs = {(s, e) for s, e, _ in gold}
        for g in gold:
            bump("typed", "ng"); bump("untyped", "ng"); bump(g[2], "ng")
        for p in pred:
            bump("typed", "np"); bump("untyped", "np"); bump(p[2], "np")
            if p in gold:
                bump("typed", "tp"); bump(p[2], "tp")
            if (p[0], p[1]) in gs:
                bump("untyped", "tp")
    out = {}
    for k, v in c.items():
        p = v["tp"] / v["np"] if v["np"] else 0.0
        r = v["tp"] / v["ng"] if v["ng"] else 0.0
        out[k] = {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}
    return out


def gold_of(s):
    return {(e["span"][0], e["span"][1], TYPE[e["type"]]) for e in s["entities"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--save", default=None)
    ap.add_argument("--skip-zero-shot", action="store_true")
    args = ap.parse_args()
    random.seed(0)
    spacy.util.fix_random_seed(0)
    data = json.load(open(args.data, encoding="utf-8"))
    train = [s for i, s in enumerate(data) if i % 5 >= 2]
    dev = [s for i, s in enumerate(data) if i % 5 == 1]
    nlp = spacy.load("ja_ginza", exclude=["compound_splitter", "bunsetu_recognizer"])

    if not args.skip_zero_shot:
        with nlp.select_pipes(enable=["tok2vec", "ner"]):
            pairs = []
            for s, doc in zip(dev, nlp.pipe([s["text"] for s in dev], batch_size=64)):
                pred = {(e.start_char, e.end_char, ene_type(e.label_)) for e in doc.ents if ene_type(e.label_)}
                pairs.append((gold_of(s), pred))
        print(json.dumps({"zero_shot_dev": score(pairs)}, ensure_ascii=False), flush=True)

    # A fresh NER head with Stockmark's labels, reading ja_ginza's pretrained tok2vec (which is trained too).
    nlp.remove_pipe("ner")
    width = nlp.config["components"]["tok2vec"]["model"]["encode"]["width"]
    ner = nlp.add_pipe("ner", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
        "hidden_width": 64, "maxout_pieces": 2, "use_upper": True, "nO": None,
        "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": width, "upstream": "tok2vec"}}})
    for label in sorted(set(TYPE.values())):
        ner.add_label(label)

    def examples(sents):
        out, dropped = [], 0
        for s in sents:
            doc = nlp.make_doc(s["text"])
            spans = []
            for e in s["entities"]:
                span = doc.char_span(e["span"][0], e["span"][1], label=TYPE[e["type"]])
                if span is None:
                    dropped += 1
                else:
                    spans.append(span)
            spans = spacy.util.filter_spans(spans)
            out.append(Example.from_dict(doc, {"entities": [(sp.start_char, sp.end_char, sp.label_) for sp in spans]}))
        return out, dropped

    train_ex, dropped = examples(train)
    print(json.dumps({"train_sentences": len(train_ex), "gold_spans_off_token_edges": dropped}), flush=True)
    with nlp.select_pipes(enable=["tok2vec", "ner"]):
        ner.initialize(lambda: train_ex, nlp=nlp)
        optimizer = nlp.resume_training()
        best = None
        for epoch in range(args.epochs):
            started = time.time()
            random.shuffle(train_ex)
            losses = {}
            for batch in spacy.util.minibatch(train_ex, size=spacy.util.compounding(4.0, 32.0, 1.001)):
                nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
            pairs = []
            for s, doc in zip(dev, nlp.pipe([s["text"] for s in dev], batch_size=64)):
                pairs.append((gold_of(s), {(e.start_char, e.end_char, e.label_) for e in doc.ents}))
            sc = score(pairs)
            print(json.dumps({"epoch": epoch + 1, "loss": round(float(losses.get("ner", 0)), 1),
                              "seconds": round(time.time() - started), "dev": sc}, ensure_ascii=False), flush=True)
            if best is None or sc["typed"]["f1"] > best["typed"]["f1"]:
                best = sc
                if args.save:
                    nlp.to_disk(args.save)
        print(json.dumps({"best_dev": best}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    sys.exit(main())
