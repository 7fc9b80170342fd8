"""Build fourteenth.gold.jsonl: a fourteenth invented evaluation set, written blind.

Ten articles written by us on 2026-11-25 (invented people, outlets, places and events; no real
article text). Five celebrity pieces: a film-set injury in syndicated WordPress style (a headline
quote repeated in the footer, a two-part Instagram block after "writing:" and "She continued:",
the studio's indirect statement and "the statement read", "The studio also denied", a co-star under
a descriptor with a quote split over two sentences, a person's unnamed rep (null), her husband's
Story caption, a nickname that is not a quote); a reality-dating-show breakup in a British tabloid
with single curly quotes (a headline quote before a colon, Instagram Stories, partial quotes inside
reported clauses, "The dental nurse also revealed", an anonymous source and "The insider added", a
sister's X post, a person's spokesperson (null), a named production company, a scare quote); a
comedian's joke and apology in straight double quotes (a headline quote after a colon, the joke
after "telling the crowd:", a co-host's quote split around "told", the mayor's Facebook post, a
two-paragraph statement after "It read, in part:", the organisers' statement with a partial quote,
his manager's indirect report, a podcaster after the quote, a fellow comic who "argued", show and
tour titles); a music-festival line-up row in British curly double quotes (a headline partial quote
after "says", "accused ... of trying to", the organiser and the headliner's manager on both sides,
"He added:", an album title and a tent name in quotation marks, a person close to the rapper,
"according to ticketing figures shared by the festival", a ticket holder, the festival's statement,
"Industry observers said"); a royal-watcher piece in single curly quotes (a headline quote with
"say palace sources", "X, palace sources have revealed", insiders, "Another source claimed" with a
partial quote, "a senior aide insisted", a royal author, a former press secretary, the palace's
spokesman (the palace), an Instagram caption, a fans' nickname). Five news pieces: a hospital
strike in straight double quotes (a headline partial quote, "union leaders warning", the union's
two reported clauses, its regional rep, the health minister on the radio with "insisted" and
"denied that", the trust's statement, a patient with a partial quote, "Another patient, who did not
want to be named", "According to the trust"); a data breach in curly double quotes with a dateline
(a headline "X says ..." reported clause, "The company told customers in an email", the CEO's video,
"He called that gap", a security researcher who "argued", the regulator's interrupted quote,
"A Paywick spokeswoman", analysts' note to clients, a customer after the quote, a badge name); a
tram-crash inquiry in British single curly quotes (no headline quote, "investigators said" (null),
the board's two clauses, a two-paragraph block after "The report stated:", the chief inspector, "the
inspector said", the operator and its spokesman, survivors, a nested quote in double marks, the
driver's union with a partial quote, "according to the board"); a parliamentary vote in straight
single quotes (a headline quote from "Housing bill rebel says", "Rebels said", the rebel leader's
two-paragraph block after "she said:", the chief whip's two reported clauses, an anonymous rebel,
the party's spokesman with "saying that '...'", the minister's interrupted quote, the opposition
spokeswoman, "According to" a research service, a charity, a campaign name and a scare quote); a
doping ban in curly double quotes ("X, the federation said", "according to the federation's
decision", the federation's statement, the sprinter's two-paragraph Instagram video, her lawyer,
the federation's integrity chief, her coach, a teammate who would wait, an anonymous former
official, a nickname).
Written without reading the engine, its tests, the benchmarks or the other sets' articles (one
builder read for its mechanics only), and without running the engine on them.
Same format and conventions as the other sets (see README.md). Quotes are given as (substring,
kind, speaker, speaker_kind, mention, cue, channel[, occurrence]); offsets are computed and every
span, mention, alias and evidence string is checked by builder.py.
Run: python tests/data/eval/build_fourteenth.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from builder import A, D, I, O, P, GoldSet  # noqa: E402

gold = GoldSet(Path(__file__).with_name("fourteenth.gold.jsonl"))
art = gold.art


# ---------------------------------------------------------------- celebrity 1: film-set injury
AO, TW, RM = "Adaeze Okonkwo", "Tomasz Wierzbicki", "Ruairidh Munro"
art("sd-okonkwo-stunt-injury", "ScoopDaily", "2026-11-22T09:40:00-05:00", """
Adaeze Okonkwo Says She’s ‘Lucky To Be Walking’ After Stunt Goes Wrong On Set!

Adaeze Okonkwo is on the mend!

The Bafta winner was rushed to hospital on Thursday after a stunt went wrong on the Budapest set of her new action thriller “Glass Harbor,” and she is now opening up about the scary moment.

As ScoopDaily readers know, the 33-year-old was filming a rooftop chase scene when a safety harness reportedly failed and she fell nearly ten feet onto a padded platform. She fractured her wrist and bruised two ribs.

Taking to Instagram on Saturday, the actress shared a photo of her bandaged arm, writing:

“I’m sore, I’m grumpy and I’m very, very lucky to be walking. Thank you to the medics who got to me in seconds and to every single person who has sent love this week.”

She continued:

“Please don’t blame the crew. These people work harder than anyone in this business and they were looking after me from the first second.”

Related: Adaeze Okonkwo Reveals The Role That Almost Made Her Quit Acting

Meridian Pictures, the studio behind the film, said production had been paused for a week while the rig was inspected.

“The safety of our cast and crew is our highest priority. We are conducting a full review with the stunt team and local authorities, and we will not resume filming on that set until it is complete,” the statement read.

The studio also denied the harness had been flagged as faulty earlier in the week.

Co-star Tomasz Wierzbicki, who plays her on-screen brother, was a few feet away when it happened.

“I heard the clip go and then I heard her shout, and honestly my heart stopped,” the Polish actor told reporters outside the cast hotel on Friday. “She was making jokes on the stretcher. Who does that?”

Wierzbicki added that Okonkwo had already asked the director when she could get back in the harness.

A rep for the actress confirmed she had been discharged on Friday morning and would spend the break at home in London with her husband, Scottish chef Ruairidh Munro.

Munro later posted a picture of the couple on his Instagram Story with the caption “Worst week, best patient.”

Since the news broke, fans have been calling her “the Unbreakable Ada” online — and honestly, we get it!

Get well soon, Adaeze! Are U still excited for Glass Harbor, ScoopDaily readers? Let us know in the comments!

[Image via Adaeze Okonkwo/Instagram, MEGA]

