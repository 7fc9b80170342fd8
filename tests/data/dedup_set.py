"""A labelled near-duplicate test set, written for whosaid (all people and places invented).

Stories are generated from sentence frames and slot fillers with a fixed seed, so different
stories share phrasing the way wire copy does (hard negatives). Each story gets syndicated
copies of four kinds (the positives): re-headlined with other boilerplate, lightly edited,
truncated to an excerpt, and paragraph-shuffled with other quote marks. Every story also gets
a follow-up that reuses two of its sentences (a hard negative: same event, new article).

    build() -> list[(doc_id, story_label, text)]
"""

from __future__ import annotations

import random

FIRST = ["Ada", "Bruno", "Chiara", "Dmitri", "Esther", "Farid", "Greta", "Hugo", "Imani", "Jonas", "Kalani", "Lotte",
         "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Stellan", "Tamsin", "Umar", "Vera", "Wendell", "Yara"]
LAST = ["Abbott", "Brandt", "Castillo", "Dorsey", "Ekwueme", "Fontaine", "Gallo", "Hartmann", "Ibsen", "Jovanovic",
        "Kaur", "Lindqvist", "Moreau", "Nakamura", "Okonkwo", "Petrov", "Quist", "Rinaldi", "Sato", "Thorne"]
PLACES = ["Harbour City", "Eastgate", "Millbrook", "Port Alder", "Westmoor", "Kingsreach", "Fallow Bay", "Ridgeway",
          "Larkspur", "Old Quay", "Stonebridge", "Juniper Falls"]
ROLES = ["mayor", "head teacher", "fire chief", "festival director", "club captain", "museum curator", "chef",
         "bus driver", "union leader", "harbour master", "librarian", "nurse", "architect", "farmer"]
