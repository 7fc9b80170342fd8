"""Build final.gold.jsonl: a fourth invented evaluation set, written blind and scored once.

Ten articles written by us on 2026-11-24 (invented people, outlets and events; no real article
text): five celebrity pieces (a divorce with both sides' statements and a deleted Story, a K-pop
livestream in translation, a podcast recap with a two-paragraph quote, a British tabloid "pals
say" piece, a film-festival press conference) and five news pieces (a wire election-night report,
a sentencing hearing, a product recall, a football transfer, a hospital-corridor health story).
Written without reading the engine or its tests and without running the engine until every
article was built. Same format and conventions as the other sets (see README.md). Quotes are
given as (substring, kind, speaker, speaker_kind, mention, cue, channel[, occurrence]); offsets are
computed and every span, mention, alias and evidence string is checked by builder.py.
Run: python tests/data/eval/build_final.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from builder import A, D, I, O, P, GoldSet  # noqa: E402

gold = GoldSet(Path(__file__).with_name("final.gold.jsonl"))
art = gold.art

# ---------------------------------------------------------------- celebrity 1: divorce, both sides' statements, deleted Story
art("fi-celeb-quade-divorce", "Starglaze", "2026-11-16T18:05:00Z", """
Marisol Quade Files For Divorce From Dex Hollander: ‘It Was Time’

It’s over for one of Hollywood’s most photographed couples.

Marisol Quade has filed for divorce from her husband of nine years, Dex Hollander, according to court documents obtained by Starglaze on Monday. The 38-year-old actress cited irreconcilable differences and is asking for joint custody of the pair’s two daughters, Ivy and Wren.

A rep for the Sundown Lane star confirmed the split in a statement to us:

“After a great deal of reflection, Marisol and Dex have decided to end their marriage. Their priority is, and will always be, their girls. Marisol asks for privacy for her family at this time.”

The rep added that the couple had been living apart since the spring.

Related: Marisol Quade Opens Up About ‘Chaotic’ Home Life In Rare Interview!

But Dex’s camp is telling a rather different story. His publicist, Nora Feld, said the filing “blindsided” the musician, who had “no idea it was coming until a reporter called.”

“Dex has been nothing but devoted to Marisol and their daughters,” Feld said in a statement. “He is heartbroken, but he will always respect the mother of his children.”

Hollander’s lawyer, Carl Benedetti, told the outlet his client would contest the custody request. Benedetti also said Hollander learned of the filing from a journalist.

Hours before the news broke, Hollander appeared to take a swipe at his estranged wife in a since-deleted Instagram Story. Over a black-and-white photo of an empty guitar case, the 41-year-old wrote:

“Funny how people show you who they are when the cameras are off. Nine years. Not one honest conversation.”

The post was gone within the hour, but not before fans had screenshotted it.

A source close to Quade told us the actress “saw the post and just went quiet,” adding that she felt it was “a cheap shot at the worst possible moment.”

“She’s not going to get into a war on social media,” the insider continued. “That was never who she is.”

On Tuesday evening, the Golden Globe winner broke her silence with a short post of her own, writing on Instagram:

“It was time. I won’t be saying anything else. My girls are my whole world, and that is the only story here.”

Classy! We wish the whole family well — especially those little girls. Thoughts, Starglazers? Sound off in the comments!

[Image via Marisol Quade/Instagram, Backgrid]

The post Marisol Quade Files For Divorce From Dex Hollander: 'It Was Time' appeared first on Starglaze.
""", [
    ("It Was Time", D, "Marisol Quade", P, "Marisol Quade", None, None, 0),
    ("Marisol Quade has filed for divorce from her husband of nine years, Dex Hollander", I, None, A,
     "court documents obtained by Starglaze", "according to", None),
    ("After a great deal of reflection, Marisol and Dex have decided to end their marriage. Their priority is, and will always be, their girls. Marisol asks for privacy for her family at this time.",
     D, None, A, "A rep for the Sundown Lane star", "confirmed", "statement"),
    ("the couple had been living apart since the spring", I, None, A, "The rep", "added", None),
    ("blindsided", D, "Nora Feld", P, "His publicist, Nora Feld", "said", None),
    ("no idea it was coming until a reporter called.", D, "Nora Feld", P, "His publicist, Nora Feld", "said", None),
    ("Dex has been nothing but devoted to Marisol and their daughters,", D, "Nora Feld", P, "Feld", "said", "statement"),
    ("He is heartbroken, but he will always respect the mother of his children.", D, "Nora Feld", P, "Feld", "said", "statement"),
    ("his client would contest the custody request", I, "Carl Benedetti", P, "Hollander’s lawyer, Carl Benedetti", "told", None),
    ("Hollander learned of the filing from a journalist", I, "Carl Benedetti", P, "Benedetti", "said", None),
    ("Funny how people show you who they are when the cameras are off. Nine years. Not one honest conversation.",
     D, "Dex Hollander", P, "the 41-year-old", "wrote", "Instagram Story (since deleted)"),
    ("saw the post and just went quiet,", D, None, A, "A source close to Quade", "told", None),
    ("a cheap shot at the worst possible moment.", D, None, A, "A source close to Quade", "adding", None),
    ("She’s not going to get into a war on social media,", D, None, A, "the insider", "continued", None),
    ("That was never who she is.", D, None, A, "the insider", "continued", None),
    ("It was time. I won’t be saying anything else. My girls are my whole world, and that is the only story here.",
     D, "Marisol Quade", P, "the Golden Globe winner", "writing", "Instagram post"),
], [
    ("Marisol Quade", ["Quade", "Marisol", "The 38-year-old actress", "the Sundown Lane star", "the Golden Globe winner"]),
    ("Dex Hollander", ["Hollander", "Dex", "the musician", "the 41-year-old"]),
    ("Ivy", []),
    ("Wren", []),
    ("Nora Feld", ["Feld"]),
    ("Carl Benedetti", ["Benedetti"]),
], [
    ("Marisol Quade", "spouse", "Dex Hollander", "her husband of nine years, Dex Hollander"),
    ("Marisol Quade", "parent_of", "Ivy", "the pair’s two daughters, Ivy and Wren"),
    ("Marisol Quade", "parent_of", "Wren", "the pair’s two daughters, Ivy and Wren"),
    ("Dex Hollander", "parent_of", "Ivy", "the pair’s two daughters, Ivy and Wren"),
    ("Dex Hollander", "parent_of", "Wren", "the pair’s two daughters, Ivy and Wren"),
    ("Ivy", "sibling", "Wren", "the pair’s two daughters, Ivy and Wren"),
], [
    ("related_link", "Related: Marisol Quade Opens Up About ‘Chaotic’ Home Life In Rare Interview!"),
    ("reader_prompt", "Thoughts, Starglazers? Sound off in the comments!"),
    ("image_credit", "[Image via Marisol Quade/Instagram, Backgrid]"),
    ("syndication_footer", "The post Marisol Quade Files For Divorce From Dex Hollander: 'It Was Time' appeared first on Starglaze."),
])

# ---------------------------------------------------------------- celebrity 2: K-pop livestream, translated quotes, agency notice
art("fi-celeb-lumen8-haze", "Popbeat Daily", "2026-11-09T07:40:00Z", """
LUMEN8’s Haze Tears Up On Livestream: “I Read Every Comment”

