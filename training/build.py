"""One command from ../shared/data to the shipped pipeline ``src/lagebild/models/de_lagebild``.

    .venv/bin/python training/build.py            # full recipe (about an hour on two CPU cores)
    .venv/bin/python training/build.py --quick    # short run for a first usable model
    .venv/bin/python training/build.py --joint --target DIR   # one tok2vec for all (an ablation)

Steps: convert the corpora into DocBins (``training/corpus/``), train the UD pipeline and the NER
pipeline side by side (``training/output/``), put the NER component into the UD pipeline, score
both on the held-out splits, and write the result with ``nlp.to_disk`` into the package.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from training.convert import SHARED_DATA, ner_heldout, ud_splits, write_corpora, write_joint_corpora  # noqa: E402

TRAINING = REPO / "training"
CORPUS = TRAINING / "corpus"
OUTPUT = TRAINING / "output"
CONFIGS = TRAINING / "configs"
TARGET = REPO / "src" / "lagebild" / "models" / "de_lagebild"

# Training length (optimizer steps) per run; --quick is for a first model within minutes. The
# full numbers are what fit in about an hour on two busy CPU cores.
STEPS = {"full": {"ud": 3000, "ner": 6000, "joint": 5000}, "quick": {"ud": 1000, "ner": 1500, "joint": 1500}}

SOURCES = [
    {
        "name": "UD German-GSD (dev, part of test)",
        "licence": "CC BY-SA 4.0",
        "use": "tagger, morphologizer, lemmatizer, parser",
    },
    {"name": "UD German-PUD", "licence": "CC BY-SA 3.0", "use": "morphologizer, lemmatizer, parser"},
    {"name": "GermEval 2014 NER dev", "licence": "CC BY 4.0", "use": "ner"},
    {"name": "SmartData (v1 train, v3 dev)", "licence": "CC BY 4.0", "use": "ner"},
    {"name": "MobIE (train, dev)", "licence": "CC BY 4.0", "use": "ner"},
    {"name": "ZEFYS2025 (train, dev)", "licence": "CC BY 4.0", "use": "ner"},
    {"name": "Europeana Newspapers German NER", "licence": "CC0", "use": "ner"},
]


def _train(name: str, steps: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    out = OUTPUT / name
    log = (OUTPUT / f"{name}.log").open("wb")
    cmd = [
        sys.executable, "-m", "spacy", "train", str(CONFIGS / f"{name}.cfg"),
        "--output", str(out),
        "--paths.train", str(CORPUS / f"{name}_train.spacy"),
        "--paths.dev", str(CORPUS / f"{name}_dev.spacy"),
        "--training.max_steps", str(steps),
    ]  # fmt: skip
    print("$", " ".join(cmd), flush=True)
    return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)


def assemble(ud_dir: Path, ner_dir: Path | None, target: Path, scores: dict[str, object]) -> None:
    """The UD pipeline with the NER component of ``ner_dir`` put in; ``ner_dir=None`` for the joint
    pipeline, which has its own."""
    import spacy

    nlp = spacy.load(ud_dir)
    if ner_dir is not None:
        nlp.add_pipe("ner", source=spacy.load(ner_dir))
    nlp.meta.update(
        {
            "name": "lagebild",
            "version": "0.1.0",
            "description": "German pipeline of lagebild, trained from open corpora by training/build.py",
            "license": "CC BY-SA 4.0",
            "sources": SOURCES,
            "lagebild_heldout_scores": scores,
        }
    )
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)


def evaluate(model_dir: Path) -> dict[str, object]:
    import spacy

    from training.evaluate import ner_pipes, ner_scores, ud_scores

    nlp = spacy.load(model_dir)
    out: dict[str, object] = {}
    ud = ud_scores(nlp, ud_splits()["heldout"])
    out["UD GSD held-out"] = {
        "tokens": ud.tokens,
        "pos_acc": round(ud.pos_acc, 4),
        "tag_acc": round(ud.tag_acc, 4),
        "morph_acc": round(ud.morph_acc, 4),
        "lemma_acc": round(ud.lemma_acc, 4),
        "uas": round(ud.uas, 4),
        "las": round(ud.las, 4),
        "mood_f1": round(ud.mood.f, 4),
        "mood_sub_f1": round(ud.mood_sub.f, 4),
    }
    with nlp.select_pipes(enable=ner_pipes(nlp)):
        for name, sents in ner_heldout().items():
            # Only GermEval annotates MISC; elsewhere a MISC prediction can be neither right nor wrong.
            labels = ("PER", "LOC", "ORG", "MISC") if name.startswith("GermEval") else ("PER", "LOC", "ORG")
            res = ner_scores(nlp, sents, labels=labels)
            out[name] = {label: round(prf.f, 4) for label, prf in res.items()}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="short training runs")
    parser.add_argument(
        "--joint", action="store_true", help="one pipeline, one tok2vec for all components (configs/joint.cfg)"
    )
    parser.add_argument("--skip-train", action="store_true", help="assemble from existing training/output")
    parser.add_argument("--target", type=Path, default=TARGET)
    parser.add_argument("--ud-dir", type=Path, default=None, help="with --skip-train")
    parser.add_argument("--ner-dir", type=Path, default=None, help="with --skip-train")
    args = parser.parse_args(argv)
    names = ("joint",) if args.joint else ("ud", "ner")
    ud_dir = args.ud_dir or OUTPUT / names[0] / "model-best"
    ner_dir = None if args.joint else (args.ner_dir or OUTPUT / "ner" / "model-best")
    if not SHARED_DATA.is_dir():
        print(f"needs the open corpora at {SHARED_DATA}", file=sys.stderr)
        return 2
    steps = STEPS["quick" if args.quick else "full"]
    t0 = time.perf_counter()
    if not args.skip_train:
        print("converting corpora ->", CORPUS, flush=True)
        print(json.dumps((write_joint_corpora if args.joint else write_corpora)(CORPUS)), flush=True)
        OUTPUT.mkdir(parents=True, exist_ok=True)
        runs = [_train(name, steps[name]) for name in names]
        codes = [run.wait() for run in runs]
        if any(codes):
            print(f"training failed ({codes}); see {OUTPUT}/*.log", file=sys.stderr)
            return 1
    staging = OUTPUT / "de_lagebild"
    assemble(ud_dir, ner_dir, staging, {})
    scores = evaluate(staging)
    print(json.dumps(scores, indent=1), flush=True)
    (OUTPUT / "scores.json").write_text(json.dumps(scores, indent=1), encoding="utf-8")
    assemble(ud_dir, ner_dir, args.target, scores)
    size = sum(p.stat().st_size for p in args.target.rglob("*") if p.is_file())
    print(f"wrote {args.target} ({size / 1e6:.1f} MB) in {time.perf_counter() - t0:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
