"""Build thirteenth.gold.jsonl: a thirteenth invented evaluation set, written blind.

Ten articles written by us on 2026-11-25 (invented people, outlets, places and events; no real
article text): five celebrity/entertainment pieces (an actress's divorce filing in syndicated
WordPress style, with court papers, both lawyers, anonymous insiders, an Instagram post and a
bandmate on the radio; a breakfast-TV host's on-air apology in British tabloid style with single
curly quotes, a two-paragraph block quote with a nested quote, "He continued:", the co-host, the
broadcaster, a regulator, a union leader and viewers; a boy-band singer quitting the group in
straight quotes, with his Instagram note over two paragraphs, the management company's statement,
bandmates, fans, an anonymous source and an unnamed rep; a chef's restaurant closure with her
Instagram post, staff, the landlord's emailed statement, a critic and her husband; a novelist's
memoir about her father, with excerpts and nested quotes, her brother's statement and the
publisher's spokeswoman) and five news pieces (a wire report on a wildfire evacuation in straight
quotes with a dateline, fire officials, the sheriff, residents, a utility and a forecaster; a
British mayoral election night in straight single quotes with both candidates, the returning
officer, an anonymous party figure, an academic and a voter; a central-bank rate decision with the
governor, the bank's statement, analysts, the finance minister and an anonymous trader; a
school-board row over librarians with the superintendent, parents, a union, a student and
trustees; a British murder charge with a detective, the victim's family statement over two
paragraphs, his brother, an anonymous neighbour, the delivery app and a councillor). Written
without reading the engine, its tests, the benchmarks or the other sets' articles (one builder was
read for its mechanics), and without running the engine on them.
Same format and conventions as the other sets (see README.md). Quotes are given as (substring,
kind, speaker, speaker_kind, mention, cue, channel[, occurrence]); offsets are computed and every
span, mention, alias and evidence string is checked by builder.py.
Run: python tests/data/eval/build_thirteenth.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from builder import A, D, I, O, P, GoldSet  # noqa: E402

gold = GoldSet(Path(__file__).with_name("thirteenth.gold.jsonl"))
art = gold.art


# ---------------------------------------------------------------- celebrity 1: divorce filing, both lawyers, insiders
DM, RC = "Delphine Marchetti", "Rafe Corrigan"
art("ss-marchetti-corrigan-divorce", "StarSpill", "2026-11-23T14:05:00-05:00", """
Delphine Marchetti Files For Divorce From Rafe Corrigan, Says Marriage Is ‘Beyond Repair’

Delphine Marchetti is calling it quits.

The 44-year-old actress filed for divorce from her husband of nine years, rocker Rafe Corrigan, on Monday in Manhattan Supreme Court, according to court records reviewed by StarSpill. In the papers, Marchetti says the marriage is “irretrievably broken” and asks for primary physical custody of the couple’s twin daughters, Ottilie and Wren, 7. She also claims Corrigan moved out of the family’s Tribeca loft in August and has seen the girls “only sporadically” since.

Related: Rafe Corrigan Cancels European Tour Dates, Citing “Family Matters”

Her attorney, Lorna Whitcombe, confirmed the filing in a statement to StarSpill.

“Ms. Marchetti did not take this step lightly. Her only priority now is the well-being of her daughters, and she trusts that Mr. Corrigan shares that priority,” Whitcombe said.

Whitcombe declined to say whether the couple had signed a prenuptial agreement.

Corrigan’s lawyer, Samuel Brandt, fired back hours later, insisting his client had been blindsided by the filing.

“Rafe learned about this from a reporter’s phone call. That tells you everything about how this is being handled,” Brandt told StarSpill. He added that the musician would vigorously seek joint custody and was “not going anywhere.”

The pair met in 2015 on the set of the indie drama “Glass Harbor,” in which Marchetti played a lighthouse keeper’s widow, and married a year later in Positano.

Trouble reportedly started brewing this year, when Corrigan spent five months on the road with his band, The Velvet Larks. A source close to the actress told StarSpill the pair had been living like roommates since the spring.

“Delphine kept hoping things would turn around once the tour ended. They didn’t,” the insider explained.

Another source, who has known Corrigan for two decades, claimed the rocker was “heartbroken” and had spent the autumn trying to save the marriage.

Meanwhile, the Emmy winner appeared to address the split on Instagram on Monday night, posting a black-and-white photo of two pairs of small rain boots by a door. She wrote:

“Some endings are quiet. This one is, too. Please be gentle with my girls and with their dad.”

Corrigan, 47, has not commented publicly. On Tuesday, his bandmate Tobias Fenn told a Boston radio host that the singer was “taking it one day at a time.”

Sounds like a very sad situation all around. Do U think these two can keep things civil for the sake of their kids? Sound OFF in the comments!

[Image via Delphine Marchetti/Instagram, MEGA]

The post Delphine Marchetti Files For Divorce From Rafe Corrigan, Says Marriage Is 'Beyond Repair' appeared first on StarSpill.
""", [
    ("Beyond Repair", D, DM, P, "Delphine Marchetti", "Says", None, 0),
    ("The 44-year-old actress filed for divorce from her husband of nine years, rocker Rafe Corrigan, on Monday in "
     "Manhattan Supreme Court", I, None, A, "court records reviewed by StarSpill", "according to", "court filing"),
    ("irretrievably broken", D, DM, P, "Marchetti", "says", "court filing"),
    ("only sporadically", D, DM, P, "She", "claims", "court filing"),
    ("Ms. Marchetti did not take this step lightly. Her only priority now is the well-being of her daughters, and she "
     "trusts that Mr. Corrigan shares that priority,", D, "Lorna Whitcombe", P, "Whitcombe", "said", "statement"),
    ("his client had been blindsided by the filing", I, "Samuel Brandt", P, "Corrigan’s lawyer, Samuel Brandt",
     "insisting", None),
    ("Rafe learned about this from a reporter’s phone call. That tells you everything about how this is being handled,",
     D, "Samuel Brandt", P, "Brandt", "told", None),
    ("not going anywhere.", D, "Samuel Brandt", P, "He", "added", None),
    ("the pair had been living like roommates since the spring", I, None, A, "A source close to the actress", "told",
     None),
    ("Delphine kept hoping things would turn around once the tour ended. They didn’t,", D, None, A, "the insider",
     "explained", None),
    ("heartbroken", D, None, A, "Another source, who has known Corrigan for two decades", "claimed", None),
    ("Some endings are quiet. This one is, too. Please be gentle with my girls and with their dad.", D, DM, P, "She",
     "wrote", "Instagram post"),
    ("taking it one day at a time.", D, "Tobias Fenn", P, "his bandmate Tobias Fenn", "told", "radio interview"),
], people=[
    (DM, ["Marchetti", "Delphine", "The 44-year-old actress", "the actress", "the Emmy winner", "Ms. Marchetti"]),
    (RC, ["Corrigan", "Rafe", "rocker Rafe Corrigan", "the rocker", "the musician", "Mr. Corrigan", "the singer"]),
    ("Lorna Whitcombe", ["Whitcombe", "Her attorney, Lorna Whitcombe"]),
    ("Samuel Brandt", ["Brandt", "Corrigan’s lawyer, Samuel Brandt"]),
    ("Tobias Fenn", ["his bandmate Tobias Fenn"]),
    ("Ottilie", []),
    ("Wren", []),
], orgs=[("StarSpill", []), ("The Velvet Larks", []), ("Manhattan Supreme Court", [])], relations=[
    (DM, "spouse", RC, "her husband of nine years, rocker Rafe Corrigan"),
    (DM, "parent_of", "Ottilie", "the couple’s twin daughters, Ottilie and Wren"),
    (DM, "parent_of", "Wren", "the couple’s twin daughters, Ottilie and Wren"),
    (RC, "parent_of", "Ottilie", "the couple’s twin daughters, Ottilie and Wren"),
    (RC, "parent_of", "Wren", "the couple’s twin daughters, Ottilie and Wren"),
    ("Ottilie", "sibling", "Wren", "twin daughters, Ottilie and Wren"),
], boilerplate=[
    ("related_link", "Related: Rafe Corrigan Cancels European Tour Dates, Citing “Family Matters”"),
    ("reader_prompt", "Do U think these two can keep things civil for the sake of their kids? Sound OFF in the comments!"),
    ("image_credit", "[Image via Delphine Marchetti/Instagram, MEGA]"),
    ("syndication_footer", "The post Delphine Marchetti Files For Divorce From Rafe Corrigan, Says Marriage Is "
     "'Beyond Repair' appeared first on StarSpill."),
])


# ---------------------------------------------------------------- celebrity 2: breakfast-TV host's on-air apology (British tabloid)
GP, NO, NTV = "Gavin Pryce", "Nia Okafor", "Northlight TV"
art("db-pryce-nurses-apology", "Daily Beacon", "2026-11-18T10:12:00+00:00", """
Breakfast TV star Gavin Pryce says sorry for ‘thoughtless’ jibe about nurses after 3,000 complaints

