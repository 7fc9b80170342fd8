"""Build fresh.gold.jsonl: a fifth invented evaluation set, written blind and scored once.

Ten articles written by us on 2026-11-24 (invented people, outlets and events; no real article
text): five celebrity pieces (a memoir excerpt with a publisher's statement, a reality-show exit
interview with the host's questions, a fashion-week show with a designer, a model and an
anonymous buyer, a comedian's joke and the backlash in straight quotes, a celebrity chef's
restaurant closure with staff quotes) and five news pieces (a central-bank rate decision in
straight quotes, a wildfire evacuation, a campus sit-in, a rail strike in British single quotes,
tech layoffs with a leaked memo quoted at length). Written without reading the engine, its tests
or the other sets' articles, and without running the engine until every article was built. Same
format and conventions as the other sets (see README.md). Quotes are given as (substring, kind,
speaker, speaker_kind, mention, cue, channel[, occurrence]); offsets are computed and every span,
mention, alias and evidence string is checked by builder.py.
Run: python tests/data/eval/build_fresh.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from builder import A, D, I, O, P, GoldSet  # noqa: E402

gold = GoldSet(Path(__file__).with_name("fresh.gold.jsonl"))
art = gold.art


# ---------------------------------------------------------------- celebrity 1: memoir excerpts, a publisher's statement
art("fr-celeb-marchetti-memoir", "Velvet Rope Daily", "2026-11-17T09:40:00-05:00", """
Delphine Marchetti Says Her Marriage Was ‘A Long Audition’ In Explosive New Memoir

Delphine Marchetti is finally telling her side of the story.

The 52-year-old actress, best known for playing the scheming matriarch on “Harbour Lights,” looks back on her 14-year marriage to director Ansel Rooke in her upcoming memoir, The Understudy Years, out March 3. We got our hands on an early copy, and let’s just say nobody comes out of it entirely clean — least of all Delphine herself.

Related: Ansel Rooke Spotted House-Hunting In Lisbon With Mystery Companion

In the book’s third chapter, the star recalls the night she met Ansel at a cast party in 1998:

“He was the only person in the room who wasn’t looking over my shoulder for someone more important. I mistook that for kindness. It took me years to understand that he simply hadn’t decided yet whether I was worth the effort.”

Things soured not long after the wedding, she writes. By the end, she adds, the marriage had become “a long audition for a part I was never going to get.”

She also claims Ansel once cut her best scene from one of his films without telling her.

Perhaps the most painful passages concern the couple’s daughter, Wren Rooke, now 23. Delphine admits she was “not the mother I had planned to be” while filming abroad for much of Wren’s childhood, and writes:

“Wren learned to read over video calls. She once asked me, ‘Are you in the phone or are you real?’ When people ask what I regret, they expect me to name a film or a man. It’s that question.”

The book also takes aim at the so-called “Rooke method,” the director’s habit of keeping actors in the dark about their scenes until the cameras rolled. Delphine calls it “a parlour trick dressed up as genius.”

Not everyone is thrilled about the tell-all. A rep for Ansel told us in a statement:

“Ansel wishes Delphine well and has no intention of relitigating a marriage that ended a decade ago. He would simply ask that their daughter’s privacy be respected.”

Wren herself appeared to weigh in on Instagram on Tuesday, sharing a photo of an empty theatre with the caption: “Some of us were in the audience the whole time.” She did not tag either parent.

Harrowgate House, the book’s publisher, is standing by its author. A spokesperson for the publisher said the memoir had been fact-checked and reviewed by lawyers before publication, adding: “Delphine has written a brave, funny and deeply honest book, and we are proud to publish it.”

As for Delphine, she insists the book is not an act of revenge. Speaking to the Sunday Lantern last week, she said:

“I’m not settling scores. I’m 52, I’ve spent my whole life playing other women, and I wanted to play myself for once. If that makes some people uncomfortable — well, welcome to my twenties.”

The Understudy Years hits shelves March 3. Will you be picking up a copy, Velvet Ropers? Sound off in the comments!

[Image via Harrowgate House/Instagram, Backgrid]

The post Delphine Marchetti Says Her Marriage Was 'A Long Audition' In Explosive New Memoir appeared first on Velvet Rope Daily.
""", [
    ("A Long Audition", D, "Delphine Marchetti", P, "Delphine Marchetti", "Says", None, 0),
    ("He was the only person in the room who wasn’t looking over my shoulder for someone more important. I mistook that for kindness. It took me years to understand that he simply hadn’t decided yet whether I was worth the effort.",
     D, "Delphine Marchetti", P, "the star", "recalls", "memoir"),
    ("Things soured not long after the wedding", I, "Delphine Marchetti", P, "she", "writes", "memoir"),
    ("a long audition for a part I was never going to get.", D, "Delphine Marchetti", P, "she", "adds", "memoir"),
    ("Ansel once cut her best scene from one of his films without telling her", I, "Delphine Marchetti", P, "She", "claims", "memoir"),
    ("not the mother I had planned to be", D, "Delphine Marchetti", P, "Delphine", "admits", "memoir"),
    ("Wren learned to read over video calls. She once asked me, ‘Are you in the phone or are you real?’ When people ask what I regret, they expect me to name a film or a man. It’s that question.",
     D, "Delphine Marchetti", P, "Delphine", "writes", "memoir"),
    ("a parlour trick dressed up as genius.", D, "Delphine Marchetti", P, "Delphine", "calls", "memoir"),
    ("Ansel wishes Delphine well and has no intention of relitigating a marriage that ended a decade ago. He would simply ask that their daughter’s privacy be respected.",
     D, None, A, "A rep for Ansel", "told", "statement"),
    ("Some of us were in the audience the whole time.", D, "Wren Rooke", P, "Wren", "sharing", "Instagram caption"),
    ("the memoir had been fact-checked and reviewed by lawyers before publication", I, "Harrowgate House", O,
     "A spokesperson for the publisher", "said", None),
    ("Delphine has written a brave, funny and deeply honest book, and we are proud to publish it.", D, "Harrowgate House", O,
     "A spokesperson for the publisher", "adding", None),
    ("the book is not an act of revenge", I, "Delphine Marchetti", P, "she", "insists", None),
    ("I’m not settling scores. I’m 52, I’ve spent my whole life playing other women, and I wanted to play myself for once. If that makes some people uncomfortable — well, welcome to my twenties.",
     D, "Delphine Marchetti", P, "she", "said", "Sunday Lantern interview"),
], people=[
    ("Delphine Marchetti", ["Delphine", "The 52-year-old actress", "the star"]),
    ("Ansel Rooke", ["Ansel", "director Ansel Rooke"]),
    ("Wren Rooke", ["Wren"]),
], relations=[
    ("Delphine Marchetti", "ex_spouse", "Ansel Rooke", "her 14-year marriage to director Ansel Rooke"),
    ("Delphine Marchetti", "parent_of", "Wren Rooke", "the couple’s daughter, Wren Rooke"),
    ("Ansel Rooke", "parent_of", "Wren Rooke", "the couple’s daughter, Wren Rooke"),
], boilerplate=[
    ("related_link", "Related: Ansel Rooke Spotted House-Hunting In Lisbon With Mystery Companion"),
    ("reader_prompt", "Will you be picking up a copy, Velvet Ropers? Sound off in the comments!"),
    ("image_credit", "[Image via Harrowgate House/Instagram, Backgrid]"),
    ("syndication_footer", "The post Delphine Marchetti Says Her Marriage Was 'A Long Audition' In Explosive New Memoir appeared first on Velvet Rope Daily."),
], orgs=[
    ("Harrowgate House", ["the publisher"]),
    ("Sunday Lantern", []),
])

# ---------------------------------------------------------------- celebrity 2: reality-show exit interview, the host's questions
art("fr-celeb-island-exit", "The Gossip Grid", "2026-11-10T07:15:00+00:00", """
‘It Was Just Cruel’: Kiara Dunmore Breaks Down In Lighthouse Island Exit Interview

