"""Speaker resolution: which person a speaker mention stands for (short articles written for these tests)."""

from __future__ import annotations

import whosaid


def speaker_of(result: dict, fragment: str) -> str | None:
    q = next(q for q in result["quotes"] if fragment in q["text"])
    return q["speaker"]["name"]


def names(result: dict) -> set[str]:
    return {p["name"] for p in result["people"]}


def test_job_titles_are_not_part_of_canonical_names() -> None:
    text = ("“Our costs rose faster than our sales,” Chief Executive Mona Lindqvist said on Thursday.\n\n"
            "Board Chair Petra Aalto said the board backed the plan in full.\n\n"
            "“The ship was never inspected,” Captain Arne Holt told the inquiry.\n\n"
            "General Motors said the recall would cover older trucks and vans.")
    result = whosaid.extract(text, id="titles")
    assert speaker_of(result, "Our costs rose") == "Mona Lindqvist"
    assert speaker_of(result, "the board backed") == "Petra Aalto"
    assert speaker_of(result, "never inspected") == "Arne Holt"
    assert "General Motors" in names(result)  # a company's name keeps its first word
    assert {"Mona Lindqvist", "Petra Aalto", "Arne Holt"} <= names(result)
