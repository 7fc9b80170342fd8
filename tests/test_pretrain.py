"""`whosaid pretrain-model`: raw text from the train splits only, and weights the pipeline's tok2vec
loads (a tiny invented corpus, one epoch)."""

from __future__ import annotations

import json
import pathlib

import pytest

from whosaid.analyse.pretrain import pretrain, write_raw_text
from whosaid.errors import InputError

_ARTICLE = ("The council said on Monday that the new budget would be balanced by June.\n\nShort.\n\n"
            "Residents told reporters they were worried about the plan to close the library.")


def _data(root: pathlib.Path) -> pathlib.Path:
    (root / "polnear").mkdir(parents=True)
    (root / "ud_english_ewt").mkdir()
    with (root / "polnear" / "train.jsonl").open("w", encoding="utf-8") as f:
        for i in range(3):
            f.write(json.dumps({"id": str(i), "text": _ARTICLE}) + "\n")
    (root / "polnear" / "dev.jsonl").write_text(json.dumps({"id": "d", "text": "Never read for pretraining."}))
    (root / "ud_english_ewt" / "en_ewt-ud-train.conllu").write_text(
        "# text = The cat sat on the mat .\n1\tThe\n\n# text = Hi .\n1\tHi\n\n", encoding="utf-8")
    return root


def test_raw_text_holds_train_paragraphs_and_sentences_only(tmp_path: pathlib.Path) -> None:
    out = tmp_path / "raw.jsonl"
    assert write_raw_text(_data(tmp_path / "data"), out) == 7
    texts = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert texts[0].startswith("The council said") and "The cat sat on the mat ." in texts
    assert "Short." not in texts and "Hi ." not in texts  # too short to teach context
    assert not any("Never read" in t for t in texts)


def test_pretrained_weights_load_into_the_pipeline_tok2vec(tmp_path: pathlib.Path) -> None:
    from spacy.util import load_config, load_model_from_config

    from whosaid.analyse.train import CONFIG_PATH, _register_logger

    weights = pretrain(_data(tmp_path / "data"), tmp_path / "out", epochs=1)
    assert weights.name == "model-last.bin" and weights.stat().st_size > 1_000_000
    _register_logger()
    nlp = load_model_from_config(load_config(CONFIG_PATH), auto_fill=True)
    nlp.get_pipe("tok2vec").model.from_bytes(weights.read_bytes())  # raises on a shape mismatch


def test_a_folder_without_the_corpora_is_a_clear_error(tmp_path: pathlib.Path) -> None:
    with pytest.raises(InputError, match="no ud_english_ewt/ folder"):
        pretrain(tmp_path, tmp_path / "out", epochs=1)
