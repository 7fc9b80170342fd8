"""Build blind.gold.jsonl: a third invented evaluation set, written blind and scored once.

Twelve articles written by us on 2026-11-24 (invented people, outlets and events; no real article
text): six celebrity pieces (reality-TV recap, influencer feud, awards night, label split,
long-form profile, obituary tribute) and six news pieces (wire report, British broadsheet with
single quotes, football match report, courtroom, science study, council vote). Written without
reading the engine or its tests and without running the engine until every article was final.
Same format and conventions as invented.gold.jsonl / heldout.gold.jsonl (see README.md). Quotes
are given as (substring, kind, speaker, speaker_kind, mention, cue, channel[, occurrence]); offsets
are computed and every span, mention, alias and evidence string is checked by builder.py.
Run: python tests/data/eval/build_blind.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from builder import A, D, I, O, P, U, GoldSet  # noqa: E402

gold = GoldSet(Path(__file__).with_name("blind.gold.jsonl"))
art = gold.art

# ---------------------------------------------------------------- celebrity 1: reality-TV recap with show dialogue
art("bl-celeb-palm-court", "Glossreel", "2026-10-19T14:30:00Z", """
‘Palm Court’ Recap: Dani Okafor Tells Jess Vero ‘You Were Never My Friend’ In Brutal Poolside Showdown

Grab the popcorn, because Sunday night’s episode of Palm Court did not hold back.

The Vantage+ reality series, now in its fifth season, picked up exactly where last week’s cliffhanger left off: bar manager Dani Okafor and her former best friend Jess Vero squaring off beside the pool over the now-infamous “tequila invoice.”

For the uninitiated, Jess allegedly charged a round of birthday shots to the club’s staff account, and it was Dani who had to explain the bill to owner Marcus Bellweather.

“I covered for you for three years,” Dani told Jess as the rest of the cast pretended to study the cocktail menu. “Three years! And the one time I needed you to own something, you hid behind me.”

Jess, 31, fired back that she had “paid every cent back” and accused her co-star of “running to Marcus like a hall monitor.”

Related: ‘Palm Court’ Star Theo Lindqvist Addresses Those Dating Rumors!

That was when things got really ugly.

“You were never my friend, Jess. You were my audience,” Dani snapped, before storming off towards the kitchen.

In her confessional, Jess rolled her eyes at the whole thing:

“She literally looked me in the face in season three and said, ‘What happens at Palm Court stays at Palm Court.’ Now she wants receipts? Okay, Dani.”

Newcomer Theo Lindqvist, who spent most of the fight holding a tray of drinks nobody had ordered, summed it up for viewers. “I came here to DJ,” the 24-year-old said. “Nobody told me there would be a tribunal.”

Bellweather eventually broke it up, telling both women he wanted the staff account closed by Friday.

“You two are the best thing that ever happened to this club,” he said, “and the worst thing that ever happened to my blood pressure.”

The episode closed on Dani alone at the bar, admitting to a producer that she missed the friendship more than she would ever say on camera.

“I don’t even care about the money. I care that she didn’t care,” she said through tears.

Viewers were split down the middle. One fan wrote on X that Jess “deserved every single word,” while another argued the show had turned Dani into a villain for doing her job.

New episodes of Palm Court stream Sundays on Vantage+.

Which side are you on, Glossreelers? Sound off in the comments!

[Photo: Vantage+/YouTube]

The post ‘Palm Court’ Recap: Dani Okafor Tells Jess Vero ‘You Were Never My Friend’ In Brutal Poolside Showdown appeared first on Glossreel.
""", [
    ("You Were Never My Friend", D, "Dani Okafor", P, "Dani Okafor", "Tells", "Palm Court (Vantage+)", 0),
    ("I covered for you for three years,", D, "Dani Okafor", P, "Dani", "told", "Palm Court (Vantage+)"),
    ("Three years! And the one time I needed you to own something, you hid behind me.", D, "Dani Okafor", P, "Dani", "told", "Palm Court (Vantage+)"),
    ("paid every cent back", D, "Jess Vero", P, "Jess, 31,", "fired back", "Palm Court (Vantage+)"),
    ("running to Marcus like a hall monitor.", D, "Jess Vero", P, "Jess, 31,", "accused", "Palm Court (Vantage+)"),
    ("You were never my friend, Jess. You were my audience,", D, "Dani Okafor", P, "Dani", "snapped", "Palm Court (Vantage+)"),
    ("She literally looked me in the face in season three and said, ‘What happens at Palm Court stays at Palm Court.’ Now she wants receipts? Okay, Dani.", D, "Jess Vero", P, "Jess", None, "Palm Court confessional"),
    ("I came here to DJ,", D, "Theo Lindqvist", P, "the 24-year-old", "said", "Palm Court confessional"),
    ("Nobody told me there would be a tribunal.", D, "Theo Lindqvist", P, "the 24-year-old", "said", "Palm Court confessional"),
    ("he wanted the staff account closed by Friday", I, "Marcus Bellweather", P, "Bellweather", "telling", "Palm Court (Vantage+)"),
    ("You two are the best thing that ever happened to this club,", D, "Marcus Bellweather", P, "he", "said", "Palm Court (Vantage+)"),
    ("and the worst thing that ever happened to my blood pressure.", D, "Marcus Bellweather", P, "he", "said", "Palm Court (Vantage+)"),
    ("she missed the friendship more than she would ever say on camera", I, "Dani Okafor", P, "Dani", "admitting", "Palm Court (Vantage+)"),
    ("I don’t even care about the money. I care that she didn’t care,", D, "Dani Okafor", P, "she", "said", "Palm Court (Vantage+)"),
    ("deserved every single word,", D, None, A, "One fan", "wrote", "X"),
    ("the show had turned Dani into a villain for doing her job", I, None, A, "another", "argued", "X"),
], [
    ("Dani Okafor", ["Dani", "bar manager Dani Okafor"]),
    ("Jess Vero", ["Jess", "her former best friend Jess Vero"]),
    ("Marcus Bellweather", ["Marcus", "Bellweather", "owner Marcus Bellweather"]),
    ("Theo Lindqvist", ["Newcomer Theo Lindqvist", "the 24-year-old"]),
], [], [
    ("related_link", "Related: ‘Palm Court’ Star Theo Lindqvist Addresses Those Dating Rumors!"),
    ("reader_prompt", "Which side are you on, Glossreelers? Sound off in the comments!"),
    ("image_credit", "[Photo: Vantage+/YouTube]"),
    ("syndication_footer", "The post ‘Palm Court’ Recap: Dani Okafor Tells Jess Vero ‘You Were Never My Friend’ In Brutal Poolside Showdown appeared first on Glossreel."),
], orgs=[("Vantage+", [])])

# ---------------------------------------------------------------- celebrity 2: influencer feud, captions and comments
art("bl-celeb-serum-feud", "The Scroll Report", "2026-11-07T17:12:00Z", """
Mara Quill Vs. Sienna Ablett: Inside The Serum Feud Tearing Up Beauty TikTok — “I Have The Receipts”

The beauty internet has a new feud, and it involves a serum, two amber bottles and an alarming number of snake emojis.

TikTok star Mara Quill kicked things off on Thursday with a video accusing fellow influencer Sienna Ablett of copying the formula and packaging of her best-selling Dew Theory serum. In the clip, which has since racked up more than four million views, the Manchester-born creator held the two bottles side by side.

“Same amber glass. Same dropper. Same ‘barrier-first’ wording on the box,” the 26-year-old said. “I have the receipts, and I’m not scared to use them.”

She captioned the video: “Imitation is flattery until it’s a trademark issue 🙃 #skintok”

Ablett, 29, did not stay quiet for long. The makeup artist posted a carousel of lab documents dated months before Quill’s launch to her 1.3 million Instagram followers, alongside the caption: “Some of us actually hire chemists. Be so for real.”

