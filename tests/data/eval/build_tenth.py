"""Build tenth.gold.jsonl: a tenth invented evaluation set, written blind.

Eight articles written by us on 2026-11-25 (invented people, outlets, places and events; no real
article text): four celebrity/entertainment pieces (a K-pop agency statement about a member's
hiatus, with block quotes, fans' posts and "the agency said"; a late-night host's monologue recap
with the jokes, a guest's reply and the network's statement; a celebrity divorce filing reported
from court documents, with both sides' reps and a friend who "tells" the outlet; a reality star's
podcast confession with the co-host's questions and multi-paragraph answers) and four news pieces
(a national housing-policy row with a minister, an opposition spokesperson and a senior government
source; a football match report with post-match press-conference quotes and a player who told a
broadcaster; a local court and crime story with a police statement, a detective inspector and an
anonymous neighbour; a tech launch with the chief executive on stage, a press release and an
analyst's note to clients). Written without reading the engine, its tests or the other sets'
articles, and without running the engine on them.
Same format and conventions as the other sets (see README.md). Quotes are given as (substring,
kind, speaker, speaker_kind, mention, cue, channel[, occurrence]); offsets are computed and every
span, mention, alias and evidence string is checked by builder.py.
Run: python tests/data/eval/build_tenth.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from builder import A, D, I, O, P, GoldSet  # noqa: E402

gold = GoldSet(Path(__file__).with_name("tenth.gold.jsonl"))
art = gold.art


# ---------------------------------------------------------------- celebrity 1: K-pop agency statement on a member's hiatus
HR, SP = "Yoon Ha-rin", "Starpoint Entertainment"
art("iw-velvetine-harin-hiatus", "Idolwire", "2026-11-24T09:40:00+09:00", """
VELVETINE’s Harin To Take Break From Activities, Agency Says: ‘Her Health Comes First’

Starpoint Entertainment has confirmed that Harin of girl group VELVETINE will step back from all scheduled activities to focus on her health.

The agency said in an official notice posted to the group’s fan community on Monday morning that the 22-year-old singer had been experiencing “severe anxiety symptoms” in recent weeks and had been advised by doctors to rest.

The notice read:

“Hello, this is Starpoint Entertainment. We would like to inform fans about the condition of VELVETINE member Harin.

“After careful discussion with Harin and her family, and following the advice of medical professionals, we have decided that she will take a break from all activities for the time being. Her health comes first, and we ask for your warm understanding.”

The agency added that VELVETINE would continue as a four-member group for its upcoming year-end festival stages and that the December fan meeting in Busan would go ahead as planned. It did not say when Harin, whose real name is Yoon Ha-rin, is expected to return.

“We will do our best to protect our artist and will share any updates through official channels only,” the statement concluded.

The announcement comes less than a month after VELVETINE’s comeback with their third mini album, which topped domestic charts for two weeks. During the promotion cycle, Harin was seen looking visibly exhausted during a music-show encore, prompting concern among fans.

Fans, known as Velvets, flooded social media with messages of support within minutes.

“Take all the time you need. We’ll be right here when you’re ready,” one fan wrote on X. Another posted: “Please stop scheduling these girls for three events a day.”

Some fans went further, accusing the agency of overworking the group. A fan account with more than 200,000 followers claimed Starpoint had booked VELVETINE for “eleven overseas flights in six weeks” and called for a public review of the group’s schedule.

Harin herself broke her silence late on Monday with a short handwritten letter shared on her personal Instagram.

“I’m sorry for worrying everyone. I’ll rest well and come back healthier. I love you, Velvets,” she wrote.

Fellow member Jeong Su-ah, the group’s leader, left a comment beneath the post that read simply: “We’ll wait for you, our baby.”

A Starpoint spokesperson told Idolwire the agency was “reviewing the schedules of all our artists” but declined to comment on the fan account’s claims.

VELVETINE debuted in 2022 with the single Glass Garden and won their first music-show trophy later that year.
""", [
    ("Her Health Comes First", D, SP, O, "Agency", "Says", None),
    ("Harin of girl group VELVETINE will step back from all scheduled activities to focus on her health", I, SP, O,
     SP, "confirmed", None),
    ("severe anxiety symptoms", D, SP, O, "The agency", "said", "official notice"),
    ("Hello, this is Starpoint Entertainment. We would like to inform fans about the condition of VELVETINE member "
     "Harin.\n\n“After careful discussion with Harin and her family, and following the advice of medical "
     "professionals, we have decided that she will take a break from all activities for the time being. Her health "
     "comes first, and we ask for your warm understanding.", D, SP, O, "The notice", "read", "official notice"),
    ("VELVETINE would continue as a four-member group for its upcoming year-end festival stages and that the December "
     "fan meeting in Busan would go ahead as planned", I, SP, O, "The agency", "added", "official notice"),
    ("We will do our best to protect our artist and will share any updates through official channels only,", D, SP,
     O, "the statement", "concluded", "official notice"),
    ("Take all the time you need. We’ll be right here when you’re ready,", D, None, A, "one fan", "wrote", "X"),
    ("Please stop scheduling these girls for three events a day.", D, None, A, "Another", "posted", "X"),
    ("eleven overseas flights in six weeks", D, None, A,
     "A fan account with more than 200,000 followers", "claimed", None),
    ("I’m sorry for worrying everyone. I’ll rest well and come back healthier. I love you, Velvets,", D, HR, P, "she",
     "wrote", "Instagram"),
    ("We’ll wait for you, our baby.", D, "Jeong Su-ah", P, "Fellow member Jeong Su-ah", "read", "Instagram comment"),
    ("reviewing the schedules of all our artists", D, SP, O, "A Starpoint spokesperson", "told",
     None),
], people=[
    (HR, ["Harin", "the 22-year-old singer"]),
    ("Jeong Su-ah", ["Fellow member Jeong Su-ah", "the group’s leader"]),
], orgs=[(SP, ["Starpoint"]), ("VELVETINE", []), ("Idolwire", [])], relations=[])


# ---------------------------------------------------------------- celebrity 2: late-night monologue recap
DF, PV, CN = "Desmond Fairley", "Paloma Vance", "Crestline Network"
art("sr-fairley-monologue", "ScreenRoll", "2026-11-20T08:15:00-05:00", """
Desmond Fairley Roasts The Office Dog-Bed Craze, Gets Schooled By Paloma Vance

