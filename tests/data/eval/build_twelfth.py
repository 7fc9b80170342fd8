"""Build twelfth.gold.jsonl: a twelfth invented evaluation set, written blind.

Ten articles written by us on 2026-11-25 (invented people, outlets, places and events; no real
article text). Five celebrity pieces: a reality-show reunion recap in syndicated WordPress style (a
headline quote repeated in the footer, a block quote after "telling host X:", a shot-back reply, an
interrupted quote, a descriptor speaker, the network's spokesperson, a viewer's post, a show title in
quotation marks); a musician's podcast interview in straight double quotes (a headline reported
clause, a nested quote, a two-paragraph answer after "He went on:", his former manager, a drummer
after the quote, the label's spokesperson, a song title, a podcast title and a nickname in
quotation marks); a sisters' feud in a British tabloid with single curly quotes (a headline quote
from a deleted Instagram post, "She wrote:" and "She added:" block quotes, a pal, their mother, an
unnamed spokesperson, a fan on X, a "dubbed" nickname); a footballer's retirement (a headline quote
after a colon, a three-paragraph caption after "It read, in part:", the coach's interrupted quote,
teammates' tributes under descriptors, the club's statement, "according to the club", his wife's
caption, a nickname and a banner that are not quotes); a fashion-week show in straight single
quotes (the designer, a model with a nested quote, two critics, an anonymous buyer, "according to"
a named council, a collection title and scare quotes). Five news pieces: a court ruling in straight
double quotes (a dateline, "ruling that", the judge's opinion, a named company spokeswoman by email,
lawyers, the attorney general after the quote, "according to court filings", testimony, an
anonymous employee, "ordered ... to" which is not speech); a planning row in British single curly
quotes (a headline "'…', say residents", a committee chair with "Cllr", the ward councillor, a
resident, "according to a report", the developer's statement and unnamed spokesman, a parish
chairman, an unnamed councillor, a campaign nickname); a factory closure with a union in curly
double quotes (the company's statement, the chief executive's memo, "The memo said", the union
president, an anonymous worker, a notice filed by the company, the mayor, an economist,
"declined to say whether"); a health study in British double curly quotes ("according to a study",
the lead author, a co-author in a press release, a sceptical outside expert, a participant, a
charity, "X, Dr Y revealed, ..."); a national-politics row in straight double quotes with a
headline "'…,' says health minister" (the minister on the radio, "according to figures from" a
department, the doctors' body and its chair, "She added:", the shadow secretary, a government
source, a poll, the Prime Minister's spokesman, "denied that").
Written without reading the engine, its tests, the benchmarks or the other sets' articles (one
builder read for its mechanics only), and without running the engine on them.
Same format and conventions as the other sets (see README.md). Quotes are given as (substring,
kind, speaker, speaker_kind, mention, cue, channel[, occurrence]); offsets are computed and every
span, mention, alias and evidence string is checked by builder.py.
Run: python tests/data/eval/build_twelfth.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from builder import A, D, I, O, P, GoldSet  # noqa: E402

gold = GoldSet(Path(__file__).with_name("twelfth.gold.jsonl"))
art = gold.art


# ---------------------------------------------------------------- celebrity 1: reality-show reunion recap
MD, TQ, PL, AW = "Marisol Devane", "Tessa Quarry", "Priya Lansing", "Andre Whitlow"
art("gp-harbor-wives-reunion", "GlossPop", "2026-11-23T10:05:00-05:00", """
Marisol Devane Says She’s ‘Done Pretending’ At Explosive Harbor Wives Reunion!

The Harbor Wives of Cape Linden reunion is finally here, and it did NOT disappoint!

Part one of the three-part special aired Sunday night, and boutique owner Marisol Devane came ready to clear the air about her falling-out with former best friend Tessa Quarry.

As GlossPop readers know, the pair stopped speaking last spring after Tessa accused Marisol of leaking details of her divorce from Grant Quarry to a gossip blog. Marisol has always denied it, and she did so again on the couch, telling host Andre Whitlow:

“I have never, not once, talked to a blogger about Tessa’s marriage. I sat on that secret for two years. I protected her when she was falling apart, and this is the thanks I get? I’m done pretending we’re friends for the cameras.”

Related: Tessa Quarry Opens Up About Her Healing Summer After Divorce

Tessa, 42, wasn’t buying it. “You protected me? Marisol, you told half of Cape Linden at your birthday dinner. I have the texts,” she shot back.

Whitlow then turned to the mother of three and asked whether she had any regrets about the season. She admitted she had said “some things I’m not proud of” on the vineyard trip, but insisted she would never apologize for standing up for herself.

The most jaw-dropping moment came when newcomer Priya Lansing revealed she had been the one who tipped off the blog — not Marisol.

“I was angry, I was new, and I made a stupid mistake,” the 31-year-old nurse said, as gasps filled the studio. She apologized to Tessa directly, adding she had been too embarrassed to come forward sooner.

Marisol looked stunned. “So I’ve been the villain for a whole season,” she said quietly, “for something I didn’t even do?”

Fans of “Harbor Wives” flooded social media within minutes. “Marisol deserves a public apology from every single one of them,” one viewer wrote on X.

A spokesperson for Lantern TV, which airs the show, said the reunion was filmed “without any scripted elements.” The spokesperson added that the cast learned of Priya’s confession only minutes before cameras rolled.

Part two of the reunion airs next Sunday, and Whitlow has promised viewers even more drama. We can’t wait!

After the episode aired, Marisol posted a photo of herself with her daughters on Instagram, writing: “Truth always comes out. Always.”

Whose side are YOU on, GlossPop readers? Sound off in the comments!

[Image via Lantern TV/YouTube, Marisol Devane/Instagram]

