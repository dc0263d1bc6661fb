import pickle
from pathlib import Path

import pytest
import spacy

from lagebild.errors import LagebildError
from lagebild.language.pipeline import LAGEBILD_PIPES, load_nlp


def test_lagebild_components_run_in_data_flow_order() -> None:
    nlp = load_nlp(model="")
    names = [n for n in nlp.pipe_names if n.startswith("lagebild_")]
    assert names == ["lagebild_layout", *[name for name, _ in LAGEBILD_PIPES]]


def test_another_spacy_pipeline_can_be_named(tmp_path: Path) -> None:
    # A small pipeline made here stands in for e.g. de_core_news_lg on a machine that has it.
    own = spacy.blank("de")
    own.add_pipe("sentencizer")
    own.to_disk(tmp_path / "mein_modell")
    nlp = load_nlp(model=str(tmp_path / "mein_modell"))
    assert nlp.pipe_names[0] == "lagebild_layout" and "sentencizer" in nlp.pipe_names
    doc = nlp("Der Rat tagte. Er beschloss nichts.")
    assert doc._.quotes is not None


def test_model_setting_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spacy.blank("de").to_disk(tmp_path / "env_modell")
    monkeypatch.setenv("LAGEBILD_MODEL", str(tmp_path / "env_modell"))
    nlp = load_nlp()
    assert nlp.meta["name"] == "pipeline"


@pytest.fixture(scope="module")
def tagger_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small trained-shape pipeline (an initialised tagger) whose layers multiply matrices."""
    from spacy.training import Example

    own = spacy.blank("de")
    own.add_pipe("tagger")
    examples = [Example.from_dict(own.make_doc("Der Rat tagt"), {"tags": ["ART", "NN", "VVFIN"]})]
    own.initialize(lambda: examples)
    path = tmp_path_factory.mktemp("modell") / "tagger_modell"
    own.to_disk(path)
    return path


def test_pipeline_layers_multiply_with_numpys_blas_by_default(tagger_pipeline: Path) -> None:
    nlp = load_nlp(model=str(tagger_pipeline))
    assert nlp.get_pipe("tagger").model.ops.use_blis is False


def test_blis_can_be_chosen_and_tags_alike(tagger_pipeline: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Der Rat tagt in Bern und beschließt nichts."
    tags = [t.tag_ for t in load_nlp(model=str(tagger_pipeline))(text)]
    monkeypatch.setenv("LAGEBILD_MATRIX_LIBRARY", "blis")
    nlp = load_nlp(model=str(tagger_pipeline))
    assert nlp.get_pipe("tagger").model.ops.use_blis is True
    assert [t.tag_ for t in nlp(text)] == tags


def test_unknown_matrix_library_gives_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_MATRIX_LIBRARY", "mkl")
    with pytest.raises(LagebildError) as info:
        load_nlp(model="")
    assert info.value.code == "E008" and "mkl" in info.value.message


def test_unknown_pipeline_gives_clear_error() -> None:
    with pytest.raises(LagebildError) as info:
        load_nlp(model="de_gibt_es_nicht")
    assert info.value.code == "E030" and "de_gibt_es_nicht" in info.value.message


def test_name_with_a_typographic_apostrophe_stays_one_token() -> None:
    nlp = load_nlp(model="blank:de")
    words = [t.text for t in nlp.make_doc("Sean O’Keefe traf Massimo D’Alema und O’Briens Sohn. Wie geht’s?")]
    assert [w for w in words if "’" in w and w[:1].isupper()] == ["O’Keefe", "D’Alema", "O’Briens"]
    assert "’s" in words


def test_pipeline_with_its_tokenizer_rules_can_be_pickled() -> None:
    # Scale-out (Dask, multiprocessing) ships the pipeline to workers.
    nlp = load_nlp(model="blank:de")
    clone = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert [t.text for t in clone("Sean O’Keefe")] == ["Sean", "O’Keefe"]