Grab the tissues, people.

Kiara Dunmore became the sixth islander dumped from “Lighthouse Island” on Sunday night, and her exit interview with host Rafe Castellane was one of the rawest moments the show has aired in four seasons.

The 26-year-old dental nurse from Sheffield had been coupled up with personal trainer Joel Pritchard since day two — until a fire-pit chat, broadcast last week, in which Joel told two of the other boys he was “keeping his options open.”

Related: Lighthouse Island Season 4: Every Couple, Ranked

Sitting opposite Castellane on the show’s famous driftwood bench, Kiara barely made it through the first question.

“How are you feeling right now?” the host asked gently.

“Honestly? Like an idiot,” she said, before dissolving into tears. “Everyone at home saw it before I did.”

Castellane pressed on: “You watched the footage back this morning. Joel said, ‘She’s a good laugh, but I’m not here for a laugh.’ What went through your head?”

Kiara took a long breath. “I saw it. And I’ll be honest, it hurt more than getting dumped. Getting dumped is part of the game. That was just cruel.”

She insisted she had no regrets about the way she had played the game.

Joel, for his part, admitted to the remaining islanders in Monday’s episode that he “could have handled it better,” but maintained he had never led Kiara on.

Viewers were not convinced. One fan wrote on X: “Joel ‘not here for a laugh’ but very much here for the free flights, got it.”

Broadcaster Meridian said in a statement that Kiara had been offered ongoing support from the show’s welfare team, adding that the wellbeing of every islander was its “number one priority.”

Kiara, meanwhile, is already looking ahead. In a TikTok posted from the airport early Monday, she told followers she was “a bit broken but mostly fine” and said a proper sit-down video would follow once she had caught up on sleep.

Will you miss Kiara on the island? Let us know in the comments!

[Image via Meridian/Lighthouse Island]

The post 'It Was Just Cruel': Kiara Dunmore Breaks Down In Lighthouse Island Exit Interview appeared first on The Gossip Grid.
""", [
    ("It Was Just Cruel", D, "Kiara Dunmore", P, "Kiara Dunmore", None, None, 0),
    ("keeping his options open.", D, "Joel Pritchard", P, "Joel", "told", "Lighthouse Island"),
    ("How are you feeling right now?", D, "Rafe Castellane", P, "the host", "asked", "Lighthouse Island exit interview"),
    ("Honestly? Like an idiot,", D, "Kiara Dunmore", P, "she", "said", "Lighthouse Island exit interview"),
    ("Everyone at home saw it before I did.", D, "Kiara Dunmore", P, "she", "said", "Lighthouse Island exit interview"),
    ("You watched the footage back this morning. Joel said, ‘She’s a good laugh, but I’m not here for a laugh.’ What went through your head?",
     D, "Rafe Castellane", P, "Castellane", "pressed on", "Lighthouse Island exit interview"),
    ("I saw it. And I’ll be honest, it hurt more than getting dumped. Getting dumped is part of the game. That was just cruel.",
     D, "Kiara Dunmore", P, "Kiara", None, "Lighthouse Island exit interview"),
    ("she had no regrets about the way she had played the game", I, "Kiara Dunmore", P, "She", "insisted", "Lighthouse Island exit interview"),
    ("could have handled it better,", D, "Joel Pritchard", P, "Joel", "admitted", "Lighthouse Island"),
    ("he had never led Kiara on", I, "Joel Pritchard", P, "Joel", "maintained", "Lighthouse Island"),
    ("Joel ‘not here for a laugh’ but very much here for the free flights, got it.", D, None, A, "One fan", "wrote", "X post"),
    ("Kiara had been offered ongoing support from the show’s welfare team", I, "Meridian", O, "Broadcaster Meridian", "said", "statement"),
    ("number one priority.", D, "Meridian", O, "Broadcaster Meridian", "adding", "statement"),
    ("a bit broken but mostly fine", D, "Kiara Dunmore", P, "she", "told", "TikTok video"),
    ("a proper sit-down video would follow once she had caught up on sleep", I, "Kiara Dunmore", P, "she", "said", "TikTok video"),
], people=[
    ("Kiara Dunmore", ["Kiara", "The 26-year-old dental nurse from Sheffield"]),
    ("Rafe Castellane", ["Castellane", "host Rafe Castellane", "the host"]),
    ("Joel Pritchard", ["Joel", "personal trainer Joel Pritchard"]),
], boilerplate=[
    ("related_link", "Related: Lighthouse Island Season 4: Every Couple, Ranked"),
    ("reader_prompt", "Will you miss Kiara on the island? Let us know in the comments!"),
    ("image_credit", "[Image via Meridian/Lighthouse Island]"),
    ("syndication_footer", "The post 'It Was Just Cruel': Kiara Dunmore Breaks Down In Lighthouse Island Exit Interview appeared first on The Gossip Grid."),
], orgs=[
    ("Meridian", ["Broadcaster Meridian"]),
])

# ---------------------------------------------------------------- celebrity 3: fashion week, a designer, a model, an anonymous buyer
art("fr-celeb-fashion-static", "Hemline Report", "2026-10-01T23:30:00+02:00", """
Ostrava Atelier Turns Up The Volume In Paris — But Will Anyone Buy It?

PARIS — Teodor Malinescu has never been one for subtlety, but even by his standards Tuesday night’s Ostrava Atelier show was loud.

The spring collection, titled “Static,” sent models down a runway of shattered mirrors to a soundtrack of dial-up modems and guitar feedback. Backstage afterwards, the 41-year-old designer was unrepentant.

