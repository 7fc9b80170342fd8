"""Build ninth.gold.jsonl: a ninth invented evaluation set, written blind and scored once.

Eight articles written by us on 2026-11-24 (invented people, outlets, places and events; no real
article text). Four celebrity pieces: a British tabloid split story in single curly quotes ("pals
say", "a source told ...", a quote over two paragraphs, a headline quote from an Instagram Story,
a friend, a spokesperson, a fan); a US gossip post in syndicated WordPress style (an actress firing
her mother as manager on Instagram Live, the mother's statement, a brother's deleted X post, a
source close to the family, "according to several attendees"); a music-magazine interview with a
52-year-old rocker (the writer's questions in quotes, an answer split over two paragraphs, an
interrupted answer, a producer with a nested quote, his wife by email, a nickname in quotation
marks); a reality-TV recap (the episode's dialogue, confessionals, a TikTok video, an Instagram
Story later deleted, a caption, a rep's statement in partial quotes, a podcast). Four news pieces:
a wire takeover story in straight double quotes (dateline, "said in a statement", an analyst with
a long apposition, "according to people familiar with the matter", a staff message, a union); a
council bus-gate vote (councillors, traders, a resident, a florist speaking to a radio station,
a council spokesperson, indirect speech without "that"); a public inquiry into a bridge collapse
(a witness, counsel's questions, an unattributed answer, an interrupted reply, a nested quote, the
chairman, a victim's mother, a harbour board); a sleep trial (lead author, a press release, "the
study found", "according to a new trial", a sceptical outside expert, a pupil, a charity).
Written without reading the engine, its tests or the other sets' articles, and without running
the engine on them.
Same format and conventions as the other sets (see README.md). Quotes are given as (substring,
kind, speaker, speaker_kind, mention, cue, channel[, occurrence]); offsets are computed and every
span, mention, alias and evidence string is checked by builder.py.
Run: python tests/data/eval/build_ninth.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from builder import A, D, I, O, P, GoldSet  # noqa: E402

gold = GoldSet(Path(__file__).with_name("ninth.gold.jsonl"))
art = gold.art


# ---------------------------------------------------------------- celebrity 1: British tabloid split, single curly quotes
KB, JM, STORY = "Kayleigh Brannock", "Jordan Mace", "Instagram Story"
art("dl-brannock-mace-split", "The Daily Lantern", "2026-11-23T22:10:00+00:00", """
CHIN UP Kayleigh Brannock tells fans ‘I’m OK, I promise’ after shock split from footie ace Jordan Mace

By Tasha Pennock, Showbiz Reporter

POP princess Kayleigh Brannock has insisted she is ‘absolutely fine’ after her shock split from Premier League ace Jordan Mace.

The Glitterbox singer, 27, and the Harlow Rovers winger called time on their two-year romance last week after rows over his gruelling training schedule, pals say.

A source told The Daily Lantern: ‘Kayleigh is gutted. She really thought Jordan was the one and she’d even started looking at houses near the training ground.

‘But they just never saw each other. He was away every other weekend and she was in the studio until 3am. Something had to give.’

Kayleigh, who shot to fame on talent show Star Search Live in 2019, broke her silence last night in a tearful Instagram Story.

Sitting in her car with no make-up on, she told her 3.2million followers: ‘I’m OK, I promise. I’ve had a little cry, I’ve had a lot of chocolate, and I’m going to be fine.

‘Please be kind to Jordan. He’s a good man and none of this is anyone’s fault.’

Mace, 25, has not commented publicly on the split. But a pal of the footballer claimed he was ‘just as cut up’ and had been ‘keeping his head down’ at the club’s training base.

The pal added: ‘Jordan adores her. But football comes first for him right now, and she deserves someone who can actually be there.’

The couple were first spotted together at a charity gala in Manchester in 2024 and went Instagram official a few months later.

Just weeks ago Kayleigh gushed about her boyfriend in an interview with Glow magazine, saying he was ‘the calmest person I’ve ever met’.

Her close friend and former bandmate Roxanne Dellow rushed to her side on Saturday with a bottle of prosecco and a stack of DVDs.

Roxanne, 28, told us: ‘She’s stronger than people think. We had a girls’ night, we watched rubbish telly, and she was laughing her head off by the end of it.’

A spokesperson for Kayleigh said: ‘Kayleigh and Jordan have decided to go their separate ways. They remain on good terms and ask for privacy at this time.’

Fans flooded her comments with support. One wrote: ‘Sending love Kayleigh, you deserve the world.’

Another added: ‘He’ll regret this when she’s headlining Wembley.’

Kayleigh is due to kick off her Neon Hearts tour in Glasgow next month, and insiders say she has no plans to cancel a single date.