The post Marisol Devane Says She's 'Done Pretending' At Explosive Harbor Wives Reunion! appeared first on GlossPop.
""", [
    ("Done Pretending", D, MD, P, "Marisol Devane", "Says", None, 0),
    ("I have never, not once, talked to a blogger about Tessa’s marriage. I sat on that secret for two years. I "
     "protected her when she was falling apart, and this is the thanks I get? I’m done pretending we’re friends for "
     "the cameras.", D, MD, P, "she", "telling", "reunion"),
    ("You protected me? Marisol, you told half of Cape Linden at your birthday dinner. I have the texts,", D, TQ, P,
     "she", "shot back", "reunion"),
    ("some things I’m not proud of", D, TQ, P, "She", "admitted", "reunion"),
    ("she would never apologize for standing up for herself", I, TQ, P, "She", "insisted", "reunion"),
    ("she had been the one who tipped off the blog — not Marisol", I, PL, P, "newcomer Priya Lansing", "revealed",
     "reunion"),
    ("I was angry, I was new, and I made a stupid mistake,", D, PL, P, "the 31-year-old nurse", "said", "reunion"),
    ("she had been too embarrassed to come forward sooner", I, PL, P, "She", "adding", "reunion"),
    ("So I’ve been the villain for a whole season,", D, MD, P, "she", "said", "reunion"),
    ("for something I didn’t even do?", D, MD, P, "she", "said", "reunion"),
    ("Marisol deserves a public apology from every single one of them,", D, None, A, "one viewer", "wrote",
     "X post"),
    ("without any scripted elements.", D, "Lantern TV", O, "A spokesperson for Lantern TV", "said", None),
    ("the cast learned of Priya’s confession only minutes before cameras rolled", I, "Lantern TV", O,
     "The spokesperson", "added", None),
    ("Truth always comes out. Always.", D, MD, P, "Marisol", "writing", "Instagram post"),
], people=[
    (MD, ["Marisol", "boutique owner Marisol Devane"]),
    (TQ, ["Tessa", "former best friend Tessa Quarry", "the mother of three"]),
    (PL, ["Priya", "newcomer Priya Lansing", "the 31-year-old nurse"]),
    (AW, ["Whitlow", "host Andre Whitlow"]),
    ("Grant Quarry", []),
], orgs=[("Lantern TV", []), ("GlossPop", [])], relations=[
    ("Grant Quarry", "ex_spouse", TQ, "her divorce from Grant Quarry"),
], boilerplate=[
    ("related_link", "Related: Tessa Quarry Opens Up About Her Healing Summer After Divorce"),
    ("reader_prompt", "Whose side are YOU on, GlossPop readers? Sound off in the comments!"),
    ("image_credit", "[Image via Lantern TV/YouTube, Marisol Devane/Instagram]"),
    ("syndication_footer", "The post Marisol Devane Says She's 'Done Pretending' At Explosive Harbor Wives Reunion! "
     "appeared first on GlossPop."),
])


# ---------------------------------------------------------------- celebrity 2: musician's podcast interview
JK, CB, RP, LF = "Jonah Kestrel", "Callie Brandt", "Rosalind Pike", "Luis Ferreira"
art("br-kestrel-podcast", "Backbeat Report", "2026-11-19T14:30:00-05:00", """
Jonah Kestrel says he nearly quit music after "Paper Lanterns" became a hit

By Dev Alcott

Jonah Kestrel has never been comfortable with fame, and on the latest episode of the "Long Way Home" podcast, the Lowland Saints frontman explained exactly why.

Speaking to host Callie Brandt, the 46-year-old admitted the band's 2009 breakout single left him "completely hollowed out."

"Everybody thinks a hit song is the dream. And it is, for about a month. Then you're singing the same four minutes every night for ten years, and you start to wonder who you are when you're not singing it," Kestrel said.

Brandt asked him whether he had ever considered walking away.

"Considered it? I did it," he said. "I told our manager, 'I'm out, cancel the fall dates,' and I drove to my brother's cabin in Vermont and didn't pick up the phone for three weeks."

He went on:

"My brother Eli didn't ask me a single question the whole time. He just handed me an axe and pointed at a woodpile. That was the best therapy I've ever had.

"When I came back, I wasn't fixed. But I knew I could leave if I needed to, and somehow that made it possible to stay."

The band's manager at the time, Rosalind Pike, told Backbeat Report that she remembered the phone call well.

Pike said he had sounded calm, which was the scary part. "Jonah yelling, I could handle. Jonah calm meant he'd already made up his mind," she said.

Drummer Luis Ferreira, who has played with Kestrel since high school, insisted the break saved the band.

"If he hadn't gone to that cabin, there's no fourth record, no fifth record, nothing," said Ferreira.

Fans have long called Kestrel "the Preacher" for his habit of delivering sermons between songs, a nickname he told Brandt he "secretly loves."

The Lowland Saints' sixth album, "Weather for Ghosts," is out in March, and Kestrel revealed the band would play "Paper Lanterns" on next year's tour.

"Only once a night, though, and never as the encore," he added with a laugh.

A spokesperson for Harrow Lane Records, the band's label, said the label was "incredibly proud" of Kestrel for speaking so openly.

Brandt closed the episode by telling listeners it had been one of the most open conversations she had ever recorded.
""", [
    ("he nearly quit music after \"Paper Lanterns\" became a hit", I, JK, P, "Jonah Kestrel", "says", None),
    ("completely hollowed out.", D, JK, P, "the 46-year-old", "admitted", "podcast"),
    ("Everybody thinks a hit song is the dream. And it is, for about a month. Then you're singing the same four minutes every night for ten years, and you start "
     "to wonder who you are when you're not singing it,", D, JK, P, "Kestrel", "said", "podcast"),
    ("Considered it? I did it,", D, JK, P, "he", "said", "podcast"),
    ("I told our manager, 'I'm out, cancel the fall dates,' and I drove to my brother's cabin in Vermont and didn't "
     "pick up the phone for three weeks.", D, JK, P, "he", "said", "podcast"),
    ("My brother Eli didn't ask me a single question the whole time. He just handed me an axe and pointed at a "
     "woodpile. That was the best therapy I've ever had.\n\n\"When I came back, I wasn't fixed. But I knew I could "
     "leave if I needed to, and somehow that made it possible to stay.", D, JK, P, "He", "went on", "podcast"),
    ("she remembered the phone call well", I, RP, P, "The band's manager at the time, Rosalind Pike", "told", None),
    ("he had sounded calm, which was the scary part", I, RP, P, "Pike", "said", None),
    ("Jonah yelling, I could handle. Jonah calm meant he'd already made up his mind,", D, RP, P, "she", "said", None),
    ("the break saved the band", I, LF, P, "Drummer Luis Ferreira, who has played with Kestrel since high school",
     "insisted", None),
    ("If he hadn't gone to that cabin, there's no fourth record, no fifth record, nothing,", D, LF, P, "Ferreira",
     "said", None),
    ("secretly loves.", D, JK, P, "he", "told", "podcast"),
    ("the band would play \"Paper Lanterns\" on next year's tour", I, JK, P, "Kestrel", "revealed", "podcast"),
    ("Only once a night, though, and never as the encore,", D, JK, P, "he", "added", "podcast"),
    ("incredibly proud", D, "Harrow Lane Records", O, "A spokesperson for Harrow Lane Records, the band's label",
     "said", None),
    ("it had been one of the most open conversations she had ever recorded", I, CB, P, "Brandt", "telling",
     "podcast"),
], people=[
    (JK, ["Kestrel", "Jonah", "the Lowland Saints frontman", "the 46-year-old"]),
    (CB, ["Brandt", "host Callie Brandt"]),
    ("Eli", ["My brother Eli"]),
    (RP, ["Pike", "The band's manager at the time, Rosalind Pike"]),
    (LF, ["Ferreira", "Drummer Luis Ferreira"]),
    ("Dev Alcott", []),
], orgs=[
    ("Harrow Lane Records", ["the band's label"]),
    ("The Lowland Saints", ["Lowland Saints"]),
    ("Backbeat Report", []),
], relations=[
    ("Eli", "sibling", JK, "My brother Eli"),
])


# ---------------------------------------------------------------- celebrity 3: British tabloid family feud, deleted post
KM, JM, DM = "Kirsty Mallow", "Jade Mallow", "Denise Mallow"
art("db-mallow-sisters-feud", "Daily Beacon", "2026-11-17T07:00:00+00:00", """
Kirsty Mallow’s sister brands soap star ‘fake’ in deleted post as family feud erupts