The post Adaeze Okonkwo Says She's 'Lucky To Be Walking' After Stunt Goes Wrong On Set! appeared first on ScoopDaily.
""", [
    ("Lucky To Be Walking", D, AO, P, "Adaeze Okonkwo", "Says", "Instagram post", 0),
    ("I’m sore, I’m grumpy and I’m very, very lucky to be walking. Thank you to the medics who got to me in seconds "
     "and to every single person who has sent love this week.", D, AO, P, "the actress", "writing", "Instagram post"),
    ("Please don’t blame the crew. These people work harder than anyone in this business and they were looking after "
     "me from the first second.", D, AO, P, "She", "continued", "Instagram post"),
    ("production had been paused for a week while the rig was inspected", I, "Meridian Pictures", O,
     "Meridian Pictures, the studio behind the film", "said", "statement"),
    ("The safety of our cast and crew is our highest priority. We are conducting a full review with the stunt team "
     "and local authorities, and we will not resume filming on that set until it is complete,", D,
     "Meridian Pictures", O, "the statement", "read", "statement"),
    ("the harness had been flagged as faulty earlier in the week", I, "Meridian Pictures", O, "The studio", "denied",
     "statement"),
    ("I heard the clip go and then I heard her shout, and honestly my heart stopped,", D, TW, P, "the Polish actor",
     "told", None),
    ("She was making jokes on the stretcher. Who does that?", D, TW, P, "the Polish actor", "told", None),
    ("Okonkwo had already asked the director when she could get back in the harness", I, TW, P, "Wierzbicki",
     "added", None),
    ("she had been discharged on Friday morning and would spend the break at home in London with her husband, "
     "Scottish chef Ruairidh Munro", I, None, A, "A rep for the actress", "confirmed", None),
    ("Worst week, best patient.", D, RM, P, "Munro", "caption", "Instagram Story"),
], people=[
    (AO, ["Adaeze", "Okonkwo", "The Bafta winner", "the 33-year-old", "the actress"]),
    (TW, ["Wierzbicki", "Co-star Tomasz Wierzbicki", "the Polish actor"]),
    (RM, ["Munro", "her husband, Scottish chef Ruairidh Munro"]),
], orgs=[("Meridian Pictures", ["the studio behind the film", "The studio"]), ("ScoopDaily", [])], relations=[
    (AO, "spouse", RM, "her husband, Scottish chef Ruairidh Munro"),
], boilerplate=[
    ("related_link", "Related: Adaeze Okonkwo Reveals The Role That Almost Made Her Quit Acting"),
    ("reader_prompt", "Are U still excited for Glass Harbor, ScoopDaily readers? Let us know in the comments!"),
    ("image_credit", "[Image via Adaeze Okonkwo/Instagram, MEGA]"),
    ("syndication_footer", "The post Adaeze Okonkwo Says She's 'Lucky To Be Walking' After Stunt Goes Wrong On Set! "
     "appeared first on ScoopDaily."),
])


# ---------------------------------------------------------------- celebrity 2: dating-show couple splits on Stories
FL, KM, AM = "Freya Lindqvist", "Kofi Mensah", "Abena Mensah"
art("dl-sunset-villa-split", "The Daily Lantern", "2026-11-20T06:30:00+00:00", """
‘We’ve grown apart’: Sunset Villa’s Freya and Kofi split four months after final

SUNSET Villa winners Freya Lindqvist and Kofi Mensah have split, just four months after being crowned the show’s ‘golden couple’.

The 26-year-old Swedish dental nurse announced the news on her Instagram Stories last night, telling her 1.2 million followers the decision had been ‘mutual but heartbreaking’.

She wrote: ‘We’ve grown apart since leaving the villa and we both deserve to be happy. Please be kind to Kofi, he’s a good man and this isn’t anyone’s fault.’

In a second slide, she added: ‘I won’t be answering questions about it for a while. I need some time off my phone.’

The dental nurse also revealed she had moved back in with her parents in Malmö.

But just hours later, Kofi, 28, appeared to tell a very different story.

The Ghanaian-born personal trainer posted a video to his own Stories in which he claimed he had found out about the split ‘at the same time as everyone else’.

‘I’m not going to lie and say I saw this coming,’ he said in the clip. ‘I woke up to forty messages asking if I was OK. I’m not OK, but I will be.’

He insisted he still had ‘nothing but love’ for his ex, but admitted the pair had argued about moving in together.

READ MORE: Sunset Villa bosses confirm winter series with brand-new location

A source close to Freya told The Daily Lantern: ‘She’s been unhappy for weeks. Kofi wanted to rush everything — the flat, the dog, the joint brand deals — and she just wasn’t ready.’

The insider added that the pair had not spoken since Sunday.

Kofi’s sister, Abena Mensah, leapt to his defence on X, writing: ‘My brother found out from Instagram like the rest of you. Let that sink in.’

A spokesperson for Freya said: ‘Freya asks for privacy at this time and will not be commenting further.’

Show bosses at Brightwater Studios, which makes Sunset Villa, said they were ‘saddened’ to hear the news.

Fans were quick to pick sides. One wrote: ‘Freya dumping him on Stories is so cold.’

Picture: Brightwater Studios / Instagram

Got a story? Email tips@dailylantern.invalid
""", [
    ("We’ve grown apart", D, FL, P, "Freya", None, "Instagram Story", 0),
    ("mutual but heartbreaking", D, FL, P, "The 26-year-old Swedish dental nurse", "telling", "Instagram Story"),
    ("We’ve grown apart since leaving the villa and we both deserve to be happy. Please be kind to Kofi, he’s a good "
     "man and this isn’t anyone’s fault.", D, FL, P, "She", "wrote", "Instagram Story"),
    ("I won’t be answering questions about it for a while. I need some time off my phone.", D, FL, P, "she", "added",
     "Instagram Story"),
    ("she had moved back in with her parents in Malmö", I, FL, P, "The dental nurse", "revealed", "Instagram Story"),
    ("at the same time as everyone else", D, KM, P, "The Ghanaian-born personal trainer", "claimed",
     "Instagram Story"),
    ("I’m not going to lie and say I saw this coming,", D, KM, P, "he", "said", "Instagram Story"),
    ("I woke up to forty messages asking if I was OK. I’m not OK, but I will be.", D, KM, P, "he", "said",
     "Instagram Story"),
    ("nothing but love", D, KM, P, "He", "insisted", "Instagram Story"),
    ("the pair had argued about moving in together", I, KM, P, "He", "admitted", "Instagram Story"),
    ("She’s been unhappy for weeks. Kofi wanted to rush everything — the flat, the dog, the joint brand deals — and "
     "she just wasn’t ready.", D, None, A, "A source close to Freya", "told", None),
    ("the pair had not spoken since Sunday", I, None, A, "The insider", "added", None),
    ("My brother found out from Instagram like the rest of you. Let that sink in.", D, AM, P,
     "Kofi’s sister, Abena Mensah", "writing", "X post"),
    ("Freya asks for privacy at this time and will not be commenting further.", D, None, A,
     "A spokesperson for Freya", "said", None),
    ("saddened", D, "Brightwater Studios", O, "Show bosses at Brightwater Studios", "said", None),
    ("Freya dumping him on Stories is so cold.", D, None, A, "One", "wrote", None),
], people=[
    (FL, ["Freya", "The 26-year-old Swedish dental nurse", "The dental nurse"]),
    (KM, ["Kofi", "The Ghanaian-born personal trainer"]),
    (AM, ["Kofi’s sister, Abena Mensah"]),
], orgs=[("Brightwater Studios", []), ("The Daily Lantern", [])], relations=[
    (AM, "sibling", KM, "Kofi’s sister, Abena Mensah"),
    (FL, "ex_partner", KM, "Freya Lindqvist and Kofi Mensah have split"),
], boilerplate=[
    ("related_link", "READ MORE: Sunset Villa bosses confirm winter series with brand-new location"),
    ("image_credit", "Picture: Brightwater Studios / Instagram"),
    ("reader_prompt", "Got a story? Email tips@dailylantern.invalid"),
])


# ---------------------------------------------------------------- celebrity 3: comedian's joke and apology
RN, JP, SG, DK, ON = "Rahul Menon", "Ji-woo Park", "Siobhan Gallagher", "Devorah Klein", "Obi Nwachukwu"
art("tl-menon-flood-joke", "Tribune-Ledger", "2026-11-16T15:10:00-06:00", """
Comedian Rahul Menon apologizes for flood joke: "I got it badly wrong"

