"""Build eleventh.gold.jsonl: an eleventh invented evaluation set, written blind.

Eight articles written by us on 2026-11-25 (invented people, outlets, places and events; no real
article text): four celebrity pieces (a US tabloid "exclusive" about an actress's separation, with
sources who "tell" the outlet in the present tense, a shopper, and her named rep's statement; a
film-festival red-carpet roundup with several stars quoted once or twice under descriptors such as
"the Oscar nominee", a song title in quotation marks and the festival's statement; a TV cook's
cookbook interview with long answers, "she laughs", "she says of ...", her husband and her editor;
a singer's Instagram apology after a cancelled concert, quoted as a block, with fans' reactions and
the promoter's statement) and four news pieces (a city transit strike with the union leader, the
transit authority's statement and commuters; a health-policy announcement with the minister, a
doctors' association and a patient; a local election recount with both candidates and "according
to" the county elections office; a company earnings call with the chief executive and finance chief,
an analyst's question and "the company said in a filing"). Written without reading the engine, its
tests, the benchmarks or the other sets' articles (one builder read for its mechanics only), and
without running the engine on them.
Same format and conventions as the other sets (see README.md). Quotes are given as (substring,
kind, speaker, speaker_kind, mention, cue, channel[, occurrence]); offsets are computed and every
span, mention, alias and evidence string is checked by builder.py.
Run: python tests/data/eval/build_eleventh.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from builder import A, D, I, O, P, GoldSet  # noqa: E402

gold = GoldSet(Path(__file__).with_name("eleventh.gold.jsonl"))
art = gold.art


# ---------------------------------------------------------------- celebrity 1: tabloid exclusive, present-tense sources, rep
KV, RS, DW = "Kendra Vallo", "Rennick Shaw", "Dana Whitcombe"
art("sw-vallo-shaw-exclusive", "StarWire Weekly", "2026-11-24T08:40:00-05:00", """
EXCLUSIVE: Kendra Vallo Left Reeling As Husband Quietly Moves Out Of Beach House

Kendra Vallo is reeling, and the people closest to her say she never saw it coming.

The 38-year-old Daybreak Falls actress has been left heartbroken after her husband of six years, music producer Rennick Shaw, packed up and moved out of their Point Alder beach house last week, a source tells StarWire Weekly exclusively.

“She found out when the moving truck pulled into the driveway. That’s how bad the communication had gotten,” the insider says. “Kendra thought they were in a rough patch, not at the end of the road.”

The couple had been sleeping in separate wings of the house since the spring, according to the source.

Related: Kendra Vallo Shares Rare Photo Of Her Daughters On A Beach Day

Shaw, 44, has been spending most of his nights at his recording studio across town, where friends say he has “basically been living out of a sleeping bag.”

But not everyone is painting him as the bad guy. “Ren is not the villain here,” a second source, who is close to the producer, tells StarWire. “He tried for a long time. He just ran out of road, and he didn’t want the big fight to happen in front of the girls.”

That insider insists there is nobody else involved and says the split has been “a long time coming.”

Kendra’s rep, Dana Whitcombe, gave StarWire Weekly a short statement on Tuesday:

“Kendra and Rennick are private people and ask for kindness while they navigate a difficult time as a family. There will be no further comment.”

Whitcombe would not confirm whether either side has hired a divorce lawyer.

The actress, who shot to fame on the teen drama at 17, is keeping busy. She was spotted on Sunday at a farmers market in Point Alder with her mother, Gloria Vallo, and the couple’s two daughters, looking tired but upbeat in a gray hoodie.

One shopper who saw the group tells us Kendra was “sweet as anything” and even stopped for a selfie.

“She was laughing with her girls and picking out pumpkins. You would never know anything was wrong,” the fan says.

Still, the first source says the actress is “taking it one day at a time.”

“Gloria has basically moved in. She’s cooking, she’s doing school runs, she’s making sure Kendra actually eats,” the insider adds. “Kendra is so much stronger than people give her credit for. She’s going to be fine.”

Representatives for Shaw did not respond to StarWire’s request for comment.

The pair married in 2020 in a small ceremony at a vineyard in Santa Lenora, with only thirty guests. At the time, Kendra told a morning show she had finally found “the calm one.”