GAVIN Pryce has apologised live on air after a jibe about striking nurses sparked more than 3,000 complaints to the broadcasting watchdog.

The veteran anchor, 61, opened Tuesday’s edition of Rise & Shine on Northlight TV with a lengthy statement to camera, telling viewers his comments the day before had been ‘thoughtless and wrong’.

He said:

‘Yesterday I said something on this programme that I am genuinely ashamed of. I made a cheap joke about nurses — people who held this country together — and I made it because I thought it would get a laugh in the studio.

‘It didn’t deserve one. I have spent the last 24 hours reading your messages, and many of them came from nurses who told me, “We were there for your mum, Gavin.” They were right.’

He continued: ‘I’m not going to hide behind “banter”. I got it wrong, and I’m sorry.’

READ MORE: Rise & Shine ratings slump as rival show wins breakfast battle

During Monday’s show, the presenter — dubbed ‘Mr Breakfast’ by fans — had quipped that nurses on the picket line ‘should try a real job for a week’, a remark that drew audible gasps in the studio.

Co-host Nia Okafor, 38, sat beside him as he apologised. She later told viewers she had spoken to him at length off air.

‘I know Gavin, and I know he’s mortified. But that apology had to be made, and I’m glad he made it himself,’ she said.

Pryce also told viewers he would make a donation to a hardship fund for nursing staff.

A Northlight TV spokesman said: ‘Gavin’s remarks fell well below the standards we expect. He has apologised unreservedly and we consider the matter closed.’

The Screen Standards Board confirmed it had received 3,140 complaints by Tuesday lunchtime. It said it was assessing them against its broadcasting code before deciding whether to investigate.

Pauline Ashworth, general secretary of the Nurses’ Guild, said the apology was ‘a start’ but insisted the presenter should see the reality of the job for himself.

‘Come and do a night shift on A&E with us, Gavin. Bring a flask,’ she added.

A source at the channel told the Beacon bosses had no plans to take Pryce off air.

(Image: Northlight TV)
""", [
    ("thoughtless", D, GP, P, "Gavin Pryce", "says sorry", "Rise & Shine", 0),
    ("thoughtless and wrong", D, GP, P, "The veteran anchor", "telling", "Rise & Shine"),
    ("Yesterday I said something on this programme that I am genuinely ashamed of. I made a cheap joke about nurses — "
     "people who held this country together — and I made it because I thought it would get a laugh in the studio.\n\n"
     "‘It didn’t deserve one. I have spent the last 24 hours reading your messages, and many of them came from nurses "
     "who told me, “We were there for your mum, Gavin.” They were right.", D, GP, P, "He", "said", "Rise & Shine"),
    ("I’m not going to hide behind “banter”. I got it wrong, and I’m sorry.", D, GP, P, "He", "continued",
     "Rise & Shine"),
    ("should try a real job for a week", D, GP, P, "the presenter", "quipped", "Rise & Shine"),
    ("she had spoken to him at length off air", I, NO, P, "She", "told", "Rise & Shine"),
    ("I know Gavin, and I know he’s mortified. But that apology had to be made, and I’m glad he made it himself,", D,
     NO, P, "she", "said", "Rise & Shine"),
    ("he would make a donation to a hardship fund for nursing staff", I, GP, P, "Pryce", "told", "Rise & Shine"),
    ("Gavin’s remarks fell well below the standards we expect. He has apologised unreservedly and we consider the "
     "matter closed.", D, NTV, O, "A Northlight TV spokesman", "said", None),
    ("it had received 3,140 complaints by Tuesday lunchtime", I, "Screen Standards Board", O,
     "The Screen Standards Board", "confirmed", None),
    ("it was assessing them against its broadcasting code before deciding whether to investigate", I,
     "Screen Standards Board", O, "It", "said", None),
    ("a start", D, "Pauline Ashworth", P, "Pauline Ashworth, general secretary of the Nurses’ Guild", "said", None),
    ("the presenter should see the reality of the job for himself", I, "Pauline Ashworth", P,
     "Pauline Ashworth, general secretary of the Nurses’ Guild", "insisted", None),
    ("Come and do a night shift on A&E with us, Gavin. Bring a flask,", D, "Pauline Ashworth", P, "she", "added", None),
    ("bosses had no plans to take Pryce off air", I, None, A, "A source at the channel", "told", None),
], people=[
    (GP, ["GAVIN Pryce", "Pryce", "Gavin", "The veteran anchor", "the presenter", "Mr Breakfast"]),
    (NO, ["Co-host Nia Okafor"]),
    ("Pauline Ashworth", ["Pauline Ashworth, general secretary of the Nurses’ Guild"]),
], orgs=[(NTV, ["Northlight"]), ("Screen Standards Board", []), ("Nurses’ Guild", []), ("Daily Beacon", ["the Beacon"])],
    boilerplate=[
    ("related_link", "READ MORE: Rise & Shine ratings slump as rival show wins breakfast battle"),
    ("image_credit", "(Image: Northlight TV)"),
])


# ---------------------------------------------------------------- celebrity 3: boy-band singer quits (straight quotes)
KL, RA = "Kit Lambourne", "Ridgeway Artists"
art("hh-lambourne-quits-northbound", "Hitlist Hub", "2026-11-20T09:30:00-05:00", """
Kit Lambourne Quits Northbound: "I Need To Find Out Who I Am Without The Band"