A second source said: ‘Work is the best medicine for her. She’s throwing herself into rehearsals and she’s already talking about writing a break-up song.’
""", [
    ("I’m OK, I promise", D, KB, P, "Kayleigh Brannock", "tells", STORY, 0),
    ("absolutely fine", D, KB, P, "Kayleigh Brannock", "insisted", STORY),
    ("The Glitterbox singer, 27, and the Harlow Rovers winger called time on their two-year romance last week after "
     "rows over his gruelling training schedule", I, None, A, "pals", "say", None),
    ("Kayleigh is gutted. She really thought Jordan was the one and she’d even started looking at houses near the "
     "training ground.\n\n‘But they just never saw each other. He was away every other weekend and she was in the "
     "studio until 3am. Something had to give.", D, None, A, "A source", "told", None),
    ("I’m OK, I promise. I’ve had a little cry, I’ve had a lot of chocolate, and I’m going to be fine.\n\n‘Please be "
     "kind to Jordan. He’s a good man and none of this is anyone’s fault.", D, KB, P, "she", "told", STORY),
    ("just as cut up", D, None, A, "a pal of the footballer", "claimed", None),
    ("keeping his head down", D, None, A, "a pal of the footballer", "claimed", None),
    ("Jordan adores her. But football comes first for him right now, and she deserves someone who can actually be "
     "there.", D, None, A, "The pal", "added", None),
    ("the calmest person I’ve ever met", D, KB, P, "Kayleigh", "saying", "Glow magazine"),
    ("She’s stronger than people think. We had a girls’ night, we watched rubbish telly, and she was laughing her "
     "head off by the end of it.", D, "Roxanne Dellow", P, "Roxanne", "told", None),
    ("Kayleigh and Jordan have decided to go their separate ways. They remain on good terms and ask for privacy at "
     "this time.", D, None, A, "A spokesperson for Kayleigh", "said", None),
    ("Sending love Kayleigh, you deserve the world.", D, None, A, "One", "wrote", "Instagram comment"),
    ("He’ll regret this when she’s headlining Wembley.", D, None, A, "Another", "added", "Instagram comment"),
    ("she has no plans to cancel a single date", I, None, A, "insiders", "say", None),
    ("Work is the best medicine for her. She’s throwing herself into rehearsals and she’s already talking about "
     "writing a break-up song.", D, None, A, "A second source", "said", None),
], people=[
    (KB, ["Kayleigh", "The Glitterbox singer"]),
    (JM, ["Mace", "Jordan", "the Harlow Rovers winger", "the footballer"]),
    ("Roxanne Dellow", ["Roxanne", "Her close friend and former bandmate Roxanne Dellow"]),
    ("Tasha Pennock", []),
], orgs=[("The Daily Lantern", []), ("Glow", []), ("Harlow Rovers", [])], relations=[
    (KB, "ex_partner", JM, "her shock split from Premier League ace Jordan Mace"),
])


# ---------------------------------------------------------------- celebrity 2: US gossip post, actress fires her mother as manager
CV, LV, LIVE = "Cassidy Verne", "Lorraine Verne", "Instagram Live"
art("gd-verne-fires-mom-manager", "GlossDrop", "2026-11-19T11:45:00-05:00", """
Cassidy Verne Confirms She Fired Her Mom As Manager: ‘It Was The Hardest Call I’ve Ever Made’

Well, that’s one way to clear the air!

Cassidy Verne has finally addressed those rumors about her mom — and she did NOT hold back. During an Instagram Live on Tuesday night, the Harbor Lights alum confirmed she had parted ways with her mother, Lorraine Verne, who had managed her career since she was 11 years old.

“Yes, it’s true. I let my mom go as my manager back in September,” the 31-year-old told viewers. “It was the hardest call I’ve ever made, and I cried for like three days after.”

Related: Cassidy Verne Unfollows Her Mom On Instagram — What’s Going On?

As GlossDrop readers know, fans first got suspicious last month when Cassidy quietly unfollowed Lorraine and scrubbed her name from the contact page of her website. Cassidy then skipped her mom’s 60th birthday bash in Scottsdale, according to several attendees.

On the Live, the actress explained the decision was about “boundaries,” not money:

“People keep saying she stole from me. She didn’t. Nobody stole anything. It’s just that when your mom is also your boss, you never get to just have a mom. I wanted my mom back.

“I know that sounds cheesy. But I’m in therapy, I’m learning a lot, and this was a step I needed to take for me.”

Sweet… but it sounds like Lorraine doesn’t quite see it that way!

Hours after the Live, the momager released a statement to Starbeat Magazine, saying she was “blindsided” by her daughter’s decision to discuss their relationship in public.

“I have given my whole life to Cassidy’s career. I drove her to every audition, I read every contract,” Lorraine said. “I love my daughter. But I will not be painted as a villain by people who were not there.”

She also claimed she had not been paid her commission “for over a year” and said she may write a book about the family. Yikes!

Cassidy’s younger brother, Owen Verne, seemed to pick a side on X, writing: “Some of us were there. Just saying.” He deleted the post a few hours later.

A source close to the family told GlossDrop the pair “haven’t spoken since the summer,” but said Cassidy had sent her mom flowers on her birthday.

“Cassidy isn’t trying to cut her off. She just wants a normal relationship, and that takes time,” the insider added.

Cassidy’s rep did not respond to our request for comment.

Meanwhile, Cassidy ended the Live on a lighter note, joking that her new manager “doesn’t even know my middle name yet.”

LOLz. Family business is messy business, y’all.

[Image via Cassidy Verne/Instagram Live, Starbeat Magazine/YouTube]

What do YOU make of it, GlossDroppers? Team Cassidy or Team Lorraine? Sound off in the comments!