THINGS = ["the new bridge", "the summer festival", "the night market", "the school merger", "the bus strike",
          "the flood defences", "the stadium plan", "the library budget", "the ferry timetable", "the bakery closure",
          "the hospital wing", "the cycling lane", "the orchard harvest", "the concert hall"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FEELINGS = ["proud", "frustrated", "relieved", "cautious", "delighted", "worried", "hopeful", "furious", "tired"]

FRAMES = [
    "{p1}, the {r1} of {place}, said on {day} that {thing} would go ahead despite the objections.",
    "“We have waited long enough for {thing},” {p1} told reporters outside the town hall.",
    "Residents of {place} packed a public meeting on {day} evening to argue about {thing}.",
    "{p2}, a {r2} who has lived in {place} for {n} years, said she was {feel} about the decision.",
    "“I am {feel}, to be honest,” {p2} said. “Nobody asked the people who actually live here.”",
    "The council estimated that {thing} would cost about {n} million pounds over {m} years.",
    "Critics said the figures were optimistic, pointing to the overspend on a similar project in {place2}.",
    "{p3}, who chairs the local residents' association, called the plan “a good idea done badly.”",
    "According to documents seen by the paper, officials first discussed {thing} in {year}.",
    "A spokesperson for the council said the timetable had not changed and that work would start in {month}.",
    "Shops along the high street reported {feel} customers and a busy {day} afternoon.",
    "{p1} added that the town would hold another consultation before the end of {month}.",
    "Asked whether she would resign if the project failed, {p2} laughed and said, “Ask me in {year2}.”",
    "The last time {place} tried something similar, in {year}, the plan was abandoned after {m} months.",
    "Local historian {p4} said the argument was older than anyone remembered.",
    "“My grandmother argued about this in the same hall,” {p4} said, smiling.",
    "Volunteers handed out leaflets and hot tea to people queuing in the rain.",
    "Police said the meeting had been loud but peaceful, with no arrests.",
    "{p3} said the group would write to the regional government on {day}.",
    "Some younger residents said they were {feel} that the debate had finally started.",
    "The {r1} promised to publish the full report online within {m} weeks.",
    "Opposition councillor {p5} said the vote had been rushed and called for an independent review.",
    "“This is not how you treat a town of {n} thousand people,” {p5} said.",
    "Engineers from {place2} are expected to visit the site on {day}.",
    "The plan includes {n} new benches, a playground and a covered market.",
    "Several business owners said they had not been told about the road closures in advance.",
    "Weather forecasters expect heavy rain in {place} for the rest of the week.",
    "The decision will be reviewed by a committee in {month}, officials said.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SITES = ["Valley Wire", "The Morning Lamp", "Coastline Today", "North Post", "Daily Almanac", "City Pulse"]


def _fill(rng: random.Random) -> dict:
    names = set()
    while len(names) < 5:
        names.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
    p = sorted(names)
    rng.shuffle(p)
    place, place2 = rng.sample(PLACES, 2)
    return {
        "p1": p[0], "p2": p[1], "p3": p[2], "p4": p[3], "p5": p[4], "r1": rng.choice(ROLES), "r2": rng.choice(ROLES),
        "place": place, "place2": place2, "thing": rng.choice(THINGS), "day": rng.choice(DAYS),
        "feel": rng.choice(FEELINGS), "n": rng.randint(3, 90), "m": rng.randint(2, 18), "year": rng.randint(1975, 2015),
        "year2": rng.randint(2026, 2032), "month": rng.choice(MONTHS),
    }


def _story(rng: random.Random) -> tuple[str, list[str]]:
    slots = _fill(rng)
    frames = rng.sample(FRAMES, rng.randint(11, 16))
    sentences = [f.format(**slots) for f in frames]
    paragraphs, i = [], 0
    while i < len(sentences):
        step = rng.choice([1, 2, 2, 3])
        paragraphs.append(" ".join(sentences[i : i + step]))
        i += step
    title = f"{slots['place']} argues over {slots['thing'].replace('the ', '')}"
    return title, paragraphs


def _edit(rng: random.Random, paragraph: str) -> str:
    words = paragraph.split()
    for _ in range(max(1, len(words) // 12)):
        j = rng.randrange(len(words))
        words[j] = rng.choice(["reportedly", "also", "now", "still", "officially", "again"]) + " " + words[j]
    return " ".join(words)


def _variants(rng: random.Random, title: str, paragraphs: list[str]) -> list[str]:
    site = rng.choice(SITES)
    copy = [f"{title.upper()}", *paragraphs, f"Related: More news from {site}", f"The post {title} appeared first on {site}."]
    edited = list(paragraphs)
    for j in rng.sample(range(len(edited)), max(1, len(edited) // 4)):
        edited[j] = _edit(rng, edited[j])
    if len(edited) > 4:
        del edited[rng.randrange(1, len(edited))]
    edited = [f"{title} (updated)", *edited, "[Photo: Staff photographer]"]
    keep = max(3, int(len(paragraphs) * 0.6))
    excerpt = [title, *paragraphs[:keep], f"Read the full story at {site}."]
    shuffled = list(paragraphs)
    rng.shuffle(shuffled)
    shuffled = [p.replace("“", '"').replace("”", '"') for p in shuffled]
    shuffled = [f"Opinion: {title}", *shuffled, "Share this article on Facebook"]
    return ["\n\n".join(v) for v in (copy, edited, excerpt, shuffled)]


def build(stories: int = 40, seed: int = 7) -> list[tuple[str, str, str]]:
    """(doc_id, story_label, text) for ``stories`` stories, their four copies and a follow-up each."""
    rng = random.Random(seed)
    out: list[tuple[str, str, str]] = []
    for s in range(stories):
        title, paragraphs = _story(rng)
        label = f"s{s}"
        out.append((f"{label}-original", label, "\n\n".join([title, *paragraphs])))
        for v, text in enumerate(_variants(rng, title, paragraphs)):
            out.append((f"{label}-copy{v}", label, text))
        # follow-up: a new article on the same event that quotes two sentences of the first one
        f_title, f_paragraphs = _story(rng)
        borrowed = rng.sample(paragraphs, 2)
        f_paragraphs[1:1] = borrowed
        out.append((f"{label}-followup", f"{label}-followup", "\n\n".join([f_title, *f_paragraphs])))
    return out