By Harriet Osei-Bonsu

Comedian Rahul Menon has apologized after a joke about the flood-hit town of Carver's Bend drew boos at a charity gala in Chicago on Saturday night.

The 38-year-old, who was co-hosting the Lakeshore Arts Awards with actor Ji-woo Park, opened his monologue by telling the crowd: "Carver's Bend finally got the waterfront properties it always wanted."

Some guests laughed, but many did not. Park later said she had frozen on stage and had no idea what to say.

"I looked at him and he looked at me, and we both knew," Park told the Tribune-Ledger. "Then he did another two minutes on it."

Carver's Bend, a town of 4,000 people, lost more than 300 homes to flooding in September.

Its mayor, Siobhan Gallagher, called the joke "cruel and lazy" in a post on Facebook on Sunday morning.

"There are families here still sleeping in their cousins' basements," she wrote. "He's welcome to come and see the waterfront for himself. Bring boots."

By Sunday afternoon, Menon had posted a statement on Instagram. It read, in part:

"I made a joke about people's worst days so I could have a good night. That was wrong, it was lazy, and the mayor is right about both.

"I've spoken to the Carver's Bend relief fund and I'll be donating my fee from Saturday. More importantly, I got it badly wrong, and I'm going to shut up and listen."

The gala's organizers, the Lakeshore Arts Council, said in a statement that the remarks "did not reflect the values of the evening" and that they had accepted his apology.

A council spokesperson declined to say whether Menon would be invited back next year.

Menon's manager, Devorah Klein, told reporters the comedian had been miserable since the show and had canceled two club dates this week.

Not everyone was convinced. "An apology written by a publicist is still a publicist's work," comedian and podcaster Obi Nwachukwu said on his show "Late Again."

Others defended him. Fellow comic Marta Kowalczyk argued the backlash was out of proportion to a single bad line.

The clip has since been viewed more than six million times, reigniting the so-called "comedy wars" online. Menon is due to resume his "Quiet Riot Hour" tour in Denver next month.
""", [
    ("I got it badly wrong", D, RN, P, "Comedian Rahul Menon", "apologizes", "Instagram post", 0),
    ("Carver's Bend finally got the waterfront properties it always wanted.", D, RN, P, "The 38-year-old", "telling",
     None),
    ("she had frozen on stage and had no idea what to say", I, JP, P, "Park", "said", None),
    ("I looked at him and he looked at me, and we both knew,", D, JP, P, "Park", "told", None),
    ("Then he did another two minutes on it.", D, JP, P, "Park", "told", None),
    ("cruel and lazy", D, SG, P, "Its mayor, Siobhan Gallagher", "called", "Facebook post"),
    ("There are families here still sleeping in their cousins' basements,", D, SG, P, "she", "wrote",
     "Facebook post"),
    ("He's welcome to come and see the waterfront for himself. Bring boots.", D, SG, P, "she", "wrote",
     "Facebook post"),
    ("I made a joke about people's worst days so I could have a good night. That was wrong, it was lazy, and the "
     "mayor is right about both.\n\n\"I've spoken to the Carver's Bend relief fund and I'll be donating my fee from "
     "Saturday. More importantly, I got it badly wrong, and I'm going to shut up and listen.", D, RN, P, "Menon",
     "It read", "Instagram post"),
    ("did not reflect the values of the evening", D, "Lakeshore Arts Council", O,
     "The gala's organizers, the Lakeshore Arts Council", "said", "statement"),
    ("they had accepted his apology", I, "Lakeshore Arts Council", O,
     "The gala's organizers, the Lakeshore Arts Council", "said", "statement"),
    ("the comedian had been miserable since the show and had canceled two club dates this week", I, DK, P,
     "Menon's manager, Devorah Klein", "told", None),
    ("An apology written by a publicist is still a publicist's work,", D, ON, P,
     "comedian and podcaster Obi Nwachukwu", "said", "podcast"),
    ("the backlash was out of proportion to a single bad line", I, "Marta Kowalczyk", P,
     "Fellow comic Marta Kowalczyk", "argued", None),
], people=[
    (RN, ["Menon", "Comedian Rahul Menon", "The 38-year-old", "the comedian"]),
    (JP, ["Park", "actor Ji-woo Park"]),
    (SG, ["Its mayor, Siobhan Gallagher", "the mayor"]),
    (DK, ["Menon's manager, Devorah Klein"]),
    (ON, ["comedian and podcaster Obi Nwachukwu"]),
    ("Marta Kowalczyk", ["Fellow comic Marta Kowalczyk"]),
    ("Harriet Osei-Bonsu", []),
], orgs=[("Lakeshore Arts Council", ["The gala's organizers"]), ("Tribune-Ledger", [])])


# ---------------------------------------------------------------- celebrity 4: festival line-up row
CB, NH, LH = "Callum Baird", "Noor Haddad", "Lars Henriksen"
art("nl-greywater-lineup-row", "The Northern Ledger", "2026-11-18T18:00:00+00:00", """
Greywater festival boss says headliner’s team “made demands we could not meet”

The organiser of the Greywater Festival has accused the management of rapper Noor Haddad of trying to “rewrite the running order” days before tickets went on sale, in a row that has left this summer’s line-up in doubt.

Callum Baird, who founded the event on a farm outside Stirling in 2014, said Haddad’s team had asked for her Saturday headline slot to be moved to Sunday and for two smaller acts to be shunted from the main stage into the “Hayloft” tent.