It's the end of an era for Northbound fans.

Kit Lambourne, the band's 26-year-old lead vocalist, announced on Thursday that he is leaving the five-piece group after eight years, three albums and two world tours.

In a lengthy note posted to Instagram, the singer - known to fans as "Kitty" - wrote:

"This is the hardest thing I've ever had to write. Since I was 18, Northbound has been my whole life, and I will never be able to thank the boys or you, the Northerners, enough for that.

"But for a while now I've felt like I was disappearing. I need to find out who I am without the band, and I can't do that while I'm on a stage every night pretending everything is fine."

He went on to say he was "not walking away from music" and that the decision had "nothing to do with money or any kind of fight."

Related: Northbound Announce 2027 Arena Tour Dates - Here's The Full List

Ridgeway Artists, which manages the group, said in a statement that the remaining four members - Jonah Reyes, Callum Shaw, Dev Mistry and Aaron Pike - would continue as Northbound and complete the band's spring arena tour.

"We fully respect Kit's decision and thank him for everything he has given to Northbound," the statement read.

The management company added that Lambourne would join the band for one last performance at its Dec. 20 charity show in Manchester.

Bandmate Jonah Reyes posted a throwback photo of the pair as teenagers, recording the band's 2019 breakout hit "Paper Compass." "Proud of you, brother. Go find it," he wrote.

Dev Mistry was more guarded. Stopped by a photographer outside a London hotel on Friday, the drummer said only: "It is what it is. We love him."

Fans, meanwhile, were devastated.

"I cried in the middle of my lecture," one fan wrote on X, "and I'm not even embarrassed."

But not everyone is buying the official line. A source close to the band told Hitlist Hub tensions had been building since the group's last tour, claiming Lambourne had barely spoken to two of his bandmates for months.

A rep for Lambourne denied there had been any falling out.

Are U heartbroken, Northerners? Tell us in the comments!

Photo: Kit Lambourne/Instagram

The post Kit Lambourne Quits Northbound: "I Need To Find Out Who I Am Without The Band" appeared first on Hitlist Hub.
""", [
    ("I Need To Find Out Who I Am Without The Band", D, KL, P, "Kit Lambourne", None, None, 0),
    ("he is leaving the five-piece group after eight years, three albums and two world tours", I, KL, P,
     "Kit Lambourne", "announced", None),
    ("This is the hardest thing I've ever had to write. Since I was 18, Northbound has been my whole life, and I will "
     "never be able to thank the boys or you, the Northerners, enough for that.\n\n\"But for a while now I've felt like "
     "I was disappearing. I need to find out who I am without the band, and I can't do that while I'm on a stage every "
     "night pretending everything is fine.", D, KL, P, "the singer", "wrote", "Instagram post"),
    ("not walking away from music", D, KL, P, "He", "went on to say", "Instagram post"),
    ("nothing to do with money or any kind of fight.", D, KL, P, "He", "went on to say", "Instagram post"),
    ("the remaining four members - Jonah Reyes, Callum Shaw, Dev Mistry and Aaron Pike - would continue as Northbound "
     "and complete the band's spring arena tour", I, RA, O, "Ridgeway Artists", "said", "statement"),
    ("We fully respect Kit's decision and thank him for everything he has given to Northbound,", D, RA, O,
     "the statement", "read", "statement"),
    ("Lambourne would join the band for one last performance at its Dec. 20 charity show in Manchester", I, RA, O,
     "The management company", "added", "statement"),
    ("Proud of you, brother. Go find it,", D, "Jonah Reyes", P, "he", "wrote", "Instagram post"),
    ("It is what it is. We love him.", D, "Dev Mistry", P, "the drummer", "said only", None),
    ("I cried in the middle of my lecture,", D, None, A, "one fan", "wrote", "X"),
    ("and I'm not even embarrassed.", D, None, A, "one fan", "wrote", "X"),
    ("tensions had been building since the group's last tour", I, None, A, "A source close to the band", "told",
     None),
    ("Lambourne had barely spoken to two of his bandmates for months", I, None, A, "A source close to the band",
     "claiming", None),
    ("there had been any falling out", I, None, A, "A rep for Lambourne", "denied", None),
], people=[
    (KL, ["Lambourne", "Kit", "Kitty", "the singer", "the band's 26-year-old lead vocalist"]),
    ("Jonah Reyes", ["Bandmate Jonah Reyes"]),
    ("Callum Shaw", []),
    ("Dev Mistry", ["the drummer"]),
    ("Aaron Pike", []),
], orgs=[(RA, ["The management company"]), ("Northbound", []), ("Hitlist Hub", [])], boilerplate=[
    ("related_link", "Related: Northbound Announce 2027 Arena Tour Dates - Here's The Full List"),
    ("reader_prompt", "Are U heartbroken, Northerners? Tell us in the comments!"),
    ("image_credit", "Photo: Kit Lambourne/Instagram"),
    ("syndication_footer", "The post Kit Lambourne Quits Northbound: \"I Need To Find Out Who I Am Without The Band\" "
     "appeared first on Hitlist Hub."),
])


# ---------------------------------------------------------------- celebrity 4: chef closes her restaurant
MO = "Marguerite Olander"
art("th-olander-closes-brasa", "Tablehound", "2026-11-17T12:00:00-08:00", """
Chef Marguerite Olander Is Closing Brasa After 12 Years — and She’s Not Sugarcoating Why

Marguerite Olander will serve her last plate at Brasa on December 31.

The 52-year-old chef, who opened the wood-fire restaurant in Portland’s Alder District in 2014, announced the closure in an Instagram post on Sunday, writing that the restaurant had been beaten by rent, insurance and “a city that forgot how to eat out on a Tuesday.”

The post read, in part:

“We did everything right, and it wasn’t enough. Our rent has gone up 40 percent in three years. Our insurance has doubled. We raised prices until I was embarrassed to hand people the menu.

“I’m not closing because I’m tired. I’m closing because the math stopped working. I want to say that plainly, because I think a lot of restaurants are going to be telling you the same thing soon.”

Olander, known to regulars simply as “Chef Mags,” told Tablehound on Monday she had tried to sell the restaurant but could not find a buyer willing to keep the staff.

“I had two offers. Both of them wanted the name and the lease and none of the people. That’s not a sale, that’s taxidermy,” she said.

Brasa employs 31 people. Sous chef Teodoro Bassi, who has worked there since opening night, said the news had not come as a surprise to the kitchen.

“Mags sat us all down in the walk-in in October and said, ‘I’m not going to lie to you.’ Then she showed us the actual numbers. Nobody in this business does that,” Bassi said.

Server Juniper Hale, 29, admitted she had spent two days crying in the dish pit.

“People think of a restaurant as a building. It’s not. It’s the family meal at four o’clock,” Hale added.

