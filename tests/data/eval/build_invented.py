"""Build invented.gold.jsonl from the invented articles below (all text written by us).

Quotes are given as (substring, kind, speaker, speaker_kind, mention, cue, channel[, occurrence]);
offsets are computed and checked by builder.py. Run: python tests/data/eval/build_invented.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from builder import A, D, I, O, P, U, GoldSet  # noqa: E402

# Written before the checks were tightened: two unnamed organisations are speaker None with
# speaker_kind "organization" (later sets use "anonymous" for them).
gold = GoldSet(Path(__file__).with_name("invented.gold.jsonl"), skip=["speaker_null_iff_anonymous"])
art = gold.art

# ---------------------------------------------------------------- celebrity 1
art("inv-celeb-dex-malloy", "Glitterwire", "2026-03-11T09:12:00Z", """
Dex Malloy Slams Ex Carys Wen For ‘Rewriting History’ In Since-Deleted Rant

Dex Malloy is not letting the breakup narrative go without a fight.

The 29-year-old rapper took to X on Tuesday night to respond to Carys Wen’s new single “Paper Crowns,” which fans have been reading as a thinly veiled jab at their 2024 split. In a series of posts he has since deleted, the Brooklyn native accused his ex-girlfriend of “rewriting history for streams.”

Related: Carys Wen Opens Up About Moving On After Public Breakup!

He wrote:

“I stayed quiet for a year. I let people say whatever they wanted. But I’m not about to let a song tell my story for me. We both made mistakes, and only one of us is pretending otherwise.”

The Grammy nominee didn’t stop there. D-Mal went on to claim that the pair had agreed never to discuss the relationship publicly, adding that he felt “blindsided” by the lyrics. He continued:

“I wish her nothing but success. I just wish she’d be honest about it.”

A source close to Wen told Glimmer Weekly that the singer “isn’t going to dignify any of this with a response.” The insider added:

“She wrote that song two years ago. It’s not about one person, and she’s genuinely surprised he thinks it’s about him.”

A rep for Wen said in a statement that the 26-year-old is “focused on her tour and her fans.”

Fans, for their part, are split. Whose side are you on, Glitterwire readers? Sound OFF in the comments!

[Image via Dex Malloy/Instagram, MEGA]

The post Dex Malloy Slams Ex Carys Wen For 'Rewriting History' In Since-Deleted Rant appeared first on Glitterwire.
""", [
    ("Rewriting History", D, "Dex Malloy", P, "Dex Malloy", "Slams", "X post (since deleted)", 0),
    ("rewriting history for streams.", D, "Dex Malloy", P, "the Brooklyn native", "accused", "X post (since deleted)"),
    ("I stayed quiet for a year. I let people say whatever they wanted. But I’m not about to let a song tell my story for me. We both made mistakes, and only one of us is pretending otherwise.", D, "Dex Malloy", P, "He", "wrote", "X post (since deleted)"),
    ("the pair had agreed never to discuss the relationship publicly", I, "Dex Malloy", P, "D-Mal", "went on to claim", "X post (since deleted)"),
    ("blindsided", D, "Dex Malloy", P, "D-Mal", "adding", "X post (since deleted)"),
    ("I wish her nothing but success. I just wish she’d be honest about it.", D, "Dex Malloy", P, "He", "continued", "X post (since deleted)"),
    ("isn’t going to dignify any of this with a response.", D, None, A, "A source close to Wen", "told", "Glimmer Weekly"),
    ("She wrote that song two years ago. It’s not about one person, and she’s genuinely surprised he thinks it’s about him.", D, None, A, "The insider", "added", "Glimmer Weekly"),
    ("focused on her tour and her fans.", D, None, A, "A rep for Wen", "said", "statement"),
], [
    ("Dex Malloy", ["Dex", "Malloy", "D-Mal", "The 29-year-old rapper", "the Brooklyn native", "The Grammy nominee"]),
    ("Carys Wen", ["Wen", "the singer", "the 26-year-old", "his ex-girlfriend"]),
], [("Dex Malloy", "ex_partner", "Carys Wen", "his ex-girlfriend")], [
    ("related_link", "Related: Carys Wen Opens Up About Moving On After Public Breakup!"),
    ("reader_prompt", "Whose side are you on, Glitterwire readers? Sound OFF in the comments!"),
    ("image_credit", "[Image via Dex Malloy/Instagram, MEGA]"),
    ("syndication_footer", "The post Dex Malloy Slams Ex Carys Wen For 'Rewriting History' In Since-Deleted Rant appeared first on Glitterwire."),
])

# ---------------------------------------------------------------- celebrity 2
art("inv-celeb-juniper-hale", "StarBeat Daily", "2026-04-02T15:40:00Z", """
Juniper Hale Says Fiancé Theo Brandt Is ‘The Calmest Person I’ve Ever Met’

Juniper Hale is gushing over her leading man.

The Oscar winner, 34, got candid about her engagement to chef Theo Brandt during an appearance on the Late Bloomers podcast released Thursday.

“He’s the calmest person I’ve ever met,” the Harbor Lights actress said. “When everything on set is on fire, he’ll text me, ‘Did you eat lunch?’ and somehow that fixes it.”

Hale, who announced the engagement in March, explained that the couple are in “no rush at all” to set a date.

“We want a small thing. Family, a few friends, a very good cake,” she shared, before joking, “Theo will probably insist on baking it himself.”

Brandt, 37, has been equally smitten. In an Instagram post celebrating her birthday last month, he called Hale “the funniest, bravest woman in any room.”

