"""Recall patterns added from the PolNeAR train cue tables, on short sentences written for these tests."""

from __future__ import annotations

import pytest

import whosaid


def quotes(text: str) -> list[dict]:
    return whosaid.extract(text, id="recall")["quotes"]


@pytest.mark.parametrize("text, content, speaker", [
    # forms that are cues only before a that-clause (learned: that_cues.json)
    ("Dr. Lena Ortiz was adamant that the clinic would stay open through the winter.",
     "the clinic would stay open through the winter", "Lena Ortiz"),
    ("Councilwoman Tessa Grund is hopeful that the library vote will pass next month.",
     "the library vote will pass next month", "Tessa Grund"),
])
def test_that_clause_after_learned_cue(text: str, content: str, speaker: str) -> None:
    q = [q for q in quotes(text) if q["text"] == content]
    assert q, quotes(text)
    assert q[0]["kind"] == "indirect" and q[0]["speaker"]["name"] == speaker


def test_adjective_before_that_is_not_a_cue_without_the_table_entry() -> None:
    # "so sure that" is a result clause, not a report: nothing is quoted
    assert quotes("The river rose so fast that the bridge closed at noon.") == []


@pytest.mark.parametrize("text, content, speaker", [
    # inflected verbs with a lower cue rate (learned band): their object is what was said
    ("Mayor Dana Prieto is urging residents to conserve water during the heat wave.",
     "residents to conserve water", "Dana Prieto"),
    ("Governor Ellis Park attacked the proposal as a giveaway to developers.",
     "the proposal as a giveaway to developers", "Ellis Park"),
])
def test_lower_rate_verb_forms(text: str, content: str, speaker: str) -> None:
    q = [q for q in quotes(text) if q["text"] == content]
    assert q, quotes(text)
    assert q[0]["speaker"]["name"] == speaker


def test_relative_clause_with_its_own_cue_is_not_the_outer_content() -> None:
    qs = quotes("The union chief, Lara Benz, answered her critics, who claimed she had ignored the members.")
    inner = [q for q in qs if "ignored the members" in q["text"]]
    assert inner and all("critics" not in q["text"] for q in inner)
    assert all(q["speaker"]["name"] != "Lara Benz" for q in inner)


def test_noun_reading_of_a_band_form_is_not_a_cue() -> None:
    # "rumors" ends like a verb form but is a noun: no quote comes from it
    assert quotes("The rumors about the merger spread across the trading floor all week.") == []


@pytest.mark.parametrize("text, content", [
    # reported content ends before asides that are not what was said
    ("Inspector Marla Quent said the audit was finished, contradicting the council's earlier account.",
     "the audit was finished"),
    ("The regulator said the dam was safe, which surprised the farmers downstream.", "the dam was safe"),
    ("Senator Abel Torvik said the levy would pass -- assuming the governor signs it.", "the levy would pass"),
    ("Governor Ellis Park said the budget was balanced and warned against new spending.",
     "the budget was balanced"),
    # a noun-phrase object stops at its time/place/occasion adjunct
    ("Governor Ellis Park proposed a drought levy in a speech on Friday.", "a drought levy"),
    ("Coach Rina Bale described the loss as a wake-up call when she met reporters.",
     "the loss as a wake-up call"),
])
def test_content_ends_at_asides(text: str, content: str) -> None:
    assert content in [q["text"] for q in quotes(text)], quotes(text)


def test_clause_content_keeps_its_prepositions() -> None:
    qs = quotes("Dr. Ivo Brandt said the clinic would reopen in March after repairs.")
    assert [q["text"] for q in qs] == ["the clinic would reopen in March after repairs"]


def test_headline_led_by_a_source_and_colon() -> None:
    text = ("Marta Velde: Harbor Tunnel Will Open Two Years Late\n\n"
            "Transport chief Marta Velde told the council on Monday that the tunnel was behind schedule.")
    q = quotes(text)[0]
    assert q["text"] == "Harbor Tunnel Will Open Two Years Late"
    assert q["speaker"]["name"] == "Marta Velde" and q["speaker"]["mention"]["text"] == "Marta Velde"