“Everyone has spent five years whispering,” Malinescu said, still clutching a glass of champagne. “Beige, beige, cashmere, beige. I wanted to make clothes you could hear from across the street.”

He said the collection was a deliberate rebuke to the quiet-luxury look that has dominated recent seasons. Those clothes, he added, had turned fashion into “a very expensive waiting room.”

Related: The 12 Looks From Copenhagen Fashion Week We Can’t Stop Thinking About

Imani Achterberg, who opened the show in a dress made from fused guitar strings, said walking the mirrored runway had been terrifying.

“I could see myself breaking into a hundred pieces with every step,” the 22-year-old Dutch model told the Hemline Report. “Which, honestly, is how most of us feel at fashion week anyway.”

Not everyone was charmed. Lucinda Farrow-Pike, chief fashion critic of the Ledger Review, called the show “a brilliant noise with very little signal” in her review on Wednesday and argued that several of the looks would be impossible to sit down in.

Buyers, whose orders ultimately decide whether a collection lives or dies, were more cautious. A senior buyer for a London department store, who asked not to be named because she was not authorised to speak to the press, said she expected to order “the T-shirts and maybe one jacket.”

“It’s a fantastic show and a very difficult rail,” she said. “My customers are the ‘stealth wealth’ people. They want to look rich in a way only other rich people notice. Nobody in my store is buying a dress that sounds like a guitar.”

Told of the buyers’ reservations, Malinescu shrugged. “Buyers said the same thing about my first collection, and that one is in a museum now.”

Ostrava Atelier, which was bought by the luxury group Sarrant last year, said on Wednesday that pre-orders for the collection had already exceeded its forecasts, though it declined to give figures.

The show drew about 900 guests, according to the organisers. The singer Roux sat in the front row in a silver boiler suit.

Would you wear Static? Tell us in the comments below.

(Photos: Ostrava Atelier / Gorka Lindt)
""", [
    ("Everyone has spent five years whispering,", D, "Teodor Malinescu", P, "Malinescu", "said", None),
    ("Beige, beige, cashmere, beige. I wanted to make clothes you could hear from across the street.", D, "Teodor Malinescu", P, "Malinescu", "said", None),
    ("the collection was a deliberate rebuke to the quiet-luxury look that has dominated recent seasons", I, "Teodor Malinescu", P, "He", "said", None),
    ("a very expensive waiting room.", D, "Teodor Malinescu", P, "he", "added", None),
    ("walking the mirrored runway had been terrifying", I, "Imani Achterberg", P, "Imani Achterberg", "said", None),
    ("I could see myself breaking into a hundred pieces with every step,", D, "Imani Achterberg", P, "the 22-year-old Dutch model", "told", None),
    ("Which, honestly, is how most of us feel at fashion week anyway.", D, "Imani Achterberg", P, "the 22-year-old Dutch model", "told", None),
    ("a brilliant noise with very little signal", D, "Lucinda Farrow-Pike", P, "Lucinda Farrow-Pike", "called", "Ledger Review review"),
    ("several of the looks would be impossible to sit down in", I, "Lucinda Farrow-Pike", P, "Lucinda Farrow-Pike", "argued", "Ledger Review review"),
    ("the T-shirts and maybe one jacket.", D, None, A, "A senior buyer for a London department store", "said", None),
    ("It’s a fantastic show and a very difficult rail,", D, None, A, "she", "said", None),
    ("My customers are the ‘stealth wealth’ people. They want to look rich in a way only other rich people notice. Nobody in my store is buying a dress that sounds like a guitar.",
     D, None, A, "she", "said", None),
    ("Buyers said the same thing about my first collection, and that one is in a museum now.", D, "Teodor Malinescu", P, "Malinescu", None, None),
    ("pre-orders for the collection had already exceeded its forecasts", I, "Ostrava Atelier", O, "Ostrava Atelier", "said", None),
    ("The show drew about 900 guests", I, None, A, "the organisers", "according to", None),
], people=[
    ("Teodor Malinescu", ["Malinescu", "the 41-year-old designer"]),
    ("Imani Achterberg", ["the 22-year-old Dutch model"]),
    ("Lucinda Farrow-Pike", []),
    ("Roux", ["The singer Roux"]),
    ("Gorka Lindt", []),
], boilerplate=[
    ("related_link", "Related: The 12 Looks From Copenhagen Fashion Week We Can’t Stop Thinking About"),
    ("reader_prompt", "Would you wear Static? Tell us in the comments below."),
    ("image_credit", "(Photos: Ostrava Atelier / Gorka Lindt)"),
], orgs=[
    ("Ostrava Atelier", []),
    ("Sarrant", ["the luxury group Sarrant"]),
    ("Ledger Review", []),
    ("Hemline Report", []),
])

# ---------------------------------------------------------------- celebrity 4: a comedian's joke and the backlash, straight quotes
art("fr-celeb-comic-flood-joke", "Punchline Daily", "2026-11-03T12:20:00-06:00", """
Comedian Dale Strickland Won't Apologize For Flood Joke: "Comedy Isn't A Hug"

Dale Strickland is doubling down.

The 38-year-old comic is facing a wave of criticism after a set at Minneapolis' Halvorsen Playhouse on Friday in which he joked about last month's flooding in Carver Falls, Iowa, where four people died. Video of the bit, filmed by someone in the audience, has been viewed more than six million times.

In the clip, Strickland tells the crowd: "Carver Falls finally got a water feature. Took them long enough - that town's been begging for a public pool since 1974."

READ MORE: The 10 Most Divisive Stand-Up Specials Of The Year

The joke did not land. Carver Falls mayor Renata Ibsen-Cole was among the first to respond, writing on X on Saturday: "We buried a nine-year-old last month. Come do your set here. I'll save you a seat at the shelter."

Ibsen-Cole later told a local radio station that her office had received dozens of messages from residents who felt mocked.

Strickland, who bills himself as "the Professor of Pain," posted a video response on Sunday.

"I'm not going to stand here and pretend I'm sorry," he said in the two-minute clip. "Comedy isn't a hug. If you want a hug, call your mom. If you want somebody to say the thing you're not allowed to say, buy a ticket."

He added that he had "nothing but respect" for the people of Carver Falls, but argued that no subject should be off limits for a comedian.

On Monday, the Halvorsen Playhouse said it had canceled the last two nights of Strickland's run. "We support artists' freedom to take risks, and we always will," the venue said in a statement. "But we also have a responsibility to our community, and several members of our own staff have family in Carver Falls."

Fellow comic Priya Lakhani-Moss came to his defense, arguing on X that audiences, not venues, should decide what is funny. "Dale's joke was bad. Canceling shows over a bad joke is worse," she wrote.