She set the post to “Copycat,” the 2019 single by indie duo Paper Lanterns, which fans were quick to notice.

In a follow-up Story, Ablett insisted she had never once looked at Quill’s product and said the two serums were made by completely different labs in different countries.

The comment sections quickly became a battleground. Under Quill’s video, one user wrote, “the way she didn’t even change the font 💀,” while another replied: “Girl, every serum on earth comes in an amber bottle.”

Quill’s younger brother, Josh Quill, also weighed in, commenting “proud of u sis” beneath a row of flexed-arm emojis.

Fans who call themselves the “Quill Squad” flooded Ablett’s page, and by Friday morning she had limited comments on her last three posts.

Related: Sienna Ablett Opens Up About Quitting Her Salon Job To Go Full-Time On Instagram

On Saturday, Quill appeared to soften her stance. Speaking on her weekly livestream, the content creator said she "wasn't trying to start a pile-on" and admitted she may have jumped the gun on the packaging.

"If I got it wrong, I'll say I got it wrong," she told viewers. "But I'd love to see those lab documents properly, because mine are on my website."

She also claimed her supplier had confirmed that Ablett’s order for the same bottle came in three weeks after hers.

A rep for Ablett told The Scroll Report the influencer was "considering her options" and had no further comment.

Who do you believe, Scrollers? Tell us in the comments!

[Image via Mara Quill/TikTok, Sienna Ablett/Instagram]
""", [
    ("I Have The Receipts", D, "Mara Quill", P, None, None, "TikTok video"),
    ("Same amber glass. Same dropper. Same ‘barrier-first’ wording on the box,", D, "Mara Quill", P, "the 26-year-old", "said", "TikTok video"),
    ("I have the receipts, and I’m not scared to use them.", D, "Mara Quill", P, "the 26-year-old", "said", "TikTok video"),
    ("Imitation is flattery until it’s a trademark issue 🙃 #skintok", D, "Mara Quill", P, "She", "captioned", "TikTok caption"),
    ("Some of us actually hire chemists. Be so for real.", D, "Sienna Ablett", P, "The makeup artist", "caption", "Instagram caption"),
    ("she had never once looked at Quill’s product", I, "Sienna Ablett", P, "Ablett", "insisted", "Instagram Story"),
    ("the two serums were made by completely different labs in different countries", I, "Sienna Ablett", P, "Ablett", "said", "Instagram Story"),
    ("the way she didn’t even change the font 💀,", D, None, A, "one user", "wrote", "TikTok comment"),
    ("Girl, every serum on earth comes in an amber bottle.", D, None, A, "another", "replied", "TikTok comment"),
    ("proud of u sis", D, "Josh Quill", P, "Quill’s younger brother, Josh Quill", "commenting", "TikTok comment"),
    ("wasn't trying to start a pile-on", D, "Mara Quill", P, "the content creator", "said", "livestream"),
    ("she may have jumped the gun on the packaging", I, "Mara Quill", P, "the content creator", "admitted", "livestream"),
    ("If I got it wrong, I'll say I got it wrong,", D, "Mara Quill", P, "she", "told", "livestream"),
    ("But I'd love to see those lab documents properly, because mine are on my website.", D, "Mara Quill", P, "she", "told", "livestream"),
    ("her supplier had confirmed that Ablett’s order for the same bottle came in three weeks after hers", I, "Mara Quill", P, "She", "claimed", "livestream"),
    ("considering her options", D, None, A, "A rep for Ablett", "told", None),
], [
    ("Mara Quill", ["Quill", "TikTok star Mara Quill", "the Manchester-born creator", "the 26-year-old", "the content creator"]),
    ("Sienna Ablett", ["Ablett", "fellow influencer Sienna Ablett", "The makeup artist", "the influencer"]),
    ("Josh Quill", ["Quill’s younger brother, Josh Quill"]),
], [
    ("Josh Quill", "sibling", "Mara Quill", "Quill’s younger brother, Josh Quill"),
], [
    ("related_link", "Related: Sienna Ablett Opens Up About Quitting Her Salon Job To Go Full-Time On Instagram"),
    ("reader_prompt", "Who do you believe, Scrollers? Tell us in the comments!"),
    ("image_credit", "[Image via Mara Quill/TikTok, Sienna Ablett/Instagram]"),
], orgs=[("Paper Lanterns", [])])

# ---------------------------------------------------------------- celebrity 3: awards night, speech and red carpet
art("bl-celeb-golden-reel", "StarWire Daily", "2026-03-02T06:40:00Z", """
Priya Castellano Wins Best Actress At Golden Reel Awards, Thanks ‘Patient’ Husband In Tearful Speech

Priya Castellano had the night of her life on Sunday.

The 34-year-old took home Best Actress at the 38th Golden Reel Awards in Los Angeles for her turn as a disgraced figure skater in “Thin Ice,” beating frontrunner Odette Marsh, who had been nominated for “The Lantern Keeper.”

Taking the stage in a custom emerald gown, Castellano looked genuinely stunned. “I did not write a speech, because my mother told me it was bad luck,” she began, “so if I forget you, I love you, and I’m sorry.”

She went on to thank director Felix Aubert, whom she called “the bravest and most annoying man in this room,” and her husband, chef Ronan Castellano, for his “patient, patient” support during a six-month shoot in Quebec.

“Ronan, you fed a crew of ninety people on your days off. You are the real star of this movie,” said Castellano, wiping away tears.

Related: Golden Reel Awards 2026 — See Every Look From The Red Carpet!

Earlier in the evening, the actress told StarWire Daily on the red carpet that she had been “a nervous wreck all week.”

“I’ve been living on crackers since Thursday,” she laughed. “My stylist had to sew me into this dress twice.”

Aubert, whose film also picked up Best Screenplay, said backstage that his leading lady had earned “every second” of her standing ovation.

“When she fell on the ice for the twentieth take, she got up and asked for a twenty-first,” the French director added. “That’s the whole film, really.”

Marsh was gracious in defeat, telling reporters she was thrilled for her friend and already reading scripts for her next project.

Host Declan Frye had opened the telecast by promising the audience the show would finish on time this year. It ran 19 minutes over.

One attendee seated near the stage said the ovation for Castellano lasted well over a minute, the longest of the night.

(Photo by Imani Rhodes/Lumen Press Images)

This story was syndicated from StarWire Daily and is republished with permission.
""", [
    ("Patient", D, "Priya Castellano", P, "Priya Castellano", "Thanks", "acceptance speech"),
    ("I did not write a speech, because my mother told me it was bad luck,", D, "Priya Castellano", P, "she", "began", "acceptance speech"),
    ("so if I forget you, I love you, and I’m sorry.", D, "Priya Castellano", P, "she", "began", "acceptance speech"),
    ("the bravest and most annoying man in this room,", D, "Priya Castellano", P, "she", "called", "acceptance speech"),
    ("patient, patient", D, "Priya Castellano", P, "She", "thank", "acceptance speech"),
    ("Ronan, you fed a crew of ninety people on your days off. You are the real star of this movie,", D, "Priya Castellano", P, "Castellano", "said", "acceptance speech"),
    ("a nervous wreck all week.", D, "Priya Castellano", P, "the actress", "told", "StarWire Daily red-carpet interview"),
    ("I’ve been living on crackers since Thursday,", D, "Priya Castellano", P, "she", "laughed", "StarWire Daily red-carpet interview"),
    ("My stylist had to sew me into this dress twice.", D, "Priya Castellano", P, "she", "laughed", "StarWire Daily red-carpet interview"),
    ("every second", D, "Felix Aubert", P, "Aubert", "said", None),
    ("When she fell on the ice for the twentieth take, she got up and asked for a twenty-first,", D, "Felix Aubert", P, "the French director", "added", None),
    ("That’s the whole film, really.", D, "Felix Aubert", P, "the French director", "added", None),
    ("she was thrilled for her friend and already reading scripts for her next project", I, "Odette Marsh", P, "Marsh", "telling", None),
    ("the show would finish on time this year", I, "Declan Frye", P, "Host Declan Frye", "promising", None),
    ("the ovation for Castellano lasted well over a minute, the longest of the night", I, None, A, "One attendee seated near the stage", "said", None),
], [
    ("Priya Castellano", ["Castellano", "The 34-year-old", "the actress"]),
    ("Ronan Castellano", ["Ronan", "her husband, chef Ronan Castellano"]),
    ("Felix Aubert", ["Aubert", "director Felix Aubert", "the French director"]),
    ("Odette Marsh", ["Marsh", "frontrunner Odette Marsh"]),
    ("Declan Frye", ["Host Declan Frye"]),
], [
    ("Priya Castellano", "spouse", "Ronan Castellano", "her husband, chef Ronan Castellano"),
], [
    ("related_link", "Related: Golden Reel Awards 2026 — See Every Look From The Red Carpet!"),
    ("image_credit", "(Photo by Imani Rhodes/Lumen Press Images)"),
    ("syndication_footer", "This story was syndicated from StarWire Daily and is republished with permission."),
], orgs=[("StarWire Daily", [])])

# ---------------------------------------------------------------- celebrity 4: label split, statement and insiders
art("bl-celeb-juniper-vale", "Trackside", "2026-09-15T11:00:00Z", """
Juniper Vale Splits From Halcyon Records Months Before ‘Glasshouse’ Release