A source told StarBeat that the pair are eyeing a late-autumn ceremony in Hale’s hometown of Millbrook, Oregon. “They keep going back and forth, but Juniper really wants it outdoors,” the insider said.

The actress also addressed rumors that she is stepping back from acting. She told host Priya Sandoval she has “two films I’m dying to make” and isn’t going anywhere.

Hale’s rep did not immediately respond to a request for comment.

The post Juniper Hale Says Fiancé Theo Brandt Is ‘The Calmest Person I’ve Ever Met’ appeared first on StarBeat Daily.
""", [
    ("The Calmest Person I’ve Ever Met", D, "Juniper Hale", P, "Juniper Hale", "Says", "Late Bloomers podcast", 0),
    ("He’s the calmest person I’ve ever met,", D, "Juniper Hale", P, "the Harbor Lights actress", "said", "Late Bloomers podcast"),
    ("When everything on set is on fire, he’ll text me, ‘Did you eat lunch?’ and somehow that fixes it.", D, "Juniper Hale", P, "the Harbor Lights actress", "said", "Late Bloomers podcast"),
    ("no rush at all", D, "Juniper Hale", P, "Hale", "explained", "Late Bloomers podcast"),
    ("We want a small thing. Family, a few friends, a very good cake,", D, "Juniper Hale", P, "she", "shared", "Late Bloomers podcast"),
    ("Theo will probably insist on baking it himself.", D, "Juniper Hale", P, "she", "joking", "Late Bloomers podcast"),
    ("the funniest, bravest woman in any room.", D, "Theo Brandt", P, "he", "called", "Instagram post"),
    ("the pair are eyeing a late-autumn ceremony in Hale’s hometown of Millbrook, Oregon", I, None, A, "A source", "told", "StarBeat"),
    ("They keep going back and forth, but Juniper really wants it outdoors,", D, None, A, "the insider", "said", "StarBeat"),
    ("two films I’m dying to make", D, "Juniper Hale", P, "She", "told", "Late Bloomers podcast"),
], [
    ("Juniper Hale", ["Juniper", "Hale", "The Oscar winner", "the Harbor Lights actress", "The actress"]),
    ("Theo Brandt", ["Theo", "Brandt", "chef Theo Brandt", "Fiancé Theo Brandt"]),
    ("Priya Sandoval", ["host Priya Sandoval"]),
], [("Juniper Hale", "partner", "Theo Brandt", "her engagement to chef Theo Brandt")], [
    ("syndication_footer", "The post Juniper Hale Says Fiancé Theo Brandt Is ‘The Calmest Person I’ve Ever Met’ appeared first on StarBeat Daily."),
])

# ---------------------------------------------------------------- celebrity 3
art("inv-celeb-brielle-okoro", "Daily Glow", "2026-05-18T12:05:00Z", """
‘I’m Done Being Polite’: Sunset Villas Star Brielle Okoro Fires Back At Castmate

Brielle Okoro has had enough.

The Sunset Villas star, 41, blasted co-star Marcus “Big Mac” Delaney in an Instagram Story on Sunday after he suggested on the show’s reunion that she had staged a fight for the cameras.

“I’m done being polite. For three seasons I’ve kept my mouth shut while this man lies about me on national television,” Okoro wrote over a black background. “Receipts are coming.”

Delaney, for his part, doubled down. Speaking to reporters outside a Los Angeles restaurant on Monday, the reality star said he stands “by every word.”

“She knows what happened. Everybody on that crew knows what happened,” he said.

Okoro’s husband, former NFL lineman Curtis Okoro, also jumped in. He commented under his wife’s post: “Proud of you, babe. Say less.”

Sources close to production tell Daily Glow the network is “monitoring the situation” but has no plans to recast either star.

Last month, the mom of two told fans that filming the new season had been “the hardest thing I’ve ever done,” revealing she’d considered quitting.

MORE: Sunset Villas Season 4 Trailer Teases Explosive Reunion
""", [
    ("I’m Done Being Polite", D, "Brielle Okoro", P, "Sunset Villas Star Brielle Okoro", "Fires Back", "Instagram Story"),
    ("she had staged a fight for the cameras", I, "Marcus Delaney", P, "he", "suggested", "Sunset Villas reunion"),
    ("I’m done being polite. For three seasons I’ve kept my mouth shut while this man lies about me on national television,", D, "Brielle Okoro", P, "Okoro", "wrote", "Instagram Story"),
    ("Receipts are coming.", D, "Brielle Okoro", P, "Okoro", "wrote", "Instagram Story"),
    ("by every word.", D, "Marcus Delaney", P, "the reality star", "said", None),
    ("She knows what happened. Everybody on that crew knows what happened,", D, "Marcus Delaney", P, "he", "said", None),
    ("Proud of you, babe. Say less.", D, "Curtis Okoro", P, "He", "commented", "Instagram comment"),
    ("monitoring the situation", D, None, A, "Sources close to production", "tell", "Daily Glow"),
    ("the hardest thing I’ve ever done,", D, "Brielle Okoro", P, "the mom of two", "told", None),
    ("she’d considered quitting", I, "Brielle Okoro", P, "the mom of two", "revealing", None),
], [
    ("Brielle Okoro", ["Brielle", "Okoro", "The Sunset Villas star", "Sunset Villas Star Brielle Okoro", "the mom of two", "his wife"]),
    ("Marcus Delaney", ["Marcus “Big Mac” Delaney", "Big Mac", "Delaney", "the reality star"]),
    ("Curtis Okoro", ["Curtis Okoro", "former NFL lineman Curtis Okoro", "Okoro’s husband"]),
], [("Curtis Okoro", "spouse", "Brielle Okoro", "Okoro’s husband, former NFL lineman Curtis Okoro")], [
    ("related_link", "MORE: Sunset Villas Season 4 Trailer Teases Explosive Reunion"),
])

# ---------------------------------------------------------------- celebrity 4
art("inv-celeb-tallulah-vance", "Glitterwire", "2026-09-05T18:30:00Z", """
Tallulah Vance Cancels Fall Tour: ‘My Body Said Stop’

