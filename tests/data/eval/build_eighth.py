"""Build eighth.gold.jsonl: an eighth invented evaluation set, written blind and scored once.

Eight articles written by us on 2026-11-24 (invented people, outlets, places and events; no real
article text): four celebrity posts in syndicated WordPress style (an actress's since-deleted
Instagram post about her ex-fiance, with his rep's statement and an anonymous insider; a Grammy
winner's podcast interview about his marriage, with a two-paragraph answer, a source close to the
couple and his wife's rep; a country singer's exit from a talent show, with the network's statement,
a co-judge's post and a production source; an actor's deleted X rant about his director and his
apology, with the director's and the studio's statements) and four news pieces (a judge striking
down a rental ban, in straight double quotes; an air-fryer recall in British single curly quotes,
with the company's statement, its chief executive, a regulator, a consumer group and a customer;
a city budget vote with the mayor, councillors, a union and the chamber of commerce, under a
headline whose speaker trails the quote; an election night with both candidates, a pollster, an
elections director and an anonymous aide). Written without reading the engine, its tests or the
other sets' articles, and without running the engine on them.
Same format and conventions as the other sets (see README.md). Quotes are given as (substring,
kind, speaker, speaker_kind, mention, cue, channel[, occurrence]); offsets are computed and every
span, mention, alias and evidence string is checked by builder.py.
Run: python tests/data/eval/build_eighth.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from builder import A, D, I, O, P, GoldSet  # noqa: E402

gold = GoldSet(Path(__file__).with_name("eighth.gold.jsonl"))
art = gold.art


# ---------------------------------------------------------------- celebrity 1: actress's deleted Instagram post about her ex
DR, JA, DEL = "Delphine Rourke", "Julian Ashe", "Instagram post (since deleted)"
art("mb-rourke-deleted-post", "Marquee Buzz", "2026-11-23T10:05:00-05:00", """
Delphine Rourke Slams Ex-Fiancé In Deleted Post: ‘I Stayed Quiet For Too Long’

Delphine Rourke is done keeping the peace!

The 34-year-old actress took aim at her former fiancé, restaurateur Julian Ashe, in a lengthy Instagram post on Sunday night — one she deleted less than an hour later. But not before fans grabbed screenshots, of course.

As Marquee readers will remember, the Cinderhall star and Julian called off their engagement in August after four years together. At the time, Delphine insisted the split was “completely mutual.” Well, so much for that!

Related: Delphine Rourke Spotted Without Her Engagement Ring At Paris Fashion Week

In the now-deleted post, the Emmy nominee claimed Ashe had “rewritten history” in a recent magazine profile. She wrote:

“I stayed quiet for too long because I thought that was the classy thing to do. But when someone tells a reporter ‘she was never home’ while I was working fourteen-hour days to pay off HIS restaurant loans, I’m allowed to speak.

“I’m not going to list everything. I don’t need to. The people who were there know who showed up and who didn’t.”

She added that she had “zero regrets” about walking away and revealed she has been seeing a therapist “twice a week” since the breakup. Whoa!

Ashe’s interview, published last week in Tablehouse Magazine, never mentioned Delphine by name, but he told the outlet the relationship ended because “one of us was always on a plane.” He also insisted he had “nothing but respect” for his ex and claimed the two had not spoken since the summer.

A rep for Ashe told Marquee Buzz on Monday:

“Julian wishes Delphine well and will not be engaging further. He has moved on and hopes she can do the same.”

Oof. Chilly!

Meanwhile, a source close to the actress told Spotlight Weekly that Delphine took the post down because she “didn’t want it to become the whole story” just weeks before the release of her new film, Low Tide.

“She said what she needed to say. She’s not interested in starting a war with anybody,” the insider explained.

Rourke’s Cinderhall co-star Mina Castellane was among the first to show support. Under a photo the actress shared hours after the deletion, Castellane wrote in the comments: “Proud of you. Always.”

And Delphine herself? She seemed to be in much better spirits by Monday morning, posting a selfie from set with the caption “back to work.”

Honestly, good for her. Breakups are hard enough without reading your ex’s version of events in a glossy magazine!

[Image via Delphine Rourke/Instagram, Starlight Pics]

What do YOU think, Marquee readers? Was Delphine right to speak out, or should she have kept it offline? Let us know in the comments!