One audience member, who asked not to be named, said the room went quiet after the joke. "A few people laughed, then a woman near the front just got up and walked out, and after that nobody was laughing at anything," he said.

Strickland's management did not respond to a request for comment.

Do you think Strickland crossed a line? Sound off below!

The post Comedian Dale Strickland Won't Apologize For Flood Joke: "Comedy Isn't A Hug" appeared first on Punchline Daily.
""", [
    ("Comedy Isn't A Hug", D, "Dale Strickland", P, "Comedian Dale Strickland", None, None, 0),
    ("Carver Falls finally got a water feature. Took them long enough - that town's been begging for a public pool since 1974.",
     D, "Dale Strickland", P, "Strickland", "tells", "stand-up set"),
    ("We buried a nine-year-old last month. Come do your set here. I'll save you a seat at the shelter.",
     D, "Renata Ibsen-Cole", P, "Carver Falls mayor Renata Ibsen-Cole", "writing", "X post"),
    ("her office had received dozens of messages from residents who felt mocked", I, "Renata Ibsen-Cole", P, "Ibsen-Cole", "told", "local radio"),
    ("I'm not going to stand here and pretend I'm sorry,", D, "Dale Strickland", P, "he", "said", "video"),
    ("Comedy isn't a hug. If you want a hug, call your mom. If you want somebody to say the thing you're not allowed to say, buy a ticket.",
     D, "Dale Strickland", P, "he", "said", "video"),
    ("nothing but respect", D, "Dale Strickland", P, "He", "added", "video"),
    ("no subject should be off limits for a comedian", I, "Dale Strickland", P, "He", "argued", "video"),
    ("it had canceled the last two nights of Strickland's run", I, "Halvorsen Playhouse", O, "the Halvorsen Playhouse", "said", None),
    ("We support artists' freedom to take risks, and we always will,", D, "Halvorsen Playhouse", O, "the venue", "said", "statement"),
    ("But we also have a responsibility to our community, and several members of our own staff have family in Carver Falls.",
     D, "Halvorsen Playhouse", O, "the venue", "said", "statement"),
    ("audiences, not venues, should decide what is funny", I, "Priya Lakhani-Moss", P, "Fellow comic Priya Lakhani-Moss", "arguing", "X post"),
    ("Dale's joke was bad. Canceling shows over a bad joke is worse,", D, "Priya Lakhani-Moss", P, "she", "wrote", "X post"),
    ("the room went quiet after the joke", I, None, A, "One audience member", "said", None),
    ("A few people laughed, then a woman near the front just got up and walked out, and after that nobody was laughing at anything,",
     D, None, A, "he", "said", None),
], people=[
    ("Dale Strickland", ["Strickland", "The 38-year-old comic", "Dale", "Comedian Dale Strickland"]),
    ("Renata Ibsen-Cole", ["Ibsen-Cole", "Carver Falls mayor Renata Ibsen-Cole"]),
    ("Priya Lakhani-Moss", ["Fellow comic Priya Lakhani-Moss"]),
], boilerplate=[
    ("related_link", "READ MORE: The 10 Most Divisive Stand-Up Specials Of The Year"),
    ("reader_prompt", "Do you think Strickland crossed a line? Sound off below!"),
    ("syndication_footer", "The post Comedian Dale Strickland Won't Apologize For Flood Joke: \"Comedy Isn't A Hug\" appeared first on Punchline Daily."),
], orgs=[
    ("Halvorsen Playhouse", ["the Halvorsen Playhouse", "the venue"]),
])

# ---------------------------------------------------------------- celebrity 5: a celebrity chef's restaurant closure, staff quotes
art("fr-celeb-chef-closure", "Table Talk Daily", "2026-11-11T16:45:00-06:00", """
Chef Hollis Grainger Closes Ember & Salt After 15 Years — Staff Say They Found Out On Instagram

Celebrity chef Hollis Grainger, host of the long-running cooking show “Fire Road,” has closed Ember & Salt, the Chicago steakhouse that made him a household name, effective immediately.

The 56-year-old announced the news in a lengthy Instagram post on Sunday night:

“After fifteen years, twelve thousand Saturday nights and more ribeyes than I could ever count, Ember & Salt has served its last dinner. The last three years have been the hardest of my career. Rent has doubled, beef has nearly doubled, and the neighborhood that loved us has changed around us.

“I want to thank every cook, server, dishwasher and bartender who ever wore our apron. You were the restaurant. I was just the guy on the sign.”

Related: Hollis Grainger Opens Up About His Heart Scare: ‘I Was Cooking On Borrowed Time’

But some of the restaurant’s 48 employees say they learned about the closure the same way his fans did.

“I was on the bus to work when my sister sent me a screenshot,” said line cook Yesenia Duarte, who had worked at Ember & Salt for six years. “Nobody called. Nobody texted. I got to the back door and there was a padlock on it.”

A sous chef, who asked that his name not be used because he is still owed his final paycheck, said staff had been told in the spring to expect cutbacks, but never a closure. “We would have stayed until the last plate if he’d asked us. He didn’t even give us the chance to be loyal,” he said.

Grainger Hospitality, which runs Ember & Salt and two other Grainger restaurants, said all employees would receive two weeks’ severance and help finding jobs at its other locations. “The timing of the announcement was not what we intended, and we apologize to our team for that,” the company said in a statement.

Carla Grainger, Hollis’s wife and the company’s chief operating officer, told the Lakefront Courier that the post had gone up “about six hours earlier than it should have” because of a scheduling mix-up.

Grainger addressed the criticism himself in an Instagram Story on Monday. “I should have picked up the phone 48 times before I picked up my phone once,” he wrote. “That one’s on me.”

Dennis Okonkwo-Hart, president of the Illinois Restaurant Alliance, said Ember & Salt was “one of dozens” of Chicago restaurants to close this year, and warned that more would follow if commercial rents kept climbing.

What was your favorite dish at Ember & Salt? Tell us in the comments.

[Image via Hollis Grainger/Instagram]