def test_headline_poll_source() -> None:
    text = "Poll: Voters in Brenmoor split evenly on the stadium bond\n\nThe survey of 800 adults was taken last week."
    q = quotes(text)[0]
    assert q["text"] == "Voters in Brenmoor split evenly on the stadium bond"
    assert q["speaker"]["mention"]["text"] == "Poll"


@pytest.mark.parametrize("headline", [
    "BREAKING: Harbor Tunnel Will Open Two Years Late",            # a label, not a source
    "Watch: Harbor Tunnel Crews Race the Tide",                    # a label
    "Glenmoor Ferry: Harbor Tunnel Will Open Two Years Late",      # never named again in the story
    "Tallis Bright Cancels Tour: ‘My Voice Needs Rest’",           # a quotation after the colon
])
def test_headline_colon_without_a_source(headline: str) -> None:
    text = headline + "\n\nThe city said on Monday that the work was behind schedule because of storms."
    assert all(q["start"] > len(headline) for q in quotes(text) if q["kind"] == "indirect")


def test_transcript_turns_in_one_running_quotation() -> None:
    text = ("The interview went as follows:\n\n"
            "\"HOST: Will the harbor tunnel open on time this spring?\n\n"
            "\"MAYOR VELDE: No, the storms cost us two full months of work underwater.\n\n"
            "\"HOST: And what will the delay cost the city in the end?\n\n"
            "\"MAYOR VELDE: Less than the insurance will cover, we believe.\"")
    qs = quotes(text)
    got = [(q["text"], q["speaker"]["mention"]["text"]) for q in qs]
    assert ("No, the storms cost us two full months of work underwater.", "MAYOR VELDE") in got
    assert ("And what will the delay cost the city in the end?", "HOST") in got
    assert all(not q["text"].startswith(("HOST:", "MAYOR")) for q in qs)
    assert len(qs) == 4


def test_sentence_before_a_typewriter_quote_is_its_own_sentence() -> None:
    text = ("He said the archive had been closed for a decade. ''We waited long enough,'' he added.")
    got = [(q["text"], q["cue"]["text"] if q["cue"] else None) for q in quotes(text)]
    assert ("the archive had been closed for a decade", "said") in got


@pytest.mark.parametrize("text, content", [
    ("The council thought the plan was dead after the vote.", "the plan was dead after the vote"),
    ("Mr. Bell found the agency was in breach of the contract.", "the agency was in breach of the contract"),
])
def test_bare_clause_after_cognition_verb(text: str, content: str) -> None:
    assert content in [q["text"] for q in quotes(text)]


def test_cognition_verb_with_plain_object_is_not_a_quote() -> None:
    assert quotes("Ms. Arden felt the cold wind on the pier.") == []


def test_title_in_quotation_marks_does_not_block_reported_clause() -> None:
    text = "As host of “The Late Harbor Show,” Nils Brand often mocked his guests, according to former staff."
    got = [(q["text"], q["speaker"]["mention"]["text"]) for q in quotes(text)]
    assert ("As host of “The Late Harbor Show,” Nils Brand often mocked his guests", "former staff") in got


def test_partial_quote_in_clause_stays_its_quoted_words() -> None:
    # the seed's convention: a short quotation inside a reported clause is reported alone
    qs = quotes("The coach said he had “no idea” whether the shot would go in.")
    assert [q["text"] for q in qs] == ["no idea"]


@pytest.mark.parametrize("text, content, mention", [
    ("Politifact checked Mayor Ruiz's claim that crime had fallen by half since 2015.",
     "crime had fallen by half since 2015", "Mayor Ruiz"),
    ("Contrary to his claim that the fund was audited, no records exist.", "the fund was audited", "his"),
])
def test_possessor_of_a_speech_noun_is_the_source(text: str, content: str, mention: str) -> None:
    got = [(q["text"], q["speaker"]["mention"]["text"]) for q in quotes(text)]
    assert (content, mention) in got


def test_speech_noun_as_subject_is_left_alone() -> None:
    assert quotes("Her assertion that the bridge was safe drew sharp criticism.") == []


def test_verb_claims_still_reports() -> None:
    got = [q["text"] for q in quotes("Ms. Ortega claims that the harbor fees doubled in a year.")]
    assert got == ["the harbor fees doubled in a year"]