The post Cassidy Verne Confirms She Fired Her Mom As Manager: 'It Was The Hardest Call I've Ever Made' appeared first on GlossDrop.
""", [
    ("It Was The Hardest Call I’ve Ever Made", D, CV, P, "Cassidy Verne", "Confirms", LIVE),
    ("she had parted ways with her mother, Lorraine Verne, who had managed her career since she was 11 years old", I,
     CV, P, "the Harbor Lights alum", "confirmed", LIVE),
    ("Yes, it’s true. I let my mom go as my manager back in September,", D, CV, P, "the 31-year-old", "told", LIVE),
    ("It was the hardest call I’ve ever made, and I cried for like three days after.", D, CV, P, "the 31-year-old",
     "told", LIVE),
    ("Cassidy then skipped her mom’s 60th birthday bash in Scottsdale", I, None, A, "several attendees",
     "according to", None),
    ("boundaries,", D, CV, P, "the actress", "explained", LIVE),
    ("People keep saying she stole from me. She didn’t. Nobody stole anything. It’s just that when your mom is also "
     "your boss, you never get to just have a mom. I wanted my mom back.\n\n“I know that sounds cheesy. But I’m in "
     "therapy, I’m learning a lot, and this was a step I needed to take for me.", D, CV, P, "the actress",
     "explained", LIVE),
    ("blindsided", D, LV, P, "the momager", "saying", "statement"),
    ("I have given my whole life to Cassidy’s career. I drove her to every audition, I read every contract,", D, LV,
     P, "Lorraine", "said", "statement"),
    ("I love my daughter. But I will not be painted as a villain by people who were not there.", D, LV, P,
     "Lorraine", "said", "statement"),
    ("for over a year", D, LV, P, "She", "claimed", "statement"),
    ("she may write a book about the family", I, LV, P, "She", "said", "statement"),
    ("Some of us were there. Just saying.", D, "Owen Verne", P, "Cassidy’s younger brother, Owen Verne", "writing",
     "X post (since deleted)"),
    ("haven’t spoken since the summer,", D, None, A, "A source close to the family", "told", None),
    ("Cassidy had sent her mom flowers on her birthday", I, None, A, "A source close to the family", "said", None),
    ("Cassidy isn’t trying to cut her off. She just wants a normal relationship, and that takes time,", D, None, A,
     "the insider", "added", None),
    ("doesn’t even know my middle name yet.", D, CV, P, "Cassidy", "joking", LIVE),
], people=[
    (CV, ["Cassidy", "the Harbor Lights alum", "the 31-year-old", "the actress"]),
    (LV, ["Lorraine", "the momager", "her mother, Lorraine Verne"]),
    ("Owen Verne", ["Cassidy’s younger brother, Owen Verne"]),
], orgs=[("Starbeat Magazine", []), ("GlossDrop", [])], relations=[
    (LV, "parent_of", CV, "her mother, Lorraine Verne"),
    ("Owen Verne", "sibling", CV, "Cassidy’s younger brother, Owen Verne"),
], boilerplate=[
    ("related_link", "Related: Cassidy Verne Unfollows Her Mom On Instagram — What’s Going On?"),
    ("image_credit", "[Image via Cassidy Verne/Instagram Live, Starbeat Magazine/YouTube]"),
    ("reader_prompt", "What do YOU make of it, GlossDroppers? Team Cassidy or Team Lorraine? Sound off in the "
     "comments!"),
    ("syndication_footer", "The post Cassidy Verne Confirms She Fired Her Mom As Manager: 'It Was The Hardest Call "
     "I've Ever Made' appeared first on GlossDrop."),
])


# ---------------------------------------------------------------- celebrity 3: music-magazine interview with a 52-year-old rocker
GH, DS, NQ = "Grady Holloway", "Dev Sandhu", "Nell Quarrie"
art("fm-holloway-salt-and-iron", "Feedback Monthly", "2026-11-20T08:00:00+00:00", """
Grady Holloway: “I Was Angry For Ten Years. I’m Not Angry Any More”

Five years after The Rust Parade fell apart on a stage in Rotterdam, their frontman is back with a solo record, a sobriety chip and a surprising amount to say about forgiveness. Words: Nell Quarrie. Photography: Tomas Reyl.

Grady Holloway is early. The 52-year-old rocker is already halfway through a pot of mint tea when I arrive at the seafront café in Hastings he calls his “second living room”, and he apologises for having started without me.

“I’m always early now,” he says. “That’s a sober thing. When you stop drinking, you suddenly have all these hours and nowhere to put them.”

Salt and Iron, his first album without the band, is out on Friday. It is quieter than anything The Rust Parade ever put out — mostly acoustic guitar, a cello and that famous rasp, sitting a little lower than it used to.

“Do you miss the noise?” I ask.

“Every single night,” he says, without a pause. “I miss a room full of people singing the words back so loud you can’t hear yourself. Nothing replaces that. But I don’t miss what I had to do to myself to get up there.

“The last tour, I was drinking before soundcheck. I was drinking after. I was horrible to Dev, horrible to the crew, horrible to my wife. And I thought that was just what being in a band meant. It isn’t. It’s what being ill means.”

Dev is Dev Sandhu, the band’s guitarist and Holloway’s songwriting partner for almost three decades. The pair have not spoken properly since the Rotterdam show in 2021, when Holloway walked off mid-song and Sandhu finished the set alone.

Sandhu told a Dutch radio station last year that the door was “always open,” and that he had “no hard feelings, just sad ones.”

Has the singer called him?

“I wrote him a letter,” Holloway says. “An actual letter, with a stamp. I haven’t heard back, and that’s his right. If he never answers, I’ll still be glad I sent it.”

He won’t say what was in it. “That’s between me and him,” the Rust Parade frontman says, and changes the subject to his tomatoes.

The album was recorded over eleven days in a converted chapel in the Brecon Beacons with producer Ingrid Falk, who says Holloway turned up with “forty songs and no idea which ten were the record.”

“He’d play me something devastating and then say, ‘Nah, that one’s rubbish,’” Falk tells me on the phone from Berlin. “Half my job was stopping him from throwing away the best stuff.”

The closing track, Harbour Wall, is about his wife, the photographer Marisol Holloway, who he says “kept the lights on” through the worst of it.

“She never gave me an ultimatum. She just stopped pretending with me, and that was worse,” he says. “Or better. Depends how you look at it.”

Marisol, reached by email, is brief: “He did the work. I just didn’t leave.”

So — a Rust Parade reunion? Holloway laughs, the big laugh, the one from the live albums.

“Ask me in a year,” he says. “Honestly? I’d love it. But it’s not my call on my own, and I’ve made enough calls on my own.”