The post Chef Hollis Grainger Closes Ember & Salt After 15 Years — Staff Say They Found Out On Instagram appeared first on Table Talk Daily.
""", [
    ("They Found Out On Instagram", I, None, A, "Staff", "Say", None, 0),
    ("After fifteen years, twelve thousand Saturday nights and more ribeyes than I could ever count, Ember & Salt has served its last dinner. The last three years have been the hardest of my career. Rent has doubled, beef has nearly doubled, and the neighborhood that loved us has changed around us.\n\n“I want to thank every cook, server, dishwasher and bartender who ever wore our apron. You were the restaurant. I was just the guy on the sign.",
     D, "Hollis Grainger", P, "The 56-year-old", "announced", "Instagram post"),
    ("they learned about the closure the same way his fans did", I, None, A, "some of the restaurant’s 48 employees", "say", None),
    ("I was on the bus to work when my sister sent me a screenshot,", D, "Yesenia Duarte", P, "line cook Yesenia Duarte", "said", None),
    ("Nobody called. Nobody texted. I got to the back door and there was a padlock on it.", D, "Yesenia Duarte", P, "line cook Yesenia Duarte", "said", None),
    ("staff had been told in the spring to expect cutbacks, but never a closure", I, None, A, "A sous chef", "said", None),
    ("We would have stayed until the last plate if he’d asked us. He didn’t even give us the chance to be loyal,", D, None, A, "he", "said", None),
    ("all employees would receive two weeks’ severance and help finding jobs at its other locations", I, "Grainger Hospitality", O, "Grainger Hospitality", "said", None),
    ("The timing of the announcement was not what we intended, and we apologize to our team for that,", D, "Grainger Hospitality", O, "the company", "said", "statement"),
    ("about six hours earlier than it should have", D, "Carla Grainger", P, "Carla Grainger", "told", "Lakefront Courier interview"),
    ("I should have picked up the phone 48 times before I picked up my phone once,", D, "Hollis Grainger", P, "he", "wrote", "Instagram Story"),
    ("That one’s on me.", D, "Hollis Grainger", P, "he", "wrote", "Instagram Story"),
    ("one of dozens", D, "Dennis Okonkwo-Hart", P, "Dennis Okonkwo-Hart", "said", None),
    ("more would follow if commercial rents kept climbing", I, "Dennis Okonkwo-Hart", P, "Dennis Okonkwo-Hart", "warned", None),
], people=[
    ("Hollis Grainger", ["Hollis", "Grainger", "Celebrity chef Hollis Grainger", "The 56-year-old"]),
    ("Carla Grainger", []),
    ("Yesenia Duarte", ["line cook Yesenia Duarte"]),
    ("Dennis Okonkwo-Hart", []),
], relations=[
    ("Carla Grainger", "spouse", "Hollis Grainger", "Hollis’s wife"),
], boilerplate=[
    ("related_link", "Related: Hollis Grainger Opens Up About His Heart Scare: ‘I Was Cooking On Borrowed Time’"),
    ("reader_prompt", "What was your favorite dish at Ember & Salt? Tell us in the comments."),
    ("image_credit", "[Image via Hollis Grainger/Instagram]"),
    ("syndication_footer", "The post Chef Hollis Grainger Closes Ember & Salt After 15 Years — Staff Say They Found Out On Instagram appeared first on Table Talk Daily."),
], orgs=[
    ("Grainger Hospitality", ["the company"]),
    ("Ember & Salt", []),
    ("Illinois Restaurant Alliance", []),
    ("Lakefront Courier", []),
])

# ---------------------------------------------------------------- news 1: central-bank rate decision, governor's news conference, straight quotes
art("fr-news-norland-rates", "Norland Financial Wire", "2026-11-20T14:05:00+01:00", """
Norland's Solvang-Meyer says rate cut 'not before spring' as central bank holds

OSLOVIK, Nov 20 (Norland Financial Wire) - The Bank of Norland left its main policy rate unchanged at 4.25 percent on Thursday, as expected, and Governor Ingrid Solvang-Meyer said borrowers should not expect relief before the spring.

"We are not there yet," Solvang-Meyer told a news conference in Oslovik. "Inflation has come down a long way, but the last stretch is always the hardest, and we are not going to declare victory early only to reverse course six months later."

The decision was unanimous, the bank said in a statement, adding that core inflation of 3.1 percent in October remained "uncomfortably high" against its 2 percent target.

Asked whether the board had considered a cut, the governor said: "It was discussed. I won't pretend it wasn't. But the board's view is that the cost of waiting is smaller than the cost of being wrong."

She said the bank's new forecasts pointed to a first cut in the second quarter of next year, later than the path it published in August.

Asked about comments she made two years ago, when inflation first took off, Solvang-Meyer smiled. "I have said many things. Calling it 'temporary' was not my finest moment."

Finance Minister Tomas Berglund, whose government faces an election in March, has publicly pressed for lower borrowing costs. In a brief statement, he said he "fully respects the independence of the bank."

Hanna Lindqvist, chief economist at Kestrel Bank, said the message was more hawkish than markets had priced.

"She shut the door on a January move pretty firmly," Lindqvist said. "Our base case is now April, with a real risk that slips to June."

One person familiar with the board's discussions said two of the five members had argued for signaling a cut more clearly but were persuaded to leave the statement's wording unchanged.

The krona rose 0.4 percent against the euro after the announcement. All 19 economists in a Norland Financial Wire poll last week had expected no change.

(Reporting by Ola Brekke; Editing by Siri Naess)
""", [
    ("not before spring", D, "Ingrid Solvang-Meyer", P, "Solvang-Meyer", "says", None),
    ("borrowers should not expect relief before the spring", I, "Ingrid Solvang-Meyer", P, "Governor Ingrid Solvang-Meyer", "said", None),
    ("We are not there yet,", D, "Ingrid Solvang-Meyer", P, "Solvang-Meyer", "told", "news conference"),
    ("Inflation has come down a long way, but the last stretch is always the hardest, and we are not going to declare victory early only to reverse course six months later.",
     D, "Ingrid Solvang-Meyer", P, "Solvang-Meyer", "told", "news conference"),
    ("The decision was unanimous", I, "Bank of Norland", O, "the bank", "said", "statement"),
    ("uncomfortably high", D, "Bank of Norland", O, "the bank", "adding", "statement"),
    ("It was discussed. I won't pretend it wasn't. But the board's view is that the cost of waiting is smaller than the cost of being wrong.",
     D, "Ingrid Solvang-Meyer", P, "the governor", "said", "news conference"),
    ("the bank's new forecasts pointed to a first cut in the second quarter of next year, later than the path it published in August",
     I, "Ingrid Solvang-Meyer", P, "She", "said", "news conference"),
    ("I have said many things. Calling it 'temporary' was not my finest moment.", D, "Ingrid Solvang-Meyer", P, "Solvang-Meyer", None, "news conference"),
    ("fully respects the independence of the bank.", D, "Tomas Berglund", P, "he", "said", "statement"),
    ("the message was more hawkish than markets had priced", I, "Hanna Lindqvist", P, "Hanna Lindqvist", "said", None),
    ("She shut the door on a January move pretty firmly,", D, "Hanna Lindqvist", P, "Lindqvist", "said", None),
    ("Our base case is now April, with a real risk that slips to June.", D, "Hanna Lindqvist", P, "Lindqvist", "said", None),
    ("two of the five members had argued for signaling a cut more clearly but were persuaded to leave the statement's wording unchanged",
     I, None, A, "One person familiar with the board's discussions", "said", None),
], people=[
    ("Ingrid Solvang-Meyer", ["Solvang-Meyer", "Governor Ingrid Solvang-Meyer", "the governor"]),
    ("Tomas Berglund", ["Finance Minister Tomas Berglund"]),
    ("Hanna Lindqvist", ["Lindqvist"]),
    ("Ola Brekke", []),
    ("Siri Naess", []),
], orgs=[
    ("Bank of Norland", ["The Bank of Norland", "the bank"]),
    ("Kestrel Bank", []),
    ("Norland Financial Wire", []),
])

# ---------------------------------------------------------------- news 2: wildfire evacuation, officials and residents
art("fr-news-redcliff-fire", "Tamarack Valley Record", "2026-09-15T21:10:00-07:00", """
Thousands flee as Redcliff Fire jumps highway; sheriff says ‘leave now, not later’

