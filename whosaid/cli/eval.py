"""`whosaid eval`."""

from __future__ import annotations

import json
import sys

import click

from . import main


@main.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--subset", type=click.Choice(["all", "direct", "indirect", "each"]), default="each", show_default=True,
              help="which gold quotes to score; 'each' prints all three")
@click.option("--scorer", type=click.Path(dir_okay=False), default=None,
              help="path to score_quotes.py (default: $WHOSAID_SHARED/tools or ../shared next to the repository)")
@click.option("--pred-out", type=click.Path(dir_okay=False, writable=True), default=None,
              help="also write the predictions (extract JSON lines) to this file")
@click.option("--json", "as_json", is_flag=True, help="print the scorer's JSON figures")
def eval_command(gold: str, subset: str, scorer: str | None, pred_out: str | None, as_json: bool) -> None:
    """Run extraction on GOLD's texts and print the shared scorer's figures.

    GOLD is a seed-style gold file (quotes with speakers) or PolNeAR JSON lines.

    \b
    Example:
        whosaid eval ../shared/data/seed/britney-misses-sons.gold.json
        whosaid eval ../shared/data/polnear/dev.jsonl --subset direct
    """
    from ..errors import WhosaidError
    from ..evaluate import load_scorer, predict, run_scorer_cli

    try:
        mod = load_scorer(scorer)
        try:
            gold_docs = mod.load(gold)
        except (OSError, ValueError) as exc:
            raise click.ClickException(f"{gold}: cannot read gold file ({exc})") from exc
        preds = predict(gold_docs)
        if pred_out:
            with open(pred_out, "w", encoding="utf-8") as f:
                for p in preds:
                    f.write(json.dumps(p, ensure_ascii=False) + "\n")
        rc = 0
        for s in (["all", "direct", "indirect"] if subset == "each" else [subset]):
            sys.stdout.flush()
            rc |= run_scorer_cli(gold, preds, s, scorer, as_json)
        sys.stdout.flush()
    except WhosaidError as exc:
        raise click.ClickException(str(exc)) from exc
    if rc:
        sys.exit(rc)