LUMEN8 member Haze got emotional during a surprise livestream on Sunday night, addressing weeks of rumours about her health for the first time.

The 24-year-old singer, whose real name is Seo Ha-jin, went live on the fan platform Weverly from her dorm shortly after midnight Seoul time. More than 1.2 million viewers tuned in, and clips of the broadcast were trending worldwide within hours.

Speaking in Korean (translations by Popbeat Daily), Haze told fans she had been “sleeping badly and eating worse” during the group’s world tour.

“I wanted to be honest with you because you are always honest with me,” she said, wiping her eyes. “I read every comment. Even the mean ones. Maybe especially the mean ones.”

The idol said she had asked her agency for a short break after the Bangkok shows.

At one point she read a fan’s message aloud: “Someone wrote, ‘Unnie, please rest, we will wait.’ I saw that and cried for twenty minutes.”

Fellow member Kang Yu-ri, who briefly popped into the frame with a bag of tangerines, teased: “She has been practising this speech since Thursday. Don’t believe the tears!” Fans, who have long shipped the pair as “Hazeri,” flooded the chat with heart emojis.

Read more: LUMEN8 Announce Second Leg Of ‘Afterglow’ World Tour

Orbit Entertainment confirmed the hiatus a few hours later in a notice posted to the group’s official fan café:

“Haze will take a break from scheduled activities until the end of the month to focus on her recovery. LUMEN8 will continue the remaining Asian dates as a seven-member group. We ask fans for their understanding.”

The agency added that refunds would be offered to ticket holders who requested them.

Korean entertainment outlet Daily K-Star reported that the company had already cancelled two of her solo magazine shoots in October.

Before signing off, the main vocalist promised she would come back “healthier and louder,” and thanked the other seven members for “carrying me on their backs this whole tour.”

Not everyone was ready to let her go quietly. A fan account with more than 300,000 followers posted: “We don’t need a perfect Haze. We need a happy one.”

Get well soon, Haze! 💜

Photo: Orbit Entertainment
""", [
    ("I Read Every Comment", D, "Seo Ha-jin", P, "Haze", None, "livestream"),
    ("sleeping badly and eating worse", D, "Seo Ha-jin", P, "Haze", "told", "livestream"),
    ("I wanted to be honest with you because you are always honest with me,", D, "Seo Ha-jin", P, "she", "said", "livestream"),
    ("I read every comment. Even the mean ones. Maybe especially the mean ones.", D, "Seo Ha-jin", P, "she", "said", "livestream"),
    ("she had asked her agency for a short break after the Bangkok shows", I, "Seo Ha-jin", P, "The idol", "said", "livestream"),
    ("Someone wrote, ‘Unnie, please rest, we will wait.’ I saw that and cried for twenty minutes.",
     D, "Seo Ha-jin", P, "she", "read", "livestream"),
    ("She has been practising this speech since Thursday. Don’t believe the tears!", D, "Kang Yu-ri", P, "Fellow member Kang Yu-ri", "teased", "livestream"),
    ("Haze will take a break from scheduled activities until the end of the month to focus on her recovery. LUMEN8 will continue the remaining Asian dates as a seven-member group. We ask fans for their understanding.",
     D, "Orbit Entertainment", O, "Orbit Entertainment", "confirmed", "fan café notice"),
    ("refunds would be offered to ticket holders who requested them", I, "Orbit Entertainment", O, "The agency", "added", "fan café notice"),
    ("the company had already cancelled two of her solo magazine shoots in October", I, "Daily K-Star", O, "Korean entertainment outlet Daily K-Star", "reported", None),
    ("healthier and louder,", D, "Seo Ha-jin", P, "the main vocalist", "promised", "livestream"),
    ("carrying me on their backs this whole tour.", D, "Seo Ha-jin", P, "the main vocalist", "thanked", "livestream"),
    ("We don’t need a perfect Haze. We need a happy one.", D, None, A, "A fan account with more than 300,000 followers", "posted", None),
], [
    ("Seo Ha-jin", ["Haze", "The 24-year-old singer", "The idol", "the main vocalist"]),
    ("Kang Yu-ri", ["Fellow member Kang Yu-ri"]),
], [], [
    ("related_link", "Read more: LUMEN8 Announce Second Leg Of ‘Afterglow’ World Tour"),
    ("image_credit", "Photo: Orbit Entertainment"),
], orgs=[("Orbit Entertainment", ["The agency", "the company"]), ("Daily K-Star", []), ("LUMEN8", []),
         ("Popbeat Daily", [])])

# ---------------------------------------------------------------- celebrity 3: podcast recap, two-paragraph quote, "she went on"
art("fi-celeb-lindqvist-podcast", "The Velvet Rope", "2026-11-12T15:20:00Z", """
Greer Lindqvist Gets Candid About Sobriety On Overshare: ‘I Was Hiding In Plain Sight’

Greer Lindqvist is opening up like never before.

The Harbor Lights actress sat down with comedian Tamsin Okafor on the latest episode of Overshare With Tamsin, titled “Three Years Dry,” and didn’t hold back about the drinking that nearly derailed her career in her twenties.