The post Delphine Rourke Slams Ex-Fiancé In Deleted Post: 'I Stayed Quiet For Too Long' appeared first on Marquee Buzz.
""", [
    ("I Stayed Quiet For Too Long", D, DR, P, "Delphine Rourke", "Slams", DEL, 0),
    ("completely mutual.", D, DR, P, "Delphine", "insisted", None),
    ("rewritten history", D, DR, P, "the Emmy nominee", "claimed", DEL),
    ("I stayed quiet for too long because I thought that was the classy thing to do. But when someone tells a "
     "reporter ‘she was never home’ while I was working fourteen-hour days to pay off HIS restaurant loans, I’m "
     "allowed to speak.\n\n“I’m not going to list everything. I don’t need to. The people who were there know who "
     "showed up and who didn’t.", D, DR, P, "She", "wrote", DEL),
    ("zero regrets", D, DR, P, "She", "added", DEL),
    ("twice a week", D, DR, P, "She", "revealed", DEL),
    ("one of us was always on a plane.", D, JA, P, "he", "told", "Tablehouse Magazine"),
    ("nothing but respect", D, JA, P, "He", "insisted", "Tablehouse Magazine"),
    ("the two had not spoken since the summer", I, JA, P, "He", "claimed", "Tablehouse Magazine"),
    ("Julian wishes Delphine well and will not be engaging further. He has moved on and hopes she can do the same.",
     D, None, A, "A rep for Ashe", "told", None),
    ("didn’t want it to become the whole story", D, None, A, "a source close to the actress", "told", None),
    ("She said what she needed to say. She’s not interested in starting a war with anybody,", D, None, A,
     "the insider", "explained", None),
    ("Proud of you. Always.", D, "Mina Castellane", P, "Castellane", "wrote", "Instagram comment"),
    ("back to work.", D, DR, P, "She", "caption", "Instagram post"),
], people=[
    (DR, ["Delphine", "Rourke", "The 34-year-old actress", "the Cinderhall star", "the Emmy nominee", "the actress"]),
    (JA, ["Ashe", "Julian", "restaurateur Julian Ashe"]),
    ("Mina Castellane", ["Castellane", "Rourke’s Cinderhall co-star Mina Castellane"]),
], orgs=[("Tablehouse Magazine", []), ("Spotlight Weekly", [])], relations=[
    (DR, "ex_partner", JA, "her former fiancé, restaurateur Julian Ashe"),
], boilerplate=[
    ("related_link", "Related: Delphine Rourke Spotted Without Her Engagement Ring At Paris Fashion Week"),
    ("image_credit", "[Image via Delphine Rourke/Instagram, Starlight Pics]"),
    ("reader_prompt", "What do YOU think, Marquee readers? Was Delphine right to speak out, or should she have kept "
     "it offline? Let us know in the comments!"),
    ("syndication_footer", "The post Delphine Rourke Slams Ex-Fiancé In Deleted Post: 'I Stayed Quiet For Too Long' "
     "appeared first on Marquee Buzz."),
])


# ---------------------------------------------------------------- celebrity 2: Grammy winner on a podcast, insider, wife's rep
TM, SL, LR = "Theo Marchetti", "Saskia Lund", "Late Reel podcast"
art("ps-marchetti-marriage-podcast", "PopSlate", "2026-11-21T14:30:00-05:00", """
Theo Marchetti Breaks Silence On Marriage Rumors: ‘We’re Still A Team’

Theo Marchetti wants everybody to take a breath.

The Grammy winner addressed weeks of speculation about his marriage to model Saskia Lund during an appearance on the Late Reel podcast on Thursday, telling host Corey Banfield the couple are “doing the work” — while stopping short of saying everything is fine.

Related: Saskia Lund Skips Husband Theo Marchetti’s Album Launch Party

“Look, we’ve been together eleven years. We have three kids. Of course there are hard months,” the 41-year-old singer-songwriter said. “Anyone who tells you their marriage is perfect is selling you something.”

He went on:

“What I’ll say is this: Saskia is the best person I know. She’s the first person I call when something goes right and the first person I call when it all goes sideways. That hasn’t changed. We’re still a team.

“Are we figuring some things out? Yeah. Privately. And that’s where it’s going to stay, with all respect to everybody listening.”

Banfield pushed, bringing up the wedding ring Theo had been spotted without at a Nashville gala last month. The Grammy winner held up his left hand, which was bare, and laughed: “Does that answer it? It’s at the jeweler. It was too tight. That’s the whole scandal.”

LOL. We’ll let you decide how convincing that is.

Marchetti also revealed his sixth album, Paper Lanterns, will arrive in February, and claimed he wrote most of it “at the kitchen table at four in the morning.”

The rumors first started swirling in October, when Lund, 36, was photographed carrying boxes out of the couple’s Larkspur Canyon home. Shortly after, a source close to the couple told Spotlight Weekly the pair had been “living separate lives” since the summer.

“They’re civil for the kids, and they still do birthdays together, but it’s not really a marriage right now,” the insider claimed.

Lund herself has kept mostly quiet. But on Friday, her rep issued a short statement on her behalf:

“Saskia and Theo remain committed to their family. Saskia asks that the media respect her children’s privacy at this time.”

Hmm. Notice what that doesn’t say?

The model did post a cryptic message to her Instagram Story hours after the podcast episode dropped, reading simply: “Some chapters close quietly.”

Fans in the comments were split. One follower wrote, “She is telling us everything without telling us anything,” while another insisted the message was about the end of her modeling contract with a skincare brand.

[Image via Late Reel/YouTube, Saskia Lund/Instagram]

What do YOU think, PopSlaters? Is Theo telling the whole story? Sound off below!

The post Theo Marchetti Breaks Silence On Marriage Rumors: 'We're Still A Team' appeared first on PopSlate.
""", [
    ("We’re Still A Team", D, TM, P, "Theo Marchetti", "Breaks Silence", LR),
    ("doing the work", D, TM, P, "The Grammy winner", "telling", LR),
    ("Look, we’ve been together eleven years. We have three kids. Of course there are hard months,", D, TM, P,
     "the 41-year-old singer-songwriter", "said", LR),
    ("Anyone who tells you their marriage is perfect is selling you something.", D, TM, P,
     "the 41-year-old singer-songwriter", "said", LR),
    ("What I’ll say is this: Saskia is the best person I know. She’s the first person I call when something goes "
     "right and the first person I call when it all goes sideways. That hasn’t changed. We’re still a team.\n\n"
     "“Are we figuring some things out? Yeah. Privately. And that’s where it’s going to stay, with all respect to "
     "everybody listening.", D, TM, P, "He", "went on", LR),
    ("Does that answer it? It’s at the jeweler. It was too tight. That’s the whole scandal.", D, TM, P,
     "The Grammy winner", "laughed", LR),
    ("his sixth album, Paper Lanterns, will arrive in February", I, TM, P, "Marchetti", "revealed", LR),
    ("at the kitchen table at four in the morning.", D, TM, P, "he", "claimed", LR),
    ("living separate lives", D, None, A, "a source close to the couple", "told", None),
    ("They’re civil for the kids, and they still do birthdays together, but it’s not really a marriage right now,",
     D, None, A, "the insider", "claimed", None),
    ("Saskia and Theo remain committed to their family. Saskia asks that the media respect her children’s privacy "
     "at this time.", D, None, A, "her rep", "issued", "statement"),
    ("Some chapters close quietly.", D, SL, P, "The model", "post", "Instagram Story"),
    ("She is telling us everything without telling us anything,", D, None, A, "One follower", "wrote",
     "Instagram comment"),
    ("the message was about the end of her modeling contract with a skincare brand", I, None, A, "another",
     "insisted", "Instagram comment"),
], people=[
    (TM, ["Marchetti", "Theo", "The Grammy winner", "the 41-year-old singer-songwriter"]),
    (SL, ["Lund", "Saskia", "model Saskia Lund", "The model"]),
    ("Corey Banfield", ["Banfield", "host Corey Banfield"]),
], orgs=[("Spotlight Weekly", [])], relations=[
    (TM, "spouse", SL, "his marriage to model Saskia Lund"),
], boilerplate=[
    ("related_link", "Related: Saskia Lund Skips Husband Theo Marchetti’s Album Launch Party"),
    ("image_credit", "[Image via Late Reel/YouTube, Saskia Lund/Instagram]"),
    ("reader_prompt", "What do YOU think, PopSlaters? Is Theo telling the whole story? Sound off below!"),
    ("syndication_footer", "The post Theo Marchetti Breaks Silence On Marriage Rumors: 'We're Still A Team' "
     "appeared first on PopSlate."),
])


# ---------------------------------------------------------------- celebrity 3: country singer's talent-show exit
LD, RF, BO, MT = "Lacey Dunmore", "Reggie Fontaine", "Beacon One", "The Morning Table"
art("dish-dunmore-voice-exit", "The Dish Report", "2026-11-24T09:20:00-05:00", """
Lacey Dunmore Says She Was ‘Blindsided’ By Next Big Voice Exit

