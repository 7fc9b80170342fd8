"""Build heldout.gold.jsonl: a second invented evaluation set, written blind.

Twelve articles written by us (invented people, outlets and events; no real article text) without
looking at the engine's rules and never used for tuning. Same format and conventions as
invented.gold.jsonl (see README.md). Quotes are given as
(substring, kind, speaker, speaker_kind, mention, cue, channel[, occurrence]); offsets are
computed and checked by builder.py. Run: python tests/data/eval/build_heldout.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from builder import A, D, I, O, P, U, GoldSet  # noqa: E402

gold = GoldSet(Path(__file__).with_name("heldout.gold.jsonl"))
art = gold.art

# ---------------------------------------------------------------- celebrity 1: reality star, deleted TikTok
art("ho-celeb-brooke-tanner", "Hollywood Spill", "2026-05-12T08:05:00Z", """
Brooke Tanner Says She’s ‘Done Pretending’ After Sunset Shores Reunion Drama

Brooke Tanner has had enough.

The Sunset Shores star posted — and quickly deleted — a tearful TikTok on Monday night addressing the fallout from last week’s explosive reunion taping. The 27-year-old, who rose to fame on the dating show’s third season, told her two million followers she was “done pretending everything is fine.”

Related: Sunset Shores Season 4 Cast Revealed — See Who’s Coming Back!

“I’ve been biting my tongue since the reunion,” she said in the clip, wiping away tears. “People saw twelve minutes of a six-hour day. They didn’t see what happened when the cameras were off.”

Without naming names, Tanner suggested that a former castmate had been leaking stories to blogs about her relationship with boyfriend Marco Reyes. Fans were quick to point the finger at Kaylee Dunn, who clashed with Tanner during the reunion over what host Rob Mercer called “the lake house incident.”

She added:

“Marco and I are solid. We’re better than solid. But I’m not going to sit here and let someone who was on the show for three weeks tell the world who I am.”

The reality star also revealed she and Reyes quietly moved in together in April. The personal trainer showed his support in the comments before the video came down, writing, “Proud of you for speaking up, baby.”

Dunn, for her part, was not staying quiet. In an Instagram Story on Tuesday, the 25-year-old insisted she had never spoken to the press about the couple and claimed Tanner was “looking for a villain.”

“Some of us have real lives to get back to,” Dunn wrote over a photo of her dog. “Not everything is about you, babe.”

A source close to the production told Hollywood Spill that network bosses have asked both women to keep the feud off social media until the new season airs.

“They’re not thrilled,” the insider said. “Drama on the show is one thing. Drama on TikTok, before a single episode has aired, is a legal headache.”

The Sunset Shores reunion special airs June 3 on Coral TV.

What do U think, Spillers? Is Brooke right to speak out? Tell us in the comments!

[Images via Brooke Tanner/TikTok, Kaylee Dunn/Instagram]

The post Brooke Tanner Says She's 'Done Pretending' After Sunset Shores Reunion Drama appeared first on Hollywood Spill.
""", [
    ("Done Pretending", D, "Brooke Tanner", P, "Brooke Tanner", "Says", "TikTok (since deleted)", 0),
    ("done pretending everything is fine.", D, "Brooke Tanner", P, "The 27-year-old", "told", "TikTok (since deleted)"),
    ("I’ve been biting my tongue since the reunion,", D, "Brooke Tanner", P, "she", "said", "TikTok (since deleted)"),
    ("People saw twelve minutes of a six-hour day. They didn’t see what happened when the cameras were off.", D, "Brooke Tanner", P, "she", "said", "TikTok (since deleted)"),
    ("a former castmate had been leaking stories to blogs about her relationship with boyfriend Marco Reyes", I, "Brooke Tanner", P, "Tanner", "suggested", "TikTok (since deleted)"),
    ("Marco and I are solid. We’re better than solid. But I’m not going to sit here and let someone who was on the show for three weeks tell the world who I am.", D, "Brooke Tanner", P, "She", "added", "TikTok (since deleted)"),
    ("she and Reyes quietly moved in together in April", I, "Brooke Tanner", P, "The reality star", "revealed", "TikTok (since deleted)"),
    ("Proud of you for speaking up, baby.", D, "Marco Reyes", P, "The personal trainer", "writing", "TikTok comment"),
    ("she had never spoken to the press about the couple", I, "Kaylee Dunn", P, "the 25-year-old", "insisted", "Instagram Story"),
    ("looking for a villain.", D, "Kaylee Dunn", P, "the 25-year-old", "claimed", "Instagram Story"),
    ("Some of us have real lives to get back to,", D, "Kaylee Dunn", P, "Dunn", "wrote", "Instagram Story"),
    ("Not everything is about you, babe.", D, "Kaylee Dunn", P, "Dunn", "wrote", "Instagram Story"),
    ("network bosses have asked both women to keep the feud off social media until the new season airs", I, None, A, "A source close to the production", "told", "Hollywood Spill"),
    ("They’re not thrilled,", D, None, A, "the insider", "said", "Hollywood Spill"),
    ("Drama on the show is one thing. Drama on TikTok, before a single episode has aired, is a legal headache.", D, None, A, "the insider", "said", "Hollywood Spill"),
], [
    ("Brooke Tanner", ["Tanner", "Brooke", "The Sunset Shores star", "The 27-year-old", "The reality star"]),
    ("Marco Reyes", ["Reyes", "Marco", "boyfriend Marco Reyes", "The personal trainer"]),
    ("Kaylee Dunn", ["Dunn", "the 25-year-old"]),
    ("Rob Mercer", ["host Rob Mercer"]),
], [("Brooke Tanner", "partner", "Marco Reyes", "boyfriend Marco Reyes")], [
    ("related_link", "Related: Sunset Shores Season 4 Cast Revealed — See Who’s Coming Back!"),
    ("reader_prompt", "What do U think, Spillers? Is Brooke right to speak out? Tell us in the comments!"),
    ("image_credit", "[Images via Brooke Tanner/TikTok, Kaylee Dunn/Instagram]"),
    ("syndication_footer", "The post Brooke Tanner Says She's 'Done Pretending' After Sunset Shores Reunion Drama appeared first on Hollywood Spill."),
])

# ---------------------------------------------------------------- celebrity 2: British tabloid, single quotes
art("ho-celeb-gemma-price", "The Daily Flare", "2026-06-21T06:30:00Z", """
Gemma Price breaks silence on split from footballer Jordan Ashby: ‘I found out from a group chat’

GEMMA Price has broken her silence on her shock split from footballer Jordan Ashby, revealing she found out their engagement was over from a WhatsApp group chat.

The 34-year-old reality star, who found fame on ITV2’s Harbour Lives, said she was left ‘humiliated’ when friends of the Castleford Town defender began messaging her about the break-up before he had spoken to her himself.

Related: Harbour Lives star Gemma Price shows off stunning new kitchen after £80k renovation

Speaking on her podcast Pricey Talks, the mum-of-one said: ‘I’d been at my nan’s all day, I came home, and my phone was going mental. Someone had screenshotted a message from one of his mates and sent it to me. That’s how I found out. A screenshot.

‘I’m not being funny, but after six years you’d think you’d get a phone call.’

Ashby, 29 — known to fans as ‘The Wall’ — has since been pictured with a 23-year-old dental nurse in Marbella.

A pal of the footballer told The Daily Flare: ‘Jordan feels awful about how it came out. He was planning to sit down with Gemma that weekend, but the news got ahead of him.’

The source insisted the pair had been ‘living separate lives’ for months and claimed Jordan had tried to ring Gemma twice that afternoon.