@pytest.mark.parametrize("text, content", [
    ("Mr. Hale said after the convention he would not accept the endorsement.",
     "he would not accept the endorsement"),
    ("The mayor told residents this weekend she would consider it a personal insult.",
     "she would consider it a personal insult"),
])
def test_clause_after_adjunct_or_addressee(text: str, content: str) -> None:
    assert content in [q["text"] for q in quotes(text)]



@pytest.mark.parametrize("text, speaker", [
    ("Too often, Mr. Vance said, the debate over the harbor is infected with tribalism.", "Mr. Vance"),
    ("That is why, he argued, the party should be prepared.", "he"),
])
def test_parenthetical_cue_after_a_short_opener(text: str, speaker: str) -> None:
    q = quotes(text)[0]
    assert q["text"] == text.rstrip(".") and q["speaker"]["mention"]["text"] == speaker


@pytest.mark.parametrize("text, content", [
    ("We know from his disclosure statements that most of the assets are held in trusts.",
     "most of the assets are held in trusts"),
    ("Sanders told MSNBC's “Morning Joe” that nobody would question her intelligence.",
     "nobody would question her intelligence"),
])
def test_that_clause_after_a_prepositional_phrase_or_quoted_title(text: str, content: str) -> None:
    assert content in [q["text"] for q in quotes(text)]



def test_section_heading_in_quotation_marks_is_not_a_quote() -> None:
    text = ("“The tunnel will open in June,” said Ana Ruiz, the city engineer.\n\n"
            "'A Long Road Under the Bay.'\n\n"
            "Work on the tunnel began in 2019 after a decade of planning.")
    assert [q["text"] for q in quotes(text)] == ["The tunnel will open in June,"]


def test_quote_only_paragraph_still_continues_its_speaker() -> None:
    text = ("“The tunnel will open in June,” said Ana Ruiz, the city engineer.\n\n"
            "“We are confident the crews will finish the lining on time.”")
    qs = quotes(text)
    assert len(qs) == 2 and qs[1]["speaker"]["name"] == "Ana Ruiz"


def test_stage_directions_between_transcript_turns_are_not_speech() -> None:
    text = ("The interview went as follows:\n\n\"HOST: Will the tunnel open on time this spring?\n\n\"(CROSSTALK.)\n\n"
            "\"MAYOR VELDE: No, the storms cost us two full months of work.\"")
    got = [(q["text"], q["speaker"]["mention"]["text"]) for q in quotes(text)]
    assert got == [("Will the tunnel open on time this spring?", "HOST"),
                   ("No, the storms cost us two full months of work.", "MAYOR VELDE")]


@pytest.mark.parametrize("text, content", [
    ("Although Mr. Pell has admitted using the tax code, he does not defend it.", "using the tax code"),
    ("Polls show a close contest in the state, where 18 electoral votes are at stake.", "a close contest in the state"),
    ("Ms. Ito said that if elected, she would close the plant.", "if elected, she would close the plant"),
])
def test_main_clause_after_a_comma_is_not_the_content(text: str, content: str) -> None:
    assert content in [q["text"] for q in quotes(text)], quotes(text)


@pytest.mark.parametrize("text, content, mention", [
    ("Several experts cautioned, as did the campaign itself, that the plan might change.",
     "the plan might change", "Several experts"),
    ("The nominee continues to insist, most recently in a radio interview, that he wants to release his taxes.",
     "he wants to release his taxes", "The nominee"),
])
def test_parenthetical_between_cue_and_that_clause(text: str, content: str, mention: str) -> None:
    got = [(q["text"], q["speaker"]["mention"]["text"]) for q in quotes(text)]
    assert (content, mention) in got


def test_coordinated_report_by_another_subject_ends_the_content() -> None:
    text = "The mayor stressed that the repairs were not complete, and harbor pilots warned that the channel was shallow."
    got = [q["text"] for q in quotes(text)]
    assert "the repairs were not complete" in got and "the channel was shallow" in got


@pytest.mark.parametrize("text, mention", [
    ("The plan is an insult to the town, officials said.", "officials"),
    ("The plan is an insult to the town, local lawmakers said Friday.", "local lawmakers"),
])
def test_bare_plural_source_after_the_clause(text: str, mention: str) -> None:
    got = [(q["text"], q["speaker"]["mention"]["text"]) for q in quotes(text)]
    assert got == [("The plan is an insult to the town", mention)]