Lacey Dunmore isn’t holding back about her exit from Next Big Voice.

The country star, who spent four seasons on the singing competition’s judging panel, revealed on Tuesday’s episode of The Morning Table that she learned she had been replaced from a group text.

“I was blindsided. I found out the same way the crew did,” the “Gravel Heart” hitmaker told the hosts. “Somebody screenshotted a message and sent it to my sister. Four seasons, and nobody picked up the phone.”

Related: Next Big Voice Announces Season Five Judges — And Fans Are Not Happy

The 39-year-old claimed producers had promised her as recently as June that she was “locked in” for a fifth season. She also insisted her departure had nothing to do with her on-air clash with fellow judge Reggie Fontaine last spring.

That clip, in which she called his critique of a teenage contestant “lazy and cruel,” has racked up more than 20 million views.

“Not everything is about Reggie,” she said, laughing. “Reggie and I are fine. We text. Mostly about football, honestly.”

Fontaine seemed to agree. The veteran producer wrote on X on Tuesday afternoon:

“Television is better with Lacey on it. Whoever made this call, it’s the wrong one. I’ll miss arguing with her every Thursday.”

The network, Beacon One, was far less sentimental. In a statement, Beacon One said the show was “refreshing the panel” for season five, and that it would always be grateful for Dunmore’s “four unforgettable years.”

But a production source told The Dish Report the decision was really about money.

“Lacey was the most expensive person on that stage, and the network wanted younger, cheaper faces. Nobody wants to say that out loud,” the source said.

The insider added that two other judges had been asked to take pay cuts and had agreed.

Dunmore’s husband, guitarist Wade Ellery, made his feelings clear with an Instagram post of his wife on stage at the Grand Hall, captioned simply: “Their loss.”

As for what comes next? Dunmore revealed she is heading back out on tour in the spring, and teased: “New music. New songs. Maybe even a couple about television.”

Wade, you said it!

[Image via Beacon One/YouTube, Lacey Dunmore/Instagram]

Should Next Big Voice have kept Lacey on the panel, Dish readers? Tell us in the comments!

The post Lacey Dunmore Says She Was 'Blindsided' By Next Big Voice Exit appeared first on The Dish Report.
""", [
    ("Blindsided", D, LD, P, "Lacey Dunmore", "Says", MT, 0),
    ("she learned she had been replaced from a group text", I, LD, P, "The country star", "revealed", MT),
    ("I was blindsided. I found out the same way the crew did,", D, LD, P, "the “Gravel Heart” hitmaker", "told", MT),
    ("Somebody screenshotted a message and sent it to my sister. Four seasons, and nobody picked up the phone.", D,
     LD, P, "the “Gravel Heart” hitmaker", "told", MT),
    ("locked in", D, LD, P, "The 39-year-old", "claimed", MT),
    ("her departure had nothing to do with her on-air clash with fellow judge Reggie Fontaine last spring", I, LD, P,
     "She", "insisted", MT),
    ("lazy and cruel,", D, LD, P, "she", "called", None),
    ("Not everything is about Reggie,", D, LD, P, "she", "said", MT),
    ("Reggie and I are fine. We text. Mostly about football, honestly.", D, LD, P, "she", "said", MT),
    ("Television is better with Lacey on it. Whoever made this call, it’s the wrong one. I’ll miss arguing with her "
     "every Thursday.", D, RF, P, "The veteran producer", "wrote", "X"),
    ("refreshing the panel", D, BO, O, "Beacon One", "said", "statement"),
    ("four unforgettable years.", D, BO, O, "Beacon One", "said", "statement"),
    ("the decision was really about money", I, None, A, "a production source", "told", None),
    ("Lacey was the most expensive person on that stage, and the network wanted younger, cheaper faces. Nobody wants "
     "to say that out loud,", D, None, A, "the source", "said", None),
    ("two other judges had been asked to take pay cuts and had agreed", I, None, A, "The insider", "added", None),
    ("Their loss.", D, "Wade Ellery", P, "guitarist Wade Ellery", "captioned", "Instagram post"),
    ("she is heading back out on tour in the spring", I, LD, P, "Dunmore", "revealed", MT),
    ("New music. New songs. Maybe even a couple about television.", D, LD, P, "Dunmore", "teased", MT),
], people=[
    (LD, ["Lacey", "Dunmore", "The country star", "the “Gravel Heart” hitmaker", "The 39-year-old"]),
    (RF, ["Fontaine", "Reggie", "fellow judge Reggie Fontaine", "The veteran producer"]),
    ("Wade Ellery", ["Wade", "guitarist Wade Ellery"]),
], orgs=[(BO, ["The network"])], relations=[
    (LD, "spouse", "Wade Ellery", "Dunmore’s husband, guitarist Wade Ellery"),
], boilerplate=[
    ("related_link", "Related: Next Big Voice Announces Season Five Judges — And Fans Are Not Happy"),
    ("image_credit", "[Image via Beacon One/YouTube, Lacey Dunmore/Instagram]"),
    ("reader_prompt", "Should Next Big Voice have kept Lacey on the panel, Dish readers? Tell us in the comments!"),
    ("syndication_footer", "The post Lacey Dunmore Says She Was 'Blindsided' By Next Big Voice Exit appeared first "
     "on The Dish Report."),
])


# ---------------------------------------------------------------- celebrity 4: actor's deleted X rant about his director, then an apology
DK, OM, KP = "Desmond Kaye", "Odile Marchand", "Keystone Pictures"
art("swd-kaye-director-rant", "StarWire Daily", "2026-11-22T16:45:00-05:00", """
Desmond Kaye Apologizes After Deleted Rant About Ironclad Director: ‘That Was Not My Best Moment’

