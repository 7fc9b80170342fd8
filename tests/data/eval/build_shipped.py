"""Build shipped.gold.jsonl: a seventh invented evaluation set, written blind and scored once.

Eight articles written by us on 2026-11-24 (invented people, outlets and events; no real article
text): four celebrity pieces (a reality-star feud told through Instagram Stories and a podcast, a
band reunion with the label's statement, a soap actor's drink-driving hearing in British single
curly quotes, an aristocratic estate sale with friends and palace sources) and four news pieces (a
teachers' strike with a union leader, a minister and parents; a tech product launch with
executives on stage and analysts in straight quotes; a football manager's sacking in straight
single quotes with the club statement and players' posts; a town flood with residents, an MP and
the Environment Agency). Written without reading the engine, its tests or the other sets'
articles, and without running the engine until every article was built and committed.
Same format and conventions as the other sets (see README.md). Quotes are given as (substring,
kind, speaker, speaker_kind, mention, cue, channel[, occurrence]); offsets are computed and every
span, mention, alias and evidence string is checked by builder.py.
Run: python tests/data/eval/build_shipped.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from builder import A, D, I, O, P, GoldSet  # noqa: E402

gold = GoldSet(Path(__file__).with_name("shipped.gold.jsonl"))
art = gold.art


# ---------------------------------------------------------------- celebrity 1: reality-star feud, Instagram Stories and a podcast
KV, BO = "Kendra Vale", "Bianca Ortiz-Hale"
IGS, POD = "Instagram Story", "Pillow Talk With Bianca podcast"
art("gl-vale-ortiz-hale-feud", "Gossip Ledger", "2026-11-18T09:40:00-05:00", """
Kendra Vale Fires Back At Former Castmate: ‘I Was Never Your Friend’

Reality star Kendra Vale is not letting this one go.

The 29-year-old Sun House alum took to her Instagram Stories on Tuesday night to respond to former castmate Bianca Ortiz-Hale, who had described their three seasons together as “a hostage situation” on her podcast last week.

“I was never your friend, Bianca. I was your storyline,” Vale wrote over a plain black screen. “Everyone in that house knew it except you.”

Related: Sun House Reunion Special Delayed After Cast Walks Off Set

In a second slide, the mother of two claimed Ortiz-Hale had leaked private messages to producers to secure a fourth season. Vale, dubbed the “Queen of Sun House” by fans, did not share any receipts.

Ortiz-Hale, for her part, has been anything but subtle. On the latest episode of her podcast, Pillow Talk With Bianca, she told listeners:

“Look, I spent three years being the villain so she could be the sweetheart. I’m done. I’m not doing the ‘Sun House sisters’ thing anymore. That was a brand, not a friendship.

“If she wants to talk, she has my number. She’s had it since 2019.”

Ortiz-Hale also said on the episode that she had been paid less than her co-stars for two seasons. Her co-host, Dev Morrow, chimed in that the pair had “never once” filmed a scene together without a fight.

Fans were quick to pick sides. One commenter wrote under Vale’s post: “Bianca has been saying this for years and nobody listened.”

A rep for Vale did not respond to a request for comment, but a source close to the star told Gossip Ledger she was “exhausted” by the whole thing. The source added that Vale plans to skip the reunion taping altogether.

Meanwhile, Brightline TV, the network behind the show, said in a statement that it “does not comment on cast disputes” and that the reunion would air “as planned” in March.

Vale later posted a photo of her two kids on the beach with the caption “Only thing that matters.”

[Image via Kendra Vale/Instagram, Brightline TV]

Whose side are you on, Ledger readers? Sound off in the comments!