The landlord, Cascadia Urban Holdings, said in an emailed statement that it had offered Olander “a below-market renewal” and was disappointed she had turned it down.

Olander disputed that account. “Below market for who?” she asked.

The closure comes as a wave of so-called “experience” restaurants — tasting counters with DJ sets and twelve-course menus — has moved into the neighborhood.

Longtime critic Oskar Lindqvist, who reviewed Brasa in its first month, wrote in the Portland Ledger that its closure “marks the end of the city’s best argument for the neighborhood restaurant.”

Her husband, the ceramicist Anders Olander, whose plates have been used at Brasa since it opened, told Tablehound the couple planned to take a long, boring winter before deciding what comes next.

She added that reservations for the final month would open on Friday and that walk-ins would be welcome until the last night.

“It’s going to be a party, not a funeral,” the chef said.
""", [
    ("a city that forgot how to eat out on a Tuesday.", D, MO, P, "The 52-year-old chef", "writing", "Instagram post"),
    ("We did everything right, and it wasn’t enough. Our rent has gone up 40 percent in three years. Our insurance has "
     "doubled. We raised prices until I was embarrassed to hand people the menu.\n\n“I’m not closing because I’m tired. "
     "I’m closing because the math stopped working. I want to say that plainly, because I think a lot of restaurants "
     "are going to be telling you the same thing soon.", D, MO, P, "The post", "read", "Instagram post"),
    ("she had tried to sell the restaurant but could not find a buyer willing to keep the staff", I, MO, P, "Olander",
     "told", None),
    ("I had two offers. Both of them wanted the name and the lease and none of the people. That’s not a sale, that’s "
     "taxidermy,", D, MO, P, "she", "said", None),
    ("the news had not come as a surprise to the kitchen", I, "Teodoro Bassi", P, "Sous chef Teodoro Bassi", "said",
     None),
    ("Mags sat us all down in the walk-in in October and said, ‘I’m not going to lie to you.’ Then she showed us the "
     "actual numbers. Nobody in this business does that,", D, "Teodoro Bassi", P, "Bassi", "said", None),
    ("she had spent two days crying in the dish pit", I, "Juniper Hale", P, "Server Juniper Hale", "admitted", None),
    ("People think of a restaurant as a building. It’s not. It’s the family meal at four o’clock,", D, "Juniper Hale",
     P, "Hale", "added", None),
    ("a below-market renewal", D, "Cascadia Urban Holdings", O, "The landlord, Cascadia Urban Holdings", "said",
     "emailed statement"),
    ("Below market for who?", D, MO, P, "she", "asked", None),
    ("marks the end of the city’s best argument for the neighborhood restaurant.", D, "Oskar Lindqvist", P,
     "Longtime critic Oskar Lindqvist", "wrote", "Portland Ledger"),
    ("the couple planned to take a long, boring winter before deciding what comes next", I, "Anders Olander", P,
     "Her husband, the ceramicist Anders Olander", "told", None),
    ("reservations for the final month would open on Friday and that walk-ins would be welcome until the last night",
     I, MO, P, "She", "added", None),
    ("It’s going to be a party, not a funeral,", D, MO, P, "the chef", "said", None),
], people=[
    (MO, ["Olander", "Marguerite Olander", "Chef Marguerite Olander", "The 52-year-old chef", "Chef Mags", "Mags",
          "the chef"]),
    ("Teodoro Bassi", ["Bassi", "Sous chef Teodoro Bassi"]),
    ("Juniper Hale", ["Hale", "Server Juniper Hale"]),
    ("Oskar Lindqvist", ["Longtime critic Oskar Lindqvist"]),
    ("Anders Olander", ["Her husband, the ceramicist Anders Olander"]),
], orgs=[("Cascadia Urban Holdings", ["The landlord"]), ("Brasa", []), ("Tablehound", []), ("Portland Ledger", [])],
    relations=[
    ("Anders Olander", "spouse", MO, "Her husband, the ceramicist Anders Olander"),
])


# ---------------------------------------------------------------- celebrity 5: a novelist's memoir about her father
HV = "Harriet Vossberg"
art("bm-vossberg-memoir-father", "Bookmarked", "2026-11-21T07:00:00+00:00", """
Harriet Vossberg on her father: ‘He taught me to lie before he taught me to read’

In her new memoir, “The Weather in Our House”, the novelist Harriet Vossberg writes about growing up with a father she describes as “charming, brilliant and almost entirely unreliable”.

The book, published on Thursday by Larkspur Press, follows Vossberg from her childhood in a crumbling house outside Whitby to her father’s death in 2019. She opens it with a portrait of him:

“My father, Conrad Vossberg, was a man who could sell you your own coat. He sold antiques, mostly, and sometimes he sold things that were not antiques, and once, memorably, he sold a grandfather clock that belonged to our neighbour.”

Later, she recalls the afternoon he taught her to play cards:

“He dealt me a hand and said, ‘The first rule, Hattie, is that everybody at the table is lying. The second rule is that you must lie better.’ I was seven. He taught me to lie before he taught me to read, and I have spent most of my adult life trying to unlearn both lessons in the wrong order.”

The 58-year-old told Bookmarked that writing the memoir had taken eleven years and three therapists.

“I started it the week after his funeral, and I abandoned it four times,” she said.

She insisted the book was not an act of revenge. She explained:

“People keep asking me if I’m angry. I was, for a long time. But you can’t write a funny book about a man you hate, and it is — I hope — a funny book.”

Not everyone in the family agrees. Her younger brother, Piers Vossberg, said in a statement issued through his solicitor that the memoir contained serious inaccuracies. He added that he had not been consulted before publication.

“My father was a complicated man, but he was not the cartoon my sister has drawn. Our mother, who is 84, has found parts of this book deeply upsetting,” the statement said.

Asked about her brother’s objections, the author said she had shown the manuscript to their mother, Eileen, before it went to the printer.

“She read it in two nights and rang me at midnight to say, ‘You’ve been far too kind to him,’” Vossberg said.

A spokeswoman for Larkspur Press said the book had been “thoroughly legally reviewed”.

“We are proud to publish it, and we stand by it,” she added.