[Photo credit: Backgrid Coast / StarWire Weekly]
""", [
    ("she never saw it coming", I, None, A, "the people closest to her", "say", None),
    ("The 38-year-old Daybreak Falls actress has been left heartbroken after her husband of six years, music "
     "producer Rennick Shaw, packed up and moved out of their Point Alder beach house last week", I, None, A,
     "a source", "tells", None),
    ("She found out when the moving truck pulled into the driveway. That’s how bad the communication had gotten,",
     D, None, A, "the insider", "says", None),
    ("Kendra thought they were in a rough patch, not at the end of the road.", D, None, A, "the insider", "says", None),
    ("The couple had been sleeping in separate wings of the house since the spring", I, None, A, "the source",
     "according to", None),
    ("basically been living out of a sleeping bag.", D, None, A, "friends", "say", None),
    ("Ren is not the villain here,", D, None, A, "a second source, who is close to the producer", "tells", None),
    ("He tried for a long time. He just ran out of road, and he didn’t want the big fight to happen in front of the "
     "girls.", D, None, A, "a second source, who is close to the producer", "tells", None),
    ("there is nobody else involved", I, None, A, "That insider", "insists", None),
    ("a long time coming.", D, None, A, "That insider", "says", None),
    ("Kendra and Rennick are private people and ask for kindness while they navigate a difficult time as a family. "
     "There will be no further comment.", D, DW, P, "Kendra’s rep, Dana Whitcombe", "gave", "statement"),
    ("sweet as anything", D, None, A, "One shopper who saw the group", "tells", None),
    ("She was laughing with her girls and picking out pumpkins. You would never know anything was wrong,", D, None,
     A, "the fan", "says", None),
    ("taking it one day at a time.", D, None, A, "the first source", "says", None),
    ("Gloria has basically moved in. She’s cooking, she’s doing school runs, she’s making sure Kendra actually eats,",
     D, None, A, "the insider", "adds", None),
    ("Kendra is so much stronger than people give her credit for. She’s going to be fine.", D, None, A,
     "the insider", "adds", None),
    ("the calm one.", D, KV, P, "Kendra", "told", "morning show"),
], people=[
    (KV, ["Kendra", "The 38-year-old Daybreak Falls actress", "The actress"]),
    (RS, ["Shaw", "Ren", "Rennick", "music producer Rennick Shaw", "the producer"]),
    (DW, ["Whitcombe", "Kendra’s rep, Dana Whitcombe"]),
    ("Gloria Vallo", ["Gloria", "her mother, Gloria Vallo"]),
], orgs=[("StarWire Weekly", ["StarWire"])], relations=[
    (KV, "spouse", RS, "her husband of six years, music producer Rennick Shaw"),
    ("Gloria Vallo", "parent_of", KV, "her mother, Gloria Vallo"),
], boilerplate=[
    ("related_link", "Related: Kendra Vallo Shares Rare Photo Of Her Daughters On A Beach Day"),
    ("image_credit", "[Photo credit: Backgrid Coast / StarWire Weekly]"),
])


# ---------------------------------------------------------------- celebrity 2: film-festival red carpet roundup
IR, TV, NO, DF = "Imelda Roarke", "Tomasz Verhaegen", "Nia Okafor-Bell", "Desmond Farrow"
art("rt-lisbourne-red-carpet", "ReelTalk Daily", "2026-11-22T23:15:00+00:00", """
Lisbourne Film Festival Opens With Rain, Applause And A Very Late Director

The 31st Lisbourne International Film Festival opened on Saturday night under umbrellas, with the cast of the opening-night film, The Salt Year, braving a downpour on the harbourside carpet.

The Oscar nominee Imelda Roarke, who plays a widowed lighthouse keeper in the film, arrived first and stopped for nearly every camera.

“I’ve never worked harder on anything, and I’ve never been more frightened to show it to people,” Roarke told ReelTalk. “Rain is good luck, isn’t it? Somebody tell me rain is good luck.”

Asked about the shoot on a remote island off the north coast, the 52-year-old said the crew had lived “like a very damp family” for eleven weeks.

Director Tomasz Verhaegen was not so punctual. He turned up forty minutes after his stars, blaming a ferry that had been cancelled because of the weather.

“I made a film about the sea and the sea decided to make a point,” he joked, shaking water from his coat. “It has the final cut on everything.”

Verhaegen, whose previous film won the jury prize here four years ago, said he had rewritten the ending twice during the edit and was still not sure it was right.

Newcomer Nia Okafor-Bell, who plays Roarke’s daughter, was visibly emotional. The 24-year-old was working in a call centre when she was cast from an open audition.

“Eighteen months ago I was reading scripts on my lunch break,” she said. “Tonight my mum is sitting in that cinema. I can’t really talk about it without going.”

She added that Roarke had sent her a handwritten note on the first day of filming, and that she keeps it in her phone case.

The film’s closing song, “Harbour Lights,” was written by Okafor-Bell’s co-star Desmond Farrow, who also plays the island’s harbourmaster. The two-time Bafta winner was in a playful mood.

“I’ve been trying to get a song into a film for thirty years. It turns out you just have to be in the film,” Farrow said. “Nobody could say no to me, I was standing right there.”

He was more serious about the festival itself, calling Lisbourne “the last festival that still feels like a town rather than a trade show.”

Not every guest stopped to talk. Singer Pia Strand, who is in town for the premiere of her concert documentary, waved from beneath a golf umbrella and shouted only: “Too wet! Sorry! Love you!”

In a statement issued before the screening, the festival said this year’s programme featured 148 films from 61 countries, and that ticket sales were its highest in a decade.

The Salt Year opens in cinemas in March. The festival runs until 1 December.
""", [
    ("I’ve never worked harder on anything, and I’ve never been more frightened to show it to people,", D, IR, P,
     "Roarke", "told", "ReelTalk"),
    ("Rain is good luck, isn’t it? Somebody tell me rain is good luck.", D, IR, P, "Roarke", "told", "ReelTalk"),
    ("like a very damp family", D, IR, P, "the 52-year-old", "said", None),
    ("I made a film about the sea and the sea decided to make a point,", D, TV, P, "he", "joked", None),
    ("It has the final cut on everything.", D, TV, P, "he", "joked", None),
    ("he had rewritten the ending twice during the edit and was still not sure it was right", I, TV, P,
     "Verhaegen", "said", None),
    ("Eighteen months ago I was reading scripts on my lunch break,", D, NO, P, "she", "said", None),
    ("Tonight my mum is sitting in that cinema. I can’t really talk about it without going.", D, NO, P, "she",
     "said", None),
    ("Roarke had sent her a handwritten note on the first day of filming, and that she keeps it in her phone case",
     I, NO, P, "She", "added", None),
    ("I’ve been trying to get a song into a film for thirty years. It turns out you just have to be in the film,", D,
     DF, P, "Farrow", "said", None),
    ("Nobody could say no to me, I was standing right there.", D, DF, P, "Farrow", "said", None),
    ("the last festival that still feels like a town rather than a trade show.", D, DF, P, "He", "calling", None),
    ("Too wet! Sorry! Love you!", D, "Pia Strand", P, "Singer Pia Strand", "shouted", None),
    ("this year’s programme featured 148 films from 61 countries, and that ticket sales were its highest in a "
     "decade", I, "Lisbourne International Film Festival", O, "the festival", "said", "statement"),
], people=[
    (IR, ["Roarke", "The Oscar nominee Imelda Roarke", "the 52-year-old"]),
    (TV, ["Verhaegen", "Director Tomasz Verhaegen"]),
    (NO, ["Okafor-Bell", "Newcomer Nia Okafor-Bell", "The 24-year-old"]),
    (DF, ["Farrow", "The two-time Bafta winner", "co-star Desmond Farrow"]),
    ("Pia Strand", ["Singer Pia Strand"]),
], orgs=[("Lisbourne International Film Festival", ["the festival"]), ("ReelTalk Daily", ["ReelTalk"])])


# ---------------------------------------------------------------- celebrity 3: TV cook's cookbook interview
HL, OP, LV = "Hattie Lorne", "Owen Pryce", "Lena Voss"
art("kt-hattie-lorne-cookbook", "Kitchen & Table", "2026-11-20T09:00:00-05:00", """
Hattie Lorne Wants You To Stop Apologizing For Your Casseroles

