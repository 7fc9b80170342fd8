"""Stage 3 of the model (`whosaid train-model --parser-only`): a new parser with its own tok2vec,
trained while the tagger and NER of the pipeline it starts from stay exactly as they were.

The training sentences are invented; two updates are enough to check what is kept and what learns.
"""

from __future__ import annotations

import pathlib

import pytest
import spacy
from spacy.tokens import Doc, DocBin

from whosaid.analyse import MODEL_DIR
from whosaid.analyse.train import PARSER_CONFIG_PATH, _register_logger, train
from whosaid.errors import InputError

# (words, heads, deps) in UD EWT's style.
SENTENCES = [
    ("Mara said the bridge would open .".split(), [1, 1, 3, 5, 5, 1, 1],
     ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "punct"]),
    ("The council voted on Monday .".split(), [1, 2, 2, 4, 2, 2],
     ["det", "nsubj", "ROOT", "case", "obl", "punct"]),
]
PROBE = "Daniel Okafor told reporters in Leeds that the library would close."


def _corpus(path: pathlib.Path) -> pathlib.Path:
    vocab = spacy.blank("en").vocab
    db = DocBin()
    for words, heads, deps in SENTENCES * 4:
        db.add(Doc(vocab, words=words, heads=heads, deps=deps))
    db.to_disk(path)
    return path


@pytest.fixture(scope="module")
def stage3(tmp_path_factory) -> pathlib.Path:
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as spacy_train
    from spacy.util import load_config

    out = tmp_path_factory.mktemp("stage3")
    corpus = _corpus(out / "tiny.spacy")
    _register_logger()
    config = load_config(PARSER_CONFIG_PATH, overrides={
        "paths.train": str(corpus), "paths.dev": str(corpus), "paths.source": str(MODEL_DIR),
        "components.parser.min_action_freq": 1,  # every label of the tiny corpus is rare
        "training.max_steps": 2, "training.eval_frequency": 1})
    (out / "train").mkdir()
    spacy_train(init_nlp(config, use_gpu=-1), out / "train", use_gpu=-1)
    return out / "train" / "model-last"


def test_tagger_and_names_are_those_of_the_source_pipeline(stage3: pathlib.Path) -> None:
    shipped, retrained = spacy.load(MODEL_DIR), spacy.load(stage3)
    # The two-step parser's sentences are still random; names come out whole all the same,
    # since the NER runs before the parser.
    assert retrained.pipe_names.index("ner") < retrained.pipe_names.index("parser")
    before, after = shipped(PROBE), retrained(PROBE)
    assert [t.tag_ for t in after] == [t.tag_ for t in before]
    assert [(e.text, e.label_) for e in after.ents] == [(e.text, e.label_) for e in before.ents]
    assert ("Daniel Okafor", "PERSON") in [(e.text, e.label_) for e in after.ents]
    kept = _weights(shipped.get_pipe("tok2vec").model)
    assert kept and _weights(retrained.get_pipe("tok2vec").model) == kept


def _weights(model) -> list[bytes]:
    return [node.get_param(name).tobytes() for node in model.walk()
            for name in node.param_names if node.has_param(name)]


def test_the_new_parser_reads_its_own_wider_tok2vec(stage3: pathlib.Path) -> None:
    nlp = spacy.load(stage3)
    tok2vec = nlp.get_pipe("parser").model.get_ref("tok2vec")
    assert tok2vec.name != "tok2vec-listener"  # not the shared CNN the NER listens to
    assert tok2vec.get_dim("nO") > nlp.get_pipe("tok2vec").model.get_dim("nO")


def test_parser_only_needs_a_pipeline_folder(tmp_path: pathlib.Path) -> None:
    for sub in ("ud_english_ewt", "polnear"):
        (tmp_path / "data" / sub).mkdir(parents=True)
    with pytest.raises(InputError, match="no config.cfg"):
        train(tmp_path / "data", tmp_path / "out", parser_only=tmp_path, install=False)
