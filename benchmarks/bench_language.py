"""Language core benchmark: held-out NER, POS/Mood, sentence boundaries, seed entities, speed, memory.

    .venv/bin/python benchmarks/bench_language.py            # everything
    .venv/bin/python benchmarks/bench_language.py --fast     # NER on the first 1,000 sentences per set

Needs ../shared (corpora, seed, scorer); without it, it says so and exits 0. Every number is on data
the shipped model was not trained on (splits in training/README.md). NER is printed for the model
alone ("model") and for lagebild's entity layer on top of it ("model+rules", mentions of
doc._.entities from get_nlp()), both measured in this run; speed is also given as a ratio to the
blank tokenizer-only pipeline and to the same pipeline with thinc's default matrix library (blis),
both measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# One core: BLAS threads are fixed before numpy is imported anywhere.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

TARGETS = {"ner": 0.75, "per": 0.85, "pos": 0.94, "mood": 0.95, "sent": 0.95, "seed": 0.85}


def _fmt(value: float, target: float | None = None) -> str:
    mark = "" if target is None else ("  ok" if value >= target else f"  < {target:.2f}")
    return f"{value:.3f}{mark}"


def bench_ner(fast: bool) -> None:
    import spacy
    from training.convert import ner_heldout
    from training.evaluate import PRF, ner_pipes, ner_scores, pipe_sentences

    from lagebild.language import get_nlp
    from lagebild.language.pipeline import shipped_model_path

    path = shipped_model_path()
    if path is None:
        print("no shipped model (src/lagebild/models/de_lagebild): run training/build.py")
        return
    model = spacy.load(path)
    full = get_nlp()

    from lagebild.extractors.entities import _lexicon

    # The layer also records pronoun and role-phrase mentions ("er", "der Präsident") for
    # coreference; they are no names, so they are left out here as in bench_entities.py.
    not_names = _lexicon("de").not_name_openers

    def rule_spans(doc: object, alignment: str = "strict") -> list[tuple[int, int, str]]:
        out = []
        for ent in doc._.entities or []:  # type: ignore[attr-defined]
            for m in ent.mentions:
                if m.text.split()[0].lower() in not_names:
                    continue
                span = doc.char_span(m.start, m.end, alignment_mode=alignment)  # type: ignore[attr-defined]
                if span is not None:
                    out.append((span.start, span.end, ent.type))
        return out

    print("\n== NER, outer spans, exact match, held-out (F1; P/R for ALL) ==")
    print(f"{'set':<20} {'pipeline':<12} {'ALL':>8} {'P':>6} {'R':>6} {'PER':>12} {'LOC':>7} {'ORG':>7} {'MISC':>7}")
    for name, sents in ner_heldout().items():
        if fast:
            sents = sents[:1000]
        labels = ("PER", "LOC", "ORG", "MISC") if name.startswith("GermEval") else ("PER", "LOC", "ORG")
        with model.select_pipes(enable=ner_pipes(model)):
            res = ner_scores(model, sents, labels=labels)
        rows: list[tuple[str, dict[str, PRF]]] = [("model", res)]
        # The whole pipeline runs once; its mentions are scored twice. "model+rules" takes a
        # mention only where it covers whole words: a name inside a word ("US" of "US-Hersteller",
        # "Kreml" of "Kremlsprecher") is recorded as a mention of its actor but is no outer name
        # (the gold marks such words LOCpart/ORGpart). "+word parts" widens such a mention to its
        # word, as this benchmark did until December 2026.
        docs = list(pipe_sentences(full, sents))
        for label, alignment in (("model+rules", "strict"), ("+word parts", "expand")):
            scored = ner_scores(full, sents, labels=labels, spans=lambda d, a=alignment: rule_spans(d, a), docs=docs)
            rows.append((label, scored))
        for pipe_name, r in rows:
            misc = f"{r['MISC'].f:7.3f}" if "MISC" in r else f"{'-':>7}"
            print(
                f"{name:<20} {pipe_name:<12} {_fmt(r['ALL'].f, TARGETS['ner']):>8} {r['ALL'].p:6.3f} {r['ALL'].r:6.3f}"
                f" {_fmt(r['PER'].f, TARGETS['per']):>12} {r['LOC'].f:7.3f} {r['ORG'].f:7.3f} {misc}"
            )


def bench_ud() -> None:
    import spacy
    from training.convert import ud_splits
    from training.evaluate import sentence_f1, ud_scores

    import lagebild.language.lemma  # registers lagebild_lemma_v1
    import lagebild.language.mood
    import lagebild.language.second_tagger  # noqa: F401  (registers lagebild_second_tagger_v1)
    from lagebild.language import get_nlp, register_extensions
    from lagebild.language import postag as _postag  # noqa: F401  (registers lagebild_postag_v1)
    from lagebild.language.pipeline import shipped_model_path

    heldout = ud_splits()["heldout"]
    path = shipped_model_path()
    print(f"\n== UD German-GSD held-out part ({len(heldout)} sentences, test 489-977) ==")
    if path is not None:
        s = ud_scores(spacy.load(path), heldout)
        print(f"tokens {s.tokens}")
        print(f"POS accuracy        {_fmt(s.pos_acc, TARGETS['pos'])}")
        print(f"Mood F1             {_fmt(s.mood.f, TARGETS['mood'])}  (P {s.mood.p:.3f} R {s.mood.r:.3f})")
        print(
            f"Mood=Sub F1         {s.mood_sub.f:.3f}  (P {s.mood_sub.p:.3f} R {s.mood_sub.r:.3f}, n={s.mood_sub.tp + s.mood_sub.fn})"
        )
        print(f"Tense F1            {s.tense.f:.3f}")
        print(f"STTS tag accuracy   {s.tag_acc:.3f}")
        print(f"full morph accuracy {s.morph_acc:.3f}")
        print(f"lemma accuracy      {s.lemma_acc:.3f}")
        print(f"UAS / LAS           {s.uas:.3f} / {s.las:.3f}")
        # The same with lagebild's mood fallback (lexicon and rules) after the model.
        register_extensions()
        with_rules = spacy.load(path)
        with_rules.add_pipe("lagebild_mood_v1", name="lagebild_mood")
        m = ud_scores(with_rules, heldout)
        print(f"model+lagebild_mood: Mood F1 {m.mood.f:.3f}  Mood=Sub F1 {m.mood_sub.f:.3f}  Tense F1 {m.tense.f:.3f}")
        # The same with lagebild's UPOS corrections (rules in lang/de/pos.toml) after the model,
        # without and with the second tagger (HanTa) whose readings some of the rules ask for.
        with_pos = spacy.load(path)
        with_pos.add_pipe("lagebild_postag_v1", name="lagebild_postag")
        p = ud_scores(with_pos, heldout)
        print(f"model+lagebild_postag: POS accuracy {p.pos_acc:.3f}")
        with_second = spacy.load(path)
        for name in ("lagebild_second_tagger", "lagebild_postag"):
            with_second.add_pipe(f"{name}_v1", name=name)
        p2 = ud_scores(with_second, heldout)
        print(f"model+second tagger+lagebild_postag: POS accuracy {p2.pos_acc:.3f}")
        # Dictionary lemmas where the model's lemmatizer slips (lang/de/lemma.toml).
        with_lemma = spacy.load(path)
        with_lemma.add_pipe("lagebild_lemma_v1", name="lagebild_lemma")
        lem = ud_scores(with_lemma, heldout)
        print(f"model+lagebild_lemma: lemma accuracy {lem.lemma_acc:.3f}")
        # The whole language layer in the order get_nlp() runs it (the targets are for this one):
        # the Tense pass reads the corrected lemmas, the mood pass the second tagger's finite verbs.
        layer = spacy.load(path)
        for name in ("lagebild_second_tagger", "lagebild_postag", "lagebild_lemma", "lagebild_mood"):
            layer.add_pipe(f"{name}_v1", name=name)
        a = ud_scores(layer, heldout)
        print(
            f"model+second tagger+postag+lemma+mood: POS {_fmt(a.pos_acc, TARGETS['pos'])}  lemma {a.lemma_acc:.3f}"
            f"  Mood F1 {_fmt(a.mood.f, TARGETS['mood'])}  Mood=Sub F1 {a.mood_sub.f:.3f}  Tense F1 {a.tense.f:.3f}"
        )
    sb = sentence_f1(get_nlp(), heldout)
    base = spacy.blank("de")
    base.add_pipe("sentencizer")
    sb_base = sentence_f1(base, heldout)
    print(
        f"sentence boundary F1, get_nlp() on joined raw text  {_fmt(sb.f, TARGETS['sent'])}  (P {sb.p:.3f} R {sb.r:.3f})"
    )
    print(f"sentence boundary F1, baseline blank+sentencizer    {sb_base.f:.3f}")


def _layer_entities(doc: object) -> list[dict[str, object]]:
    """Entities as the scorer reads them, from doc.ents alone (one entry per distinct surface)."""
    seen: dict[tuple[str, str], dict[str, object]] = {}
    for ent in doc.ents:  # type: ignore[attr-defined]
        if ent.label_ == "MISC":
            continue
        key = (ent.text, ent.label_)
        seen.setdefault(key, {"name": ent.text, "type": ent.label_, "mentions": []})
    return list(seen.values())


def bench_seed() -> None:
    from lagebild import extract
    from lagebild.language import get_nlp

    gold_dir = SHARED / "eval" / "dev"
    print("\n== seed article, ../shared/eval/score.py, entities ==")
    rows = []
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = (gold_path.parent / gold["text_file"]).resolve()
        text = text_path.read_text(encoding="utf-8")
        # The model's NER alone, then doc.ents after the names rules (lagebild_entities writes the
        # names it finds back to doc.ents), then the whole extraction.
        model_doc = get_nlp()(
            text, disable=[n for n in get_nlp().pipe_names if n.startswith("lagebild_") and n != "lagebild_layout"]
        )
        doc = get_nlp()(text)
        model = {"id": gold["id"], "source": str(text_path), "entities": _layer_entities(model_doc)}
        layer = {"id": gold["id"], "source": str(text_path), "entities": _layer_entities(doc)}
        full = extract(text, published=gold.get("published"), id=gold["id"], source=str(text_path)).to_dict()
        rows.append((model, layer, full))
    labels = (("model NER (doc.ents)", 0), ("names layer (doc.ents)", 1), ("full lagebild.extract", 2))
    for label, idx in labels:
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
            for pair in rows:
                fh.write(json.dumps(pair[idx], ensure_ascii=False) + "\n")
        out = subprocess.run(
            [sys.executable, str(SHARED / "eval" / "score.py"), str(gold_dir), fh.name, "--json"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        os.unlink(fh.name)
        tasks = {t["task"]: t for t in json.loads(out.stdout)["tasks"]}
        e, et = tasks["entities"], tasks["entities.typed"]
        target = TARGETS["seed"] if idx == 1 else None
        print(
            f"{label:<28} entities F1 {_fmt(e['f1'], target)}  typed {et['f1']:.3f}  tp/fp/fn {e['tp']}/{e['fp']}/{e['fn']}"
        )


# Peak memory is VmHWM of the child's own address space: ru_maxrss would carry over the parent's
# high-water mark across fork and exec.
_CHILD = r"""
import os, sys, time, json
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
t0 = time.perf_counter()
import spacy
from lagebild.language import load_nlp
t1 = time.perf_counter()
nlp = load_nlp()
t2 = time.perf_counter()
rss_loaded = hwm()
texts = json.load(open(sys.argv[1], encoding="utf-8"))
words = sum(len(t.split()) for t in texts)
blank = spacy.blank("de")
b0 = time.perf_counter()
for d in blank.pipe(texts): pass
b1 = time.perf_counter()
nlp(texts[0])
s0 = time.perf_counter()
for d in nlp.pipe(texts, batch_size=8): pass
s1 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "words": words, "wps": words / (s1 - s0),
                  "blank_wps": words / (b1 - b0), "rss_mb": hwm(),
                  "rss_loaded_mb": rss_loaded,
                  "pipes": nlp.pipe_names}))