But Gemma, who shares three-year-old son Alfie with Ashby, was having none of it.

‘Separate lives? We were booking a holiday for June,’ she laughed. ‘Unless he was planning to go on his own.’

She went on to say she had no plans to return to Harbour Lives for its next series.

‘That chapter’s closed,’ said the blonde beauty. ‘Alfie comes first now. Always.’

Gemma’s mum, Tracey Price, 58, also weighed in, sharing a photo of her daughter on Instagram with the caption: ‘Proud of this one. Head high, girl.’

A spokesperson for Castleford Town declined to comment.

Pricey Talks is available on all major podcast platforms.

Do you think Gemma deserved better? Let us know in the comments.

(Image: Instagram/@gemmaprice)

The post Gemma Price breaks silence on split from footballer Jordan Ashby: 'I found out from a group chat' appeared first on The Daily Flare.
""", [
    ("I found out from a group chat", D, "Gemma Price", P, "Gemma Price", "breaks silence", "Pricey Talks podcast", 0),
    ("she found out their engagement was over from a WhatsApp group chat", I, "Gemma Price", P, "GEMMA Price", "revealing", "Pricey Talks podcast"),
    ("humiliated", D, "Gemma Price", P, "The 34-year-old reality star", "said", "Pricey Talks podcast"),
    ("I’d been at my nan’s all day, I came home, and my phone was going mental. Someone had screenshotted a message from one of his mates and sent it to me. That’s how I found out. A screenshot.\n\n‘I’m not being funny, but after six years you’d think you’d get a phone call.", D, "Gemma Price", P, "the mum-of-one", "said", "Pricey Talks podcast"),
    ("Jordan feels awful about how it came out. He was planning to sit down with Gemma that weekend, but the news got ahead of him.", D, None, A, "A pal of the footballer", "told", "The Daily Flare"),
    ("living separate lives", D, None, A, "The source", "insisted", "The Daily Flare"),
    ("Jordan had tried to ring Gemma twice that afternoon", I, None, A, "The source", "claimed", "The Daily Flare"),
    ("Separate lives? We were booking a holiday for June,", D, "Gemma Price", P, "she", "laughed", "Pricey Talks podcast"),
    ("Unless he was planning to go on his own.", D, "Gemma Price", P, "she", "laughed", "Pricey Talks podcast"),
    ("she had no plans to return to Harbour Lives for its next series", I, "Gemma Price", P, "She", "went on to say", "Pricey Talks podcast"),
    ("That chapter’s closed,", D, "Gemma Price", P, "the blonde beauty", "said", "Pricey Talks podcast"),
    ("Alfie comes first now. Always.", D, "Gemma Price", P, "the blonde beauty", "said", "Pricey Talks podcast"),
    ("Proud of this one. Head high, girl.", D, "Tracey Price", P, "Gemma’s mum, Tracey Price", "sharing", "Instagram caption"),
], [
    ("Gemma Price", ["GEMMA Price", "Gemma", "The 34-year-old reality star", "the mum-of-one", "the blonde beauty", "her daughter"]),
    ("Jordan Ashby", ["Ashby", "Jordan", "footballer Jordan Ashby", "the footballer", "the Castleford Town defender", "The Wall"]),
    ("Tracey Price", ["Gemma’s mum, Tracey Price"]),
    ("Alfie", []),
], [
    ("Gemma Price", "ex_partner", "Jordan Ashby", "her shock split from footballer Jordan Ashby"),
    ("Tracey Price", "parent_of", "Gemma Price", "Gemma’s mum, Tracey Price"),
    ("Gemma Price", "parent_of", "Alfie", "shares three-year-old son Alfie with Ashby"),
    ("Jordan Ashby", "parent_of", "Alfie", "shares three-year-old son Alfie with Ashby"),
], [
    ("related_link", "Related: Harbour Lives star Gemma Price shows off stunning new kitchen after £80k renovation"),
    ("reader_prompt", "Do you think Gemma deserved better? Let us know in the comments."),
    ("image_credit", "(Image: Instagram/@gemmaprice)"),
    ("syndication_footer", "The post Gemma Price breaks silence on split from footballer Jordan Ashby: 'I found out from a group chat' appeared first on The Daily Flare."),
], orgs=[("Castleford Town", [])])

# ---------------------------------------------------------------- celebrity 3: music feud, straight quotes
art("ho-celeb-ocean-vale", "Beat Report", "2026-07-08T17:20:00Z", """
Ocean Vale's Team Hits Back At Producer's Claims Over "Glass House"

The drama surrounding Ocean Vale's chart-topping single just got a whole lot messier.

Producer Marcus "Kilo" Bennett claimed in a since-deleted Instagram Live on Saturday that he co-wrote the hook for "Glass House" and was never credited.

"I was in that room. I played that melody on a broken keyboard at three in the morning," the 41-year-old said during the stream. "Now I'm supposed to act like I wasn't there?"

Related: Ocean Vale Announces 40-Date World Tour — See The Dates!

Bennett, who produced Vale's 2021 mixtape Blue Static, went on to call the singer's camp "a bunch of people who only call when they need something."

On Monday, a representative for Vale issued a statement to Beat Report, saying:

"Ocean has enormous respect for every collaborator she has worked with. 'Glass House' was written by Ocean and her longtime co-writer Dani Ortiz in London in the spring of 2024, and the session files, dates and contracts reflect that. We have shared those documents with Mr. Bennett's lawyers and consider the matter closed."

Ortiz also weighed in, writing on X: "Love you Kilo, but you weren't there for this one."

Vale herself has stayed mostly quiet, though she appeared to reference the dispute at her Sunday night show at Ember Hall in Denver. Before launching into the song, the 26-year-old told the crowd, "This one's mine. Y'all know this one's mine."

Fans in attendance said the arena erupted.

Bennett's attorney, Glenn Whitaker, told Beat Report his client is "weighing all options," including a lawsuit. Whitaker added that the producer wants his name on the song's credits, not a payout.

"This is about respect," he said. "Marcus has been doing this for twenty years. He knows what he made."

An insider close to Vale's label, Northlight Records, claimed the producer had been offered a "special thanks" credit in the liner notes and turned it down.

What do you think, Beat Reporters? Whose side are you on? Sound off below!

[Image via Ocean Vale/Instagram, Marcus Bennett/YouTube]