Asked when she realised she had a problem, the 34-year-old said:

“Honestly? Not for a long time. I was hiding in plain sight. I was on set every day, I knew my lines, I was the one bringing cupcakes for the crew. Nobody looks at that person and thinks she’s in trouble.

“The morning it changed, I woke up in my trailer and I didn’t know what city we were shooting in. I called my sister and I said, ‘I think I need help,’ and she just said, ‘I know. I’ve known for a while.’ That broke my heart and saved my life in the same sentence.”

She went on:

“People think sobriety is one big decision. It’s not. It’s a thousand boring little ones, every single day.”

Okafor, who has spoken openly about her own recovery, chimed in: “The boring ones are the hardest. Nobody claps for you for going to bed at ten.”

Lindqvist laughed and agreed, adding that her sister, Freya Lindqvist, had been “the only person who never once lied to me.” She told Okafor she still keeps the first coin she received at a meeting in her wallet.

Related: Greer Lindqvist And Jonah Petrakis Reunite At Harbor Lights Anniversary Party — See The Pics!

Lindqvist, once a fixture of what gossip columns dubbed the “Silver Lake set,” said she now spends most nights at home with her dog and a jigsaw puzzle.

The Emmy nominee also addressed long-running rumours about her relationship with her former co-star Jonah Petrakis, insisting the pair had never dated.

“Jonah is like a brother to me,” she said. “The tabloids wanted a romance, so they wrote one.”

Petrakis, for his part, seemed to agree in a comment under the show’s Instagram clip, writing: “Sibling energy only. Proud of you, G.”

Okafor closed the episode by telling listeners that Lindqvist would return for a second part next week.

Good for her! What did U think of Greer’s candid chat? Tell us in the comments!

[Image via Overshare With Tamsin/YouTube, MEGA]

The post Greer Lindqvist Gets Candid About Sobriety On Overshare: 'I Was Hiding In Plain Sight' appeared first on The Velvet Rope.
""", [
    ("I Was Hiding In Plain Sight", D, "Greer Lindqvist", P, "Greer Lindqvist", "Gets Candid", "Overshare With Tamsin (podcast)", 0),
    ("Honestly? Not for a long time. I was hiding in plain sight. I was on set every day, I knew my lines, I was the one bringing cupcakes for the crew. Nobody looks at that person and thinks she’s in trouble.\n\n“The morning it changed, I woke up in my trailer and I didn’t know what city we were shooting in. I called my sister and I said, ‘I think I need help,’ and she just said, ‘I know. I’ve known for a while.’ That broke my heart and saved my life in the same sentence.",
     D, "Greer Lindqvist", P, "the 34-year-old", "said", "Overshare With Tamsin (podcast)"),
    ("People think sobriety is one big decision. It’s not. It’s a thousand boring little ones, every single day.",
     D, "Greer Lindqvist", P, "She", "went on", "Overshare With Tamsin (podcast)"),
    ("The boring ones are the hardest. Nobody claps for you for going to bed at ten.", D, "Tamsin Okafor", P, "Okafor", "chimed in", "Overshare With Tamsin (podcast)"),
    ("the only person who never once lied to me.", D, "Greer Lindqvist", P, "Lindqvist", "adding", "Overshare With Tamsin (podcast)"),
    ("she still keeps the first coin she received at a meeting in her wallet", I, "Greer Lindqvist", P, "She", "told", "Overshare With Tamsin (podcast)"),
    ("she now spends most nights at home with her dog and a jigsaw puzzle", I, "Greer Lindqvist", P, "Lindqvist", "said", "Overshare With Tamsin (podcast)"),
    ("the pair had never dated", I, "Greer Lindqvist", P, "The Emmy nominee", "insisting", "Overshare With Tamsin (podcast)"),
    ("Jonah is like a brother to me,", D, "Greer Lindqvist", P, "she", "said", "Overshare With Tamsin (podcast)"),
    ("The tabloids wanted a romance, so they wrote one.", D, "Greer Lindqvist", P, "she", "said", "Overshare With Tamsin (podcast)"),
    ("Sibling energy only. Proud of you, G.", D, "Jonah Petrakis", P, "Petrakis", "writing", "Instagram comment"),
    ("Lindqvist would return for a second part next week", I, "Tamsin Okafor", P, "Okafor", "telling", "Overshare With Tamsin (podcast)"),
], [
    ("Greer Lindqvist", ["Lindqvist", "Greer", "The Harbor Lights actress", "the 34-year-old", "The Emmy nominee"]),
    ("Tamsin Okafor", ["Okafor", "Tamsin", "comedian Tamsin Okafor"]),
    ("Freya Lindqvist", ["her sister, Freya Lindqvist"]),
    ("Jonah Petrakis", ["Petrakis", "Jonah"]),
], [
    ("Greer Lindqvist", "sibling", "Freya Lindqvist", "her sister, Freya Lindqvist"),
], [
    ("related_link", "Related: Greer Lindqvist And Jonah Petrakis Reunite At Harbor Lights Anniversary Party — See The Pics!"),
    ("reader_prompt", "What did U think of Greer’s candid chat? Tell us in the comments!"),
    ("image_credit", "[Image via Overshare With Tamsin/YouTube, MEGA]"),
    ("syndication_footer", "The post Greer Lindqvist Gets Candid About Sobriety On Overshare: 'I Was Hiding In Plain Sight' appeared first on The Velvet Rope."),
])

# ---------------------------------------------------------------- celebrity 4: British tabloid, "pals say", single quotes
art("fi-celeb-reeve-dunmore", "The Daily Sparkle", "2026-11-20T22:10:00Z", """
Callum Reeve ‘heartbroken’ as Kelsey Dunmore romance fizzles out, pals say

TELLY favourite Callum Reeve is ‘heartbroken’ after his whirlwind romance with Love Villa star Kelsey Dunmore came to an end, pals have revealed.

The Morning Brew presenter, 36, and the 27-year-old influencer — dubbed ‘Calsey’ by fans — were first spotted together at a London members’ club in August.

But one insider told The Daily Sparkle: ‘It’s well and truly over. Callum thought this was the real thing, but Kelsey was never going to give up her single-girl lifestyle.’

The insider added that Callum had already booked a solo trip to Lisbon to clear his head.

