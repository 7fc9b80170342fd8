"""Build last.gold.jsonl: a sixth invented evaluation set, written blind and scored once.

Eight articles written by us on 2026-11-24 (invented people, outlets and events; no real article
text): four celebrity pieces (a wedding report with the officiant, a bridesmaid and an anonymous
guest; a singer's cancelled tour with a two-paragraph Notes-app statement, the promoter and fans'
posts; a morning-show host's on-air apology and the broadcaster's statement; an athlete's
retirement caption over three paragraphs and teammates' tributes) and four news pieces (a
select-committee hearing in British single quotes, an appeals-court ruling in straight quotes,
a council budget fight with a councilor's Facebook post, a hurricane recovery story with a
federal official and residents). Written without reading the engine, its tests or the other
sets' articles, and without running the engine until every article was built and committed.
Same format and conventions as the other sets (see README.md). Quotes are given as (substring,
kind, speaker, speaker_kind, mention, cue, channel[, occurrence]); offsets are computed and every
span, mention, alias and evidence string is checked by builder.py.
Run: python tests/data/eval/build_last.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from builder import A, D, I, O, P, GoldSet  # noqa: E402

gold = GoldSet(Path(__file__).with_name("last.gold.jsonl"))
art = gold.art


# ---------------------------------------------------------------- celebrity 1: a wedding, officiant, bridesmaid, anonymous guest
art("la-celeb-velden-aske-wedding", "Glitter Wire", "2026-11-16T11:05:00-05:00", """
Mara Velden And Theo Aske Are Married! Officiant Says Their Vows Were ‘Pure Poetry’

Pop star Mara Velden and actor Theo Aske tied the knot Saturday at a vineyard outside Sonoma, and by all accounts there wasn’t a dry eye in the house.

The couple, who met on the set of the 2023 thriller “Glass Harbor,” exchanged vows in front of roughly 150 guests. The ceremony was led by their longtime friend, the Rev. Colm Hadley, who told Glitter Wire the pair had written their own vows.

“I have married a lot of people, and I have never heard anything like it,” Hadley said. “Theo got through about two lines before he had to stop. Mara just held his hand and waited. It was pure poetry.”

Hadley also revealed that the couple had asked guests to hand in their phones at the gate.

Related: Theo Aske Opens Up About His ‘Terrifying’ First Proposal Attempt

Bridesmaid Juno Ferreira, who has known the bride since kindergarten, was more blunt about the nerves.

“She was a wreck,” Ferreira laughed. “Three hours before, she was in the kitchen in her robe eating cold pasta out of the pot and asking me if it was too late to elope.”

The bridesmaid added that Velden calmed down the moment the string quartet started playing.

One guest, who asked not to be named, described the reception as “less a party than a very loud family dinner.”

“There was no seating chart, no speeches from managers, nobody working the room,” the guest said. “Her grandmother danced with the sound engineer for forty minutes.”

The menu was built around dishes from Aske’s childhood in Cork — including what the groom calls his “famous” potato gratin.

Aske, 34, shared a single black-and-white photo on Instagram on Sunday morning, captioned: “Reader, I married her. Still can’t believe she said yes.”

Velden, for her part, told fans in her Instagram Stories that she was “too happy to write anything coherent” and promised more photos “when I stop crying.”

A representative for the couple confirmed they will honeymoon in Portugal but declined to share further details. The pair’s fan-given nickname, “Maro,” trended on X for most of Sunday.

Are you happy for them? Sound off in the comments!