"""


def bench_speed(n_words: int) -> None:
    from training.convert import ner_heldout

    # Article-sized texts of held-out sentences (GermEval test), 12 sentences a paragraph; batches of
    # 8 as lagebild.Pipeline uses.
    sents = ner_heldout()["GermEval 2014 test"]
    texts: list[str] = []
    total = 0
    for i in range(0, len(sents), 24):
        group = sents[i : i + 24]
        paras = [" ".join(" ".join(s.words) for s in group[j : j + 12]) for j in (0, 12)]
        texts.append("\n\n".join(p for p in paras if p))
        total += sum(len(s.words) for s in group)
        if total >= n_words:
            break
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(texts, fh, ensure_ascii=False)
    runs = {}
    # thinc's default matrix library first, as the baseline for lagebild's choice (settings.py).
    for library in ("blis", "numpy"):
        env = {**os.environ, "LAGEBILD_MATRIX_LIBRARY": library}
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, fh.name], capture_output=True, text=True, check=True, env=env
        )
        runs[library] = json.loads(out.stdout.strip().splitlines()[-1])
    os.unlink(fh.name)
    r, blis = runs["numpy"], runs["blis"]
    print("\n== speed and memory, fresh process pinned to one core ==")
    print(f"pipes: {', '.join(r['pipes'])}")
    print(f"words processed            {r['words']}")
    print(f"whole pipeline words/s     {r['wps']:.0f}{'  ok' if r['wps'] >= 8000 else '  < 8000'}")
    print(f"blank tokenizer words/s    {r['blank_wps']:.0f}  (pipeline = {r['wps'] / r['blank_wps']:.3f} x baseline)")
    print(f"same, blis matrix products {blis['wps']:.0f}  (numpy's BLAS = {r['wps'] / blis['wps']:.2f} x blis)")
    print(
        f"load_nlp() time            {r['load_s']:.2f} s{'  ok' if r['load_s'] <= 3 else '  > 3 s'}  (imports {r['import_s']:.2f} s)"
    )
    print(
        f"peak RSS                   {r['rss_mb']:.0f} MB{'  ok' if r['rss_mb'] <= 500 else '  > 500 MB'}  (after loading: {r['rss_loaded_mb']:.0f} MB)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fast", action="store_true", help="NER on the first 1,000 sentences of each set")
    parser.add_argument("--only", choices=["ner", "ud", "seed", "speed"], action="append")
    parser.add_argument("--speed-words", type=int, default=60000)
    args = parser.parse_args(argv)
    if not (SHARED / "data").is_dir():
        print(f"bench_language: needs the shared corpora at {SHARED}; nothing measured")
        return 0
    only = set(args.only or ["ner", "ud", "seed", "speed"])
    model_dir = REPO / "src" / "lagebild" / "models" / "de_lagebild"
    if (model_dir / "meta.json").is_file():
        meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
        size = sum(p.stat().st_size for p in model_dir.rglob("*") if p.is_file())
        print(
            f"model {meta.get('lang')}_{meta.get('name')} {meta.get('version')}: {meta.get('pipeline')}, {size / 1e6:.1f} MB"
        )
    t0 = time.perf_counter()
    if "ner" in only:
        bench_ner(args.fast)
    if "ud" in only:
        bench_ud()
    if "seed" in only:
        bench_seed()
    if "speed" in only:
        bench_speed(args.speed_words)
    print(f"\n(benchmark ran {time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
