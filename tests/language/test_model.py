"""The shipped German pipeline (built by training/build.py) and the recipe's corpus readers."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from training.convert import (
    iob_to_spans,
    normalise_iob,
    read_conllu,
    read_germeval,
    read_iob2,
    trim_whitespace,
)

from lagebild.errors import LagebildError
from lagebild.language.pipeline import load_nlp, shipped_model_path

EXPECTED_PIPES = ["tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"]


@pytest.fixture(scope="module")
def model() -> Language:
    path = shipped_model_path("de")
    assert path is not None, "src/lagebild/models/de_lagebild is missing: run training/build.py"
    return spacy.load(path)


def test_shipped_model_loads_with_network_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access during model loading")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    path = shipped_model_path("de")
    assert path is not None
    nlp = spacy.load(path)
    assert nlp.lang == "de"


def test_shipped_model_has_the_expected_components(model: Language) -> None:
    assert model.pipe_names == EXPECTED_PIPES


def test_shipped_ner_knows_the_four_name_labels(model: Language) -> None:
    ner = model.get_pipe("ner")
    assert isinstance(ner, EntityRecognizer)
    assert set(ner.labels) == {"PER", "LOC", "ORG", "MISC"}


def test_shipped_model_is_small_enough_to_commit() -> None:
    path = shipped_model_path("de")
    assert path is not None
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size < 40_000_000


def test_konjunktiv_one_in_reported_speech_gets_mood_sub(model: Language) -> None:
    doc = model("Die Ministerin sagte, sie habe keine Zeit für ein Treffen.")
    habe = next(t for t in doc if t.text == "habe")
    assert habe.morph.to_dict().get("Mood") == "Sub"


def test_indicative_main_verb_gets_mood_ind(model: Language) -> None:
    doc = model("Der Kanzler reist morgen nach Paris.")
    reist = next(t for t in doc if t.text == "reist")
    assert reist.morph.to_dict().get("Mood") == "Ind"


def test_model_tags_parses_and_lemmatises_a_sentence(model: Language) -> None:
    doc = model("Die Delegationen trafen sich am Montag in Genf.")
    assert doc.has_annotation("POS")
    assert doc.has_annotation("DEP")
    assert doc.has_annotation("LEMMA")
    assert next(t for t in doc if t.text == "Delegationen").pos_ == "NOUN"


def test_model_finds_a_person_and_a_place(model: Language) -> None:
    doc = model("Bundeskanzlerin Angela Merkel traf am Dienstag in Warschau ein.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Angela Merkel", "PER") in ents
    assert ("Warschau", "LOC") in ents


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\n\t ",
        "Der Gipfel beginnt. " * 10_000,  # a single 200,000-character line
        "Владимир Путин и Дмитрий Песков",
        "قال الرئيس إن المحادثات ستستمر",
        "Gipfel 🤝🇺🇦🇷🇺 heute!!! 🙂",
        "Kontroll\x00zeichen\x07 und \x1b[0m Reste\ufeff\u200b",
        "Mojibake: MÃ¼nchen, Ã„rger, »unbalanced „quotes",
    ],
    ids=["empty", "whitespace", "long-line", "cyrillic", "arabic", "emoji", "control", "mojibake"],
)
def test_model_survives_odd_input(model: Language, text: str) -> None:
    doc = model(text)
    assert doc.text == text
    for ent in doc.ents:
        assert text[ent.start_char : ent.end_char] == ent.text


def test_user_named_pipeline_from_the_config_file_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    small = spacy.blank("de")
    small.add_pipe("sentencizer")
    small.to_disk(tmp_path / "tiny_pipeline")
    config = tmp_path / "config.toml"
    config.write_text(f'model = "{(tmp_path / "tiny_pipeline").as_posix()}"\n', encoding="utf-8")
    monkeypatch.delenv("LAGEBILD_MODEL", raising=False)
    monkeypatch.setenv("LAGEBILD_CONFIG", str(config))
    nlp = load_nlp()
    assert "sentencizer" in nlp.pipe_names
    assert "ner" not in nlp.pipe_names
    assert nlp.pipe_names[0] == "lagebild_layout"


def test_unknown_pipeline_name_is_a_lagebild_error() -> None:
    with pytest.raises(LagebildError) as info:
        load_nlp(model="de_no_such_pipeline_installed")
    assert info.value.code == "E030"


# ---------------------------------------------------------------- recipe: label handling


def test_normalise_iob_maps_oth_to_misc_and_drops_deriv_and_part() -> None:
    tags = ["B-OTH", "I-OTH", "B-LOCderiv", "B-ORGpart", "B-PER", "I-PER"]
    assert normalise_iob(tags) == ["B-MISC", "I-MISC", "O", "O", "B-PER", "I-PER"]


def test_normalise_iob_starts_a_span_at_a_stray_inside_tag() -> None:
    assert normalise_iob(["O", "I-LOC", "I-LOC", "I-ORG"]) == ["O", "B-LOC", "I-LOC", "B-ORG"]


def test_normalise_iob_fixes_miscased_person_label() -> None:
    assert normalise_iob(["B-PEr", "I-PEr"]) == ["B-PER", "I-PER"]


def test_trim_whitespace_moves_entity_edges_off_space_tokens() -> None:
    words = ["\xa0", "FC", "Mainz", " ", "siegt"]
    iob = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    assert trim_whitespace(words, iob) == ["O", "B-ORG", "I-ORG", "O", "O"]


def test_iob_to_spans_gives_token_ranges() -> None:
    assert iob_to_spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC")]


# ---------------------------------------------------------------- recipe: corpus readers


@pytest.mark.shared
def test_read_conllu_keeps_surface_tokens_and_their_text(shared_dir: Path) -> None:
    path = shared_dir / "data" / "ud" / "ud_gsd" / "de_gsd-ud-dev.conllu"
    texts = [
        line.split("=", 1)[1].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("# text =")
    ]
    for sent, text in zip(read_conllu(path), texts[:50], strict=False):
        rebuilt = "".join(w + (" " if sp else "") for w, sp in zip(sent.words, sent.spaces, strict=True)).strip()
        assert rebuilt == text
        assert sent.deps.count("ROOT") >= 1
        assert all(0 <= h < len(sent.words) for h in sent.heads)


@pytest.mark.shared
def test_read_conllu_merges_contractions_into_one_adposition(shared_dir: Path) -> None:
    path = shared_dir / "data" / "ud" / "ud_gsd" / "de_gsd-ud-test.conllu"
    for sent in read_conllu(path):
        for i, word in enumerate(sent.words):
            if word in ("am", "im", "zum", "zur", "vom", "beim"):
                assert sent.pos[i] == "ADP"
                assert sent.tags is not None
                assert sent.tags[i] == "APPRART"
                assert "Case=" in sent.morphs[i]
                return
    pytest.fail("no contraction found in GSD test")


@pytest.mark.shared
def test_read_germeval_uses_the_outer_column_with_mapped_labels(shared_dir: Path) -> None:
    sents = read_germeval(shared_dir / "data" / "germeval2014" / "NER-de-dev.tsv")
    first = [next(sents) for _ in range(20)]
    labels = {label for s in first for *_, label in s.spans()}
    assert labels <= {"PER", "LOC", "ORG", "MISC"}
    assert "MISC" in labels
    assert all(len(s.words) == len(s.iob) for s in first)


@pytest.mark.shared
def test_read_iob2_cuts_unsegmented_europeana_text_into_sentences(shared_dir: Path) -> None:
    sents = list(read_iob2(shared_dir / "data" / "europeana-ner" / "enp_DE.onb.bio", max_len=60))
    assert len(sents) > 100
    assert max(len(s.words) for s in sents) <= 60
    assert {label for s in sents for *_, label in s.spans()} <= {"PER", "LOC", "ORG", "MISC"}