Tallulah Vance is putting her health first.

The Grammy winner announced on Friday that she is canceling the remaining 14 dates of her Wildflower Tour after being diagnosed with a vocal cord hemorrhage.

“I have spent the last month pretending I was fine,” the 31-year-old wrote in a lengthy Instagram caption. “My body said stop, and for once I’m going to listen.”

She went on:

“To everyone who bought a ticket, drove hours, made signs — I see you and I’m so sorry. Refunds will be available at point of purchase. This isn’t goodbye. It’s ‘see you soon.’”

“I’ll be back stronger, I promise.”

A rep for the singer-songwriter confirmed the news in a statement to Glimmer Weekly, saying Vance is “under the care of a specialist and expected to make a full recovery.”

Fellow musician and longtime pal Odessa Lark was among the first to send support. “Rest that golden voice, Lu,” she commented, adding a string of heart emojis.

Vance’s father, country legend Hollis Vance, told a radio station in Nashville that his daughter “works harder than anyone I know” and that the family would make sure she rests.

The news comes just weeks after Vance performed her hit “Lanterns” at the Crescent Awards, where she took home Song of the Year.

Posted in Music | Tagged Tallulah Vance, Wildflower Tour
""", [
    ("My Body Said Stop", D, "Tallulah Vance", P, "Tallulah Vance", None, "Instagram post"),
    ("she is canceling the remaining 14 dates of her Wildflower Tour after being diagnosed with a vocal cord hemorrhage", I, "Tallulah Vance", P, "The Grammy winner", "announced", "Instagram post"),
    ("I have spent the last month pretending I was fine,", D, "Tallulah Vance", P, "the 31-year-old", "wrote", "Instagram post"),
    ("My body said stop, and for once I’m going to listen.", D, "Tallulah Vance", P, "the 31-year-old", "wrote", "Instagram post"),
    ("To everyone who bought a ticket, drove hours, made signs — I see you and I’m so sorry. Refunds will be available at point of purchase. This isn’t goodbye. It’s ‘see you soon.’", D, "Tallulah Vance", P, "She", "went on", "Instagram post"),
    ("I’ll be back stronger, I promise.", D, "Tallulah Vance", P, "She", "went on", "Instagram post"),
    ("under the care of a specialist and expected to make a full recovery.", D, None, A, "A rep for the singer-songwriter", "saying", "statement to Glimmer Weekly"),
    ("Rest that golden voice, Lu,", D, "Odessa Lark", P, "she", "commented", "Instagram comment"),
    ("works harder than anyone I know", D, "Hollis Vance", P, "Vance’s father, country legend Hollis Vance", "told", "radio interview"),
    ("the family would make sure she rests", I, "Hollis Vance", P, "Vance’s father, country legend Hollis Vance", "told", "radio interview"),
], [
    ("Tallulah Vance", ["Tallulah", "Vance", "The Grammy winner", "the 31-year-old", "the singer-songwriter", "Lu", "his daughter"]),
    ("Odessa Lark", ["Fellow musician and longtime pal Odessa Lark"]),
    ("Hollis Vance", ["country legend Hollis Vance", "Vance’s father"]),
], [("Hollis Vance", "parent_of", "Tallulah Vance", "Vance’s father, country legend Hollis Vance")], [
    ("other", "Posted in Music | Tagged Tallulah Vance, Wildflower Tour"),
])

# ---------------------------------------------------------------- celebrity 5
art("inv-celeb-rory-finnegan", "CelebSnap", "2026-06-25T08:00:00Z", """
Comedian Rory Finnegan Addresses Divorce Rumors: ‘We’re Fine, Guys’

Rory Finnegan wants everyone to calm down.

The stand-up comic, 45, addressed speculation about his marriage to producer Helene Marchetti on the latest episode of his podcast Couch Logic, which dropped Wednesday.

“Look, we’re fine, guys. We had one argument in a parking lot and apparently that’s a divorce now,” Finnegan told listeners. “Somebody filmed it, somebody posted it, and suddenly my mother is calling me crying.”

The Emmy winner explained that the viral clip was just the two of them “arguing about whose turn it was to drive.”

But not everyone is convinced. An insider told VISTA:

“Things have been tense for months. They’re trying to keep it together for the kids, but friends are worried.”

Another source disputed that account, insisting the pair are “as solid as ever.”

Marchetti herself has stayed quiet, though she did post a cryptic message on her Instagram Story Thursday: “Not everything you see is the whole picture.”

The couple, who wed in 2015, share two daughters, Nola and Bea.

Finnegan joked at the end of the episode that he would be “sleeping on the couch regardless.”