The post Kendra Vale Fires Back At Former Castmate: 'I Was Never Your Friend' appeared first on Gossip Ledger.
""", [
    ("I Was Never Your Friend", D, KV, P, "Kendra Vale", "Fires Back", IGS, 0),
    ("a hostage situation", D, BO, P, "Bianca Ortiz-Hale", "described", POD),
    ("I was never your friend, Bianca. I was your storyline,", D, KV, P, "Vale", "wrote", IGS),
    ("Everyone in that house knew it except you.", D, KV, P, "Vale", "wrote", IGS),
    ("Ortiz-Hale had leaked private messages to producers to secure a fourth season", I, KV, P,
     "the mother of two", "claimed", IGS),
    ("Look, I spent three years being the villain so she could be the sweetheart. I’m done. I’m not doing the "
     "‘Sun House sisters’ thing anymore. That was a brand, not a friendship.\n\n“If she wants to talk, she has my "
     "number. She’s had it since 2019.", D, BO, P, "she", "told", POD),
    ("she had been paid less than her co-stars for two seasons", I, BO, P, "Ortiz-Hale", "said", POD),
    ("never once", D, "Dev Morrow", P, "Dev Morrow", "chimed in", POD),
    ("Bianca has been saying this for years and nobody listened.", D, None, A, "One commenter", "wrote",
     "Instagram comment"),
    ("exhausted", D, None, A, "a source close to the star", "told", None),
    ("Vale plans to skip the reunion taping altogether", I, None, A, "The source", "added", None),
    ("does not comment on cast disputes", D, "Brightline TV", O, "Brightline TV", "said", "statement"),
    ("as planned", D, "Brightline TV", O, "Brightline TV", "said", "statement"),
    ("Only thing that matters.", D, KV, P, "Vale", "caption", "Instagram post"),
], people=[
    (KV, ["Vale", "The 29-year-old Sun House alum", "the mother of two"]),
    (BO, ["Ortiz-Hale", "Bianca"]),
    ("Dev Morrow", []),
], orgs=[("Brightline TV", [])], boilerplate=[
    ("related_link", "Related: Sun House Reunion Special Delayed After Cast Walks Off Set"),
    ("image_credit", "[Image via Kendra Vale/Instagram, Brightline TV]"),
    ("reader_prompt", "Whose side are you on, Ledger readers? Sound off in the comments!"),
    ("syndication_footer", "The post Kendra Vale Fires Back At Former Castmate: 'I Was Never Your Friend' "
     "appeared first on Gossip Ledger."),
])


# ---------------------------------------------------------------- celebrity 2: band reunion, label statement, straight quotes
RA, NC, TP, GH, NR = "Rory Ashdown", "Nell Carraway", "Tom Pell", "Glass Harbor", "Northlight Records"
art("amp-glass-harbor-reunion", "Amp Daily", "2026-11-20T12:15:00-05:00", '''
Glass Harbor Reunite After 12 Years As Rory Ashdown Says "We Owe You One More Night"

Glass Harbor are back.

The Manchester-born indie quartet announced Thursday they will reunite for a one-off show at Hollow Park in August, twelve years after their bitter split. The band, whose 2009 single "Saltwater Lungs" became an unlikely TikTok hit last spring, were a fixture of the so-called "blog rock" era.

Frontman Rory Ashdown broke the news in a video posted to the band's Instagram, telling fans: "We owe you one more night. We owe each other one more night, probably, too."

"I didn't think this would ever happen," Ashdown, 44, added. "Honestly, for a long time I didn't want it to."

Related: Rory Ashdown Opens Up About Sobriety And Solo Album

Bassist Nell Carraway, who famously walked off stage mid-song at the band's last show in 2014, was more guarded. Asked on the band's livestream whether old wounds had healed, she laughed and said: "Ask me after the soundcheck."

She did say the four had met "three or four times" over the past year, and said the idea came from drummer Tom Pell.

Pell, reached by phone, said he simply texted the others on his 40th birthday. "It wasn't some grand plan. I just asked, and for once nobody said no," he said.

Their label, Northlight Records, confirmed the show in a statement:

"Northlight is thrilled to welcome Glass Harbor home. Their records have never stopped finding new listeners, and we know Hollow Park will be a night to remember. Tickets go on sale Friday at 10am."

A Northlight spokesperson declined to say whether new music was in the works, but said the label was "open to anything the band wants to do."

The split was messy. In a 2016 interview, Ashdown called the band's final tour "the worst eight weeks of my life," a line fans later printed on T-shirts.

According to a source at promoter Livewire Presents, more than 200,000 people have already registered for the presale.

(Photo: Northlight Records)

Will you be at Hollow Park? Let us know below!
''', [
    ("We Owe You One More Night", D, RA, P, "Rory Ashdown", "Says", "Instagram video"),
    ("they will reunite for a one-off show at Hollow Park in August, twelve years after their bitter split", I, GH, O,
     "The Manchester-born indie quartet", "announced", None),
    ("We owe you one more night. We owe each other one more night, probably, too.", D, RA, P,
     "Frontman Rory Ashdown", "telling", "Instagram video"),
    ("I didn't think this would ever happen,", D, RA, P, "Ashdown", "added", "Instagram video"),
    ("Honestly, for a long time I didn't want it to.", D, RA, P, "Ashdown", "added", "Instagram video"),
    ("Ask me after the soundcheck.", D, NC, P, "she", "said", "livestream"),
    ("three or four times", D, NC, P, "She", "did say", "livestream"),
    ("the idea came from drummer Tom Pell", I, NC, P, "She", "said", "livestream"),
    ("he simply texted the others on his 40th birthday", I, TP, P, "Pell", "said", "phone interview"),
    ("It wasn't some grand plan. I just asked, and for once nobody said no,", D, TP, P, "he", "said",
     "phone interview"),
    ("Northlight is thrilled to welcome Glass Harbor home. Their records have never stopped finding new listeners, "
     "and we know Hollow Park will be a night to remember. Tickets go on sale Friday at 10am.", D, NR, O,
     "Their label, Northlight Records", "confirmed", "statement"),
    ("open to anything the band wants to do.", D, NR, O, "A Northlight spokesperson", "said", None),
    ("the worst eight weeks of my life,", D, RA, P, "Ashdown", "called", "2016 interview"),
    ("more than 200,000 people have already registered for the presale", I, None, A,
     "a source at promoter Livewire Presents", "According to", None),
], people=[
    (RA, ["Ashdown", "Frontman Rory Ashdown"]),
    (NC, ["Carraway", "Bassist Nell Carraway"]),
    (TP, ["Pell", "drummer Tom Pell"]),
], orgs=[
    (GH, ["The Manchester-born indie quartet"]),
    (NR, ["Northlight"]),
    ("Livewire Presents", []),
], boilerplate=[
    ("related_link", "Related: Rory Ashdown Opens Up About Sobriety And Solo Album"),
    ("image_credit", "(Photo: Northlight Records)"),
    ("reader_prompt", "Will you be at Hollow Park? Let us know below!"),
])


# ---------------------------------------------------------------- celebrity 3: soap actor in court, British single curly quotes
CB, PN, MG, HA = "Callum Breck", "Priya Nandakumar", "Martin Geddes", "Helen Aske"
art("lantern-breck-drink-driving", "The Daily Lantern", "2026-11-19T18:02:00+00:00", """
Soap star Callum Breck says he is ‘deeply sorry’ as he admits drink-driving

