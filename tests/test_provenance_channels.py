"""Channels per quote (posts, interviews, statements...), deleted posts and carry-over."""

from __future__ import annotations

from people_standin import make

from whosaid.provenance import annotate_provenance

PEOPLE = {"Rosa Lind": ("female", ["Rosa Lind", "Rosa", "She", "she"]),
          "Dev Patel": ("male", ["Dev Patel", "He", "he"]),
          "Gil Moreno": ("male", ["Gil Moreno"])}


def channels(text, quotes, people=PEOPLE, published=None):
    doc, an = make(text, people, quotes=quotes, published=published)
    annotate_provenance(doc, an)
    return doc, [(q.channel.type, q.channel.name, q.channel.deleted) if q.channel else None for q in doc.quotes]


def test_since_deleted_instagram_post_carries_to_continuations():
    text = ("Rosa Lind hit back at critics in a since-deleted post on Instagram on Friday, writing:\n\n"
            "“I am done explaining myself.”\n\nShe continued:\n\n“My music speaks for me.”\n\n"
            "She added:\n\n“See you on tour.”")
    doc, got = channels(text, [("I am done explaining myself.", "Rosa Lind", "writing"),
                               ("My music speaks for me.", "Rosa Lind", "continued"),
                               ("See you on tour.", "Rosa Lind", "added")])
    assert got == [("instagram_post", "Instagram", True)] * 3
    assert doc.quotes[0].channel.evidence.text == "a since-deleted post on Instagram"


def test_carry_over_stops_at_another_speaker():
    text = ("Rosa Lind wrote in a TikTok video:\n\n“Thanks for the love.”\n\n"
            "Dev Patel said:\n\n“She deserves it.”\n\nShe added:\n\n“Love you all.”")
    _, got = channels(text, [("Thanks for the love.", "Rosa Lind", "wrote"),
                             ("She deserves it.", "Dev Patel", "said"),
                             ("Love you all.", "Rosa Lind", "added")])
    assert got == [("tiktok_video", "TikTok", False), None, None]


def test_interview_with_outlet_and_told_outlet():
    text = ("Dev Patel spoke about the tour in a BBC interview, saying:\n\n“It was the best year.”\n\n"
            "Rosa Lind told People: “We are happy.” Gil Moreno said in an interview with Rolling Stone that "
            "he would retire.")
    _, got = channels(text, [("It was the best year.", "Dev Patel", "saying"),
                             ("We are happy.", "Rosa Lind", "told"),
                             ("he would retire", "Gil Moreno", "said")])
    assert got == [("interview", "BBC", False), ("interview", "People", False), ("interview", "Rolling Stone", False)]


def test_told_a_person_is_not_an_outlet():
    text = "Rosa Lind told Dev Patel: “We should talk.” She told Maria Costa that she was tired."
    _, got = channels(text, [("We should talk.", "Rosa Lind", "told"),
                             ("she was tired", "Rosa Lind", "told Maria")])
    assert got == [None, None]


def test_statement_press_conference_podcast_and_tweet():
    text = ("The club said in a statement to Reuters that the deal was off. "
            "Gil Moreno told a press conference: “We move on.” "
            "Rosa Lind said on her podcast, Late Shift, that she was moving. "
            "Dev Patel tweeted: “Congrats!”")
    _, got = channels(text, [("the deal was off", None, "said"),
                             ("We move on.", "Gil Moreno", "told"),
                             ("she was moving", "Rosa Lind", "said on"),
                             ("Congrats!", "Dev Patel", "tweeted")])
    assert got == [("statement", "Reuters", False), ("press_conference", None, False),
                   ("podcast", "Late Shift", False), ("x_post", "X", False)]


def test_words_inside_a_quote_are_not_its_channel():
    text = "Dev Patel said: “People post on Instagram all day and then they say it was deleted.”"
    _, got = channels(text, [("People post on Instagram all day and then they say it was deleted.", "Dev Patel", "said")])
    assert got == [None]


def test_a_later_sentence_can_say_the_post_was_deleted():
    text = ("Rosa Lind shared an Instagram post about the split, writing: “It is over.” "
            "Hours later she deleted it.")
    _, got = channels(text, [("It is over.", "Rosa Lind", "writing")])
    assert got == [("instagram_post", "Instagram", True)]


def test_deleted_that_is_not_about_a_post():
    text = ("Dev Patel told the BBC: “We lost a lot of footage.” "
            "He deleted the old files from his laptop years ago. "
            "Rosa Lind wrote on Instagram: “Tour dates soon.” Gil Moreno later deleted it.")
    _, got = channels(text, [("We lost a lot of footage.", "Dev Patel", "told"),
                             ("Tour dates soon.", "Rosa Lind", "wrote")])
    # an interview is not deleted; Gil deleting "it" is not Rosa's post being deleted
    assert got == [("interview", "BBC", False), ("instagram_post", "Instagram", False)]


def test_the_sentence_before_a_quote_without_channel_gives_none():
    text = "Rosa Lind smiled.\n\n“We are fine,” she said."
    _, got = channels(text, [("We are fine,", "Rosa Lind", "said")])
    assert got == [None]


def test_carry_over_stops_at_another_occasion():
    text = ("In a Facebook post on Friday, Rosa Lind wrote: “I back the plan.”\n\n"
            "She added: “It is time.”\n\n"
            "At a tense dinner with donors, Rosa Lind said: “Never.”\n\n"
            "“I will not bend,” Rosa Lind said at the time.")
    _, got = channels(text, [("I back the plan.", "Rosa Lind", "wrote"), ("It is time.", "Rosa Lind", "added"),
                             ("Never.", "Rosa Lind", "said"), ("I will not bend,", "Rosa Lind", "said")])
    assert got == [("facebook_post", "Facebook", False), ("facebook_post", "Facebook", False), None, None]


def test_a_tweet_as_topic_is_not_the_channel_but_tweeting_is():
    text = ("Rosa Lind called a Dev Patel tweet “cruel” on Monday. "
            "Gil Moreno mocked the debate, tweeting, “What a night.”")
    _, got = channels(text, [("cruel", "Rosa Lind", "called"), ("What a night.", "Gil Moreno", "tweeting")])
    assert got == [None, ("x_post", "X", False)]


def test_a_capitalised_modifier_is_not_an_outlet():
    text = "Dev Patel told British lawmakers that the plan failed. Rosa Lind told CNN on Sunday that it worked."
    _, got = channels(text, [("the plan failed", "Dev Patel", "told"), ("it worked", "Rosa Lind", "told CNN")])
    assert got == [None, ("interview", "CNN", False)]


def test_a_post_she_has_since_deleted():
    text = "In an Instagram post she has since deleted, Rosa Lind wrote: “I quit.” Dev Patel said: “Good luck.”"
    _, got = channels(text, [("I quit.", "Rosa Lind", "wrote"), ("Good luck.", "Dev Patel", "said")])
    assert got == [("instagram_post", "Instagram", True), None]


def test_more_channel_wordings():
    text = ("Rosa Lind said in a new TikTok that she was moving. "
            "Dev Patel wrote in a since-deleted tweet that the show was over. "
            "Gil Moreno said in court documents that he was owed money.")
    _, got = channels(text, [("she was moving", "Rosa Lind", "said"), ("the show was over", "Dev Patel", "wrote"),
                             ("he was owed money", "Gil Moreno", "said in court")])
    assert got == [("tiktok_video", "TikTok", False), ("x_post", "X", True), ("court_filing", None, False)]