A second source claimed the couple had rowed at a friend’s birthday party earlier this month.

‘They were sniping at each other all night,’ the source said. ‘By the end of it Kelsey had called a cab and gone home without him.’

But close friend Priya Lal, who introduced the pair, insisted there was no bad blood.

‘Honestly, they’re both lovely and they’ve both been really grown-up about it,’ Priya told us. ‘Kelsey said to me, “We just want different things,” and I think that’s the truth of it.’

A pal of the presenter painted a gloomier picture, saying Callum had been ‘moping around the studio’ and had ‘barely said two words’ to his co-hosts.

Another friend said: ‘He’s putting on a brave face on air, but the minute the cameras stop he’s a different man.’

Kelsey hinted at the split on Sunday, sharing a sunset snap on Instagram captioned: ‘New chapter, same me.’

Representatives for Callum did not respond to our request for comment. Kelsey’s spokesperson said the star was ‘focusing on work right now’.

Do you have a story for us? Email showbiz@dailysparkle.invalid
""", [
    ("heartbroken", D, None, A, "pals", "say", None, 0),
    ("heartbroken", D, None, A, "pals", "have revealed", None, 1),
    ("It’s well and truly over. Callum thought this was the real thing, but Kelsey was never going to give up her single-girl lifestyle.",
     D, None, A, "one insider", "told", None),
    ("Callum had already booked a solo trip to Lisbon to clear his head", I, None, A, "The insider", "added", None),
    ("the couple had rowed at a friend’s birthday party earlier this month", I, None, A, "A second source", "claimed", None),
    ("They were sniping at each other all night,", D, None, A, "the source", "said", None),
    ("By the end of it Kelsey had called a cab and gone home without him.", D, None, A, "the source", "said", None),
    ("there was no bad blood", I, "Priya Lal", P, "close friend Priya Lal", "insisted", None),
    ("Honestly, they’re both lovely and they’ve both been really grown-up about it,", D, "Priya Lal", P, "Priya", "told", None),
    ("Kelsey said to me, “We just want different things,” and I think that’s the truth of it.", D, "Priya Lal", P, "Priya", "told", None),
    ("moping around the studio", D, None, A, "A pal of the presenter", "saying", None),
    ("barely said two words", D, None, A, "A pal of the presenter", "saying", None),
    ("He’s putting on a brave face on air, but the minute the cameras stop he’s a different man.", D, None, A, "Another friend", "said", None),
    ("New chapter, same me.", D, "Kelsey Dunmore", P, "Kelsey", "captioned", "Instagram post"),
    ("focusing on work right now", D, None, A, "Kelsey’s spokesperson", "said", None),
], [
    ("Callum Reeve", ["Callum", "TELLY favourite Callum Reeve", "The Morning Brew presenter", "the presenter"]),
    ("Kelsey Dunmore", ["Kelsey", "Love Villa star Kelsey Dunmore", "the 27-year-old influencer", "the star"]),
    ("Priya Lal", ["Priya", "close friend Priya Lal"]),
], [
    ("Callum Reeve", "ex_partner", "Kelsey Dunmore", "his whirlwind romance with Love Villa star Kelsey Dunmore"),
], [
    ("reader_prompt", "Do you have a story for us? Email showbiz@dailysparkle.invalid"),
])

# ---------------------------------------------------------------- celebrity 5: film-festival press conference
art("fi-celeb-salt-year-presser", "Screenline", "2026-09-03T16:45:00Z", """
‘The Salt Year’ Director Ilse Marchetti Defends Three-Hour Runtime: “Every Minute Is Earned”

CORDOVA — Ilse Marchetti came out swinging on Thursday at the press conference for her competition entry “The Salt Year,” telling a packed room at the Cordova International Film Festival that she had “no intention of apologising” for the film’s 184-minute running time.

Moderator Luc Ferrand, the festival’s head of programming, opened the session by raising the subject himself. “We have had some walkouts at the press screening, and some people who stayed to the end in tears,” he said. “Which group are you making the film for?”

“Both,” the director replied, to laughter. “The people who leave are telling me something true, and so are the people who cry. Every minute is earned. I cut forty minutes already — you should have seen the first version.”

Rafe Oyelaran, who plays a fisherman who loses his boat in a storm, said he had spent two months working on a trawler off the Faroe Islands to prepare for the role.

“I was sick every single day for the first three weeks,” the 29-year-old admitted. “Ilse kept saying, ‘Good, use it.’ I’m not sure she was joking.”

Co-star Dagny Holm, making her feature debut after a decade in theatre, described the shoot as “the hardest and happiest five months of my life.”

Asked about the film’s bleak final scene — already nicknamed “the long walk” on social media — Holm deferred to her director. Marchetti said the ending had been rewritten the night before it was shot.

“I woke up at four in the morning and I knew the ending was a lie,” she explained. “So we threw it away.”

Ferrand wrapped up by telling journalists the festival had “never programmed a braver film in competition,” a remark that drew applause from the cast.