Salt and Iron is out on Friday on Lowlight Records. Holloway tours the UK in March.
""", [
    ("I Was Angry For Ten Years. I’m Not Angry Any More", D, GH, P, "Grady Holloway", None, None),
    ("I’m always early now,", D, GH, P, "he", "says", None),
    ("That’s a sober thing. When you stop drinking, you suddenly have all these hours and nowhere to put them.", D,
     GH, P, "he", "says", None),
    ("Do you miss the noise?", D, NQ, P, "I", "ask", None),
    ("Every single night,", D, GH, P, "he", "says", None),
    ("I miss a room full of people singing the words back so loud you can’t hear yourself. Nothing replaces that. "
     "But I don’t miss what I had to do to myself to get up there.\n\n“The last tour, I was drinking before "
     "soundcheck. I was drinking after. I was horrible to Dev, horrible to the crew, horrible to my wife. And I "
     "thought that was just what being in a band meant. It isn’t. It’s what being ill means.", D, GH, P, "he",
     "says", None),
    ("always open,", D, DS, P, "Sandhu", "told", "Dutch radio station"),
    ("no hard feelings, just sad ones.", D, DS, P, "Sandhu", "told", "Dutch radio station"),
    ("I wrote him a letter,", D, GH, P, "Holloway", "says", None),
    ("An actual letter, with a stamp. I haven’t heard back, and that’s his right. If he never answers, I’ll still be "
     "glad I sent it.", D, GH, P, "Holloway", "says", None),
    ("That’s between me and him,", D, GH, P, "the Rust Parade frontman", "says", None),
    ("forty songs and no idea which ten were the record.", D, "Ingrid Falk", P, "producer Ingrid Falk", "says",
     None),
    ("He’d play me something devastating and then say, ‘Nah, that one’s rubbish,’", D, "Ingrid Falk", P, "Falk",
     "tells", "phone"),
    ("Half my job was stopping him from throwing away the best stuff.", D, "Ingrid Falk", P, "Falk", "tells",
     "phone"),
    ("kept the lights on", D, GH, P, "he", "says", None),
    ("She never gave me an ultimatum. She just stopped pretending with me, and that was worse,", D, GH, P, "he",
     "says", None),
    ("Or better. Depends how you look at it.", D, GH, P, "he", "says", None),
    ("He did the work. I just didn’t leave.", D, "Marisol Holloway", P, "Marisol", "brief", "email"),
    ("Ask me in a year,", D, GH, P, "he", "says", None),
    ("Honestly? I’d love it. But it’s not my call on my own, and I’ve made enough calls on my own.", D, GH, P, "he",
     "says", None),
], people=[
    (GH, ["Holloway", "The 52-year-old rocker", "the Rust Parade frontman", "the singer"]),
    (DS, ["Dev", "Sandhu"]),
    (NQ, []),
    ("Tomas Reyl", []),
    ("Ingrid Falk", ["Falk", "producer Ingrid Falk"]),
    ("Marisol Holloway", ["Marisol", "the photographer Marisol Holloway"]),
], orgs=[("The Rust Parade", []), ("Lowlight Records", [])], relations=[
    (GH, "spouse", "Marisol Holloway", "his wife, the photographer Marisol Holloway"),
])


# ---------------------------------------------------------------- celebrity 4: reality-TV recap, TikTok and a deleted Story
BR, JO, TG = "Brielle Ostrander", "Jolie Amadi", "Tanner Gaskell"
art("rr-palm-cove-s3e7-recap", "RecapRoom", "2026-11-26T10:30:00-05:00", """
‘Palm Cove’ Recap: Brielle and Jolie’s Yacht Fight Spills Onto TikTok

Season 3, Episode 7, “Anchors Away”

If you thought the yacht fight was the end of it, oh, sweet summer child.

Tuesday’s episode of Palm Cove picked up right where last week’s cliffhanger left off, with Brielle Ostrander and Jolie Amadi squaring off on the top deck of Tanner Gaskell’s birthday charter.

“You don’t get to talk about my marriage when you can’t even keep a boyfriend past Labor Day,” Brielle snapped, drink in hand.

Jolie, to her credit, did not flinch. “I’m not talking about your marriage. I’m talking about you lying to my face for six months,” she fired back.

Tanner, who had spent the whole party trying to get someone, anyone, to look at his cake, finally stepped in: “Ladies. It is my birthday. Can we please do this on land?”

Reader, they could not do this on land.

In her confessional, Brielle insisted she had “nothing to apologize for” and said Jolie had always been “a tourist in this friend group.”

Jolie’s confessional was shorter: “She knows what she did. Everybody on this boat knows what she did.”

The episode ends with Jolie climbing off the boat at the marina and Brielle’s husband, Drew Ostrander, telling producers he was “staying out of it, respectfully.”

But the real drama happened after the credits.

Hours after the episode aired, Jolie posted a TikTok video from her car, addressing the fight head-on. “I’m not going to sit here and pretend I was perfect on that boat. I wasn’t,” she said in the clip, which has since racked up more than 2 million views. “But the edit left out a lot. A lot.”

She went on to claim producers had cut a scene in which Brielle “admitted everything” at a dinner two weeks earlier.

Brielle did not stay quiet for long. In an Instagram Story posted late Tuesday, she wrote: “Love how people suddenly get amnesia when the cameras are off. Receipts exist, babe.” The Story was deleted within the hour, but not before fans grabbed screenshots.

In a second Story, also since removed, she shared a blurry photo of a text thread with the caption “who’s lying now?”

A rep for Brielle told RecapRoom on Wednesday that the reality star “stands by everything she said” and is “focused on her family.”

“Brielle has been honest with her castmates from day one. She won’t be commenting on edited footage,” the rep added.

Tanner, meanwhile, has chosen chaos. Asked about the fight on his podcast, Salt Life After Dark, he said only that his birthday cake “deserved better,” and that he was “Switzerland.”

Vista Network, which airs Palm Cove, declined to comment. The reunion tapes next month, and honestly? We are going to need snacks.