Want more celebrity news? Sign up for our newsletter!
""", [
    ("We’re Fine, Guys", D, "Rory Finnegan", P, "Comedian Rory Finnegan", "Addresses", "Couch Logic podcast"),
    ("Look, we’re fine, guys. We had one argument in a parking lot and apparently that’s a divorce now,", D, "Rory Finnegan", P, "Finnegan", "told", "Couch Logic podcast"),
    ("Somebody filmed it, somebody posted it, and suddenly my mother is calling me crying.", D, "Rory Finnegan", P, "Finnegan", "told", "Couch Logic podcast"),
    ("arguing about whose turn it was to drive.", D, "Rory Finnegan", P, "The Emmy winner", "explained", "Couch Logic podcast"),
    ("Things have been tense for months. They’re trying to keep it together for the kids, but friends are worried.", D, None, A, "An insider", "told", "VISTA"),
    ("as solid as ever.", D, None, A, "Another source", "insisting", None),
    ("Not everything you see is the whole picture.", D, "Helene Marchetti", P, "she", "post", "Instagram Story"),
    ("sleeping on the couch regardless.", D, "Rory Finnegan", P, "Finnegan", "joked", "Couch Logic podcast"),
], [
    ("Rory Finnegan", ["Rory", "Finnegan", "Comedian Rory Finnegan", "The stand-up comic", "The Emmy winner"]),
    ("Helene Marchetti", ["Marchetti", "producer Helene Marchetti"]),
    ("Nola", []), ("Bea", []),
], [
    ("Rory Finnegan", "spouse", "Helene Marchetti", "his marriage to producer Helene Marchetti"),
    ("Rory Finnegan", "parent_of", "Nola", "share two daughters, Nola and Bea"),
    ("Rory Finnegan", "parent_of", "Bea", "share two daughters, Nola and Bea"),
    ("Helene Marchetti", "parent_of", "Nola", "share two daughters, Nola and Bea"),
    ("Helene Marchetti", "parent_of", "Bea", "share two daughters, Nola and Bea"),
], [
    ("reader_prompt", "Want more celebrity news? Sign up for our newsletter!"),
])

# ---------------------------------------------------------------- celebrity 6 (straight quotes)
art("inv-celeb-saskia-brandvold", "Mode Buzz", "2026-07-12T10:20:00Z", """
Saskia Brandvold Shuts Down Pregnancy Rumors With Cheeky TikTok

Saskia Brandvold is setting the record straight.

The 23-year-old model posted a TikTok on Saturday poking fun at fans who speculated she was expecting after she wore a loose dress to the Lumen Gala.

"Sorry to disappoint, but the only thing I'm carrying is a burrito," the Norwegian beauty said in the clip, patting her stomach. "Please stop DMing my mom."

She captioned the video, "The dress was just comfy, guys."

The rumors kicked off after a fan account claimed that Brandvold had been spotted leaving a clinic in Oslo. The account later deleted the post.

Her boyfriend, Premier League winger Kofi Asante-Berg, also found the speculation amusing. "Nobody tells me anything," he joked in the comments.

Brandvold, who is known for popularizing the so-called "quiet luxury" look, previously told Mode Nord magazine that she wants kids "someday, but definitely not this year."

"I'm 23. I can barely keep a plant alive," she said at the time.

[Photo: Lumen Gala/Getty]
""", [
    ("she was expecting after she wore a loose dress to the Lumen Gala", I, None, U, "fans", "speculated", None),
    ("Sorry to disappoint, but the only thing I'm carrying is a burrito,", D, "Saskia Brandvold", P, "the Norwegian beauty", "said", "TikTok video"),
    ("Please stop DMing my mom.", D, "Saskia Brandvold", P, "the Norwegian beauty", "said", "TikTok video"),
    ("The dress was just comfy, guys.", D, "Saskia Brandvold", P, "She", "captioned", "TikTok video"),
    ("Brandvold had been spotted leaving a clinic in Oslo", I, None, A, "a fan account", "claimed", "social media post (since deleted)"),
    ("Nobody tells me anything,", D, "Kofi Asante-Berg", P, "he", "joked", "TikTok comment"),
    ("someday, but definitely not this year.", D, "Saskia Brandvold", P, "Brandvold", "told", "Mode Nord interview"),
    ("I'm 23. I can barely keep a plant alive,", D, "Saskia Brandvold", P, "she", "said", "Mode Nord interview"),
], [
    ("Saskia Brandvold", ["Saskia", "Brandvold", "The 23-year-old model", "the Norwegian beauty"]),
    ("Kofi Asante-Berg", ["Premier League winger Kofi Asante-Berg", "Asante-Berg", "Her boyfriend"]),
], [("Kofi Asante-Berg", "partner", "Saskia Brandvold", "Her boyfriend, Premier League winger Kofi Asante-Berg")], [
    ("image_credit", "[Photo: Lumen Gala/Getty]"),
])

# ---------------------------------------------------------------- celebrity 7
art("inv-celeb-felix-adeyemi", "ScreenScoop", "2026-10-20T21:10:00Z", """
Director Felix Adeyemi Responds After Star Quits “Midnight Orchard” Sequel

Felix Adeyemi is breaking his silence.

The acclaimed director addressed Marguerite Sola’s abrupt exit from the sequel to “Midnight Orchard” in a statement to Screen Ledger on Monday, one day after the actress announced she was leaving the project.

“Marguerite is one of the finest actors I’ve worked with, and this film would not exist without her,” Adeyemi said. “We disagreed about the direction of her character. That happens. I wish it had been handled privately.”

Sola, 52, had posted — and quickly deleted — a message on Sunday in which she wrote that she could “no longer stand behind a script that erases everything she was.”

