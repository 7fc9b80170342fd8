"""Pretrain the shared tok2vec on raw text before training (``spacy pretrain``'s character objective).

EWT's 12,500 training sentences are few for a parser; the raw text of PolNeAR train (news, the
genre whosaid reads) and of EWT train teaches the token encoder first, by predicting each word's
first and last four characters from its context. ``whosaid train-model --init-tok2vec`` then
starts from these weights. Both corpora are train splits: nothing from a dev or test split, the
seed or PolNeAR test is read.

    whosaid pretrain-model --data ../shared/data --out training-output/pretrain --epochs 6
"""

from __future__ import annotations

import json
import logging
import pathlib
import time

from ..errors import InputError
from .train import CONFIG_PATH

log = logging.getLogger(__name__)


def write_raw_text(data_dir: pathlib.Path, out_path: pathlib.Path) -> int:
    """JSONL ``{"text": ...}`` lines: PolNeAR train paragraphs of 5+ words, EWT train sentences of
    3+ words. Returns the number of lines."""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with out_path.open("w", encoding="utf-8") as out:
        with (data_dir / "polnear" / "train.jsonl").open(encoding="utf-8") as f:
            for line in f:
                for para in json.loads(line)["text"].split("\n"):
                    if len(para.split()) >= 5:
                        out.write(json.dumps({"text": para}) + "\n")
                        n += 1
        with (data_dir / "ud_english_ewt" / "en_ewt-ud-train.conllu").open(encoding="utf-8") as f:
            for line in f:
                if line.startswith("# text = ") and len(line.split()) >= 6:
                    out.write(json.dumps({"text": line[9:].strip()}) + "\n")
                    n += 1
    return n


def pretrain(data_dir: str | pathlib.Path, out_dir: str | pathlib.Path, *, epochs: int = 6) -> pathlib.Path:
    """Pretrain the tok2vec of ``pipeline.cfg`` for ``epochs`` passes over the raw text; returns
    the final weights (``weights/model-last.bin``), the file ``train(init_tok2vec=...)`` takes."""
    from spacy.training.pretrain import pretrain as spacy_pretrain
    from spacy.util import load_config

    from .train import _register_logger

    data, out = pathlib.Path(data_dir), pathlib.Path(out_dir)
    for sub in ("ud_english_ewt", "polnear"):
        if not (data / sub).is_dir():
            raise InputError(str(data), f"no {sub}/ folder: pass the shared data folder (--data)")
    raw = out / "raw.jsonl"
    log.info("raw text: %d lines -> %s", write_raw_text(data, raw), raw)
    _register_logger()  # (the config names whosaid's training logger)
    config = load_config(CONFIG_PATH, overrides={"paths.raw_text": str(raw), "pretraining.max_epochs": epochs},
                         interpolate=True)
    weights = out / "weights"
    weights.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    spacy_pretrain(config, weights, use_gpu=-1, silent=False)
    log.info("pretrained %d epochs in %.1f min", epochs, (time.monotonic() - started) / 60)
    return weights / "model-last.bin"