The post Ocean Vale's Team Hits Back At Producer's Claims Over "Glass House" appeared first on Beat Report.
""", [
    ('he co-wrote the hook for "Glass House" and was never credited', I, "Marcus Bennett", P, 'Producer Marcus "Kilo" Bennett', "claimed", "Instagram Live (since deleted)"),
    ("I was in that room. I played that melody on a broken keyboard at three in the morning,", D, "Marcus Bennett", P, "the 41-year-old", "said", "Instagram Live (since deleted)"),
    ("Now I'm supposed to act like I wasn't there?", D, "Marcus Bennett", P, "the 41-year-old", "said", "Instagram Live (since deleted)"),
    ("a bunch of people who only call when they need something.", D, "Marcus Bennett", P, "Bennett", "went on to call", "Instagram Live (since deleted)"),
    ("Ocean has enormous respect for every collaborator she has worked with. 'Glass House' was written by Ocean and her longtime co-writer Dani Ortiz in London in the spring of 2024, and the session files, dates and contracts reflect that. We have shared those documents with Mr. Bennett's lawyers and consider the matter closed.", D, None, A, "a representative for Vale", "saying", "statement to Beat Report"),
    ("Love you Kilo, but you weren't there for this one.", D, "Dani Ortiz", P, "Ortiz", "writing", "X post"),
    ("This one's mine. Y'all know this one's mine.", D, "Ocean Vale", P, "the 26-year-old", "told", "Ember Hall concert"),
    ("the arena erupted", I, None, U, "Fans in attendance", "said", None),
    ("weighing all options,", D, "Glenn Whitaker", P, "Bennett's attorney, Glenn Whitaker", "told", "Beat Report"),
    ("the producer wants his name on the song's credits, not a payout", I, "Glenn Whitaker", P, "Whitaker", "added", "Beat Report"),
    ("This is about respect,", D, "Glenn Whitaker", P, "he", "said", "Beat Report"),
    ("Marcus has been doing this for twenty years. He knows what he made.", D, "Glenn Whitaker", P, "he", "said", "Beat Report"),
    ('the producer had been offered a "special thanks" credit in the liner notes and turned it down', I, None, A, "An insider close to Vale's label, Northlight Records", "claimed", None),
], [
    ("Ocean Vale", ["Vale", "Ocean", "the singer", "the 26-year-old"]),
    ("Marcus Bennett", ['Producer Marcus "Kilo" Bennett', "Bennett", "Kilo", "Marcus", "Mr. Bennett", "the 41-year-old", "the producer"]),
    ("Dani Ortiz", ["Ortiz", "her longtime co-writer Dani Ortiz"]),
    ("Glenn Whitaker", ["Whitaker", "Bennett's attorney, Glenn Whitaker"]),
], [], [
    ("related_link", "Related: Ocean Vale Announces 40-Date World Tour — See The Dates!"),
    ("reader_prompt", "What do you think, Beat Reporters? Whose side are you on? Sound off below!"),
    ("image_credit", "[Image via Ocean Vale/Instagram, Marcus Bennett/YouTube]"),
    ("syndication_footer", 'The post Ocean Vale\'s Team Hits Back At Producer\'s Claims Over "Glass House" appeared first on Beat Report.'),
], orgs=[("Northlight Records", [])])

# ---------------------------------------------------------------- celebrity 4: red-carpet interview
art("ho-celeb-rosalind-achebe", "Premiere Pulse", "2026-10-29T04:15:00Z", """
Rosalind Achebe On Reuniting With Her ‘Night Garden’ Co-Star: ‘We Picked Up Right Where We Left Off’

Rosalind Achebe was all smiles at Tuesday night’s Los Angeles premiere of The Long Way Back.

The Oscar winner, 52, walked the red carpet alongside Desmond Kerr, with whom she last shared the screen in 2009’s “Night Garden.”

“Honestly? We picked up right where we left off,” Achebe told Premiere Pulse on the carpet. “Desmond still hums between takes. Seventeen years, and he still hums.”

Kerr, who plays her estranged husband in the drama, laughed when asked about the humming. “It’s a process,” the Scottish actor said. “She knows it’s a process.”

He told reporters he had almost turned the part down because of the film’s punishing shooting schedule in Iceland.

Related: Desmond Kerr And Wife Ana Celebrate 20 Years Of Marriage With Rare Family Photo!

The film, the feature debut of director Inés Carvalho, follows a long-divorced couple forced to drive across the country together after their son goes missing. Carvalho said the pair’s chemistry in rehearsals was the reason she rewrote the final act.

Achebe, whose daughter Zara Achebe-Lund, 19, joined her on the carpet, also revealed she had turned down a part in the “Starfall” franchise last year.

“I read it, I loved it, and I said no,” she explained. “At this point in my life I want to make things I’d actually watch with my kid.”

Zara, who is studying film at Harlow College, said her mother is “the least Hollywood person in Hollywood.”

“She still makes her own coffee on set,” the teen added with a grin.

Asked whether The Long Way Back could land her a second Oscar, the actress deflected:

“Ask me in March. Right now I’m just happy people are going to see it in a theater.”

An insider at the film’s studio, Meridian Pictures, claimed executives are already planning an awards campaign for both leads.

The Long Way Back opens in theaters Nov. 14.

Will you be seeing The Long Way Back? Let us know in the comments!

(Photos: Jordan Lee/Premiere Pulse; Meridian Pictures)

The post Rosalind Achebe On Reuniting With Her 'Night Garden' Co-Star: 'We Picked Up Right Where We Left Off' appeared first on Premiere Pulse.
""", [
    ("We Picked Up Right Where We Left Off", D, "Rosalind Achebe", P, "Rosalind Achebe", None, "red-carpet interview", 0),
    ("Honestly? We picked up right where we left off,", D, "Rosalind Achebe", P, "Achebe", "told", "Premiere Pulse red-carpet interview"),
    ("Desmond still hums between takes. Seventeen years, and he still hums.", D, "Rosalind Achebe", P, "Achebe", "told", "Premiere Pulse red-carpet interview"),
    ("It’s a process,", D, "Desmond Kerr", P, "the Scottish actor", "said", "red-carpet interview"),
    ("She knows it’s a process.", D, "Desmond Kerr", P, "the Scottish actor", "said", "red-carpet interview"),
    ("he had almost turned the part down because of the film’s punishing shooting schedule in Iceland", I, "Desmond Kerr", P, "He", "told", "red-carpet interview"),
    ("the pair’s chemistry in rehearsals was the reason she rewrote the final act", I, "Inés Carvalho", P, "Carvalho", "said", None),
    ("she had turned down a part in the “Starfall” franchise last year", I, "Rosalind Achebe", P, "Achebe", "revealed", "red-carpet interview"),
    ("I read it, I loved it, and I said no,", D, "Rosalind Achebe", P, "she", "explained", "red-carpet interview"),
    ("At this point in my life I want to make things I’d actually watch with my kid.", D, "Rosalind Achebe", P, "she", "explained", "red-carpet interview"),
    ("the least Hollywood person in Hollywood.", D, "Zara Achebe-Lund", P, "Zara", "said", "red-carpet interview"),
    ("She still makes her own coffee on set,", D, "Zara Achebe-Lund", P, "the teen", "added", "red-carpet interview"),
    ("Ask me in March. Right now I’m just happy people are going to see it in a theater.", D, "Rosalind Achebe", P, "the actress", "deflected", "red-carpet interview"),
    ("executives are already planning an awards campaign for both leads", I, None, A, "An insider at the film’s studio, Meridian Pictures", "claimed", None),
], [
    ("Rosalind Achebe", ["Achebe", "The Oscar winner", "the actress", "her mother"]),
    ("Desmond Kerr", ["Kerr", "Desmond", "the Scottish actor"]),
    ("Inés Carvalho", ["Carvalho", "director Inés Carvalho"]),
    ("Zara Achebe-Lund", ["Zara", "the teen"]),
    ("Ana", ["Wife Ana"]),
], [
    ("Rosalind Achebe", "parent_of", "Zara Achebe-Lund", "whose daughter Zara Achebe-Lund"),
    ("Desmond Kerr", "spouse", "Ana", "Desmond Kerr And Wife Ana"),
], [
    ("related_link", "Related: Desmond Kerr And Wife Ana Celebrate 20 Years Of Marriage With Rare Family Photo!"),
    ("reader_prompt", "Will you be seeing The Long Way Back? Let us know in the comments!"),
    ("image_credit", "(Photos: Jordan Lee/Premiere Pulse; Meridian Pictures)"),
    ("syndication_footer", "The post Rosalind Achebe On Reuniting With Her 'Night Garden' Co-Star: 'We Picked Up Right Where We Left Off' appeared first on Premiere Pulse."),
], orgs=[("Meridian Pictures", [])])

# ---------------------------------------------------------------- celebrity 5: podcast interview
art("ho-celeb-tyler-brennan", "CelebScoop", "2026-08-14T13:00:00Z", """
Tyler Brennan Admits He ‘Almost Walked Away’ From Comedy Before Breakout Special