“The Salt Year” is produced by Copenhagen-based Nordlys Pictures, which confirmed that it had sold North American rights to Halvard Releasing.
""", [
    ("Every Minute Is Earned", D, "Ilse Marchetti", P, "Director Ilse Marchetti", "Defends", "press conference"),
    ("no intention of apologising", D, "Ilse Marchetti", P, "Ilse Marchetti", "telling", "press conference"),
    ("We have had some walkouts at the press screening, and some people who stayed to the end in tears,", D, "Luc Ferrand", P, "he", "said", "press conference"),
    ("Which group are you making the film for?", D, "Luc Ferrand", P, "he", "said", "press conference"),
    ("Both,", D, "Ilse Marchetti", P, "the director", "replied", "press conference"),
    ("The people who leave are telling me something true, and so are the people who cry. Every minute is earned. I cut forty minutes already — you should have seen the first version.",
     D, "Ilse Marchetti", P, "the director", "replied", "press conference"),
    ("he had spent two months working on a trawler off the Faroe Islands to prepare for the role", I, "Rafe Oyelaran", P, "Rafe Oyelaran", "said", "press conference"),
    ("I was sick every single day for the first three weeks,", D, "Rafe Oyelaran", P, "the 29-year-old", "admitted", "press conference"),
    ("Ilse kept saying, ‘Good, use it.’ I’m not sure she was joking.", D, "Rafe Oyelaran", P, "the 29-year-old", "admitted", "press conference"),
    ("the hardest and happiest five months of my life.", D, "Dagny Holm", P, "Co-star Dagny Holm", "described", "press conference"),
    ("the ending had been rewritten the night before it was shot", I, "Ilse Marchetti", P, "Marchetti", "said", "press conference"),
    ("I woke up at four in the morning and I knew the ending was a lie,", D, "Ilse Marchetti", P, "she", "explained", "press conference"),
    ("So we threw it away.", D, "Ilse Marchetti", P, "she", "explained", "press conference"),
    ("never programmed a braver film in competition,", D, "Luc Ferrand", P, "Ferrand", "telling", "press conference"),
    ("it had sold North American rights to Halvard Releasing", I, "Nordlys Pictures", O, "Copenhagen-based Nordlys Pictures", "confirmed", None),
], [
    ("Ilse Marchetti", ["Marchetti", "Ilse", "Director Ilse Marchetti", "the director"]),
    ("Luc Ferrand", ["Ferrand", "Moderator Luc Ferrand", "the festival’s head of programming"]),
    ("Rafe Oyelaran", ["the 29-year-old"]),
    ("Dagny Holm", ["Holm", "Co-star Dagny Holm"]),
], [], [], orgs=[("Nordlys Pictures", ["Copenhagen-based Nordlys Pictures"]), ("Halvard Releasing", []),
                 ("Cordova International Film Festival", ["the festival"])])

# ---------------------------------------------------------------- news 1: wire election-night report, straight quotes
art("fi-news-vestmark-election", "Continental Press Wire", "2026-11-04T06:12:00Z", """
Ibarra wins Vestmark governor's race, ousting two-term incumbent

HARTWELL, Vestmark (CPW) - State Senator Tomas Ibarra won the race for governor of Vestmark on Tuesday, unseating two-term incumbent Ruth Abernathy in a contest dominated by rising housing costs and a bitter fight over the state's water rights.

With 94 percent of precincts reporting, Ibarra led Abernathy by about 61,000 votes, or 4 percentage points, according to the Vestmark Board of Elections.

"Tonight, Vestmark voted for the kitchen table," Ibarra told cheering supporters at a union hall in Hartwell shortly after midnight. "Not for the party that shouts the loudest. For the family that is doing the sums at 11 o'clock at night and coming up short."

Ibarra, 52, a former schoolteacher, said he would freeze property tax assessments for a year and call a special session on water allocation within his first 100 days. Abernathy's campaign had branded the plan a "fantasy budget," a phrase the senator later printed on campaign T-shirts.

Abernathy conceded in a brief phone call to Ibarra just after 1 a.m., her campaign manager, Dale Whitcombe, said.

"The voters have spoken, and I respect their decision," Abernathy told supporters in Port Senna. "I called Senator Ibarra to congratulate him, and I told him that my door is open as he prepares to take office."

Turnout was on course to exceed 68 percent, the highest for a governor's race in the state since 1994, said Hannah Greaves, a spokeswoman for the Board of Elections. Greaves said a handful of polling stations in Lower Tarn County had stayed open an extra hour after a power cut.

"There were no reports of anything other than ordinary delays," she said.

"This was a referendum on the rent," said Corinne Vasquez-Hale, a political scientist at Hartwell State University. "Abernathy ran on her record, and for a lot of younger voters her record was a lease renewal they couldn't afford."

At a polling station in the suburb of Millbrook, retired nurse Evelyn Torr, 71, said she had voted for Abernathy twice before but switched this year.

"I like her. I just couldn't do it again," Torr said.

The Union Party last won the governorship in 2006.
""", [
    ("With 94 percent of precincts reporting, Ibarra led Abernathy by about 61,000 votes, or 4 percentage points",
     I, "Vestmark Board of Elections", O, "the Vestmark Board of Elections", "according to", None),
    ("Tonight, Vestmark voted for the kitchen table,", D, "Tomas Ibarra", P, "Ibarra", "told", None),
    ("Not for the party that shouts the loudest. For the family that is doing the sums at 11 o'clock at night and coming up short.",
     D, "Tomas Ibarra", P, "Ibarra", "told", None),
    ("he would freeze property tax assessments for a year and call a special session on water allocation within his first 100 days",
     I, "Tomas Ibarra", P, "Ibarra, 52, a former schoolteacher", "said", None),
    ("Abernathy conceded in a brief phone call to Ibarra just after 1 a.m.", I, "Dale Whitcombe", P, "her campaign manager, Dale Whitcombe", "said", None),
    ("The voters have spoken, and I respect their decision,", D, "Ruth Abernathy", P, "Abernathy", "told", None),
    ("I called Senator Ibarra to congratulate him, and I told him that my door is open as he prepares to take office.",
     D, "Ruth Abernathy", P, "Abernathy", "told", None),
    ("Turnout was on course to exceed 68 percent, the highest for a governor's race in the state since 1994",
     I, "Hannah Greaves", P, "Hannah Greaves, a spokeswoman for the Board of Elections", "said", None),
    ("a handful of polling stations in Lower Tarn County had stayed open an extra hour after a power cut",
     I, "Hannah Greaves", P, "Greaves", "said", None),
    ("There were no reports of anything other than ordinary delays,", D, "Hannah Greaves", P, "she", "said", None),
    ("This was a referendum on the rent,", D, "Corinne Vasquez-Hale", P, "Corinne Vasquez-Hale", "said", None),
    ("Abernathy ran on her record, and for a lot of younger voters her record was a lease renewal they couldn't afford.",
     D, "Corinne Vasquez-Hale", P, "Corinne Vasquez-Hale", "said", None),
    ("she had voted for Abernathy twice before but switched this year", I, "Evelyn Torr", P, "retired nurse Evelyn Torr, 71", "said", None),
    ("I like her. I just couldn't do it again,", D, "Evelyn Torr", P, "Torr", "said", None),
], [
    ("Tomas Ibarra", ["Ibarra", "State Senator Tomas Ibarra", "Senator Ibarra", "the senator"]),
    ("Ruth Abernathy", ["Abernathy"]),
    ("Dale Whitcombe", ["her campaign manager, Dale Whitcombe"]),
    ("Hannah Greaves", ["Greaves"]),
    ("Corinne Vasquez-Hale", []),
    ("Evelyn Torr", ["Torr", "retired nurse Evelyn Torr"]),
], [], [], orgs=[("Vestmark Board of Elections", ["the Board of Elections"]), ("Union Party", []),
                 ("Continental Press Wire", ["CPW"])])

# ---------------------------------------------------------------- news 2: sentencing hearing, straight quotes
art("fi-news-brookhaven-sentencing", "The Northgate Ledger", "2026-10-22T21:30:00Z", """
Former Brookhaven finance director gets 6 years for embezzling $1.3M