Desmond Fairley had plenty to say about the latest workplace trend on Wednesday night — and his guest had plenty to say back.

Opening his monologue on Late Light, the 49-year-old host took aim at the latest perk sweeping tech offices: dog beds for employees to nap in.

“Dog beds. For adults. In the office,” Fairley said, pausing for the laughter. “When I started in television, you slept under your desk and you were grateful.”

He kept going. “My producers asked if we could get one here. I said sure, as soon as the studio gets a roof that doesn’t leak,” he joked, gesturing at the rafters.

The bit drew some of the biggest laughs of the night, and Fairley returned to it later, telling the audience that his own dog “has better healthcare than my writers.”

Then came his first guest, actress Paloma Vance, who was on to promote her new thriller Saltmarsh — and who, it turns out, has a dog bed in her trailer.

“I have to defend the dog bed,” Vance told the host as she sat down. “It is the single best purchase I have made in my adult life, and I will not be mocked on national television.”

Fairley protested that he was only joking, but the 36-year-old actress was not finished.

“You do a monologue at eleven-thirty at night. Some of us are on set at five in the morning. Let us lie down,” she said, to applause.

Fairley threw up his hands. “I surrender. Crestline, buy me a dog bed,” he said.

The exchange quickly went viral, with one clip passing four million views on TikTok by Thursday morning. One viewer commented: “Paloma won this round and it wasn’t close.”

Not everyone was amused. The Association of Working Pet Owners said in a post on X that the segment made light of “a genuinely useful wellness policy” and urged the show to invite one of its members on.

Asked about the segment, a Crestline Network spokesperson said the network was “thrilled” with the response and hinted that a dog bed “may or may not be arriving at the studio next week.”

Fairley addressed the reaction on Thursday’s show, telling viewers he had received “roughly four hundred dog beds” from fans.

“Please stop. We are donating them to the shelter on Ninth Avenue,” he said.

Late Light airs weeknights at 11:35 p.m. on Crestline.

Related: Paloma Vance Says She Turned Down Two Superhero Franchises
""", [
    ("Dog beds. For adults. In the office,", D, DF, P, "Fairley", "said", "Late Light"),
    ("When I started in television, you slept under your desk and you were grateful.", D, DF, P, "Fairley", "said",
     "Late Light"),
    ("My producers asked if we could get one here. I said sure, as soon as the studio gets a roof that doesn’t leak,",
     D, DF, P, "he", "joked", "Late Light"),
    ("has better healthcare than my writers.", D, DF, P, "Fairley", "telling", "Late Light"),
    ("I have to defend the dog bed,", D, PV, P, "Vance", "told", "Late Light"),
    ("It is the single best purchase I have made in my adult life, and I will not be mocked on national television.",
     D, PV, P, "Vance", "told", "Late Light"),
    ("he was only joking", I, DF, P, "Fairley", "protested", "Late Light"),
    ("You do a monologue at eleven-thirty at night. Some of us are on set at five in the morning. Let us lie down,",
     D, PV, P, "she", "said", "Late Light"),
    ("I surrender. Crestline, buy me a dog bed,", D, DF, P, "he", "said", "Late Light"),
    ("Paloma won this round and it wasn’t close.", D, None, A, "One viewer", "commented", "TikTok"),
    ("a genuinely useful wellness policy", D, "Association of Working Pet Owners", O,
     "The Association of Working Pet Owners", "said", "X"),
    ("thrilled", D, CN, O, "a Crestline Network spokesperson", "said", None),
    ("may or may not be arriving at the studio next week.", D, CN, O, "a Crestline Network spokesperson", "hinted",
     None),
    ("roughly four hundred dog beds", D, DF, P, "Fairley", "telling", "Late Light"),
    ("Please stop. We are donating them to the shelter on Ninth Avenue,", D, DF, P, "he", "said", "Late Light"),
], people=[
    (DF, ["Fairley", "the 49-year-old host"]),
    (PV, ["Vance", "Paloma", "actress Paloma Vance", "the 36-year-old actress"]),
], orgs=[(CN, ["Crestline"]), ("Association of Working Pet Owners", [])], boilerplate=[
    ("related_link", "Related: Paloma Vance Says She Turned Down Two Superhero Franchises"),
])


# ---------------------------------------------------------------- celebrity 3: divorce filing, court documents, both reps, a friend
GH, MB = "Grant Holloway", "Marisol Bennett"
art("hl-holloway-bennett-divorce", "Hollylane", "2026-11-22T16:20:00-08:00", """
Grant Holloway And Marisol Bennett Divorcing After Seven Years Of Marriage