Desmond Kaye is walking it all back.

The Ironclad star set off a firestorm on Saturday night when he took to X to vent about director Odile Marchand, who cut most of his scenes from the upcoming sequel, Ironclad: Fault Line.

In a string of since-deleted posts, the 29-year-old wrote that he had been “treated like furniture” on set. He added:

“I gave two years of my life to this character. I trained every single day. I turned down other work. And then I get a call that says ‘we went a different direction in the edit’ — no meeting, no conversation, nothing.”

Yikes.

Related: Ironclad: Fault Line Trailer Drops — And Fans Notice Someone Missing

The posts came down within two hours, but not before screenshots spread everywhere. Marchand, who has directed all three films in the franchise, responded on Sunday morning in a statement shared by the studio:

“I love Desmond and I understand his disappointment. Editing a film means making painful choices, and none of them are personal. My door is open, as it always has been.”

Keystone Pictures, for its part, insisted the sequel is “exactly the film Odile wanted to make” and said Kaye’s character would return in a future installment.

By Monday, the actor had clearly changed his tune. In a new post, he wrote:

“I was hurt and I was loud about it. That was not my best moment. Odile has always had my back, and I owe her a real apology, which I have now made in person.”

Well, that’s growth!

A source on the Fault Line set told StarWire Daily the outburst “came out of nowhere,” claiming Kaye had been “all smiles” at a cast dinner just last week.

“Nobody saw this coming. He was joking around with everyone, doing impressions of the stunt coordinator,” the insider said.

Kaye’s co-star Talia Brooks, who plays his on-screen sister, told reporters at a premiere on Sunday that she had texted him as soon as she saw the posts.

“He’s a big-hearted guy. Sometimes the big heart comes out through his thumbs at one in the morning,” she joked.

Ironclad: Fault Line hits theaters in March.

[Image via Desmond Kaye/X, Keystone Pictures]

What do YOU think? Was Desmond right to speak up, or should he have kept it in the group chat? Let us know in the comments!