A former finance director for the city of Brookhaven was sentenced Wednesday to six years in state prison for stealing more than $1.3 million from the city over nearly a decade. Prosecutors said he spent the money on a lake house, two boats and online poker.

Gerald Ashworth, 58, pleaded guilty in August to theft and forgery. Investigators nicknamed the scheme "the Sunday ledger" because most of the transfers were made on weekends, when no one else was in the office.

Delivering the sentence in Rensford County Circuit Court, Judge Miriam Oduya said Ashworth had "betrayed every taxpayer in this city, including your own neighbors."

"You were trusted with the keys to the building, and you robbed it one room at a time," Oduya told him. "The fact that it took the city nine years to notice is not a defense. It is a measure of how carefully you hid it."

Assistant District Attorney Kevin Marsh had asked for eight years, arguing that Ashworth showed remorse only after he was caught.

"He didn't stop because his conscience caught up with him," Marsh told the court. "He stopped because an auditor did."

Defense attorney Lena Varga asked for three years, telling the judge her client had a gambling addiction that went untreated for years.

Ashworth, wearing a gray suit, stood to address the court. Reading from a single sheet of paper, his voice breaking, he said:

"I am ashamed of what I did. There is no excuse. I want the people of Brookhaven to know that I will spend the rest of my life paying back what I can, and I am sorry."

Brookhaven Mayor Denise Fairley read a statement on behalf of the city, saying the theft had forced Brookhaven to delay repairs to two fire stations.

"Those are not numbers on a spreadsheet," Fairley said after the hearing. "Those are roofs that leaked on our firefighters for three winters."

Oduya also ordered Ashworth to pay $1.31 million in restitution. Outside the courthouse, Varga said her client would not appeal.
""", [
    ("he spent the money on a lake house, two boats and online poker", I, None, A, "Prosecutors", "said", None),
    ("betrayed every taxpayer in this city, including your own neighbors.", D, "Miriam Oduya", P, "Judge Miriam Oduya", "said", None),
    ("You were trusted with the keys to the building, and you robbed it one room at a time,", D, "Miriam Oduya", P, "Oduya", "told", None),
    ("The fact that it took the city nine years to notice is not a defense. It is a measure of how carefully you hid it.",
     D, "Miriam Oduya", P, "Oduya", "told", None),
    ("Ashworth showed remorse only after he was caught", I, "Kevin Marsh", P, "Assistant District Attorney Kevin Marsh", "arguing", None),
    ("He didn't stop because his conscience caught up with him,", D, "Kevin Marsh", P, "Marsh", "told", None),
    ("He stopped because an auditor did.", D, "Kevin Marsh", P, "Marsh", "told", None),
    ("her client had a gambling addiction that went untreated for years", I, "Lena Varga", P, "Defense attorney Lena Varga", "telling", None),
    ("I am ashamed of what I did. There is no excuse. I want the people of Brookhaven to know that I will spend the rest of my life paying back what I can, and I am sorry.",
     D, "Gerald Ashworth", P, "he", "said", None),
    ("the theft had forced Brookhaven to delay repairs to two fire stations", I, "Denise Fairley", P, "Brookhaven Mayor Denise Fairley", "saying", None),
    ("Those are not numbers on a spreadsheet,", D, "Denise Fairley", P, "Fairley", "said", None),
    ("Those are roofs that leaked on our firefighters for three winters.", D, "Denise Fairley", P, "Fairley", "said", None),
    ("her client would not appeal", I, "Lena Varga", P, "Varga", "said", None),
], [
    ("Gerald Ashworth", ["Ashworth", "A former finance director for the city of Brookhaven"]),
    ("Miriam Oduya", ["Oduya", "Judge Miriam Oduya"]),
    ("Kevin Marsh", ["Marsh", "Assistant District Attorney Kevin Marsh"]),
    ("Lena Varga", ["Varga", "Defense attorney Lena Varga"]),
    ("Denise Fairley", ["Fairley", "Brookhaven Mayor Denise Fairley"]),
], [], [], orgs=[("Rensford County Circuit Court", [])])

# ---------------------------------------------------------------- news 3: product recall, regulator and company statement
art("fi-news-kettlewise-recall", "Consumer Desk", "2026-08-14T13:00:00Z", """
Kettlewise recalls 410,000 kettles after reports of burns

Kettlewise Appliances is recalling about 410,000 electric kettles sold in the United States and Canada because the lids can pop open during boiling and spray scalding water, the National Product Safety Agency said Thursday.

The agency said it had received 87 reports of lids opening unexpectedly, including 19 burn injuries, three of which needed hospital treatment.

The recall covers the BrewMate and BrewMate Plus models sold at major retailers and online between May 2024 and February 2026 for about $40 to $65. Consumers should stop using the kettles immediately and contact Kettlewise for a free replacement, the agency said.

In a statement, Kettlewise said:

“The safety of our customers is our highest priority. Although the number of incidents is small relative to the number of units sold, we are taking this step out of an abundance of caution. We apologize to anyone who has been affected.”

The company said the fault had been traced to a hinge clip made by an outside supplier.

Patrice Odum, the agency’s director, said the company had been slow to report the problem.

“The first reports reached Kettlewise in January. We heard about them in June,” Odum said in an interview. “That gap is something we are going to look at very closely.”

A Kettlewise spokesman, asked about the agency’s criticism, said the company had “acted in good faith at every stage.”

Angela Moretti of Dayton, Ohio, said the lid of her kettle flew open as she poured water for tea in February, scalding her wrist and forearm.

