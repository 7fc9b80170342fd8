"""The name-ending gender model: reproducible from the name lists, confident only where the lists
agree, and used by the clusterer for names no list knows (names invented here)."""

from __future__ import annotations

import json

from whosaid.people import name_gender
from whosaid.people.given_names import given_name_gender

from speakers_of import name_of


def test_the_shipped_weights_are_what_training_on_the_known_names_gives(shared_dir) -> None:
    shipped = json.loads(name_gender.DATA_PATH.read_text(encoding="utf-8"))
    words = name_gender.common_words(shared_dir / "data")
    retrained = json.loads(json.dumps(name_gender.train(name_gender.known_names(), words), sort_keys=True))
    assert shipped == retrained


def test_confident_guesses_for_unlisted_names_and_none_for_unclear_ones() -> None:
    for name in ("Marinella", "Ramona", "Lucinda"):
        assert given_name_gender(name) is None  # not in the lists: the model has to guess
        assert name_gender.guessed_gender(name) == "female"
    assert name_gender.guessed_gender("Quill") is None  # an ending both genders share
    assert name_gender.guessed_gender("Radio") is None  # a common noun opening a station's name
    assert name_gender.guessed_gender("lowercase") is None


def test_held_out_names_are_mostly_guessed_right() -> None:
    accuracy, coverage = name_gender.cross_validate(name_gender.known_names())
    assert accuracy >= 0.95 and coverage >= 0.15


def test_a_guessed_woman_takes_she_over_a_subject_of_unknown_gender() -> None:
    text = ("Reunion\n\nMarinella Quarry and Dov Prentiss met on the couch for the reunion special.\n\n"
            "Prentiss thanked Quarry for coming. “You told half the town,” she said.")
    assert name_of(text, "half the town") == "Marinella Quarry"