FORMER soap star Callum Breck told a court he was ‘deeply sorry’ yesterday as he admitted drink-driving after crashing his Range Rover into a bus shelter.

The 38-year-old, who played bad-boy mechanic Danny ‘The Spanner’ Voss in Harbour Lane for nine years, appeared at Redbridge Magistrates’ Court in a navy suit and spoke only to confirm his name and enter his plea.

His lawyer, Priya Nandakumar, said her client had ‘taken full responsibility from the very first moment’.

She told the court: ‘Mr Breck has not touched a drop of alcohol since the night in question. He has enrolled in a residential programme at his own expense, and he has written personally to the bus company to apologise.’

Prosecutor Martin Geddes said Breck had been nearly three times the legal limit when police arrived.

‘It was by sheer good fortune that nobody was waiting at that stop,’ Mr Geddes said. ‘Ten minutes earlier and we would be here for something far more serious.’

District Judge Helen Aske banned the actor from driving for 22 months and fined him £4,500. The judge said she had taken into account his early guilty plea and his previous good character.

‘You are a man who has enjoyed considerable privilege,’ she told him. ‘Today you are treated like anyone else who makes this choice, and that is exactly as it should be.’

Breck, who said nothing to waiting photographers outside court, later posted a statement on Instagram:

‘I made a terrible decision and I will live with it. To the people of Ilford, I am sorry. I’ll be spending the next while getting well.’

His agent declined to comment. A friend of the actor told the Lantern he had been ‘struggling badly’ since his character was killed off last year.