“We love Noor. We booked her before most people had heard of her,” he told The Northern Ledger. “But a festival is not one act. We have forty-odd artists on that bill, and we are not going to phone two of them and tell them they’re being moved because someone else wants a different night.”

He added:

“Nobody has been bumped and nobody will be. If that means Noor doesn’t play, that would break my heart, but it’s her decision.”

Haddad’s manager, Lars Henriksen, rejected that account. In a statement issued through his company, Northlight Artists, he said the request had been about “stage times and production, nothing else” and insisted no other act had ever been mentioned.

“Callum knows exactly what was discussed, because it was discussed in his kitchen. Noor wants to play Greywater. What she won’t do is be blamed for somebody else’s scheduling problems,” Henriksen said.

The 24-year-old rapper, whose debut album “Salt Lines” was shortlisted for a major prize this year, has not commented publicly. A person close to her said she was “frustrated and a bit baffled” by the row.

More than 12,000 weekend passes have already been sold, according to ticketing figures shared by the festival.

Ticket holders were less patient. “I bought a Saturday pass to see one person, and if she moves I want my money back,” said Eilidh Fraser, 19, from Perth.

The festival said in a statement on Tuesday evening that refunds would be offered to anyone whose plans were affected and that talks with Northlight were “ongoing and constructive”.

Industry observers said the dispute reflected a wider shift in power towards younger artists.
""", [
    ("made demands we could not meet", D, CB, P, "Greywater festival boss", "says", None),
    ("rewrite the running order", D, CB, P, "The organiser of the Greywater Festival", "accused", None),
    ("Haddad’s team had asked for her Saturday headline slot to be moved to Sunday and for two smaller acts to be "
     "shunted from the main stage into the “Hayloft” tent", I, CB, P, "Callum Baird", "said", None),
    ("We love Noor. We booked her before most people had heard of her,", D, CB, P, "he", "told", None),
    ("But a festival is not one act. We have forty-odd artists on that bill, and we are not going to phone two of "
     "them and tell them they’re being moved because someone else wants a different night.", D, CB, P, "he", "told",
     None),
    ("Nobody has been bumped and nobody will be. If that means Noor doesn’t play, that would break my heart, but it’s "
     "her decision.", D, CB, P, "He", "added", None),
    ("stage times and production, nothing else", D, LH, P, "he", "said", "statement"),
    ("no other act had ever been mentioned", I, LH, P, "he", "insisted", "statement"),
    ("Callum knows exactly what was discussed, because it was discussed in his kitchen. Noor wants to play Greywater. "
     "What she won’t do is be blamed for somebody else’s scheduling problems,", D, LH, P, "Henriksen", "said", None),
    ("frustrated and a bit baffled", D, None, A, "A person close to her", "said", None),
    ("More than 12,000 weekend passes have already been sold", I, "Greywater Festival", O,
     "ticketing figures shared by the festival", "according to", None),
    ("I bought a Saturday pass to see one person, and if she moves I want my money back,", D, "Eilidh Fraser", P,
     "Eilidh Fraser", "said", None),
    ("refunds would be offered to anyone whose plans were affected", I, "Greywater Festival", O, "The festival",
     "said", "statement"),
    ("ongoing and constructive", D, "Greywater Festival", O, "The festival", "said", "statement"),
    ("the dispute reflected a wider shift in power towards younger artists", I, None, A, "Industry observers", "said",
     None),
], people=[
    (CB, ["Baird", "Callum", "Greywater festival boss", "The organiser of the Greywater Festival"]),
    (NH, ["Noor", "Haddad", "rapper Noor Haddad", "The 24-year-old rapper"]),
    (LH, ["Henriksen", "Haddad’s manager, Lars Henriksen"]),
    ("Eilidh Fraser", []),
], orgs=[
    ("Greywater Festival", ["The festival"]),
    ("Northlight Artists", ["Northlight"]),
    ("The Northern Ledger", []),
])


# ---------------------------------------------------------------- celebrity 5: royal-watcher piece
PA, HN, QS, MS = "Princess Amara", "Crown Prince Henrik", "Queen Sigrid", "Margit Solberg"
art("ck-amara-christmas", "The Courier", "2026-11-24T21:15:00+00:00", """
Princess Amara ‘will not be at Christmas lunch’, say palace sources

PRINCESS Amara of Valdmark will spend Christmas away from the royal family for the first time since her wedding, palace sources have revealed.

The 35-year-old, who married Crown Prince Henrik in 2019, is expected to stay at her mother’s home in Accra with her two young children, Prince Oskar and Princess Efua.

One insider told the Courier: ‘It has been a very difficult year and she needs to be with her mum. Nobody at the palace is pretending otherwise.’

Another source claimed relations between the princess and her mother-in-law, Queen Sigrid, had been ‘frosty’ since the spring.

But a senior aide insisted there was no rift. ‘The Queen adores her daughter-in-law. This is about family and the children’s great-grandmother, full stop,’ the aide said.

READ MORE: Crown Prince Henrik’s touching tribute to his late grandfather

Crown Prince Henrik is expected to attend the traditional Christmas Eve service at Skansborg Cathedral without his wife and children, the first time he has done so since the couple’s lavish wedding. The family usually gathers afterwards at the Queen’s winter residence on the coast, where the royal children open one present each before dinner, a custom that dates back to the reign of the late King.

The Courier understands the decision was taken in October, after a summer in which the princess was largely absent from official engagements.

Royal author Margit Solberg, who has written two books on the family, told the Courier the decision was ‘unusual but not unprecedented’.

‘The late King spent at least two Christmases abroad during his reign and the monarchy survived. Silence is what lets the rumours grow,’ she said.

Solberg added that Amara remained hugely popular with younger Valdmarkers, and warned that courtiers who briefed against her were ‘playing with fire’.

Former palace press secretary Dag Eriksen said he believed the Queen would visit Accra in the new year.

A spokesman for Skansborg Palace said: ‘We do not comment on private family arrangements.’

Princess Amara herself has not spoken publicly, but last week she posted a photograph of a decorated tree on Instagram with the caption ‘Home is where the heart is’.

The post, quickly nicknamed ‘the tree of truth’ by her fans, has been liked more than 400,000 times.