Speaking on a panel at the Halden Film Festival later that day, the two-time Oscar nominee was more measured.

“I love Felix. I love that first film. But sometimes loving something means walking away from it,” she said, as the audience applauded.

Her longtime collaborator, screenwriter Anouk Reyes, told Screen Ledger that the studio had requested “significant rewrites” without consulting the cast.

The studio, Lodestar Pictures, said in a statement that production would continue as planned and that a replacement would be announced “in the coming weeks.”

Adeyemi’s reps declined to comment further.
""", [
    ("she was leaving the project", I, "Marguerite Sola", P, "the actress", "announced", None),
    ("Marguerite is one of the finest actors I’ve worked with, and this film would not exist without her,", D, "Felix Adeyemi", P, "Adeyemi", "said", "statement to Screen Ledger"),
    ("We disagreed about the direction of her character. That happens. I wish it had been handled privately.", D, "Felix Adeyemi", P, "Adeyemi", "said", "statement to Screen Ledger"),
    ("no longer stand behind a script that erases everything she was.", D, "Marguerite Sola", P, "she", "wrote", "social media post (since deleted)"),
    ("I love Felix. I love that first film. But sometimes loving something means walking away from it,", D, "Marguerite Sola", P, "she", "said", "Halden Film Festival panel"),
    ("significant rewrites", D, "Anouk Reyes", P, "Her longtime collaborator, screenwriter Anouk Reyes", "told", "Screen Ledger"),
    ("production would continue as planned", I, "Lodestar Pictures", O, "The studio, Lodestar Pictures", "said", "statement"),
    ("in the coming weeks.", D, "Lodestar Pictures", O, "The studio, Lodestar Pictures", "said", "statement"),
], [
    ("Felix Adeyemi", ["Felix", "Adeyemi", "Director Felix Adeyemi", "The acclaimed director"]),
    ("Marguerite Sola", ["Marguerite", "Sola", "the actress", "the two-time Oscar nominee"]),
    ("Anouk Reyes", ["screenwriter Anouk Reyes", "Her longtime collaborator"]),
], [], [], orgs=[("Lodestar Pictures", ["The studio"])])

# ---------------------------------------------------------------- news 1: politics
art("inv-news-water-bill", "Norpress", "2026-02-17T19:45:00Z", """
Senate panel advances water rights bill after heated debate

WASHINGTON (Norpress) — A Senate committee voted 12-9 on Tuesday to advance a bill that would cap groundwater pumping in drought-stricken western states, setting up a floor fight next month.

“This is the first serious attempt in a generation to stop draining aquifers we will never get back,” said Senator Mara Quill, a Democrat from Nevada who wrote the bill. “Farmers know the wells are running dry. They are asking us to act.”

Republicans on the panel said the measure would hurt rural economies. Senator Dale Pruitt of Idaho called it “a federal land grab dressed up as conservation” and said he would try to block it on the floor.

“You cannot tell a rancher in my state how much water he can pull from his own land,” Pruitt said.

The White House supports the bill, Spokeswoman Tamsin Greer told reporters on Tuesday, adding that the president would sign it “without hesitation.”

Quill told Reuters that she expected at least two Republicans to back the bill on the floor but declined to name them.

Farm groups are divided. The Western Growers Alliance said in a statement that it opposed mandatory caps, while the Family Farm Water Coalition praised what it called “a fair, science-based compromise.”

The bill’s so-called “sunset clause” would end the caps after 15 years unless Congress renews them.
""", [
    ("This is the first serious attempt in a generation to stop draining aquifers we will never get back,", D, "Mara Quill", P, "Senator Mara Quill", "said", None),
    ("Farmers know the wells are running dry. They are asking us to act.", D, "Mara Quill", P, "Senator Mara Quill", "said", None),
    ("the measure would hurt rural economies", I, None, U, "Republicans on the panel", "said", None),
    ("a federal land grab dressed up as conservation", D, "Dale Pruitt", P, "Senator Dale Pruitt of Idaho", "called", None),
    ("he would try to block it on the floor", I, "Dale Pruitt", P, "Senator Dale Pruitt of Idaho", "said", None),
    ("You cannot tell a rancher in my state how much water he can pull from his own land,", D, "Dale Pruitt", P, "Pruitt", "said", None),
    ("The White House supports the bill", I, "Tamsin Greer", P, "Spokeswoman Tamsin Greer", "told", "press briefing"),
    ("without hesitation.", D, "Tamsin Greer", P, "Spokeswoman Tamsin Greer", "adding", "press briefing"),
    ("she expected at least two Republicans to back the bill on the floor", I, "Mara Quill", P, "Quill", "told", "Reuters interview"),
    ("it opposed mandatory caps", I, "Western Growers Alliance", O, "The Western Growers Alliance", "said", "statement"),
    ("a fair, science-based compromise.", D, "Family Farm Water Coalition", O, "the Family Farm Water Coalition", "called", None),
], [
    ("Mara Quill", ["Senator Mara Quill", "Quill"]),
    ("Dale Pruitt", ["Senator Dale Pruitt", "Senator Dale Pruitt of Idaho", "Pruitt"]),
    ("Tamsin Greer", ["Spokeswoman Tamsin Greer"]),
], [], [], orgs=[("Western Growers Alliance", ["The Western Growers Alliance"]),
                 ("Family Farm Water Coalition", ["the Family Farm Water Coalition"])])

# ---------------------------------------------------------------- news 2: business
art("inv-news-halvard-jobs", "Nordic Ledger", "2026-03-04T07:30:00Z", """
Halvard Foods to cut 1,200 jobs as plant-based sales slump