Hattie Lorne does not own a stand mixer. She would like that on the record.

“People assume I’ve got this gleaming kitchen with copper pans hanging everywhere, and honestly, I cook on a stove from 1994 with one burner that only does high,” the host of Sunday Supper With Hattie says, pouring coffee into two mismatched mugs at her farmhouse outside Carrow Falls. “Everything in this book was tested on that stove. If it works there, it works anywhere.”

The book is Second Helpings, her fourth, and it is built almost entirely around leftovers. Lorne, 49, calls it “a love letter to the back of the fridge.”

Why leftovers, after three books of showstoppers?

“Because that’s how people really eat on a Wednesday,” she says. “Nobody is making a soufflé on a Wednesday. You’re standing there at seven o’clock with half a roast chicken and some sad carrots, and you need somebody to tell you that’s actually the start of something good. That’s what I wanted to be. I wanted to be the voice in your ear going, ‘You’ve got this, babe, grab the carrots.’”

She laughs. “My editor hated the title at first. She thought it sounded like a diet book.”

Her editor, Lena Voss, confirms this. “I did hate it,” Voss says. “Then I cooked the chicken-and-carrot hand pies and I stopped arguing.”

Many of the recipes come from Lorne’s late grandmother, Ada Lorne, who ran a diner in Carrow Falls for thirty-one years. Hattie says of her: “She never threw anything away, not a crust, not a bone, not a drop of gravy. She used to say a good cook is just a thrifty person who got lucky.”

The television show, now in its sixth season, nearly did not happen. Lorne says she turned down the network twice because she was afraid of being “the folksy lady with the apron.”

Her husband, Owen Pryce, a carpenter who built the set’s kitchen island by hand, remembers the moment she changed her mind.

“She came in from the garden covered in mud and said, ‘If I do it, I’m doing it in my own kitchen, in my own clothes,’” he says. “And that’s exactly what she did. They sent a stylist once. The stylist left with a pie and never came back.”

The new book also includes a chapter on cooking for one, which Lorne wrote after Pryce spent four months working on a job out of state.

“I found out I didn’t really know how to feed just myself,” she admits. “I’d make a pot of stew for six and eat it for a week and hate my life by Friday. So I learned. Small batches aren’t sad. They’re a kindness.”

Second Helpings is out on Tuesday from Bramblewood Press. Sunday Supper With Hattie returns in January.
""", [
    ("People assume I’ve got this gleaming kitchen with copper pans hanging everywhere, and honestly, I cook on a "
     "stove from 1994 with one burner that only does high,", D, HL, P, "the host of Sunday Supper With Hattie",
     "says", None),
    ("Everything in this book was tested on that stove. If it works there, it works anywhere.", D, HL, P,
     "the host of Sunday Supper With Hattie", "says", None),
    ("a love letter to the back of the fridge.", D, HL, P, "Lorne", "calls", None),
    ("Because that’s how people really eat on a Wednesday,", D, HL, P, "she", "says", None),
    ("Nobody is making a soufflé on a Wednesday. You’re standing there at seven o’clock with half a roast chicken "
     "and some sad carrots, and you need somebody to tell you that’s actually the start of something good. That’s "
     "what I wanted to be. I wanted to be the voice in your ear going, ‘You’ve got this, babe, grab the carrots.’",
     D, HL, P, "she", "says", None),
    ("My editor hated the title at first. She thought it sounded like a diet book.", D, HL, P, "She", "laughs",
     None),
    ("I did hate it,", D, LV, P, "Voss", "says", None),
    ("Then I cooked the chicken-and-carrot hand pies and I stopped arguing.", D, LV, P, "Voss", "says", None),
    ("She never threw anything away, not a crust, not a bone, not a drop of gravy. She used to say a good cook is "
     "just a thrifty person who got lucky.", D, HL, P, "Hattie", "says", None),
    ("the folksy lady with the apron.", D, HL, P, "Lorne", "says", None),
    ("She came in from the garden covered in mud and said, ‘If I do it, I’m doing it in my own kitchen, in my own "
     "clothes,’", D, OP, P, "he", "says", None),
    ("And that’s exactly what she did. They sent a stylist once. The stylist left with a pie and never came back.",
     D, OP, P, "he", "says", None),
    ("I found out I didn’t really know how to feed just myself,", D, HL, P, "she", "admits", None),
    ("I’d make a pot of stew for six and eat it for a week and hate my life by Friday. So I learned. Small batches "
     "aren’t sad. They’re a kindness.", D, HL, P, "she", "admits", None),
], people=[
    (HL, ["Hattie", "Lorne", "the host of Sunday Supper With Hattie"]),
    (LV, ["Voss", "Her editor, Lena Voss"]),
    (OP, ["Pryce", "Her husband, Owen Pryce"]),
    ("Ada Lorne", ["Lorne’s late grandmother, Ada Lorne"]),
], orgs=[("Bramblewood Press", [])], relations=[
    (HL, "spouse", OP, "Her husband, Owen Pryce"),
])


# ---------------------------------------------------------------- celebrity 4: singer's Instagram apology after a cancellation
JW, IG = "Juniper Wilde", "Instagram post"
art("nt-juniper-wilde-cancels", "Noisetrail", "2026-11-23T16:20:00-05:00", """
Juniper Wilde Apologizes After Pulling Out Of Sold-Out Hollin Bay Show An Hour Before Doors