The Weather in Our House is out now in hardback.
""", [
    ("He taught me to lie before he taught me to read", D, HV, P, "Harriet Vossberg", None, "memoir", 0),
    ("charming, brilliant and almost entirely unreliable", D, HV, P, "she", "describes", "memoir"),
    ("My father, Conrad Vossberg, was a man who could sell you your own coat. He sold antiques, mostly, and sometimes he "
     "sold things that were not antiques, and once, memorably, he sold a grandfather clock that belonged to our "
     "neighbour.", D, HV, P, "She", "opens", "memoir"),
    ("He dealt me a hand and said, ‘The first rule, Hattie, is that everybody at the table is lying. The second rule is "
     "that you must lie better.’ I was seven. He taught me to lie before he taught me to read, and I have spent most of "
     "my adult life trying to unlearn both lessons in the wrong order.", D, HV, P, "she", "recalls", "memoir"),
    ("writing the memoir had taken eleven years and three therapists", I, HV, P, "The 58-year-old", "told", None),
    ("I started it the week after his funeral, and I abandoned it four times,", D, HV, P, "she", "said", None),
    ("the book was not an act of revenge", I, HV, P, "She", "insisted", None),
    ("People keep asking me if I’m angry. I was, for a long time. But you can’t write a funny book about a man you hate, "
     "and it is — I hope — a funny book.", D, HV, P, "She", "explained", None),
    ("the memoir contained serious inaccuracies", I, "Piers Vossberg", P, "Her younger brother, Piers Vossberg", "said",
     "statement"),
    ("he had not been consulted before publication", I, "Piers Vossberg", P, "He", "added", "statement"),
    ("My father was a complicated man, but he was not the cartoon my sister has drawn. Our mother, who is 84, has found "
     "parts of this book deeply upsetting,", D, "Piers Vossberg", P, "the statement", "said", "statement"),
    ("she had shown the manuscript to their mother, Eileen, before it went to the printer", I, HV, P, "the author",
     "said", None),
    ("She read it in two nights and rang me at midnight to say, ‘You’ve been far too kind to him,’", D, HV, P,
     "Vossberg", "said", None),
    ("thoroughly legally reviewed", D, "Larkspur Press", O, "A spokeswoman for Larkspur Press", "said", None),
    ("We are proud to publish it, and we stand by it,", D, "Larkspur Press", O, "she", "added", None),
], people=[
    (HV, ["Vossberg", "the novelist Harriet Vossberg", "Hattie", "The 58-year-old", "the author"]),
    ("Conrad Vossberg", ["My father, Conrad Vossberg"]),
    ("Piers Vossberg", ["Her younger brother, Piers Vossberg"]),
    ("Eileen", ["their mother, Eileen"]),
], orgs=[("Larkspur Press", []), ("Bookmarked", [])], relations=[
    ("Conrad Vossberg", "parent_of", HV, "My father, Conrad Vossberg"),
    (HV, "sibling", "Piers Vossberg", "Her younger brother, Piers Vossberg"),
    ("Eileen", "parent_of", HV, "their mother, Eileen"),
    ("Eileen", "parent_of", "Piers Vossberg", "their mother, Eileen"),
])


# ---------------------------------------------------------------- news 1: wire report, wildfire evacuation (straight quotes)
TF, DK = "Tamarack County Fire Authority", "Dale Kasprzak"
art("wns-cedar-ridge-fire", "Western News Service", "2026-11-21T18:30:00-08:00", """
Thousands flee as wind-driven Cedar Ridge fire jumps highway

PINEWOOD SPRINGS, Calif. (WNS) - More than 6,000 residents were ordered to leave their homes Friday as a wind-driven wildfire jumped a state highway and raced toward the foothill town of Pinewood Springs, officials said.

The Cedar Ridge fire had burned about 14,200 acres by late afternoon and was 5% contained, according to the Tamarack County Fire Authority.

"This fire is moving faster than anything we've seen in this canyon in twenty years," said Battalion Chief Rosa Delgado-Whitt, who has fought fires in the county since 2004. "We are not going to get ahead of it today. Our job today is to get people out."

Gusts of up to 60 mph pushed embers more than a mile ahead of the fire front, igniting spot fires on both sides of Highway 38, she said. Crews were trying to hold the fire at a narrow gorge that firefighters call "the Chimney," where it burned in 1998.

At an evening briefing, Sheriff Dale Kasprzak said two residents of a mobile-home park on Old Mill Road had been reported missing.

"We have deputies going door to door on every street north of the river. If you are told to go, go," said the sheriff.

He warned that anyone who stayed behind could be cut off for days if the fire reached the only bridge out of town.

At an evacuation center in the Lone Oak High School gym, Maribel Ortiz, 67, said she had left with her dog, her medications and her late husband's watch.

"I looked up and the whole ridge was orange," Ortiz said. "I've lived here 41 years. I never thought I'd be the one sleeping on a cot."

Another evacuee, Trent Albers, 34, said he had ignored the first alert on his phone.

"It buzzed at 2 a.m. and I thought, 'It's always a drill,'" he admitted. "Then a deputy was pounding on my door."

Sierra Valley Power said in a statement it had cut electricity to about 18,000 customers as a precaution. The utility denied its equipment had played any role in starting the fire, saying the lines in the area had been de-energized since Thursday morning.

The cause of the fire remains under investigation, the fire authority said.
""", [
    ("More than 6,000 residents were ordered to leave their homes Friday as a wind-driven wildfire jumped a state "
     "highway and raced toward the foothill town of Pinewood Springs", I, None, A, "officials", "said", None),
    ("The Cedar Ridge fire had burned about 14,200 acres by late afternoon and was 5% contained", I, TF, O,
     "the Tamarack County Fire Authority", "according to", None),
    ("This fire is moving faster than anything we've seen in this canyon in twenty years,", D, "Rosa Delgado-Whitt", P,
     "Battalion Chief Rosa Delgado-Whitt", "said", None),
    ("We are not going to get ahead of it today. Our job today is to get people out.", D, "Rosa Delgado-Whitt", P,
     "Battalion Chief Rosa Delgado-Whitt", "said", None),
    ("Gusts of up to 60 mph pushed embers more than a mile ahead of the fire front, igniting spot fires on both sides "
     "of Highway 38", I, "Rosa Delgado-Whitt", P, "she", "said", None),
    ("two residents of a mobile-home park on Old Mill Road had been reported missing", I, DK, P,
     "Sheriff Dale Kasprzak", "said", "briefing"),
    ("We have deputies going door to door on every street north of the river. If you are told to go, go,", D, DK, P,
     "the sheriff", "said", "briefing"),
    ("anyone who stayed behind could be cut off for days if the fire reached the only bridge out of town", I, DK, P,
     "He", "warned", "briefing"),
    ("she had left with her dog, her medications and her late husband's watch", I, "Maribel Ortiz", P,
     "Maribel Ortiz, 67", "said", None),
    ("I looked up and the whole ridge was orange,", D, "Maribel Ortiz", P, "Ortiz", "said", None),
    ("I've lived here 41 years. I never thought I'd be the one sleeping on a cot.", D, "Maribel Ortiz", P, "Ortiz",
     "said", None),
    ("he had ignored the first alert on his phone", I, "Trent Albers", P, "Another evacuee, Trent Albers", "said", None),
    ("It buzzed at 2 a.m. and I thought, 'It's always a drill,'", D, "Trent Albers", P, "he", "admitted", None),
    ("Then a deputy was pounding on my door.", D, "Trent Albers", P, "he", "admitted", None),
    ("it had cut electricity to about 18,000 customers as a precaution", I, "Sierra Valley Power", O,
     "Sierra Valley Power", "said", "statement"),
    ("its equipment had played any role in starting the fire", I, "Sierra Valley Power", O, "The utility", "denied",
     "statement"),
    ("the lines in the area had been de-energized since Thursday morning", I, "Sierra Valley Power", O, "The utility",
     "saying", "statement"),
    ("The cause of the fire remains under investigation", I, TF, O, "the fire authority", "said", None),
], people=[
    ("Rosa Delgado-Whitt", ["Battalion Chief Rosa Delgado-Whitt"]),
    (DK, ["Sheriff Dale Kasprzak", "the sheriff"]),
    ("Maribel Ortiz", ["Ortiz", "Maribel Ortiz, 67"]),
    ("Trent Albers", ["Another evacuee, Trent Albers"]),
], orgs=[(TF, ["the fire authority"]), ("Sierra Valley Power", ["The utility"]), ("Western News Service", ["WNS"])])


# ---------------------------------------------------------------- news 2: British mayoral election night (straight single quotes)
IT, RCv = "Imogen Thwaite", "Rupert Cavanagh"
art("dc-danmoor-mayor-result", "Danmoor Chronicle", "2026-11-20T04:10:00+00:00", """
Thwaite ousts Cavanagh in Danmoor mayoral race as turnout slumps