A spokesman for Crestline Studios, which makes Harbour Lane, said the company had no plans to bring the character back.
""", [
    ("deeply sorry", D, CB, P, "Soap star Callum Breck", "says", None, 0),
    ("deeply sorry", D, CB, P, "FORMER soap star Callum Breck", "told", None, 1),
    ("taken full responsibility from the very first moment", D, PN, P, "His lawyer, Priya Nandakumar", "said", None),
    ("Mr Breck has not touched a drop of alcohol since the night in question. He has enrolled in a residential "
     "programme at his own expense, and he has written personally to the bus company to apologise.", D, PN, P,
     "She", "told", None),
    ("Breck had been nearly three times the legal limit when police arrived", I, MG, P, "Prosecutor Martin Geddes",
     "said", None),
    ("It was by sheer good fortune that nobody was waiting at that stop,", D, MG, P, "Mr Geddes", "said", None),
    ("Ten minutes earlier and we would be here for something far more serious.", D, MG, P, "Mr Geddes", "said",
     None),
    ("she had taken into account his early guilty plea and his previous good character", I, HA, P, "The judge",
     "said", None),
    ("You are a man who has enjoyed considerable privilege,", D, HA, P, "she", "told", None),
    ("Today you are treated like anyone else who makes this choice, and that is exactly as it should be.", D, HA, P,
     "she", "told", None),
    ("I made a terrible decision and I will live with it. To the people of Ilford, I am sorry. I’ll be spending "
     "the next while getting well.", D, CB, P, "Breck", "posted", "Instagram"),
    ("struggling badly", D, None, A, "A friend of the actor", "told", None),
    ("the company had no plans to bring the character back", I, "Crestline Studios", O,
     "A spokesman for Crestline Studios", "said", None),
], people=[
    (CB, ["Breck", "Mr Breck", "The 38-year-old"]),
    (PN, ["His lawyer, Priya Nandakumar"]),
    (MG, ["Mr Geddes", "Prosecutor Martin Geddes"]),
    (HA, ["District Judge Helen Aske", "The judge"]),
], orgs=[("Crestline Studios", [])])


# ---------------------------------------------------------------- celebrity 4: aristocratic estate sale, friends and palace sources
CA, HUGO, MDP, FA = "Clementine Ashgrove", "Hugo Ashgrove", "Max Delacroix-Pym", "Felix Ashgrove"
art("cc-ashgrove-wexley-sale", "Court & County", "2026-11-21T07:30:00+00:00", """
Lady Clementine 'heartbroken' over Wexley Hall sale, say friends

Lady Clementine Ashgrove has been left devastated after her father, Hugo Ashgrove, the Earl of Tarrant, put the family’s 400-year-old seat on the market, friends say.

Wexley Hall, nicknamed “the Ashgrove Folly” by locals for its unfinished west tower, is listed at £38 million.

“She grew up in that house. She learned to ride there, she was married in the chapel there,” one longtime friend told Court & County. “To find out from an estate agent’s brochure, that is what really hurt.”

The Earl, 71, is understood to have made the decision after being presented with a £12 million repair bill for the roof and east wing, and after years of complaining about the so-called “heritage tax” on historic houses.

A spokesman for the Tarrant Estate said: “The Earl has taken this decision with great reluctance and after careful consideration of the estate’s long-term future. The family asks for privacy at this time.”

Palace aides are also said to be watching closely, as the Ashgroves are distant cousins of the royal family. One royal source said the King had been “kept informed” but would “not be drawn into a private family matter.”

Another palace insider claimed the Earl and his daughter had not spoken since Christmas.

Lady Clementine, 34, broke her silence on Sunday with an Instagram post showing the hall’s walled garden. “Some places live in you long after you leave them,” she wrote.

Her husband, the financier Max Delacroix-Pym, was less cryptic. He told guests at a charity dinner in Chelsea that the sale was “a catastrophe dressed up as prudence.”

The estate’s agents, Parkhurst & Vine, described the property as “a once-in-a-generation opportunity.”