Photographs: Skansborg Palace / Instagram
""", [
    ("will not be at Christmas lunch", D, None, A, "palace sources", "say", None),
    ("PRINCESS Amara of Valdmark will spend Christmas away from the royal family for the first time since her "
     "wedding", I, None, A, "palace sources", "revealed", None),
    ("It has been a very difficult year and she needs to be with her mum. Nobody at the palace is pretending "
     "otherwise.", D, None, A, "One insider", "told", None),
    ("frosty", D, None, A, "Another source", "claimed", None),
    ("there was no rift", I, None, A, "a senior aide", "insisted", None),
    ("The Queen adores her daughter-in-law. This is about family and the children’s great-grandmother, full stop,", D,
     None, A, "the aide", "said", None),
    ("unusual but not unprecedented", D, MS, P, "Royal author Margit Solberg", "told", None),
    ("The late King spent at least two Christmases abroad during his reign and the monarchy survived. Silence is what "
     "lets the rumours grow,", D, MS, P, "she", "said", None),
    ("Amara remained hugely popular with younger Valdmarkers", I, MS, P, "Solberg", "added", None),
    ("playing with fire", D, MS, P, "Solberg", "warned", None),
    ("he believed the Queen would visit Accra in the new year", I, "Dag Eriksen", P,
     "Former palace press secretary Dag Eriksen", "said", None),
    ("We do not comment on private family arrangements.", D, "Skansborg Palace", O, "A spokesman for Skansborg Palace",
     "said", None),
    ("Home is where the heart is", D, PA, P, "she", "caption", "Instagram post"),
], people=[
    (PA, ["Amara", "PRINCESS Amara of Valdmark", "The 35-year-old", "the princess"]),
    (HN, []),
    (QS, ["the Queen", "The Queen"]),
    (MS, ["Solberg", "Royal author Margit Solberg"]),
    ("Dag Eriksen", ["Former palace press secretary Dag Eriksen"]),
    ("Prince Oskar", []),
    ("Princess Efua", []),
], orgs=[("Skansborg Palace", []), ("The Courier", ["the Courier"])], relations=[
    (PA, "spouse", HN, "married Crown Prince Henrik"),
    (PA, "parent_of", "Prince Oskar", "her two young children, Prince Oskar and Princess Efua"),
    (PA, "parent_of", "Princess Efua", "her two young children, Prince Oskar and Princess Efua"),
    ("Prince Oskar", "sibling", "Princess Efua", "her two young children, Prince Oskar and Princess Efua"),
], boilerplate=[
    ("related_link", "READ MORE: Crown Prince Henrik’s touching tribute to his late grandfather"),
    ("image_credit", "Photographs: Skansborg Palace / Instagram"),
])


# ---------------------------------------------------------------- news 1: hospital strike
CE, PR, TN = "Chidinma Eze", "Priyanka Raghavan", "Tadeusz Nowak"
ANU, KHT = "Allied Nursing Union", "Kingsmere Health Trust"
art("kp-nurses-strike", "Kingsmere Post", "2026-11-24T13:20:00+00:00", """
Nurses walk out at Kingsmere hospitals as minister calls strike "deeply regrettable"

Hundreds of nurses at three hospitals in Kingsmere walked out on Tuesday morning in a dispute over staffing levels, with union leaders warning more strikes would follow before Christmas.

The Allied Nursing Union said 1,400 members had joined picket lines at St Columba's, Riverside General and the Kingsmere Children's Hospital, and that emergency and intensive care services were being staffed as normal.

Chidinma Eze, the union's regional representative, said nurses had been asking for safe staffing ratios for three years.

"We are not doing this for fun. We are doing this because on a night shift last week one nurse had fourteen patients on a surgical ward," she told reporters outside St Columba's. "That is not nursing. That is crowd control."

Health Minister Priyanka Raghavan called the walkout "deeply regrettable" and urged the union to return to talks.

Speaking on Radio Kingsmere, the minister insisted the government had already funded 600 extra nursing posts this year, and said the union's demands would cost "far more than the health budget can bear."

"I understand the frustration," she said. "But patients should not be the ones who pay for it."

She denied that planned operations had been cancelled at Riverside General.

Kingsmere Health Trust, which runs the three hospitals, said in a statement that it was "working closely with staff" to keep patients safe.

Patients waiting outside the outpatient clinic at Riverside were largely sympathetic. Tadeusz Nowak, 71, whose hip operation was postponed in October, said he backed the nurses "one hundred per cent".

"They looked after me when I had my heart attack and they were run off their feet then. Give them the staff," he said.

Another patient, who did not want to be named, said she had driven two hours for an appointment that was cancelled by text message that morning.

The union said a second 48-hour strike would begin on December 9 unless the government made a new offer.

According to the trust, about 30 per cent of nursing staff on the day shift took part.
""", [
    ("deeply regrettable", D, PR, P, "minister", "calls", None, 0),
    ("more strikes would follow before Christmas", I, None, A, "union leaders", "warning", None),
    ("1,400 members had joined picket lines at St Columba's, Riverside General and the Kingsmere Children's "
     "Hospital", I, ANU, O, "The Allied Nursing Union", "said", None),
    ("emergency and intensive care services were being staffed as normal", I, ANU, O, "The Allied Nursing Union",
     "said", None),
    ("nurses had been asking for safe staffing ratios for three years", I, CE, P, "Chidinma Eze", "said", None),
    ("We are not doing this for fun. We are doing this because on a night shift last week one nurse had fourteen "
     "patients on a surgical ward,", D, CE, P, "she", "told", None),
    ("That is not nursing. That is crowd control.", D, CE, P, "she", "told", None),
    ("deeply regrettable", D, PR, P, "Health Minister Priyanka Raghavan", "called", None, 1),
    ("the government had already funded 600 extra nursing posts this year", I, PR, P, "the minister", "insisted",
     "radio interview"),
    ("far more than the health budget can bear.", D, PR, P, "the minister", "said", "radio interview"),
    ("I understand the frustration,", D, PR, P, "she", "said", "radio interview"),
    ("But patients should not be the ones who pay for it.", D, PR, P, "she", "said", "radio interview"),
    ("planned operations had been cancelled at Riverside General", I, PR, P, "She", "denied", None),
    ("working closely with staff", D, KHT, O, "Kingsmere Health Trust", "said", "statement"),
    ("one hundred per cent", D, TN, P, "Tadeusz Nowak", "said", None),
    ("They looked after me when I had my heart attack and they were run off their feet then. Give them the staff,",
     D, TN, P, "he", "said", None),
    ("she had driven two hours for an appointment that was cancelled by text message that morning", I, None, A,
     "Another patient", "said", None),
    ("a second 48-hour strike would begin on December 9 unless the government made a new offer", I, ANU, O,
     "The union", "said", None),
    ("about 30 per cent of nursing staff on the day shift took part", I, KHT, O, "the trust", "According to", None),
], people=[
    (CE, ["Chidinma Eze, the union's regional representative"]),
    (PR, ["Health Minister Priyanka Raghavan", "the minister", "minister"]),
    (TN, []),
], orgs=[
    (ANU, ["The union"]),
    (KHT, ["the trust"]),
    ("Radio Kingsmere", []),
    ("Kingsmere Post", []),
])


# ---------------------------------------------------------------- news 2: tech data breach
AB, SH, MO = "Aarav Bhattacharya", "Seo-yeon Han", "Marguerite Okafor"
art("lc-paywick-breach", "Ledger-Courier", "2026-11-25T16:45:00-08:00", """
Paywick says hackers accessed data of 2.3 million customers