“It sounded like a champagne cork,” Moretti, 63, said. “I still have the marks. I’m just glad it wasn’t my granddaughter standing there.”

The Safe Home Coalition, a consumer advocacy group, said in a statement that the recall was “months overdue.”
""", [
    ("Kettlewise Appliances is recalling about 410,000 electric kettles sold in the United States and Canada because the lids can pop open during boiling and spray scalding water",
     I, "National Product Safety Agency", O, "the National Product Safety Agency", "said", None),
    ("it had received 87 reports of lids opening unexpectedly, including 19 burn injuries, three of which needed hospital treatment",
     I, "National Product Safety Agency", O, "The agency", "said", None),
    ("Consumers should stop using the kettles immediately and contact Kettlewise for a free replacement",
     I, "National Product Safety Agency", O, "the agency", "said", None),
    ("The safety of our customers is our highest priority. Although the number of incidents is small relative to the number of units sold, we are taking this step out of an abundance of caution. We apologize to anyone who has been affected.",
     D, "Kettlewise Appliances", O, "Kettlewise", "said", "statement"),
    ("the fault had been traced to a hinge clip made by an outside supplier", I, "Kettlewise Appliances", O, "The company", "said", None),
    ("the company had been slow to report the problem", I, "Patrice Odum", P, "Patrice Odum, the agency’s director", "said", None),
    ("The first reports reached Kettlewise in January. We heard about them in June,", D, "Patrice Odum", P, "Odum", "said", "interview"),
    ("That gap is something we are going to look at very closely.", D, "Patrice Odum", P, "Odum", "said", "interview"),
    ("acted in good faith at every stage.", D, "Kettlewise Appliances", O, "A Kettlewise spokesman", "said", None),
    ("the lid of her kettle flew open as she poured water for tea in February, scalding her wrist and forearm",
     I, "Angela Moretti", P, "Angela Moretti of Dayton, Ohio", "said", None),
    ("It sounded like a champagne cork,", D, "Angela Moretti", P, "Moretti, 63", "said", None),
    ("I still have the marks. I’m just glad it wasn’t my granddaughter standing there.", D, "Angela Moretti", P, "Moretti, 63", "said", None),
    ("months overdue.", D, "Safe Home Coalition", O, "The Safe Home Coalition, a consumer advocacy group", "said", "statement"),
], [
    ("Patrice Odum", ["Odum", "the agency’s director"]),
    ("Angela Moretti", ["Moretti"]),
], [], [], orgs=[("National Product Safety Agency", ["The agency", "the agency"]),
                 ("Kettlewise Appliances", ["Kettlewise", "The company"]),
                 ("Safe Home Coalition", ["The Safe Home Coalition"])])

# ---------------------------------------------------------------- news 4: football transfer, club statement, Instagram caption
art("fi-news-varela-transfer", "Touchline Report", "2026-08-25T20:55:00Z", """
Varela completes £38m move to Sporting Valmora: ‘This club will always be in my heart’

Nico Varela has completed his £38million move from Harrowgate Athletic to Sporting Valmora, ending a four-year spell in which he scored 71 goals for the club.

The 26-year-old Uruguay international signed a five-year contract on Tuesday after passing a medical, bringing to an end a saga that had dragged on since the start of the summer window. The fee could rise to £45million with add-ons, according to reports in Spain.

In a statement on its website, Harrowgate said: ‘Harrowgate Athletic can confirm that Nico Varela has joined Sporting Valmora for an undisclosed fee. Nico leaves with our thanks for four memorable seasons, and we wish him every success in Spain.’

Varela, nicknamed ‘El Tanque’ by the Harrowgate faithful, said goodbye to supporters on Instagram on Tuesday night alongside a photo of him celebrating in front of the Kingsmead End. He wrote:

‘Four years, 71 goals and more memories than I can count. To the fans who sang my name in the rain: this club will always be in my heart. Gracias por todo. 💙’

Harrowgate manager Steve Callaghan admitted the club had been powerless to keep the striker once Valmora met his release clause.

‘When a player’s head has gone, it has gone,’ Callaghan told reporters at the club’s training ground. ‘I’m not going to stand here and pretend I’m happy about it. But Nico gave us everything for four years and he goes with my blessing.’

The Harrowgate boss said the club would use the money to strengthen the squad before the deadline.

Sporting Valmora president Ignacio Ruiz Salcedo described Varela as ‘the No 9 we have been chasing for three years’.

Not every Harrowgate fan was sorry to see him go. The Harrowgate Supporters’ Trust said it was ‘disappointed by the manner of his departure’, pointing to Varela’s absence from two pre-season friendlies.

Varela’s agent, Pablo Etxeberria, told Spanish radio station Onda Valmora that his client had turned down two offers from Premier League clubs to make the move.