It’s over for Grant Holloway and Marisol Bennett.

The Coastline Nine actor filed for divorce from the singer on Friday in Los Angeles Superior Court, citing irreconcilable differences, according to documents obtained by Hollylane.

In the filing, Holloway states that the couple separated on Sept. 3 and asks for joint legal and physical custody of their two children, daughter Ivy, 5, and son Beckett, 3. He also asks the court to terminate its ability to award spousal support to either party.

The pair, who met on the set of a music video in 2017 and married two years later in Big Sur, signed a prenuptial agreement before the wedding, according to the filing.

A rep for Holloway confirmed the split in a statement to Hollylane.

“Grant and Marisol have made the difficult decision to end their marriage. They remain committed to raising their children together with love and respect, and they ask for privacy during this time,” the rep said.

Bennett’s publicist, Tanya Okerlund, struck a slightly different tone.

“Marisol was informed of the filing this morning,” Okerlund said. “She is focused on her children and her music, and she will not be commenting further.”

Okerlund declined to say whether Bennett planned to contest the custody request.

Whispers of trouble began over the summer, when Bennett skipped the premiere of her husband’s film Dry County and was spotted without her wedding ring at a Malibu farmers market. At the time, sources insisted the couple were simply “busy with work.”

But a friend of the couple tells Hollylane the marriage had been strained for more than a year.

“They were basically living separate lives by the spring. Grant was filming in Vancouver for months, Marisol was on tour, and when they were home they were barely speaking,” the friend says. “Nobody who knows them is surprised.”

The friend adds that the split is “sad but amicable” and that both are “determined to keep the kids out of it.”

Bennett seemed to address the news on Instagram Friday evening, sharing a photo of a sunset over the ocean.

“Some chapters end so new ones can start,” she captioned the post.

Holloway, 38, has not posted on social media since early October.

Bennett, 34, released her fourth studio album, Paper Lanterns, in June. Holloway is currently filming the second season of Coastline Nine.

Neither Holloway’s attorney, Richard Amsel, nor Bennett’s legal team immediately responded to Hollylane’s requests for comment.

Related: Marisol Bennett Opens Up About Balancing Motherhood And Touring
""", [
    ("The Coastline Nine actor filed for divorce from the singer on Friday in Los Angeles Superior Court, citing "
     "irreconcilable differences", I, None, A, "documents obtained by Hollylane", "according to", "court filing"),
    ("the couple separated on Sept. 3", I, GH, P, "Holloway", "states", "court filing"),
    ("The pair, who met on the set of a music video in 2017 and married two years later in Big Sur, signed a prenuptial "
     "agreement before the wedding", I, None, A, "the filing", "according to", "court filing"),
    ("Grant and Marisol have made the difficult decision to end their marriage. They remain committed to raising their "
     "children together with love and respect, and they ask for privacy during this time,", D, None, A, "the rep",
     "said", None),
    ("Marisol was informed of the filing this morning,", D, "Tanya Okerlund", P, "Okerlund", "said", None),
    ("She is focused on her children and her music, and she will not be commenting further.", D, "Tanya Okerlund", P,
     "Okerlund", "said", None),
    ("busy with work.", D, None, A, "sources", "insisted", None),
    ("the marriage had been strained for more than a year", I, None, A, "a friend of the couple", "tells", None),
    ("They were basically living separate lives by the spring. Grant was filming in Vancouver for months, Marisol was "
     "on tour, and when they were home they were barely speaking,", D, None, A, "the friend", "says", None),
    ("Nobody who knows them is surprised.", D, None, A, "the friend", "says", None),
    ("sad but amicable", D, None, A, "The friend", "adds", None),
    ("determined to keep the kids out of it.", D, None, A, "The friend", "adds", None),
    ("Some chapters end so new ones can start,", D, MB, P, "she", "captioned", "Instagram"),
], people=[
    (GH, ["Holloway", "Grant", "The Coastline Nine actor"]),
    (MB, ["Bennett", "Marisol", "the singer"]),
    ("Tanya Okerlund", ["Okerlund", "Bennett’s publicist, Tanya Okerlund"]),
    ("Richard Amsel", ["Holloway’s attorney, Richard Amsel"]),
], orgs=[("Hollylane", []), ("Los Angeles Superior Court", [])], relations=[
    (GH, "spouse", MB, "her husband’s film"),
], boilerplate=[
    ("related_link", "Related: Marisol Bennett Opens Up About Balancing Motherhood And Touring"),
])


# ---------------------------------------------------------------- celebrity 4: reality star's podcast confession
KA, BT, POD = "Kenzie Albright", "Bree Tannock", "Pillow Talk Live podcast"
art("gg-albright-podcast-confession", "GlossGab", "2026-11-19T11:00:00-05:00", """
Kenzie Albright Admits She ‘Faked’ Her Engagement Storyline On Sun Coast Villas

Kenzie Albright is coming clean.

The Sun Coast Villas star got candid on the latest episode of her podcast, Pillow Talk Live, admitting that her season-two engagement to fellow cast member Tyler Rusk was “about 70 percent for the cameras.”

The confession came after co-host Bree Tannock asked her point-blank: “Be honest with me. Were you ever actually going to marry Tyler?”