Juniper Wilde has apologized to fans after cancelling her sold-out concert at the Hollin Bay Arena on Saturday night, roughly an hour before doors were due to open.

The 27-year-old pop singer, whose real name is Avery Kessling, broke her silence on Sunday afternoon with a lengthy Instagram post, writing that she had been “running on empty for months” and had finally hit a wall.

“To everyone who was in Hollin Bay last night, or on a train to Hollin Bay, or in a car with your best friend and a bag of glitter: I am so, so sorry.

“I tried. I was in the building, I was in the chair, I was in the outfit. And then I couldn’t breathe, and my team made the call that I should have made myself a week ago. I am taking a few days to rest properly and I will be back, I promise. You deserve the version of me who can actually give you the show.”

The post ended with a simple line: “Refunds are coming. Love is coming too.”

Many of the 14,000 ticket holders found out about the cancellation from a message on the arena’s screens, and some were already inside the venue. Fans who had travelled from out of town were furious on Saturday night.

Keisha Obi, 19, said she and her sister had driven six hours to see the show. “We spent the whole summer saving for these tickets,” she told Noisetrail outside the arena. “I’m not angry at her. I’m angry that nobody told us anything until we were standing in the rain.”

Others were more forgiving after reading the apology. One fan replied under the post: “Take all the time you need. We’ll be there when you’re ready.”

Another commenter wrote that the singer “owes nobody her health,” a sentiment echoed by hundreds of replies.

The concert’s promoter, Bluecurrent Live, said in a statement that the decision had been made “on medical advice” and that full refunds would be issued automatically within ten working days.

“We understand how disappointing this is, especially for fans who travelled long distances,” the statement said. “We are working with Juniper’s team to reschedule the show and will share a new date as soon as we can.”

A spokesperson for the arena said staff had been told of the cancellation at 5.50pm. The screen message went up “as quickly as was safely possible,” she said.

Wilde, who released her second album, Paper Moons, in September, is due to play three more dates on the tour before Christmas. Bluecurrent Live did not say whether those shows would go ahead.

Her mother, Carla Kessling, wrote in her own post that her daughter had been “pushing through for everyone else for far too long.”

[Image via Juniper Wilde/Instagram]
""", [
    ("running on empty for months", D, JW, P, "The 27-year-old pop singer", "writing", IG),
    ("To everyone who was in Hollin Bay last night, or on a train to Hollin Bay, or in a car with your best friend "
     "and a bag of glitter: I am so, so sorry.\n\n“I tried. I was in the building, I was in the chair, I was in the "
     "outfit. And then I couldn’t breathe, and my team made the call that I should have made myself a week ago. I "
     "am taking a few days to rest properly and I will be back, I promise. You deserve the version of me who can "
     "actually give you the show.", D, JW, P, "The 27-year-old pop singer", "writing", IG),
    ("Refunds are coming. Love is coming too.", D, JW, P, "The post", "ended", IG),
    ("she and her sister had driven six hours to see the show", I, "Keisha Obi", P, "Keisha Obi", "said", None),
    ("We spent the whole summer saving for these tickets,", D, "Keisha Obi", P, "she", "told", None),
    ("I’m not angry at her. I’m angry that nobody told us anything until we were standing in the rain.", D,
     "Keisha Obi", P, "she", "told", None),
    ("Take all the time you need. We’ll be there when you’re ready.", D, None, A, "One fan", "replied",
     "Instagram comment"),
    ("owes nobody her health,", D, None, A, "Another commenter", "wrote", "Instagram comment"),
    ("on medical advice", D, "Bluecurrent Live", O, "Bluecurrent Live", "said", "statement"),
    ("full refunds would be issued automatically within ten working days", I, "Bluecurrent Live", O,
     "Bluecurrent Live", "said", "statement"),
    ("We understand how disappointing this is, especially for fans who travelled long distances,", D,
     "Bluecurrent Live", O, "the statement", "said", "statement"),
    ("We are working with Juniper’s team to reschedule the show and will share a new date as soon as we can.", D,
     "Bluecurrent Live", O, "the statement", "said", "statement"),
    ("staff had been told of the cancellation at 5.50pm", I, "Hollin Bay Arena", O, "A spokesperson for the arena",
     "said", None),
    ("as quickly as was safely possible,", D, "Hollin Bay Arena", O, "she", "said", None),
    ("pushing through for everyone else for far too long.", D, "Carla Kessling", P, "Her mother, Carla Kessling",
     "wrote", IG),
], people=[
    (JW, ["Wilde", "Avery Kessling", "The 27-year-old pop singer", "Juniper"]),
    ("Keisha Obi", []),
    ("Carla Kessling", ["Her mother, Carla Kessling"]),
], orgs=[("Bluecurrent Live", []), ("Hollin Bay Arena", ["the arena"]), ("Noisetrail", [])], relations=[
    ("Carla Kessling", "parent_of", JW, "Her mother, Carla Kessling"),
], boilerplate=[
    ("image_credit", "[Image via Juniper Wilde/Instagram]"),
])


# ---------------------------------------------------------------- news 1: city transit strike (straight quotes)
DO, PCTA = "Denise Okoro", "Port Calder Transit Authority"
art("pcl-transit-strike", "Port Calder Ledger", "2026-11-24T07:10:00-06:00", """
Buses and trams halted as Port Calder transit workers walk out