The post Desmond Kaye Apologizes After Deleted Rant About Ironclad Director: 'That Was Not My Best Moment' appeared first on StarWire Daily.
""", [
    ("That Was Not My Best Moment", D, DK, P, "Desmond Kaye", "Apologizes", "X", 0),
    ("treated like furniture", D, DK, P, "the 29-year-old", "wrote", "X posts (since deleted)"),
    ("I gave two years of my life to this character. I trained every single day. I turned down other work. And then "
     "I get a call that says ‘we went a different direction in the edit’ — no meeting, no conversation, nothing.",
     D, DK, P, "He", "added", "X posts (since deleted)"),
    ("I love Desmond and I understand his disappointment. Editing a film means making painful choices, and none of "
     "them are personal. My door is open, as it always has been.", D, OM, P, "Marchand", "responded", "statement"),
    ("exactly the film Odile wanted to make", D, KP, O, "Keystone Pictures", "insisted", None),
    ("Kaye’s character would return in a future installment", I, KP, O, "Keystone Pictures", "said", None),
    ("I was hurt and I was loud about it. That was not my best moment. Odile has always had my back, and I owe her "
     "a real apology, which I have now made in person.", D, DK, P, "he", "wrote", "X"),
    ("came out of nowhere,", D, None, A, "A source on the Fault Line set", "told", None),
    ("all smiles", D, None, A, "A source on the Fault Line set", "claiming", None),
    ("Nobody saw this coming. He was joking around with everyone, doing impressions of the stunt coordinator,", D,
     None, A, "the insider", "said", None),
    ("she had texted him as soon as she saw the posts", I, "Talia Brooks", P,
     "Kaye’s co-star Talia Brooks", "told reporters", "premiere"),
    ("He’s a big-hearted guy. Sometimes the big heart comes out through his thumbs at one in the morning,", D,
     "Talia Brooks", P, "she", "joked", "premiere"),
], people=[
    (DK, ["Kaye", "Desmond", "The Ironclad star", "the 29-year-old", "the actor"]),
    (OM, ["Marchand", "Odile", "director Odile Marchand"]),
    ("Talia Brooks", ["Kaye’s co-star Talia Brooks"]),
], orgs=[(KP, [])], boilerplate=[
    ("related_link", "Related: Ironclad: Fault Line Trailer Drops — And Fans Notice Someone Missing"),
    ("image_credit", "[Image via Desmond Kaye/X, Keystone Pictures]"),
    ("reader_prompt", "What do YOU think? Was Desmond right to speak up, or should he have kept it in the group chat? "
     "Let us know in the comments!"),
    ("syndication_footer", "The post Desmond Kaye Apologizes After Deleted Rant About Ironclad Director: 'That Was Not "
     "My Best Moment' appeared first on StarWire Daily."),
])


# ---------------------------------------------------------------- news 1: judge strikes down a rental ban, straight double quotes
MC, GT, AR, CBA = "Miriam Castell", "Gregory Tull", "Anita Rosswell", "Colin Baptiste"
art("ac-port-alden-rental-ruling", "Alden Courier", "2026-11-18T17:40:00-08:00", '''
Judge strikes down Port Alden short-term rental ban

PORT ALDEN — A county judge on Tuesday struck down Port Alden's ban on short-term rentals, ruling that the city council had adopted it without the public hearing required by state law.

In a 34-page opinion, Dorrance County Superior Court Judge Miriam Castell wrote that the council's vote in March was "procedurally defective from the start." She ordered the city to stop enforcing the ordinance immediately.

"The court does not question the council's authority to regulate rentals," Castell wrote. "It questions only whether the council followed the law when it did so. It did not."

The ordinance, passed 5-2, barred homeowners from renting rooms or houses for fewer than 30 nights at a time. About 400 properties had been listed on rental sites before the ban took effect, according to court filings.

The lawsuit was brought by the Port Alden Homeshare Alliance, a group of about 60 homeowners. Its lawyer, Gregory Tull, told reporters outside the courthouse that his clients were "relieved, and frankly vindicated."

"These are retirees and schoolteachers," Tull said, "who rent out a spare room so they can pay their property taxes."

He said the alliance would ask the city to reimburse its legal fees, which he put at more than $180,000.

City Attorney Anita Rosswell said the city would appeal.

"We respect the court, but we believe the judge misread the notice requirements, and we expect to prevail on appeal," Rosswell said in a written statement.

She said the council had held two workshops on the ordinance that were open to the public, and argued that those sessions met the purpose of the hearing requirement.

Mayor Colin Baptiste told reporters at City Hall that he was "disappointed" by the ruling. He said the city would comply with the order while the appeal goes forward.

"Nobody on this council set out to hurt homeowners," Baptiste said. "We were trying to keep housing available for the people who actually live and work here."

Council member Renata Fisk, one of the two members who voted against the ban, said she hoped the council would now "start over and do it right."

Not everyone welcomed the ruling. "Every one of those 400 listings is a home a family could be living in, and this decision puts them right back on the market for tourists," said Lucas Mendel, executive director of the Port Alden Tenants Union, which had backed the ban.

Mendel said his group would urge the council to pass a new ordinance after a proper hearing.

Judge Castell also denied the city's request to delay her order for 30 days, writing that the homeowners would otherwise suffer "ongoing and irreparable harm."

The city has 60 days to file its appeal.
''', [
    ("the city council had adopted it without the public hearing required by state law", I, MC, P, "A county judge",
     "ruling", "opinion"),
    ("procedurally defective from the start.", D, MC, P, "Dorrance County Superior Court Judge Miriam Castell",
     "wrote", "opinion"),
    ("The court does not question the council's authority to regulate rentals,", D, MC, P, "Castell", "wrote",
     "opinion"),
    ("It questions only whether the council followed the law when it did so. It did not.", D, MC, P, "Castell",
     "wrote", "opinion"),
    ("About 400 properties had been listed on rental sites before the ban took effect", I, None, A, "court filings",
     "according to", "court filings"),
    ("relieved, and frankly vindicated.", D, GT, P, "Its lawyer, Gregory Tull", "told reporters", None),
    ("These are retirees and schoolteachers,", D, GT, P, "Tull", "said", None),
    ("who rent out a spare room so they can pay their property taxes.", D, GT, P, "Tull", "said", None),
    ("the alliance would ask the city to reimburse its legal fees, which he put at more than $180,000", I, GT, P,
     "He", "said", None),
    ("the city would appeal", I, AR, P, "City Attorney Anita Rosswell", "said", None),
    ("We respect the court, but we believe the judge misread the notice requirements, and we expect to prevail on "
     "appeal,", D, AR, P, "Rosswell", "said", "written statement"),
    ("the council had held two workshops on the ordinance that were open to the public", I, AR, P, "She", "said",
     None),
    ("those sessions met the purpose of the hearing requirement", I, AR, P, "She", "argued", None),
    ("disappointed", D, CBA, P, "Mayor Colin Baptiste", "told reporters", None),
    ("the city would comply with the order while the appeal goes forward", I, CBA, P, "He", "said", None),
    ("Nobody on this council set out to hurt homeowners,", D, CBA, P, "Baptiste", "said", None),
    ("We were trying to keep housing available for the people who actually live and work here.", D, CBA, P,
     "Baptiste", "said", None),
    ("start over and do it right.", D, "Renata Fisk", P, "Council member Renata Fisk", "said", None),
    ("Every one of those 400 listings is a home a family could be living in, and this decision puts them right back "
     "on the market for tourists,", D, "Lucas Mendel", P, "Lucas Mendel", "said", None),
    ("his group would urge the council to pass a new ordinance after a proper hearing", I, "Lucas Mendel", P,
     "Mendel", "said", None),
    ("ongoing and irreparable harm.", D, MC, P, "Judge Castell", "writing", None),
], people=[
    (MC, ["Castell", "Judge Castell", "A county judge", "Dorrance County Superior Court Judge Miriam Castell"]),
    (GT, ["Tull", "Its lawyer, Gregory Tull"]),
    (AR, ["Rosswell", "City Attorney Anita Rosswell"]),
    (CBA, ["Baptiste", "Mayor Colin Baptiste"]),
    ("Renata Fisk", ["Council member Renata Fisk"]),
    ("Lucas Mendel", ["Mendel"]),
], orgs=[
    ("Port Alden Homeshare Alliance", []),
    ("Port Alden Tenants Union", []),
    ("Dorrance County Superior Court", []),
])


# ---------------------------------------------------------------- news 2: air-fryer recall, British single curly quotes
HA, SF, NPSB, FR = "Halden", "Simon Farraday", "National Product Safety Board", "Fenella Rook"
art("pp-halden-air-fryer-recall", "The Pennine Post", "2026-11-20T07:15:00+00:00", """
Halden recalls 180,000 air fryers after reports of kitchen fires