SAN JOSE, Calif. — Paywick, the buy-now-pay-later app, said Wednesday that hackers had accessed names, email addresses and partial card numbers belonging to about 2.3 million customers in an attack that went undetected for nearly three weeks.

The company told customers in an email that no full card numbers or passwords had been taken.

Founded in 2017, Paywick lets shoppers split online purchases into four interest-free payments and has grown quickly among younger customers, with more than 9 million accounts in the United States. It raised $310 million from investors last year.

Chief executive Aarav Bhattacharya apologized in a video posted to the company's blog.

“We let you down, and there is no version of this where that isn’t true,” Bhattacharya said in the video. “We found the problem later than we should have, and I own that.”

He said the attackers had used the login of a contractor whose account lacked two-factor authentication. He called that gap “inexcusable.”

The breach was first spotted by independent security researcher Seo-yeon Han, who said she found a database of Paywick customer records being offered for sale on a criminal forum on Nov. 2.

“I wrote to them that night with screenshots. I got an automated reply, and then nothing for six days,” Han told the Ledger-Courier.

She argued that companies handling payment data should be required to respond to researchers within 48 hours.

Bhattacharya disputed her timeline, saying the company's security team had begun investigating “within hours” of her first message.

“Companies like to say security is their top priority,” said Marguerite Okafor, director of the state Consumer Data Authority, “but priorities show up in budgets, and we will be looking at theirs.”

Okafor confirmed the authority had opened a formal investigation and said Paywick could face fines of up to $7,500 per affected customer.

A Paywick spokeswoman said the company was cooperating fully.

“I found out on TikTok, and the email came two days later,” said Darnell Hughes, 34, a teacher in Fresno.

Shares in Paywick fell 11 percent on Wednesday, and analysts at Corran Securities warned in a note to clients that the company could lose as many as one in ten active users.

The company's homepage still carries its “Security First” badge.
""", [
    ("hackers accessed data of 2.3 million customers", I, "Paywick", O, "Paywick", "says", None),
    ("hackers had accessed names, email addresses and partial card numbers belonging to about 2.3 million customers "
     "in an attack that went undetected for nearly three weeks", I, "Paywick", O,
     "Paywick, the buy-now-pay-later app", "said", None),
    ("no full card numbers or passwords had been taken", I, "Paywick", O, "The company", "told", "email"),
    ("We let you down, and there is no version of this where that isn’t true,", D, AB, P, "Bhattacharya", "said",
     "video"),
    ("We found the problem later than we should have, and I own that.", D, AB, P, "Bhattacharya", "said", "video"),
    ("the attackers had used the login of a contractor whose account lacked two-factor authentication", I, AB, P,
     "He", "said", "video"),
    ("inexcusable.", D, AB, P, "He", "called", "video"),
    ("she found a database of Paywick customer records being offered for sale on a criminal forum on Nov. 2", I, SH,
     P, "independent security researcher Seo-yeon Han", "said", None),
    ("I wrote to them that night with screenshots. I got an automated reply, and then nothing for six days,", D, SH,
     P, "Han", "told", None),
    ("companies handling payment data should be required to respond to researchers within 48 hours", I, SH, P, "She",
     "argued", None),
    ("within hours", D, AB, P, "Bhattacharya", "saying", None),
    ("Companies like to say security is their top priority,", D, MO, P, "Marguerite Okafor", "said", None),
    ("but priorities show up in budgets, and we will be looking at theirs.", D, MO, P, "Marguerite Okafor", "said",
     None),
    ("the authority had opened a formal investigation", I, MO, P, "Okafor", "confirmed", None),
    ("Paywick could face fines of up to $7,500 per affected customer", I, MO, P, "Okafor", "said", None),
    ("the company was cooperating fully", I, "Paywick", O, "A Paywick spokeswoman", "said", None),
    ("I found out on TikTok, and the email came two days later,", D, "Darnell Hughes", P, "Darnell Hughes", "said",
     None),
    ("the company could lose as many as one in ten active users", I, "Corran Securities", O,
     "analysts at Corran Securities", "warned", "note to clients"),
], people=[
    (AB, ["Bhattacharya", "Chief executive Aarav Bhattacharya"]),
    (SH, ["Han", "independent security researcher Seo-yeon Han"]),
    (MO, ["Okafor", "Marguerite Okafor, director of the state Consumer Data Authority"]),
    ("Darnell Hughes", []),
], orgs=[
    ("Paywick", ["The company", "the buy-now-pay-later app"]),
    ("Consumer Data Authority", ["the authority"]),
    ("Corran Securities", []),
    ("Ledger-Courier", []),
])


# ---------------------------------------------------------------- news 3: tram-crash inquiry
FM, MW, HQ = "Fiona MacLeod", "Magdalena Wiśniewska", "Hamza Qureshi"
TB, DMT, TU = "Transport Accident Investigation Board", "Dunmore Metro", "Tram and Light Rail Workers’ Association"
art("des-dunmore-tram-report", "Dunmore Evening Star", "2026-11-21T19:00:00+00:00", """
Dunmore tram crash: interim report points to signal fault

A TRAM that derailed in Dunmore in September, injuring 31 people, was travelling at almost twice the permitted speed when it entered a curve near Harbour Street, investigators said yesterday.

In an interim report, the Transport Accident Investigation Board (TAIB) said a faulty signal had shown a green aspect to the driver when it should have shown red, and that the tram’s automatic speed control had been switched off for maintenance two days earlier.

The report stated:

‘The driver had no reasonable means of knowing that the line ahead was not clear. The board has found no evidence that the driver was distracted, fatigued or under the influence of any substance.

‘The board is, however, concerned that the decision to disable the speed control system was not recorded in the maintenance log, and that nobody on the night shift appears to have known about it.’

Chief inspector Fiona MacLeod told a press conference in Dunmore that the findings were ‘deeply troubling’.

‘This was not one person’s mistake. It was a system that allowed a safety feature to be switched off and forgotten, and we will be asking who knew,’ she said.

Asked whether criminal charges could follow, the inspector said that was a matter for the procurator fiscal.

Dunmore Metro, which operates the network, said it accepted the findings in full.

‘We are deeply sorry to everyone who was hurt. We have already changed our procedures so that no safety system can be disabled without sign-off from two senior engineers,’ a spokesman for the operator said.

Survivors said the report confirmed what they had suspected for months.