PORT CALDER - Buses and trams across Port Calder stood idle on Monday morning as about 3,200 transit workers began an open-ended strike over pay and shift patterns, leaving tens of thousands of commuters to find another way to work.

The walkout, the first on the city's network since 2009, began at 4 a.m. after talks between the Amalgamated Transit Workers Local 412 and the Port Calder Transit Authority broke down late on Sunday night.

"Nobody in that room wanted this, least of all our members," Denise Okoro, president of Local 412, told reporters on a picket line outside the Eastgate depot. "But we have drivers sleeping in their cars between split shifts. We have mechanics who haven't had a real raise in four years. At some point you have to say enough."

Okoro said the union had offered to accept a smaller raise in exchange for an end to split shifts, and that the authority had "walked away from the table" before midnight.

The authority disputed that account. In a statement released shortly after 5 a.m., it said it had made "a fair and final offer" of a 9% raise over three years and that it remained "ready to meet at any hour."

"The authority regrets the disruption this strike will cause to the people of Port Calder, many of whom have no other way to get to work, school or medical appointments," the statement said.

Chief executive Martin Sollis later told the Ledger the authority could not afford the union's demands without raising fares or cutting routes. "I'm not going to pretend there's money that isn't there," he said. "Every dollar we give on wages comes from somewhere, and usually it comes from the riders."

The union's members voted 88% in favor of strike action last month, according to figures published by the union.

At the Riverside Road bus shelter, where the electronic board simply read "No service," commuters were taking it in turns to check ride-hailing apps.

"I've been standing here forty minutes and the cheapest ride is thirty-one dollars," said Hector Ruiz, a hospital porter on his way to an early shift. "I get why they're striking. I really do. But who's paying for my ride?"

Lydia Chen, a college student, said she would walk the three miles to campus. "It's fine, it's not raining," she said. "Ask me again on Thursday."

A woman waiting with two young children, who declined to give her name, said she had already been told by her employer that she would lose a day's pay if she did not arrive.

Mayor Rosalind Agbaje urged both sides to return to talks. "Every hour this goes on, working people pay for it," she said at City Hall. She said the city would open extra park-and-ride lots and keep school crossing guards on duty for longer.

No new talks had been scheduled as of Monday afternoon. Okoro said the picket lines would stay up "for as long as it takes."
""", [
    ("Nobody in that room wanted this, least of all our members,", D, DO, P,
     "Denise Okoro, president of Local 412", "told", None),
    ("But we have drivers sleeping in their cars between split shifts. We have mechanics who haven't had a real "
     "raise in four years. At some point you have to say enough.", D, DO, P,
     "Denise Okoro, president of Local 412", "told", None),
    ("the union had offered to accept a smaller raise in exchange for an end to split shifts", I, DO, P, "Okoro",
     "said", None),
    ("walked away from the table", D, DO, P, "Okoro", "said", None),
    ("a fair and final offer", D, PCTA, O, "it", "said", "statement"),
    ("ready to meet at any hour.", D, PCTA, O, "it", "said", "statement"),
    ("The authority regrets the disruption this strike will cause to the people of Port Calder, many of whom have "
     "no other way to get to work, school or medical appointments,", D, PCTA, O, "the statement", "said",
     "statement"),
    ("the authority could not afford the union's demands without raising fares or cutting routes", I,
     "Martin Sollis", P, "Chief executive Martin Sollis", "told", None),
    ("I'm not going to pretend there's money that isn't there,", D, "Martin Sollis", P, "he", "said", None),
    ("Every dollar we give on wages comes from somewhere, and usually it comes from the riders.", D,
     "Martin Sollis", P, "he", "said", None),
    ("The union's members voted 88% in favor of strike action last month", I,
     "Amalgamated Transit Workers Local 412", O, "the union", "according to", None),
    ("I've been standing here forty minutes and the cheapest ride is thirty-one dollars,", D, "Hector Ruiz", P,
     "Hector Ruiz", "said", None),
    ("I get why they're striking. I really do. But who's paying for my ride?", D, "Hector Ruiz", P, "Hector Ruiz",
     "said", None),
    ("she would walk the three miles to campus", I, "Lydia Chen", P, "Lydia Chen", "said", None),
    ("It's fine, it's not raining,", D, "Lydia Chen", P, "she", "said", None),
    ("Ask me again on Thursday.", D, "Lydia Chen", P, "she", "said", None),
    ("she had already been told by her employer that she would lose a day's pay if she did not arrive", I, None, A,
     "A woman waiting with two young children, who declined to give her name", "said", None),
    ("Every hour this goes on, working people pay for it,", D, "Rosalind Agbaje", P, "she", "said", None),
    ("the city would open extra park-and-ride lots and keep school crossing guards on duty for longer", I,
     "Rosalind Agbaje", P, "She", "said", None),
    ("for as long as it takes.", D, DO, P, "Okoro", "said", None),
], people=[
    (DO, ["Okoro", "Denise Okoro, president of Local 412"]),
    ("Martin Sollis", ["Chief executive Martin Sollis"]),
    ("Hector Ruiz", []),
    ("Lydia Chen", []),
    ("Rosalind Agbaje", ["Mayor Rosalind Agbaje"]),
], orgs=[
    (PCTA, ["the authority", "The authority"]),
    ("Amalgamated Transit Workers Local 412", ["Local 412", "the union"]),
    ("Port Calder Ledger", ["the Ledger"]),
])


# ---------------------------------------------------------------- news 2: health policy (minister, doctors, patient)
RA, NMA, SH = "Ruth Adeyemi-Clarke", "Northmarch Medical Association", "Samir Haddad"
art("nh-gp-wait-plan", "Northmarch Herald", "2026-11-21T12:30:00+00:00", """
Health minister promises GP appointments within a week, but doctors say ‘show us the staff’