Kenzie, 29, paused for a long moment before answering.

“No. And I feel awful saying that out loud, because I know people were invested. But the truth is we had been broken up for about three weeks when filming started, and the producers knew it. Everyone knew it.

“We sat down together and basically agreed that we’d give it one more shot on camera. And then one thing led to another and suddenly there’s a ring and a helicopter and I’m crying on a cliff. I wasn’t faking the crying, I’ll say that. I was crying because I knew it wasn’t real.”

Bree followed up: “So was Tyler in on it, too?”

“Oh, a hundred percent,” Kenzie said. “It was his idea to do it in the helicopter.”

She continued:

“I’m not trying to throw him under the bus. He’s a good guy, and we’re actually friends now. But I’m thirty next year and I don’t want to be the girl who lied on television anymore. I’ve been in therapy for a year and this is part of it, honestly. Saying the thing.”

Later in the episode, the reality star admitted she had “never watched” the engagement episode all the way through.

“I got about ten minutes in and I had to turn it off,” she said. “It was like watching somebody else’s life.”

Bree, who joined Sun Coast Villas in its third season, told listeners she had suspected as much. “I remember watching at home thinking, that girl does not look happy,” she said.

Kenzie insisted the network had never told her what to say, but she claimed producers had “strongly encouraged” the couple to keep their breakup quiet until after the finale aired.

Rusk, who now runs a fitness studio in Tampa, responded to a clip of the episode on Instagram with a laughing emoji and the words: “Guilty as charged. Love you Kenz.”

A spokesperson for Palmetto TV, which airs Sun Coast Villas, said in a statement that the network “does not script relationships” and that “cast members make their own choices.”

Sun Coast Villas returns for its fifth season in February.

[Photo: Palmetto TV/Instagram]

Do you think reality shows are ever really real? Sound off below!
""", [
    ("Faked", D, KA, P, "Kenzie Albright", "Admits", POD),
    ("about 70 percent for the cameras.", D, KA, P, "The Sun Coast Villas star", "admitting", POD),
    ("Be honest with me. Were you ever actually going to marry Tyler?", D, BT, P, "co-host Bree Tannock", "asked",
     POD),
    ("No. And I feel awful saying that out loud, because I know people were invested. But the truth is we had been "
     "broken up for about three weeks when filming started, and the producers knew it. Everyone knew it.\n\n“We sat "
     "down together and basically agreed that we’d give it one more shot on camera. And then one thing led to another "
     "and suddenly there’s a ring and a helicopter and I’m crying on a cliff. I wasn’t faking the crying, I’ll say "
     "that. I was crying because I knew it wasn’t real.", D, KA, P, "Kenzie, 29", "answering", POD),
    ("So was Tyler in on it, too?", D, BT, P, "Bree", "followed up", POD),
    ("Oh, a hundred percent,", D, KA, P, "Kenzie", "said", POD),
    ("It was his idea to do it in the helicopter.", D, KA, P, "Kenzie", "said", POD),
    ("I’m not trying to throw him under the bus. He’s a good guy, and we’re actually friends now. But I’m thirty next "
     "year and I don’t want to be the girl who lied on television anymore. I’ve been in therapy for a year and this "
     "is part of it, honestly. Saying the thing.", D, KA, P, "She", "continued", POD),
    ("never watched", D, KA, P, "the reality star", "admitted", POD),
    ("I got about ten minutes in and I had to turn it off,", D, KA, P, "she", "said", POD),
    ("It was like watching somebody else’s life.", D, KA, P, "she", "said", POD),
    ("she had suspected as much", I, BT, P, "Bree", "told listeners", POD),
    ("I remember watching at home thinking, that girl does not look happy,", D, BT, P, "she", "said", POD),
    ("the network had never told her what to say", I, KA, P, "Kenzie", "insisted", POD),
    ("strongly encouraged", D, KA, P, "she", "claimed", POD),
    ("Guilty as charged. Love you Kenz.", D, "Tyler Rusk", P, "Rusk", "responded", "Instagram"),
    ("does not script relationships", D, "Palmetto TV", O, "A spokesperson for Palmetto TV", "said", None),
    ("cast members make their own choices.", D, "Palmetto TV", O, "A spokesperson for Palmetto TV", "said", None),
], people=[
    (KA, ["Kenzie", "The Sun Coast Villas star", "the reality star"]),
    (BT, ["Bree", "co-host Bree Tannock"]),
    ("Tyler Rusk", ["Tyler", "Rusk", "fellow cast member Tyler Rusk"]),
], orgs=[("Palmetto TV", [])], boilerplate=[
    ("image_credit", "[Photo: Palmetto TV/Instagram]"),
    ("reader_prompt", "Do you think reality shows are ever really real? Sound off below!"),
])


# ---------------------------------------------------------------- news 1: national politics, housing minister and opposition
TW, AM = "Tobias Wrenfield", "Anjali Mehra"
art("nc-housing-target-row", "The National Courier", "2026-11-23T18:45:00+00:00", """
Minister insists housing target is ‘within reach’ despite slump in building starts

The housing minister has insisted the government will still meet its pledge of 300,000 new homes a year by the end of the parliament, despite official figures showing construction starts fell for a third consecutive quarter.

Tobias Wrenfield told MPs on Monday that the drop was “a temporary dip, not a trend” and blamed high borrowing costs and a shortage of bricklayers for the slowdown.

