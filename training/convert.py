"""Readers for the open corpora in ``../shared/data`` and the splits the recipe trains and scores on.

Every reader yields plain Python records (words, spaces, annotation) so that the benchmark and the
tests can use them without spaCy; ``*_docs`` functions turn them into spaCy Docs for DocBins.

Splits (fixed, documented in ``training/README.md``; the held-out parts are never trained on):

- UD: train = GSD dev + PUD + GSD test sentences 151-488; dev (checkpoint choice) = GSD test 1-150;
  held out = GSD test 489-977.
- NER: train = GermEval 2014 dev (minus its last 300 sentences, weighted x3), SmartData v1 train, SmartData v3 dev
  (minus its last 200 sentences), MobIE train + dev, ZEFYS train + dev, Europeana (all three parts);
  dev = the two slices named above; held out = GermEval 2014 test, SmartData v3 test, UNER German-PUD.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"

NER_LABELS = ("PER", "LOC", "ORG", "MISC")

# Source label -> lagebild label. GermEval's OTH is the same class as MISC elsewhere. Derivations
# ("russische") and parts ("Kremlsprecher") are dropped: lagebild wants names, and role nouns are
# handled by rules on top of the model.
LABEL_MAP = {
    "PER": "PER",
    "PEr": "PER",
    "LOC": "LOC",
    "ORG": "ORG",
    "OTH": "MISC",
    "MISC": "MISC",
}

UD_DEV_SLICE = slice(0, 150)
UD_TRAIN_SLICE = slice(150, 488)
UD_HELDOUT_SLICE = slice(488, None)
GERMEVAL_DEV_TAIL = 300
SMARTDATA_DEV_TAIL = 200
GERMEVAL_WEIGHT = 3
# In the joint recipe the UD sentences (about 39,000 tokens) are repeated so that they make up about
# two fifths of the tokens next to the modern NER corpora (about 308,000): otherwise the tagger,
# morphologizer and parser would see a UD doc in only one batch of eight.
JOINT_UD_WEIGHT = 6


@dataclass
class UDSentence:
    sent_id: str
    words: list[str]
    spaces: list[bool]
    lemmas: list[str]
    pos: list[str]
    tags: list[str] | None
    morphs: list[str]
    heads: list[int]  # absolute index within the sentence; the root points to itself
    deps: list[str]


@dataclass
class NERSentence:
    words: list[str]
    iob: list[str]  # normalised IOB2 over NER_LABELS
    spaces: list[bool] = field(default_factory=list)

    def spans(self) -> list[tuple[int, int, str]]:
        return iob_to_spans(self.iob)


# ---------------------------------------------------------------- UD


def _merge_feats(parts: Sequence[str]) -> str:
    feats: dict[str, str] = {}
    for part in parts:
        if part in ("", "_"):
            continue
        for item in part.split("|"):
            key, _, value = item.partition("=")
            feats.setdefault(key, value)
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items()))


def read_conllu(path: Path, *, stts: bool = True) -> Iterator[UDSentence]:
    """Sentences of a CoNLL-U file on surface tokens (contractions such as "am" stay one token)."""
    block: list[str] = []
    sent_id = ""
    with path.open(encoding="utf-8") as fh:
        for raw in [*fh, "\n"]:
            line = raw.rstrip("\n")
            if line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
                continue
            if line.startswith("#"):
                continue
            if line.strip():
                block.append(line)
                continue
            if block:
                yield _ud_sentence(sent_id, block, stts=stts)
            block = []


def _ud_sentence(sent_id: str, lines: list[str], *, stts: bool) -> UDSentence:
    rows: dict[int, list[str]] = {}
    ranges: dict[int, tuple[int, list[str]]] = {}
    for line in lines:
        cols = line.split("\t")
        if "." in cols[0]:
            continue  # empty nodes of enhanced UD
        if "-" in cols[0]:
            start, end = (int(x) for x in cols[0].split("-"))
            ranges[start] = (end, cols)
        else:
            rows[int(cols[0])] = cols
    # Surface tokens: each word id maps to the index of the surface token that contains it.
    surface: list[tuple[list[str], list[list[str]]]] = []
    owner: dict[int, int] = {}
    i = 1
    max_id = max(rows) if rows else 0
    while i <= max_id:
        if i in ranges:
            end, cols = ranges[i]
            subs = [rows[j] for j in range(i, end + 1)]
            for j in range(i, end + 1):
                owner[j] = len(surface)
            surface.append((cols, subs))
            i = end + 1
        else:
            owner[i] = len(surface)
            surface.append((rows[i], [rows[i]]))
            i += 1
    words, spaces, lemmas, pos, tags, morphs, heads, deps = [], [], [], [], [], [], [], []
    for index, (cols, subs) in enumerate(surface):
        words.append(cols[1])
        spaces.append("SpaceAfter=No" not in cols[9])
        first = subs[0]
        lemmas.append(first[2])
        pos.append(first[3])
        if len(subs) == 2 and subs[0][4] == "APPR" and subs[1][4] == "ART":
            tags.append("APPRART")
        else:
            tags.append(first[4])
        morphs.append(_merge_feats([s[5] for s in subs]))
        ids = {int(s[0]) for s in subs}
        head_sub = next((s for s in subs if int(s[6]) not in ids), first)
        head_id = int(head_sub[6])
        if head_id == 0:
            heads.append(index)
            deps.append("ROOT")
        else:
            heads.append(owner[head_id])
            deps.append(head_sub[7])
    return UDSentence(sent_id, words, spaces, lemmas, pos, tags if stts else None, morphs, heads, deps)


def ud_splits(data: Path = SHARED_DATA) -> dict[str, list[UDSentence]]:
    gsd_dev = list(read_conllu(data / "ud" / "ud_gsd" / "de_gsd-ud-dev.conllu"))
    gsd_test = list(read_conllu(data / "ud" / "ud_gsd" / "de_gsd-ud-test.conllu"))
    # PUD's XPOS are Penn-style, not STTS: its tags stay unset (missing) for the tagger.
    pud = list(read_conllu(data / "ud" / "ud_pud" / "de_pud-ud-test.conllu", stts=False))
    return {
        "train": gsd_dev + pud + gsd_test[UD_TRAIN_SLICE],
        "dev": gsd_test[UD_DEV_SLICE],
        "heldout": gsd_test[UD_HELDOUT_SLICE],
    }


# ---------------------------------------------------------------- NER


def normalise_iob(tags: Sequence[str]) -> list[str]:
    """Map source labels to NER_LABELS (unknown ones become O) and repair I- without a B-."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        prefix, _, label = tag.partition("-")
        mapped = LABEL_MAP.get(label)
        if prefix not in ("B", "I") or mapped is None:
            out.append("O")
            prev = "O"
            continue
        if prefix == "I" and prev not in (f"B-{mapped}", f"I-{mapped}"):
            prefix = "B"
        new = f"{prefix}-{mapped}"
        out.append(new)
        prev = new
    return out