The Earl’s younger son, the Hon. Felix Ashgrove, 29, is said to back the sale. Approached outside his Notting Hill home on Monday, he would only say: “Dad knows what he’s doing.”
""", [
    ("heartbroken", D, None, A, "friends", "say", None),
    ("Lady Clementine Ashgrove has been left devastated after her father, Hugo Ashgrove, the Earl of Tarrant, put "
     "the family’s 400-year-old seat on the market", I, None, A, "friends", "say", None),
    ("She grew up in that house. She learned to ride there, she was married in the chapel there,", D, None, A,
     "one longtime friend", "told", None),
    ("To find out from an estate agent’s brochure, that is what really hurt.", D, None, A, "one longtime friend",
     "told", None),
    ("The Earl has taken this decision with great reluctance and after careful consideration of the estate’s "
     "long-term future. The family asks for privacy at this time.", D, "Tarrant Estate", O,
     "A spokesman for the Tarrant Estate", "said", None),
    ("kept informed", D, None, A, "One royal source", "said", None),
    ("not be drawn into a private family matter.", D, None, A, "One royal source", "said", None),
    ("the Earl and his daughter had not spoken since Christmas", I, None, A, "Another palace insider", "claimed",
     None),
    ("Some places live in you long after you leave them,", D, CA, P, "she", "wrote", "Instagram post"),
    ("a catastrophe dressed up as prudence.", D, MDP, P, "He", "told", "charity dinner"),
    ("a once-in-a-generation opportunity.", D, "Parkhurst & Vine", O, "The estate’s agents, Parkhurst & Vine",
     "described", None),
    ("Dad knows what he’s doing.", D, FA, P, "he", "say", None),
], people=[
    (CA, ["Lady Clementine", "Lady Clementine Ashgrove"]),
    (HUGO, ["the Earl of Tarrant", "The Earl"]),
    (MDP, ["the financier Max Delacroix-Pym"]),
    (FA, ["the Hon. Felix Ashgrove"]),
], orgs=[("Tarrant Estate", []), ("Parkhurst & Vine", [])], relations=[
    (HUGO, "parent_of", CA, "her father, Hugo Ashgrove"),
    (CA, "spouse", MDP, "Her husband, the financier Max Delacroix-Pym"),
    (HUGO, "parent_of", FA, "The Earl’s younger son, the Hon. Felix Ashgrove"),
    (CA, "sibling", FA, "The Earl’s younger son, the Hon. Felix Ashgrove"),
])


# ---------------------------------------------------------------- news 1: teachers' strike, union leader, minister, parents
CTF, DO, AB, MS, PL = "Calder Teachers’ Federation", "Dana Okafor", "Alison Brandt", "Mariam Sethi", "Paul Lindqvist"
art("nr-calder-teachers-strike", "The Northern Record", "2026-11-17T16:45:00-05:00", """
Strike is 'unnecessary', says minister as 4,000 teachers walk out

CALDERTON — More than 4,000 teachers walked off the job Tuesday, closing 61 schools across the Calder district in the first strike by the region’s educators in nearly two decades.

The Calder Teachers’ Federation said the walkout would continue through Thursday unless the province returned to the bargaining table with a new offer on class sizes. Talks broke down on Friday after the province rejected a proposal to cap kindergarten classes at 22, according to the federation.

“We have been at that table for fourteen months,” federation president Dana Okafor told a rally outside the legislature, where teachers carried placards from the union’s “Fund Our Future” campaign. “Fourteen months of being told to wait. Our members are done waiting.”

Okafor said classes of 35 or more had become routine in the district’s high schools. She also accused the government of “bargaining through the press.”

Education Minister Alison Brandt called the strike “unnecessary and deeply disappointing” and said the government’s offer of a 3 percent raise over two years remained on the table.

“Every day these schools are closed is a day children lose,” Brandt told reporters.

Parents scrambled for childcare. Mariam Sethi, whose two children attend Hollins Road Elementary, said she supported the teachers but could not keep taking unpaid days off work.

“My boss has been understanding so far. I don’t know how understanding he’ll be on day three,” she said.

Another parent, who asked not to be named because she works for the school board, said the strike had “been coming for years.”