Patients in Northmarch will be guaranteed a family-doctor appointment within seven days by the end of 2028, the province’s health minister announced on Thursday, in a plan that doctors’ leaders immediately called unrealistic.

Ruth Adeyemi-Clarke said the government would spend 420 million on the scheme over four years, including money to train 600 new general practitioners and to let pharmacists prescribe for a wider range of minor illnesses.

“For too long, people in this province have been told to ring at eight in the morning and hope,” the minister said at a clinic in Dunsford. “That is not a system. That is a lottery. I want every family to know that if they need a doctor, they will see one within a week.”

She said the first 150 training places would open next September, and that practices in rural areas would be given priority.

The Northmarch Medical Association, which represents about 9,000 doctors, said it welcomed the extra money but warned that the timetable was “built on wishful thinking.”

“You cannot conjure a GP out of thin air. It takes ten years to train one,” Dr Samir Haddad, the association’s president, told the Herald. “We have practices that have been advertising for a partner for three years without a single applicant. Show us the staff, and then talk to us about guarantees.”

Dr Haddad said many family doctors were already seeing more than 40 patients a day. He added that the association would ask the ministry to publish its workforce figures in full.

In a statement, the association said it would “work constructively” with the government but would not support targets that “set doctors up to fail.”

The opposition health spokesman, Gareth Muldoon, said the plan was “a press release, not a policy,” and argued that the money was spread too thinly over too many years.

For patients like Eileen Forsyth, the argument feels very far away. The 67-year-old, who has a heart condition, said she waited 23 days for an appointment in October.

“By the time I got in, I’d already been to the emergency department twice,” she said. “The doctor was lovely, she really was. But she had about nine minutes for me and she kept apologising for it.”

Mrs Forsyth said she would believe the promise “when I see it.”

Asked whether the target could slip, Adeyemi-Clarke was firm. “I don’t set targets I don’t intend to meet,” she said. “Judge me in 2028.”

Under the plan, pharmacists would be able to treat seven common conditions, including ear infections and shingles, from April, according to a document published by the Ministry of Health.
""", [
    ("show us the staff", D, None, A, "doctors", "say", None),
    ("Patients in Northmarch will be guaranteed a family-doctor appointment within seven days by the end of 2028",
     I, RA, P, "the province’s health minister", "announced", None),
    ("the government would spend 420 million on the scheme over four years, including money to train 600 new "
     "general practitioners and to let pharmacists prescribe for a wider range of minor illnesses", I, RA, P,
     "Ruth Adeyemi-Clarke", "said", None),
    ("For too long, people in this province have been told to ring at eight in the morning and hope,", D, RA, P,
     "the minister", "said", None),
    ("That is not a system. That is a lottery. I want every family to know that if they need a doctor, they will "
     "see one within a week.", D, RA, P, "the minister", "said", None),
    ("the first 150 training places would open next September, and that practices in rural areas would be given "
     "priority", I, RA, P, "She", "said", None),
    ("it welcomed the extra money", I, NMA, O, "The Northmarch Medical Association", "said", None),
    ("built on wishful thinking.", D, NMA, O, "The Northmarch Medical Association", "warned", None),
    ("You cannot conjure a GP out of thin air. It takes ten years to train one,", D, SH, P,
     "Dr Samir Haddad, the association’s president", "told", None),
    ("We have practices that have been advertising for a partner for three years without a single applicant. Show "
     "us the staff, and then talk to us about guarantees.", D, SH, P, "Dr Samir Haddad, the association’s president",
     "told", None),
    ("many family doctors were already seeing more than 40 patients a day", I, SH, P, "Dr Haddad", "said", None),
    ("the association would ask the ministry to publish its workforce figures in full", I, SH, P, "He", "added",
     None),
    ("work constructively", D, NMA, O, "the association", "said", "statement"),
    ("set doctors up to fail.", D, NMA, O, "the association", "said", "statement"),
    ("a press release, not a policy,", D, "Gareth Muldoon", P, "The opposition health spokesman, Gareth Muldoon",
     "said", None),
    ("the money was spread too thinly over too many years", I, "Gareth Muldoon", P,
     "The opposition health spokesman, Gareth Muldoon", "argued", None),
    ("she waited 23 days for an appointment in October", I, "Eileen Forsyth", P, "The 67-year-old", "said", None),
    ("By the time I got in, I’d already been to the emergency department twice,", D, "Eileen Forsyth", P, "she",
     "said", None),
    ("The doctor was lovely, she really was. But she had about nine minutes for me and she kept apologising for "
     "it.", D, "Eileen Forsyth", P, "she", "said", None),
    ("when I see it.", D, "Eileen Forsyth", P, "Mrs Forsyth", "said", None),
    ("I don’t set targets I don’t intend to meet,", D, RA, P, "Adeyemi-Clarke", "said", None),
    ("Judge me in 2028.", D, RA, P, "she", "said", None),
    ("pharmacists would be able to treat seven common conditions, including ear infections and shingles, from "
     "April", I, "Ministry of Health", O, "a document published by the Ministry of Health", "according to",
     "document"),
], people=[
    (RA, ["Adeyemi-Clarke", "the province’s health minister", "the minister"]),
    (SH, ["Dr Haddad", "Haddad", "Dr Samir Haddad, the association’s president"]),
    ("Gareth Muldoon", ["The opposition health spokesman, Gareth Muldoon"]),
    ("Eileen Forsyth", ["Mrs Forsyth", "Forsyth", "The 67-year-old"]),
], orgs=[
    (NMA, ["the association"]),
    ("Ministry of Health", ["the ministry"]),
    ("Northmarch Herald", ["the Herald"]),
])


# ---------------------------------------------------------------- news 3: local election recount ("according to" the elections office)
GT, AS, WC = "Greg Tolliver", "Amanda Siu", "Wexley County Elections Office"
art("wc-ward4-recount", "Wexley Courier", "2026-11-19T18:45:00-05:00", """
Ward 4 recount narrows gap to three votes; Siu keeps council seat for now