Tyler Brennan is getting real about the lowest point of his career.

The stand-up comedian, 38, sat down with host Gus Lindqvist on the latest episode of the Back Of The Room podcast, where he revealed he had nearly given up on comedy entirely in 2022.

Related: Tyler Brennan Announces Small Victories Special With Hilarious Teaser!

“I was doing open mics in strip malls, driving four hours for a fifteen-minute set and getting paid in chicken wings,” Brennan recalled. “My wife was carrying us. I remember sitting in the car outside a club in Fresno thinking, ‘This is it. I’m done.’

“And then I went in and had the best set of my life. I almost walked away from the one thing I’m good at. Comedy is stupid like that.”

Lindqvist, who has known Brennan since college, claimed the comic once bombed so badly in Reno that the club refunded the entire audience.

“It’s true. Every single person,” Brennan admitted.

The father of two credited his wife, Renata Brennan, with keeping him going, saying she “never once asked me to get a real job.”

“She’d come home from a double shift and ask how the set went. Every night,” he said, his voice cracking. “I don’t know a lot of people who would do that.”

The comic’s special “Small Victories” premiered on Streamline in March. It became the platform’s most-watched comedy release of the year, according to the company.

Lindqvist joked on the episode, “You’re welcome, by the way,” since Brennan tested several of the special’s jokes on his show.

Brennan also opened up about his upcoming tour, which he has dubbed the “Still Standing Tour.” He told Lindqvist that the run would be his last before taking a year off to be with his kids.

“I missed my daughter’s first steps because I was in Cleveland,” he said. “I’m not missing anything else.”

A rep for the comedian confirmed the hiatus to CelebScoop.

Did YOU catch Small Victories? Sound off in the comments!

[Image via Back Of The Room/YouTube]

The post Tyler Brennan Admits He 'Almost Walked Away' From Comedy Before Breakout Special appeared first on CelebScoop.
""", [
    ("Almost Walked Away", D, "Tyler Brennan", P, "Tyler Brennan", "Admits", "Back Of The Room podcast", 0),
    ("he had nearly given up on comedy entirely in 2022", I, "Tyler Brennan", P, "he", "revealed", "Back Of The Room podcast"),
    ("I was doing open mics in strip malls, driving four hours for a fifteen-minute set and getting paid in chicken wings,", D, "Tyler Brennan", P, "Brennan", "recalled", "Back Of The Room podcast"),
    ("My wife was carrying us. I remember sitting in the car outside a club in Fresno thinking, ‘This is it. I’m done.’\n\n“And then I went in and had the best set of my life. I almost walked away from the one thing I’m good at. Comedy is stupid like that.", D, "Tyler Brennan", P, "Brennan", "recalled", "Back Of The Room podcast"),
    ("the comic once bombed so badly in Reno that the club refunded the entire audience", I, "Gus Lindqvist", P, "Lindqvist", "claimed", "Back Of The Room podcast"),
    ("It’s true. Every single person,", D, "Tyler Brennan", P, "Brennan", "admitted", "Back Of The Room podcast"),
    ("never once asked me to get a real job.", D, "Tyler Brennan", P, "The father of two", "saying", "Back Of The Room podcast"),
    ("She’d come home from a double shift and ask how the set went. Every night,", D, "Tyler Brennan", P, "he", "said", "Back Of The Room podcast"),
    ("I don’t know a lot of people who would do that.", D, "Tyler Brennan", P, "he", "said", "Back Of The Room podcast"),
    ("It became the platform’s most-watched comedy release of the year", I, "Streamline", O, "the company", "according to", None),
    ("You’re welcome, by the way,", D, "Gus Lindqvist", P, "Lindqvist", "joked", "Back Of The Room podcast"),
    ("the run would be his last before taking a year off to be with his kids", I, "Tyler Brennan", P, "He", "told", "Back Of The Room podcast"),
    ("I missed my daughter’s first steps because I was in Cleveland,", D, "Tyler Brennan", P, "he", "said", "Back Of The Room podcast"),
    ("I’m not missing anything else.", D, "Tyler Brennan", P, "he", "said", "Back Of The Room podcast"),
], [
    ("Tyler Brennan", ["Brennan", "The stand-up comedian", "The father of two", "the comic", "the comedian"]),
    ("Gus Lindqvist", ["host Gus Lindqvist", "Lindqvist"]),
    ("Renata Brennan", ["his wife, Renata Brennan"]),
], [("Tyler Brennan", "spouse", "Renata Brennan", "his wife, Renata Brennan")], [
    ("related_link", "Related: Tyler Brennan Announces Small Victories Special With Hilarious Teaser!"),
    ("reader_prompt", "Did YOU catch Small Victories? Sound off in the comments!"),
    ("image_credit", "[Image via Back Of The Room/YouTube]"),
    ("syndication_footer", "The post Tyler Brennan Admits He 'Almost Walked Away' From Comedy Before Breakout Special appeared first on CelebScoop."),
], orgs=[("Streamline", ["the platform"])])

# ---------------------------------------------------------------- celebrity 6: anonymous-insider gossip, straight quotes
art("ho-celeb-castellano-holloway", "Hush Weekly", "2026-09-03T10:45:00Z", """
Are Nina Castellano And Reid Holloway Headed For Divorce? Insiders Say 'The Marriage Is Over'

Trouble in paradise?

Nina Castellano and husband Reid Holloway haven't been photographed together in more than two months, and sources say the couple has been living apart since the spring.

"They're not fighting. It's just quiet, and quiet is worse," an insider told Hush Weekly. "Nina moved into the guest house in April, and Reid spends most of the week in Vancouver shooting his show. Honestly, the marriage is over. They just haven't said it out loud yet."

Related: Nina Castellano Shows Off Stunning Malibu Kitchen Renovation!

The Daybreak actress, 44, and the former "Ridge Patrol" star, 47, tied the knot in Tuscany in 2015. They share 8-year-old twins Leo and Mila.

A second source claimed the trouble started when Holloway signed on for a third season of his cable drama, which films for nine months of the year.

"Nina asked him not to do it. He did it anyway," the source said.

Castellano hinted at the strain in an interview with Vantage magazine last month, saying she had learned to "stop waiting for other people to show up." She told the outlet at the time: "I think when you hit your forties you realize you can't make anyone be who you need. You can only decide what you'll accept."

Holloway was spotted without his wedding ring at a Vancouver steakhouse last week, according to an eyewitness.

"He looked tired. He was on his phone the whole time," the onlooker said.

Reps for the couple did not respond to Hush Weekly's request for comment.

But a friend of the pair insisted it's too soon to write them off. "They've been through worse. Nobody should be picking out a divorce lawyer for them yet," the pal said.

Holloway's mother, Diane Holloway, also seemed to pour cold water on the rumors on Sunday when she commented "love you both ❤️" under a family photo Castellano posted to Instagram.

Do you think Nina and Reid can make it work? Tell us in the comments!

[Image via Nina Castellano/Instagram, Backgrid]