Imogen Thwaite has been elected Mayor of Danmoor, unseating the two-term incumbent Rupert Cavanagh by just over 4,000 votes in a count that ran into the early hours of Friday.

The Civic Alliance candidate took 41.2 per cent of first-preference votes against Cavanagh's 37.9 per cent, the returning officer, Alison Mabry, announced at the Danmoor Exchange shortly after 2am. Turnout was 27.4 per cent, the lowest since the post was created in 2017.

Ms Mabry said the declaration had been delayed by a request for a bundle check in two wards.

Taking the stage to cheers from supporters waving 'Fix Danmoor First' placards, Ms Thwaite, 49, said: 'Tonight Danmoor voted for buses that turn up, streets that are swept and a mayor who answers her phone. I intend to be that mayor from nine o'clock this morning.'

She thanked Mr Cavanagh for eight years of service and said she would meet him 'as soon as he's had some sleep'.

The former bus driver, nicknamed 'the Bus Lady' by her rivals, later told the Chronicle she would freeze tram fares within her first hundred days.

Mr Cavanagh, who conceded before the final declaration, told reporters he had no regrets about the campaign.

'The voters are never wrong, even when they're wrong,' he said, drawing laughter from his own supporters. 'I congratulate Imogen. She'll find the job is harder than it looks from the opposition benches.'

He blamed the result on low turnout, arguing that many Progress Party voters had 'simply stayed at home', and denied the campaign had been damaged by the row over the Kestrel Street bus depot.

A senior Progress Party figure, speaking on condition of anonymity, was blunter. 'We ran the same campaign we ran in 2022 and acted surprised when it didn't work,' the figure said.

Professor Kwame Osei-Bonsu, a political scientist at the University of Danmoor, said the result reflected a real appetite for change on the outskirts of the city but warned that the new mayor's mandate was thin.

'When barely a quarter of people vote, nobody has a mandate for anything dramatic,' he said.

Outside the count, retired postman Len Ashcroft, 72, said he had voted for Ms Thwaite 'for the first time in my life without holding my nose'.

'She knows what a bus timetable is. That puts her ahead of the last lot,' he said.
""", [
    ("The Civic Alliance candidate took 41.2 per cent of first-preference votes against Cavanagh's 37.9 per cent", I,
     "Alison Mabry", P, "the returning officer, Alison Mabry", "announced", None),
    ("the declaration had been delayed by a request for a bundle check in two wards", I, "Alison Mabry", P,
     "Ms Mabry", "said", None),
    ("Tonight Danmoor voted for buses that turn up, streets that are swept and a mayor who answers her phone. I intend "
     "to be that mayor from nine o'clock this morning.", D, IT, P, "Ms Thwaite", "said", "victory speech"),
    ("as soon as he's had some sleep", D, IT, P, "She", "said", "victory speech"),
    ("she would freeze tram fares within her first hundred days", I, IT, P, "The former bus driver", "told", None),
    ("he had no regrets about the campaign", I, RCv, P, "Mr Cavanagh", "told", None),
    ("The voters are never wrong, even when they're wrong,", D, RCv, P, "he", "said", None),
    ("I congratulate Imogen. She'll find the job is harder than it looks from the opposition benches.", D, RCv, P,
     "he", "said", None),
    ("simply stayed at home", D, RCv, P, "He", "arguing", None),
    ("the campaign had been damaged by the row over the Kestrel Street bus depot", I, RCv, P, "He", "denied", None),
    ("We ran the same campaign we ran in 2022 and acted surprised when it didn't work,", D, None, A, "the figure",
     "said", None),
    ("the result reflected a real appetite for change on the outskirts of the city", I, "Kwame Osei-Bonsu", P,
     "Professor Kwame Osei-Bonsu", "said", None),
    ("the new mayor's mandate was thin", I, "Kwame Osei-Bonsu", P, "Professor Kwame Osei-Bonsu", "warned", None),
    ("When barely a quarter of people vote, nobody has a mandate for anything dramatic,", D, "Kwame Osei-Bonsu", P,
     "he", "said", None),
    ("for the first time in my life without holding my nose", D, "Len Ashcroft", P, "retired postman Len Ashcroft",
     "said", None),
    ("She knows what a bus timetable is. That puts her ahead of the last lot,", D, "Len Ashcroft", P, "he", "said",
     None),
], people=[
    (IT, ["Ms Thwaite", "Imogen", "The former bus driver", "the Bus Lady", "the new mayor"]),
    (RCv, ["Cavanagh", "Mr Cavanagh", "the two-term incumbent Rupert Cavanagh"]),
    ("Alison Mabry", ["Ms Mabry", "the returning officer, Alison Mabry"]),
    ("Kwame Osei-Bonsu", ["Professor Kwame Osei-Bonsu"]),
    ("Len Ashcroft", ["retired postman Len Ashcroft"]),
], orgs=[("Civic Alliance", []), ("Progress Party", []), ("University of Danmoor", []),
         ("Danmoor Chronicle", ["the Chronicle"])])


# ---------------------------------------------------------------- news 3: central-bank rate decision and markets
ES, BN = "Elin Strand", "Bank of Nordmark"
art("lf-nordmark-rates-hold", "Ledgerline Financial", "2026-11-19T15:45:00+01:00", """
Nordmark central bank chief says rate cuts “not on the table” as krone slides

HALVIK — The Bank of Nordmark left its main policy rate unchanged at 4.25% on Thursday, defying calls from businesses and the government for relief, and its governor, Elin Strand, said any talk of cuts this year was premature.

“Rate cuts are not on the table. Inflation is still too high and still too sticky, and I would rather be accused of being late than of being wrong twice,” Strand told a news conference in the capital.

The decision was unanimous, the bank said in a statement, adding that price pressures in services remained uncomfortably strong. The statement continued:

“The Executive Board stands ready to adjust policy in either direction should the outlook change materially. It will not, however, respond to short-term movements in the exchange rate.”

Consumer prices rose 4.6% in the year to October, according to Nordmark Statistics, more than double the bank’s 2% target.