OSLO, March 4 — Halvard Foods will close two factories and cut about 1,200 jobs over the next year, the company said on Wednesday, as demand for its plant-based meat substitutes fell for a sixth straight quarter.

“We grew too fast on the assumption that the category would keep doubling. It did not. We have to build a company that is profitable at today’s demand, not the demand we hoped for,” Chief Executive Ingrid Solvang said on a call with analysts.

The company said in a statement that affected workers would be offered retraining and severance above the legal minimum.

Shares in Halvard fell 7% in early trading. Net sales dropped 18% to 2.1 billion crowns in the fourth quarter, according to the company’s earnings report.

“The question investors are asking is whether this is a bottom or a pause,” said Tomas Eriksen, an analyst at Nordvik Securities. He said he expected further write-downs.

The union representing workers at the Drammen plant said it had not been consulted. Its leader, Bjorn Haugen, told the newspaper Kystavisen that the cuts were “a betrayal of people who built this company.”

Solvang said the company would focus on its dairy and frozen-fish brands, which grew 4% last year.
""", [
    ("Halvard Foods will close two factories and cut about 1,200 jobs over the next year", I, "Halvard Foods", O, "the company", "said", None),
    ("We grew too fast on the assumption that the category would keep doubling. It did not. We have to build a company that is profitable at today’s demand, not the demand we hoped for,", D, "Ingrid Solvang", P, "Chief Executive Ingrid Solvang", "said", "analyst call"),
    ("affected workers would be offered retraining and severance above the legal minimum", I, "Halvard Foods", O, "The company", "said", "statement"),
    ("Net sales dropped 18% to 2.1 billion crowns in the fourth quarter", I, "Halvard Foods", O, "the company’s earnings report", "according to", "earnings report"),
    ("The question investors are asking is whether this is a bottom or a pause,", D, "Tomas Eriksen", P, "Tomas Eriksen, an analyst at Nordvik Securities", "said", None),
    ("he expected further write-downs", I, "Tomas Eriksen", P, "He", "said", None),
    ("it had not been consulted", I, None, O, "The union representing workers at the Drammen plant", "said", None),
    ("a betrayal of people who built this company.", D, "Bjorn Haugen", P, "Its leader, Bjorn Haugen", "told", "Kystavisen interview"),
    ("the company would focus on its dairy and frozen-fish brands, which grew 4% last year", I, "Ingrid Solvang", P, "Solvang", "said", None),
], [
    ("Ingrid Solvang", ["Chief Executive Ingrid Solvang", "Solvang"]),
    ("Tomas Eriksen", []),
    ("Bjorn Haugen", ["Its leader, Bjorn Haugen"]),
], [], [], orgs=[("Halvard Foods", ["Halvard", "the company", "The company"]), ("Nordvik Securities", [])])

# ---------------------------------------------------------------- news 3: courts
art("inv-news-port-bribery", "Calder Evening Post", "2026-08-14T16:00:00Z", """
Former port official jailed for six years over bribery scheme

A former deputy harbour master at the Port of Calder was sentenced on Friday to six years in prison for taking more than £400,000 in bribes from shipping agents, in what prosecutors called one of the largest corruption cases in the port’s history.

Judge Helena Marsh told Gareth Pell, 58, that he had “sold the trust of an entire town for holidays and a boat.”

“You were in a position of real responsibility. People relied on you to keep that port honest. Instead you ran it as a private business,” the judge said.

Pell, who pleaded guilty in June, showed no emotion as the sentence was read.

Prosecutor Aidan Kerr said during the trial that Pell had waved through at least 40 cargo inspections in exchange for cash.

His lawyer, Simone Achebe, said her client was “deeply ashamed of what he did” and would not appeal.

One shipping agent, who testified under a grant of immunity, told the court that Pell once greeted him with the words: “Nobody checks the checker.”

The harbour master at Calder, Captain Rhys Moyle, said in a statement that the port had since overhauled its inspection system. “What happened here will not happen again,” Moyle said.
""", [
    ("sold the trust of an entire town for holidays and a boat.", D, "Helena Marsh", P, "Judge Helena Marsh", "told", "sentencing hearing"),
    ("You were in a position of real responsibility. People relied on you to keep that port honest. Instead you ran it as a private business,", D, "Helena Marsh", P, "the judge", "said", "sentencing hearing"),
    ("Pell had waved through at least 40 cargo inspections in exchange for cash", I, "Aidan Kerr", P, "Prosecutor Aidan Kerr", "said", "trial"),
    ("deeply ashamed of what he did", D, "Simone Achebe", P, "His lawyer, Simone Achebe", "said", None),
    ("Nobody checks the checker.", D, "Gareth Pell", P, "Pell", "greeted", "court testimony"),
    ("the port had since overhauled its inspection system", I, "Rhys Moyle", P, "The harbour master at Calder, Captain Rhys Moyle", "said", "statement"),
    ("What happened here will not happen again,", D, "Rhys Moyle", P, "Moyle", "said", "statement"),
], [
    ("Gareth Pell", ["Pell", "A former deputy harbour master at the Port of Calder", "her client"]),
    ("Helena Marsh", ["Judge Helena Marsh", "the judge"]),
    ("Aidan Kerr", ["Prosecutor Aidan Kerr"]),
    ("Simone Achebe", ["His lawyer, Simone Achebe"]),
    ("Rhys Moyle", ["Captain Rhys Moyle", "The harbour master at Calder", "Moyle"]),
], [], [])

# ---------------------------------------------------------------- news 4: sport
art("inv-news-rovers-comeback", "Kestrel Courier", "2026-01-24T23:15:00Z", """
Dunmore hails ‘character’ as Rovers stun league leaders