The district’s superintendent, Paul Lindqvist, said in an email to families that all buses and after-school programs were cancelled for the duration of the strike.
""", [
    ("unnecessary", D, AB, P, "minister", "says", None, 0),
    ("the walkout would continue through Thursday unless the province returned to the bargaining table with a new "
     "offer on class sizes", I, CTF, O, "The Calder Teachers’ Federation", "said", None),
    ("Talks broke down on Friday after the province rejected a proposal to cap kindergarten classes at 22", I, CTF, O,
     "the federation", "according to", None),
    ("We have been at that table for fourteen months,", D, DO, P, "federation president Dana Okafor", "told", "rally"),
    ("Fourteen months of being told to wait. Our members are done waiting.", D, DO, P,
     "federation president Dana Okafor", "told", "rally"),
    ("classes of 35 or more had become routine in the district’s high schools", I, DO, P, "Okafor", "said", None),
    ("bargaining through the press.", D, DO, P, "She", "accused", None),
    ("unnecessary and deeply disappointing", D, AB, P, "Education Minister Alison Brandt", "called", None),
    ("the government’s offer of a 3 percent raise over two years remained on the table", I, AB, P,
     "Education Minister Alison Brandt", "said", None),
    ("Every day these schools are closed is a day children lose,", D, AB, P, "Brandt", "told", None),
    ("she supported the teachers but could not keep taking unpaid days off work", I, MS, P, "Mariam Sethi", "said",
     None),
    ("My boss has been understanding so far. I don’t know how understanding he’ll be on day three,", D, MS, P,
     "she", "said", None),
    ("been coming for years.", D, None, A, "Another parent", "said", None),
    ("all buses and after-school programs were cancelled for the duration of the strike", I, PL, P,
     "The district’s superintendent, Paul Lindqvist", "said", "email to families"),
], people=[
    (DO, ["Okafor", "federation president Dana Okafor"]),
    (AB, ["Brandt", "Education Minister Alison Brandt"]),
    (MS, []),
    (PL, ["The district’s superintendent, Paul Lindqvist"]),
], orgs=[(CTF, ["the federation"])])


# ---------------------------------------------------------------- news 2: tech launch, executives on stage, analysts, straight quotes
LM, TW, IC = "Lena Marsh", "Tobias Wren", "Ines Castellanos"
art("cd-orbis-lumen-launch", "Circuit Desk", "2026-11-18T14:20:00-08:00", '''
Orbis CEO calls new Lumen glasses "the end of the phone era"

SAN JOSE, Calif. — Orbis Inc. on Tuesday unveiled Lumen, a pair of augmented-reality glasses priced at $999, in a bid to move beyond the smartphone business that has defined the company for a decade.

"This is the end of the phone era," chief executive Lena Marsh told a packed auditorium at the company's annual "Horizon" showcase. "Not tomorrow, not next year. But this is where it ends."

Marsh, wearing a pair on stage, said the glasses would ship in March in the United States and Japan. A glossy video for the "Look Up" ad campaign followed.

She then handed over to product chief Tobias Wren, who demonstrated the glasses translating a restaurant menu in real time. "You're not looking down anymore," Wren said. "You're looking at the world, and the world is looking back."

Battery life was the sore point. Wren acknowledged the device lasts about four hours on a charge, and said a larger battery pack would be sold separately.

Analysts were unconvinced. "Four hours is a demo, not a product. People will try these in a store and love them, and then they'll look at the price," said Ines Castellanos, an analyst at Redwater Research.

Castellanos estimated Orbis would sell fewer than 500,000 units in the first year.

Another analyst, speaking on condition of anonymity because his firm advises Orbis, said the launch was "a year early" and said supply of the display chips was tight.

Orbis shares fell 4 percent in after-hours trading. In a filing, the company said it expected the launch to weigh on margins for at least two quarters.
''', [
    ("the end of the phone era", D, LM, P, "Orbis CEO", "calls", "Horizon showcase", 0),
    ("This is the end of the phone era,", D, LM, P, "chief executive Lena Marsh", "told", "Horizon showcase"),
    ("Not tomorrow, not next year. But this is where it ends.", D, LM, P, "chief executive Lena Marsh", "told",
     "Horizon showcase"),
    ("the glasses would ship in March in the United States and Japan", I, LM, P, "Marsh", "said",
     "Horizon showcase"),
    ("You're not looking down anymore,", D, TW, P, "Wren", "said", "Horizon showcase"),
    ("You're looking at the world, and the world is looking back.", D, TW, P, "Wren", "said", "Horizon showcase"),
    ("the device lasts about four hours on a charge", I, TW, P, "Wren", "acknowledged", "Horizon showcase"),
    ("a larger battery pack would be sold separately", I, TW, P, "Wren", "said", "Horizon showcase"),
    ("Four hours is a demo, not a product. People will try these in a store and love them, and then they'll look "
     "at the price,", D, IC, P, "Ines Castellanos", "said", None),
    ("Orbis would sell fewer than 500,000 units in the first year", I, IC, P, "Castellanos", "estimated", None),
    ("a year early", D, None, A, "Another analyst", "said", None),
    ("supply of the display chips was tight", I, None, A, "Another analyst", "said", None),
    ("it expected the launch to weigh on margins for at least two quarters", I, "Orbis Inc.", O, "the company",
     "said", "filing"),
], people=[
    (LM, ["Marsh", "chief executive Lena Marsh", "Orbis CEO"]),
    (TW, ["Wren", "product chief Tobias Wren"]),
    (IC, ["Castellanos"]),
], orgs=[("Orbis Inc.", ["Orbis"]), ("Redwater Research", [])])


# ---------------------------------------------------------------- news 3: manager sacked, club statement, players' posts, straight single quotes
HC, LMO, GHO = "Harwick City", "Luca Moretti", "Gary Holt"
art("tt-harwick-sack-moretti", "Terrace Talk Sport", "2026-11-23T11:10:00+00:00", """
Harwick sack Moretti after derby defeat: 'The decision was not taken lightly'