THE sister of Harbour Lane star Kirsty Mallow has deleted a furious Instagram post in which she accused the actress of ‘forgetting where she came from’.

Jade Mallow, 29, shared the lengthy message on Sunday night before removing it less than three hours later, but not before fans had grabbed screenshots.

She wrote: ‘I’ve kept quiet for years while my sister plays the girl next door on telly. Off screen she hasn’t rung Mum in four months. Four months. Mum had a fall in August and Kirsty sent flowers. Flowers!’

Jade also claimed her sister had skipped their grandmother’s funeral last year to attend an awards party.

She added:

‘I’m not doing this for attention. I’m doing it because Mum cries every Sunday and I’m sick of pretending we’re a happy family for the magazines. Kirsty, if you’re reading this, pick up the phone.’

READ MORE: Harbour Lane bosses confirm shock exit for long-serving star

The 34-year-old actress, once dubbed ‘the nation’s favourite nurse’ by viewers, has played Bethany Croft on the Channel 6 soap since 2015 and has not responded publicly.

But a pal of the actress told the Beacon: ‘Kirsty is heartbroken. She and Jade used to be inseparable, and she honestly has no idea where this has come from.’

The friend claimed Kirsty had visited their mother at least twice since the fall and quietly paid for a carer.

‘She doesn’t post about it because it’s private. Not everything has to be on Instagram,’ the pal insisted.

The pal denied the funeral claim, explaining Kirsty had been filming abroad at the time.

Insiders at Harbour Lane say the cast has rallied round the star.

Mum Denise Mallow, 61, told the Beacon she loved both of her daughters equally.

She said the row had left her unable to sleep. ‘I just want them to sort it out behind closed doors,’ she added.

A spokesperson for Kirsty said: ‘Kirsty will not be commenting on private family matters.’

Fans were divided. On X, one fan wrote: ‘Both of them need to log off and go for a cup of tea.’

On Monday, Jade posted a short Instagram Story, saying she had taken the message down ‘for Mum’s sake’.

Picture: Channel 6 / Instagram

Got a story? Email tips@dailybeacon.invalid
""", [
    ("fake", D, JM, P, "Kirsty Mallow’s sister", "brands", "Instagram post (since deleted)", 0),
    ("forgetting where she came from", D, JM, P, "she", "accused", "Instagram post (since deleted)"),
    ("I’ve kept quiet for years while my sister plays the girl next door on telly. Off screen she hasn’t rung Mum in "
     "four months. Four months. Mum had a fall in August and Kirsty sent flowers. Flowers!", D, JM, P, "She", "wrote",
     "Instagram post (since deleted)"),
    ("her sister had skipped their grandmother’s funeral last year to attend an awards party", I, JM, P, "Jade",
     "claimed", "Instagram post (since deleted)"),
    ("I’m not doing this for attention. I’m doing it because Mum cries every Sunday and I’m sick of pretending we’re a "
     "happy family for the magazines. Kirsty, if you’re reading this, pick up the phone.", D, JM, P, "She", "added",
     "Instagram post (since deleted)"),
    ("Kirsty is heartbroken. She and Jade used to be inseparable, and she honestly has no idea where this has come "
     "from.", D, None, A, "a pal of the actress", "told", None),
    ("Kirsty had visited their mother at least twice since the fall and quietly paid for a carer", I, None, A,
     "The friend", "claimed", None),
    ("She doesn’t post about it because it’s private. Not everything has to be on Instagram,", D, None, A, "the pal",
     "insisted", None),
    ("Kirsty had been filming abroad at the time", I, None, A, "The pal", "explaining", None),
    ("the cast has rallied round the star", I, None, A, "Insiders at Harbour Lane", "say", None),
    ("she loved both of her daughters equally", I, DM, P, "Mum Denise Mallow, 61", "told", None),
    ("the row had left her unable to sleep", I, DM, P, "She", "said", None),
    ("I just want them to sort it out behind closed doors,", D, DM, P, "she", "added", None),
    ("Kirsty will not be commenting on private family matters.", D, None, A, "A spokesperson for Kirsty", "said",
     None),
    ("Both of them need to log off and go for a cup of tea.", D, None, A, "one fan", "wrote", "X post"),
    ("for Mum’s sake", D, JM, P, "Jade", "saying", "Instagram Story"),
], people=[
    (KM, ["Kirsty", "Harbour Lane star Kirsty Mallow", "The 34-year-old actress", "the actress", "the star"]),
    (JM, ["Jade", "Kirsty Mallow’s sister", "THE sister of Harbour Lane star Kirsty Mallow"]),
    (DM, ["Mum", "Mum Denise Mallow"]),
], orgs=[("Daily Beacon", ["the Beacon"]), ("Channel 6", [])], relations=[
    (JM, "sibling", KM, "THE sister of Harbour Lane star Kirsty Mallow"),
    (DM, "parent_of", KM, "she loved both of her daughters"),
    (DM, "parent_of", JM, "she loved both of her daughters"),
], boilerplate=[
    ("related_link", "READ MORE: Harbour Lane bosses confirm shock exit for long-serving star"),
    ("image_credit", "Picture: Channel 6 / Instagram"),
    ("reader_prompt", "Got a story? Email tips@dailybeacon.invalid"),
])


# ---------------------------------------------------------------- celebrity 4: footballer's retirement and tributes
MA, GL, TR, KML = "Marcus Adeyemi", "Gerry Lindqvist", "Tobias Renn", "Kofi Mensah-Laird"
CR = "Cascadia Rovers"
art("ps-adeyemi-retires", "Pitchside USA", "2026-11-18T16:20:00-08:00", """
Rovers captain Marcus Adeyemi retires: “I gave this city everything I had”

Cascadia Rovers captain Marcus Adeyemi announced his retirement on Tuesday, ending a 15-year professional career that included two league titles and 61 appearances for his national team.

The 34-year-old midfielder, known to fans as “The Metronome” for his relentless passing, made the announcement in a long Instagram post. It read, in part:

“When I arrived in Cascadia as a 22-year-old, I didn’t know a single person here. I had one suitcase and a phone full of numbers I couldn’t call because of the time difference.

“Eleven years later, this city is home. My children were born here. I gave this city everything I had, and it gave me back more than I ever deserved.

“To every teammate, every coach, every kit man and every fan who stood in the rain at Riverside Park: thank you. My body has told me it’s time. I’m finally listening.”

Adeyemi missed most of this season with a knee injury, and head coach Gerry Lindqvist said the club had known for several weeks that the decision was coming.

“Marcus came into my office in October and told me before he told his own agent. That tells you everything about the man,” Lindqvist said at a news conference. He said Adeyemi had been a captain until the very last conversation.

Asked whether Adeyemi might join his coaching staff, Lindqvist smiled. “The door is open. I’ve told him that a hundred times,” he said, “but first he needs to go and sleep for a year.”