Juniper Vale and Halcyon Records have parted ways after eight years, both sides confirmed on Tuesday, ending one of pop’s most lucrative partnerships just months before the singer was due to release her fourth album, “Glasshouse.”

In a statement, Halcyon said it was “proud of everything we built with Juniper” and wished her “nothing but success in her next chapter.”

“Juniper is one of the most gifted writers we have ever worked with, and her catalogue will always be part of the Halcyon story,” the statement continued.

But an industry insider familiar with the negotiations painted a less rosy picture, telling Trackside the talks had collapsed over ownership of Vale’s master recordings.

“She wanted her masters back. They wanted a five-album extension. Nobody was going to blink,” said the insider, who asked not to be named because the contract terms are confidential.

Vale, 30, broke her silence on Instagram hours later, posting a black-and-white photo of herself at a mixing desk with the caption: “New doors. Same songs. Thank you for the first eight years x”

Related: Juniper Vale Reveals The Breakup That Inspired ‘Paper Crown’

Her manager, Toby Hargreave, said the singer would put “Glasshouse” out independently in the spring and had already turned down offers from two major labels.

“We’re not in a rush,” Hargreave told Trackside. “Juniper has spent eight years on somebody else’s calendar. Now she gets to pick the date.”

The 30-year-old hinted at tension in a 2025 interview with Chord magazine, saying she felt “like a tenant in my own songs” and describing the so-called “360 deal” that gives labels a cut of touring income as “a bad bargain for anybody under 25.”

A representative for Vale would say only: “Juniper’s focus is the music.”

Halcyon’s chief executive, Marguerite Olsen, addressed the departure in an internal memo seen by Trackside, writing that the label “respects artists who choose their own path.” She told staff they should not comment publicly on the split.

Another label source claimed Olsen had personally tried to rescue the deal in a late-night phone call last week.

Photo: Ines Marlowe for Trackside
""", [
    ("Juniper Vale and Halcyon Records have parted ways after eight years", I, None, U, "both sides", "confirmed", None),
    ("proud of everything we built with Juniper", D, "Halcyon Records", O, "Halcyon", "said", "statement"),
    ("nothing but success in her next chapter.", D, "Halcyon Records", O, "Halcyon", "wished", "statement"),
    ("Juniper is one of the most gifted writers we have ever worked with, and her catalogue will always be part of the Halcyon story,", D, "Halcyon Records", O, "the statement", "continued", "statement"),
    ("the talks had collapsed over ownership of Vale’s master recordings", I, None, A, "an industry insider familiar with the negotiations", "telling", None),
    ("She wanted her masters back. They wanted a five-album extension. Nobody was going to blink,", D, None, A, "the insider", "said", None),
    ("New doors. Same songs. Thank you for the first eight years x", D, "Juniper Vale", P, "Vale, 30,", "caption", "Instagram"),
    ("the singer would put “Glasshouse” out independently in the spring and had already turned down offers from two major labels", I, "Toby Hargreave", P, "Her manager, Toby Hargreave", "said", None),
    ("We’re not in a rush,", D, "Toby Hargreave", P, "Hargreave", "told", None),
    ("Juniper has spent eight years on somebody else’s calendar. Now she gets to pick the date.", D, "Toby Hargreave", P, "Hargreave", "told", None),
    ("like a tenant in my own songs", D, "Juniper Vale", P, "The 30-year-old", "saying", "Chord magazine interview"),
    ("a bad bargain for anybody under 25.", D, "Juniper Vale", P, "The 30-year-old", "describing", "Chord magazine interview"),
    ("Juniper’s focus is the music.", D, None, A, "A representative for Vale", "say", None),
    ("respects artists who choose their own path.", D, "Marguerite Olsen", P, "Halcyon’s chief executive, Marguerite Olsen", "writing", "internal memo"),
    ("they should not comment publicly on the split", I, "Marguerite Olsen", P, "She", "told", "internal memo"),
    ("Olsen had personally tried to rescue the deal in a late-night phone call last week", I, None, A, "Another label source", "claimed", None),
], [
    ("Juniper Vale", ["Vale", "Juniper", "The 30-year-old"]),
    ("Toby Hargreave", ["Hargreave", "Her manager, Toby Hargreave"]),
    ("Marguerite Olsen", ["Olsen", "Halcyon’s chief executive, Marguerite Olsen"]),
], [], [
    ("related_link", "Related: Juniper Vale Reveals The Breakup That Inspired ‘Paper Crown’"),
    ("image_credit", "Photo: Ines Marlowe for Trackside"),
], orgs=[("Halcyon Records", ["Halcyon"]), ("Chord magazine", []), ("Trackside", [])])

# ---------------------------------------------------------------- celebrity 5: long-form profile, multi-paragraph quote
art("bl-celeb-caspar-wendt", "Meridian", "2026-11-01T09:00:00Z", """
The Second Act Of Caspar Wendt

After eleven years as television’s favourite hapless dentist, Caspar Wendt is going back to the comedy clubs. He is terrified, and he would like you to know it.

By Helena Strand

It is nine in the morning in a diner on the edge of Pittsburgh, and Caspar Wendt is explaining why he has ordered two breakfasts.

“One is for me and one is for the version of me who is going to bomb tonight,” he says, sliding a plate of pancakes across the table. “He needs the carbs more.”

The 52-year-old has not performed a full stand-up set since 2014, the year “Open Wide” — the sitcom that made him a household name and earned him the nickname “Doc” in every airport in America — began its eleven-season run. Now he is three weeks into a 40-city tour, and by his own account it is going about as well as a root canal.

He insists he will not do a single dentist joke on stage, though he admits audiences keep shouting for one.

Asked what made him walk away from a show that was still drawing eight million viewers a week, Wendt is quiet for a long moment. When he answers, it comes out in one long breath:

“I stopped being funny somewhere around season six. Not on the show — the show was funny, the writers were geniuses. I mean me. I stopped going out at night, stopped writing things down, stopped noticing. I had a trailer with my name on the door, and I was happy, and I was bored out of my skull.

“Then my dad died, and I went back to Erie for the funeral, and my sister and I sat in his kitchen until four in the morning telling stories about him. I was making her laugh — really laugh, the snorting kind. And I drove home thinking, that’s the job. That’s the only job I ever actually wanted.”

His sister, Ruth Wendt-Ibarra, a schoolteacher in Erie, remembers that night a little differently.