The post Are Nina Castellano And Reid Holloway Headed For Divorce? Insiders Say 'The Marriage Is Over' appeared first on Hush Weekly.
""", [
    ("The Marriage Is Over", D, None, A, "Insiders", "Say", "Hush Weekly", 0),
    ("the couple has been living apart since the spring", I, None, A, "sources", "say", None),
    ("They're not fighting. It's just quiet, and quiet is worse,", D, None, A, "an insider", "told", "Hush Weekly"),
    ("Nina moved into the guest house in April, and Reid spends most of the week in Vancouver shooting his show. Honestly, the marriage is over. They just haven't said it out loud yet.", D, None, A, "an insider", "told", "Hush Weekly"),
    ("the trouble started when Holloway signed on for a third season of his cable drama, which films for nine months of the year", I, None, A, "A second source", "claimed", "Hush Weekly"),
    ("Nina asked him not to do it. He did it anyway,", D, None, A, "the source", "said", "Hush Weekly"),
    ("stop waiting for other people to show up.", D, "Nina Castellano", P, "Castellano", "saying", "Vantage magazine interview"),
    ("I think when you hit your forties you realize you can't make anyone be who you need. You can only decide what you'll accept.", D, "Nina Castellano", P, "She", "told", "Vantage magazine interview"),
    ("Holloway was spotted without his wedding ring at a Vancouver steakhouse last week", I, None, A, "an eyewitness", "according to", None),
    ("He looked tired. He was on his phone the whole time,", D, None, A, "the onlooker", "said", None),
    ("it's too soon to write them off", I, None, A, "a friend of the pair", "insisted", None),
    ("They've been through worse. Nobody should be picking out a divorce lawyer for them yet,", D, None, A, "the pal", "said", None),
    ("love you both ❤️", D, "Diane Holloway", P, "she", "commented", "Instagram comment"),
], [
    ("Nina Castellano", ["Castellano", "Nina", "The Daybreak actress"]),
    ("Reid Holloway", ["Holloway", "Reid", "husband Reid Holloway", 'the former "Ridge Patrol" star']),
    ("Leo", []),
    ("Mila", []),
    ("Diane Holloway", ["Holloway's mother, Diane Holloway"]),
], [
    ("Nina Castellano", "spouse", "Reid Holloway", "husband Reid Holloway"),
    ("Nina Castellano", "parent_of", "Leo", "They share 8-year-old twins Leo and Mila"),
    ("Nina Castellano", "parent_of", "Mila", "They share 8-year-old twins Leo and Mila"),
    ("Reid Holloway", "parent_of", "Leo", "They share 8-year-old twins Leo and Mila"),
    ("Reid Holloway", "parent_of", "Mila", "They share 8-year-old twins Leo and Mila"),
    ("Leo", "sibling", "Mila", "twins Leo and Mila"),
    ("Diane Holloway", "parent_of", "Reid Holloway", "Holloway's mother, Diane Holloway"),
], [
    ("related_link", "Related: Nina Castellano Shows Off Stunning Malibu Kitchen Renovation!"),
    ("reader_prompt", "Do you think Nina and Reid can make it work? Tell us in the comments!"),
    ("image_credit", "[Image via Nina Castellano/Instagram, Backgrid]"),
    ("syndication_footer", "The post Are Nina Castellano And Reid Holloway Headed For Divorce? Insiders Say 'The Marriage Is Over' appeared first on Hush Weekly."),
])

# ---------------------------------------------------------------- news 1: politics, press conference, straight quotes
art("ho-news-transit-veto", "Capital Ledger", "2026-03-18T21:10:00Z", """
Governor Halvorsen vows to veto transit tax, setting up clash with legislature

Governor Annika Halvorsen said Wednesday she would veto a proposed half-cent sales tax for public transit, calling it "the wrong tax at the wrong time."

Speaking at a news conference in the Capitol rotunda, Halvorsen said families were already stretched by higher grocery and energy bills.

"I understand the need. I ride the Red Line myself," the governor said. "But you do not fix a transit budget by reaching into the pockets of the people who can least afford it, and I will not sign a bill that does that."

The measure, which passed the House 51-47 last month, would raise an estimated $310 million a year for bus and rail service. Its sponsor, Rep. Luis Ferrante, accused the governor of "walking away from working people who need a bus to get to work."

"She talks about affordability. You know what's not affordable? A second car," Ferrante told reporters after the news conference. "The governor has had two years to propose an alternative. She hasn't."

Ferrante said he was confident the Senate would pass the bill before the session ends in June.

Senate Majority Leader Pat Oyelaran was more cautious. Asked whether the chamber had the votes to override a veto, he said: "Not today. Maybe not this session. We'll count again after the budget hearings."

Halvorsen, a former county treasurer who is seeking a second term in November, said she would instead propose drawing $90 million from the state's rainy-day fund to keep buses running through 2027.

Transit advocates warned that the stopgap would only delay service cuts.

"A one-time patch is a promise to have this exact fight again in two years," said Carla Oduya, director of the Riders First coalition.

The Metropolitan Transit Authority said in a statement that without new revenue it would have to cut weekend service on six bus routes starting in January.
""", [
    ("she would veto a proposed half-cent sales tax for public transit", I, "Annika Halvorsen", P, "Governor Annika Halvorsen", "said", "news conference"),
    ("the wrong tax at the wrong time.", D, "Annika Halvorsen", P, "Governor Annika Halvorsen", "calling", "news conference"),
    ("families were already stretched by higher grocery and energy bills", I, "Annika Halvorsen", P, "Halvorsen", "said", "news conference"),
    ("I understand the need. I ride the Red Line myself,", D, "Annika Halvorsen", P, "the governor", "said", "news conference"),
    ("But you do not fix a transit budget by reaching into the pockets of the people who can least afford it, and I will not sign a bill that does that.", D, "Annika Halvorsen", P, "the governor", "said", "news conference"),
    ("walking away from working people who need a bus to get to work.", D, "Luis Ferrante", P, "Its sponsor, Rep. Luis Ferrante", "accused", None),
    ("She talks about affordability. You know what's not affordable? A second car,", D, "Luis Ferrante", P, "Ferrante", "told", None),
    ("The governor has had two years to propose an alternative. She hasn't.", D, "Luis Ferrante", P, "Ferrante", "told", None),
    ("he was confident the Senate would pass the bill before the session ends in June", I, "Luis Ferrante", P, "Ferrante", "said", None),
    ("Not today. Maybe not this session. We'll count again after the budget hearings.", D, "Pat Oyelaran", P, "he", "said", None),
    ("she would instead propose drawing $90 million from the state's rainy-day fund to keep buses running through 2027", I, "Annika Halvorsen", P, "Halvorsen, a former county treasurer who is seeking a second term in November", "said", "news conference"),
    ("the stopgap would only delay service cuts", I, None, U, "Transit advocates", "warned", None),
    ("A one-time patch is a promise to have this exact fight again in two years,", D, "Carla Oduya", P, "Carla Oduya, director of the Riders First coalition", "said", None),
    ("without new revenue it would have to cut weekend service on six bus routes starting in January", I, "Metropolitan Transit Authority", O, "The Metropolitan Transit Authority", "said", "statement"),
], [
    ("Annika Halvorsen", ["Governor Annika Halvorsen", "Governor Halvorsen", "Halvorsen", "the governor"]),
    ("Luis Ferrante", ["Rep. Luis Ferrante", "Ferrante"]),
    ("Pat Oyelaran", ["Senate Majority Leader Pat Oyelaran"]),
    ("Carla Oduya", []),
], [], [], orgs=[("Metropolitan Transit Authority", []), ("Riders First", ["the Riders First coalition"])])

# ---------------------------------------------------------------- news 2: court, sentencing (British style)
art("ho-news-hospice-fraud", "Northgate Herald", "2026-04-24T16:35:00Z", """
Former hospice treasurer jailed for six years after stealing £1.2m

A former treasurer who stole more than £1.2 million from a children’s hospice over nine years has been jailed for six years.