[Photo via Theo Aske/Instagram]
""", [
    ("Pure Poetry", D, "Colm Hadley", P, "Officiant", "Says", None),
    ("the pair had written their own vows", I, "Colm Hadley", P, "the Rev. Colm Hadley", "told", None),
    ("I have married a lot of people, and I have never heard anything like it,", D, "Colm Hadley", P, "Hadley", "said", None),
    ("Theo got through about two lines before he had to stop. Mara just held his hand and waited. It was pure poetry.", D, "Colm Hadley", P, "Hadley", "said", None),
    ("the couple had asked guests to hand in their phones at the gate", I, "Colm Hadley", P, "Hadley", "revealed", None),
    ("She was a wreck,", D, "Juno Ferreira", P, "Ferreira", "laughed", None),
    ("Three hours before, she was in the kitchen in her robe eating cold pasta out of the pot and asking me if it was too late to elope.", D, "Juno Ferreira", P, "Ferreira", "laughed", None),
    ("Velden calmed down the moment the string quartet started playing", I, "Juno Ferreira", P, "The bridesmaid", "added", None),
    ("less a party than a very loud family dinner.", D, None, A, "One guest", "described", None),
    ("There was no seating chart, no speeches from managers, nobody working the room,", D, None, A, "the guest", "said", None),
    ("Her grandmother danced with the sound engineer for forty minutes.", D, None, A, "the guest", "said", None),
    ("Reader, I married her. Still can’t believe she said yes.", D, "Theo Aske", P, "Aske", "captioned", "Instagram"),
    ("too happy to write anything coherent", D, "Mara Velden", P, "Velden", "told", "Instagram Stories"),
    ("when I stop crying.", D, "Mara Velden", P, "Velden", "promised", "Instagram Stories"),
    ("they will honeymoon in Portugal", I, None, A, "A representative for the couple", "confirmed", None),
], people=[
    ("Mara Velden", ["Velden", "Mara", "the bride"]),
    ("Theo Aske", ["Aske", "Theo", "the groom"]),
    ("Colm Hadley", ["Hadley", "the Rev. Colm Hadley", "Officiant"]),
    ("Juno Ferreira", ["Ferreira", "Bridesmaid Juno Ferreira", "The bridesmaid"]),
], relations=[
    ("Mara Velden", "spouse", "Theo Aske", "Mara Velden And Theo Aske Are Married"),
], boilerplate=[
    ("related_link", "Related: Theo Aske Opens Up About His ‘Terrifying’ First Proposal Attempt"),
    ("reader_prompt", "Are you happy for them? Sound off in the comments!"),
    ("image_credit", "[Photo via Theo Aske/Instagram]"),
])


# ---------------------------------------------------------------- celebrity 2: a cancelled tour, promoter statement, fans' posts
art("la-celeb-monroe-tour-cancelled", "Backstage Pass", "2026-11-20T18:30:00-05:00", """
Kaia Monroe Cancels Entire ‘Saltwater’ Tour, Citing ‘Exhaustion’ — And Fans Are Furious

Kaia Monroe has pulled the plug on her 31-date Saltwater tour just nine days before opening night in Phoenix.

The 27-year-old singer broke the news in a Notes-app statement posted to X late Thursday:

“This is the hardest thing I’ve ever had to write. I have been running on empty for a long time and pretending I wasn’t. My doctors have told me, very plainly, that if I get on that bus I will not be okay.

“I know a lot of you bought tickets months ago, took time off work, booked hotels. I am so, so sorry. I promise I will make this right.”

The promoter behind the run, Brightline Live, said in a statement that all tickets would be refunded automatically within 30 days.

“We fully support Kaia’s decision,” the statement read. “Her health comes first, full stop.”

A Brightline executive, speaking on condition of anonymity, told Backstage Pass that the company had known about “some concerns” for weeks but was “blindsided” by the timing.

Fans were less forgiving.

“Drove 6 hours to buy these in person and now I find out from a NOTES APP,” one fan wrote on X.

Another posted a photo of a hand-sewn jacket with the caption: “made this for the Denver show. guess I’ll wear it to the grocery store.”

Not everyone was angry. Longtime fan Rosa Iberri, 19, who runs a Monroe fan account with 200,000 followers, urged fellow fans to “give her grace,” adding that the singer had “never once phoned in a show.”

Monroe’s mother, Denise Monroe, weighed in on Facebook, writing that her daughter was “finally listening to her body.”

Monroe is expected to return to the studio in the spring, according to a source close to the singer. Her label, Tidewater Records, insisted her third album would still arrive in March as planned. Her 2024 hit “Burn The Map” was streamed more than two million times on Friday alone.