“I am not going to pretend these numbers are good. They are not,” he said in the Commons. “But the reforms we passed in the spring are only now starting to work their way through the planning system, and I am confident the target remains within reach.”

According to figures released by the Office for Housing Statistics earlier in the day, 41,200 homes were started in England between July and September, down 9 per cent on the previous quarter.

Wrenfield also announced a £1.2bn fund to help smaller builders with financing costs, which he said would “unlock tens of thousands of stalled sites.” He insisted the money was new and had not been taken from existing programmes.

The opposition was unconvinced. Anjali Mehra, the shadow housing secretary, said the minister was “living in a parallel universe.”

“Every single indicator is going the wrong way. Starts are down, completions are down, and the one target this government set itself is slipping further out of sight every month,” she said.

Mehra warned that first-time buyers would bear the brunt of the shortfall and accused ministers of “announcing the same money three times.” She said her party would publish its own plan for council housing before Christmas.

A senior government source acknowledged there was frustration in Downing Street at the pace of progress. “Nobody thinks 300,000 is easy. But if we drop the target now, we lose the argument completely,” the source said.

Another official said privately that the Treasury had been reluctant to approve the builders’ fund until last week.

The Home Builders Alliance, which represents around 2,000 firms, welcomed the fund but warned it would “not on its own” reverse the decline. Its chief executive, Fiona Castellan-Hart, said: “Our members want to build. What they need is certainty on planning and a workforce to do it.”

Labour market economist Dr Samuel Oyelaran, of the Whitcombe Institute, said that even with the new money the target was “realistically out of reach” before the next election. He estimated the government would fall short by about 60,000 homes a year.

The minister is due to give evidence to the housing select committee on Thursday.
""", [
    ("within reach", D, TW, P, "Minister", "insists", None, 0),
    ("the government will still meet its pledge of 300,000 new homes a year by the end of the parliament", I, TW, P,
     "The housing minister", "insisted", None),
    ("a temporary dip, not a trend", D, TW, P, "Tobias Wrenfield", "told MPs", "Commons"),
    ("I am not going to pretend these numbers are good. They are not,", D, TW, P, "he", "said", "Commons"),
    ("But the reforms we passed in the spring are only now starting to work their way through the planning system, "
     "and I am confident the target remains within reach.", D, TW, P, "he", "said", "Commons"),
    ("41,200 homes were started in England between July and September, down 9 per cent on the previous quarter", I,
     "Office for Housing Statistics", O, "the Office for Housing Statistics", "According to", None),
    ("unlock tens of thousands of stalled sites.", D, TW, P, "he", "said", "Commons"),
    ("the money was new and had not been taken from existing programmes", I, TW, P, "He", "insisted", "Commons"),
    ("living in a parallel universe.", D, AM, P, "Anjali Mehra, the shadow housing secretary", "said", None),
    ("Every single indicator is going the wrong way. Starts are down, completions are down, and the one target this "
     "government set itself is slipping further out of sight every month,", D, AM, P, "she", "said", None),
    ("first-time buyers would bear the brunt of the shortfall", I, AM, P, "Mehra", "warned", None),
    ("announcing the same money three times.", D, AM, P, "Mehra", "accused", None),
    ("her party would publish its own plan for council housing before Christmas", I, AM, P, "She", "said", None),
    ("there was frustration in Downing Street at the pace of progress", I, None, A, "A senior government source",
     "acknowledged", None),
    ("Nobody thinks 300,000 is easy. But if we drop the target now, we lose the argument completely,", D, None, A,
     "the source", "said", None),
    ("the Treasury had been reluctant to approve the builders’ fund until last week", I, None, A, "Another official",
     "said", None),
    ("not on its own", D, "Home Builders Alliance", O, "The Home Builders Alliance", "warned", None),
    ("Our members want to build. What they need is certainty on planning and a workforce to do it.", D,
     "Fiona Castellan-Hart", P, "Its chief executive, Fiona Castellan-Hart", "said", None),
    ("realistically out of reach", D, "Samuel Oyelaran", P, "Labour market economist Dr Samuel Oyelaran", "said",
     None),
    ("the government would fall short by about 60,000 homes a year", I, "Samuel Oyelaran", P, "He", "estimated",
     None),
], people=[
    (TW, ["Wrenfield", "The housing minister", "the minister"]),
    (AM, ["Mehra", "the shadow housing secretary"]),
    ("Fiona Castellan-Hart", ["Its chief executive, Fiona Castellan-Hart"]),
    ("Samuel Oyelaran", ["Dr Samuel Oyelaran", "Labour market economist Dr Samuel Oyelaran"]),
], orgs=[("Office for Housing Statistics", []), ("Home Builders Alliance", []), ("Whitcombe Institute", [])])


# ---------------------------------------------------------------- news 2: football match report, post-match press conference
GT, LO, RP = "Gavin Treharne", "Luis Okonjo", "Roddy Pellow"
art("ns-dunmore-elsby-report", "Northcast Sport", "2026-11-22T19:30:00+00:00", """
Dunmore Athletic 2-1 Port Elsby: Okonjo double sinks ten-man visitors

Luis Okonjo scored twice in the second half as Dunmore Athletic came from behind to beat ten-man Port Elsby and climb into the play-off places.

