"""Property tests: any text survives store -> bundle -> store, and store -> pack data, unchanged."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.domain.classification import Classification
from briefing_app.services.exchange.applying import apply_import
from briefing_app.services.exchange.bundle import collect, decode, encode
from briefing_app.services.exchange.crypto import KdfParams, seal, unseal
from briefing_app.services.exchange.importing import plan_import
from briefing_app.store.connection import connect
from briefing_app.store.repository import Repository

# Any Unicode text except what SQLite text cannot hold (NUL) and lone surrogates (not UTF-8).
any_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))
required_text = any_text.filter(lambda t: t.strip() != "")
PASS = "eigenschap-test"


def store_with(title: str, point: str, answer: str, note: str):
    db = connect(":memory:")
    repo = Repository(db)
    dossier = repo.create("dossier", {"slug": "wonen", "title": title, "summary": note})
    repo.create("talking_point", {"dossier_id": dossier, "kind": "key_message", "text": point})
    repo.create("hard_question", {"dossier_id": dossier, "question": point, "answer": answer})
    repo.create(
        "figure",
        {"dossier_id": dossier, "key": "k", "label": title, "unit": "eur", "note": note},
    )
    return db


def texts(db):
    return {
        "dossier": list(db.query("SELECT title, summary FROM dossiers")),
        "points": [r["text"] for r in db.query("SELECT text FROM talking_points")],
        "questions": list(db.query("SELECT question, answer FROM hard_questions")),
        "figures": list(db.query("SELECT label, note FROM figures")),
    }


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(required_text, required_text, any_text, any_text)
def test_any_text_survives_store_bundle_store(title, point, answer, note):
    source = store_with(title, point, answer, note)
    target = connect(":memory:")
    try:
        sealed = seal(encode(collect(source)), PASS, KdfParams(log2_n=14))
        bundle = decode(unseal(sealed, PASS))
        apply_import(target, plan_import(target, bundle))
        assert texts(target) == texts(source)
    finally:
        source.close()
        target.close()


@settings(max_examples=25, deadline=None)
@given(required_text.filter(lambda t: "{" not in t), any_text.filter(lambda t: "{" not in t))
def test_any_text_survives_store_to_pack_data(point, answer):
    from briefing_app.services.packs.service import PackRequest, prepare_pack

    db = store_with("Wonen", point, answer, "")
    try:
        request = PackRequest(Classification.VERTROUWELIJK, None, ("wonen",))
        pack = prepare_pack(db, request).pack
        dossier = pack.dossiers[0]
        assert [t.text for t in dossier.key_messages] == [point]
        assert [(q.question, q.answer) for q in dossier.hard_questions] == [(point, answer)]
    finally:
        db.close()


# What the embedded font shows and a PDF text extractor gives back one for one: Dutch and
# Western European letters, digits, punctuation (including the characters ReportLab's markup
# would eat: < > &). Whitespace is compared squeezed: a layout breaks lines where it likes.
pdf_text = st.text(
    st.sampled_from(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        "éëèïöüáçñÉËÏÖÜ€%&<>\"'()/.,;:!?-+=@#*[] "
    ),
    min_size=1,
    max_size=80,
).filter(lambda t: t.strip() != "")


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pdf_text)
def test_any_text_survives_store_to_the_pdf_text(text):
    import tempfile
    from pathlib import Path

    from pdftext import all_text, squeezed

    from briefing_app.services.packs.service import PackRequest, prepare_pack, render_pack_file

    db = store_with("Wonen", text, "", "")
    try:
        prepared = prepare_pack(db, PackRequest(Classification.VERTROUWELIJK, None, ("wonen",)))
        with tempfile.TemporaryDirectory() as folder:
            target = render_pack_file(prepared, Path(folder) / "pakket.pdf").temp
            assert squeezed(text) in squeezed(all_text(target))
    finally:
        db.close()