Goalkeeper Tobias Renn, who played alongside Adeyemi for nine seasons, said Adeyemi was the best professional he had ever shared a dressing room with.

“He never raised his voice, never needed to. You just didn’t want to let him down,” Renn wrote on X.

Young winger Kofi Mensah-Laird, 19, revealed that Adeyemi had paid for his driving lessons when he first signed as a 16-year-old.

“He made me promise not to tell anyone. Sorry, captain,” the teenager said.

The club said in a statement that Adeyemi’s No. 8 shirt would not be issued next season.

“Marcus is one of the greatest players in the history of this club, and he will always have a home here,” the statement said.

According to the club, Adeyemi made 389 appearances for the Rovers, more than any outfield player in its history.

At Saturday’s home game, the supporters’ section unfurled a giant banner reading “OUR METRONOME” during the eighth minute.

His wife, Imani Adeyemi, shared a photo of the family on the pitch, writing simply: “Proud doesn’t cover it.”

What’s your favorite Marcus Adeyemi moment? Tell us in the comments.

[Photo: Cascadia Rovers / Instagram]
""", [
    ("I gave this city everything I had", D, MA, P, "Rovers captain Marcus Adeyemi", None, "Instagram post", 0),
    ("When I arrived in Cascadia as a 22-year-old, I didn’t know a single person here. I had one suitcase and a phone "
     "full of numbers I couldn’t call because of the time difference.\n\n“Eleven years later, this city is home. My "
     "children were born here. I gave this city everything I had, and it gave me back more than I ever deserved.\n\n"
     "“To every teammate, every coach, every kit man and every fan who stood in the rain at Riverside Park: thank you. "
     "My body has told me it’s time. I’m finally listening.", D, MA, P, "The 34-year-old midfielder", "read",
     "Instagram post"),
    ("the club had known for several weeks that the decision was coming", I, GL, P, "head coach Gerry Lindqvist",
     "said", None),
    ("Marcus came into my office in October and told me before he told his own agent. That tells you everything about "
     "the man,", D, GL, P, "Lindqvist", "said", "news conference"),
    ("Adeyemi had been a captain until the very last conversation", I, GL, P, "He", "said", "news conference"),
    ("The door is open. I’ve told him that a hundred times,", D, GL, P, "he", "said", "news conference"),
    ("but first he needs to go and sleep for a year.", D, GL, P, "he", "said", "news conference"),
    ("Adeyemi was the best professional he had ever shared a dressing room with", I, TR, P,
     "Goalkeeper Tobias Renn, who played alongside Adeyemi for nine seasons", "said", None),
    ("He never raised his voice, never needed to. You just didn’t want to let him down,", D, TR, P, "Renn", "wrote",
     "X post"),
    ("Adeyemi had paid for his driving lessons when he first signed as a 16-year-old", I, KML, P,
     "Young winger Kofi Mensah-Laird, 19", "revealed", None),
    ("He made me promise not to tell anyone. Sorry, captain,", D, KML, P, "the teenager", "said", None),
    ("Adeyemi’s No. 8 shirt would not be issued next season", I, CR, O, "The club", "said", "statement"),
    ("Marcus is one of the greatest players in the history of this club, and he will always have a home here,", D, CR,
     O, "the statement", "said", "statement"),
    ("Adeyemi made 389 appearances for the Rovers, more than any outfield player in its history", I, CR, O, "the club",
     "According to", None),
    ("Proud doesn’t cover it.", D, "Imani Adeyemi", P, "His wife, Imani Adeyemi", "writing", "Instagram post"),
], people=[
    (MA, ["Adeyemi", "Marcus", "Rovers captain Marcus Adeyemi", "The 34-year-old midfielder", "The Metronome"]),
    (GL, ["Lindqvist", "head coach Gerry Lindqvist"]),
    (TR, ["Renn", "Goalkeeper Tobias Renn"]),
    (KML, ["Young winger Kofi Mensah-Laird", "the teenager"]),
    ("Imani Adeyemi", ["His wife, Imani Adeyemi"]),
], orgs=[(CR, ["the Rovers", "Rovers", "The club"]), ("Pitchside USA", [])], relations=[
    ("Imani Adeyemi", "spouse", MA, "His wife, Imani Adeyemi"),
], boilerplate=[
    ("reader_prompt", "What’s your favorite Marcus Adeyemi moment? Tell us in the comments."),
    ("image_credit", "[Photo: Cascadia Rovers / Instagram]"),
])


# ---------------------------------------------------------------- celebrity 5: fashion week, straight single quotes
OF, SA, HP, AD = "Oona Fairweather", "Saffron Achterberg", "Hugh Pemberton-Ames", "Anjali Dresner"
art("tl-fairweather-salt-marsh", "The Threadline", "2026-09-21T09:00:00+01:00", """
Oona Fairweather sends 'wet-look' tweed down a flooded London catwalk - and the critics are split

Oona Fairweather has never been one to play it safe, and her spring/summer show at London Fashion Week on Saturday was no exception.

The Shetland-born designer, 41, sent 38 looks down a runway covered in two inches of water, in a collection titled 'Salt Marsh'. She said backstage it was inspired by her grandmother's croft on the island of Yell.

'My gran never owned a dry pair of shoes in her life. I wanted the clothes to look like they'd survived something, like they'd been out in the weather and come home,' Fairweather told reporters.

Related: The ten shows everyone will be talking about this London Fashion Week

The models, many of them street-cast rather than booked through agencies, waded barefoot through the water. Model Saffron Achterberg, 23, making her London debut, admitted she had been 'absolutely terrified' of slipping.

'The water was freezing. Oona kept saying, "Think of the sea, think of the sea," and honestly it helped,' the 23-year-old said.

Not everyone was won over. Writing in the Sunday Ledger, fashion critic Hugh Pemberton-Ames called the show 'a beautiful idea drowned by its own staging' and argued the water distracted from the tailoring.

'You cannot see a hem when it is underwater. I wanted to love it. I came away wanting a towel,' he wrote.

The critic Anjali Dresner of Vestis magazine disagreed: 'This is the first show this week that made me feel anything at all. People will be copying that tweed by February.'

Dresner said the collection was a welcome break from the so-called 'quiet luxury' that has dominated catwalks for three seasons.

One buyer for a major department store, who asked not to be named, said orders would depend on whether the tweed was actually wearable once it had dried out.

'It photographs brilliantly. Whether it sells is a different question,' the buyer added.

The show drew 1.2 million livestream views in its first day, according to the London Design Council.

Asked about the reviews, Fairweather shrugged. 'Hugh hated my first show too,' she said, 'and he came round eventually. He'll come round.'

Her business partner and husband, Callum Reid, told The Threadline the water had been drained and recycled at a garden centre in Hackney Wick.

Would you wear wet-look tweed? Tell us below.