Kestrel Rovers came from 14 points down to beat league leaders Ashford Kings 78-76 on Saturday, with guard Tariq Bell hitting a three-pointer with two seconds left.

“I told them at half-time that nobody was coming to save us. We had to find it ourselves,” Coach Ray Dunmore said. “That’s character. You can’t teach that.”

Bell, 21, finished with 24 points. Asked about the final shot, he said he had “no idea” whether it would go in. “Honestly, I just closed my eyes and let it go. My mum is going to kill me for saying that,” the sophomore said.

Kings coach Marisol Vega was less impressed with the officiating. She told reporters that two late fouls against her team were “just wrong” and said she would send video to the league.

The league said in a statement on Sunday that it would review the footage, as it does for every disputed call.

Rovers fans, who sang their anthem “Wings Over Kestrel” long after the final whistle, have now seen their side win five straight.

Dunmore said the team would not get carried away. “We have won nothing yet,” he said.
""", [
    ("character", D, "Ray Dunmore", P, "Dunmore", "hails", None, 0),
    ("I told them at half-time that nobody was coming to save us. We had to find it ourselves,", D, "Ray Dunmore", P, "Coach Ray Dunmore", "said", None),
    ("That’s character. You can’t teach that.", D, "Ray Dunmore", P, "Coach Ray Dunmore", "said", None),
    ("no idea", D, "Tariq Bell", P, "he", "said", None),
    ("Honestly, I just closed my eyes and let it go. My mum is going to kill me for saying that,", D, "Tariq Bell", P, "the sophomore", "said", None),
    ("just wrong", D, "Marisol Vega", P, "She", "told", None),
    ("she would send video to the league", I, "Marisol Vega", P, "She", "said", None),
    ("it would review the footage, as it does for every disputed call", I, None, O, "The league", "said", "statement"),
    ("the team would not get carried away", I, "Ray Dunmore", P, "Dunmore", "said", None),
    ("We have won nothing yet,", D, "Ray Dunmore", P, "he", "said", None),
], [
    ("Ray Dunmore", ["Coach Ray Dunmore", "Dunmore"]),
    ("Tariq Bell", ["guard Tariq Bell", "Bell", "the sophomore"]),
    ("Marisol Vega", ["Kings coach Marisol Vega", "Vega"]),
], [], [])

# ---------------------------------------------------------------- news 5: disaster / local government
art("inv-news-varden-floods", "Nordic Ledger", "2026-11-03T06:50:00Z", """
Floods force 3,000 from homes in Varden as river breaks its banks

More than 3,000 people were evacuated from the town of Varden overnight after the River Esk burst its banks, according to the interior ministry, which said two people were missing.

Mayor Aurelie Fontaine said the town had “never seen water move this fast.”

“We had maybe forty minutes of warning. Some families left with nothing but the clothes they were wearing,” Fontaine told the public broadcaster NRV.

Luca Brenner, the city’s police chief, said rescue teams had reached most of the flooded streets by dawn.

“The water is still rising in the lower districts. Please, stay where you are,” Brenner said at a news conference. “We will tell you when it is safe.”

The ministry said in a statement that 400 soldiers had been sent to help with the evacuation and that emergency shelters had been opened in three schools.

A ministry official, who asked not to be named because he was not authorised to speak to the media, said the dikes upstream had been due for repairs since 2021.

Environmental groups said the flooding showed the need for the so-called “room for the river” plan, which would return farmland to flood plains.

Weather forecasters expect more rain on Thursday.
""", [
    ("More than 3,000 people were evacuated from the town of Varden overnight after the River Esk burst its banks", I, "Interior Ministry", O, "the interior ministry", "according to", None),
    ("two people were missing", I, "Interior Ministry", O, "which", "said", None),
    ("never seen water move this fast.", D, "Aurelie Fontaine", P, "Mayor Aurelie Fontaine", "said", None),
    ("We had maybe forty minutes of warning. Some families left with nothing but the clothes they were wearing,", D, "Aurelie Fontaine", P, "Fontaine", "told", "NRV interview"),
    ("rescue teams had reached most of the flooded streets by dawn", I, "Luca Brenner", P, "Luca Brenner, the city’s police chief", "said", None),
    ("The water is still rising in the lower districts. Please, stay where you are,", D, "Luca Brenner", P, "Brenner", "said", "news conference"),
    ("We will tell you when it is safe.", D, "Luca Brenner", P, "Brenner", "said", "news conference"),
    ("400 soldiers had been sent to help with the evacuation", I, "Interior Ministry", O, "The ministry", "said", "statement"),
    ("emergency shelters had been opened in three schools", I, "Interior Ministry", O, "The ministry", "said", "statement"),
    ("the dikes upstream had been due for repairs since 2021", I, None, A, "A ministry official", "said", None),
    ("the flooding showed the need for the so-called “room for the river” plan, which would return farmland to flood plains", I, None, U, "Environmental groups", "said", None),
], [
    ("Aurelie Fontaine", ["Mayor Aurelie Fontaine", "Fontaine"]),
    ("Luca Brenner", ["Brenner", "the city’s police chief"]),
], [], [], orgs=[("Interior Ministry", ["the interior ministry", "The ministry"])])

# ---------------------------------------------------------------- news 6: election
art("inv-news-snap-election", "Norpress", "2026-04-27T14:00:00Z", """
Prime minister calls snap election for June

