import spacy

from lagebild.language import doctext
from lagebild.language.doctext import text_of


def test_text_of_equals_doc_text_with_spacing_and_line_breaks() -> None:
    doc = spacy.blank("de")("  Merz sagte:  «Wir reden.»\n\nDann ging er. ")
    assert text_of(doc) == doc.text


def test_text_of_an_empty_doc_is_empty() -> None:
    assert text_of(spacy.blank("de")("")) == ""


def test_text_of_survives_retokenizing() -> None:
    doc = spacy.blank("de")("Wolodymyr Selenskyj reist nach Berlin.")
    before = text_of(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert text_of(doc) == before == doc.text


def test_text_of_keeps_only_the_docs_in_work() -> None:
    nlp = spacy.blank("de")
    docs = [nlp(f"Satz {i}.") for i in range(doctext._KEPT + 5)]
    assert [text_of(d) for d in docs] == [d.text for d in docs]
    assert len(doctext._TEXTS) == doctext._KEPT
    assert text_of(docs[0]) == "Satz 0."


def test_a_remembered_text_is_given_back_for_its_doc() -> None:
    doc = spacy.blank("de")("Ein Satz.")
    assert doctext.remember(doc, "Ein Satz.") == "Ein Satz."
    assert text_of(doc) is doctext._TEXTS[0][1]