Photography: Lena Marsh for The Threadline
""", [
    ("it was inspired by her grandmother's croft on the island of Yell", I, OF, P, "She", "said", None),
    ("My gran never owned a dry pair of shoes in her life. I wanted the clothes to look like they'd survived "
     "something, like they'd been out in the weather and come home,", D, OF, P, "Fairweather", "told", None),
    ("absolutely terrified", D, SA, P, "Model Saffron Achterberg, 23", "admitted", None),
    ("The water was freezing. Oona kept saying, \"Think of the sea, think of the sea,\" and honestly it helped,", D, SA,
     P, "the 23-year-old", "said", None),
    ("a beautiful idea drowned by its own staging", D, HP, P, "fashion critic Hugh Pemberton-Ames", "called",
     "Sunday Ledger review"),
    ("the water distracted from the tailoring", I, HP, P, "fashion critic Hugh Pemberton-Ames", "argued",
     "Sunday Ledger review"),
    ("You cannot see a hem when it is underwater. I wanted to love it. I came away wanting a towel,", D, HP, P, "he",
     "wrote", "Sunday Ledger review"),
    ("This is the first show this week that made me feel anything at all. People will be copying that tweed by "
     "February.", D, AD, P, "The critic Anjali Dresner of Vestis magazine", "disagreed", None),
    ("the collection was a welcome break from the so-called 'quiet luxury' that has dominated catwalks for three "
     "seasons", I, AD, P, "Dresner", "said", None),
    ("orders would depend on whether the tweed was actually wearable once it had dried out", I, None, A, "One buyer for a major department store, who asked not to be named",
     "said", None),
    ("It photographs brilliantly. Whether it sells is a different question,", D, None, A, "the buyer", "added", None),
    ("The show drew 1.2 million livestream views in its first day", I, "London Design Council", O,
     "the London Design Council", "according to", None),
    ("Hugh hated my first show too,", D, OF, P, "she", "said", None),
    ("and he came round eventually. He'll come round.", D, OF, P, "she", "said", None),
    ("the water had been drained and recycled at a garden centre in Hackney Wick", I, "Callum Reid", P,
     "Her business partner and husband, Callum Reid", "told", None),
], people=[
    (OF, ["Fairweather", "Oona", "The Shetland-born designer, 41"]),
    (SA, ["Model Saffron Achterberg", "the 23-year-old"]),
    (HP, ["Hugh", "fashion critic Hugh Pemberton-Ames"]),
    (AD, ["Dresner", "The critic Anjali Dresner of Vestis magazine"]),
    ("Callum Reid", ["Her business partner and husband, Callum Reid"]),
    ("Lena Marsh", []),
], orgs=[
    ("London Design Council", []), ("Vestis", ["Vestis magazine"]), ("Sunday Ledger", []), ("The Threadline", []),
], relations=[
    ("Callum Reid", "spouse", OF, "Her business partner and husband, Callum Reid"),
], boilerplate=[
    ("related_link", "Related: The ten shows everyone will be talking about this London Fashion Week"),
    ("reader_prompt", "Would you wear wet-look tweed? Tell us below."),
    ("image_credit", "Photography: Lena Marsh for The Threadline"),
])


# ---------------------------------------------------------------- news 1: court ruling, straight double quotes
MO, LFo, RD, PO, CV = "Miriam Okonjo-Hale", "Lena Foss", "Ray Donnelly", "Patrick Oyelowo", "Carol Vance"
BW = "Brightwater Chemical Co."
art("mc-brightwater-ruling", "Midland Courier", "2026-11-20T17:45:00-05:00", """
Judge orders Brightwater Chemical to pay $210 million for Tollan River cleanup

PORT ELSIN - A federal judge on Thursday ordered Brightwater Chemical Co. to pay $210 million to clean up a 14-mile stretch of the Tollan River, ruling that the company knowingly dumped solvent waste into the water for more than a decade.

In a 64-page opinion, U.S. District Judge Miriam Okonjo-Hale wrote that Brightwater's own records showed managers were warned about the discharges as early as 2009.

"The company did not stumble into this harm. It budgeted for it. It treated a river that thousands of families depend on as a line item," Okonjo-Hale wrote.

The judge also dismissed the company's defense that upstream farms caused most of the pollution as "unsupported by a single credible witness."

Brightwater will appeal, company spokeswoman Lena Foss said in an email.

"We respectfully but strongly disagree with the court's findings, and we are confident they will not survive review," Foss said.

The lawsuit was brought in 2021 by the state and a coalition of riverside towns. Ray Donnelly, a lawyer for the towns, called the ruling "a long-overdue day of reckoning."

"For twelve years these families were told the water was fine," Donnelly said outside the courthouse. "They were told, and I'm quoting a 2014 company letter here, 'there is no cause for concern.' Today a federal court said otherwise."

State Attorney General Patrick Oyelowo said the money would go into a trust overseen by the court.

"Not one dollar of this goes to lawyers' fees. Every cent goes into the river," said Oyelowo, a Democrat.

According to court filings, Brightwater discharged an estimated 3.1 million gallons of solvent-laced water between 2008 and 2019, a period residents came to call the "gray water years."

Carol Vance, 67, who testified at trial that her well water turned gray in 2016, wept as the ruling was read.

"I'm not going to get my garden back. But maybe my grandkids get the river back," she said.

A Brightwater employee who spoke on condition of anonymity because he was not authorized to discuss the case said workers had been bracing for the ruling for weeks.

Okonjo-Hale ordered the company to submit a cleanup plan within 90 days and appointed a former state environmental official to oversee the work.
""", [
    ("the company knowingly dumped solvent waste into the water for more than a decade", I, MO, P, "A federal judge",
     "ruling", "ruling"),
    ("Brightwater's own records showed managers were warned about the discharges as early as 2009", I, MO, P,
     "U.S. District Judge Miriam Okonjo-Hale", "wrote", "opinion"),
    ("The company did not stumble into this harm. It budgeted for it. It treated a river that thousands of families "
     "depend on as a line item,", D, MO, P, "Okonjo-Hale", "wrote", "opinion"),
    ("unsupported by a single credible witness.", D, MO, P, "The judge", "dismissed", "opinion"),
    ("Brightwater will appeal", I, LFo, P, "company spokeswoman Lena Foss", "said", "email"),
    ("We respectfully but strongly disagree with the court's findings, and we are confident they will not survive "
     "review,", D, LFo, P, "Foss", "said", "email"),
    ("a long-overdue day of reckoning.", D, RD, P, "Ray Donnelly, a lawyer for the towns", "called", None),
    ("For twelve years these families were told the water was fine,", D, RD, P, "Donnelly", "said", None),
    ("They were told, and I'm quoting a 2014 company letter here, 'there is no cause for concern.' Today a federal "
     "court said otherwise.", D, RD, P, "Donnelly", "said", None),
    ("the money would go into a trust overseen by the court", I, PO, P, "State Attorney General Patrick Oyelowo",
     "said", None),
    ("Not one dollar of this goes to lawyers' fees. Every cent goes into the river,", D, PO, P, "Oyelowo", "said",
     None),
    ("Brightwater discharged an estimated 3.1 million gallons of solvent-laced water between 2008 and 2019", I, None,
     A, "court filings", "According to", "court filings"),
    ("her well water turned gray in 2016", I, CV, P, "Carol Vance, 67, who testified at trial", "testified",
     "trial testimony"),
    ("I'm not going to get my garden back. But maybe my grandkids get the river back,", D, CV, P, "she", "said",
     None),
    ("workers had been bracing for the ruling for weeks", I, None, A,
     "A Brightwater employee who spoke on condition of anonymity", "said", None),
], people=[
    (MO, ["Okonjo-Hale", "U.S. District Judge Miriam Okonjo-Hale", "A federal judge", "The judge"]),
    (LFo, ["Foss", "company spokeswoman Lena Foss"]),
    (RD, ["Donnelly", "Ray Donnelly, a lawyer for the towns"]),
    (PO, ["Oyelowo", "State Attorney General Patrick Oyelowo"]),
    (CV, ["Carol Vance, 67"]),
], orgs=[(BW, ["Brightwater Chemical", "Brightwater", "the company"]), ("Midland Courier", [])])


# ---------------------------------------------------------------- news 2: planning row, British single curly quotes
JH, DR, GP, RQ = "Janet Hollis", "Dev Raman", "Geoff Pardew", "Rosemary Quill"
TH = "Thornbury Homes"
art("ag-mill-meadow-homes", "Ashcombe Gazette", "2026-11-12T19:30:00+00:00", """
‘It will swallow our village’, say residents as Mill Meadow homes approved