Magdalena Wiśniewska, 44, who broke her pelvis in the crash, said: ‘We felt it go faster and faster on the hill. People were laughing nervously, and then nobody was laughing.’

The care worker, who still walks with a stick, added that she had not heard from Dunmore Metro until a letter arrived in November.

Hamza Qureshi, a student who was standing near the front of the tram, said the driver had shouted a warning to passengers seconds before the derailment.

‘He yelled “hold on” and pulled the brake with both hands. He probably saved my life,’ he said.

The driver, who has not been named, remains on sick leave. His union, the Tram and Light Rail Workers’ Association, said he had been ‘cleared of any blame’ and called for an apology from management.

The final report is expected next summer, according to the board.
""", [
    ("A TRAM that derailed in Dunmore in September, injuring 31 people, was travelling at almost twice the permitted "
     "speed when it entered a curve near Harbour Street", I, None, A, "investigators", "said", None),
    ("a faulty signal had shown a green aspect to the driver when it should have shown red", I, TB, O,
     "the Transport Accident Investigation Board (TAIB)", "said", "interim report"),
    ("the tram’s automatic speed control had been switched off for maintenance two days earlier", I, TB, O,
     "the Transport Accident Investigation Board (TAIB)", "said", "interim report"),
    ("The driver had no reasonable means of knowing that the line ahead was not clear. The board has found no "
     "evidence that the driver was distracted, fatigued or under the influence of any substance.\n\n‘The board is, "
     "however, concerned that the decision to disable the speed control system was not recorded in the maintenance "
     "log, and that nobody on the night shift appears to have known about it.", D, TB, O, "The report", "stated",
     "interim report"),
    ("deeply troubling", D, FM, P, "Chief inspector Fiona MacLeod", "told", "press conference"),
    ("This was not one person’s mistake. It was a system that allowed a safety feature to be switched off and "
     "forgotten, and we will be asking who knew,", D, FM, P, "she", "said", "press conference"),
    ("that was a matter for the procurator fiscal", I, FM, P, "the inspector", "said", "press conference"),
    ("it accepted the findings in full", I, DMT, O, "Dunmore Metro, which operates the network", "said", None),
    ("We are deeply sorry to everyone who was hurt. We have already changed our procedures so that no safety system "
     "can be disabled without sign-off from two senior engineers,", D, DMT, O, "a spokesman for the operator",
     "said", None),
    ("the report confirmed what they had suspected for months", I, None, A, "Survivors", "said", None),
    ("We felt it go faster and faster on the hill. People were laughing nervously, and then nobody was laughing.", D,
     MW, P, "Magdalena Wiśniewska", "said", None),
    ("she had not heard from Dunmore Metro until a letter arrived in November", I, MW, P, "The care worker", "added",
     None),
    ("the driver had shouted a warning to passengers seconds before the derailment", I, HQ, P, "Hamza Qureshi",
     "said", None),
    ("He yelled “hold on” and pulled the brake with both hands. He probably saved my life,", D, HQ, P, "he", "said",
     None),
    ("cleared of any blame", D, TU, O, "His union, the Tram and Light Rail Workers’ Association", "said", None),
    ("The final report is expected next summer", I, TB, O, "the board", "according to", None),
], people=[
    (FM, ["Chief inspector Fiona MacLeod", "the inspector"]),
    (MW, ["The care worker"]),
    (HQ, []),
], orgs=[
    (TB, ["TAIB", "the board"]),
    (DMT, ["the operator"]),
    (TU, ["His union"]),
    ("Dunmore Evening Star", []),
])


# ---------------------------------------------------------------- news 4: parliamentary vote with rebels
NO, OA, EC, RB = "Niamh O'Sullivan", "Oluwaseun Adeyemi", "Ewan Cruickshank", "Rukhsana Baig"
art("ws-housing-bill-rebellion", "Westgate Standard", "2026-11-19T23:30:00+00:00", """
Housing bill rebel says 'this is not over' after government scrapes through

The government survived a knife-edge vote on its housing bill on Wednesday night after 23 of its own MPs voted against it, the largest rebellion since the election.

The Homes and Tenancies Bill passed its second reading by 312 votes to 303. Rebels said they would try again to amend it at committee stage.

Niamh O'Sullivan, the backbencher who led the rebellion, told MPs during the debate that the bill 'hands landlords a blank cheque'. She warned it would push thousands of families into temporary accommodation.

Speaking to reporters afterwards, she said:

'I didn't come into politics to vote for something I know is wrong. My constituents didn't send me here to be a rubber stamp.

'This is not over. We have the numbers to change this bill at committee stage, and the whips know it.'

Chief whip Oluwaseun Adeyemi insisted the result was a clear win for the government and said the rebels had been given every opportunity to raise their concerns privately.

Asked whether the rebels would lose the whip, he replied: 'That's a matter for the Prime Minister. But people will remember who stood with the government tonight.'

One rebel, who asked not to be named, claimed whips had threatened to block funding for a new school in her constituency.

A Progressive Alliance spokesman denied the claim, saying that 'no such conversation took place'.

Housing Minister Ewan Cruickshank, closing the debate, said the bill would deliver 'the biggest expansion of social housing in a generation'.

'We can argue about the details in committee,' he told the Commons, 'but the direction is right, and I think most people in this House know it.'

The opposition's housing spokeswoman, Rukhsana Baig, said the government had 'lost control of its own benches'. She argued the size of the rebellion showed the bill could not survive in its current form.

According to the Parliamentary Research Service, it was the largest rebellion against a government at second reading in more than a decade.