The post Kaia Monroe Cancels Entire 'Saltwater' Tour, Citing 'Exhaustion' — And Fans Are Furious appeared first on Backstage Pass.
""", [
    ("Exhaustion", D, "Kaia Monroe", P, "Kaia Monroe", "Citing", None, 0),
    ("This is the hardest thing I’ve ever had to write. I have been running on empty for a long time and pretending I wasn’t. My doctors have told me, very plainly, that if I get on that bus I will not be okay.\n\n“I know a lot of you bought tickets months ago, took time off work, booked hotels. I am so, so sorry. I promise I will make this right.", D, "Kaia Monroe", P, "The 27-year-old singer", "broke the news", "Notes-app statement posted to X"),
    ("all tickets would be refunded automatically within 30 days", I, "Brightline Live", O, "Brightline Live", "said", "statement"),
    ("We fully support Kaia’s decision,", D, "Brightline Live", O, "the statement", "read", "statement"),
    ("Her health comes first, full stop.", D, "Brightline Live", O, "the statement", "read", "statement"),
    ("some concerns", D, None, A, "A Brightline executive", "told", None),
    ("blindsided", D, None, A, "A Brightline executive", "told", None),
    ("Drove 6 hours to buy these in person and now I find out from a NOTES APP,", D, None, A, "one fan", "wrote", "X"),
    ("made this for the Denver show. guess I’ll wear it to the grocery store.", D, None, A, "Another", "caption", None),
    ("give her grace,", D, "Rosa Iberri", P, "Longtime fan Rosa Iberri", "urged", None),
    ("never once phoned in a show.", D, "Rosa Iberri", P, "Longtime fan Rosa Iberri", "adding", None),
    ("finally listening to her body.", D, "Denise Monroe", P, "Denise Monroe", "writing", "Facebook"),
    ("Monroe is expected to return to the studio in the spring", I, None, A, "a source close to the singer", "according to", None),
    ("her third album would still arrive in March as planned", I, "Tidewater Records", O, "Her label, Tidewater Records", "insisted", None),
], people=[
    ("Kaia Monroe", ["Monroe", "Kaia", "The 27-year-old singer", "the singer"]),
    ("Rosa Iberri", ["Longtime fan Rosa Iberri"]),
    ("Denise Monroe", ["Monroe’s mother, Denise Monroe"]),
], orgs=[
    ("Brightline Live", ["Brightline"]),
    ("Tidewater Records", []),
], relations=[
    ("Denise Monroe", "parent_of", "Kaia Monroe", "Monroe’s mother, Denise Monroe"),
], boilerplate=[
    ("syndication_footer", "The post Kaia Monroe Cancels Entire 'Saltwater' Tour, Citing 'Exhaustion' — And Fans Are Furious appeared first on Backstage Pass."),
])


# ---------------------------------------------------------------- celebrity 3: a presenter's on-air apology, broadcaster's statement
art("la-celeb-okafor-on-air-apology", "Screen Scene", "2026-11-18T10:15:00-05:00", """
‘I Got It Wrong’: Morning Host Lauren Okafor Apologizes On Air After Viral Interview

Lauren Okafor opened Tuesday’s episode of “Rise & Shine” with an apology.

The co-host, 41, addressed viewers directly before the first segment, days after her tense interview with chef Marco Belli went viral for all the wrong reasons. Here is what she said:

“Before we start, I need to say something. Last week I interrupted a guest, I talked over him, and I made a joke about his accent that was not funny. It was not funny then and it is not funny now.”

She paused, then continued: “Marco, if you’re watching — I’m sorry. I got it wrong.”

Co-host Dev Ramsaran reached over and squeezed her hand. “We all learn,” he said quietly, before the show cut to the weather. Ramsaran later told viewers he had never seen his colleague so shaken.

The exchange that started it all aired on Nov. 12. Belli, who was promoting his cookbook “Salt & Smoke,” had been explaining a family recipe when Okafor cut in with what viewers called a “cartoon” impression of his Neapolitan accent.

In a statement issued shortly after Tuesday’s broadcast, Northway Broadcasting said it had “addressed the matter internally” with Okafor.

“Northway expects every presenter to treat guests with respect,” the statement said. “We accept Lauren’s apology and consider the matter closed.”

Belli himself seemed ready to move on. Reached by phone, the chef said he had watched the apology twice.

“It felt genuine to me,” he said. “I’d go back on the show tomorrow. I’d even cook for her.”

Not everyone was convinced. Media critic Hal Umberto wrote in his newsletter that the apology was “about six days and two sponsors late.”