PINEHOLLOW — More than 6,000 residents of eastern Tamarack County were ordered to evacuate Tuesday as the Redcliff Fire jumped State Route 18 and pushed toward the foothill communities of Pinehollow and Dry Creek.

The fire had burned about 11,400 acres by Tuesday evening and was 5 percent contained, according to the Tamarack County Fire Authority. No deaths had been reported, but at least 30 homes and outbuildings had been destroyed.

“This fire is moving faster than any model we ran this morning,” Fire Chief Dana Whitlock said at an afternoon briefing at the Pinehollow fairgrounds. “When the wind turned at about 1 p.m., it went from a problem to an emergency in twenty minutes.”

Whitlock warned that crews would not be able to fly water-dropping aircraft until the wind eased. Forecasters expect the dry, gusty “sundowner” winds to continue into Wednesday night.

Sheriff Ray Castellanos was blunter.

“If you are in the warning zone, leave now, not later,” he said. “My deputies are knocking on doors, but we can’t carry you out. We will not be coming back for people who decided to wait and see.”

Castellanos said deputies had arrested two men suspected of looting empty homes in Dry Creek but declined to release their names.

At Tamarack High School, where the county opened an evacuation center in the gym, dozens of cots were lined up beneath the basketball hoops by nightfall.

Gloria Pettibone, 78, has lived in the same house on Larkspur Lane for 51 years. She described the moment a deputy came to her door:

“He was very polite. He said, ‘Ma’am, you have ten minutes,’ and I said, ‘Ten minutes for fifty-one years?’ I took the cat, my husband’s ashes and my pills. I forgot my glasses. Isn’t that funny? I forgot my glasses.”

“Every fall we do this,” said Nadia Farrokh, who fled Dry Creek with her two children. “The kids know the drill better than they know the fire drills at school.”

Not everyone left. A man who stayed behind to defend his property on Ridgeback Road, and who would not give his name, spoke to a reporter by phone. “I’ve cleared the brush, I’ve got a pump in the pool, and I’ve got more water than the fire trucks do,” he said.

Sierra Ridge Power said it had cut electricity to about 14,000 customers as a precaution. In a statement, the utility said it was “aware of reports” that a downed power line may have started the fire.
""", [
    ("leave now, not later", D, "Ray Castellanos", P, "sheriff", "says", None, 0),
    ("The fire had burned about 11,400 acres by Tuesday evening and was 5 percent contained", I, "Tamarack County Fire Authority", O,
     "the Tamarack County Fire Authority", "according to", None),
    ("This fire is moving faster than any model we ran this morning,", D, "Dana Whitlock", P, "Fire Chief Dana Whitlock", "said", "briefing"),
    ("When the wind turned at about 1 p.m., it went from a problem to an emergency in twenty minutes.", D, "Dana Whitlock", P,
     "Fire Chief Dana Whitlock", "said", "briefing"),
    ("crews would not be able to fly water-dropping aircraft until the wind eased", I, "Dana Whitlock", P, "Whitlock", "warned", "briefing"),
    ("If you are in the warning zone, leave now, not later,", D, "Ray Castellanos", P, "he", "said", None),
    ("My deputies are knocking on doors, but we can’t carry you out. We will not be coming back for people who decided to wait and see.",
     D, "Ray Castellanos", P, "he", "said", None),
    ("deputies had arrested two men suspected of looting empty homes in Dry Creek", I, "Ray Castellanos", P, "Castellanos", "said", None),
    ("He was very polite. He said, ‘Ma’am, you have ten minutes,’ and I said, ‘Ten minutes for fifty-one years?’ I took the cat, my husband’s ashes and my pills. I forgot my glasses. Isn’t that funny? I forgot my glasses.",
     D, "Gloria Pettibone", P, "She", "described", None),
    ("Every fall we do this,", D, "Nadia Farrokh", P, "Nadia Farrokh", "said", None),
    ("The kids know the drill better than they know the fire drills at school.", D, "Nadia Farrokh", P, "Nadia Farrokh", "said", None),
    ("I’ve cleared the brush, I’ve got a pump in the pool, and I’ve got more water than the fire trucks do,", D, None, A, "he", "said", None),
    ("it had cut electricity to about 14,000 customers as a precaution", I, "Sierra Ridge Power", O, "Sierra Ridge Power", "said", None),
    ("aware of reports", D, "Sierra Ridge Power", O, "the utility", "said", "statement"),
], people=[
    ("Dana Whitlock", ["Fire Chief Dana Whitlock", "Whitlock"]),
    ("Ray Castellanos", ["Sheriff Ray Castellanos", "Castellanos", "sheriff"]),
    ("Gloria Pettibone", []),
    ("Nadia Farrokh", []),
], orgs=[
    ("Tamarack County Fire Authority", ["the Tamarack County Fire Authority"]),
    ("Sierra Ridge Power", ["the utility"]),
])

# ---------------------------------------------------------------- news 3: campus sit-in, a student leader, the dean, campus police
art("fr-news-campus-sitin", "Harwell Herald", "2026-11-19T20:00:00-05:00", """
Harwell dean orders students to end ‘Tent Quad’ sit-in by Friday

Harwell University’s dean of students on Wednesday gave protesters camped on the main quad until 6 p.m. Friday to take down their tents, setting up a possible confrontation over a housing sit-in now in its third week.

The encampment — nicknamed the “Tent Quad” by its residents — began on Nov. 3, days after the university announced a 14 percent increase in dormitory fees for next year.

In an email to all students, Dean of Students Philippa Crane wrote that the administration had “shown patience for seventeen days” but that the encampment now violated the fire code and the university’s Campus Expression Policy.

“We have listened, and we will keep listening,” she wrote. “But we cannot allow a fire lane to be blocked by forty tents, and we will not.”