The krone fell as much as 1.1% against the dollar after the announcement before recovering some of its losses, and the benchmark Halvik 30 index closed down 0.8%. Traders have taken to calling Strand “the Ice Queen,” a nickname that has stuck since her first rate rise.

“This was a hawkish hold dressed up as a cautious one,” said Priyanka Rao, chief economist at Kessler Hartley.

Rao said she now expected the first cut no earlier than June.

Others were less convinced. Marcus Ybarra, a rates strategist at Trident Capital, argued the bank was boxing itself in and would be forced to reverse course once fourth-quarter unemployment figures were published.

“Strand is fighting the last war. Growth is rolling over, and the board is looking in the rear-view mirror,” he wrote in a note to clients.

Finance Minister Tomas Berglund, who has repeatedly criticized the bank’s so-called “higher for longer” stance, said he respected its independence but made his frustration plain.

“Families with mortgages and small firms with loans are paying a very high price for this caution,” Berglund told reporters in parliament.

He declined to say whether the government would review the bank’s mandate when Strand’s term ends next year.

A currency trader at a Halvik bank, who was not authorized to speak publicly, said clients had been “selling krone into every bounce” since the decision.

Strand, asked whether the weak currency worried her, insisted the bank did not target the exchange rate.

“We watch it. We do not chase it,” she said.
""", [
    ("not on the table", D, ES, P, "Nordmark central bank chief", "says", "news conference", 0),
    ("any talk of cuts this year was premature", I, ES, P, "its governor, Elin Strand", "said", None),
    ("Rate cuts are not on the table. Inflation is still too high and still too sticky, and I would rather be accused "
     "of being late than of being wrong twice,", D, ES, P, "Strand", "told", "news conference"),
    ("The decision was unanimous", I, BN, O, "the bank", "said", "statement"),
    ("price pressures in services remained uncomfortably strong", I, BN, O, "the bank", "adding", "statement"),
    ("The Executive Board stands ready to adjust policy in either direction should the outlook change materially. It "
     "will not, however, respond to short-term movements in the exchange rate.", D, BN, O, "The statement",
     "continued", "statement"),
    ("Consumer prices rose 4.6% in the year to October", I, "Nordmark Statistics", O, "Nordmark Statistics",
     "according to", None),
    ("This was a hawkish hold dressed up as a cautious one,", D, "Priyanka Rao", P, "Priyanka Rao", "said", None),
    ("she now expected the first cut no earlier than June", I, "Priyanka Rao", P, "Rao", "said", None),
    ("the bank was boxing itself in and would be forced to reverse course once fourth-quarter unemployment figures "
     "were published", I, "Marcus Ybarra", P, "Marcus Ybarra, a rates strategist at Trident Capital", "argued", None),
    ("Strand is fighting the last war. Growth is rolling over, and the board is looking in the rear-view mirror,", D,
     "Marcus Ybarra", P, "he", "wrote", "note to clients"),
    ("he respected its independence", I, "Tomas Berglund", P, "Finance Minister Tomas Berglund", "said", None),
    ("Families with mortgages and small firms with loans are paying a very high price for this caution,", D,
     "Tomas Berglund", P, "Berglund", "told", None),
    ("selling krone into every bounce", D, None, A, "A currency trader at a Halvik bank", "said", None),
    ("the bank did not target the exchange rate", I, ES, P, "Strand", "insisted", None),
    ("We watch it. We do not chase it,", D, ES, P, "she", "said", None),
], people=[
    (ES, ["Strand", "its governor, Elin Strand", "Nordmark central bank chief", "the Ice Queen"]),
    ("Priyanka Rao", ["Rao"]),
    ("Marcus Ybarra", ["Marcus Ybarra, a rates strategist at Trident Capital"]),
    ("Tomas Berglund", ["Berglund", "Finance Minister Tomas Berglund"]),
], orgs=[(BN, ["The Bank of Nordmark", "the bank"]), ("Nordmark Statistics", []), ("Kessler Hartley", []),
         ("Trident Capital", [])])


# ---------------------------------------------------------------- news 4: school-board row over librarians (straight quotes)
CV, GH = "Carla Voigt", "Glenn Hardesty"
art("mc-harlan-librarian-cuts", "Millbrook Courier", "2026-11-19T06:00:00-06:00", """
Parents pack Harlan Unified board meeting over plan to cut school librarians

HARLAN - More than 200 parents, students and teachers crowded into the Harlan Unified School District boardroom Tuesday night to oppose a proposal to eliminate librarian positions at the district's nine elementary schools.

The plan, part of a $4.8 million package of cuts, would save about $610,000 a year, according to a budget memo from Superintendent Carla Voigt.

Voigt defended the proposal, saying the district faced "impossible choices" after enrollment fell by 900 students over three years.

"Nobody up here wants to do this," Voigt said. "But I would rather lose library positions than classroom teachers, and those are the options in front of us."

Board president Glenn Hardesty repeatedly urged speakers to keep to the two-minute limit as the public comment period stretched past 10 p.m.

"My daughter learned to read in that library. Not in a classroom - in that library," said Amara Nwosu, whose two children attend Eastfield Elementary.

Nwosu told the board she had collected more than 1,400 signatures on a petition opposing the cuts.

Another parent, who gave only his first name, Derek, accused the board of putting a football scoreboard ahead of children.

"You found money for a new football scoreboard last spring," he said, pointing at the dais, "so don't tell us there's no money for books."

The Harlan Education Association, which represents the district's teachers and librarians, said in a statement it would "fight these layoffs at every step."

Union president Lorraine Beck told the Courier the district had not consulted a single librarian before drafting the plan.

Junior Maya Feldman held up a worn copy of "The Girl Who Counted Stars," which she said she had checked out of the Eastfield library eleven times.

"The library was the only quiet place I had in middle school," the 17-year-old said.

Trustee Ellen Marsh said she would vote against the package unless the librarian cuts were removed.

Trustee Paul Okonjo admitted he was torn.

"I hear you. I do. But hearing you doesn't print money," Okonjo said.