“He cried more than I did,” she said by phone. “But yes, he was funny. He’s always funnier when he’s sad.”

Wendt’s wife, the set designer Noor Wendt, says she was the one who finally told him to book the tour.

“He was unbearable at home. Doing bits at the dishwasher. Somebody had to give him an audience that wasn’t me,” she says.

Lena Marchetti, who played his receptionist on “Open Wide” for all eleven seasons, said it was Wendt who held the cast together during the show’s rocky final year, when two writers quit and the network cut the budget.

“Everyone assumes the funny guy is the fragile one,” Marchetti said. “Caspar was the grown-up. He just hid it well.”

Back at the diner, Wendt mentions he is writing a memoir. It is provisionally titled “Spit, Please,” and he describes it as “mostly apologies.”

A person close to his management said the tour had sold out in all but four cities.

“If it goes badly, it goes badly,” he says, finishing the second plate. “At least this time it’ll be my fault.”

Related: Inside The Final Days Of ‘Open Wide’, As Told By The Cast

Photograph by Sam Okoye for Meridian
""", [
    ("One is for me and one is for the version of me who is going to bomb tonight,", D, "Caspar Wendt", P, "he", "says", "Meridian interview"),
    ("He needs the carbs more.", D, "Caspar Wendt", P, "he", "says", "Meridian interview"),
    ("he will not do a single dentist joke on stage", I, "Caspar Wendt", P, "He", "insists", "Meridian interview"),
    ("audiences keep shouting for one", I, "Caspar Wendt", P, "he", "admits", "Meridian interview"),
    ("I stopped being funny somewhere around season six. Not on the show — the show was funny, the writers were geniuses. I mean me. I stopped going out at night, stopped writing things down, stopped noticing. I had a trailer with my name on the door, and I was happy, and I was bored out of my skull.\n\n“Then my dad died, and I went back to Erie for the funeral, and my sister and I sat in his kitchen until four in the morning telling stories about him. I was making her laugh — really laugh, the snorting kind. And I drove home thinking, that’s the job. That’s the only job I ever actually wanted.", D, "Caspar Wendt", P, "Wendt", "answers", "Meridian interview"),
    ("He cried more than I did,", D, "Ruth Wendt-Ibarra", P, "she", "said", "phone interview"),
    ("But yes, he was funny. He’s always funnier when he’s sad.", D, "Ruth Wendt-Ibarra", P, "she", "said", "phone interview"),
    ("she was the one who finally told him to book the tour", I, "Noor Wendt", P, "Wendt’s wife, the set designer Noor Wendt", "says", None),
    ("He was unbearable at home. Doing bits at the dishwasher. Somebody had to give him an audience that wasn’t me,", D, "Noor Wendt", P, "she", "says", None),
    ("it was Wendt who held the cast together during the show’s rocky final year, when two writers quit and the network cut the budget", I, "Lena Marchetti", P, "Lena Marchetti", "said", None),
    ("Everyone assumes the funny guy is the fragile one,", D, "Lena Marchetti", P, "Marchetti", "said", None),
    ("Caspar was the grown-up. He just hid it well.", D, "Lena Marchetti", P, "Marchetti", "said", None),
    ("he is writing a memoir", I, "Caspar Wendt", P, "Wendt", "mentions", "Meridian interview"),
    ("mostly apologies.", D, "Caspar Wendt", P, "he", "describes", "Meridian interview"),
    ("the tour had sold out in all but four cities", I, None, A, "A person close to his management", "said", None),
    ("If it goes badly, it goes badly,", D, "Caspar Wendt", P, "he", "says", "Meridian interview"),
    ("At least this time it’ll be my fault.", D, "Caspar Wendt", P, "he", "says", "Meridian interview"),
], [
    ("Caspar Wendt", ["Wendt", "Caspar", "The 52-year-old", "Doc"]),
    ("Ruth Wendt-Ibarra", ["His sister, Ruth Wendt-Ibarra"]),
    ("Noor Wendt", ["Wendt’s wife, the set designer Noor Wendt"]),
    ("Lena Marchetti", ["Marchetti"]),
    ("Helena Strand", []),
], [
    ("Caspar Wendt", "sibling", "Ruth Wendt-Ibarra", "His sister, Ruth Wendt-Ibarra"),
    ("Caspar Wendt", "spouse", "Noor Wendt", "Wendt’s wife, the set designer Noor Wendt"),
], [
    ("related_link", "Related: Inside The Final Days Of ‘Open Wide’, As Told By The Cast"),
    ("image_credit", "Photograph by Sam Okoye for Meridian"),
], orgs=[("Meridian", [])])

# ---------------------------------------------------------------- celebrity 6: obituary tribute, family quotes
art("bl-celeb-hal-brennigan", "PopTattle", "2026-08-09T10:20:00Z", """
‘Mulberry Lane’ Star Hal Brennigan Dead At 81 — Widow Says He Went ‘Singing To The End’

Hal Brennigan, the gravel-voiced actor who spent three decades as cantankerous landlord Wilf Dobbs on Mulberry Lane, has died. He was 81.

Brennigan died peacefully at home in Surrey on Friday with his family around him, his widow, Margaret Brennigan, confirmed on Saturday.

“Hal went the way he lived — singing to the end, slightly off-key, and asking whether anyone had seen the remote,” she said in a statement. “We were married for fifty-two years and he made me laugh on every single one of those days.”

Their son, Daniel Brennigan, shared a photo of the pair at a rain-soaked football match on Instagram. "Best dad, worst goalkeeper. Love you forever, old man," the 49-year-old wrote.

Related: Mulberry Lane At 40: Where Are The Original Cast Now?

The actor’s younger sister, Eileen Cosgrove, told PopTattle her brother had never quite believed he was famous.

“People would stop him in the supermarket and he’d turn round to see who they were talking to,” the 76-year-old said. “Sixty years of that. He never got used to it.”

Fans of the soap, many of whom knew him simply as “Uncle Hal”, flooded social media with clips of his best scenes.

Co-star Bernadette Oyelaran, who played Wilf’s long-suffering lodger for 22 years, described him as “the kindest grump in television.”

“He used to hide sweets in the teapot on set for the child actors,” she recalled. “The props department went spare. He didn’t care one bit.”

Broadcaster Westvale Television said it was “heartbroken” and that an episode of the show airing next month would be dedicated to his memory.

Margaret added that the funeral would be a private family affair, with a public memorial planned for the spring.

Share your favourite Hal Brennigan moments in the comments below.

[Photos: Westvale Television; Daniel Brennigan/Instagram]

