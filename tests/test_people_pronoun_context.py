"""Pronoun antecedents in interview and press-conference layouts (articles invented here): the one
asked answers, a name in a fronted clause is not the subject, a spokesperson for a person is that
person's unnamed rep; "X, 67, who testified" and "One participant, retired postman X," are X."""

from __future__ import annotations

import whosaid

from speakers_of import name_of, speaker_of

_PODCAST = ("Singer opens up\n\n"
            "Jonah Kestrel has never been comfortable with fame. Speaking to host Callie Brandt, the "
            "46-year-old admitted the band's breakout single left him empty.\n\n"
            "Brandt asked him whether he had ever considered walking away.\n\n"
            "“Considered it? I did it,” he said.")

_PRESSER = ("Captain retires\n\n"
            "Harwick Rovers captain Marcus Ekko announced his retirement on Tuesday. Head coach Gerry "
            "Lindqvist said the club had known for weeks.\n\n"
            "“Marcus told me before he told his own agent,” Lindqvist said. He said Ekko had been a "
            "captain until the very last conversation.\n\n"
            "Asked whether Ekko might join his coaching staff, Lindqvist smiled. “The door is open,” he said.")


def test_the_one_asked_answers_not_the_interviewer() -> None:
    assert name_of(_PODCAST, "Considered it") == "Jonah Kestrel"


def test_a_name_in_a_fronted_clause_is_not_the_antecedent() -> None:
    assert name_of(_PRESSER, "The door is open") == "Gerry Lindqvist"


def test_a_spokesperson_for_a_person_is_an_unnamed_rep() -> None:
    text = ("Feud\n\nKirsty Mallow, 31, has starred in the soap for a decade. She said she was hurt. "
            "A spokesperson for Kirsty said: ‘Kirsty will not be commenting on private family matters.’")
    speaker = speaker_of(text, "will not be commenting")
    assert speaker["name"] is None and speaker["kind"] == "anonymous"
    assert name_of(text, "she was hurt") == "Kirsty Mallow"


def test_who_after_an_age_is_the_named_person_and_her_clause_ends_at_its_comma() -> None:
    text = ("Ruling\n\nCarol Vance, 67, who testified at trial that her well water turned gray in 2016, "
            "wept as the ruling was read.")
    quote = next(q for q in whosaid.extract(text)["quotes"] if "well water" in q["text"])
    assert quote["speaker"]["name"] == "Carol Vance"
    assert quote["text"] == "her well water turned gray in 2016"


def test_role_words_before_a_name_in_apposition_name_the_speaker() -> None:
    text = ("Study\n\nOne participant, 63-year-old retired postman Keith Ambrose, said he had not had a cold "
            "in two winters. A spokesman for Crestline Studios, which makes Harbour Lane, said the company "
            "had no plans to bring the character back.")
    assert name_of(text, "not had a cold") == "Keith Ambrose"
    assert name_of(text, "no plans to bring") == "Crestline Studios"


def test_an_age_descriptor_after_an_introduction_is_the_person_introduced() -> None:
    text = ("Reunion\n\nMarisol Devane came ready to clear the air. She said she had never leaked anything.\n\n"
            "The most shocking moment came when newcomer Priya Lansing revealed she had tipped off the "
            "blog.\n\n“I was angry, and I made a stupid mistake,” the 31-year-old nurse said.")
    assert name_of(text, "stupid mistake") == "Priya Lansing"


def test_an_outlet_told_is_no_antecedent_for_she() -> None:
    text = ("Band history\n\nJonah Kestrel quit the band in 2019.\n\n"
            "The band's manager at the time, Rosalind Pike, told Backbeat Report that she remembered the "
            "phone call well. “Jonah calm meant he'd already made up his mind,” she said.")
    assert name_of(text, "Jonah calm") == "Rosalind Pike"


def test_a_stray_her_does_not_make_the_chief_executive_a_woman() -> None:
    text = ("Data breach\n\nChief executive Aarav Bhattacharya apologised in a video. “We let you down,” "
            "Bhattacharya said.\n\nBhattacharya disputed her timeline, saying the team had begun work within "
            "hours of her first message.\n\nHe said the attackers had used a contractor's login.")
    assert name_of(text, "contractor's login") == "Aarav Bhattacharya"


def test_a_stray_her_does_not_keep_the_actor_from_being_the_subject_before() -> None:
    text = ("Stunt injury\n\nAdaeze Okonkwo was hurt on set on Tuesday. The actress said she was fine.\n\n"
            "Director Ruairidh Munro paused filming for a week.\n\n"
            "Co-star Tomasz Wierzbicki, who plays her on-screen brother, was a few feet away.\n\n"
            "“I heard the clip go and my heart stopped,” the Polish actor told reporters.")
    assert name_of(text, "my heart stopped") == "Tomasz Wierzbicki"