An executive at the network, who was not authorized to speak publicly, said Okafor would not face a suspension. Her husband, the comedian Rafi Okafor, posted a single heart emoji.
""", [
    ("I Got It Wrong", D, "Lauren Okafor", P, "Morning Host Lauren Okafor", "Apologizes", None),
    ("Before we start, I need to say something. Last week I interrupted a guest, I talked over him, and I made a joke about his accent that was not funny. It was not funny then and it is not funny now.", D, "Lauren Okafor", P, "she", "said", "on air"),
    ("Marco, if you’re watching — I’m sorry. I got it wrong.", D, "Lauren Okafor", P, "She", "continued", "on air"),
    ("We all learn,", D, "Dev Ramsaran", P, "he", "said", "on air"),
    ("he had never seen his colleague so shaken", I, "Dev Ramsaran", P, "Ramsaran", "told", "on air"),
    ("addressed the matter internally", D, "Northway Broadcasting", O, "Northway Broadcasting", "said", "statement"),
    ("Northway expects every presenter to treat guests with respect,", D, "Northway Broadcasting", O, "the statement", "said", "statement"),
    ("We accept Lauren’s apology and consider the matter closed.", D, "Northway Broadcasting", O, "the statement", "said", "statement"),
    ("he had watched the apology twice", I, "Marco Belli", P, "the chef", "said", "phone"),
    ("It felt genuine to me,", D, "Marco Belli", P, "he", "said", "phone"),
    ("I’d go back on the show tomorrow. I’d even cook for her.", D, "Marco Belli", P, "he", "said", "phone"),
    ("about six days and two sponsors late.", D, "Hal Umberto", P, "Media critic Hal Umberto", "wrote", "newsletter"),
    ("Okafor would not face a suspension", I, None, A, "An executive at the network", "said", None),
], people=[
    ("Lauren Okafor", ["Okafor", "Lauren", "The co-host", "Morning Host Lauren Okafor"]),
    ("Dev Ramsaran", ["Ramsaran", "Co-host Dev Ramsaran"]),
    ("Marco Belli", ["Belli", "Marco", "the chef", "chef Marco Belli"]),
    ("Hal Umberto", ["Media critic Hal Umberto"]),
    ("Rafi Okafor", ["the comedian Rafi Okafor"]),
], orgs=[
    ("Northway Broadcasting", ["Northway"]),
], relations=[
    ("Lauren Okafor", "spouse", "Rafi Okafor", "Her husband, the comedian Rafi Okafor"),
])


# ---------------------------------------------------------------- celebrity 4: an athlete's retirement caption, teammates' tributes
art("la-celeb-ashby-retires", "The Sideline Report", "2026-11-23T14:00:00-05:00", """
Tamsin Ashby Retires After 14 Seasons: ‘My Body Is Telling Me It’s Time’

Tamsin Ashby is hanging up her sneakers.

The four-time All-Star announced her retirement on Instagram on Monday in a lengthy caption beside a photo of her first pair of game shoes. It read, in part:

“Fourteen seasons. Three knee surgeries. One ring. Countless early mornings I would not trade for anything.

“I have thought about this moment for two years, and every time I told myself, one more. But my body is telling me it’s time, and I have learned the hard way to listen when it talks.

“To the Gulls: you took a chance on a skinny kid from Dayton nobody else wanted. To my mom, who drove me to every practice in a car with no heat: this is yours too.”

Ashby, 35, told The Sideline Report later on Monday that she would stay with the team in a player-development role.

“I’m not going anywhere,” she said. “They’re going to be sick of me.”

Tributes poured in from teammates within minutes. Gulls center Bree Okonjo, who played alongside Ashby for nine seasons, commented: “Nobody has ever made me look better than I am. Love you forever, 22.” Okonjo later told reporters the locker room had known about the decision since the summer.

Forward Lena Marsh called her “the heartbeat of this franchise” in a post on X and said the locker room would feel “empty” without her.

Head coach Dana Whitcombe told reporters at practice that Ashby had “earned the right to go out on her own terms.” Whitcombe added that the team would retire Ashby’s No. 22 jersey next season.

The Harbor City Gulls said in a statement that their point guard “changed what this city expects from its team.”

Ashby’s nickname, “Tam Slam,” was trending on X by Monday afternoon. One longtime season-ticket holder told a local station she had cried in her car after reading the post.
""", [
    ("My Body Is Telling Me It’s Time", D, "Tamsin Ashby", P, "Tamsin Ashby", None, "Instagram"),
    ("Fourteen seasons. Three knee surgeries. One ring. Countless early mornings I would not trade for anything.\n\n“I have thought about this moment for two years, and every time I told myself, one more. But my body is telling me it’s time, and I have learned the hard way to listen when it talks.\n\n“To the Gulls: you took a chance on a skinny kid from Dayton nobody else wanted. To my mom, who drove me to every practice in a car with no heat: this is yours too.", D, "Tamsin Ashby", P, "The four-time All-Star", "read", "Instagram"),
    ("she would stay with the team in a player-development role", I, "Tamsin Ashby", P, "Ashby", "told", None),
    ("I’m not going anywhere,", D, "Tamsin Ashby", P, "she", "said", None),
    ("They’re going to be sick of me.", D, "Tamsin Ashby", P, "she", "said", None),
    ("Nobody has ever made me look better than I am. Love you forever, 22.", D, "Bree Okonjo", P, "Gulls center Bree Okonjo", "commented", "Instagram"),
    ("the locker room had known about the decision since the summer", I, "Bree Okonjo", P, "Okonjo", "told", None),
    ("the heartbeat of this franchise", D, "Lena Marsh", P, "Forward Lena Marsh", "called", "X"),
    ("empty", D, "Lena Marsh", P, "Forward Lena Marsh", "said", "X"),
    ("earned the right to go out on her own terms.", D, "Dana Whitcombe", P, "Head coach Dana Whitcombe", "told", None),
    ("the team would retire Ashby’s No. 22 jersey next season", I, "Dana Whitcombe", P, "Whitcombe", "added", None),
    ("changed what this city expects from its team.", D, "Harbor City Gulls", O, "The Harbor City Gulls", "said", "statement"),
    ("she had cried in her car after reading the post", I, None, A, "One longtime season-ticket holder", "told", None),
], people=[
    ("Tamsin Ashby", ["Ashby", "The four-time All-Star", "Tam Slam"]),
    ("Bree Okonjo", ["Okonjo", "Gulls center Bree Okonjo"]),
    ("Lena Marsh", ["Forward Lena Marsh"]),
    ("Dana Whitcombe", ["Whitcombe", "Head coach Dana Whitcombe"]),
], orgs=[
    ("Harbor City Gulls", ["the Gulls", "Gulls"]),
])


# ---------------------------------------------------------------- news 1: a select-committee hearing, British single quotes
art("la-news-severnvale-committee", "The Westbridge Courier", "2026-11-19T07:00:00+00:00", """
Water boss told he ‘should be ashamed’ as MPs grill him over sewage spills