Home appliance maker Halden has recalled more than 180,000 air fryers sold in the UK and Ireland after dozens of reports that the machines overheated and, in some cases, caught fire.

The company said in a statement that customers should ‘stop using the product immediately’ and unplug it at the wall.

The recall covers the CrispPro 5 and CrispPro 7 models, sold between March 2024 and September this year through Halden’s own website and high-street retailers.

‘We are deeply sorry to our customers,’ the statement said. ‘The safety of the people who use our products is our first priority, and we are acting out of an abundance of caution.’

According to the company, a fault in a thermal fuse can leave the heating element switched on after the timer has finished. Halden said it had received 61 reports of overheating, including 14 fires in which two people suffered minor burns.

Speaking at the firm’s headquarters in Ashworth, chief executive Simon Farraday told reporters the fault had been traced to a single supplier. He said no other Halden products were affected.

‘I want to be absolutely clear: if you own one of these fryers, do not use it,’ he said. ‘We will refund every customer in full, with or without a receipt.’

The National Product Safety Board, which oversees recalls, said it was ‘monitoring the situation closely’.

Its chief executive, Dr Fenella Rook, said the board had first been alerted to the problem in August and had pressed Halden to act sooner.

‘When a manufacturer knows its product can catch fire, every week of delay matters,’ she said. ‘We will be reviewing the timeline of this recall in detail.’

Halden disputed that account, insisting it had moved ‘as quickly as the evidence allowed’.

Campaigners said the case showed that the recall system relied too heavily on manufacturers policing themselves.

‘This is exactly the kind of appliance that sits on a worktop while a family is asleep upstairs,’ said Marcus Obi, head of campaigns at the consumer group Fair Basket, which has been calling for a single public register of recalled goods since 2022.

Kirsty Holm, 42, from Ellerby, said her fryer had ‘started smoking and popping like a firework’ while she was putting her children to bed in October.

‘My daughter shouted “Mum, the kitchen’s on fire” and I ran down to find flames coming out of the back of it,’ she told the Post. ‘If she hadn’t been awake, I don’t like to think about it.’

A spokesman for Northfold Fire and Rescue Service said crews had attended three air fryer fires in the county this year, and urged people to register their appliances with manufacturers.

Halden shares fell 6 per cent in early trading. Customers can check whether their fryer is affected on the company’s website, and the company said refunds would be processed within 14 days.
""", [
    ("stop using the product immediately", D, HA, O, "The company", "said", "statement"),
    ("We are deeply sorry to our customers,", D, HA, O, "the statement", "said", "statement"),
    ("The safety of the people who use our products is our first priority, and we are acting out of an abundance of "
     "caution.", D, HA, O, "the statement", "said", "statement"),
    ("a fault in a thermal fuse can leave the heating element switched on after the timer has finished", I, HA, O,
     "the company", "According to", None),
    ("it had received 61 reports of overheating, including 14 fires in which two people suffered minor burns", I, HA,
     O, "Halden", "said", None),
    ("the fault had been traced to a single supplier", I, SF, P, "chief executive Simon Farraday", "told reporters",
     None),
    ("no other Halden products were affected", I, SF, P, "He", "said", None),
    ("I want to be absolutely clear: if you own one of these fryers, do not use it,", D, SF, P, "he", "said", None),
    ("We will refund every customer in full, with or without a receipt.", D, SF, P, "he", "said", None),
    ("monitoring the situation closely", D, NPSB, O, "The National Product Safety Board", "said", None),
    ("the board had first been alerted to the problem in August and had pressed Halden to act sooner", I, FR, P,
     "Its chief executive, Dr Fenella Rook", "said", None),
    ("When a manufacturer knows its product can catch fire, every week of delay matters,", D, FR, P, "she", "said",
     None),
    ("We will be reviewing the timeline of this recall in detail.", D, FR, P, "she", "said", None),
    ("as quickly as the evidence allowed", D, HA, O, "Halden", "insisting", None),
    ("the case showed that the recall system relied too heavily on manufacturers policing themselves", I, None, A,
     "Campaigners", "said", None),
    ("This is exactly the kind of appliance that sits on a worktop while a family is asleep upstairs,", D,
     "Marcus Obi", P, "Marcus Obi", "said", None),
    ("started smoking and popping like a firework", D, "Kirsty Holm", P, "Kirsty Holm", "said", None),
    ("My daughter shouted “Mum, the kitchen’s on fire” and I ran down to find flames coming out of the back of it,",
     D, "Kirsty Holm", P, "she", "told", None),
    ("If she hadn’t been awake, I don’t like to think about it.", D, "Kirsty Holm", P, "she", "told", None),
    ("crews had attended three air fryer fires in the county this year", I, "Northfold Fire and Rescue Service", O,
     "A spokesman for Northfold Fire and Rescue Service", "said", None),
    ("refunds would be processed within 14 days", I, HA, O, "the company", "said", None),
], people=[
    (SF, ["Farraday", "chief executive Simon Farraday"]),
    (FR, ["Dr Fenella Rook", "Its chief executive, Dr Fenella Rook"]),
    ("Marcus Obi", []),
    ("Kirsty Holm", []),
], orgs=[
    (HA, ["The company", "the company"]),
    (NPSB, ["the board"]),
    ("Fair Basket", []),
    ("Northfold Fire and Rescue Service", []),
])


# ---------------------------------------------------------------- news 3: city budget vote, headline quote with a trailing speaker
JP, HY, TB = "Joanne Petrakis", "Halima Youssef", "Tom Brierley"
art("tw-tamsworth-budget-vote", "Tamsworth Weekly Standard", "2026-11-19T23:50:00-05:00", """
“We fixed the basics,” says mayor as Tamsworth council passes 3.9% tax increase

