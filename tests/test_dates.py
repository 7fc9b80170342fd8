"""Relative dates resolved against the publication date, keeping the article's words."""

from __future__ import annotations

from whosaid.provenance.dates import find_dates, parse_published
from whosaid.records import Boilerplate, Document


def dates(text, published="2024-03-07"):  # a Thursday
    return [(d.span.text, d.value) for d in find_dates(Document(id="d", text=text, published=published))]


def test_weekdays_resolve_to_the_latest_such_day():
    got = dates("The mayor spoke Tuesday. On Thursday she rested. Last Thursday was quiet.")
    assert got == [("Tuesday", "2024-03-05"), ("Thursday", "2024-03-07"), ("Last Thursday", "2024-02-29")]


def test_future_weekday_and_next():
    got = dates("The council will vote Monday. Next Thursday is the deadline.")
    assert got == [("Monday", "2024-03-11"), ("Next Thursday", "2024-03-14")]


def test_years_months_weeks_and_ago():
    got = dates("Last year the club lost. This month it won, last week it drew, and three days ago it tied. "
                "Two years ago nobody came.")
    assert got == [("Last year", "2023"), ("This month", "2024-03"), ("last week", "2024-W09"),
                   ("three days ago", "2024-03-04"), ("Two years ago", "2022")]


def test_months_keep_their_words_and_take_the_nearest_year():
    got = dates("The band split in November and will reunite in May. It began last March. "
                "The trial opens July 4. The law passed on June 3, 2019.", published="2024-01-15")
    assert got == [("November", "2023-11"), ("May", "2024-05"), ("last March", "2023-03"),
                   ("July 4", "2024-07-04"), ("June 3, 2019", "2019-06-03")]


def test_day_words():
    assert dates("Yesterday it rained; today it shines and tomorrow it snows.") == [
        ("Yesterday", "2024-03-06"), ("today", "2024-03-07"), ("tomorrow", "2024-03-08")]


def test_unknown_publication_date_keeps_words_without_values():
    assert dates("Last year she moved in July.", published=None) == [("Last year", None), ("July", None)]
    assert dates("Last year she moved.", published="not a date") == [("Last year", None)]


def test_words_that_only_look_like_dates():
    # "May" the verb, "march" the noun, title-case "Years", "for months", "daily"
    assert dates("May I ask? They march daily. For First Time In Years. She waited for months.") == []


def test_dates_in_boilerplate_are_skipped():
    text = "She spoke Monday.\n\nRelated: What Happened Last Week"
    doc = Document(id="d", text=text, published="2024-03-07",
                   boilerplate=[Boilerplate("related_link", 19, len(text), text[19:])])
    assert [d.span.text for d in find_dates(doc)] == ["Monday"]


def test_rfc2822_publication_dates_from_feeds():
    assert str(parse_published("Thu, 07 Mar 2024 10:00:00 +0000")) == "2024-03-07"
    assert str(parse_published("2024-03-07T22:15:00Z")) == "2024-03-07"


def test_provenance_without_an_analysis_still_fills_dates():
    from whosaid.provenance import annotate_provenance

    doc = Document(id="d", text="The vote was held last Friday.", published="2024-03-07")
    annotate_provenance(doc, None)
    assert [(d.span.text, d.value) for d in doc.dates] == [("last Friday", "2024-03-01")]


def test_seasons():
    got = dates("Last summer was hot; this winter is mild; next spring they vote.", published="2024-01-20")
    assert got == [("Last summer", "2023"), ("this winter", "2023"), ("next spring", "2024")]
    assert dates("This summer they tour.", published="2024-03-01") == [("This summer", "2024")]


def test_over_the_weekend():
    assert dates("The band rested over the weekend.") == [("over the weekend", "2024-W09")]  # Sat 2 March