The chief executive of Severnvale Water faced a bruising session in Parliament yesterday as MPs accused the firm of treating the county’s rivers ‘like an open drain’.

Martin Graye, who was paid £1.4million last year, told the Environment Select Committee that the company had ‘invested more than ever’ in its pipes and treatment works.

But committee chairman Dame Harriet Coyle said the figures told a different story.

‘Your own returns show 4,000 spills last year. Four thousand,’ she said. ‘In any other industry, someone would have lost their job. You should be ashamed.’

Mr Graye replied: ‘I am not ashamed of the people who work for us. I accept that our performance has not been good enough, and I have said so publicly.’ He later conceded that some of the firm’s monitoring equipment had been broken for months.

Conservative MP Owen Ashdown then pressed him on his bonus. ‘Will you be taking yours this year?’ he asked. Mr Graye said the decision was ‘a matter for the remuneration committee’, prompting laughter from the public gallery.

Labour’s Nadia Ferris, whose constituency includes the worst-affected stretch of the River Lune – a stretch campaigners have dubbed ‘the brown mile’ – read out a message from a constituent:

‘My kids used to swim here every summer. Now there are signs telling us not to let the dog in.’

Ms Ferris told the committee she would be writing to the Water Standards Authority to demand a full investigation.

In a statement after the session, a Severnvale Water spokesman said: ‘We recognise the strength of feeling and are committed to halving spills by 2030.’

The Water Standards Authority said it was ‘reviewing the evidence’ given to MPs. A Whitehall source described the hearing as ‘brutal but overdue’.
""", [
    ("should be ashamed", D, "Harriet Coyle", P, None, "told", None, 0),
    ("like an open drain", D, None, A, "MPs", "accused", None),
    ("invested more than ever", D, "Martin Graye", P, "Martin Graye", "told", None),
    ("the figures told a different story", I, "Harriet Coyle", P, "committee chairman Dame Harriet Coyle", "said", None),
    ("Your own returns show 4,000 spills last year. Four thousand,", D, "Harriet Coyle", P, "she", "said", None),
    ("In any other industry, someone would have lost their job. You should be ashamed.", D, "Harriet Coyle", P, "she", "said", None),
    ("I am not ashamed of the people who work for us. I accept that our performance has not been good enough, and I have said so publicly.", D, "Martin Graye", P, "Mr Graye", "replied", None),
    ("some of the firm’s monitoring equipment had been broken for months", I, "Martin Graye", P, "He", "conceded", None),
    ("Will you be taking yours this year?", D, "Owen Ashdown", P, "he", "asked", None),
    ("a matter for the remuneration committee", D, "Martin Graye", P, "Mr Graye", "said", None),
    ("My kids used to swim here every summer. Now there are signs telling us not to let the dog in.", D, None, A, "a constituent", "read out", "message"),
    ("she would be writing to the Water Standards Authority to demand a full investigation", I, "Nadia Ferris", P, "Ms Ferris", "told", None),
    ("We recognise the strength of feeling and are committed to halving spills by 2030.", D, "Severnvale Water", O, "a Severnvale Water spokesman", "said", "statement"),
    ("reviewing the evidence", D, "Water Standards Authority", O, "The Water Standards Authority", "said", None),
    ("brutal but overdue", D, None, A, "A Whitehall source", "described", None),
], people=[
    ("Martin Graye", ["Mr Graye", "Water boss"]),
    ("Harriet Coyle", ["Dame Harriet Coyle", "committee chairman Dame Harriet Coyle"]),
    ("Owen Ashdown", ["Conservative MP Owen Ashdown"]),
    ("Nadia Ferris", ["Ms Ferris", "Labour’s Nadia Ferris"]),
], orgs=[
    ("Severnvale Water", []),
    ("Water Standards Authority", []),
    ("Environment Select Committee", []),
])


# ---------------------------------------------------------------- news 2: an appeals-court ruling, straight quotes
art("la-news-marrin-appeal", "Capitol Ledger", "2026-11-18T16:45:00-08:00", """
Appeals court revives nurse's whistleblower suit against Corvane Medical