Palm Cove airs Tuesdays at 9 p.m. on Vista Network.
""", [
    ("You don’t get to talk about my marriage when you can’t even keep a boyfriend past Labor Day,", D, BR, P,
     "Brielle", "snapped", "Palm Cove"),
    ("I’m not talking about your marriage. I’m talking about you lying to my face for six months,", D, JO, P, "she",
     "fired back", "Palm Cove"),
    ("Ladies. It is my birthday. Can we please do this on land?", D, TG, P, "Tanner", "stepped in", "Palm Cove"),
    ("nothing to apologize for", D, BR, P, "Brielle", "insisted", "confessional"),
    ("a tourist in this friend group.", D, BR, P, "Brielle", "said", "confessional"),
    ("She knows what she did. Everybody on this boat knows what she did.", D, JO, P, "Jolie", None, "confessional"),
    ("staying out of it, respectfully.", D, "Drew Ostrander", P, "Brielle’s husband, Drew Ostrander", "telling",
     "Palm Cove"),
    ("I’m not going to sit here and pretend I was perfect on that boat. I wasn’t,", D, JO, P, "she", "said",
     "TikTok video"),
    ("But the edit left out a lot. A lot.", D, JO, P, "she", "said", "TikTok video"),
    ("admitted everything", D, JO, P, "She", "claim", "TikTok video"),
    ("Love how people suddenly get amnesia when the cameras are off. Receipts exist, babe.", D, BR, P, "she",
     "wrote", "Instagram Story (since deleted)"),
    ("who’s lying now?", D, BR, P, "she", "caption", "Instagram Story (since deleted)"),
    ("stands by everything she said", D, None, A, "A rep for Brielle", "told", None),
    ("focused on her family.", D, None, A, "A rep for Brielle", "told", None),
    ("Brielle has been honest with her castmates from day one. She won’t be commenting on edited footage,", D, None,
     A, "the rep", "added", None),
    ("deserved better,", D, TG, P, "he", "said", "Salt Life After Dark"),
    ("Switzerland.", D, TG, P, "he", "said", "Salt Life After Dark"),
], people=[
    (BR, ["Brielle", "the reality star"]),
    (JO, ["Jolie"]),
    (TG, ["Tanner"]),
    ("Drew Ostrander", ["Brielle’s husband, Drew Ostrander"]),
], orgs=[("Vista Network", []), ("RecapRoom", [])], relations=[
    ("Drew Ostrander", "spouse", BR, "Brielle’s husband, Drew Ostrander"),
])


# ---------------------------------------------------------------- news 1: wire takeover story, straight double quotes
HM, CL, IS, PD = "Halvorsen Maritime", "Castrel Logistics", "Ingrid Solberg", "Priyanka Deshmukh"
art("nw-halvorsen-castrel-deal", "Northline Wire", "2026-11-24T11:52:00+00:00", '''
Halvorsen agrees $2.1 bln deal for Castrel Logistics to push into European trucking

OSLO, Nov 24 (Northline Wire) - Norwegian shipping group Halvorsen Maritime said on Tuesday it had agreed to buy Dutch freight forwarder Castrel Logistics for about $2.1 billion in cash, its biggest acquisition in more than a decade.

Halvorsen will pay 38.50 euros per Castrel share, a 27% premium to Monday's closing price, the Oslo-based company said in a statement. Castrel's board has unanimously recommended the offer.

"Castrel gives us the last mile we have been missing," Chief Executive Ingrid Solberg said in the statement. "Our customers have been asking us to take their cargo from the quay to the warehouse door, and now we can."

Shares in Castrel jumped 24% to 37.60 euros in Amsterdam by 1130 GMT, while Halvorsen fell 3.1% in Oslo.

Solberg told analysts on a conference call that the company expected annual cost savings of around $140 million by 2029, mostly from combining warehouses in the Netherlands and Germany. She said no decisions on job cuts had been taken.

Halvorsen had approached Castrel twice before, in 2022 and early 2025, but was rebuffed on price, according to people familiar with the matter, who asked not to be named because the talks were private.

One of the people said talks resumed in September after Castrel's largest shareholder, the Van Aalst family, signalled it was open to a sale.

"It's a full price, but not a crazy one," said Priyanka Deshmukh, head of European transport research at Varden & Lowe in London, who has followed both companies since their stock market listings. "The real question is whether Halvorsen can digest a business this size while freight rates are still falling."

Deshmukh said she expected competition regulators in Brussels to look closely at the combined group's share of container trucking in the Benelux, which she estimated at about 18%.

Castrel Chief Executive Joost Verhagen said in a message to staff, seen by Northline, that the Castrel brand would be kept for at least three years. "Nothing changes for our customers on Monday morning," he wrote.

Dutch transport union Transportbond NL said it would seek written guarantees on jobs at Castrel's depots in Rotterdam and Venlo.

"We have heard promises like this before, and we know how they end," union official Marleen de Groot said by phone.

Halvorsen said it expected the deal to close in the third quarter of 2027, subject to regulatory and shareholder approvals. It is being advised by Kessler Hartmann, while Castrel is advised by Oribel Partners.

Halvorsen declined to comment on whether it had looked at other targets.

(Reporting by Mateo Lindqvist in Oslo and Femke Rooijakkers in Amsterdam; Editing by Clare Whitby)
''', [
    ("it had agreed to buy Dutch freight forwarder Castrel Logistics for about $2.1 billion in cash", I, HM, O,
     "Norwegian shipping group Halvorsen Maritime", "said", None),
    ("Halvorsen will pay 38.50 euros per Castrel share, a 27% premium to Monday's closing price", I, HM, O,
     "the Oslo-based company", "said", "statement"),
    ("Castrel gives us the last mile we have been missing,", D, IS, P, "Chief Executive Ingrid Solberg", "said",
     "statement"),
    ("Our customers have been asking us to take their cargo from the quay to the warehouse door, and now we can.", D,
     IS, P, "Chief Executive Ingrid Solberg", "said", "statement"),
    ("the company expected annual cost savings of around $140 million by 2029, mostly from combining warehouses in "
     "the Netherlands and Germany", I, IS, P, "Solberg", "told", "conference call"),
    ("no decisions on job cuts had been taken", I, IS, P, "She", "said", "conference call"),
    ("Halvorsen had approached Castrel twice before, in 2022 and early 2025, but was rebuffed on price", I, None, A,
     "people familiar with the matter", "according to", None),
    ("talks resumed in September after Castrel's largest shareholder, the Van Aalst family, signalled it was open to "
     "a sale", I, None, A, "One of the people", "said", None),
    ("It's a full price, but not a crazy one,", D, PD, P, "Priyanka Deshmukh", "said", None),
    ("The real question is whether Halvorsen can digest a business this size while freight rates are still "
     "falling.", D, PD, P, "Priyanka Deshmukh", "said", None),
    ("she expected competition regulators in Brussels to look closely at the combined group's share of container "
     "trucking in the Benelux, which she estimated at about 18%", I, PD, P, "Deshmukh", "said", None),
    ("the Castrel brand would be kept for at least three years", I, "Joost Verhagen", P,
     "Castrel Chief Executive Joost Verhagen", "said", "message to staff"),
    ("Nothing changes for our customers on Monday morning,", D, "Joost Verhagen", P, "he", "wrote",
     "message to staff"),
    ("it would seek written guarantees on jobs at Castrel's depots in Rotterdam and Venlo", I, "Transportbond NL", O,
     "Dutch transport union Transportbond NL", "said", None),
    ("We have heard promises like this before, and we know how they end,", D, "Marleen de Groot", P,
     "union official Marleen de Groot", "said", "phone"),
    ("it expected the deal to close in the third quarter of 2027, subject to regulatory and shareholder approvals", I,
     HM, O, "Halvorsen", "said", None),
], people=[
    (IS, ["Solberg", "Chief Executive Ingrid Solberg"]),
    (PD, ["Deshmukh"]),
    ("Joost Verhagen", ["Castrel Chief Executive Joost Verhagen"]),
    ("Marleen de Groot", ["union official Marleen de Groot"]),
    ("Mateo Lindqvist", []),
    ("Femke Rooijakkers", []),
    ("Clare Whitby", []),
], orgs=[
    (HM, ["Halvorsen", "the Oslo-based company"]),
    (CL, ["Castrel"]),
    ("Northline Wire", ["Northline"]),
    ("Varden & Lowe", []),
    ("Transportbond NL", []),
    ("Kessler Hartmann", []),
    ("Oribel Partners", []),
])


# ---------------------------------------------------------------- news 2: council keeps a bus gate, British local paper
GW, BM, AC = "Graham Whitlow", "Bev Mottram", "Amira Chaudhry"
art("wg-mill-road-bus-gate", "Wexmoor Gazette", "2026-11-21T16:20:00+00:00", """
Mill Road bus gate to stay despite 4,000-name petition