Graham Pettifer, 61, spent the money on foreign holidays, a villa in Portugal and online gambling, prosecutors said.

Pettifer, of Ashcombe Road, Wellsby, had been treasurer of Little Lanterns Hospice since 2011 and pleaded guilty in March to fraud by abuse of position.

Prosecutor Helen Marsh told Wellsby Crown Court that Pettifer had moved the money in 214 separate transfers, many of them disguised as payments to a catering firm that did not exist.

“This was not a moment of weakness. It was a careful, patient deception, sustained for the best part of a decade,” Ms Marsh said.

The hospice’s chief executive, Dr Priya Raman, read a victim impact statement to the court. She said:

“Every pound he took was a pound that did not reach a family at the worst moment of their lives. We cut our bereavement service by a third in 2022 because we believed we could not afford it. We could have afforded it.

“The staff and volunteers who trusted him feel foolish, and they should not. He made sure no one could see what he was doing.”

Defending, Simon Achterberg said his client had already sold the Portuguese property to repay part of the money. He described Pettifer as “deeply ashamed”.

“He has not tried to excuse any of it,” Mr Achterberg said. “He knows there is nothing he can say that will make this right.”

Sentencing, Judge Caroline Whitfield told Pettifer he had “betrayed the trust of people who gave what little they had”.

“You stole from a charity that cares for dying children,” the judge said. “It is hard to think of a meaner crime.”

She ordered that a confiscation hearing take place in September.

Outside court, Dr Raman said the hospice had received more than 400 messages of support since the fraud came to light and would now focus on rebuilding its bereavement service.

A spokesperson for the Charity Commission said its own inquiry into the hospice’s financial controls was continuing.
""", [
    ("Graham Pettifer, 61, spent the money on foreign holidays, a villa in Portugal and online gambling", I, None, U, "prosecutors", "said", None),
    ("Pettifer had moved the money in 214 separate transfers, many of them disguised as payments to a catering firm that did not exist", I, "Helen Marsh", P, "Prosecutor Helen Marsh", "told", "Wellsby Crown Court"),
    ("This was not a moment of weakness. It was a careful, patient deception, sustained for the best part of a decade,", D, "Helen Marsh", P, "Ms Marsh", "said", "Wellsby Crown Court"),
    ("Every pound he took was a pound that did not reach a family at the worst moment of their lives. We cut our bereavement service by a third in 2022 because we believed we could not afford it. We could have afforded it.\n\n“The staff and volunteers who trusted him feel foolish, and they should not. He made sure no one could see what he was doing.", D, "Priya Raman", P, "She", "said", "victim impact statement"),
    ("his client had already sold the Portuguese property to repay part of the money", I, "Simon Achterberg", P, "Simon Achterberg", "said", "Wellsby Crown Court"),
    ("deeply ashamed", D, "Simon Achterberg", P, "He", "described", "Wellsby Crown Court"),
    ("He has not tried to excuse any of it,", D, "Simon Achterberg", P, "Mr Achterberg", "said", "Wellsby Crown Court"),
    ("He knows there is nothing he can say that will make this right.", D, "Simon Achterberg", P, "Mr Achterberg", "said", "Wellsby Crown Court"),
    ("betrayed the trust of people who gave what little they had", D, "Caroline Whitfield", P, "Judge Caroline Whitfield", "told", "Wellsby Crown Court"),
    ("You stole from a charity that cares for dying children,", D, "Caroline Whitfield", P, "the judge", "said", "Wellsby Crown Court"),
    ("It is hard to think of a meaner crime.", D, "Caroline Whitfield", P, "the judge", "said", "Wellsby Crown Court"),
    ("the hospice had received more than 400 messages of support since the fraud came to light and would now focus on rebuilding its bereavement service", I, "Priya Raman", P, "Dr Raman", "said", None),
    ("its own inquiry into the hospice’s financial controls was continuing", I, "Charity Commission", O, "A spokesperson for the Charity Commission", "said", None),
], [
    ("Graham Pettifer", ["Pettifer"]),
    ("Helen Marsh", ["Prosecutor Helen Marsh", "Ms Marsh"]),
    ("Priya Raman", ["Dr Priya Raman", "Dr Raman", "The hospice’s chief executive"]),
    ("Simon Achterberg", ["Mr Achterberg"]),
    ("Caroline Whitfield", ["Judge Caroline Whitfield", "the judge"]),
], [], [], orgs=[("Little Lanterns Hospice", ["the hospice"]), ("Charity Commission", ["the Charity Commission"])])

# ---------------------------------------------------------------- news 3: business, earnings call, straight quotes
art("ho-news-corvane-earnings", "Market Desk", "2026-10-22T22:05:00Z", """
Corvane shares slide as chief executive warns of "bumpy" year for chip orders

Shares of Corvane Systems fell 9% in after-hours trading on Thursday after the chipmaker forecast weaker-than-expected revenue for the current quarter and its chief executive warned that customers were delaying orders.

Corvane reported revenue of $4.2 billion for the three months to September, up 3% from a year earlier but short of the $4.4 billion analysts had expected.

"We're seeing customers in the automotive and industrial segments work down inventory they built up last year," Chief Executive Elena Marchetti said on a call with analysts. "That is a timing issue, not a demand issue. It will be a bumpy few quarters, but we expect inventories to normalize by the middle of next year."

Marchetti, who took over in January after the abrupt departure of founder Karl Osterberg, said the company would press ahead with its $6 billion factory in Ohio despite the slowdown.

Finance chief Raj Iyer told analysts that gross margin would fall to about 41% in the fourth quarter, from 44%, as the new plant ramps up.

"We are carrying the cost of a factory that isn't producing revenue yet," he said. "Investors should expect that for another three or four quarters."

One analyst, Dana Whitcombe of Halberd Securities, asked bluntly: "Are you losing share, or is the whole market soft?"

"The whole market is soft," Marchetti replied, adding that Corvane's share of automotive chips had "held steady or ticked up" in every region.

In a statement released with the results, the company said it would buy back up to $2 billion of its own shares over the next 18 months.

Some investors were unconvinced. "They've said 'timing issue' two quarters in a row now," said Howard Lenz, a portfolio manager at Greyfield Capital, which owns Corvane shares. "At some point the timing issue is the issue."