The housing charity Shelterline, which runs the 'Homes First' campaign, said the vote showed the strength of feeling among MPs. Members of the so-called 'awkward squad' are expected to meet next week.
""", [
    ("this is not over", D, NO, P, "Housing bill rebel", "says", None),
    ("they would try again to amend it at committee stage", I, None, A, "Rebels", "said", None),
    ("hands landlords a blank cheque", D, NO, P, "Niamh O'Sullivan", "told", None),
    ("it would push thousands of families into temporary accommodation", I, NO, P, "She", "warned", None),
    ("I didn't come into politics to vote for something I know is wrong. My constituents didn't send me here to be a "
     "rubber stamp.\n\n'This is not over. We have the numbers to change this bill at committee stage, and the whips "
     "know it.", D, NO, P, "she", "said", None),
    ("the result was a clear win for the government", I, OA, P, "Chief whip Oluwaseun Adeyemi", "insisted", None),
    ("the rebels had been given every opportunity to raise their concerns privately", I, OA, P,
     "Chief whip Oluwaseun Adeyemi", "said", None),
    ("That's a matter for the Prime Minister. But people will remember who stood with the government tonight.", D,
     OA, P, "he", "replied", None),
    ("whips had threatened to block funding for a new school in her constituency", I, None, A, "One rebel", "claimed",
     None),
    ("no such conversation took place", D, "Progressive Alliance", O, "A Progressive Alliance spokesman", "saying",
     None),
    ("the biggest expansion of social housing in a generation", D, EC, P, "Housing Minister Ewan Cruickshank", "said",
     None),
    ("We can argue about the details in committee,", D, EC, P, "he", "told", None),
    ("but the direction is right, and I think most people in this House know it.", D, EC, P, "he", "told", None),
    ("lost control of its own benches", D, RB, P, "The opposition's housing spokeswoman, Rukhsana Baig", "said",
     None),
    ("the size of the rebellion showed the bill could not survive in its current form", I, RB, P, "She", "argued",
     None),
    ("it was the largest rebellion against a government at second reading in more than a decade", I,
     "Parliamentary Research Service", O, "the Parliamentary Research Service", "According to", None),
    ("the vote showed the strength of feeling among MPs", I, "Shelterline", O, "The housing charity Shelterline",
     "said", None),
], people=[
    (NO, ["Housing bill rebel", "the backbencher who led the rebellion"]),
    (OA, ["Chief whip Oluwaseun Adeyemi"]),
    (EC, ["Housing Minister Ewan Cruickshank"]),
    (RB, ["The opposition's housing spokeswoman, Rukhsana Baig"]),
], orgs=[
    ("Progressive Alliance", []),
    ("Parliamentary Research Service", []),
    ("Shelterline", []),
    ("Westgate Standard", []),
])


# ---------------------------------------------------------------- news 5: sprinter's doping ban
LB, YM, IH, RF = "Larissa Bittencourt", "Yousef Al-Masri", "Ingrid Halvorsen", "Rafael Monteiro"
PF = "Pan-Atlantic Athletics Federation"
art("sw-bittencourt-ban", "Sportswire Global", "2026-11-23T11:05:00-03:00", """
Sprinter Larissa Bittencourt banned for four years, vows to appeal

Brazilian sprinter Larissa Bittencourt has been banned from competition for four years after testing positive for a prohibited steroid, the Pan-Atlantic Athletics Federation said on Monday.

The 27-year-old, who won 200m silver at last year's world championships, tested positive for trenbolone in an out-of-competition sample taken in Curitiba in June, according to the federation's decision.

“The athlete has not established how the substance entered her system, and the panel was therefore unable to reduce the sanction,” the federation said in a statement.

Bittencourt, who has always denied knowingly taking banned substances, said she was “devastated” and insisted she would clear her name.

In a video posted to Instagram, the sprinter said through tears:

“I have been tested more than forty times in my career. Forty times, and never one problem. I don't know how this got into my body, but I know I didn't put it there.

“To the girls who look up to me in Brazil: I am not a cheat. I will fight this until the last day.”

Her lawyer, Yousef Al-Masri, said the team would take the case to the International Sports Tribunal and argued that the sample had been contaminated by a supplement.

“We have a supplement batch that was tested by an independent lab, and it contains the same substance. The federation chose not to look at it,” Al-Masri told Folha do Atleta.

The federation rejected that account. Its head of integrity, Ingrid Halvorsen, said the supplement evidence had been carefully considered and rejected by the panel.

“Every athlete says it was a supplement,” Halvorsen said. “Some of them are telling the truth. The evidence in this case did not support that.”

Bittencourt's coach, Rafael Monteiro, told reporters in São Paulo he had “never seen her take so much as a painkiller without checking it.”

Her teammate Jéssica Amorim was more cautious, saying she would wait for the appeal before commenting.

The ban, which is backdated to July, rules the woman nicknamed “the Curitiba Comet” out of the next two world championships.

A former anti-doping official, who asked not to be named, said contamination defences succeeded in “maybe one case in twenty.”
""", [
    ("Brazilian sprinter Larissa Bittencourt has been banned from competition for four years after testing positive "
     "for a prohibited steroid", I, PF, O, "the Pan-Atlantic Athletics Federation", "said", None),
    ("The 27-year-old, who won 200m silver at last year's world championships, tested positive for trenbolone in an "
     "out-of-competition sample taken in Curitiba in June", I, PF, O, "the federation's decision", "according to",
     None),
    ("The athlete has not established how the substance entered her system, and the panel was therefore unable to "
     "reduce the sanction,", D, PF, O, "the federation", "said", "statement"),
    ("devastated", D, LB, P, "Bittencourt", "said", None),
    ("she would clear her name", I, LB, P, "Bittencourt", "insisted", None),
    ("I have been tested more than forty times in my career. Forty times, and never one problem. I don't know how "
     "this got into my body, but I know I didn't put it there.\n\n“To the girls who look up to me in Brazil: I am "
     "not a cheat. I will fight this until the last day.", D, LB, P, "the sprinter", "said", "Instagram video"),
    ("the team would take the case to the International Sports Tribunal", I, YM, P, "Her lawyer, Yousef Al-Masri",
     "said", None),
    ("the sample had been contaminated by a supplement", I, YM, P, "Her lawyer, Yousef Al-Masri", "argued", None),
    ("We have a supplement batch that was tested by an independent lab, and it contains the same substance. The "
     "federation chose not to look at it,", D, YM, P, "Al-Masri", "told", None),
    ("the supplement evidence had been carefully considered and rejected by the panel", I, IH, P,
     "Its head of integrity, Ingrid Halvorsen", "said", None),
    ("Every athlete says it was a supplement,", D, IH, P, "Halvorsen", "said", None),
    ("Some of them are telling the truth. The evidence in this case did not support that.", D, IH, P, "Halvorsen",
     "said", None),
    ("never seen her take so much as a painkiller without checking it.", D, RF, P,
     "Bittencourt's coach, Rafael Monteiro", "told", None),
    ("she would wait for the appeal before commenting", I, "Jéssica Amorim", P, "Her teammate Jéssica Amorim",
     "saying", None),
    ("maybe one case in twenty.", D, None, A, "A former anti-doping official", "said", None),
], people=[
    (LB, ["Bittencourt", "Brazilian sprinter Larissa Bittencourt", "The 27-year-old", "the sprinter"]),
    (YM, ["Al-Masri", "Her lawyer, Yousef Al-Masri"]),
    (IH, ["Halvorsen", "Its head of integrity, Ingrid Halvorsen"]),
    (RF, ["Bittencourt's coach, Rafael Monteiro"]),
    ("Jéssica Amorim", ["Her teammate Jéssica Amorim"]),
], orgs=[
    (PF, ["the federation", "The federation"]),
    ("International Sports Tribunal", []),
    ("Folha do Atleta", []),
    ("Sportswire Global", []),
])


if __name__ == "__main__":
    gold.main()