PLANS for 240 homes on farmland at Mill Meadow, on the edge of Little Harnby, have been approved despite more than 600 objections.

Ashcombe District Council’s planning committee voted six to four in favour of the scheme by Thornbury Homes on Tuesday evening, after a three-hour meeting in which residents packed the public gallery.

Committee chairman Cllr Janet Hollis said the council had no realistic grounds to refuse the application.

‘I understand the strength of feeling in Little Harnby, I really do. But if we refuse this, Thornbury will win on appeal and we will have no say over the design, the roads or the school places,’ she told the meeting. ‘That is the reality.’

Cllr Dev Raman, who represents the village, warned the lanes around Little Harnby could not cope with another 500 cars.

‘Harnby Lane is a single-track road with passing places. The developer’s own traffic survey was done in the school holidays. You could not make it up,’ he said.

Geoff Pardew, 72, who has lived in the village for 40 years, spoke on behalf of the Save Mill Meadow campaign, whose supporters have nicknamed the scheme ‘Harnby Sprawl’.

‘This village has 300 homes. You are adding 240. It will swallow our village whole,’ said Mr Pardew, to applause from the gallery.

He claimed residents had been given just 21 days to respond to revised plans lodged in August. Speaking outside the council offices afterwards, Mr Pardew said the campaign would now consider a legal challenge.

The development would provide 72 affordable homes, according to a report prepared for the committee by council officers.

Thornbury Homes said in a statement that it was ‘delighted’ with the decision. The company added that it would contribute £1.8 million towards a new classroom block at Little Harnby Primary School.

A spokesman for the developer said: ‘We have listened carefully to local people and reduced the number of homes from 310 to 240. Mill Meadow will be a place families are proud to live.’

Little Harnby Parish Council chairman Rosemary Quill said the parish would ask the Secretary of State to call in the decision.

‘We are not giving up. We have lost a vote, not the argument,’ she added.

Another councillor who voted in favour, speaking privately afterwards, admitted the decision had been ‘agonising’.

Building work is expected to start next spring.
""", [
    ("It will swallow our village", D, None, A, "residents", "say", None, 0),
    ("the council had no realistic grounds to refuse the application", I, JH, P, "Committee chairman Cllr Janet Hollis", "said", "council meeting"),
    ("I understand the strength of feeling in Little Harnby, I really do. But if we refuse this, Thornbury will win on "
     "appeal and we will have no say over the design, the roads or the school places,", D, JH, P, "she", "told",
     "council meeting"),
    ("That is the reality.", D, JH, P, "she", "told", "council meeting"),
    ("the lanes around Little Harnby could not cope with another 500 cars", I, DR, P,
     "Cllr Dev Raman, who represents the village", "warned", "council meeting"),
    ("Harnby Lane is a single-track road with passing places. The developer’s own traffic survey was done in the "
     "school holidays. You could not make it up,", D, DR, P, "he", "said", "council meeting"),
    ("This village has 300 homes. You are adding 240. It will swallow our village whole,", D, GP, P, "Mr Pardew",
     "said", "council meeting"),
    ("residents had been given just 21 days to respond to revised plans lodged in August", I, GP, P, "He", "claimed",
     "council meeting"),
    ("the campaign would now consider a legal challenge", I, GP, P, "Mr Pardew", "said", None),
    ("The development would provide 72 affordable homes", I, None, A,
     "a report prepared for the committee by council officers", "according to", "report"),
    ("delighted", D, TH, O, "Thornbury Homes", "said", "statement"),
    ("it would contribute £1.8 million towards a new classroom block at Little Harnby Primary School", I, TH, O,
     "The company", "added", "statement"),
    ("We have listened carefully to local people and reduced the number of homes from 310 to 240. Mill Meadow will be "
     "a place families are proud to live.", D, TH, O, "A spokesman for the developer", "said", None),
    ("the parish would ask the Secretary of State to call in the decision", I, RQ, P,
     "Little Harnby Parish Council chairman Rosemary Quill", "said", None),
    ("We are not giving up. We have lost a vote, not the argument,", D, RQ, P, "she", "added", None),
    ("agonising", D, None, A, "Another councillor who voted in favour", "admitted", None),
], people=[
    (JH, ["Committee chairman Cllr Janet Hollis", "Cllr Janet Hollis"]),
    (DR, ["Cllr Dev Raman"]),
    (GP, ["Mr Pardew", "Geoff Pardew, 72"]),
    (RQ, ["Little Harnby Parish Council chairman Rosemary Quill"]),
], orgs=[
    (TH, ["Thornbury", "the developer", "The company"]),
    ("Ashcombe District Council", ["the council"]),
    ("Little Harnby Parish Council", ["the parish"]),
    ("Save Mill Meadow", []),
    ("Ashcombe Gazette", []),
])


# ---------------------------------------------------------------- news 3: factory closure and union, curly double quotes
AS, DW, LC, ME = "Annika Strand", "Darnell Whitby", "Linda Castellanos", "Martin Ebeling"
HA = "Halvorsen Appliance"
art("rbj-halvorsen-greer-falls", "Rivermark Business Journal", "2026-11-11T12:10:00-06:00", """
Halvorsen to cut 1,150 jobs, close Greer Falls plant; union vows fight

Halvorsen Appliance will close its washing-machine plant in Greer Falls next summer and lay off about 1,150 workers, the company said Wednesday, blaming a slump in demand and rising steel costs.

In a memo to employees, chief executive Annika Strand called the decision “the hardest I have made in 22 years at this company.”

“The Greer Falls team has done everything we asked of them. This is not a reflection of their work,” Strand wrote. “It is a reflection of a market that has changed faster than any of us expected.”