def test_outlet_report_closing_the_sentence() -> None:
    got = [(q["text"], q["speaker"]["mention"]["text"])
           for q in quotes("Bonuses for managers were $500 every three months, The Harbor Journal reports.")]
    assert got == [("Bonuses for managers were $500 every three months", "The Harbor Journal")]


@pytest.mark.parametrize("text, content", [
    ("Mr. Pell said he did not support Ms. Ray, the presumed favorite.", "he did not support Ms. Ray"),
    ("A lawyer for the papers, Dana Lutz, said no decision had been made about an appeal.",
     "no decision had been made about an appeal"),
])
def test_apposition_on_a_name_and_determiner_no(text: str, content: str) -> None:
    assert content in [q["text"] for q in quotes(text)], quotes(text)


@pytest.mark.parametrize("text, content, speaker", [
    # an adjunct between the cue and a clause without "that"
    ("Mayor Ines Carbajal said on Friday the ferry budget was balanced.", "the ferry budget was balanced",
     "Ines Carbajal"),
    ("Ines Carbajal said in a statement the recall covered 40,000 kettles.", "the recall covered 40,000 kettles",
     "Ines Carbajal"),
    # the addressee ends where the reported clause's determiner begins
    ("Ines Carbajal told reporters the ferry would run until midnight.", "the ferry would run until midnight",
     "Ines Carbajal"),
    ("Ines Carbajal told the council the ferry would run until midnight.", "the ferry would run until midnight",
     "Ines Carbajal"),
])
def test_reported_clause_after_an_adjunct_or_addressee(text: str, content: str, speaker: str) -> None:
    q = [q for q in quotes(text) if q["text"] == content]
    assert q, quotes(text)
    assert q[0]["kind"] == "indirect" and q[0]["speaker"]["name"] == speaker


def test_may_after_a_given_name_is_a_surname() -> None:
    q = quotes("Former minister Harriet May said the harbour plan was dead.")
    assert [x["speaker"]["name"] for x in q] == ["Harriet May"]
    assert q[0]["speaker"]["mention"]["text"].endswith("Harriet May")


@pytest.mark.parametrize("text, reported", [
    ("Court report\n\nThe singer admitted careless driving after clipping a parked van.", []),
    ("Court report\n\nHarlan Vosk admits two counts of fraud.", []),
    ("Court report\n\nHarlan Vosk admitted the accounts had been wrong for years.",
     ["the accounts had been wrong for years"]),
])
def test_admitting_a_charge_is_a_plea_not_a_report(text: str, reported: list[str]) -> None:
    assert [q["text"] for q in quotes(text)] == reported


@pytest.mark.parametrize("text, reported", [
    # a programme after "said on" is where it was said, not a quotation
    ("Debate\n\n“We will fund the police,” Ansel Drury said on WKTV's “Sunday Line.”",
     ["We will fund the police,"]),
    # a relative "that" after the adjunct is not the complementiser
    ("Summit\n\nMayor Ida Renn told reporters after the meeting that was held on a ferry that the deal was done.",
     ["the deal was done"]),
    # "as he entered" is when it was said
    ("Summit\n\n“The port will reopen,” Ida Renn said Friday as she entered the hall.", ["The port will reopen,"]),
])
def test_adjuncts_after_the_cue_are_not_reported(text: str, reported: list[str]) -> None:
    assert [q["text"] for q in quotes(text)] == reported


def test_chimed_in_reports_like_said() -> None:
    q = quotes("Panel\n\nHer co-host, Ravi Lund, chimed in that the pair had “never once” agreed on a guest.")
    assert [(x["text"], x["speaker"]["name"]) for x in q] == [("never once", "Ravi Lund")]


@pytest.mark.parametrize("text, content", [
    ("Show\n\nOrin Vale denied the affair but maintained he had never hidden anything.", "he had never hidden anything"),
    ("Match report\n\nThe coach added she would rest three players on Sunday.", "she would rest three players on Sunday"),
])
def test_a_weak_cue_before_a_pronoun_and_auxiliary_reports_a_clause(text: str, content: str) -> None:
    assert content in [q["text"] for q in quotes(text) if q["kind"] == "indirect"]