Hardesty said the board would vote on the package at its Dec. 9 meeting.
""", [
    ("The plan, part of a $4.8 million package of cuts, would save about $610,000 a year", I, CV, P,
     "a budget memo from Superintendent Carla Voigt", "according to", "budget memo"),
    ("impossible choices", D, CV, P, "Voigt", "saying", None),
    ("Nobody up here wants to do this,", D, CV, P, "Voigt", "said", None),
    ("But I would rather lose library positions than classroom teachers, and those are the options in front of us.",
     D, CV, P, "Voigt", "said", None),
    ("My daughter learned to read in that library. Not in a classroom - in that library,", D, "Amara Nwosu", P,
     "Amara Nwosu", "said", None),
    ("she had collected more than 1,400 signatures on a petition opposing the cuts", I, "Amara Nwosu", P, "Nwosu",
     "told", None),
    ("You found money for a new football scoreboard last spring,", D, "Derek", P, "he", "said", None),
    ("so don't tell us there's no money for books.", D, "Derek", P, "he", "said", None),
    ("fight these layoffs at every step.", D, "Harlan Education Association", O, "The Harlan Education Association",
     "said", "statement"),
    ("the district had not consulted a single librarian before drafting the plan", I, "Lorraine Beck", P,
     "Union president Lorraine Beck", "told", None),
    ("she had checked out of the Eastfield library eleven times", I, "Maya Feldman", P, "she", "said", None),
    ("The library was the only quiet place I had in middle school,", D, "Maya Feldman", P, "the 17-year-old", "said",
     None),
    ("she would vote against the package unless the librarian cuts were removed", I, "Ellen Marsh", P,
     "Trustee Ellen Marsh", "said", None),
    ("he was torn", I, "Paul Okonjo", P, "Trustee Paul Okonjo", "admitted", None),
    ("I hear you. I do. But hearing you doesn't print money,", D, "Paul Okonjo", P, "Okonjo", "said", None),
    ("the board would vote on the package at its Dec. 9 meeting", I, GH, P, "Hardesty", "said", None),
], people=[
    (CV, ["Voigt", "Superintendent Carla Voigt"]),
    (GH, ["Hardesty", "Board president Glenn Hardesty"]),
    ("Amara Nwosu", ["Nwosu"]),
    ("Derek", ["Another parent, who gave only his first name, Derek"]),
    ("Lorraine Beck", ["Union president Lorraine Beck"]),
    ("Maya Feldman", ["Junior Maya Feldman", "the 17-year-old"]),
    ("Ellen Marsh", ["Trustee Ellen Marsh"]),
    ("Paul Okonjo", ["Okonjo", "Trustee Paul Okonjo"]),
], orgs=[("Harlan Unified School District", []), ("Harlan Education Association", []),
         ("Millbrook Courier", ["the Courier"])])


# ---------------------------------------------------------------- news 5: murder charge, police and the victim's family (British)
RCa, WP = "Ruth Calloway", "Wexmoor Police"
art("bg-brackenford-rider-charge", "Brackenford Gazette", "2026-11-22T17:25:00+00:00", """
Teenager charged with murder of Brackenford delivery rider, 23

A 19-year-old man has been charged with the murder of a delivery rider who was stabbed in Brackenford town centre last week, Wexmoor Police said.

Samir Haddad, 23, was found with stab wounds on Corn Street, in the area known locally as “the Cut”, shortly before 11pm on Friday 14 November and died in hospital the following morning.

Connor Bayliss, of no fixed address, is due to appear before Brackenford Magistrates’ Court on Monday.

Detective Chief Inspector Ruth Calloway, who is leading the investigation, said: “Samir was on his way to his last delivery of the night. He was a hard-working young man doing his job, and his life was taken in a matter of seconds.

“Our thoughts remain with his family, who have shown extraordinary dignity this week.”

DCI Calloway said officers still wanted to hear from anyone who had been on Corn Street between 10.30pm and 11.15pm. She added that the force was not looking for anyone else in connection with the death.

In a statement released through police, Mr Haddad’s family said:

“Samir was the youngest of five and the loudest of all of us. He was saving to go back to college to study engineering, and he was going to be brilliant.

“He called our mum every night on his break, just to ask what she’d had for dinner. That phone call will never come again. We ask that people remember him for who he was, not for how he died.”

His elder brother, Karim Haddad, told the Gazette outside the family home that Samir had been “ripped away from us”.

“He was a kid on a bike with a bag of takeaway,” the 31-year-old said. “What kind of world is this?”

A woman who lives above a shop on Corn Street, and who asked not to be named, said she had heard shouting and then a scream before seeing a young man lying on the pavement.

“I ran down with a towel. There were already two people doing CPR. I keep thinking about his face,” she said.

Dashly, the app Mr Haddad worked for, said it was “devastated” and would pay for his funeral.

Local councillor Bev Ormsby said residents had given repeated warnings about violence in the town centre at night. Cllr Ormsby claimed street lighting on Corn Street had been dimmed in 2024 to save money.

A Wexmoor Police spokeswoman said extra patrols would be in place in the town centre over the weekend.
""", [
    ("A 19-year-old man has been charged with the murder of a delivery rider who was stabbed in Brackenford town "
     "centre last week", I, WP, O, WP, "said", None),
    ("Samir was on his way to his last delivery of the night. He was a hard-working young man doing his job, and his "
     "life was taken in a matter of seconds.\n\n“Our thoughts remain with his family, who have shown extraordinary "
     "dignity this week.", D, RCa, P, "Detective Chief Inspector Ruth Calloway", "said", None),
    ("officers still wanted to hear from anyone who had been on Corn Street between 10.30pm and 11.15pm", I, RCa, P,
     "DCI Calloway", "said", None),
    ("the force was not looking for anyone else in connection with the death", I, RCa, P, "She", "added", None),
    ("Samir was the youngest of five and the loudest of all of us. He was saving to go back to college to study "
     "engineering, and he was going to be brilliant.\n\n“He called our mum every night on his break, just to ask what "
     "she’d had for dinner. That phone call will never come again. We ask that people remember him for who he was, not "
     "for how he died.", D, None, A, "Mr Haddad’s family", "said", "statement"),
    ("ripped away from us", D, "Karim Haddad", P, "His elder brother, Karim Haddad", "told", None),
    ("He was a kid on a bike with a bag of takeaway,", D, "Karim Haddad", P, "the 31-year-old", "said", None),
    ("What kind of world is this?", D, "Karim Haddad", P, "the 31-year-old", "said", None),
    ("she had heard shouting and then a scream before seeing a young man lying on the pavement", I, None, A,
     "A woman who lives above a shop on Corn Street", "said", None),
    ("I ran down with a towel. There were already two people doing CPR. I keep thinking about his face,", D, None, A,
     "she", "said", None),
    ("devastated", D, "Dashly", O, "Dashly", "said", None),
    ("residents had given repeated warnings about violence in the town centre at night", I, "Bev Ormsby", P,
     "Local councillor Bev Ormsby", "said", None),
    ("street lighting on Corn Street had been dimmed in 2024 to save money", I, "Bev Ormsby", P, "Cllr Ormsby",
     "claimed", None),
    ("extra patrols would be in place in the town centre over the weekend", I, WP, O, "A Wexmoor Police spokeswoman",
     "said", None),
], people=[
    (RCa, ["DCI Calloway", "Detective Chief Inspector Ruth Calloway"]),
    ("Samir Haddad", ["Samir", "Mr Haddad"]),
    ("Karim Haddad", ["His elder brother, Karim Haddad", "the 31-year-old"]),
    ("Connor Bayliss", []),
    ("Bev Ormsby", ["Cllr Ormsby", "Local councillor Bev Ormsby"]),
], orgs=[(WP, ["police"]), ("Dashly", []), ("Brackenford Magistrates’ Court", []),
         ("Brackenford Gazette", ["the Gazette"])], relations=[
    ("Karim Haddad", "sibling", "Samir Haddad", "His elder brother, Karim Haddad"),
])


if __name__ == "__main__":
    gold.main()