The memo said production would move to the company’s newer plant in Lorca Valley. Strand declined to say whether further closures were being considered.

Darnell Whitby, president of United Metalworkers Local 417, which represents about 900 of the plant’s workers, said the union had not been consulted.

“We found out the same way everybody else did — from a memo at 6 a.m. Our contract says we get 90 days to talk about alternatives. They gave us zero,” Whitby said.

He warned the local would file a grievance within the week. “We are not going quietly,” he said.

Halvorsen said in a statement that it would offer two weeks’ pay for every year of service and would help workers apply for jobs at its other sites.

One worker on the assembly line, who asked not to be named because she feared losing her severance, said the mood inside the plant was “like a funeral.”

“People were crying in the parking lot. I’ve got a mortgage and two kids in high school,” she said.

The layoffs will begin in March and be completed by August, according to a notice Halvorsen filed with the state labor department.

Greer Falls Mayor Linda Castellanos said the plant was the city’s largest private employer. She warned the closure would “blow a hole” in the city budget.

“This is a town built around one factory, and that factory is leaving,” said Martin Ebeling, an economist at Corliss State University who studies manufacturing employment. He added that the county had lost two other large employers since 2015.

Halvorsen shares rose 3% in afternoon trading.
""", [
    ("Halvorsen Appliance will close its washing-machine plant in Greer Falls next summer and lay off about 1,150 "
     "workers", I, HA, O, "the company", "said", None),
    ("the hardest I have made in 22 years at this company.", D, AS, P, "chief executive Annika Strand", "called",
     "memo"),
    ("The Greer Falls team has done everything we asked of them. This is not a reflection of their work,", D, AS, P,
     "Strand", "wrote", "memo"),
    ("It is a reflection of a market that has changed faster than any of us expected.", D, AS, P, "Strand", "wrote",
     "memo"),
    ("production would move to the company’s newer plant in Lorca Valley", I, AS, P, "The memo", "said", "memo"),
    ("the union had not been consulted", I, DW, P, "Darnell Whitby, president of United Metalworkers Local 417",
     "said", None),
    ("We found out the same way everybody else did — from a memo at 6 a.m. Our contract says we get 90 days to talk "
     "about alternatives. They gave us zero,", D, DW, P, "Whitby", "said", None),
    ("the local would file a grievance within the week", I, DW, P, "He", "warned", None),
    ("We are not going quietly,", D, DW, P, "he", "said", None),
    ("it would offer two weeks’ pay for every year of service and would help workers apply for jobs at its other sites",
     I, HA, O, "Halvorsen", "said", "statement"),
    ("like a funeral.", D, None, A,
     "One worker on the assembly line, who asked not to be named because she feared losing her severance", "said",
     None),
    ("People were crying in the parking lot. I’ve got a mortgage and two kids in high school,", D, None, A, "she",
     "said", None),
    ("The layoffs will begin in March and be completed by August", I, HA, O,
     "a notice Halvorsen filed with the state labor department", "according to", "filing"),
    ("the plant was the city’s largest private employer", I, LC, P, "Greer Falls Mayor Linda Castellanos", "said",
     None),
    ("blow a hole", D, LC, P, "She", "warned", None),
    ("This is a town built around one factory, and that factory is leaving,", D, ME, P,
     "Martin Ebeling, an economist at Corliss State University who studies manufacturing employment", "said", None),
    ("the county had lost two other large employers since 2015", I, ME, P, "He", "added", None),
], people=[
    (AS, ["Strand", "chief executive Annika Strand"]),
    (DW, ["Whitby", "Darnell Whitby, president of United Metalworkers Local 417"]),
    (LC, ["Greer Falls Mayor Linda Castellanos"]),
    (ME, ["Martin Ebeling, an economist at Corliss State University"]),
], orgs=[
    (HA, ["Halvorsen", "the company"]),
    ("United Metalworkers Local 417", ["the union", "the local"]),
    ("Corliss State University", []),
    ("Rivermark Business Journal", []),
])


# ---------------------------------------------------------------- news 4: health study, British double curly quotes
IS, AR, HO, KA = "Ingrid Solberg", "Aled Rhys-Morgan", "Hannah Osei", "Keith Ambrose"
art("ns-sauna-colds-study", "The Northern Standard", "2026-11-16T00:01:00+00:00", """
Regular sauna sessions may cut winter colds by a third, study suggests

People who used a sauna at least twice a week caught roughly a third fewer colds over the winter than those who did not, according to a study of more than 2,400 adults.

The research, led by the University of Harrowgate and published in the journal Clinical Respiratory Letters, followed volunteers in northern England and Norway from October to March.

Lead author Dr Ingrid Solberg said the effect held even after the team accounted for age, smoking and how much exercise people did.

“We were honestly surprised by how consistent it was. Men, women, young, old — the sauna users simply got ill less often, and when they did get ill, they recovered about a day sooner,” she said.

She cautioned, however, that the study was observational and could not prove that saunas themselves were responsible.

Professor Aled Rhys-Morgan, a co-author, explained that heat exposure may briefly raise body temperature in a way that mimics a mild fever. In a press release issued by the university, he added:

“There is a plausible biological story here. But plausible is not the same as proven, and I would not want anyone with a heart condition rushing off to the nearest spa on the strength of one paper.”

Independent experts were more sceptical of the so-called “Nordic wellness” effect. Prof Hannah Osei, an infectious disease specialist at Kingsbridge University who was not involved in the research, said people who can afford regular sauna visits were likely to be healthier to begin with.

“Sauna users tend to be wealthier, they sleep better, they have more free time,” she told the Standard. “The authors have tried to adjust for some of that, but you can never adjust for everything. I’d call this interesting, not conclusive.”

One participant, 63-year-old retired postman Keith Ambrose, said he had not had a cold in two winters.

“My wife thinks I’m mad, sitting in a wooden box at 80 degrees in January. But she’s the one who’s been sniffling, not me,” the 63-year-old said.

A spokeswoman for the charity Lung Health UK said the findings were “encouraging” but urged people with asthma to speak to their GP before trying a sauna.

The team now plans a randomised trial, Dr Solberg revealed, with results expected in 2029.