Corvane's stock had risen 38% this year before Thursday's results.
""", [
    ("bumpy", D, "Elena Marchetti", P, "chief executive", "warns", "earnings call", 0),
    ("customers were delaying orders", I, "Elena Marchetti", P, "its chief executive", "warned", "earnings call"),
    ("We're seeing customers in the automotive and industrial segments work down inventory they built up last year,", D, "Elena Marchetti", P, "Chief Executive Elena Marchetti", "said", "earnings call"),
    ("That is a timing issue, not a demand issue. It will be a bumpy few quarters, but we expect inventories to normalize by the middle of next year.", D, "Elena Marchetti", P, "Chief Executive Elena Marchetti", "said", "earnings call"),
    ("the company would press ahead with its $6 billion factory in Ohio despite the slowdown", I, "Elena Marchetti", P, "Marchetti", "said", "earnings call"),
    ("gross margin would fall to about 41% in the fourth quarter, from 44%, as the new plant ramps up", I, "Raj Iyer", P, "Finance chief Raj Iyer", "told", "earnings call"),
    ("We are carrying the cost of a factory that isn't producing revenue yet,", D, "Raj Iyer", P, "he", "said", "earnings call"),
    ("Investors should expect that for another three or four quarters.", D, "Raj Iyer", P, "he", "said", "earnings call"),
    ("Are you losing share, or is the whole market soft?", D, "Dana Whitcombe", P, "One analyst, Dana Whitcombe of Halberd Securities", "asked", "earnings call"),
    ("The whole market is soft,", D, "Elena Marchetti", P, "Marchetti", "replied", "earnings call"),
    ("held steady or ticked up", D, "Elena Marchetti", P, "Marchetti", "adding", "earnings call"),
    ("it would buy back up to $2 billion of its own shares over the next 18 months", I, "Corvane Systems", O, "the company", "said", "statement"),
    ("They've said 'timing issue' two quarters in a row now,", D, "Howard Lenz", P, "Howard Lenz, a portfolio manager at Greyfield Capital", "said", None),
    ("At some point the timing issue is the issue.", D, "Howard Lenz", P, "Howard Lenz, a portfolio manager at Greyfield Capital", "said", None),
], [
    ("Elena Marchetti", ["Chief Executive Elena Marchetti", "Marchetti", "its chief executive", "chief executive"]),
    ("Karl Osterberg", ["founder Karl Osterberg"]),
    ("Raj Iyer", ["Finance chief Raj Iyer"]),
    ("Dana Whitcombe", ["One analyst, Dana Whitcombe of Halberd Securities"]),
    ("Howard Lenz", []),
], [], [], orgs=[("Corvane Systems", ["Corvane", "the chipmaker", "the company"]), ("Halberd Securities", []),
                 ("Greyfield Capital", [])])

# ---------------------------------------------------------------- news 4: sport, post-match
art("ho-news-harcastle-penalty", "Touchline Wire", "2026-11-07T19:55:00Z", """
Harcastle boss Dunmore fumes at referee after late penalty denies them top spot

Harcastle United manager Neil Dunmore accused referee Paul Castellan of “losing his nerve” after a stoppage-time penalty gave Bramford Rovers a 2-2 draw at the Eastgate Stadium on Saturday.

Harcastle led 2-0 at half-time through goals from Theo Asante and captain Luka Marić, but Rovers pulled one back on the hour and were awarded a penalty in the 94th minute when Marić was judged to have handled on the line. Bramford striker Dario Velez, known to supporters as “the Postman” because he always delivers, converted the spot-kick.

“I’ve watched it ten times. The ball hits his chest, then his arm, and it’s going wide anyway,” Dunmore said. “The referee had a perfect view and he gave nothing. Then 20,000 people start shouting and suddenly it’s a penalty. That’s a man losing his nerve.”

The 52-year-old coach, who could face a disciplinary charge over his comments, added that he would write to the league to ask for an explanation.

Marić, who was booked for his protests, was more measured. “From where I was standing it hit my chest,” the Croatian defender told reporters. “But I’m not the referee, and I’m not going to cry about it. We should have been 4-0 up by then.”

Bramford manager Sofia Lindahl said she thought the decision was correct.

“I’m sure Neil sees it differently, and I understand that. I’d be angry too,” she said. “But we kept going, and we deserved something from the game.”

Lindahl also praised Velez, saying:

“Dario wants the ball in the big moments. You can’t coach that. He has had a difficult few months, and today he showed everyone why we signed him.”

Velez, 24, told the club’s website he had dedicated the goal to his grandmother, who died last month.

Harcastle remain second, two points behind leaders Oakmere, who visit Eastgate on Tuesday.

A spokesperson for the Professional Referees’ Board said it does not comment on individual decisions.
""", [
    ("losing his nerve", D, "Neil Dunmore", P, "Harcastle United manager Neil Dunmore", "accused", "post-match press conference", 0),
    ("I’ve watched it ten times. The ball hits his chest, then his arm, and it’s going wide anyway,", D, "Neil Dunmore", P, "Dunmore", "said", "post-match press conference"),
    ("The referee had a perfect view and he gave nothing. Then 20,000 people start shouting and suddenly it’s a penalty. That’s a man losing his nerve.", D, "Neil Dunmore", P, "Dunmore", "said", "post-match press conference"),
    ("he would write to the league to ask for an explanation", I, "Neil Dunmore", P, "The 52-year-old coach", "added", "post-match press conference"),
    ("From where I was standing it hit my chest,", D, "Luka Marić", P, "the Croatian defender", "told", "post-match interview"),
    ("But I’m not the referee, and I’m not going to cry about it. We should have been 4-0 up by then.", D, "Luka Marić", P, "the Croatian defender", "told", "post-match interview"),
    ("she thought the decision was correct", I, "Sofia Lindahl", P, "Bramford manager Sofia Lindahl", "said", "post-match press conference"),
    ("I’m sure Neil sees it differently, and I understand that. I’d be angry too,", D, "Sofia Lindahl", P, "she", "said", "post-match press conference"),
    ("But we kept going, and we deserved something from the game.", D, "Sofia Lindahl", P, "she", "said", "post-match press conference"),
    ("Dario wants the ball in the big moments. You can’t coach that. He has had a difficult few months, and today he showed everyone why we signed him.", D, "Sofia Lindahl", P, "Lindahl", "saying", "post-match press conference"),
    ("he had dedicated the goal to his grandmother, who died last month", I, "Dario Velez", P, "Velez", "told", "club website"),
    ("it does not comment on individual decisions", I, "Professional Referees’ Board", O, "A spokesperson for the Professional Referees’ Board", "said", None),
], [
    ("Neil Dunmore", ["Harcastle United manager Neil Dunmore", "Harcastle boss Dunmore", "Dunmore", "The 52-year-old coach", "Neil"]),
    ("Paul Castellan", ["referee Paul Castellan"]),
    ("Theo Asante", []),
    ("Luka Marić", ["captain Luka Marić", "Marić", "the Croatian defender"]),
    ("Dario Velez", ["Bramford striker Dario Velez", "Velez", "Dario", "the Postman"]),
    ("Sofia Lindahl", ["Bramford manager Sofia Lindahl", "Lindahl"]),
], [], [], orgs=[("Harcastle United", ["Harcastle"]), ("Bramford Rovers", ["Rovers", "Bramford"]),
                 ("Professional Referees’ Board", [])])

# ---------------------------------------------------------------- news 5: local council meeting, straight quotes
art("ho-news-quarry-housing", "Riverside Gazette", "2026-02-10T07:00:00Z", """
Council approves Fennick Quarry housing plan despite residents' objections

City council members voted 6-3 on Monday night to approve a 240-home development on the site of the former Fennick Quarry, ending a two-year fight that packed the council chamber one last time.

More than 60 residents signed up to speak during public comment on the plan, which opponents have nicknamed "the Quarry Sprawl." Most were against it.

"You are putting 240 families at the end of a road that already floods twice a year," said Margaret Oyelowo, who has lived on Quarry Lane for 31 years. "When the ambulance can't get through, I hope you remember tonight."

Another resident, Tom Kessler, said the developer's traffic study had been carried out during the school holidays, when the roads are quiet.

Councilwoman Jess Arbuthnot, whose ward includes the quarry, voted against the plan. She said the city was "trading a long-term problem for a short-term headline."

"Nobody on this council is against housing. I have voted for every affordable housing project that has come before us," Arbuthnot said. "This is the wrong site, and everyone in this room knows it."

Mayor Dennis Fairweather said the city could not afford to turn down new homes while rents keep rising.

"We have 1,800 people on the housing waiting list," the mayor said. "I've heard the concerns about flooding and traffic, and the conditions we've attached tonight address them."

Those conditions include a new drainage culvert and a second access road, which the developer, Halewood Homes, must build before the first residents move in.

Halewood's project director, Anil Dutta, told the Gazette the company would begin site work in the spring.