Elsby had led through Kieran Doyle’s looping header on 23 minutes and looked comfortable until captain Marcus Feeney was sent off for a second yellow card shortly after the break.

Okonjo, who had been booed by some home fans after a poor first half, levelled with a low drive on 58 minutes before heading in the winner from a Jamie Strand cross with eight minutes left.

“The lads showed real character today,” Dunmore manager Gavin Treharne said in his post-match press conference. “We were nowhere near it in the first half, and I told them that at half-time in no uncertain terms.”

Treharne said the red card had changed the game but insisted his side would have turned it around anyway.

“The sending-off helps, of course it does. But we’d already started to press higher and I felt the goal was coming,” he said. “I’m not going to apologise for winning.”

Asked about the reaction to Okonjo in the first half, the Dunmore boss was blunt. “I don’t think it helps anybody. He’s our top scorer. Back him,” he said.

Okonjo, who has now scored nine league goals this season, told Northcast Sport he had heard the boos but tried to block them out.

“It hurts, I’m not going to lie. But that’s football. You don’t get to choose when the fans are happy with you,” he said.

“The second goal was for my little girl. It’s her birthday today and I promised her one,” the 31-year-old added.

Port Elsby manager Roddy Pellow was furious with the second booking, which came after Feeney appeared to win the ball cleanly in a challenge on Strand.

“I’ve watched it back four times and I still can’t see a foul. He’s got the ball. Everybody in the ground saw he got the ball,” Pellow said. “It’s a game-changing decision and it’s wrong.”

Pellow confirmed the club would appeal against the dismissal, but he warned that his players could not hide behind the referee.

“We had chances to go two up and we didn’t take them. That’s on us, not on him,” he said.

According to the Professional Game Match Officials Board, the decision will be reviewed by its panel in the usual way. A PGMOB spokesperson said the body “does not comment on individual decisions” before a review is complete.

Feeney, 28, will miss Elsby’s home game against Carrow Town on Saturday unless the appeal succeeds.

The win lifts Dunmore to sixth, two points behind Harbridge City, while Elsby drop to 14th.
""", [
    ("The lads showed real character today,", D, GT, P, "Dunmore manager Gavin Treharne", "said",
     "press conference"),
    ("We were nowhere near it in the first half, and I told them that at half-time in no uncertain terms.", D, GT, P,
     "Dunmore manager Gavin Treharne", "said", "press conference"),
    ("the red card had changed the game", I, GT, P, "Treharne", "said", "press conference"),
    ("his side would have turned it around anyway", I, GT, P, "Treharne", "insisted", "press conference"),
    ("The sending-off helps, of course it does. But we’d already started to press higher and I felt the goal was "
     "coming,", D, GT, P, "he", "said", "press conference"),
    ("I’m not going to apologise for winning.", D, GT, P, "he", "said", "press conference"),
    ("I don’t think it helps anybody. He’s our top scorer. Back him,", D, GT, P, "the Dunmore boss", "said",
     "press conference"),
    ("he had heard the boos but tried to block them out", I, LO, P, "Okonjo", "told", "Northcast Sport"),
    ("It hurts, I’m not going to lie. But that’s football. You don’t get to choose when the fans are happy with you,",
     D, LO, P, "he", "said", "Northcast Sport"),
    ("The second goal was for my little girl. It’s her birthday today and I promised her one,", D, LO, P,
     "the 31-year-old", "added", "Northcast Sport"),
    ("I’ve watched it back four times and I still can’t see a foul. He’s got the ball. Everybody in the ground saw he "
     "got the ball,", D, RP, P, "Pellow", "said", None),
    ("It’s a game-changing decision and it’s wrong.", D, RP, P, "Pellow", "said", None),
    ("the club would appeal against the dismissal", I, RP, P, "Pellow", "confirmed", None),
    ("his players could not hide behind the referee", I, RP, P, "he", "warned", None),
    ("We had chances to go two up and we didn’t take them. That’s on us, not on him,", D, RP, P, "he", "said", None),
    ("the decision will be reviewed by its panel in the usual way", I, "Professional Game Match Officials Board", O,
     "the Professional Game Match Officials Board", "According to", None),
    ("does not comment on individual decisions", D, "Professional Game Match Officials Board", O,
     "A PGMOB spokesperson", "said", None),
], people=[
    (GT, ["Treharne", "Dunmore manager Gavin Treharne", "the Dunmore boss"]),
    (LO, ["Okonjo", "the 31-year-old"]),
    (RP, ["Pellow", "Port Elsby manager Roddy Pellow"]),
    ("Marcus Feeney", ["Feeney", "captain Marcus Feeney"]),
    ("Kieran Doyle", []),
    ("Jamie Strand", ["Strand"]),
], orgs=[("Dunmore Athletic", ["Dunmore"]), ("Port Elsby", ["Elsby"]),
         ("Professional Game Match Officials Board", ["PGMOB"]), ("Northcast Sport", [])])


# ---------------------------------------------------------------- news 3: local crime and court, police statement, DI, neighbour
CH, MR = "Claire Hadley", "Martin Royce"
art("wg-kelbrook-arson-charge", "Westshire Gazette", "2026-11-21T13:10:00+00:00", """
Man charged after fire at Kelbrook takeaway left family of four homeless

A man has appeared in court charged with arson after a fire tore through a takeaway in Kelbrook and spread to the flat above, where a family of four was asleep.