“If the effect survives a proper trial, it would be a cheap, pleasant way to take pressure off GP surgeries every winter,” she said.
""", [
    ("People who used a sauna at least twice a week caught roughly a third fewer colds over the winter than those who "
     "did not", I, None, A, "a study of more than 2,400 adults", "according to", "study"),
    ("the effect held even after the team accounted for age, smoking and how much exercise people did", I, IS, P,
     "Lead author Dr Ingrid Solberg", "said", None),
    ("We were honestly surprised by how consistent it was. Men, women, young, old — the sauna users simply got ill "
     "less often, and when they did get ill, they recovered about a day sooner,", D, IS, P, "she", "said", None),
    ("the study was observational and could not prove that saunas themselves were responsible", I, IS, P, "She",
     "cautioned", None),
    ("heat exposure may briefly raise body temperature in a way that mimics a mild fever", I, AR, P,
     "Professor Aled Rhys-Morgan, a co-author", "explained", None),
    ("There is a plausible biological story here. But plausible is not the same as proven, and I would not want "
     "anyone with a heart condition rushing off to the nearest spa on the strength of one paper.", D, AR, P, "he",
     "added", "press release"),
    ("people who can afford regular sauna visits were likely to be healthier to begin with", I, HO, P,
     "Prof Hannah Osei, an infectious disease specialist at Kingsbridge University who was not involved in the "
     "research", "said", None),
    ("Sauna users tend to be wealthier, they sleep better, they have more free time,", D, HO, P, "she", "told", None),
    ("The authors have tried to adjust for some of that, but you can never adjust for everything. I’d call this "
     "interesting, not conclusive.", D, HO, P, "she", "told", None),
    ("he had not had a cold in two winters", I, KA, P, "One participant, 63-year-old retired postman Keith Ambrose",
     "said", None),
    ("My wife thinks I’m mad, sitting in a wooden box at 80 degrees in January. But she’s the one who’s been "
     "sniffling, not me,", D, KA, P, "the 63-year-old", "said", None),
    ("encouraging", D, "Lung Health UK", O, "A spokeswoman for the charity Lung Health UK", "said", None),
    ("The team now plans a randomised trial", I, IS, P, "Dr Solberg", "revealed", None),
    ("If the effect survives a proper trial, it would be a cheap, pleasant way to take pressure off GP surgeries every "
     "winter,", D, IS, P, "she", "said", None),
], people=[
    (IS, ["Dr Solberg", "Lead author Dr Ingrid Solberg"]),
    (AR, ["Professor Aled Rhys-Morgan"]),
    (HO, ["Prof Hannah Osei"]),
    (KA, ["63-year-old retired postman Keith Ambrose", "the 63-year-old"]),
], orgs=[
    ("University of Harrowgate", ["the university"]),
    ("Clinical Respiratory Letters", []),
    ("Kingsbridge University", []),
    ("Lung Health UK", []),
    ("The Northern Standard", ["the Standard"]),
])


# ---------------------------------------------------------------- news 5: national politics, straight double quotes
GLo, LM, OP = "Gareth Lowe", "Leah Marwick", "Owen Pryce"
PG = "Physicians' Guild"
art("hp-junior-doctors-pay", "Herald Politics", "2026-11-22T08:15:00+00:00", """
Pay talks: 'We will not be bullied,' says health minister

Health Minister Gareth Lowe has insisted the government will not reopen this year's pay deal for junior doctors, as a second wave of strikes looms.

Speaking on Radio Albion's Morning Briefing programme on Sunday, Mr Lowe said the 5.5% offer was "fair, final and fully funded".

"We will not be bullied," he said. "I have enormous respect for junior doctors, but there is no more money in the pot, and the public understands that."

The dispute, now in its eighth month, is the longest in the health service's history. Talks broke down in October after three rounds of negotiation, and no new meeting has been scheduled.

More than 7,400 operations and appointments were postponed during last month's three-day walkout, according to figures from the Department of Health.

The Physicians' Guild, which represents junior doctors, said the offer amounted to a real-terms pay cut once inflation was taken into account.

Its chair, Dr Leah Marwick, told reporters: "The minister keeps saying the door is open. Well, we've been knocking on it since March and nobody has answered."

She added:

"Nobody goes into medicine to go on strike. But nobody goes into medicine to work 80-hour weeks for less than they earned five years ago, either."

Shadow health secretary Owen Pryce accused the government of "sleepwalking into a winter of chaos".

"Patients are paying the price for this minister's stubbornness. Get round the table, today, and stay there until it's sorted," said Mr Pryce.

He argued a deal could be reached for less than the cost of the strikes themselves.

The patients' charity Care First warned that some cancer treatment was already being delayed by the walkouts.

A senior government source said ministers believed public support for the strikes was falling.

Some 54% of voters still back the doctors, according to a Pinnacle Research poll for the Herald.

The Prime Minister's official spokesman told journalists the PM had full confidence in Mr Lowe.

Mr Lowe also denied that he had threatened to resign over the dispute.

The next round of strikes is due to begin on 2 December.
""", [
    ("We will not be bullied,", D, GLo, P, "health minister", "says", "radio interview", 0),
    ("the government will not reopen this year's pay deal for junior doctors", I, GLo, P,
     "Health Minister Gareth Lowe", "insisted", "radio interview"),
    ("fair, final and fully funded", D, GLo, P, "Mr Lowe", "said", "radio interview"),
    ("We will not be bullied,", D, GLo, P, "he", "said", "radio interview", 1),
    ("I have enormous respect for junior doctors, but there is no more money in the pot, and the public understands "
     "that.", D, GLo, P, "he", "said", "radio interview"),
    ("More than 7,400 operations and appointments were postponed during last month's three-day walkout", I,
     "Department of Health", O, "figures from the Department of Health", "according to", None),
    ("the offer amounted to a real-terms pay cut once inflation was taken into account", I, PG, O,
     "The Physicians' Guild, which represents junior doctors", "said", None),
    ("The minister keeps saying the door is open. Well, we've been knocking on it since March and nobody has "
     "answered.", D, LM, P, "Its chair, Dr Leah Marwick", "told", None),
    ("Nobody goes into medicine to go on strike. But nobody goes into medicine to work 80-hour weeks for less than they "
     "earned five years ago, either.", D, LM, P, "She", "added", None),
    ("sleepwalking into a winter of chaos", D, OP, P, "Shadow health secretary Owen Pryce", "accused", None),
    ("Patients are paying the price for this minister's stubbornness. Get round the table, today, and stay there until "
     "it's sorted,", D, OP, P, "Mr Pryce", "said", None),
    ("a deal could be reached for less than the cost of the strikes themselves", I, OP, P, "He", "argued", None),
    ("some cancer treatment was already being delayed by the walkouts", I, "Care First", O,
     "The patients' charity Care First", "warned", None),
    ("ministers believed public support for the strikes was falling", I, None, A, "A senior government source", "said",
     None),
    ("Some 54% of voters still back the doctors", I, "Pinnacle Research", O,
     "a Pinnacle Research poll for the Herald", "according to", "poll"),
    ("the PM had full confidence in Mr Lowe", I, None, A, "The Prime Minister's official spokesman", "told", None),
    ("he had threatened to resign over the dispute", I, GLo, P, "Mr Lowe", "denied", None),
], people=[
    (GLo, ["Mr Lowe", "Health Minister Gareth Lowe", "health minister"]),
    (LM, ["Its chair, Dr Leah Marwick", "Dr Leah Marwick"]),
    (OP, ["Mr Pryce", "Shadow health secretary Owen Pryce"]),
], orgs=[
    (PG, ["The Physicians' Guild"]),
    ("Department of Health", []),
    ("Pinnacle Research", []),
    ("Care First", []),
    ("Radio Albion", []),
    ("Herald Politics", ["the Herald"]),
])


if __name__ == "__main__":
    gold.main()