A hand recount of the Ward 4 city council race has cut Amanda Siu’s lead over Greg Tolliver from eleven votes to three, but left her ahead, according to the Wexley County Elections Office.

The recount, requested by Tolliver’s campaign after the Nov. 4 election, finished late Tuesday at the county’s warehouse on Ferris Street. Siu finished with 2,184 votes to Tolliver’s 2,181, according to the office’s updated tally.

Eight ballots that had been set aside on election night because of stray marks were counted during the recount, and five of them went to Tolliver, elections director Paulette Greer said.

“Every one of those ballots was looked at by two people from each campaign and by our own staff,” Greer said. “Where the voter’s intent was clear, we counted it. Where it wasn’t, we didn’t. That’s the rule and it’s the same rule for everybody.”

Greer said the county board would certify the result on Friday unless a formal challenge was filed before then.

Siu, a first-term councilwoman and former middle-school principal, said she was relieved but not celebrating.

“Three votes. I keep saying it out loud,” she said outside the warehouse. “If you ever meet somebody who tells you their vote doesn’t count, send them to me.”

She said she planned to spend the next term focusing on the stalled redevelopment of the old rail yard, which was the main issue of the campaign.

Tolliver, a retired firefighter who has lived in the ward for forty years, did not concede. He told the Courier he had “real questions” about two ballots that were ruled invalid because the voters had marked both candidates and then crossed one out.

“I’m not going to stand here and say anybody cheated, because nobody cheated,” he said. “But when it’s three votes, you owe it to the people who voted for you to look at every single one.”

His campaign manager, Rick Delgado, said the campaign was “weighing its options” and would decide by Thursday whether to ask a judge to review the two ballots.

Under state law, a candidate can seek judicial review of a recount within five days of its completion, according to the elections office.

Some voters in the ward said they were simply tired of the race. Standing outside a laundromat on Alcott Avenue, retiree June Palmer said she had voted for Tolliver but hoped he would let it go.

“It was close, it was fair, it’s done,” she said. “Go fix the potholes.”

The recount cost the county about $14,000, Greer said, all of which is paid by the county because the original margin was under the state’s automatic-recount threshold.
""", [
    ("A hand recount of the Ward 4 city council race has cut Amanda Siu’s lead over Greg Tolliver from eleven votes "
     "to three, but left her ahead", I, WC, O, "the Wexley County Elections Office", "according to", None),
    ("Siu finished with 2,184 votes to Tolliver’s 2,181", I, WC, O, "the office’s updated tally", "according to",
     None),
    ("Eight ballots that had been set aside on election night because of stray marks were counted during the "
     "recount, and five of them went to Tolliver", I, "Paulette Greer", P, "elections director Paulette Greer",
     "said", None),
    ("Every one of those ballots was looked at by two people from each campaign and by our own staff,", D,
     "Paulette Greer", P, "Greer", "said", None),
    ("Where the voter’s intent was clear, we counted it. Where it wasn’t, we didn’t. That’s the rule and it’s the "
     "same rule for everybody.", D, "Paulette Greer", P, "Greer", "said", None),
    ("the county board would certify the result on Friday unless a formal challenge was filed before then", I,
     "Paulette Greer", P, "Greer", "said", None),
    ("she was relieved but not celebrating", I, AS, P, "Siu", "said", None),
    ("Three votes. I keep saying it out loud,", D, AS, P, "she", "said", None),
    ("If you ever meet somebody who tells you their vote doesn’t count, send them to me.", D, AS, P, "she", "said",
     None),
    ("she planned to spend the next term focusing on the stalled redevelopment of the old rail yard, which was the "
     "main issue of the campaign", I, AS, P, "She", "said", None),
    ("real questions", D, GT, P, "He", "told", None),
    ("I’m not going to stand here and say anybody cheated, because nobody cheated,", D, GT, P, "he", "said", None),
    ("But when it’s three votes, you owe it to the people who voted for you to look at every single one.", D, GT, P,
     "he", "said", None),
    ("weighing its options", D, "Rick Delgado", P, "His campaign manager, Rick Delgado", "said", None),
    ("a candidate can seek judicial review of a recount within five days of its completion", I, WC, O,
     "the elections office", "according to", None),
    ("she had voted for Tolliver but hoped he would let it go", I, "June Palmer", P, "retiree June Palmer", "said",
     None),
    ("It was close, it was fair, it’s done,", D, "June Palmer", P, "she", "said", None),
    ("Go fix the potholes.", D, "June Palmer", P, "she", "said", None),
    ("The recount cost the county about $14,000", I, "Paulette Greer", P, "Greer", "said", None),
], people=[
    (GT, ["Tolliver"]),
    (AS, ["Siu", "Amanda Siu’s"]),
    ("Paulette Greer", ["Greer", "elections director Paulette Greer"]),
    ("Rick Delgado", ["His campaign manager, Rick Delgado"]),
    ("June Palmer", ["retiree June Palmer"]),
], orgs=[(WC, ["the elections office", "the office"]), ("Wexley Courier", ["the Courier"])])


# ---------------------------------------------------------------- news 4: earnings call (CEO, CFO, analyst, filing)
LM, PE, CV = "Lydia Marsh", "Paul Ekwueme", "Corvane Systems"
art("mw-corvane-q3-call", "Marketwise", "2026-11-18T17:55:00-05:00", """
Corvane Systems shares slide as cloud growth slows and costs climb