Martin Royce, 44, of Mill Lane, Kelbrook, appeared before Westshire Magistrates’ Court on Thursday charged with arson with intent to endanger life. He spoke only to confirm his name, age and address and did not enter a plea.

Prosecutor Helen Draycott told the court the fire had been started deliberately using petrol poured through the letterbox of the Golden Wok on Station Road shortly after 2am on Sunday.

District Judge Anthony Pryce remanded Royce in custody and sent the case to Westshire Crown Court, where he will next appear on December 18.

In a statement, Westshire Police said officers had been called to Station Road at 2.14am and that all four occupants of the flat had been rescued by firefighters using a ladder.

“A woman and a child were taken to hospital as a precaution and have since been discharged,” the statement said. “We would like to thank members of the public who came forward with information and dashcam footage.”

Detective Inspector Claire Hadley, who is leading the investigation, said the family had been left “devastated” by what happened.

“This was a reckless and dangerous act that could very easily have cost four people their lives, including two young children,” she said. “I want to reassure the community in Kelbrook that we are treating this with the utmost seriousness.”

DI Hadley said detectives were still keen to speak to anyone who was in the Station Road area between 1.30am and 2.30am on Sunday. She added that a second man, aged 39, who was arrested on Monday had been released on bail pending further enquiries.

A neighbour, who did not want to be named, said she was woken by shouting and saw flames coming out of the shop front.

“It was terrifying. The dad was standing at the window holding the little one, screaming for help,” she said. “If the fire engine had been five minutes later, I don’t like to think about it.”

Another resident, Gary Whitlock, 61, who has lived on Station Road for thirty years, said the takeaway had been “part of the street” since the 1990s.

“They’re lovely people. They’d give you extra chips if you were having a bad day,” he said. “Everyone round here is in shock.”

The takeaway’s owners said in a message posted on its Facebook page that they were “overwhelmed” by the support from customers. A fundraising page set up by a neighbour had raised more than £14,000 by Friday morning.

Westshire Fire and Rescue Service said crews had spent more than three hours at the scene.
""", [
    ("the fire had been started deliberately using petrol poured through the letterbox of the Golden Wok on Station "
     "Road shortly after 2am on Sunday", I, "Helen Draycott", P, "Prosecutor Helen Draycott", "told the court", None),
    ("officers had been called to Station Road at 2.14am and that all four occupants of the flat had been rescued by "
     "firefighters using a ladder", I, "Westshire Police", O, "Westshire Police", "said", "statement"),
    ("A woman and a child were taken to hospital as a precaution and have since been discharged,", D,
     "Westshire Police", O, "the statement", "said", "statement"),
    ("We would like to thank members of the public who came forward with information and dashcam footage.", D,
     "Westshire Police", O, "the statement", "said", "statement"),
    ("devastated", D, CH, P, "Detective Inspector Claire Hadley", "said", None),
    ("This was a reckless and dangerous act that could very easily have cost four people their lives, including two "
     "young children,", D, CH, P, "she", "said", None),
    ("I want to reassure the community in Kelbrook that we are treating this with the utmost seriousness.", D, CH, P,
     "she", "said", None),
    ("detectives were still keen to speak to anyone who was in the Station Road area between 1.30am and 2.30am on "
     "Sunday", I, CH, P, "DI Hadley", "said", None),
    ("a second man, aged 39, who was arrested on Monday had been released on bail pending further enquiries", I, CH,
     P, "She", "added", None),
    ("she was woken by shouting and saw flames coming out of the shop front", I, None, A,
     "A neighbour, who did not want to be named", "said", None),
    ("It was terrifying. The dad was standing at the window holding the little one, screaming for help,", D, None, A,
     "she", "said", None),
    ("If the fire engine had been five minutes later, I don’t like to think about it.", D, None, A, "she", "said",
     None),
    ("part of the street", D, "Gary Whitlock", P, "Another resident, Gary Whitlock, 61", "said", None),
    ("They’re lovely people. They’d give you extra chips if you were having a bad day,", D, "Gary Whitlock", P, "he",
     "said", None),
    ("Everyone round here is in shock.", D, "Gary Whitlock", P, "he", "said", None),
    ("overwhelmed", D, None, A, "The takeaway’s owners", "said", "Facebook"),
    ("crews had spent more than three hours at the scene", I, "Westshire Fire and Rescue Service", O,
     "Westshire Fire and Rescue Service", "said", None),
], people=[
    (MR, ["Royce"]),
    ("Helen Draycott", ["Prosecutor Helen Draycott"]),
    ("Anthony Pryce", ["District Judge Anthony Pryce"]),
    (CH, ["DI Hadley", "Detective Inspector Claire Hadley"]),
    ("Gary Whitlock", ["Another resident, Gary Whitlock, 61"]),
], orgs=[("Westshire Police", []), ("Westshire Magistrates’ Court", []), ("Westshire Crown Court", []),
         ("Westshire Fire and Rescue Service", []), ("Golden Wok", [])])


# ---------------------------------------------------------------- news 4: tech launch, CEO on stage, press release, analyst note
PH, LS = "Priya Halvorsen", "Lumora Systems"
art("bd-lumora-halo-launch", "Byteday", "2026-11-18T21:05:00-08:00", """
Lumora bets on home robotics with $1,499 Halo assistant

SAN JOSE, Calif. — Lumora Systems on Tuesday unveiled Halo, a wheeled home robot that can fold laundry, load a dishwasher and patrol a house at night, marking the smart-speaker maker’s biggest push yet beyond audio.