SACRAMENTO - The Third District Court of Appeal on Wednesday revived a lawsuit by a former nurse who says she was fired for reporting understaffing at a Corvane Medical hospital, ruling that a lower court had wrongly thrown out the case.

In a 2-1 decision, Justice Eleanor Prieto wrote that the trial judge "applied the wrong standard" when he dismissed Sofia Marrin's claims in 2024.

"An employee who reports a genuine risk to patient safety does not lose the protection of the statute because her employer disagrees about how serious the risk was," Prieto wrote for the majority. She noted that Marrin had raised her concerns in writing at least four times.

Marrin, 46, worked nights in the intensive care unit at Corvane's Riverside campus for 11 years. She has said she was dismissed three weeks after emailing hospital administrators about nurse-to-patient ratios.

In dissent, Justice Raymond Voss argued that the majority had "stretched the statute past its breaking point."

"Sympathy for the plaintiff is not a legal standard," he wrote.

Keisha Abernathy, who represents Marrin, called the ruling "a huge win for every nurse who has ever been afraid to speak up."

"Sofia did exactly what she was trained to do," Abernathy said in a phone interview. "She raised the alarm. Now she finally gets her day in court."

Corvane's attorney, Paul Lindqvist, said the company was disappointed and was reviewing its options, including a petition to the state Supreme Court.

A Corvane spokeswoman, in an emailed statement, said the hospital system "takes staffing concerns seriously" and disputed Marrin's account.

The case now returns to Sacramento County Superior Court. No trial date has been set. Employment lawyers not involved in the case said the ruling could make it harder for hospitals to get similar claims dismissed early.
""", [
    ("she was fired for reporting understaffing at a Corvane Medical hospital", I, "Sofia Marrin", P, "a former nurse", "says", None),
    ("a lower court had wrongly thrown out the case", I, "Third District Court of Appeal", O, "The Third District Court of Appeal", "ruling", None),
    ("applied the wrong standard", D, "Eleanor Prieto", P, "Justice Eleanor Prieto", "wrote", "ruling"),
    ("An employee who reports a genuine risk to patient safety does not lose the protection of the statute because her employer disagrees about how serious the risk was,", D, "Eleanor Prieto", P, "Prieto", "wrote", "ruling"),
    ("Marrin had raised her concerns in writing at least four times", I, "Eleanor Prieto", P, "She", "noted", "ruling"),
    ("she was dismissed three weeks after emailing hospital administrators about nurse-to-patient ratios", I, "Sofia Marrin", P, "She", "has said", None),
    ("stretched the statute past its breaking point.", D, "Raymond Voss", P, "Justice Raymond Voss", "argued", "dissent"),
    ("Sympathy for the plaintiff is not a legal standard,", D, "Raymond Voss", P, "he", "wrote", "dissent"),
    ("a huge win for every nurse who has ever been afraid to speak up.", D, "Keisha Abernathy", P, "Keisha Abernathy", "called", None),
    ("Sofia did exactly what she was trained to do,", D, "Keisha Abernathy", P, "Abernathy", "said", "phone interview"),
    ("She raised the alarm. Now she finally gets her day in court.", D, "Keisha Abernathy", P, "Abernathy", "said", "phone interview"),
    ("the company was disappointed and was reviewing its options, including a petition to the state Supreme Court", I, "Paul Lindqvist", P, "Corvane's attorney, Paul Lindqvist", "said", None),
    ("takes staffing concerns seriously", D, "Corvane Medical", O, "A Corvane spokeswoman", "said", "emailed statement"),
    ("the ruling could make it harder for hospitals to get similar claims dismissed early", I, None, A, "Employment lawyers not involved in the case", "said", None),
], people=[
    ("Sofia Marrin", ["Marrin", "Sofia", "a former nurse"]),
    ("Eleanor Prieto", ["Prieto", "Justice Eleanor Prieto"]),
    ("Raymond Voss", ["Justice Raymond Voss"]),
    ("Keisha Abernathy", ["Abernathy"]),
    ("Paul Lindqvist", ["Corvane's attorney, Paul Lindqvist"]),
], orgs=[
    ("Corvane Medical", ["Corvane"]),
    ("Third District Court of Appeal", ["The Third District Court of Appeal"]),
])


# ---------------------------------------------------------------- news 3: a council budget fight, a councilor's Facebook post
art("la-news-lakeport-library-budget", "Lakeport Daily Register", "2026-11-17T21:10:00-06:00", """
Mayor, council clash over library cuts as budget deadline nears