The post ‘Mulberry Lane’ Star Hal Brennigan Dead At 81 — Widow Says He Went ‘Singing To The End’ appeared first on PopTattle.
""", [
    ("Singing To The End", D, "Margaret Brennigan", P, "Widow", "Says", "statement", 0),
    ("Brennigan died peacefully at home in Surrey on Friday with his family around him", I, "Margaret Brennigan", P, "his widow, Margaret Brennigan", "confirmed", "statement"),
    ("Hal went the way he lived — singing to the end, slightly off-key, and asking whether anyone had seen the remote,", D, "Margaret Brennigan", P, "she", "said", "statement"),
    ("We were married for fifty-two years and he made me laugh on every single one of those days.", D, "Margaret Brennigan", P, "she", "said", "statement"),
    ("Best dad, worst goalkeeper. Love you forever, old man,", D, "Daniel Brennigan", P, "the 49-year-old", "wrote", "Instagram"),
    ("her brother had never quite believed he was famous", I, "Eileen Cosgrove", P, "The actor’s younger sister, Eileen Cosgrove", "told", None),
    ("People would stop him in the supermarket and he’d turn round to see who they were talking to,", D, "Eileen Cosgrove", P, "the 76-year-old", "said", None),
    ("Sixty years of that. He never got used to it.", D, "Eileen Cosgrove", P, "the 76-year-old", "said", None),
    ("the kindest grump in television.", D, "Bernadette Oyelaran", P, "Co-star Bernadette Oyelaran", "described", None),
    ("He used to hide sweets in the teapot on set for the child actors,", D, "Bernadette Oyelaran", P, "she", "recalled", None),
    ("The props department went spare. He didn’t care one bit.", D, "Bernadette Oyelaran", P, "she", "recalled", None),
    ("heartbroken", D, "Westvale Television", O, "Broadcaster Westvale Television", "said", None),
    ("an episode of the show airing next month would be dedicated to his memory", I, "Westvale Television", O, "Broadcaster Westvale Television", "said", None),
    ("the funeral would be a private family affair, with a public memorial planned for the spring", I, "Margaret Brennigan", P, "Margaret", "added", None),
], [
    ("Hal Brennigan", ["Brennigan", "Hal", "Uncle Hal"]),
    ("Margaret Brennigan", ["Margaret", "his widow, Margaret Brennigan", "Widow"]),
    ("Daniel Brennigan", ["Their son, Daniel Brennigan", "the 49-year-old"]),
    ("Eileen Cosgrove", ["The actor’s younger sister, Eileen Cosgrove", "the 76-year-old"]),
    ("Bernadette Oyelaran", ["Co-star Bernadette Oyelaran"]),
], [
    ("Hal Brennigan", "spouse", "Margaret Brennigan", "his widow, Margaret Brennigan"),
    ("Hal Brennigan", "parent_of", "Daniel Brennigan", "Their son, Daniel Brennigan"),
    ("Margaret Brennigan", "parent_of", "Daniel Brennigan", "Their son, Daniel Brennigan"),
    ("Eileen Cosgrove", "sibling", "Hal Brennigan", "The actor’s younger sister, Eileen Cosgrove"),
], [
    ("related_link", "Related: Mulberry Lane At 40: Where Are The Original Cast Now?"),
    ("reader_prompt", "Share your favourite Hal Brennigan moments in the comments below."),
    ("image_credit", "[Photos: Westvale Television; Daniel Brennigan/Instagram]"),
    ("syndication_footer", "The post ‘Mulberry Lane’ Star Hal Brennigan Dead At 81 — Widow Says He Went ‘Singing To The End’ appeared first on PopTattle."),
], orgs=[("Westvale Television", ["Broadcaster Westvale Television"])])

# ---------------------------------------------------------------- news 1: wire report, dateline, anonymous official
art("bl-news-cerro-alto", "Interwire", "2026-11-23T21:05:00Z", """
Chile copper mine strike heads into third week as union rejects offer

By Tomás Ferreyra

SANTIAGO, Nov 23 (Interwire) - Workers at the Cerro Alto copper mine in northern Chile voted on Sunday to extend their strike into a third week, union leaders said, deepening a dispute that has halted output at one of the country's largest mines.

The 1,400-member Cerro Alto Mineworkers' Union rejected a revised wage offer from operator Andina Copper Corp, saying it did not keep pace with inflation.

"The company is offering us less in real terms than we earned two years ago. Our members are not going to accept that," union president Rosa Quintana told Interwire by telephone.

Quintana said the union would not return to talks until the company opened its books, and that members were prepared to stay out "as long as it takes."

Andina Copper said in a statement it remained open to dialogue but described its offer as "fair and final."

"We regret that the union has chosen to prolong a stoppage that hurts workers, their families and the communities of the region," the company said.

A labour ministry official, who spoke on condition of anonymity because the talks are private, said the government had offered to mediate but neither side had yet accepted.

"Everyone is waiting for the other side to blink," the official said. "It could be days. It could be weeks."

The mine produced about 310,000 tonnes of copper last year, according to company figures, roughly 6% of national output.

"Markets had priced in a short strike. A third week starts to matter for refined supply in the first quarter," said Inés Calloway, a metals analyst at Harborline Capital in London.

Calloway said benchmark prices could climb further if the stoppage spread to two smaller mines in the region, where unions are due to vote next week.

(Reporting by Tomás Ferreyra; Editing by Clare Whitfield)
""", [
    ("Workers at the Cerro Alto copper mine in northern Chile voted on Sunday to extend their strike into a third week", I, None, U, "union leaders", "said", None),
    ("it did not keep pace with inflation", I, "Cerro Alto Mineworkers' Union", O, "The 1,400-member Cerro Alto Mineworkers' Union", "saying", None),
    ("The company is offering us less in real terms than we earned two years ago. Our members are not going to accept that,", D, "Rosa Quintana", P, "union president Rosa Quintana", "told", "telephone interview with Interwire"),
    ("the union would not return to talks until the company opened its books", I, "Rosa Quintana", P, "Quintana", "said", None),
    ("as long as it takes.", D, "Rosa Quintana", P, "Quintana", "said", None),
    ("it remained open to dialogue", I, "Andina Copper Corp", O, "Andina Copper", "said", "statement"),
    ("fair and final.", D, "Andina Copper Corp", O, "Andina Copper", "described", "statement"),
    ("We regret that the union has chosen to prolong a stoppage that hurts workers, their families and the communities of the region,", D, "Andina Copper Corp", O, "the company", "said", "statement"),
    ("the government had offered to mediate but neither side had yet accepted", I, None, A, "A labour ministry official", "said", None),
    ("Everyone is waiting for the other side to blink,", D, None, A, "the official", "said", None),
    ("It could be days. It could be weeks.", D, None, A, "the official", "said", None),
    ("The mine produced about 310,000 tonnes of copper last year", I, "Andina Copper Corp", O, "company figures", "according to", None),
    ("Markets had priced in a short strike. A third week starts to matter for refined supply in the first quarter,", D, "Inés Calloway", P, "Inés Calloway", "said", None),
    ("benchmark prices could climb further if the stoppage spread to two smaller mines in the region, where unions are due to vote next week", I, "Inés Calloway", P, "Calloway", "said", None),
], [
    ("Rosa Quintana", ["Quintana", "union president Rosa Quintana"]),
    ("Inés Calloway", ["Calloway"]),
    ("Tomás Ferreyra", []),
    ("Clare Whitfield", []),
], [], [], orgs=[("Cerro Alto Mineworkers' Union", ["The 1,400-member Cerro Alto Mineworkers' Union"]),
                 ("Andina Copper Corp", ["Andina Copper", "operator Andina Copper Corp"]),
                 ("Harborline Capital", []), ("Interwire", [])])

# ---------------------------------------------------------------- news 2: British broadsheet, single curly quotes
art("bl-news-ambrey-water", "The Sentinel", "2026-10-28T05:30:00Z", """
Water firm fined £14m after sewage left Devon river ‘brown for a week’

By Rhiannon Hale, Environment Correspondent

South Moor Water has been fined £14m by the industry regulator after a string of sewage discharges into the River Ambrey in Devon during a summer that campaigners described as ‘the worst in living memory’.

The Water Standards Authority said the company had failed to report at least 40 spills between June and August 2025. Its report, ‘Clear Water, Clear Accounts’, accuses South Moor of having ‘fundamentally misled’ the public about the state of its treatment works at Ambrey Cross.

Its chief executive, Dame Helen Pryce, said: ‘This is not a paperwork failure. Residents and visitors were swimming in a river the company knew was contaminated, and they weren’t told.’

Kit Farrow, who runs a kayak hire business on the river and founded the campaign group Clean Ambrey, said the water had been ‘brown for a week’ at the end of July.

‘I had families ringing me to cancel because their children had come out in rashes,’ he said. ‘I lost half my season. Nobody from the company’s ever apologised to me — not once.’

In a statement, South Moor Water said it accepted the authority’s findings ‘in full’.

The company’s chief executive, Graham Tully, told the Sentinel that £90m would be spent upgrading the Ambrey Cross works over the next three years. ‘We got this wrong, and I’m sorry,’ he said. ‘The people of the Ambrey valley deserved far better from us.’