Harwick City have sacked manager Luca Moretti after 16 months in charge, with the club sitting 18th in the Championship following Saturday's 3-0 derby defeat by Stanmoor.

In a statement on the club website, Harwick said: 'The decision was not taken lightly. Luca has given everything to this club and conducted himself with dignity throughout a difficult period.

'However, the board believes a change is needed to give the squad the best possible chance of avoiding relegation.'

The club said first-team coach Gary Holt would take charge of Tuesday's game at Brentmoor.

Moretti, 51, had been under pressure since a run of one win in 11 games, with fans openly mocking his 'Plan B' back three. After the derby he insisted he still had 'the full backing of the dressing room' and said he would 'never walk away' from the job.

Several players posted tributes within hours. Captain Jordan Ashby wrote on Instagram: 'Gaffer, thank you for believing in me when nobody else did. This one's on us, not you.'

Defender Sam Okoro said on X the players had let the manager down badly.

Not everyone was sorry to see him go. Supporters' group Harwick Together said fans had lost faith in Moretti's 'negative, sideways football' months ago.

Holt, speaking to the club's media team, said: 'It's a sad day. I've worked with Luca for ten years and he's a friend. But the lads have a game on Tuesday and we have to be ready.'

Moretti's agent, Sergio Valli, told Italian newspaper Corriere Sportivo his client was 'disappointed but not surprised' and would take a break before considering offers.

According to the Harwick Gazette, chairman Derek Pryce told Moretti of the decision in a five-minute phone call on Sunday morning. Pryce later posted on X: 'Thank you Luca. Results haven't been good enough. Onwards.'
""", [
    ("The decision was not taken lightly", D, HC, O, "Harwick", None, "statement", 0),
    ("The decision was not taken lightly. Luca has given everything to this club and conducted himself with dignity "
     "throughout a difficult period.\n\n'However, the board believes a change is needed to give the squad the best "
     "possible chance of avoiding relegation.", D, HC, O, "Harwick", "said", "club website"),
    ("first-team coach Gary Holt would take charge of Tuesday's game at Brentmoor", I, HC, O, "The club", "said",
     "club website"),
    ("the full backing of the dressing room", D, LMO, P, "he", "insisted", None),
    ("never walk away", D, LMO, P, "he", "said", None),
    ("Gaffer, thank you for believing in me when nobody else did. This one's on us, not you.", D, "Jordan Ashby", P,
     "Captain Jordan Ashby", "wrote", "Instagram"),
    ("the players had let the manager down badly", I, "Sam Okoro", P, "Defender Sam Okoro", "said", "X"),
    ("negative, sideways football", D, "Harwick Together", O, "Supporters' group Harwick Together", "said", None),
    ("It's a sad day. I've worked with Luca for ten years and he's a friend. But the lads have a game on Tuesday "
     "and we have to be ready.", D, GHO, P, "Holt", "said", "club media"),
    ("disappointed but not surprised", D, "Sergio Valli", P, "Moretti's agent, Sergio Valli", "told",
     "Corriere Sportivo"),
    ("chairman Derek Pryce told Moretti of the decision in a five-minute phone call on Sunday morning", I,
     "Harwick Gazette", O, "the Harwick Gazette", "According to", None),
    ("Thank you Luca. Results haven't been good enough. Onwards.", D, "Derek Pryce", P, "Pryce", "posted", "X"),
], people=[
    (LMO, ["Moretti", "Luca"]),
    (GHO, ["Holt", "first-team coach Gary Holt"]),
    ("Jordan Ashby", ["Captain Jordan Ashby"]),
    ("Sam Okoro", ["Defender Sam Okoro"]),
    ("Sergio Valli", ["Moretti's agent, Sergio Valli"]),
    ("Derek Pryce", ["Pryce", "chairman Derek Pryce"]),
], orgs=[(HC, ["Harwick"]), ("Harwick Together", []), ("Harwick Gazette", []), ("Corriere Sportivo", [])])


# ---------------------------------------------------------------- news 4: town flood, residents, MP, Environment Agency
JH, TO, EA, MH = "Jean Holloway", "Tariq Osman", "Environment Agency", "Mark Holloway"
art("svn-marlowbridge-flood", "Severn Valley News", "2026-11-24T08:55:00+00:00", """
Flood defences “worked as designed”, says Environment Agency, as 300 homes flooded