def iob_to_spans(iob: Sequence[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    start = -1
    label = ""
    for i, tag in enumerate([*iob, "O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
            if start >= 0:
                spans.append((start, i, label))
                start = -1
            if tag != "O":
                start, label = i, tag[2:]
        # I- continuing the open span: nothing to do
    return spans


def read_germeval(path: Path) -> Iterator[NERSentence]:
    """GermEval 2014 TSV, outer column (nested inner annotation is not used)."""
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for raw in [*fh, "\n"]:
            line = raw.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    yield NERSentence(words, normalise_iob(tags))
                words, tags = [], []
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                continue
            words.append(cols[1])
            tags.append(cols[2])


def read_iob2(path: Path, *, max_len: int = 0) -> Iterator[NERSentence]:
    """Two-column token/tag files (tab or space). Files without blank lines are cut at . ! ?."""
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for raw in [*fh, "\n"]:
            line = raw.rstrip("\n")
            parts = line.rsplit(None, 1)
            if len(parts) == 2 and parts[0].strip():
                words.append(parts[0].strip())
                tags.append(parts[1])
                if max_len and ((parts[0] in (".", "!", "?") and len(words) >= 3) or len(words) >= max_len):
                    yield NERSentence(words, normalise_iob(tags))
                    words, tags = [], []
                continue
            if not line.strip() and words:
                yield NERSentence(words, normalise_iob(tags))
                words, tags = [], []
            # a line with only one column (stray token without tag) is skipped


_TOKEN_RE = re.compile(r"\S+")


def read_smartdata_jsonl(path: Path, tokenize: Iterable[str] | None = None) -> Iterator[NERSentence]:
    """SmartData v1 documents with character offsets, cut into lines and tokenised by spaCy's German
    tokenizer; an entity that does not fall on token boundaries is widened to the covering tokens."""
    import spacy

    nlp = spacy.blank("de")
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            record = json.loads(raw)
            text: str = record["text"]
            offset = 0
            for line in text.split("\n"):
                start, end = offset, offset + len(line)
                offset = end + 1
                if not line.strip():
                    continue
                doc = nlp.make_doc(line)
                iob = ["O"] * len(doc)
                for s, e, label in sorted(record["spans"]):
                    if s < start or e > end:
                        continue
                    span = doc.char_span(s - start, e - start, alignment_mode="expand")
                    if span is None or label not in LABEL_MAP:
                        continue
                    if any(iob[k] != "O" for k in range(span.start, span.end)):
                        continue
                    iob[span.start] = f"B-{LABEL_MAP[label]}"
                    for k in range(span.start + 1, span.end):
                        iob[k] = f"I-{LABEL_MAP[label]}"
                yield NERSentence([t.text for t in doc], iob, [bool(t.whitespace_) for t in doc])


def swap_mentions(sentences: Sequence[NERSentence], pools: dict[str, list[list[str]]], seed: int) -> list[NERSentence]:
    """A copy of every sentence with names, each name replaced by another of its type from ``pools``.

    With so little news text the model learns names by heart; other names in the same context
    make it read the context ("sagte X", "in X") instead (mention replacement)."""
    import random

    rng = random.Random(seed)
    out: list[NERSentence] = []
    for sent in sentences:
        # MISC is too mixed a class to swap ("120 Millionen Euro" is no place for a film title).
        spans = [sp for sp in sent.spans() if sp[2] != "MISC"]
        if not spans or any(not pools.get(label) for *_, label in spans):
            continue
        words: list[str] = []
        iob: list[str] = []
        pos = 0
        for a, b, label in spans:
            words += sent.words[pos:a]
            iob += sent.iob[pos:a]
            name = rng.choice(pools[label])
            words += name
            iob += [f"B-{label}"] + [f"I-{label}"] * (len(name) - 1)
            pos = b
        words += sent.words[pos:]
        iob += sent.iob[pos:]
        out.append(NERSentence(words, iob))
    return out


def mention_pools(sentences: Iterable[NERSentence]) -> dict[str, list[list[str]]]:
    """Every distinct name per type, as its words."""
    seen: dict[str, dict[tuple[str, ...], None]] = {}
    for sent in sentences:
        for a, b, label in sent.spans():
            seen.setdefault(label, {})[tuple(sent.words[a:b])] = None
    return {label: [list(name) for name in names] for label, names in seen.items()}


def ner_splits(
    data: Path = SHARED_DATA, *, historic: bool = True, augment: bool = False
) -> dict[str, list[NERSentence]]:
    """``historic=False`` leaves out the OCR corpora of old newspapers (ZEFYS, Europeana);
    ``augment=True`` adds copies of the news sentences with other names (``swap_mentions``), an
    ablation that the shipped model does not use (see training/README.md)."""
    extra = data / "ner-extra"
    germeval_dev = list(read_germeval(data / "germeval2014" / "NER-de-dev.tsv"))
    smart_dev = list(read_iob2(extra / "smartdata_v3_dev.iob2"))
    train: list[NERSentence] = []
    # GermEval is the only set with MISC and the closest to mixed news/encyclopedic text, and it is
    # small next to the historic and traffic corpora: it is given three times the weight.
    germeval_train = germeval_dev[:-GERMEVAL_DEV_TAIL]
    train += germeval_train * GERMEVAL_WEIGHT
    news = (
        germeval_train
        + smart_dev[:-SMARTDATA_DEV_TAIL]
        + list(read_smartdata_jsonl(extra / "smartdata_v1_train.jsonl"))
    )
    train += news[len(germeval_train) :]
    mobie = [s for name in ("mobie_train", "mobie_dev") for s in read_iob2(extra / f"{name}.iob2")]
    train += mobie
    if augment:
        # Names come from the modern corpora only: the OCR corpora's names carry recognition errors.
        pools = mention_pools([*news, *mobie])
        train += swap_mentions(news, pools, seed=7)
        train += swap_mentions(germeval_train, pools, seed=8)
    if historic:
        for name in ("zefys_train", "zefys_dev"):
            train += read_iob2(extra / f"{name}.iob2")
        for part in ("lft", "onb", "sbb"):
            train += read_iob2(data / "europeana-ner" / f"enp_DE.{part}.bio", max_len=60)
    return {
        "train": train,
        "dev": germeval_dev[-GERMEVAL_DEV_TAIL:] + smart_dev[-SMARTDATA_DEV_TAIL:],
    }


def ner_heldout(data: Path = SHARED_DATA) -> dict[str, list[NERSentence]]:
    extra = data / "ner-extra"
    return {
        "GermEval 2014 test": list(read_germeval(data / "germeval2014" / "NER-de-test.tsv")),
        "SmartData v3 test": list(read_iob2(extra / "smartdata_v3_test.iob2")),
        "UNER German-PUD": list(read_iob2(extra / "uner_de_pud_test.iob2")),
    }


# ---------------------------------------------------------------- spaCy Docs


def ud_docs(vocab: object, sentences: Sequence[UDSentence], per_doc: int = 10) -> list[object]:
    """Docs of ``per_doc`` consecutive sentences, so the parser learns where sentences end."""
    from spacy.tokens import Doc

    docs: list[object] = []
    for i in range(0, len(sentences), per_doc):
        group = sentences[i : i + per_doc]
        words: list[str] = []
        spaces: list[bool] = []
        lemmas: list[str] = []
        pos: list[str] = []
        tags: list[str] = []
        morphs: list[str] = []
        heads: list[int] = []
        deps: list[str] = []
        has_tags = all(s.tags is not None for s in group)
        for s in group:
            base = len(words)
            words += s.words
            spaces += [*s.spaces[:-1], True]
            lemmas += s.lemmas
            pos += s.pos
            if has_tags and s.tags is not None:
                tags += s.tags
            morphs += s.morphs
            heads += [base + h for h in s.heads]
            deps += s.deps
        docs.append(
            Doc(
                vocab,  # type: ignore[arg-type]
                words=words,
                spaces=spaces,
                lemmas=lemmas,
                pos=pos,
                tags=tags if has_tags else None,
                morphs=morphs,
                heads=heads,
                deps=deps,
            )
        )
    return docs


def trim_whitespace(words: Sequence[str], iob: Sequence[str]) -> list[str]:
    """IOB without whitespace tokens at the edge of an entity (spaCy cannot learn such spans)."""
    out = ["O"] * len(iob)
    for start, end, label in iob_to_spans(iob):
        while start < end and not words[start].strip():
            start += 1
        while end > start and not words[end - 1].strip():
            end -= 1
        if start < end:
            out[start] = f"B-{label}"
            for k in range(start + 1, end):
                out[k] = f"I-{label}"
    return out


def ner_docs(vocab: object, sentences: Sequence[NERSentence], per_doc: int = 4) -> list[object]:
    from spacy.tokens import Doc

    docs: list[object] = []
    for i in range(0, len(sentences), per_doc):
        group = sentences[i : i + per_doc]
        words: list[str] = []
        spaces: list[bool] = []
        iob: list[str] = []
        for s in group:
            words += s.words
            spaces += ([*s.spaces[:-1], True]) if s.spaces else [True] * len(s.words)
            iob += trim_whitespace(s.words, s.iob)
        docs.append(Doc(vocab, words=words, spaces=spaces, ents=iob))  # type: ignore[arg-type]
    return docs


def write_corpora(out_dir: Path, data: Path = SHARED_DATA) -> dict[str, int]:
    """DocBins for both training runs; returns sentence counts per split for the log."""
    import random

    import spacy
    from spacy.tokens import DocBin

    out_dir.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("de").vocab
    counts: dict[str, int] = {}
    for name, sents in ud_splits(data).items():
        DocBin(docs=ud_docs(vocab, sents), store_user_data=False).to_disk(out_dir / f"ud_{name}.spacy")  # type: ignore[arg-type]
        counts[f"ud_{name}"] = len(sents)
    for name, nsents in ner_splits(data).items():
        if name == "train":
            # Shuffled once with a fixed seed so that a batch mixes domains.
            random.Random(13).shuffle(nsents)
        DocBin(docs=ner_docs(vocab, nsents), store_user_data=False).to_disk(out_dir / f"ner_{name}.spacy")  # type: ignore[arg-type]
        counts[f"ner_{name}"] = len(nsents)
    return counts


def joint_train_docs(
    vocab: object,
    ud: Sequence[UDSentence],
    ner: Sequence[NERSentence],
    *,
    ud_weight: int = JOINT_UD_WEIGHT,
    seed: int = 13,
) -> list[object]:
    """UD docs (no names annotated: spaCy leaves NER out of the loss for them) repeated
    ``ud_weight`` times and NER docs (no parse, tags or lemmas: the UD components leave them out),
    shuffled together so that a batch mixes both."""
    import random

    docs = ud_docs(vocab, ud) * ud_weight + ner_docs(vocab, ner)
    random.Random(seed).shuffle(docs)
    return docs


def write_joint_corpora(out_dir: Path, data: Path = SHARED_DATA) -> dict[str, int]:
    """DocBins for the joint recipe: the UD training sentences and the modern NER corpora in one
    training set, both dev slices in one dev set."""
    import spacy
    from spacy.tokens import DocBin

    out_dir.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("de").vocab
    ud = ud_splits(data)
    # The OCR corpora of old newspapers gave no dev gain in the two-pipeline ablation and would
    # outweigh everything else here.
    ner = ner_splits(data, historic=False)
    train = joint_train_docs(vocab, ud["train"], ner["train"])
    dev = ud_docs(vocab, ud["dev"]) + ner_docs(vocab, ner["dev"])
    DocBin(docs=train, store_user_data=False).to_disk(out_dir / "joint_train.spacy")  # type: ignore[arg-type]
    DocBin(docs=dev, store_user_data=False).to_disk(out_dir / "joint_dev.spacy")  # type: ignore[arg-type]
    return {
        "joint_train_ud": len(ud["train"]) * JOINT_UD_WEIGHT,
        "joint_train_ner": len(ner["train"]),
        "joint_dev": len(ud["dev"]) + len(ner["dev"]),
    }