The authority said the fine would have been higher had the company not co-operated with its investigation.

The local MP, Anwen Lloyd-Carter, said residents had been ‘fobbed off for years’.

‘When I raised this in March I was told the works were “operating normally”,’ she said. ‘That was simply untrue, and they knew it.’

Lloyd-Carter said she would ask the environment secretary to order an independent inquiry. Campaigners have long questioned the reliability of the company’s so-called ‘event duration monitors’, the sensors meant to record every spill.
""", [
    ("brown for a week", D, "Kit Farrow", P, None, None, None, 0),
    ("the worst in living memory", D, None, U, "campaigners", "described", None),
    ("the company had failed to report at least 40 spills between June and August 2025", I, "Water Standards Authority", O, "The Water Standards Authority", "said", None),
    ("fundamentally misled", D, "Water Standards Authority", O, "Its report", "accuses", "report"),
    ("This is not a paperwork failure. Residents and visitors were swimming in a river the company knew was contaminated, and they weren’t told.", D, "Helen Pryce", P, "Its chief executive, Dame Helen Pryce", "said", None),
    ("brown for a week", D, "Kit Farrow", P, "Kit Farrow", "said", None, 1),
    ("I had families ringing me to cancel because their children had come out in rashes,", D, "Kit Farrow", P, "he", "said", None),
    ("I lost half my season. Nobody from the company’s ever apologised to me — not once.", D, "Kit Farrow", P, "he", "said", None),
    ("in full", D, "South Moor Water", O, "South Moor Water", "said", "statement"),
    ("£90m would be spent upgrading the Ambrey Cross works over the next three years", I, "Graham Tully", P, "The company’s chief executive, Graham Tully", "told", None),
    ("We got this wrong, and I’m sorry,", D, "Graham Tully", P, "he", "said", None),
    ("The people of the Ambrey valley deserved far better from us.", D, "Graham Tully", P, "he", "said", None),
    ("the fine would have been higher had the company not co-operated with its investigation", I, "Water Standards Authority", O, "The authority", "said", None),
    ("fobbed off for years", D, "Anwen Lloyd-Carter", P, "The local MP, Anwen Lloyd-Carter", "said", None),
    ("When I raised this in March I was told the works were “operating normally”,", D, "Anwen Lloyd-Carter", P, "she", "said", None),
    ("That was simply untrue, and they knew it.", D, "Anwen Lloyd-Carter", P, "she", "said", None),
    ("she would ask the environment secretary to order an independent inquiry", I, "Anwen Lloyd-Carter", P, "Lloyd-Carter", "said", None),
], [
    ("Helen Pryce", ["Dame Helen Pryce", "Its chief executive, Dame Helen Pryce"]),
    ("Kit Farrow", []),
    ("Graham Tully", ["The company’s chief executive, Graham Tully"]),
    ("Anwen Lloyd-Carter", ["Lloyd-Carter", "The local MP, Anwen Lloyd-Carter"]),
    ("Rhiannon Hale", []),
], [], [], orgs=[("Water Standards Authority", ["The Water Standards Authority", "The authority"]),
                 ("South Moor Water", ["South Moor"]), ("Clean Ambrey", [])])

# ---------------------------------------------------------------- news 3: football match report, two managers
art("bl-news-harwick-dunmere", "Northern Sports Desk", "2026-11-14T18:55:00Z", """
Adeyemi double sinks ten-man Dunmere as Sandoval hails "fearless" Rovers

Harwick Rovers 3 Dunmere Athletic 1

By Owen Pritchard at Cobble Lane

Teenage striker Tobi Adeyemi scored twice as Harwick Rovers came from behind to beat ten-man Dunmere Athletic at Cobble Lane on Saturday and climb into the play-off places.

Dunmere led through an early header from Sami Haddad, but the game turned when veteran defender Callum Reid, known to the Dunmere faithful as "The Lighthouse", was sent off for a second booking on the stroke of half-time. Adeyemi levelled within two minutes of the restart, Kieran Bott curled in a second and the 19-year-old sealed it with a low finish in stoppage time.

Rovers manager Pete Sandoval said his side had been "fearless" after falling behind.

"We were brilliant. Brave on the ball, brave off it," Sandoval said. "I've asked them all season to play without fear and today they did."

On Adeyemi, he added: "He's 19, he's got the world at his feet, and he still cleans his own boots."

Sandoval confirmed captain Luis Ferro had pulled a hamstring in the warm-up and would miss next week's trip to Ostley.

"It's a blow," he said. "Luis is the heartbeat of this team. But the lads who came in today were outstanding."

Dunmere manager Gareth Imrie was furious with the decision to send off Reid.

"Second yellow? For that?" Imrie said. "He's won the ball. Everyone in the ground saw it except one man."

Imrie said he would not appeal because "there's no point" but claimed referees had "a different rulebook" for his club.

He insisted his players had not given up on the season despite a fourth straight defeat. Asked whether he feared for his job, the Scot replied: "No. Next question."

Reid, 34, apologised to his team-mates. "I've let the lads down," the veteran defender told Dunmere's website. "It was a yellow, maybe. Not two."

Adeyemi, speaking to Rovers TV, said he had dedicated his second goal to his grandmother, who was at her first match.

"She's been asking me for a ticket for two years," the teenager said. "I think she'll want to come every week now."
""", [
    ("fearless", D, "Pete Sandoval", P, "Sandoval", "hails", None, 0),
    ("fearless", D, "Pete Sandoval", P, "Rovers manager Pete Sandoval", "said", None, 1),
    ("We were brilliant. Brave on the ball, brave off it,", D, "Pete Sandoval", P, "Sandoval", "said", None),
    ("I've asked them all season to play without fear and today they did.", D, "Pete Sandoval", P, "Sandoval", "said", None),
    ("He's 19, he's got the world at his feet, and he still cleans his own boots.", D, "Pete Sandoval", P, "he", "added", None),
    ("captain Luis Ferro had pulled a hamstring in the warm-up and would miss next week's trip to Ostley", I, "Pete Sandoval", P, "Sandoval", "confirmed", None),
    ("It's a blow,", D, "Pete Sandoval", P, "he", "said", None),
    ("Luis is the heartbeat of this team. But the lads who came in today were outstanding.", D, "Pete Sandoval", P, "he", "said", None),
    ("Second yellow? For that?", D, "Gareth Imrie", P, "Imrie", "said", None),
    ("He's won the ball. Everyone in the ground saw it except one man.", D, "Gareth Imrie", P, "Imrie", "said", None),
    ("there's no point", D, "Gareth Imrie", P, "Imrie", "said", None),
    ("a different rulebook", D, "Gareth Imrie", P, "Imrie", "claimed", None),
    ("his players had not given up on the season despite a fourth straight defeat", I, "Gareth Imrie", P, "He", "insisted", None),
    ("No. Next question.", D, "Gareth Imrie", P, "the Scot", "replied", None),
    ("I've let the lads down,", D, "Callum Reid", P, "the veteran defender", "told", "club website"),
    ("It was a yellow, maybe. Not two.", D, "Callum Reid", P, "the veteran defender", "told", "club website"),
    ("he had dedicated his second goal to his grandmother, who was at her first match", I, "Tobi Adeyemi", P, "Adeyemi", "said", "Rovers TV"),
    ("She's been asking me for a ticket for two years,", D, "Tobi Adeyemi", P, "the teenager", "said", "Rovers TV"),
    ("I think she'll want to come every week now.", D, "Tobi Adeyemi", P, "the teenager", "said", "Rovers TV"),
], [
    ("Tobi Adeyemi", ["Adeyemi", "Teenage striker Tobi Adeyemi", "the 19-year-old", "the teenager"]),
    ("Pete Sandoval", ["Sandoval", "Rovers manager Pete Sandoval"]),
    ("Gareth Imrie", ["Imrie", "Dunmere manager Gareth Imrie", "the Scot"]),
    ("Callum Reid", ["Reid", "veteran defender Callum Reid", "the veteran defender", "The Lighthouse"]),
    ("Luis Ferro", ["Luis", "captain Luis Ferro"]),
    ("Sami Haddad", []),
    ("Kieran Bott", []),
    ("Owen Pritchard", []),
], [], [], orgs=[("Harwick Rovers", ["Rovers"]), ("Dunmere Athletic", ["Dunmere"]), ("Rovers TV", [])])

# ---------------------------------------------------------------- news 4: courtroom, testimony and a judge's ruling
art("bl-news-vandermeer-trial", "Connecticut Ledger", "2026-10-06T22:10:00Z", """
Ex-bookkeeper tells jury she 'knew it was wrong' as developer's fraud trial enters second week