Speaking to the club’s television channel after putting pen to paper, Varela said: ‘I have dreamed of playing in Spain since I was a boy in Salto. I’m here to win things.’
""", [
    ("This club will always be in my heart", D, "Nico Varela", P, "Varela", None, "Instagram post"),
    ("The fee could rise to £45million with add-ons", I, None, A, "reports in Spain", "according to", None),
    ("Harrowgate Athletic can confirm that Nico Varela has joined Sporting Valmora for an undisclosed fee. Nico leaves with our thanks for four memorable seasons, and we wish him every success in Spain.",
     D, "Harrowgate Athletic", O, "Harrowgate", "said", "club website"),
    ("Four years, 71 goals and more memories than I can count. To the fans who sang my name in the rain: this club will always be in my heart. Gracias por todo. 💙",
     D, "Nico Varela", P, "He", "wrote", "Instagram post"),
    ("the club had been powerless to keep the striker once Valmora met his release clause", I, "Steve Callaghan", P, "Harrowgate manager Steve Callaghan", "admitted", None),
    ("When a player’s head has gone, it has gone,", D, "Steve Callaghan", P, "Callaghan", "told", None),
    ("I’m not going to stand here and pretend I’m happy about it. But Nico gave us everything for four years and he goes with my blessing.",
     D, "Steve Callaghan", P, "Callaghan", "told", None),
    ("the club would use the money to strengthen the squad before the deadline", I, "Steve Callaghan", P, "The Harrowgate boss", "said", None),
    ("the No 9 we have been chasing for three years", D, "Ignacio Ruiz Salcedo", P, "Sporting Valmora president Ignacio Ruiz Salcedo", "described", None),
    ("disappointed by the manner of his departure", D, "Harrowgate Supporters’ Trust", O, "The Harrowgate Supporters’ Trust", "said", None),
    ("his client had turned down two offers from Premier League clubs to make the move", I, "Pablo Etxeberria", P, "Varela’s agent, Pablo Etxeberria", "told", "Onda Valmora (radio)"),
    ("I have dreamed of playing in Spain since I was a boy in Salto. I’m here to win things.", D, "Nico Varela", P, "Varela", "said", "club television channel"),
], [
    ("Nico Varela", ["Varela", "Nico", "The 26-year-old Uruguay international", "the striker"]),
    ("Steve Callaghan", ["Callaghan", "Harrowgate manager Steve Callaghan", "The Harrowgate boss"]),
    ("Ignacio Ruiz Salcedo", ["Sporting Valmora president Ignacio Ruiz Salcedo"]),
    ("Pablo Etxeberria", ["Varela’s agent, Pablo Etxeberria"]),
], [], [], orgs=[("Harrowgate Athletic", ["Harrowgate"]), ("Sporting Valmora", ["Valmora"]),
                 ("Harrowgate Supporters’ Trust", ["The Harrowgate Supporters’ Trust"]), ("Onda Valmora", [])])

# ---------------------------------------------------------------- news 5: health, hospital statement and a patient's family
art("fi-news-eastmere-corridor", "The Eastmere Gazette", "2026-11-19T09:15:00Z", """
Family says grandfather waited 14 hours on hospital corridor trolley

The daughter of a 67-year-old man who spent 14 hours on a trolley in a hospital corridor says he was left “like a parcel nobody wanted to sign for”.

Patrick Carrow, a retired bus driver from Eastmere, was taken to Eastmere General Hospital by ambulance on Saturday evening with chest pains. He was not moved to a ward until the following morning.

His daughter, Sinead Carrow, 41, said she did not blame the nursing staff.

“Dad sat on that trolley in his coat all night because there was nowhere to hang it,” she said. “At one point he said to me, ‘Love, I think they’ve forgotten I’m here.’ He’s a proud man. He would never complain.”

“The nurses were run off their feet. One of them apologised to Dad four times,” she added.

Mr Carrow’s son, Declan Carrow, said the family had made a formal complaint to the hospital trust.

In a statement, a spokesperson for Eastmere General Hospital said:

“We are sorry that Mr Carrow waited so long to be admitted to a ward. Our emergency department saw more than 420 patients on Saturday, one of the busiest days in its history. We will be contacting the family directly to discuss their concerns.”

The hospital said it had opened 24 extra beds since October.

Maureen Doyle, regional organiser for the Nurses and Midwives Union, said so-called “corridor care” had become “the norm, not the exception” at hospitals across the region.

“Our members are treating people in cupboards and car parks,” she said. “Nobody goes into nursing to do that.”

The Department of Health said in a statement that it was investing £200 million in urgent and emergency care this winter.

Mr Carrow, who was discharged on Tuesday with a new prescription, told the Gazette he was “grand, all things considered”. He said he hoped his story would spare someone else the same wait.
""", [
    ("grandfather waited 14 hours on hospital corridor trolley", I, None, A, "Family", "says", None),
    ("like a parcel nobody wanted to sign for", D, "Sinead Carrow", P, "The daughter of a 67-year-old man", "says", None),
    ("she did not blame the nursing staff", I, "Sinead Carrow", P, "His daughter, Sinead Carrow, 41", "said", None),
    ("Dad sat on that trolley in his coat all night because there was nowhere to hang it,", D, "Sinead Carrow", P, "she", "said", None),
    ("At one point he said to me, ‘Love, I think they’ve forgotten I’m here.’ He’s a proud man. He would never complain.",
     D, "Sinead Carrow", P, "she", "said", None),
    ("The nurses were run off their feet. One of them apologised to Dad four times,", D, "Sinead Carrow", P, "she", "added", None),
    ("the family had made a formal complaint to the hospital trust", I, "Declan Carrow", P, "Mr Carrow’s son, Declan Carrow", "said", None),
    ("We are sorry that Mr Carrow waited so long to be admitted to a ward. Our emergency department saw more than 420 patients on Saturday, one of the busiest days in its history. We will be contacting the family directly to discuss their concerns.",
     D, "Eastmere General Hospital", O, "a spokesperson for Eastmere General Hospital", "said", "statement"),
    ("it had opened 24 extra beds since October", I, "Eastmere General Hospital", O, "The hospital", "said", None),
    ("the norm, not the exception", D, "Maureen Doyle", P, "Maureen Doyle, regional organiser for the Nurses and Midwives Union", "said", None),
    ("Our members are treating people in cupboards and car parks,", D, "Maureen Doyle", P, "she", "said", None),
    ("Nobody goes into nursing to do that.", D, "Maureen Doyle", P, "she", "said", None),
    ("it was investing £200 million in urgent and emergency care this winter", I, "Department of Health", O, "The Department of Health", "said", "statement"),
    ("grand, all things considered", D, "Patrick Carrow", P, "Mr Carrow, who was discharged on Tuesday with a new prescription", "told", None),
    ("he hoped his story would spare someone else the same wait", I, "Patrick Carrow", P, "He", "said", None),
], [
    ("Patrick Carrow", ["Mr Carrow", "Dad", "a 67-year-old man"]),
    ("Sinead Carrow", ["His daughter, Sinead Carrow", "The daughter of a 67-year-old man"]),
    ("Declan Carrow", ["Mr Carrow’s son, Declan Carrow"]),
    ("Maureen Doyle", ["Doyle"]),
], [
    ("Patrick Carrow", "parent_of", "Sinead Carrow", "His daughter, Sinead Carrow"),
    ("Patrick Carrow", "parent_of", "Declan Carrow", "Mr Carrow’s son, Declan Carrow"),
], [], orgs=[("Eastmere General Hospital", ["The hospital"]), ("Nurses and Midwives Union", []),
             ("Department of Health", ["The Department of Health"])])


if __name__ == "__main__":
    gold.main()