def test_a_parenthetical_cue_after_a_verbless_opening_reports_the_whole_sentence() -> None:
    text = "Museum\n\nTo understand the town's history, curator Ines Abara said, one should start at the docks."
    assert [q["text"] for q in quotes(text)] == [
        "To understand the town's history, curator Ines Abara said, one should start at the docks"]


@pytest.mark.parametrize("text, content, mention", [
    ("News\n\nThe depot closure was a mistake, local councillors said on Friday, as they met the operator.",
     "The depot closure was a mistake", "local councillors"),
    ("News\n\nThe family saw the footage on Thursday, lawyers for the family said.",
     "The family saw the footage on Thursday", "lawyers for the family"),
])
def test_a_closing_cue_with_a_circumstance_or_a_phrase_subject(text: str, content: str, mention: str) -> None:
    q = [q for q in quotes(text) if q["text"] == content]
    assert q, quotes(text)
    assert q[0]["speaker"]["mention"]["text"] == mention


def test_an_inverted_speaker_phrase_is_not_a_reported_clause() -> None:
    text = "News\n\nThe talks went badly from the start, said one union source in the room."
    assert "one union source in the room" not in [q["text"] for q in quotes(text)]


@pytest.mark.parametrize("text, reported", [
    # the appositive head before a name is not a clause the name reported
    ("Feud\n\nHer younger brother, Teo Lark, also weighed in, commenting “so proud” under the clip.", ["so proud"]),
    # a participial aside after the cue reports nothing before it
    ("Feud\n\nHer aunt, Dora Lark, 61, also weighed in, sharing a photo of the pair with the caption: ‘Head high.’",
     ["Head high."]),
    # a gerund subject after a parenthetical cue goes on with the sentence
    ("News\n\nThe first handover was smooth, he said, replacing the chair now would be much harder.",
     ["The first handover was smooth, he said, replacing the chair now would be much harder"]),
])
def test_appositions_and_participles_around_a_closing_cue(text: str, reported: list[str]) -> None:
    assert [q["text"] for q in quotes(text)] == reported


@pytest.mark.parametrize("text, reported", [
    ("Profile\n\nNell Orme, a teacher in Hale, remembers that winter a little differently.", []),
    ("Profile\n\nNell Orme said that was the end of it.", ["that was the end of it"]),
])
def test_that_as_a_demonstrative_or_as_the_subject(text: str, reported: list[str]) -> None:
    assert [q["text"] for q in quotes(text)] == reported


def test_a_so_called_term_inside_a_reported_clause_keeps_the_clause() -> None:
    text = ("Flood\n\nFarmers said the flooding showed the need for the so-called “slow the flow” scheme, "
            "which would pay them to store water.")
    assert [q["text"] for q in quotes(text)] == [
        "the flooding showed the need for the so-called “slow the flow” scheme"]


@pytest.mark.parametrize("text, reported", [
    ("Recall\n\nBrightpan recalled 12,000 toasters sold in Ireland after reports that the casing could melt.", []),
    ("Memory\n\nShe recalled that the house had been cold all winter.", ["the house had been cold all winter"]),
])
def test_a_product_recall_and_reports_after_a_preposition_are_not_speech(text: str, reported: list[str]) -> None:
    assert [q["text"] for q in quotes(text)] == reported


def test_a_scare_quote_inside_a_clause_before_according_to_keeps_the_clause() -> None:
    text = "Schools\n\nMore than 9,000 pupils joined a “walk-in” at 300 schools, according to the organisers."
    assert [q["text"] for q in quotes(text)] == ["More than 9,000 pupils joined a “walk-in” at 300 schools"]


@pytest.mark.parametrize("text, reported", [
    ("Coal\n\nOrin Vale hoped electric utilities would count his credits.", ["electric utilities would count his credits"]),
    ("Coal\n\nOrin Vale found new homes for the dogs.", []),
])
def test_a_bare_plural_subject_and_a_modal_after_a_cognition_verb(text: str, reported: list[str]) -> None:
    assert [q["text"] for q in quotes(text)] == reported