Tamsworth city council approved a $1.46-billion operating budget late Wednesday after nine hours of debate, passing a 3.9 per cent property tax increase by a vote of 9-4.

“This is not a glamorous budget. We fixed the basics: roads, transit, water mains,” Mayor Joanne Petrakis told reporters after the vote. “Nobody in this room wanted a 3.9 per cent increase, but the alternative was letting the city fall apart a little more every year.”

Petrakis said the increase would add about $148 a year to the average homeowner’s bill.

The budget closes a $61-million shortfall, driven largely by rising transit and policing costs, according to a staff report presented to council last week.

Coun. Halima Youssef, who represents Ward 7, argued that the city should have drawn on its reserve fund instead of raising taxes.

“We are sitting on $90 million in a rainy-day fund,” she said. “If this isn’t a rainy day, I don’t know what is.”

Budget chief Coun. Tom Brierley insisted the reserve had to be kept for genuine emergencies.

“Reserves are for floods, for fires, for a pandemic,” Brierley said, “not for papering over a gap we’ll face again next year.”

Youssef also moved an amendment to freeze councillors’ own salaries for 2027. It failed 6-7, a result she called “embarrassing, frankly.”

More than 40 residents signed up to speak before the vote. Gloria Nakamura, a retired nurse on a fixed income in the east end, told council the increase was “money I simply don’t have.”

“I have lived in this city for 51 years. I am not asking for anything new. I am asking not to be taxed out of my own house,” she said.

The budget includes $32 million to restore bus service cut during the pandemic and to add late-night routes on four corridors.

“Transit riders have been waiting years for this, and the drivers who serve them have been working short-staffed the whole time,” said Ravi Dhillon, president of Transit Workers Local 2114, which represents about 1,100 of the city’s bus operators and mechanics.

The Tamsworth Chamber of Commerce said in a statement that the increase would “hit small businesses hardest” at a time when many are still paying down pandemic debt.

Police Chief Aaron Lyle told council the 6 per cent increase to the police budget would pay for 22 new officers, most of them assigned to downtown patrols.

Coun. Pete Varga, who voted against the budget, said the police increase had been “waved through” without enough questions.

“We spent forty minutes debating the colour of new park benches and four minutes on the police budget,” Varga said.

Petrakis defended the process, saying every department had gone through the same review. She said she expects next year’s increase to be “well under three per cent.”

The new budget takes effect Jan. 1.
""", [
    ("We fixed the basics,", D, JP, P, "mayor", "says", None),
    ("This is not a glamorous budget. We fixed the basics: roads, transit, water mains,", D, JP, P,
     "Mayor Joanne Petrakis", "told reporters", None),
    ("Nobody in this room wanted a 3.9 per cent increase, but the alternative was letting the city fall apart a "
     "little more every year.", D, JP, P, "Mayor Joanne Petrakis", "told reporters", None),
    ("the increase would add about $148 a year to the average homeowner’s bill", I, JP, P, "Petrakis", "said", None),
    ("The budget closes a $61-million shortfall, driven largely by rising transit and policing costs", I, None, A,
     "a staff report", "according to", "staff report"),
    ("the city should have drawn on its reserve fund instead of raising taxes", I, HY, P, "Coun. Halima Youssef",
     "argued", None),
    ("We are sitting on $90 million in a rainy-day fund,", D, HY, P, "she", "said", None),
    ("If this isn’t a rainy day, I don’t know what is.", D, HY, P, "she", "said", None),
    ("the reserve had to be kept for genuine emergencies", I, TB, P, "Budget chief Coun. Tom Brierley", "insisted",
     None),
    ("Reserves are for floods, for fires, for a pandemic,", D, TB, P, "Brierley", "said", None),
    ("not for papering over a gap we’ll face again next year.", D, TB, P, "Brierley", "said", None),
    ("embarrassing, frankly.", D, HY, P, "she", "called", None),
    ("money I simply don’t have.", D, "Gloria Nakamura", P, "Gloria Nakamura", "told", None),
    ("I have lived in this city for 51 years. I am not asking for anything new. I am asking not to be taxed out of my "
     "own house,", D, "Gloria Nakamura", P, "she", "said", None),
    ("Transit riders have been waiting years for this, and the drivers who serve them have been working short-staffed "
     "the whole time,", D, "Ravi Dhillon", P, "Ravi Dhillon", "said", None),
    ("hit small businesses hardest", D, "Tamsworth Chamber of Commerce", O, "The Tamsworth Chamber of Commerce",
     "said", "statement"),
    ("the 6 per cent increase to the police budget would pay for 22 new officers, most of them assigned to downtown "
     "patrols", I, "Aaron Lyle", P, "Police Chief Aaron Lyle", "told", None),
    ("waved through", D, "Pete Varga", P, "Coun. Pete Varga", "said", None),
    ("We spent forty minutes debating the colour of new park benches and four minutes on the police budget,", D,
     "Pete Varga", P, "Varga", "said", None),
    ("every department had gone through the same review", I, JP, P, "Petrakis", "saying", None),
    ("well under three per cent.", D, JP, P, "She", "said", None),
], people=[
    (JP, ["Petrakis", "Mayor Joanne Petrakis", "mayor"]),
    (HY, ["Youssef", "Coun. Halima Youssef"]),
    (TB, ["Brierley", "Coun. Tom Brierley", "Budget chief Coun. Tom Brierley"]),
    ("Gloria Nakamura", []),
    ("Ravi Dhillon", []),
    ("Aaron Lyle", ["Police Chief Aaron Lyle"]),
    ("Pete Varga", ["Varga", "Coun. Pete Varga"]),
], orgs=[("Tamsworth Chamber of Commerce", []), ("Transit Workers Local 2114", [])])


# ---------------------------------------------------------------- news 4: election night, candidates, pollster, elections director
CA, VD, NK, RC = "Celeste Ambrose", "Victor Daley", "Nadia Karras", "Ruth Calloway"
art("gh-greyhaven-mayor-election", "Greyhaven Ledger-Dispatch", "2026-11-04T00:40:00-06:00", """
Former public defender Celeste Ambrose unseats Greyhaven Mayor Victor Daley