By Hollie Barraclough, Local Democracy Reporting Service

A controversial bus gate on one of Ashcombe’s busiest roads will stay in place for at least another year, councillors have decided.

Wexmoor County Council’s transport committee voted 7-4 on Thursday to keep the camera-enforced gate on Mill Road, which stops private cars driving between Station Street and the Fairfield roundabout from 7am to 7pm.

More than 4,000 people signed a petition calling for it to be scrapped. Traders say takings have fallen sharply since it was introduced in March.

Committee chairman Cllr Graham Whitlow said the figures showed the scheme was working. Buses along the corridor were on average four minutes quicker at peak times, he said.

Passenger numbers on the route were up 11 per cent, according to a monitoring report presented to the meeting.

“I understand people are frustrated, and I don’t dismiss that for a second,” Cllr Whitlow told the meeting. “But we cannot run a bus network that sits in the same queue as everyone else.”

Opposition councillor Bev Mottram, who represents Fairfield, said the council had ignored residents, and accused the committee of putting “ideology over common sense”.

“Four thousand people signed that petition. Four thousand. And we’ve just told every one of them their views don’t count,” she said.

Cllr Mottram said she would ask for the decision to be called in by the full council.

Speaking to Radio Wexmoor after the vote, Amira Chaudhry, who has run a florist on Mill Road for 14 years, said she had lost about a fifth of her trade.

“People used to pull up, run in, buy a bunch of flowers and go. Now they drive to the supermarket instead,” she told the station. “I’m not against buses. I’m against going out of business.”

Resident Tom Ellery, 71, who lives on nearby Chapel Lane, sees it differently. He said the road was “finally quiet enough to cross” and his grandchildren could now walk to school on their own.

A council spokesperson said a full review would take place next autumn, and that drivers caught by the cameras had been sent 23,000 penalty notices since March.

Meridian Buses, which runs the number 4 and 12 services along Mill Road, welcomed the decision. Its managing director, Craig Ashdown, said: “Every minute we save on Mill Road is a minute we can put back into the timetable somewhere else.”

The petition organiser, Fairfield Traders’ Association chairwoman Denise Kirkbride, said the group was now considering legal action.

The full council meets on 11 December.
""", [
    ("takings have fallen sharply since it was introduced in March", I, None, A,
     "Traders", "say", None),
    ("the figures showed the scheme was working", I, GW, P, "Committee chairman Cllr Graham Whitlow", "said", None),
    ("Buses along the corridor were on average four minutes quicker at peak times", I, GW, P, "he", "said", None),
    ("Passenger numbers on the route were up 11 per cent", I, None, A, "a monitoring report", "according to", None),
    ("I understand people are frustrated, and I don’t dismiss that for a second,", D, GW, P, "Cllr Whitlow", "told",
     "meeting"),
    ("But we cannot run a bus network that sits in the same queue as everyone else.", D, GW, P, "Cllr Whitlow",
     "told", "meeting"),
    ("the council had ignored residents", I, BM, P, "Opposition councillor Bev Mottram", "said", None),
    ("ideology over common sense", D, BM, P, "Opposition councillor Bev Mottram", "accused", None),
    ("Four thousand people signed that petition. Four thousand. And we’ve just told every one of them their views "
     "don’t count,", D, BM, P, "she", "said", None),
    ("she would ask for the decision to be called in by the full council", I, BM, P, "Cllr Mottram", "said", None),
    ("she had lost about a fifth of her trade", I, AC, P, "Amira Chaudhry", "said", "Radio Wexmoor"),
    ("People used to pull up, run in, buy a bunch of flowers and go. Now they drive to the supermarket instead,", D,
     AC, P, "she", "told", "Radio Wexmoor"),
    ("I’m not against buses. I’m against going out of business.", D, AC, P, "she", "told", "Radio Wexmoor"),
    ("finally quiet enough to cross", D, "Tom Ellery", P, "He", "said", None),
    ("his grandchildren could now walk to school on their own", I, "Tom Ellery", P, "He", "said", None),
    ("a full review would take place next autumn", I, "Wexmoor County Council", O, "A council spokesperson", "said",
     None),
    ("drivers caught by the cameras had been sent 23,000 penalty notices since March", I, "Wexmoor County Council", O,
     "A council spokesperson", "said", None),
    ("Every minute we save on Mill Road is a minute we can put back into the timetable somewhere else.", D,
     "Craig Ashdown", P, "Its managing director, Craig Ashdown", "said", None),
    ("the group was now considering legal action", I, "Denise Kirkbride", P,
     "Fairfield Traders’ Association chairwoman Denise Kirkbride", "said", None),
], people=[
    (GW, ["Cllr Graham Whitlow", "Cllr Whitlow", "Committee chairman Cllr Graham Whitlow"]),
    (BM, ["Cllr Mottram", "Opposition councillor Bev Mottram"]),
    (AC, []),
    ("Tom Ellery", ["Resident Tom Ellery"]),
    ("Craig Ashdown", ["Its managing director, Craig Ashdown"]),
    ("Denise Kirkbride", ["Fairfield Traders’ Association chairwoman Denise Kirkbride"]),
    ("Hollie Barraclough", []),
], orgs=[
    ("Wexmoor County Council", []),
    ("Radio Wexmoor", []),
    ("Meridian Buses", []),
    ("Fairfield Traders’ Association", []),
])


# ---------------------------------------------------------------- news 3: public inquiry into a footbridge collapse
DP, HO, RV, AMB = "Daniel Pryor", "Helen Okafor", "Richard Vane", "Anthony Mabery"
art("nl-kelbridge-bridge-inquiry", "The Northern Ledger", "2026-11-16T18:05:00+00:00", """
Bridge inquiry: engineer says corrosion warnings were “filed and forgotten”