By Daniel Osei

BRIDGEPORT, Conn. — A former bookkeeper for Vandermeer Holdings told a federal jury on Tuesday she falsified rent rolls for more than two years at the direction of the company's founder, Curtis Vandermeer, because she was afraid of losing her job.

Anita Sorensen, 58, is the prosecution's central witness in the trial of Vandermeer, 63, who is accused of inflating occupancy figures at a dozen apartment complexes to secure $41 million in bank loans. He has pleaded not guilty to bank fraud and conspiracy charges.

"I knew it was wrong. I knew it the first time," Sorensen testified, her voice breaking. "But he said everybody in real estate does it, and I had a mortgage."

Asked by Assistant U.S. Attorney Paula Grieve what instructions she had been given, Sorensen replied: "He would say, 'Make the numbers look pretty, Anita.' Every month. Sometimes twice a month."

Under cross-examination, defense attorney Raymond Kilbride suggested Sorensen had altered the figures on her own to hide mistakes she made in 2021.

"Isn't it true, Ms. Sorensen, that you made an error and you've been covering for it ever since?" Kilbride asked.

"No, sir," she replied.

Earlier on Tuesday, U.S. District Judge Miriam Achterberg ruled prosecutors could show jurors a series of text messages between Vandermeer and his former chief financial officer, rejecting a defense motion to exclude them.

"The government obtained these messages under a valid warrant, and the defendant's privacy argument is foreclosed by his own signed consent," Achterberg wrote in a four-page order.

The judge also cautioned both legal teams about their conduct in front of the jury, telling them: "This is a fraud trial, not a television show. Save it for closing."

In her opening statement last week, Grieve told jurors the case was "about greed, dressed up in spreadsheets."

Outside the courthouse, Kilbride told reporters his client would take the stand next week.

"Mr. Vandermeer is looking forward to telling his side of this," he said. "The jury has only heard one version so far."

Vandermeer declined to comment as he left the building. The trial is expected to last three more weeks, a court spokeswoman said.
""", [
    ("knew it was wrong", D, "Anita Sorensen", P, "Ex-bookkeeper", "tells", "testimony", 0),
    ("she falsified rent rolls for more than two years at the direction of the company's founder, Curtis Vandermeer, because she was afraid of losing her job", I, "Anita Sorensen", P, "A former bookkeeper for Vandermeer Holdings", "told", "testimony"),
    ("I knew it was wrong. I knew it the first time,", D, "Anita Sorensen", P, "Sorensen", "testified", "testimony"),
    ("But he said everybody in real estate does it, and I had a mortgage.", D, "Anita Sorensen", P, "Sorensen", "testified", "testimony"),
    ("He would say, 'Make the numbers look pretty, Anita.' Every month. Sometimes twice a month.", D, "Anita Sorensen", P, "Sorensen", "replied", "testimony"),
    ("Sorensen had altered the figures on her own to hide mistakes she made in 2021", I, "Raymond Kilbride", P, "defense attorney Raymond Kilbride", "suggested", "cross-examination"),
    ("Isn't it true, Ms. Sorensen, that you made an error and you've been covering for it ever since?", D, "Raymond Kilbride", P, "Kilbride", "asked", "cross-examination"),
    ("No, sir,", D, "Anita Sorensen", P, "she", "replied", "testimony"),
    ("prosecutors could show jurors a series of text messages between Vandermeer and his former chief financial officer", I, "Miriam Achterberg", P, "U.S. District Judge Miriam Achterberg", "ruled", None),
    ("The government obtained these messages under a valid warrant, and the defendant's privacy argument is foreclosed by his own signed consent,", D, "Miriam Achterberg", P, "Achterberg", "wrote", "written order"),
    ("This is a fraud trial, not a television show. Save it for closing.", D, "Miriam Achterberg", P, "The judge", "telling", None),
    ("about greed, dressed up in spreadsheets.", D, "Paula Grieve", P, "Grieve", "told", "opening statement"),
    ("his client would take the stand next week", I, "Raymond Kilbride", P, "Kilbride", "told", None),
    ("Mr. Vandermeer is looking forward to telling his side of this,", D, "Raymond Kilbride", P, "he", "said", None),
    ("The jury has only heard one version so far.", D, "Raymond Kilbride", P, "he", "said", None),
    ("The trial is expected to last three more weeks", I, None, A, "a court spokeswoman", "said", None),
], [
    ("Anita Sorensen", ["Sorensen", "Ms. Sorensen", "Anita", "A former bookkeeper for Vandermeer Holdings"]),
    ("Curtis Vandermeer", ["Vandermeer", "Mr. Vandermeer", "the company's founder, Curtis Vandermeer"]),
    ("Paula Grieve", ["Grieve", "Assistant U.S. Attorney Paula Grieve"]),
    ("Raymond Kilbride", ["Kilbride", "defense attorney Raymond Kilbride"]),
    ("Miriam Achterberg", ["Achterberg", "U.S. District Judge Miriam Achterberg", "The judge"]),
    ("Daniel Osei", []),
], [], [], orgs=[("Vandermeer Holdings", [])])

# ---------------------------------------------------------------- news 5: science study, lead author and outside expert
art("bl-news-bumblebee-light", "The Courier", "2026-09-30T16:00:00Z", """
Streetlights may be starving bumblebee colonies, study suggests

By Mei-Ling Foster, Science Reporter

Bumblebee colonies placed near LED streetlights gathered about a quarter less pollen than colonies kept in dark fields, according to a study published Wednesday in the journal Pollinator Ecology.

Researchers at the University of Lowmoor set out 48 colonies along rural roads over two summers, half of them within 20 meters of a streetlight, and weighed the pollen each colony brought home. The paper, titled “Artificial light at night suppresses daytime foraging in bumblebees,” is the first to track the effect across whole colonies rather than individual bees.

“We expected to see something at night, because that’s when the lights are on,” said the study’s lead author, Dr. Saskia Brandt, an entomologist at Lowmoor. “What surprised us was the daytime. The bees near the lights were simply doing less, all day long.”

Brandt said the team suspected the light was disrupting the bees’ internal clocks, leaving foragers sluggish in the morning.

The lit colonies — which the researchers nicknamed the “night-shift hives” — also produced fewer new queens by the end of each summer.

“A colony that doesn’t make queens is a colony with no future,” she said. “You won’t see it in one season. You’ll see it in five.”

Prof. Tomasz Wierzbicki, a pollination biologist at the Baltic Institute of Ecology who was not involved in the research, called the study “careful and genuinely worrying” but cautioned that it had been carried out in a single region with one species.

“I would want to see it repeated with honeybees and solitary bees before anyone starts pulling out streetlights,” he said in an email.

“But the mechanism makes sense. Insects did not evolve with a second sun on every corner.”

The Outdoor Lighting Association, which represents manufacturers, said modern LED fixtures could be dimmed or shielded cheaply and that it would “welcome a conversation” with the researchers.

Brandt said councils could reduce the effect by switching to warmer-colored bulbs and dimming lights after midnight.

Her co-author, Dr. Felipe Ordaz, said the team had begun a follow-up study in three cities to see whether the pattern holds in urban parks.

