"""Train whosaid's English pipeline from the shared data (library side of `whosaid train-model`)."""

from __future__ import annotations

import io
import logging
import os
import pathlib
import shutil
import sys
import time
from dataclasses import dataclass, field
from typing import IO, Any

from ..errors import InputError, WhosaidError

log = logging.getLogger(__name__)

CONFIG_PATH = pathlib.Path(__file__).resolve().parent.parent / "training" / "pipeline.cfg"
# Stage 3: a parser with its own tok2vec on EWT, the rest of a trained pipeline kept frozen.
PARSER_CONFIG_PATH = CONFIG_PATH.with_name("parser.cfg")


class TrainingDeadline(Exception):
    """Raised from the training logger when the wall-clock limit is reached (best model kept)."""


def _register_logger() -> None:
    from spacy.util import registry

    if "whosaid.DeadlineLogger.v1" in registry.loggers:
        return

    @registry.loggers("whosaid.DeadlineLogger.v1")
    def deadline_logger(max_minutes: float = 0, progress_bar: str | None = None):
        console = registry.loggers.get("spacy.ConsoleLogger.v3")(progress_bar=progress_bar or None)

        def setup(nlp, stdout=sys.stdout, stderr=sys.stderr):
            log_step, finalize = console(nlp, stdout, stderr)
            start = time.monotonic()

            def step(info: dict[str, Any] | None) -> None:
                log_step(info)
                # Only stop right after an evaluation: spaCy has just saved that checkpoint.
                if info is not None and max_minutes and time.monotonic() - start > max_minutes * 60:
                    raise TrainingDeadline(f"wall-clock limit of {max_minutes} min reached")

            return step, finalize

        return setup


_register_logger()


# Resuming fine-tunes a trained model: smaller steps than from scratch, and full-size batches
# from the start (the small early batches of the schedule are for a cold start).
RESUME_LEARN_RATE = 0.0003
RESUME_BATCH_WORDS = 1000


def _resume_from(config, pipeline_dir: pathlib.Path) -> None:
    """Make every component of ``config`` start from the weights in ``pipeline_dir``.

    spaCy then resumes training them (Adam's moments start afresh). All of them are sourced
    together so the components that listen to the sourced tok2vec (all but a stage-3 parser,
    which has its own) keep listening to it.
    """
    if not (pipeline_dir / "config.cfg").is_file():
        raise InputError(str(pipeline_dir), "not a spaCy pipeline folder (no config.cfg) to resume from")
    for name in config["nlp"]["pipeline"]:
        config["components"][name] = {"source": str(pipeline_dir)}
    config["training"]["optimizer"]["learn_rate"] = RESUME_LEARN_RATE
    config["training"]["batcher"]["size"] = RESUME_BATCH_WORDS


@dataclass
class TrainResult:
    model_path: pathlib.Path          # the selected (best on dev) pipeline
    installed_path: pathlib.Path | None
    scores: dict[str, Any] = field(default_factory=dict)
    minutes: float = 0.0


