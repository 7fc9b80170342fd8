"""`whosaid train-model` and `whosaid evaluate-model`: thin over whosaid.analyse.train/evaluate."""

from __future__ import annotations

import json
import logging
import os
import sys

import click

from ..errors import WhosaidError
from . import main

DEFAULT_DATA = os.path.join("..", "shared", "data")


def _print_scores(scores: dict) -> None:
    ewt, gold, pol = scores["ewt_test"], scores["ewt_test_gold_sents"], scores["polnear_dev"]
    ss = pol["sentence_starts"]
    click.echo("EWT test (gold tokens, predicted sentences): "
               f"UAS {ewt['dep_uas']:.3f}  LAS {ewt['dep_las']:.3f}  tag acc {ewt['tag_acc']:.3f}  "
               f"sentence P/R/F {ewt['sents_p']:.3f}/{ewt['sents_r']:.3f}/{ewt['sents_f']:.3f}")
    click.echo(f"EWT test (gold tokens, gold sentences):      UAS {gold['dep_uas']:.3f}  LAS {gold['dep_las']:.3f}")
    click.echo(f"PolNeAR dev (vs CoreNLP silver): NER P/R/F {pol['ents_p']:.3f}/{pol['ents_r']:.3f}/"
               f"{pol['ents_f']:.3f}  tag acc {pol['tag_acc']:.3f}  "
               f"sentence-start P/R/F {ss['p']:.3f}/{ss['r']:.3f}/{ss['f']:.3f}")
    for label, prf in pol["ents_per_type"].items():
        click.echo(f"  {label:<7} P {prf['p']:.3f}  R {prf['r']:.3f}  F {prf['f']:.3f}")


@main.command("train-model")
@click.option("--data", "data_dir", default=DEFAULT_DATA, show_default=True,
              type=click.Path(file_okay=False), help="Shared data folder (ud_english_ewt/, polnear/).")
@click.option("--out", "out_dir", default="training-output", show_default=True,
              type=click.Path(file_okay=False), help="Scratch folder: converted corpora, checkpoints.")
@click.option("--max-minutes", default=64.0, show_default=True,
              help="Wall-clock limit of the training loop (0: none); the best dev checkpoint is kept.")
@click.option("--max-steps", type=int, default=None,
              help="Stop after this many updates (default: the config's 40000). With "
                   "--max-minutes 0 a run is repeatable step for step.")
@click.option("--resume", type=click.Path(file_okay=False, exists=True), default=None,
              help="Start every component from this pipeline's weights (an earlier run's "
                   "model-last) instead of from scratch.")
@click.option("--ewt-copies", default=2, show_default=True,
              help="Times UD EWT is repeated in train (only EWT teaches the parser).")
@click.option("--keep", type=click.Choice(["best", "last"]), default="best", show_default=True,
              help="Checkpoint to score and install: the best on dev, or the last one.")
@click.option("--polnear-parses", is_flag=True,
              help="Also train the parser on PolNeAR train's CoreNLP parses (silver, UD v1 "
                   "converted to v2).")
@click.option("--init-tok2vec", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Start the tok2vec from these pretrained weights (whosaid pretrain-model).")
@click.option("--parser-only", type=click.Path(file_okay=False, exists=True), default=None,
              help="Keep this pipeline's tok2vec, tagger and NER frozen and train a new parser "
                   "with its own tok2vec on UD EWT (stage 3, whosaid/training/parser.cfg).")
@click.option("--install/--no-install", default=True, show_default=True,
              help="Copy the selected pipeline into the package (whosaid/models/en_whosaid).")
@click.option("--json", "as_json", is_flag=True, help="Print the final scores as JSON.")
@click.option("-q", "--quiet", is_flag=True, help="No progress table.")
def train_model(data_dir: str, out_dir: str, max_minutes: float, max_steps: int | None, resume: str | None,
                ewt_copies: int, keep: str, polnear_parses: bool, init_tok2vec: str | None,
                parser_only: str | None, install: bool, as_json: bool, quiet: bool) -> None:
    """Train the English pipeline (tagger, parser, NER) and print its held-out scores.

    Converts UD EWT and PolNeAR CoreNLP from --data, trains with the fixed seed of
    whosaid/training/pipeline.cfg on CPU, keeps the checkpoint best on dev, and scores it on
    EWT test and PolNeAR dev. Progress goes to stderr, scores to stdout.

    \b
    Example:
        whosaid train-model --data ../shared/data --max-minutes 64
        whosaid train-model --parser-only training-output/stage2/train/model-last --max-minutes 0 --max-steps 10000
    """
    from ..analyse.train import train

    logging.basicConfig(level=logging.WARNING if quiet else logging.INFO, stream=sys.stderr,
                        format="%(message)s")
    try:
        result = train(data_dir, out_dir, max_minutes=max_minutes, max_steps=max_steps, install=install,
                       resume=resume, ewt_copies=ewt_copies, keep=keep, polnear_parses=polnear_parses,
                       init_tok2vec=init_tok2vec, parser_only=parser_only,
                       stdout=None if quiet else sys.stderr)
    except WhosaidError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"selected pipeline: {result.model_path} ({result.minutes:.1f} min)", err=True)
    if result.installed_path:
        click.echo(f"installed into {result.installed_path}", err=True)
    click.echo(json.dumps(result.scores, indent=1)) if as_json else _print_scores(result.scores)


@main.command("pretrain-model")
@click.option("--data", "data_dir", default=DEFAULT_DATA, show_default=True,
              type=click.Path(file_okay=False), help="Shared data folder (ud_english_ewt/, polnear/).")
@click.option("--out", "out_dir", default="training-output/pretrain", show_default=True,
              type=click.Path(file_okay=False), help="Scratch folder: raw text and weights per epoch.")
@click.option("--epochs", default=6, show_default=True, help="Passes over the raw text (~4 min each on one core).")
def pretrain_model(data_dir: str, out_dir: str, epochs: int) -> None:
    """Pretrain the pipeline's tok2vec on the raw text of PolNeAR train and EWT train.

    Prints the weights file to pass to `whosaid train-model --init-tok2vec`.

    \b
    Example:
        whosaid pretrain-model --data ../shared/data --epochs 6
    """
    from ..analyse.pretrain import pretrain

    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")
    try:
        weights = pretrain(data_dir, out_dir, epochs=epochs)
    except WhosaidError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(str(weights))


@main.command("evaluate-model")
@click.option("--data", "data_dir", default=DEFAULT_DATA, show_default=True,
              type=click.Path(file_okay=False), help="Shared data folder (ud_english_ewt/, polnear/).")
@click.option("--model", default=None, type=click.Path(file_okay=False),
              help="A pipeline folder to score instead of the shipped one.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate_model(data_dir: str, model: str | None, as_json: bool) -> None:
    """Score the shipped pipeline on EWT test (gold tokens) and PolNeAR dev (silver NER).

    \b
    Example:
        whosaid evaluate-model --data ../shared/data
    """
    from ..analyse.evaluate import evaluate

    try:
        scores = evaluate(model, data_dir)
    except WhosaidError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(scores, indent=1)) if as_json else _print_scores(scores)