LAKEPORT — Mayor Gloria Estrada-Lund on Monday defended her plan to close two branch libraries, telling a packed council chamber that the city “cannot spend money it does not have.”

“I didn’t run for this job to close libraries,” the first-term mayor said. “But I also didn’t run to hand the next council a $14 million hole.”

Her proposed $412 million budget would also freeze hiring in the parks department and delay repairs to the Harmon Street bridge.

Councilor Ben Tarrow, who represents the east side, argued the cuts would fall hardest on working families. He went further in a Facebook post on Sunday night:

“Let’s be clear about what this budget does. It closes the Eastgate and Millbrook libraries — the two branches where kids actually go after school — while leaving the mayor’s communications office untouched. That is a choice. It is the wrong one.”

Tarrow warned that he would propose an amendment moving $2 million out of the mayor’s office.

Asked about the post, Estrada-Lund said she had “read it, like everybody else,” and that her communications office employs three people.

Council President Marisol Ngata said a final vote is expected June 12.

“Nobody on this council wants to close a library,” Ngata said, “but nobody has shown me where else the money comes from.”

About 60 residents signed up to speak. Among them was retired teacher Alma Duchesne, 72, who has volunteered at the Millbrook branch for two decades.

“That library is the only air-conditioned room some of these kids see all summer,” she said.

In a memo to council members, the Lakeport Office of Budget and Management estimated that closing both branches would save $1.9 million a year. A petition organized by a group calling itself “Keep Lakeport Reading” had gathered 8,000 signatures by Monday evening.
""", [
    ("cannot spend money it does not have.", D, "Gloria Estrada-Lund", P, "Mayor Gloria Estrada-Lund", "telling", None),
    ("I didn’t run for this job to close libraries,", D, "Gloria Estrada-Lund", P, "the first-term mayor", "said", None),
    ("But I also didn’t run to hand the next council a $14 million hole.", D, "Gloria Estrada-Lund", P, "the first-term mayor", "said", None),
    ("the cuts would fall hardest on working families", I, "Ben Tarrow", P, "Councilor Ben Tarrow", "argued", None),
    ("Let’s be clear about what this budget does. It closes the Eastgate and Millbrook libraries — the two branches where kids actually go after school — while leaving the mayor’s communications office untouched. That is a choice. It is the wrong one.", D, "Ben Tarrow", P, "He", "went further", "Facebook post"),
    ("he would propose an amendment moving $2 million out of the mayor’s office", I, "Ben Tarrow", P, "Tarrow", "warned", None),
    ("read it, like everybody else,", D, "Gloria Estrada-Lund", P, "Estrada-Lund", "said", None),
    ("her communications office employs three people", I, "Gloria Estrada-Lund", P, "Estrada-Lund", "said", None),
    ("a final vote is expected June 12", I, "Marisol Ngata", P, "Council President Marisol Ngata", "said", None),
    ("Nobody on this council wants to close a library,", D, "Marisol Ngata", P, "Ngata", "said", None),
    ("but nobody has shown me where else the money comes from.", D, "Marisol Ngata", P, "Ngata", "said", None),
    ("That library is the only air-conditioned room some of these kids see all summer,", D, "Alma Duchesne", P, "she", "said", None),
    ("closing both branches would save $1.9 million a year", I, "Lakeport Office of Budget and Management", O, "the Lakeport Office of Budget and Management", "estimated", "memo"),
], people=[
    ("Gloria Estrada-Lund", ["Estrada-Lund", "Mayor Gloria Estrada-Lund", "the first-term mayor"]),
    ("Ben Tarrow", ["Tarrow", "Councilor Ben Tarrow"]),
    ("Marisol Ngata", ["Ngata", "Council President Marisol Ngata"]),
    ("Alma Duchesne", ["retired teacher Alma Duchesne"]),
], orgs=[
    ("Lakeport Office of Budget and Management", []),
    ("Keep Lakeport Reading", []),
])


# ---------------------------------------------------------------- news 4: hurricane recovery, a federal official and residents
art("la-news-teodora-recovery", "Gulf Coast Tribune", "2026-11-21T08:20:00-06:00", """
Three weeks after Teodora, Port Ameline residents ask: where is the help?