An engineer who inspected the Kelbridge footbridge eight months before it collapsed told a public inquiry on Monday that he had warned his managers about badly corroded bolts.

Daniel Pryor, 44, a senior inspector for Tideway Structures, the contractor that maintained the bridge for Kelbridge Harbour Board, said his report had been “filed and forgotten”.

Six people were injured when a 30-metre span of the bridge fell into the harbour during the town’s regatta in August last year. A 12-year-old girl spent three weeks in hospital.

Giving evidence at Kelbridge Town Hall, Mr Pryor said he had photographed “at least a dozen” bolts on the north side that were “rusted almost through”.

“I’d been doing this job for fifteen years,” he said. “I’d never seen anything like it on a structure that was carrying people.”

He told the inquiry he had emailed the report to his line manager and to the harbour board’s estates office on the same day.

Questioned by Helen Okafor KC, counsel to the inquiry, he was asked what response he had received.

“Nothing, for six weeks,” Mr Pryor said. “Then my manager rang me and said — I remember this clearly — ‘The board knows. It’s in the queue.’”

“And did anyone from the board contact you?” Ms Okafor asked.

“No. Not once.”

Ms Okafor then showed the inquiry an internal Tideway email, dated the following January, in which a director described the bridge as “a priority for the spring”. Repairs had not begun when it collapsed.

Under cross-examination by Richard Vane KC, representing Tideway Structures, Mr Pryor accepted he had not raised his concerns directly with the harbour board’s chief executive.

“Wasn’t that the obvious thing to do, if you believed people’s lives were at risk?” Mr Vane asked.

“With respect,” Mr Pryor replied, “it was not my job to go over my manager’s head. It was my job to write the report, and I wrote it.”

The inquiry chairman, retired judge Sir Anthony Mabery, intervened to say the question of who was responsible for passing warnings up the chain would be central to his final report.

Speaking outside the town hall, Lorna Fenwick, whose daughter Isla was the girl most seriously hurt, said the evidence had been “very hard to listen to”.

“We were told this was a freak accident. It wasn’t. Somebody knew,” she said. “Isla still won’t walk over a bridge. Not any bridge.”

A spokeswoman for Kelbridge Harbour Board said it was cooperating fully with the inquiry and it would be inappropriate to comment while hearings were ongoing.

The inquiry continues on Tuesday, when Tideway’s former operations director, Gavin Strode, is expected to give evidence.
""", [
    ("filed and forgotten", D, DP, P, "engineer", "says", None, 0),
    ("he had warned his managers about badly corroded bolts", I, DP, P, "An engineer", "told", "public inquiry"),
    ("filed and forgotten", D, DP, P, "Daniel Pryor", "said", "public inquiry", 1),
    ("at least a dozen", D, DP, P, "Mr Pryor", "said", "public inquiry"),
    ("rusted almost through", D, DP, P, "Mr Pryor", "said", "public inquiry"),
    ("I’d been doing this job for fifteen years,", D, DP, P, "he", "said", "public inquiry"),
    ("I’d never seen anything like it on a structure that was carrying people.", D, DP, P, "he", "said",
     "public inquiry"),
    ("he had emailed the report to his line manager and to the harbour board’s estates office on the same day", I,
     DP, P, "He", "told", "public inquiry"),
    ("Nothing, for six weeks,", D, DP, P, "Mr Pryor", "said", "public inquiry"),
    ("Then my manager rang me and said — I remember this clearly — ‘The board knows. It’s in the queue.’", D, DP, P,
     "Mr Pryor", "said", "public inquiry"),
    ("And did anyone from the board contact you?", D, HO, P, "Ms Okafor", "asked", "public inquiry"),
    ("No. Not once.", D, DP, P, None, None, "public inquiry"),
    ("a priority for the spring", D, None, A, "a director", "described", "internal Tideway email"),
    ("he had not raised his concerns directly with the harbour board’s chief executive", I, DP, P, "Mr Pryor",
     "accepted", "public inquiry"),
    ("Wasn’t that the obvious thing to do, if you believed people’s lives were at risk?", D, RV, P, "Mr Vane",
     "asked", "public inquiry"),
    ("With respect,", D, DP, P, "Mr Pryor", "replied", "public inquiry"),
    ("it was not my job to go over my manager’s head. It was my job to write the report, and I wrote it.", D, DP, P,
     "Mr Pryor", "replied", "public inquiry"),
    ("the question of who was responsible for passing warnings up the chain would be central to his final report", I,
     AMB, P, "The inquiry chairman, retired judge Sir Anthony Mabery", "say", "public inquiry"),
    ("very hard to listen to", D, "Lorna Fenwick", P, "Lorna Fenwick", "said", None),
    ("We were told this was a freak accident. It wasn’t. Somebody knew,", D, "Lorna Fenwick", P, "she", "said", None),
    ("Isla still won’t walk over a bridge. Not any bridge.", D, "Lorna Fenwick", P, "she", "said", None),
    ("it was cooperating fully with the inquiry", I, "Kelbridge Harbour Board", O,
     "A spokeswoman for Kelbridge Harbour Board", "said", None),
    ("it would be inappropriate to comment while hearings were ongoing", I, "Kelbridge Harbour Board", O,
     "A spokeswoman for Kelbridge Harbour Board", "said", None),
], people=[
    (DP, ["Mr Pryor", "An engineer"]),
    (HO, ["Helen Okafor KC", "Ms Okafor"]),
    (RV, ["Richard Vane KC", "Mr Vane"]),
    (AMB, ["Sir Anthony Mabery", "The inquiry chairman, retired judge Sir Anthony Mabery"]),
    ("Lorna Fenwick", []),
    ("Isla", []),
    ("Gavin Strode", []),
], orgs=[
    ("Tideway Structures", ["Tideway"]),
    ("Kelbridge Harbour Board", ["the harbour board"]),
], relations=[
    ("Lorna Fenwick", "parent_of", "Isla", "whose daughter Isla"),
])


# ---------------------------------------------------------------- news 4: phone-curfew sleep trial, university release, sceptic
FQ, EM, SA, UB = "Farah Quintero", "Eoin Malley", "Simon Achterberg", "University of Brennock"
art("bc-phone-curfew-sleep-trial", "The Brennock Courier", "2026-11-25T07:30:00+00:00", """
Phone curfew gave teenagers 40 more minutes of sleep a night, trial finds