Corvane Systems shares fell 9% in after-hours trading on Tuesday after the software company reported slower growth in its cloud business and warned that spending on new data centres would weigh on profit well into next year.

Revenue for the third quarter rose 14% to $2.31 billion, slightly ahead of analysts’ forecasts, but growth in the company’s cloud division slowed to 19% from 27% a year earlier.

“This was a quarter of building, not harvesting,” chief executive Lydia Marsh told analysts on a conference call. “We are putting capacity in the ground ahead of demand that we can see very clearly in our pipeline. I would rather explain a lumpy quarter to you today than explain to our customers next year why we can’t serve them.”

Marsh said two large contracts with banks in Europe had slipped into the fourth quarter because of delays in regulatory approval, and that both were now signed.

Chief financial officer Paul Ekwueme said capital spending would reach about $1.1 billion this year, roughly $200 million more than the company had guided in July.

“We’ll be disciplined, but we won’t be timid,” Ekwueme said. “Most of that increase is timing. Equipment we planned to pay for in the first quarter arrived early, and we took it.”

He said operating margin would fall to between 18% and 19% in the fourth quarter, before recovering in the second half of next year.

Analysts on the call pressed the executives on whether customers were moving work to cheaper rivals.

“Lydia, you’ve said for two quarters that pricing is stable. Is that still true, and if it is, why are we seeing growth come in this much lower?” asked Brent Kowalczyk of Halbrook Securities.

Marsh said pricing had been “rock steady” and blamed the slowdown on customers trimming their existing contracts after a year of rapid expansion.

“They’re not leaving. They’re tidying up,” she said. “We’ve seen this movie before and it ends with them buying more.”

In a filing with securities regulators, the company said it had set aside $64 million to cover the cost of a restructuring that would cut about 900 jobs, mostly in sales and administration. The company said in the filing that the cuts were expected to be completed by the end of March.

Corvane did not say which offices would be affected. A company spokeswoman declined to comment beyond the filing.

Some investors were unconvinced. “The story has moved from ‘we’re growing fast’ to ‘trust us, we’ll grow fast again,’” said Nadia Ferrante, a portfolio manager at Tallis Row Capital, which owns Corvane shares. “That’s a harder sell.”

Shares had risen about 40% this year before the results.
""", [
    ("spending on new data centres would weigh on profit well into next year", I, CV, O, "the software company",
     "warned", None),
    ("This was a quarter of building, not harvesting,", D, LM, P, "chief executive Lydia Marsh", "told", "conference call"),
    ("We are putting capacity in the ground ahead of demand that we can see very clearly in our pipeline. I would "
     "rather explain a lumpy quarter to you today than explain to our customers next year why we can’t serve them.",
     D, LM, P, "chief executive Lydia Marsh", "told", "conference call"),
    ("two large contracts with banks in Europe had slipped into the fourth quarter because of delays in regulatory "
     "approval, and that both were now signed", I, LM, P, "Marsh", "said", "conference call"),
    ("capital spending would reach about $1.1 billion this year, roughly $200 million more than the company had "
     "guided in July", I, PE, P, "Chief financial officer Paul Ekwueme", "said", "conference call"),
    ("We’ll be disciplined, but we won’t be timid,", D, PE, P, "Ekwueme", "said", "conference call"),
    ("Most of that increase is timing. Equipment we planned to pay for in the first quarter arrived early, and we "
     "took it.", D, PE, P, "Ekwueme", "said", "conference call"),
    ("operating margin would fall to between 18% and 19% in the fourth quarter, before recovering in the second half "
     "of next year", I, PE, P, "He", "said", "conference call"),
    ("Lydia, you’ve said for two quarters that pricing is stable. Is that still true, and if it is, why are we "
     "seeing growth come in this much lower?", D, "Brent Kowalczyk", P, "Brent Kowalczyk of Halbrook Securities",
     "asked", "conference call"),
    ("rock steady", D, LM, P, "Marsh", "said", "conference call"),
    ("They’re not leaving. They’re tidying up,", D, LM, P, "she", "said", "conference call"),
    ("We’ve seen this movie before and it ends with them buying more.", D, LM, P, "she", "said", "conference call"),
    ("it had set aside $64 million to cover the cost of a restructuring that would cut about 900 jobs, mostly in "
     "sales and administration", I, CV, O, "the company", "said", "filing"),
    ("the cuts were expected to be completed by the end of March", I, CV, O, "The company", "said", "filing"),
    ("The story has moved from ‘we’re growing fast’ to ‘trust us, we’ll grow fast again,’", D, "Nadia Ferrante", P,
     "Nadia Ferrante, a portfolio manager at Tallis Row Capital", "said", None),
    ("That’s a harder sell.", D, "Nadia Ferrante", P, "Nadia Ferrante, a portfolio manager at Tallis Row Capital",
     "said", None),
], people=[
    (LM, ["Marsh", "Lydia", "chief executive Lydia Marsh"]),
    (PE, ["Ekwueme", "Chief financial officer Paul Ekwueme"]),
    ("Brent Kowalczyk", ["Brent Kowalczyk of Halbrook Securities"]),
    ("Nadia Ferrante", ["Nadia Ferrante, a portfolio manager at Tallis Row Capital"]),
], orgs=[
    (CV, ["Corvane", "the company"]),
    ("Halbrook Securities", []),
    ("Tallis Row Capital", []),
])


if __name__ == "__main__":
    gold.main()