def test_as_a_long_phrase_pointed_out_reports_the_sentence() -> None:
    text = "Storms\n\nThe island, as one of the governor's weather advisers pointed out, rarely floods twice a year."
    q = quotes(text)
    assert [x["text"] for x in q] == [
        "The island, as one of the governor's weather advisers pointed out, rarely floods twice a year"]
    assert q[0]["speaker"]["mention"]["text"] == "one of the governor's weather advisers"


@pytest.mark.parametrize("text, reported", [
    ("Tax\n\nThe institute estimates that the richest tenth -- those earning over $200,000 -- would pay more.",
     ["the richest tenth -- those earning over $200,000 -- would pay more"]),
    ("Tax\n\nHe said the plan would pass -- assuming the votes hold.", ["the plan would pass"]),
])
def test_a_paired_dash_aside_stays_inside_the_clause(text: str, reported: list[str]) -> None:
    assert [q["text"] for q in quotes(text)] == reported


@pytest.mark.parametrize("text, reported", [
    ("Divorce\n\nHer publicist declined to say whether the singer would contest the request.", []),
    ("Divorce\n\nHer publicist would not say whether the singer would contest the request.", []),
    ("Show\n\nThe host protested that he was only joking.", ["he was only joking"]),
    ("Launch\n\nThe robot will cost $1,499 in the United States, the company said in a press release.",
     ["The robot will cost $1,499 in the United States"]),
])
def test_refusals_protests_and_press_releases(text: str, reported: list[str]) -> None:
    assert [q["text"] for q in quotes(text)] == reported


@pytest.mark.parametrize("text, name", [
    ("Housing\n\nAccording to figures released by the Office for Road Statistics on Monday, 4,100 bridges need "
     "repair.", "Office for Road Statistics"),
    ("Divorce\n\nThe singer has filed for divorce, according to court documents obtained by Starline.", None),
])
def test_according_to_what_someone_released(text: str, name: str | None) -> None:
    q = quotes(text)
    assert len(q) == 1 and q[0]["speaker"]["name"] == name


def test_an_organisations_role_before_a_name_is_that_person() -> None:
    text = "Match\n\n“The lads were superb,” Dunmore manager Gavin Treloar said after the game."
    assert quotes(text)[0]["speaker"]["name"] == "Gavin Treloar"


@pytest.mark.parametrize("text, reported", [
    ("Housing\n\nHe insisted the money was new and had not been taken from other schemes.",
     ["the money was new and had not been taken from other schemes"]),
    ("Housing\n\nHe said the plan was dead and had told his staff.", ["the plan was dead"]),
])
def test_and_had_not_been_continues_the_clause(text: str, reported: list[str]) -> None:
    assert [q["text"] for q in quotes(text)] == reported


@pytest.mark.parametrize("text, reported", [
    ("Tax\n\n(Having said that, the plan has critics who argue it is too timid.)", ["it is too timid"]),
    ("Tax\n\nThat said, the plan has critics.", []),
    ("Tax\n\nNeedless to say, the plan has critics.", []),
    ("Tax\n\nHe said that, in his view, the plan was dead.", ["in his view, the plan was dead"]),
])
def test_connectives_built_on_say_report_nothing(text: str, reported: list[str]) -> None:
    assert [q["text"] for q in quotes(text)] == reported


def test_according_to_before_an_opening_phrase_keeps_the_clause_after_it() -> None:
    text = "Doctor\n\nAccording to her memoir, after examining the leg, she insisted on a scan at the naval hospital."
    assert "after examining the leg, she insisted on a scan at the naval hospital" in [q["text"] for q in quotes(text)]


def test_captioned_is_a_cue_and_the_caption_is_not() -> None:
    q = quotes("Post\n\nNia Marsh posted a sunset. “New chapters start,” she captioned the post.")
    assert [(x["text"], x["speaker"]["name"]) for x in q] == [("New chapters start,", "Nia Marsh")]


def test_but_that_starts_a_second_reported_clause() -> None:
    text = ("Campus\n\nThe dean wrote that the college had “shown patience for weeks” but that the camp now broke "
            "the fire code.")
    assert [(q["kind"], q["text"]) for q in quotes(text)] == [
        ("direct", "shown patience for weeks"), ("indirect", "the camp now broke the fire code")]