PORT AMELINE — Three weeks after Hurricane Teodora tore through this fishing town, blue tarps still cover nearly every other roof, and residents say federal aid has been slow to arrive.

“We had water up to the light switches,” said Yolanda Brisbane, 58, standing in what used to be her living room. “I’ve filled out the same form four times. Four. Every time they tell me it’s in review.”

Her neighbor, a shrimper who gave only his first name, Curtis, said he had stopped calling the agency’s hotline altogether.

“What’s the point? You sit on hold for two hours and then the line drops,” he said.

Craig Pellham, the Federal Disaster Relief Agency’s regional administrator, acknowledged the frustration at a briefing Thursday but said the agency had approved more than 11,000 claims in the parish so far.

“I understand people are tired and angry, and they have every right to be,” Pellham said. He added:

“If you applied and haven’t heard from us, call again. I know that’s not what anyone wants to hear. But cases do get lost, and the fastest way to find one is for the person who filed it to ask.”

An agency spokeswoman said later that the hotline had added 300 operators since Monday.

The FDRA has faced criticism before. A 2022 inspector general’s report found that the agency’s claims system was “not designed for a disaster of this scale.”

Gov. Ruth Alcorn, who toured the town by helicopter on Tuesday, said the state would open two more disaster recovery centers next week. Parish President Dwayne Theriot was blunter.

“The federal response has been a disgrace,” he said in a video posted to the parish’s Facebook page. Theriot claimed that inspectors had not yet visited a single home on the east side of town.

At Port Ameline Baptist Church, which has become an unofficial supply depot, volunteers handed out water, diapers and what one called “hurricane lasagna” — a casserole made from whatever was left in donated freezers. Pastor Lionel Guidry said the church had fed about 600 people a day since the storm.

“People here don’t wait for somebody to save them,” Guidry said, “but they shouldn’t have to do it all alone.”
""", [
    ("federal aid has been slow to arrive", I, None, A, "residents", "say", None),
    ("We had water up to the light switches,", D, "Yolanda Brisbane", P, "Yolanda Brisbane", "said", None),
    ("I’ve filled out the same form four times. Four. Every time they tell me it’s in review.", D, "Yolanda Brisbane", P, "Yolanda Brisbane", "said", None),
    ("he had stopped calling the agency’s hotline altogether", I, "Curtis", P, "Curtis", "said", None),
    ("What’s the point? You sit on hold for two hours and then the line drops,", D, "Curtis", P, "he", "said", None),
    ("the agency had approved more than 11,000 claims in the parish so far", I, "Craig Pellham", P, "Craig Pellham", "said", "briefing"),
    ("I understand people are tired and angry, and they have every right to be,", D, "Craig Pellham", P, "Pellham", "said", "briefing"),
    ("If you applied and haven’t heard from us, call again. I know that’s not what anyone wants to hear. But cases do get lost, and the fastest way to find one is for the person who filed it to ask.", D, "Craig Pellham", P, "He", "added", "briefing"),
    ("the hotline had added 300 operators since Monday", I, "Federal Disaster Relief Agency", O, "An agency spokeswoman", "said", None),
    ("not designed for a disaster of this scale.", D, None, A, "A 2022 inspector general’s report", "found", "report"),
    ("the state would open two more disaster recovery centers next week", I, "Ruth Alcorn", P, "Gov. Ruth Alcorn", "said", None),
    ("The federal response has been a disgrace,", D, "Dwayne Theriot", P, "he", "said", "video posted to the parish’s Facebook page"),
    ("inspectors had not yet visited a single home on the east side of town", I, "Dwayne Theriot", P, "Theriot", "claimed", None),
    ("the church had fed about 600 people a day since the storm", I, "Lionel Guidry", P, "Pastor Lionel Guidry", "said", None),
    ("People here don’t wait for somebody to save them,", D, "Lionel Guidry", P, "Guidry", "said", None),
    ("but they shouldn’t have to do it all alone.", D, "Lionel Guidry", P, "Guidry", "said", None),
], people=[
    ("Yolanda Brisbane", []),
    ("Curtis", []),
    ("Craig Pellham", ["Pellham"]),
    ("Ruth Alcorn", ["Gov. Ruth Alcorn"]),
    ("Dwayne Theriot", ["Theriot", "Parish President Dwayne Theriot"]),
    ("Lionel Guidry", ["Guidry", "Pastor Lionel Guidry"]),
], orgs=[
    ("Federal Disaster Relief Agency", ["FDRA"]),
])


if __name__ == "__main__":
    gold.main()