Leila Haddad-Brown, a third-year sociology student and lead organizer with Harwell Students for Fair Housing, said the group would not leave until administrators agreed to freeze fees.

“Dr. Crane talks about fire lanes,” Haddad-Brown told about 300 people at a rally on the quad Wednesday evening, speaking through a megaphone. “We’re talking about students sleeping in their cars. Which one of those sounds like an emergency to you?”

She accused the administration of “negotiating through press releases” and said organizers had asked for a meeting with President Gordon Ashby-Vale three times without a reply.

A university spokesperson said Ashby-Vale’s office had offered the students a meeting with the vice president for finance, which they turned down.

Campus Police Chief Owen Mbatha said his officers had no interest in a confrontation.

“Our first job is everybody’s safety, including the students in those tents,” Mbatha told the Herald. “If it comes to Friday evening, we’ll have a conversation first. Arrests are the last thing anybody wants.”

One first-year student who has slept in the encampment for a week, and who asked not to be named because she feared disciplinary action, said: “My mom thinks I’m crazy. My mom also can’t afford the fees.”

The faculty senate is expected to debate a motion supporting the students on Thursday.
""", [
    ("shown patience for seventeen days", D, "Philippa Crane", P, "Dean of Students Philippa Crane", "wrote", "email to students"),
    ("the encampment now violated the fire code and the university’s Campus Expression Policy", I, "Philippa Crane", P,
     "Dean of Students Philippa Crane", "wrote", "email to students"),
    ("We have listened, and we will keep listening,", D, "Philippa Crane", P, "she", "wrote", "email to students"),
    ("But we cannot allow a fire lane to be blocked by forty tents, and we will not.", D, "Philippa Crane", P, "she", "wrote", "email to students"),
    ("the group would not leave until administrators agreed to freeze fees", I, "Leila Haddad-Brown", P, "Leila Haddad-Brown", "said", None),
    ("Dr. Crane talks about fire lanes,", D, "Leila Haddad-Brown", P, "Haddad-Brown", "told", "rally"),
    ("We’re talking about students sleeping in their cars. Which one of those sounds like an emergency to you?", D, "Leila Haddad-Brown", P,
     "Haddad-Brown", "told", "rally"),
    ("negotiating through press releases", D, "Leila Haddad-Brown", P, "She", "accused", None),
    ("organizers had asked for a meeting with President Gordon Ashby-Vale three times without a reply", I, "Leila Haddad-Brown", P, "She", "said", None),
    ("Ashby-Vale’s office had offered the students a meeting with the vice president for finance, which they turned down", I,
     "Harwell University", O, "A university spokesperson", "said", None),
    ("his officers had no interest in a confrontation", I, "Owen Mbatha", P, "Campus Police Chief Owen Mbatha", "said", None),
    ("Our first job is everybody’s safety, including the students in those tents,", D, "Owen Mbatha", P, "Mbatha", "told", None),
    ("If it comes to Friday evening, we’ll have a conversation first. Arrests are the last thing anybody wants.", D, "Owen Mbatha", P, "Mbatha", "told", None),
    ("My mom thinks I’m crazy. My mom also can’t afford the fees.", D, None, A, "One first-year student", "said", None),
], people=[
    ("Philippa Crane", ["Dean of Students Philippa Crane", "Dr. Crane"]),
    ("Leila Haddad-Brown", ["Haddad-Brown"]),
    ("Gordon Ashby-Vale", ["President Gordon Ashby-Vale", "Ashby-Vale"]),
    ("Owen Mbatha", ["Campus Police Chief Owen Mbatha", "Mbatha"]),
], orgs=[
    ("Harwell University", ["the university"]),
    ("Harwell Students for Fair Housing", []),
    ("Harwell Herald", ["the Herald"]),
])

# ---------------------------------------------------------------- news 4: rail strike, union leader and minister, British single quotes
art("fr-news-rail-strike", "The Northern Standard", "2026-11-21T22:30:00+00:00", """
Rail strike ‘will go ahead’ after talks collapse, union warns

A 48-hour strike by train drivers and signalling staff across the north of England will go ahead from Monday after last-ditch talks between the Transport and Signal Workers’ Union and the government broke down without agreement.

The TSWU said in a statement on Thursday night that the walkout ‘will go ahead as planned’ and accused ministers of ‘walking away from the table’ while its negotiators were still in the building.

Declan Mulcahy, the union’s general secretary, said members had been left with ‘no choice’.

‘We went in with a serious offer on rosters and came out with nothing,’ he told reporters outside the Department for Transport. ‘The Secretary of State wants a headline about militant unions. She can have her headline. Our members want a pay rise that keeps up with their rent.’

Transport Secretary Rosalind Ashcombe insisted the government’s offer of 4.5 per cent over two years was fair and affordable, and said the union had rejected it without putting it to members.

Speaking on Radio Northway’s breakfast programme on Friday, she said: ‘I have been very clear with Mr Mulcahy: there is money on the table, but it comes with reform. Passengers in the north have been told “the trains are coming” for twenty years. I want them to actually turn up.’

A senior government source said the Treasury would not sign off on anything above 5 per cent. ‘There is no more money. Declan knows that,’ the source said.

Northline Rail, which runs most services in the affected area, said it expected to run no more than one in five trains on both days. A Northline Rail spokesman said: ‘We are deeply sorry for the disruption. Please check before you travel.’

At Leeds station on Friday morning, commuters were weary. ‘It’s the third one this year. I support the drivers, honestly, but I just wish someone would sort it out,’ said Tom Bellweather, 44, a physiotherapist who commutes from Harrogate.