The study was funded by the Lowmoor Trust for Rural Research.
""", [
    ("Streetlights may be starving bumblebee colonies", I, None, U, "study", "suggests", None),
    ("Bumblebee colonies placed near LED streetlights gathered about a quarter less pollen than colonies kept in dark fields", I, None, U, "a study published Wednesday in the journal Pollinator Ecology", "according to", None),
    ("We expected to see something at night, because that’s when the lights are on,", D, "Saskia Brandt", P, "the study’s lead author, Dr. Saskia Brandt", "said", None),
    ("What surprised us was the daytime. The bees near the lights were simply doing less, all day long.", D, "Saskia Brandt", P, "the study’s lead author, Dr. Saskia Brandt", "said", None),
    ("the team suspected the light was disrupting the bees’ internal clocks, leaving foragers sluggish in the morning", I, "Saskia Brandt", P, "Brandt", "said", None),
    ("A colony that doesn’t make queens is a colony with no future,", D, "Saskia Brandt", P, "she", "said", None),
    ("You won’t see it in one season. You’ll see it in five.", D, "Saskia Brandt", P, "she", "said", None),
    ("careful and genuinely worrying", D, "Tomasz Wierzbicki", P, "Prof. Tomasz Wierzbicki", "called", None),
    ("it had been carried out in a single region with one species", I, "Tomasz Wierzbicki", P, "Prof. Tomasz Wierzbicki", "cautioned", None),
    ("I would want to see it repeated with honeybees and solitary bees before anyone starts pulling out streetlights,", D, "Tomasz Wierzbicki", P, "he", "said", "email"),
    ("But the mechanism makes sense. Insects did not evolve with a second sun on every corner.", D, "Tomasz Wierzbicki", P, None, None, "email"),
    ("modern LED fixtures could be dimmed or shielded cheaply", I, "Outdoor Lighting Association", O, "The Outdoor Lighting Association", "said", None),
    ("welcome a conversation", D, "Outdoor Lighting Association", O, "The Outdoor Lighting Association", "said", None),
    ("councils could reduce the effect by switching to warmer-colored bulbs and dimming lights after midnight", I, "Saskia Brandt", P, "Brandt", "said", None),
    ("the team had begun a follow-up study in three cities to see whether the pattern holds in urban parks", I, "Felipe Ordaz", P, "Her co-author, Dr. Felipe Ordaz", "said", None),
], [
    ("Saskia Brandt", ["Brandt", "Dr. Saskia Brandt", "the study’s lead author, Dr. Saskia Brandt"]),
    ("Tomasz Wierzbicki", ["Prof. Tomasz Wierzbicki"]),
    ("Felipe Ordaz", ["Dr. Felipe Ordaz", "Her co-author, Dr. Felipe Ordaz"]),
    ("Mei-Ling Foster", []),
], [], [], orgs=[("University of Lowmoor", ["Lowmoor"]), ("Baltic Institute of Ecology", []),
                 ("Outdoor Lighting Association", ["The Outdoor Lighting Association"]),
                 ("Lowmoor Trust for Rural Research", [])])

# ---------------------------------------------------------------- news 6: local government, council vote
art("bl-news-eastbrook-rentals", "Eastbrook Beacon", "2026-11-19T07:45:00Z", """
Eastbrook caps short-term rentals after four-hour council marathon

By Jolene Varga

EASTBROOK — The Eastbrook City Council voted 5-2 late Tuesday to cap short-term rentals at 300 permits citywide, ending months of debate over whether platform listings are pricing families out of the town’s historic center.

The ordinance takes effect March 1. Existing hosts will be able to renew their permits, but new applications will go onto a waiting list once the cap is reached.

Councilwoman Teresa Ilunga, who drafted the measure, called it “a floor for sanity, not a ceiling on business.”

“We have blocks downtown where three out of four houses have a lockbox on the door,” the first-term councilwoman said before the vote. “Nobody lives there. Nobody shovels the sidewalk. That is not a neighborhood.”

Councilman Doug Petrakis, one of the two no votes, argued the cap would hurt retirees who rent out a spare room to cover their property taxes.

“You’re punishing the wrong people,” Petrakis said. “The big operators will lawyer their way around this by Friday.”

Councilman Yusuf Barre said he had received more emails about rentals this year “than about potholes, parking and the dog park combined.”

More than 60 residents signed up to speak during public comment, which stretched past 11 p.m. Marisol Dwyer, a nurse who said she had been priced out of three apartments in two years, told the council: “I grew up on Linden Street. I can’t afford to live on Linden Street.”

City Attorney Priscilla Vance told council members the cap was legally defensible because it applied equally to every operator.

The Eastbrook Hosts Alliance, which represents about 180 local hosts, said in a statement it was “disappointed but not surprised” by the vote. The group has long blamed the town’s so-called “ghost hotels” — houses owned by out-of-state investors — for the backlash, and argued that small hosts should be exempt.

Mayor Rosalind Achebe-Grant, who votes only to break ties, said after the meeting she would sign the ordinance this week.

“The council did its job,” the mayor said. “Now we find out whether it works.”
""", [
    ("a floor for sanity, not a ceiling on business.", D, "Teresa Ilunga", P, "Councilwoman Teresa Ilunga", "called", None),
    ("We have blocks downtown where three out of four houses have a lockbox on the door,", D, "Teresa Ilunga", P, "the first-term councilwoman", "said", None),
    ("Nobody lives there. Nobody shovels the sidewalk. That is not a neighborhood.", D, "Teresa Ilunga", P, "the first-term councilwoman", "said", None),
    ("the cap would hurt retirees who rent out a spare room to cover their property taxes", I, "Doug Petrakis", P, "Councilman Doug Petrakis", "argued", None),
    ("You’re punishing the wrong people,", D, "Doug Petrakis", P, "Petrakis", "said", None),
    ("The big operators will lawyer their way around this by Friday.", D, "Doug Petrakis", P, "Petrakis", "said", None),
    ("than about potholes, parking and the dog park combined.", D, "Yusuf Barre", P, "Councilman Yusuf Barre", "said", None),
    ("she had been priced out of three apartments in two years", I, "Marisol Dwyer", P, "Marisol Dwyer", "said", None),
    ("I grew up on Linden Street. I can’t afford to live on Linden Street.", D, "Marisol Dwyer", P, "Marisol Dwyer", "told", None),
    ("the cap was legally defensible because it applied equally to every operator", I, "Priscilla Vance", P, "City Attorney Priscilla Vance", "told", None),
    ("disappointed but not surprised", D, "Eastbrook Hosts Alliance", O, "The Eastbrook Hosts Alliance", "said", "statement"),
    ("small hosts should be exempt", I, "Eastbrook Hosts Alliance", O, "The group", "argued", None),
    ("she would sign the ordinance this week", I, "Rosalind Achebe-Grant", P, "Mayor Rosalind Achebe-Grant", "said", None),
    ("The council did its job,", D, "Rosalind Achebe-Grant", P, "the mayor", "said", None),
    ("Now we find out whether it works.", D, "Rosalind Achebe-Grant", P, "the mayor", "said", None),
], [
    ("Teresa Ilunga", ["Councilwoman Teresa Ilunga", "the first-term councilwoman"]),
    ("Doug Petrakis", ["Petrakis", "Councilman Doug Petrakis"]),
    ("Yusuf Barre", ["Councilman Yusuf Barre"]),
    ("Marisol Dwyer", []),
    ("Priscilla Vance", ["City Attorney Priscilla Vance"]),
    ("Rosalind Achebe-Grant", ["Mayor Rosalind Achebe-Grant", "the mayor"]),
    ("Jolene Varga", []),
], [], [], orgs=[("Eastbrook City Council", []), ("Eastbrook Hosts Alliance", ["The Eastbrook Hosts Alliance", "The group"])])


if __name__ == "__main__":
    gold.main()