def train(data_dir: str | os.PathLike, out_dir: str | os.PathLike = "training-output", *,
          max_minutes: float = 0, max_steps: int | None = None, install: bool = True,
          ewt_copies: int = 2, polnear_limit: int | None = None,
          resume: str | os.PathLike | None = None, keep: str = "best",
          polnear_parses: bool = False, init_tok2vec: str | os.PathLike | None = None,
          parser_only: str | os.PathLike | None = None,
          stdout: IO[str] | None = None) -> TrainResult:
    """Convert the data, train, keep the best dev checkpoint, score it, optionally install it.

    ``data_dir`` holds ``ud_english_ewt/`` and ``polnear/``. ``max_minutes`` bounds the
    training loop (0: only the step/patience limits); ``max_steps`` overrides the config's
    step limit (with ``max_minutes=0`` it makes a run repeatable step for step). ``install``
    copies the selected pipeline into the package (``whosaid/models/en_whosaid``). ``resume``
    names a pipeline folder trained by this config (e.g. an earlier run's ``model-last``): every
    component starts from its weights instead of from scratch, so a long training can be split
    over several sittings. ``keep`` picks the checkpoint scored and installed: ``"best"`` on
    dev, or ``"last"`` (a fine-tuning run's end, when dev no longer separates them).
    ``polnear_parses`` adds PolNeAR train's CoreNLP parses (UD v1 converted to v2) as silver
    parser data (see ``build_corpora``). ``init_tok2vec`` starts the shared tok2vec from weights
    pretrained by ``spacy pretrain`` (see ``pretrain``). ``parser_only`` names a trained
    pipeline (stage 2's ``model-last``) whose tok2vec, tagger and NER are kept frozen while a
    new parser with its own, wider tok2vec is trained on EWT alone (``training/parser.cfg``).
    Progress (spaCy's table) goes to ``stdout`` (default: nowhere).
    """
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as spacy_train
    from spacy.util import load_config

    from ..training.convert import build_corpora
    from .pipeline import MODEL_DIR, load_pipeline

    data = pathlib.Path(data_dir)
    for sub in ("ud_english_ewt", "polnear"):
        if not (data / sub).is_dir():
            raise InputError(str(data), f"no {sub}/ folder: pass the shared data folder (--data)")
    if parser_only is not None:
        if not (pathlib.Path(parser_only) / "config.cfg").is_file():
            raise InputError(str(parser_only), "not a spaCy pipeline folder (no config.cfg) to keep the "
                             "tagger and NER of")
        if resume is not None or init_tok2vec is not None:
            raise WhosaidError("--parser-only trains a new parser: it cannot be combined with "
                               "--resume or --init-tok2vec")
    out = pathlib.Path(out_dir)
    stdout = stdout or io.StringIO()
    started = time.monotonic()
    log.info("converting corpora from %s", data)
    corpus = build_corpora(data, out / "corpus", ewt_copies=ewt_copies, polnear_limit=polnear_limit,
                           polnear_parses=polnear_parses)
    overrides: dict[str, Any] = {"training.logger.max_minutes": float(max_minutes)}
    if max_steps:
        overrides["training.max_steps"] = int(max_steps)
    if parser_only is not None:
        overrides.update({"paths.train": str(corpus["ewt-train"]), "paths.dev": str(corpus["ewt-dev"]),
                          "paths.source": str(pathlib.Path(parser_only).resolve())})
        config = load_config(PARSER_CONFIG_PATH, overrides=overrides)
    else:
        overrides.update({"paths.train": str(corpus["train"]), "paths.dev": str(corpus["dev"])})
        if init_tok2vec:
            overrides["paths.init_tok2vec"] = str(init_tok2vec)
        config = load_config(CONFIG_PATH, overrides=overrides)
    if resume is not None:
        _resume_from(config, pathlib.Path(resume))
    nlp = init_nlp(config, use_gpu=-1)
    train_dir = out / "train"
    train_dir.mkdir(parents=True, exist_ok=True)
    try:
        spacy_train(nlp, train_dir, use_gpu=-1, stdout=stdout, stderr=stdout)
    except TrainingDeadline as exc:
        log.info("%s; keeping the best checkpoint", exc)
    best = train_dir / ("model-last" if keep == "last" else "model-best")
    if not best.is_dir():
        raise WhosaidError(f"{train_dir}: training produced no checkpoint (too short a time limit?)")
    installed = None
    if install:
        installed = MODEL_DIR
        if installed.exists():
            shutil.rmtree(installed)
        shutil.copytree(best, installed)
        load_pipeline.cache_clear()
    from .evaluate import evaluate  # imported late: a long run picks up the current scorer

    scores = evaluate(best, data, corpus_dir=out / "corpus")
    return TrainResult(best, installed, scores, (time.monotonic() - started) / 60)