Teenagers who handed over their phones an hour before bed slept about 40 minutes longer each night and felt less anxious, according to a new trial led by researchers at the University of Brennock.

The study, published on Wednesday in the Journal of Adolescent Sleep, followed 212 pupils aged 13 to 17 at six secondary schools over eight weeks. Half were asked to leave their phones in a locked box in the kitchen from 9pm; the rest carried on as normal.

The study found those in the phone-free group fell asleep on average 31 minutes earlier and woke less often during the night. Their scores on a standard anxiety questionnaire fell by 14 per cent, compared with 3 per cent in the comparison group.

“We expected a difference, but honestly not one this size,” said Dr Farah Quintero, a sleep researcher at Brennock’s School of Psychology who led the trial. “Forty minutes is roughly what you’d gain from moving school start times by an hour, and this costs nothing.”

Dr Quintero said the biggest changes were among pupils who had reported spending more than three hours on their phones in the evening before the trial began.

Many families found the rules hard at first, she said. “We had parents telling us the first week was a war zone. By week three, a lot of them said the kids were reading, or talking to them, or just going to bed.”

In a press release issued by the university, co-author Professor Eoin Malley said the findings should be “a wake-up call, if you’ll forgive the pun” for schools and policymakers.

“Parents are often told to limit screen time without any evidence of what actually works. This is a simple, cheap intervention with a measurable effect,” he said in the release.

The University of Brennock said it would run a larger trial across 40 schools from next September.

Not everyone is convinced. Dr Simon Achterberg, a developmental psychologist at the Kingsmere Institute for Child Health who was not involved in the research, called the results “promising but fragile”.

“Eight weeks is a short window, and families who volunteer for a phone-free trial are not typical families,” he said. “The teenagers knew which group they were in. That matters when you’re asking them to rate their own anxiety.”

He added that sleep had been measured with wrist-worn trackers, which can overestimate how long people sleep, and said he would want to see the effect hold up over a full school year.

The authors acknowledge in the paper that the sample was drawn mostly from two towns and may not reflect pupils elsewhere.

For 15-year-old Maisie Carr, one of the pupils in the phone-free group, the change was obvious. “I was annoyed for about two days,” she said. “Then I realised I wasn’t waking up tired any more.”

A spokesman for the charity Restful Minds said the results matched what families had been telling its helpline for years.
""", [
    ("Teenagers who handed over their phones an hour before bed slept about 40 minutes longer each night and felt "
     "less anxious", I, None, A, "a new trial", "according to", None),
    ("those in the phone-free group fell asleep on average 31 minutes earlier and woke less often during the night",
     I, None, A, "The study", "found", "Journal of Adolescent Sleep"),
    ("We expected a difference, but honestly not one this size,", D, FQ, P, "Dr Farah Quintero", "said", None),
    ("Forty minutes is roughly what you’d gain from moving school start times by an hour, and this costs nothing.",
     D, FQ, P, "Dr Farah Quintero", "said", None),
    ("the biggest changes were among pupils who had reported spending more than three hours on their phones in the "
     "evening before the trial began", I, FQ, P, "Dr Quintero", "said", None),
    ("Many families found the rules hard at first", I, FQ, P, "she", "said", None),
    ("We had parents telling us the first week was a war zone. By week three, a lot of them said the kids were "
     "reading, or talking to them, or just going to bed.", D, FQ, P, "she", "said", None),
    ("a wake-up call, if you’ll forgive the pun", D, EM, P, "co-author Professor Eoin Malley", "said",
     "press release"),
    ("Parents are often told to limit screen time without any evidence of what actually works. This is a simple, "
     "cheap intervention with a measurable effect,", D, EM, P, "he", "said", "press release"),
    ("it would run a larger trial across 40 schools from next September", I, UB, O, "The University of Brennock",
     "said", None),
    ("promising but fragile", D, SA, P, "Dr Simon Achterberg", "called", None),
    ("Eight weeks is a short window, and families who volunteer for a phone-free trial are not typical families,", D,
     SA, P, "he", "said", None),
    ("The teenagers knew which group they were in. That matters when you’re asking them to rate their own anxiety.",
     D, SA, P, "he", "said", None),
    ("sleep had been measured with wrist-worn trackers, which can overestimate how long people sleep", I, SA, P, "He",
     "added", None),
    ("he would want to see the effect hold up over a full school year", I, SA, P, "He", "said", None),
    ("the sample was drawn mostly from two towns and may not reflect pupils elsewhere", I, None, A, "The authors",
     "acknowledge", "the paper"),
    ("I was annoyed for about two days,", D, "Maisie Carr", P, "she", "said", None),
    ("Then I realised I wasn’t waking up tired any more.", D, "Maisie Carr", P, "she", "said", None),
    ("the results matched what families had been telling its helpline for years", I, "Restful Minds", O,
     "A spokesman for the charity Restful Minds", "said", None),
], people=[
    (FQ, ["Dr Farah Quintero", "Dr Quintero"]),
    (EM, ["co-author Professor Eoin Malley"]),
    (SA, ["Dr Simon Achterberg"]),
    ("Maisie Carr", []),
], orgs=[
    (UB, ["the university"]),
    ("Kingsmere Institute for Child Health", []),
    ("Restful Minds", []),
    ("Journal of Adolescent Sleep", []),
])


if __name__ == "__main__":
    gold.main()