Chief executive Priya Halvorsen introduced the device on stage at the company’s annual developer event, calling it “the first robot that earns its place in a normal home.”

“For ten years we’ve put microphones in your kitchen. Now we want to give you a pair of hands,” Halvorsen told an audience of about 3,000 developers and partners. “Halo isn’t a toy and it isn’t a demo. It ships in March.”

Halvorsen said the robot had been tested in more than 400 homes over the past year and that early testers used it for an average of 2.5 hours a day. She promised that all of Halo’s camera footage would be processed on the device itself unless owners chose otherwise.

“Your home is the most private place you have. We built Halo so that what it sees stays with you,” she said.

The robot will cost $1,499 in the United States, plus an optional $19.99 monthly subscription for advanced features, the company said in a press release. Lumora said preorders open on Wednesday and that deliveries would begin in the U.S. and Canada on March 12. European availability is expected “later in 2027,” the release said.

The release also quoted chief technology officer Marcus Adeyemi, who led the project. “Teaching a robot to pick up a wine glass and a wet sock in the same minute turned out to be one of the hardest problems we have ever worked on,” Adeyemi said in the release.

Shares of Lumora rose 4 percent in after-hours trading.

Analysts were more cautious. Rachel Fenwick, an analyst at Granite Peak Securities, wrote in a note to clients that Halo was “impressive engineering in search of a mass market” and that the price would limit early sales to “affluent early adopters.”

“We think Halo is a credible first step, but we do not expect it to move the needle on revenue before fiscal 2028,” Fenwick wrote. She kept a neutral rating on the stock.

Another analyst, who asked not to be named because their firm does business with Lumora, said the subscription would be “a tough sell” for customers already paying for several streaming services.

Privacy advocates also raised concerns. Daniel Moss, a policy director at the Open Home Coalition, said that a camera on wheels “changes the stakes” compared with a speaker on a shelf.

“On-device processing is a good promise. We’d like to see it independently audited before anyone lets one of these roll into a child’s bedroom,” Moss said.

Asked after the keynote whether Lumora would open Halo to third-party developers, Halvorsen said the company would release a software kit “in the first half of next year.”

Lumora reported revenue of $3.1 billion for its most recent fiscal year, mostly from speakers and subscriptions.
""", [
    ("the first robot that earns its place in a normal home.", D, PH, P, "Chief executive Priya Halvorsen", "calling",
     "developer event"),
    ("For ten years we’ve put microphones in your kitchen. Now we want to give you a pair of hands,", D, PH, P,
     "Halvorsen", "told", "developer event"),
    ("Halo isn’t a toy and it isn’t a demo. It ships in March.", D, PH, P, "Halvorsen", "told", "developer event"),
    ("the robot had been tested in more than 400 homes over the past year and that early testers used it for an "
     "average of 2.5 hours a day", I, PH, P, "Halvorsen", "said", "developer event"),
    ("all of Halo’s camera footage would be processed on the device itself unless owners chose otherwise", I, PH, P,
     "She", "promised", "developer event"),
    ("Your home is the most private place you have. We built Halo so that what it sees stays with you,", D, PH, P,
     "she", "said", "developer event"),
    ("The robot will cost $1,499 in the United States, plus an optional $19.99 monthly subscription for advanced "
     "features", I, LS, O, "the company", "said", "press release"),
    ("preorders open on Wednesday and that deliveries would begin in the U.S. and Canada on March 12", I, LS, O,
     "Lumora", "said", "press release"),
    ("later in 2027,", D, LS, O, "the release", "said", "press release"),
    ("Teaching a robot to pick up a wine glass and a wet sock in the same minute turned out to be one of the hardest "
     "problems we have ever worked on,", D, "Marcus Adeyemi", P, "Adeyemi", "said", "press release"),
    ("impressive engineering in search of a mass market", D, "Rachel Fenwick", P,
     "Rachel Fenwick, an analyst at Granite Peak Securities", "wrote", "note to clients"),
    ("affluent early adopters.", D, "Rachel Fenwick", P, "Rachel Fenwick, an analyst at Granite Peak Securities",
     "wrote", "note to clients"),
    ("We think Halo is a credible first step, but we do not expect it to move the needle on revenue before fiscal "
     "2028,", D, "Rachel Fenwick", P, "Fenwick", "wrote", "note to clients"),
    ("a tough sell", D, None, A, "Another analyst, who asked not to be named", "said", None),
    ("changes the stakes", D, "Daniel Moss", P, "Daniel Moss, a policy director at the Open Home Coalition", "said",
     None),
    ("On-device processing is a good promise. We’d like to see it independently audited before anyone lets one of "
     "these roll into a child’s bedroom,", D, "Daniel Moss", P, "Moss", "said", None),
    ("in the first half of next year.", D, PH, P, "Halvorsen", "said", None),
], people=[
    (PH, ["Halvorsen", "Chief executive Priya Halvorsen"]),
    ("Marcus Adeyemi", ["Adeyemi", "chief technology officer Marcus Adeyemi"]),
    ("Rachel Fenwick", ["Fenwick"]),
    ("Daniel Moss", ["Moss"]),
], orgs=[(LS, ["Lumora"]), ("Granite Peak Securities", []), ("Open Home Coalition", [])])


if __name__ == "__main__":
    gold.main()