More than 300 homes in Marlowbridge were flooded overnight on Sunday after the River Leddon burst its banks following 48 hours of heavy rain. What engineers call a “one-in-100-year” event has now hit the town twice in a decade.

Jean Holloway, 74, has lived on Mill Lane for forty years. “It came up through the floorboards at about two in the morning,” she said. “I heard it before I saw it, a sort of gurgling. By the time my son got here it was up to my knees.”

Her son, Mark Holloway, who drove down from Gloucester at 3am, said his mother had refused to go to the rest centre. “Mum won’t leave. She says it’s her house and the river can get out of it,” he said.

Her neighbour, Tariq Osman, said the street had flooded three times in six years.

“We were promised a wall in 2021. We got a leaflet,” he said.

An Environment Agency spokesperson said:

“Our defences at Hartbury worked as designed and protected more than 1,200 properties. The volume of water in the Leddon on Sunday night was unprecedented, and we know how devastating this is for the people of Marlowbridge.”

The agency added that a £6 million scheme for Mill Lane was “still in the design stage” and would not be finished before 2028.

Local MP Fiona Garside described the response as “too little, too late” and said she had written to the environment secretary demanding an urgent meeting.

Marlowbridge Town Council leader Cllr Owen Pritchard said the council had opened the community centre as a rest centre, and urged residents to check on elderly neighbours.

One woman, who did not want to be named, said she had spent the night in her car with her two dogs.

The Met Office warned that more rain was expected on Wednesday, with a yellow warning in place for much of the region.
""", [
    ("worked as designed", D, EA, O, "Environment Agency", "says", None, 0),
    ("It came up through the floorboards at about two in the morning,", D, JH, P, "she", "said", None),
    ("I heard it before I saw it, a sort of gurgling. By the time my son got here it was up to my knees.", D, JH, P,
     "she", "said", None),
    ("his mother had refused to go to the rest centre", I, MH, P, "Her son, Mark Holloway", "said", None),
    ("Mum won’t leave. She says it’s her house and the river can get out of it,", D, MH, P, "he", "said", None),
    ("the street had flooded three times in six years", I, TO, P, "Her neighbour, Tariq Osman", "said", None),
    ("We were promised a wall in 2021. We got a leaflet,", D, TO, P, "he", "said", None),
    ("Our defences at Hartbury worked as designed and protected more than 1,200 properties. The volume of water in "
     "the Leddon on Sunday night was unprecedented, and we know how devastating this is for the people of "
     "Marlowbridge.", D, EA, O, "An Environment Agency spokesperson", "said", None),
    ("still in the design stage", D, EA, O, "The agency", "added", None),
    ("too little, too late", D, "Fiona Garside", P, "Local MP Fiona Garside", "described", None),
    ("she had written to the environment secretary demanding an urgent meeting", I, "Fiona Garside", P,
     "Local MP Fiona Garside", "said", None),
    ("the council had opened the community centre as a rest centre", I, "Owen Pritchard", P,
     "Marlowbridge Town Council leader Cllr Owen Pritchard", "said", None),
    ("she had spent the night in her car with her two dogs", I, None, A, "One woman", "said", None),
    ("more rain was expected on Wednesday, with a yellow warning in place for much of the region", I, "Met Office", O,
     "The Met Office", "warned", None),
], people=[
    (JH, []),
    (MH, ["Her son, Mark Holloway"]),
    (TO, ["Her neighbour, Tariq Osman"]),
    ("Fiona Garside", ["Local MP Fiona Garside"]),
    ("Owen Pritchard", ["Cllr Owen Pritchard"]),
], orgs=[(EA, ["The agency"]), ("Met Office", []), ("Marlowbridge Town Council", [])], relations=[
    (JH, "parent_of", MH, "Her son, Mark Holloway"),
])


if __name__ == "__main__":
    gold.main()