"We've listened. The plan approved tonight is not the plan we first submitted," he said.

Opponents said they were considering a legal challenge. A city staff member, who asked not to be named because they were not authorized to speak publicly, said the city's lawyers had already reviewed the decision with that possibility in mind.
""", [
    ("You are putting 240 families at the end of a road that already floods twice a year,", D, "Margaret Oyelowo", P, "Margaret Oyelowo, who has lived on Quarry Lane for 31 years", "said", "council meeting"),
    ("When the ambulance can't get through, I hope you remember tonight.", D, "Margaret Oyelowo", P, "Margaret Oyelowo, who has lived on Quarry Lane for 31 years", "said", "council meeting"),
    ("the developer's traffic study had been carried out during the school holidays, when the roads are quiet", I, "Tom Kessler", P, "Another resident, Tom Kessler", "said", "council meeting"),
    ("trading a long-term problem for a short-term headline.", D, "Jess Arbuthnot", P, "She", "said", "council meeting"),
    ("Nobody on this council is against housing. I have voted for every affordable housing project that has come before us,", D, "Jess Arbuthnot", P, "Arbuthnot", "said", "council meeting"),
    ("This is the wrong site, and everyone in this room knows it.", D, "Jess Arbuthnot", P, "Arbuthnot", "said", "council meeting"),
    ("the city could not afford to turn down new homes while rents keep rising", I, "Dennis Fairweather", P, "Mayor Dennis Fairweather", "said", "council meeting"),
    ("We have 1,800 people on the housing waiting list,", D, "Dennis Fairweather", P, "the mayor", "said", "council meeting"),
    ("I've heard the concerns about flooding and traffic, and the conditions we've attached tonight address them.", D, "Dennis Fairweather", P, "the mayor", "said", "council meeting"),
    ("the company would begin site work in the spring", I, "Anil Dutta", P, "Halewood's project director, Anil Dutta", "told", "Riverside Gazette"),
    ("We've listened. The plan approved tonight is not the plan we first submitted,", D, "Anil Dutta", P, "he", "said", "Riverside Gazette"),
    ("they were considering a legal challenge", I, None, U, "Opponents", "said", None),
    ("the city's lawyers had already reviewed the decision with that possibility in mind", I, None, A, "A city staff member", "said", None),
], [
    ("Margaret Oyelowo", []),
    ("Tom Kessler", ["Another resident, Tom Kessler"]),
    ("Jess Arbuthnot", ["Councilwoman Jess Arbuthnot", "Arbuthnot"]),
    ("Dennis Fairweather", ["Mayor Dennis Fairweather", "the mayor"]),
    ("Anil Dutta", ["Halewood's project director, Anil Dutta"]),
], [], [], orgs=[("Halewood Homes", ["Halewood", "the developer", "the company"])])

# ---------------------------------------------------------------- news 6: health / science, study and spokespeople
art("ho-news-migraine-spray", "Health Dispatch", "2026-05-27T12:00:00Z", """
Nasal spray nearly halves migraine days in early trial

An experimental nasal spray cut the number of days people spent with migraines almost in half over three months, in a trial published on Wednesday in the Journal of Clinical Neurology.

The spray, known as VX-17 and developed by the Danish drugmaker Nordhavn Pharma, was tested on 418 adults who had migraines at least eight days a month. Those using the spray had on average 4.6 fewer migraine days a month by the end of the trial, compared with 2.1 fewer days in the placebo group.

“For people who lose a third of every month to pain, four or five days back is enormous,” said Dr Hana Sato, a neurologist at St Brendan’s Hospital in Dublin who led the study. “It’s the difference between keeping a job and losing it.”

Sato said the spray begins to work within about 20 minutes, faster than most tablets, because it is absorbed through the lining of the nose.

But she cautioned that the trial was small and relatively short. “We don’t yet know what happens after a year of use,” she said. “That study still needs to be done.”

About one in five participants reported a bitter taste or nasal irritation, the researchers wrote.

Dr Martin Kowalczyk, a headache specialist at the University of Lakeshore who was not involved in the research, called the results “genuinely encouraging” but said they should be treated with care. He added:

“Migraine trials have a notoriously high placebo response. Two fewer bad days on a dummy spray tells you how much expectation matters. The real test is whether the gap holds up in a bigger, longer study.”

A spokesperson for Nordhavn Pharma said the company planned to start a larger trial involving 2,000 patients in Europe and North America next year and would seek approval “no earlier than 2028”.

The study was funded by Nordhavn, and two of its authors are company employees.

The National Medicines Agency said in a statement that it had not received an application for the spray.

Ruth Gallagher, 46, who took part in the trial in Dublin, described the spray as “the first thing that has worked in fifteen years”. She said:

“I went from missing two days of work a week to missing maybe one a month. I cried when they told me I might not be able to keep using it after the trial ended.”
""", [
    ("For people who lose a third of every month to pain, four or five days back is enormous,", D, "Hana Sato", P, "Dr Hana Sato, a neurologist at St Brendan’s Hospital in Dublin who led the study", "said", None),
    ("It’s the difference between keeping a job and losing it.", D, "Hana Sato", P, "Dr Hana Sato, a neurologist at St Brendan’s Hospital in Dublin who led the study", "said", None),
    ("the spray begins to work within about 20 minutes, faster than most tablets, because it is absorbed through the lining of the nose", I, "Hana Sato", P, "Sato", "said", None),
    ("the trial was small and relatively short", I, "Hana Sato", P, "she", "cautioned", None),
    ("We don’t yet know what happens after a year of use,", D, "Hana Sato", P, "she", "said", None),
    ("That study still needs to be done.", D, "Hana Sato", P, "she", "said", None),
    ("About one in five participants reported a bitter taste or nasal irritation", I, None, U, "the researchers", "wrote", "study"),
    ("genuinely encouraging", D, "Martin Kowalczyk", P, "Dr Martin Kowalczyk, a headache specialist at the University of Lakeshore who was not involved in the research", "called", None),
    ("they should be treated with care", I, "Martin Kowalczyk", P, "Dr Martin Kowalczyk, a headache specialist at the University of Lakeshore who was not involved in the research", "said", None),
    ("Migraine trials have a notoriously high placebo response. Two fewer bad days on a dummy spray tells you how much expectation matters. The real test is whether the gap holds up in a bigger, longer study.", D, "Martin Kowalczyk", P, "He", "added", None),
    ("the company planned to start a larger trial involving 2,000 patients in Europe and North America next year", I, "Nordhavn Pharma", O, "A spokesperson for Nordhavn Pharma", "said", None),
    ("no earlier than 2028", D, "Nordhavn Pharma", O, "A spokesperson for Nordhavn Pharma", "said", None),
    ("it had not received an application for the spray", I, "National Medicines Agency", O, "The National Medicines Agency", "said", "statement"),
    ("the first thing that has worked in fifteen years", D, "Ruth Gallagher", P, "Ruth Gallagher, 46, who took part in the trial in Dublin", "described", None),
    ("I went from missing two days of work a week to missing maybe one a month. I cried when they told me I might not be able to keep using it after the trial ended.", D, "Ruth Gallagher", P, "She", "said", None),
], [
    ("Hana Sato", ["Dr Hana Sato", "Sato"]),
    ("Martin Kowalczyk", ["Dr Martin Kowalczyk"]),
    ("Ruth Gallagher", []),
], [], [], orgs=[("Nordhavn Pharma", ["Nordhavn", "the Danish drugmaker Nordhavn Pharma", "the company"]),
                 ("National Medicines Agency", [])])


if __name__ == "__main__":
    gold.main()