The last strike on the network, in September, cost the regional economy an estimated £40 million, according to the Northern Chambers of Commerce.
""", [
    ("will go ahead", D, "Transport and Signal Workers’ Union", O, "union", "warns", None, 0),
    ("will go ahead as planned", D, "Transport and Signal Workers’ Union", O, "The TSWU", "said", "statement"),
    ("walking away from the table", D, "Transport and Signal Workers’ Union", O, "The TSWU", "accused", "statement"),
    ("no choice", D, "Declan Mulcahy", P, "Declan Mulcahy", "said", None),
    ("We went in with a serious offer on rosters and came out with nothing,", D, "Declan Mulcahy", P, "he", "told", None),
    ("The Secretary of State wants a headline about militant unions. She can have her headline. Our members want a pay rise that keeps up with their rent.",
     D, "Declan Mulcahy", P, "he", "told", None),
    ("the government’s offer of 4.5 per cent over two years was fair and affordable", I, "Rosalind Ashcombe", P,
     "Transport Secretary Rosalind Ashcombe", "insisted", None),
    ("the union had rejected it without putting it to members", I, "Rosalind Ashcombe", P, "Transport Secretary Rosalind Ashcombe", "said", None),
    ("I have been very clear with Mr Mulcahy: there is money on the table, but it comes with reform. Passengers in the north have been told “the trains are coming” for twenty years. I want them to actually turn up.",
     D, "Rosalind Ashcombe", P, "she", "said", "Radio Northway"),
    ("the Treasury would not sign off on anything above 5 per cent", I, None, A, "A senior government source", "said", None),
    ("There is no more money. Declan knows that,", D, None, A, "the source", "said", None),
    ("it expected to run no more than one in five trains on both days", I, "Northline Rail", O, "Northline Rail", "said", None),
    ("We are deeply sorry for the disruption. Please check before you travel.", D, "Northline Rail", O, "A Northline Rail spokesman", "said", None),
    ("It’s the third one this year. I support the drivers, honestly, but I just wish someone would sort it out,", D, "Tom Bellweather", P,
     "Tom Bellweather", "said", None),
    ("The last strike on the network, in September, cost the regional economy an estimated £40 million", I, "Northern Chambers of Commerce", O,
     "the Northern Chambers of Commerce", "according to", None),
], people=[
    ("Declan Mulcahy", ["Mr Mulcahy", "Declan"]),
    ("Rosalind Ashcombe", ["Transport Secretary Rosalind Ashcombe", "The Secretary of State"]),
    ("Tom Bellweather", []),
], orgs=[
    ("Transport and Signal Workers’ Union", ["TSWU", "The TSWU"]),
    ("Northline Rail", []),
    ("Department for Transport", []),
    ("Radio Northway", []),
    ("Northern Chambers of Commerce", ["the Northern Chambers of Commerce"]),
])

# ---------------------------------------------------------------- news 5: tech layoffs, a leaked memo quoted at length, anonymous employees
art("fr-news-lumenstack-layoffs", "The Circuit Desk", "2026-11-18T11:25:00-08:00", """
Lumenstack to cut 1,800 jobs as CEO tells staff the company ‘grew too fast’

Lumenstack, the San Francisco-based maker of workplace analytics software, will lay off about 1,800 employees, or roughly 22 percent of its workforce, according to an internal memo sent by chief executive Hugo Brennecke on Tuesday morning and viewed by The Circuit Desk.

In the memo, which runs to more than 1,200 words, Brennecke wrote:

“I want to start with the hardest part, because you deserve to hear it plainly. Today we are saying goodbye to about 1,800 colleagues. If you are one of them, you will receive an email from People Operations within the hour. This is not a reflection of your work. It is a reflection of mine.

“Over the last three years we hired as if pandemic-era demand for our products would last forever. It didn’t. I made that bet, I was wrong, and I own it. We grew too fast, and we built teams around projects our customers were not asking for.”

The memo folds the company’s consumer division, known internally as “Tideline,” into its enterprise business, and closes two of its five offices.

“Nobody in this memo is a line item,” Brennecke wrote near the end. “Every name on that list has a manager who fought for them. I know, because I read the emails.”

Departing employees will receive 16 weeks of base pay plus two weeks for every year of service, the memo said.

Employees described a chaotic morning. One engineer on the consumer team, who spoke on condition of anonymity because her separation agreement was still under review, described the moment her laptop locked.

“I was on the part about how it wasn’t a reflection of our work, and then my screen went grey,” she said. “So I guess I got the short version.”

Another employee, a product manager who has been at Lumenstack for six years, said the cuts had been rumored for weeks on the anonymous workplace app Backchannel, where one post on Monday night read simply: “Pack your desk plants.”

A Lumenstack spokesperson declined to comment beyond the memo but said the company remained “profitable on an adjusted basis and well capitalized.”

Rohan Iyer, an analyst at Castlepoint Research, said the cuts were deeper than he had expected but not surprising. “Lumenstack hired like a consumer company and sells like an enterprise company. Something had to give,” Iyer said.

Brennecke told employees on an all-hands video call later Tuesday that he would take no salary for the rest of the fiscal year, according to two people who attended.
""", [
    ("grew too fast", D, "Hugo Brennecke", P, "CEO", "tells", "internal memo", 0),
    ("Lumenstack, the San Francisco-based maker of workplace analytics software, will lay off about 1,800 employees, or roughly 22 percent of its workforce",
     I, "Hugo Brennecke", P, "chief executive Hugo Brennecke", "according to", "internal memo"),
    ("I want to start with the hardest part, because you deserve to hear it plainly. Today we are saying goodbye to about 1,800 colleagues. If you are one of them, you will receive an email from People Operations within the hour. This is not a reflection of your work. It is a reflection of mine.\n\n“Over the last three years we hired as if pandemic-era demand for our products would last forever. It didn’t. I made that bet, I was wrong, and I own it. We grew too fast, and we built teams around projects our customers were not asking for.",
     D, "Hugo Brennecke", P, "Brennecke", "wrote", "internal memo"),
    ("Nobody in this memo is a line item,", D, "Hugo Brennecke", P, "Brennecke", "wrote", "internal memo"),
    ("Every name on that list has a manager who fought for them. I know, because I read the emails.", D, "Hugo Brennecke", P, "Brennecke", "wrote", "internal memo"),
    ("Departing employees will receive 16 weeks of base pay plus two weeks for every year of service", I, "Hugo Brennecke", P, "the memo", "said", "internal memo"),
    ("I was on the part about how it wasn’t a reflection of our work, and then my screen went grey,", D, None, A, "she", "said", None),
    ("So I guess I got the short version.", D, None, A, "she", "said", None),
    ("the cuts had been rumored for weeks on the anonymous workplace app Backchannel", I, None, A, "Another employee", "said", None),
    ("Pack your desk plants.", D, None, A, "one post", "read", "Backchannel post"),
    ("profitable on an adjusted basis and well capitalized.", D, "Lumenstack", O, "A Lumenstack spokesperson", "said", None),
    ("the cuts were deeper than he had expected but not surprising", I, "Rohan Iyer", P, "Rohan Iyer", "said", None),
    ("Lumenstack hired like a consumer company and sells like an enterprise company. Something had to give,", D, "Rohan Iyer", P, "Iyer", "said", None),
    ("he would take no salary for the rest of the fiscal year", I, "Hugo Brennecke", P, "Brennecke", "told", "all-hands video call"),
], people=[
    ("Hugo Brennecke", ["chief executive Hugo Brennecke", "Brennecke", "CEO"]),
    ("Rohan Iyer", ["Iyer"]),
], orgs=[
    ("Lumenstack", []),
    ("Castlepoint Research", []),
    ("Backchannel", []),
    ("The Circuit Desk", []),
])


if __name__ == "__main__":
    gold.main()