Prime Minister Edvard Lund on Monday called a snap parliamentary election for June 14, saying his minority government could no longer pass a budget.

“For eight months we have tried to govern in good faith with partners who would not agree on the price of bread,” Lund said in a televised address. “I will not ask the country to wait another year for a government that can act.

“Let the voters decide. That is what elections are for.”

Opposition leader Karin Voss, whose Progress Alliance leads in most polls, welcomed the vote. She said Lund had “run out of ideas and out of friends” and predicted her party would win an outright majority.

Voss, 47, told supporters at a rally in Hamre that the campaign would be about housing costs. “Young people cannot afford to live in the cities they grew up in. That is the scandal of this decade,” she said.

Finance Minister Olav Strand warned that an election would delay a planned tax cut for pensioners. He did not say by how long.

The Greens, a junior partner in the coalition, said on X that they were “ready for the fight.”

Political analysts expect a close race.
""", [
    ("his minority government could no longer pass a budget", I, "Edvard Lund", P, "Prime Minister Edvard Lund", "saying", None),
    ("For eight months we have tried to govern in good faith with partners who would not agree on the price of bread,", D, "Edvard Lund", P, "Lund", "said", "televised address"),
    ("I will not ask the country to wait another year for a government that can act.\n\n“Let the voters decide. That is what elections are for.", D, "Edvard Lund", P, "Lund", "said", "televised address"),
    ("run out of ideas and out of friends", D, "Karin Voss", P, "She", "said", None),
    ("her party would win an outright majority", I, "Karin Voss", P, "She", "predicted", None),
    ("the campaign would be about housing costs", I, "Karin Voss", P, "Voss", "told", "rally"),
    ("Young people cannot afford to live in the cities they grew up in. That is the scandal of this decade,", D, "Karin Voss", P, "she", "said", "rally"),
    ("an election would delay a planned tax cut for pensioners", I, "Olav Strand", P, "Finance Minister Olav Strand", "warned", None),
    ("ready for the fight.", D, "The Greens", O, "The Greens, a junior partner in the coalition", "said", "X post"),
], [
    ("Edvard Lund", ["Prime Minister Edvard Lund", "Lund"]),
    ("Karin Voss", ["Opposition leader Karin Voss", "Voss"]),
    ("Olav Strand", ["Finance Minister Olav Strand"]),
], [], [], orgs=[("Progress Alliance", []), ("The Greens", ["Greens"])])

# ---------------------------------------------------------------- news 7: regulator / tech
art("inv-news-brightloop-fine", "Tech Ledger", "2026-09-17T11:25:00Z", """
Regulator fines app maker Brightloop €48 million over child data

The Data Protection Board fined Brightloop €48 million on Thursday for collecting location data from children under 13 without their parents’ consent, the largest penalty it has imposed on a technology company.

In its decision, the board said Brightloop had “knowingly designed its sign-up process to avoid asking a user’s age.”

“Children’s data is not a resource to be mined. Companies that treat it that way will pay for it,” Board Chair Nadia Ferreira said.

“We respect the board’s role,” Brightloop said in a statement, “but we believe this decision misreads how our product works, and we will appeal.”

The company’s founder, Jonah Whitlock, wrote in a blog post last year that the app never sold data to advertisers. He has not commented on the fine.

Parents’ groups had campaigned for months against what they dubbed the “tracker in your pocket.” Maya Okafor, who leads the group Safe Screens, said the ruling was overdue.

“We warned about this two years ago,” Okafor said. “Nobody listened until the numbers got too big to ignore.”

The board is also investigating two other apps, according to people familiar with the matter.
""", [
    ("knowingly designed its sign-up process to avoid asking a user’s age.", D, "Data Protection Board", O, "the board", "said", "decision"),
    ("Children’s data is not a resource to be mined. Companies that treat it that way will pay for it,", D, "Nadia Ferreira", P, "Board Chair Nadia Ferreira", "said", None),
    ("We respect the board’s role,", D, "Brightloop", O, "Brightloop", "said", "statement"),
    ("but we believe this decision misreads how our product works, and we will appeal.", D, "Brightloop", O, "Brightloop", "said", "statement"),
    ("the app never sold data to advertisers", I, "Jonah Whitlock", P, "The company’s founder, Jonah Whitlock", "wrote", "blog post"),
    ("the ruling was overdue", I, "Maya Okafor", P, "Maya Okafor, who leads the group Safe Screens", "said", None),
    ("We warned about this two years ago,", D, "Maya Okafor", P, "Okafor", "said", None),
    ("Nobody listened until the numbers got too big to ignore.", D, "Maya Okafor", P, "Okafor", "said", None),
    ("The board is also investigating two other apps", I, None, A, "people familiar with the matter", "according to", None),
], [
    ("Nadia Ferreira", ["Board Chair Nadia Ferreira"]),
    ("Jonah Whitlock", ["The company’s founder, Jonah Whitlock"]),
    ("Maya Okafor", ["Okafor"]),
], [], [], orgs=[("Data Protection Board", ["the board", "The board"]), ("Brightloop", ["The company"]),
                 ("Safe Screens", [])])


if __name__ == "__main__":
    gold.main()