GREYHAVEN — Celeste Ambrose, a former public defender who had never held elected office, unseated two-term Mayor Victor Daley on Tuesday, winning about 54 percent of the vote in a race that polls had shown as a dead heat.

With 97 percent of precincts reporting, Ambrose led Daley by about 6,800 votes, according to unofficial results from the Arden County Board of Elections.

Ambrose took the stage at the Foundry, a converted ironworks downtown, shortly after 11 p.m., beneath a banner bearing her campaign slogan, “Greyhaven for everyone.”

“Four years ago, people told me a public defender couldn’t run a city,” Ambrose told the crowd. “Tonight, this city told them they were wrong.”

“I’m going to be the mayor of the people who voted for me and the people who didn’t,” she said, “and I’m going to start with the bus routes on the east side.”

Daley conceded in a brief speech to supporters at his campaign office on Fulton Street. He said he had called Ambrose to congratulate her and promised a “smooth, professional transition.”

“The voters have spoken, and they spoke clearly,” Daley said. “I’m proud of what we built together, and I’m not going anywhere. This is still my city.”

The result surprised even the pollsters.

“Nobody had her winning by eight points. Our last poll had it at two, and that was inside the margin of error,” said Nadia Karras, a senior analyst at Brightwater Polling, whose final survey of 600 likely voters was released on Sunday.

Karras said younger voters and renters appeared to have turned out in unusually high numbers, particularly in the city’s east-side wards.

A Daley campaign aide, who spoke on condition of anonymity because he was not authorized to discuss internal strategy, said the campaign had “badly underestimated” how angry renters were about rising rents.

County elections director Ruth Calloway told reporters that turnout was about 41 percent, the highest for a city election in two decades.

“We had lines at 7 a.m. in precincts that usually see a dozen people before lunch,” Calloway said.

She said the board expected to certify the results by Nov. 14. Provisional ballots were unlikely to change the outcome, she added.

Third-place finisher Lionel Pike, a restaurant owner who ran on a promise to fix the city’s roads, drew about 6 percent. Shortly after midnight, he posted on X: “Congratulations to Mayor-elect Ambrose. Now fix the potholes.”

Ambrose, 46, will be sworn in on Jan. 2. In a brief interview after her speech, she said she would announce her transition team “within the week.”

Asked what she would do first, Ambrose laughed. “Sleep,” she said. “Then the buses.”
""", [
    ("With 97 percent of precincts reporting, Ambrose led Daley by about 6,800 votes", I,
     "Arden County Board of Elections", O, "the Arden County Board of Elections", "according to", None),
    ("Four years ago, people told me a public defender couldn’t run a city,", D, CA, P, "Ambrose", "told",
     "victory speech"),
    ("Tonight, this city told them they were wrong.", D, CA, P, "Ambrose", "told", "victory speech"),
    ("I’m going to be the mayor of the people who voted for me and the people who didn’t,", D, CA, P, "she", "said",
     "victory speech"),
    ("and I’m going to start with the bus routes on the east side.", D, CA, P, "she", "said", "victory speech"),
    ("he had called Ambrose to congratulate her", I, VD, P, "He", "said", "concession speech"),
    ("smooth, professional transition.", D, VD, P, "He", "promised", "concession speech"),
    ("The voters have spoken, and they spoke clearly,", D, VD, P, "Daley", "said", "concession speech"),
    ("I’m proud of what we built together, and I’m not going anywhere. This is still my city.", D, VD, P, "Daley",
     "said", "concession speech"),
    ("Nobody had her winning by eight points. Our last poll had it at two, and that was inside the margin of error,",
     D, NK, P, "Nadia Karras", "said", None),
    ("younger voters and renters appeared to have turned out in unusually high numbers, particularly in the city’s "
     "east-side wards", I, NK, P, "Karras", "said", None),
    ("badly underestimated", D, None, A, "A Daley campaign aide", "said", None),
    ("turnout was about 41 percent, the highest for a city election in two decades", I, RC, P,
     "County elections director Ruth Calloway", "told reporters", None),
    ("We had lines at 7 a.m. in precincts that usually see a dozen people before lunch,", D, RC, P, "Calloway",
     "said", None),
    ("the board expected to certify the results by Nov. 14", I, RC, P, "She", "said", None),
    ("Provisional ballots were unlikely to change the outcome", I, RC, P, "she", "added", None),
    ("Congratulations to Mayor-elect Ambrose. Now fix the potholes.", D, "Lionel Pike", P, "he", "posted", "X"),
    ("within the week.", D, CA, P, "she", "said", "interview"),
    ("Sleep,", D, CA, P, "she", "said", "interview"),
    ("Then the buses.", D, CA, P, "she", "said", "interview"),
], people=[
    (CA, ["Ambrose", "Mayor-elect Ambrose", "Former public defender Celeste Ambrose"]),
    (VD, ["Daley", "Greyhaven Mayor Victor Daley", "two-term Mayor Victor Daley"]),
    (NK, ["Karras"]),
    (RC, ["Calloway", "County elections director Ruth Calloway"]),
    ("Lionel Pike", ["Third-place finisher Lionel Pike"]),
], orgs=[("Arden County Board of Elections", []), ("Brightwater Polling", [])])


if __name__ == "__main__":
    gold.main()
