"""Build fifteenth.gold.jsonl: a fifteenth invented evaluation set, written blind.

Ten articles written by us on 2026-11-25 (invented people, outlets, places and events; no real
article text). Five celebrity pieces: a pop star's tour cancellation in syndicated WordPress style
with curly quotes (a headline quote repeated in the footer, an Instagram block after "explained the
real reason:" and "She went on:", the promoter's indirect confirmation and "the company said in a
statement", its unnamed spokesperson (the promoter), a producer's X post, her mother's partial quote
to a radio station, fans including one known only as "Dee", an anonymous source who "claims" and
"the insider", a nickname that is not a quote, "ended her post with a simple line:"); an actor's
engagement in a British tabloid with single curly quotes (a headline quote before a colon, "X, a
representative for the couple confirmed", the rep's statement (null), a caption, a source's quote
over two paragraphs, "The insider added that", a director who "says" a partial quote, "has
previously said", "admitted" and "he joked" from a podcast, his mother's Facebook post, a friend's
partial quote, a film title and a nickname in quotation marks, "declined to say whether");
a chat-show interview in straight double quotes (a headline quote after a colon, the host's
question with "Dellow began" after it, "Dellow asked", a long answer interrupted by "she said" and running over two
paragraphs, nested single-quoted speech, "she replied", "The actress also revealed", "She
explained", "she insisted", a network spokesperson (the network), her husband's caption,
show and film titles); a reality star's court fight with her ex-fiance in curly double quotes (a
headline quote repeated in the footer, "claims ..., according to court documents", partial quotes
from the filing, his attorney, her lawyer's partial quote and "said", a nested quote inside a quote,
a since-deleted TikTok, "go on to say that she had “…”", a source who "tells", "the
insider", the network's indirect statement, his sister's caption, commenters who "wrote that" and
"argued", a show title and a quote inside a "Related:" line); a soul singer's obituary in British
curly double quotes ("X, his family said", "they said" in a statement and "the statement read"
(null), a trumpeter's partial quote and an interrupted quote, a singer's two-paragraph Instagram tribute, the
label that "described him as" and "confirmed", the mayor "Councillor" and "she added", the dead man's
own partial quote from an old interview, his daughter, a historian who "argued"; nicknames and song
titles in quotation marks). Five news pieces: a city budget vote in straight double quotes with a
dateline ("according to figures released by" a budget office, the mayor, the finance chair who
"argued", a councilor's partial quote and "warned that", the firefighters' union and its president's
interrupted quote, a resident, a first-name-only resident, the budget director, the chamber of
commerce "saying"; "urged the council to" is not speech); an earthquake wire report in straight
double quotes ("officials said" (null), "according to" an institute, a rescuer after the quote and
"She said", the interior minister on state television, the governor, a survivor, an anonymous
rescuer's partial quote, a relief office, a seismologist, an unnamed woman, "his office said"
(null)); a food merger in curly double quotes ("Halvard said in a statement", two chief executives
on an analyst call and in an interview, "said ... but acknowledged that ... “…”", an analyst after
the quote with a long apposition, a research firm's note to clients, a union and its president, a
person familiar with the talks; a nickname after "dubbed" and "declined to comment"); a murder
verdict in British single curly quotes (a headline "‘…’, says mother", "claiming", the prosecutor
and "Ms X", the defence barrister, the judge who "warned", the mother's two-paragraph statement
after "said:", the brother's partial quote and "adding:", a detective, an anonymous friend, a
university's statement, a nickname); a climate summit in straight single quotes (a headline "'…,'
island envoy tells ...", a name with an apostrophe, partial quotes inside reported clauses, ministers
of invented countries with "insisted" and "denied that", an activist, the summit president's
interrupted quote, "According to an analysis by", an anonymous negotiator, a nested double-quoted
quote, aid-agency observers and "delegates said" (null); a banner and a scare-marked word are
not quotes).
Written without reading the engine, its tests, the benchmarks or the other sets' articles (one
builder read for its mechanics only), and without running the engine on them.
Same format and conventions as the other sets (see README.md). Quotes are given as (substring,
kind, speaker, speaker_kind, mention, cue, channel[, occurrence]); offsets are computed and every
span, mention, alias and evidence string is checked by builder.py.
Run: python tests/data/eval/build_fifteenth.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from builder import A, D, I, O, P, GoldSet  # noqa: E402

gold = GoldSet(Path(__file__).with_name("fifteenth.gold.jsonl"))
art = gold.art


# ---------------------------------------------------------------- celebrity 1: pop star cancels tour
SO, TQ, FO, IT = "Séraphine Oduya", "Tobiah Quenneville", "Folasade Oduya", "Ingeborg Thorsrud"
HL = "Hollowmere Live"
art("pp-oduya-tour-cancelled", "PopPulse", "2026-11-21T14:15:00-05:00", """
Séraphine Oduya Cancels Tour, Tells Fans She’s ‘Running On Empty’!

Séraphine Oduya is hitting pause.

The 29-year-old pop star announced on Thursday that she is cancelling the remaining 34 dates of her Velvet Static world tour, just three weeks after kicking it off in Lisbon.

As PopPulse readers know, the Nigerian-French hitmaker missed two shows in Madrid last week, and her team initially blamed a throat infection. But in a lengthy Instagram post, the singer explained the real reason:

“I have been running on empty for a long time, and I kept telling myself I could push through one more night, one more city. My body has been begging me to stop and I finally listened.”

She went on:

“I know so many of you saved for months and travelled a long way to see me. I am so sorry. Every single ticket will be refunded, and I promise I will come back to you stronger.”

Related: Séraphine Oduya Shuts Down Engagement Rumours With One Cheeky Emoji

Hollowmere Live, the promoter behind the tour, confirmed refunds would be issued automatically within 30 days.

“We fully support Séraphine’s decision. Her health comes first, and we look forward to bringing her back on the road when she is ready,” the company said in a statement.

A spokesperson for Hollowmere Live later added that the Lisbon and Porto shows, which went ahead, were not affected.

Her longtime collaborator, producer Tobiah Quenneville, wrote on X: “Proud of you for choosing yourself. The songs will wait.”

The singer’s mother, Folasade Oduya, told a Lagos radio station that her daughter was “resting and eating properly for the first time in months.”

Not everyone was so understanding. Some fans who had travelled to Berlin for Saturday’s show complained the news came too late.

“I’d already paid for the hotel and the train. I’m glad she’s looking after herself, but a week’s notice would have been nice,” one fan, 22-year-old Ingeborg Thorsrud, told PopPulse.

Another, who asked to be identified only as Dee, said she had been “crying in the station for an hour.”

A source close to the singer claims the decision had been brewing for weeks. “She was sleeping three hours a night and doing meet-and-greets between soundchecks. Everyone around her could see it,” the insider said.

Fans have since started calling the cancelled shows “the Lost Static dates” — which, honestly, is kind of poetic.

Oduya ended her post with a simple line: “See you on the other side.”

We’re sending all the love, Séraphine! Will U be holding on to your tickets, PopPulse readers? Sound OFF in the comments!

[Image via Séraphine Oduya/Instagram, Backgrid]

The post Séraphine Oduya Cancels Tour, Tells Fans She's 'Running On Empty'! appeared first on PopPulse.
""", [
    ("Running On Empty", D, SO, P, "Séraphine Oduya", "Tells", "Instagram post", 0),
    ("she is cancelling the remaining 34 dates of her Velvet Static world tour, just three weeks after kicking it "
     "off in Lisbon", I, SO, P, "The 29-year-old pop star", "announced", None),
    ("I have been running on empty for a long time, and I kept telling myself I could push through one more night, "
     "one more city. My body has been begging me to stop and I finally listened.", D, SO, P, "the singer",
     "explained", "Instagram post"),
    ("I know so many of you saved for months and travelled a long way to see me. I am so sorry. Every single ticket "
     "will be refunded, and I promise I will come back to you stronger.", D, SO, P, "She", "went on",
     "Instagram post"),
    ("refunds would be issued automatically within 30 days", I, HL, O,
     "Hollowmere Live, the promoter behind the tour", "confirmed", None),
    ("We fully support Séraphine’s decision. Her health comes first, and we look forward to bringing her back on the "
     "road when she is ready,", D, HL, O, "the company", "said", "statement"),
    ("the Lisbon and Porto shows, which went ahead, were not affected", I, HL, O,
     "A spokesperson for Hollowmere Live", "added", None),
    ("Proud of you for choosing yourself. The songs will wait.", D, TQ, P, "producer Tobiah Quenneville", "wrote",
     "X post"),
    ("resting and eating properly for the first time in months.", D, FO, P,
     "The singer’s mother, Folasade Oduya", "told", "radio interview"),
    ("the news came too late", I, None, A, "Some fans", "complained", None),
    ("I’d already paid for the hotel and the train. I’m glad she’s looking after herself, but a week’s notice would "
     "have been nice,", D, IT, P, "one fan, 22-year-old Ingeborg Thorsrud", "told", None),
    ("crying in the station for an hour.", D, "Dee", P, "Another, who asked to be identified only as Dee", "said",
     None),
    ("the decision had been brewing for weeks", I, None, A, "A source close to the singer", "claims", None),
    ("She was sleeping three hours a night and doing meet-and-greets between soundchecks. Everyone around her could "
     "see it,", D, None, A, "the insider", "said", None),
    ("See you on the other side.", D, SO, P, "Oduya", "ended her post", "Instagram post"),
], people=[
    (SO, ["Séraphine", "Oduya", "The 29-year-old pop star", "the Nigerian-French hitmaker", "the singer"]),
    (TQ, ["producer Tobiah Quenneville", "Her longtime collaborator"]),
    (FO, ["The singer’s mother, Folasade Oduya"]),
    (IT, ["one fan, 22-year-old Ingeborg Thorsrud"]),
    ("Dee", []),
], orgs=[(HL, ["the promoter behind the tour", "the company"]), ("PopPulse", [])], relations=[
    (FO, "parent_of", SO, "The singer’s mother, Folasade Oduya"),
], boilerplate=[
    ("related_link", "Related: Séraphine Oduya Shuts Down Engagement Rumours With One Cheeky Emoji"),
    ("reader_prompt", "Will U be holding on to your tickets, PopPulse readers? Sound OFF in the comments!"),
    ("image_credit", "[Image via Séraphine Oduya/Instagram, Backgrid]"),
    ("syndication_footer", "The post Séraphine Oduya Cancels Tour, Tells Fans She's 'Running On Empty'! appeared "
     "first on PopPulse."),
])


# ---------------------------------------------------------------- celebrity 2: actor's engagement
TN, IM, OS, MN, ZA = ("Thaddeus Ngata-Ruiz", "Ilse Marchetti", "Ottavio Senn", "Mereana Ngata",
                      "Zuleika Armitage-Oyelaran")
art("mc-ngata-ruiz-engaged", "The Morning Clarion", "2026-11-18T07:10:00+00:00", """
‘He asked on the cliff where we met’: Ilse Marchetti confirms engagement to Thaddeus Ngata-Ruiz

HOLLYWOOD heartthrob Thaddeus Ngata-Ruiz is off the market after popping the question to his girlfriend of two years, Italian model Ilse Marchetti.

The 34-year-old star of the ‘Ironbark’ films proposed during a weekend break in Cornwall, a representative for the couple confirmed yesterday.

‘Thaddeus and Ilse are thrilled to share that they are engaged. They are grateful for everyone’s kind wishes and ask for privacy as they celebrate with their families,’ the rep said in a statement.

Marchetti, 29, shared the news on Instagram with a photo of her emerald ring, writing: ‘He asked on the cliff where we met. I said yes before he finished the question.’

She later told followers in a Q&A that she would keep her own surname after the wedding.

A source close to the couple told The Morning Clarion: ‘Thaddeus had been carrying that ring around for a month. He was terrified she would find it in his suitcase.

‘They’re planning a small wedding in Puglia next summer — family, a few friends and absolutely no cameras.’

The insider added that the actor had asked Marchetti’s father for his blessing over a video call.

READ MORE: Ironbark star reveals the injury that nearly ended the franchise

The couple met in 2024 on the set of a perfume advert shot on the Amalfi coast, where the brand’s director, Ottavio Senn, says they were ‘inseparable from the first take’.

Ngata-Ruiz, who was raised in Auckland, has previously said he was ‘rubbish at romance’.

Speaking on a podcast earlier this year, the New Zealand-born actor admitted he had never planned a date in his life. ‘My idea of romance used to be a takeaway and a documentary,’ he joked.

His mother, Mereana Ngata, posted a string of heart emojis on Facebook and wrote: ‘Welcome to the whānau, darling girl.’

Marchetti’s best friend, the stylist Zuleika Armitage-Oyelaran, told the paper she ‘screamed so loud the neighbours knocked’ when she heard the news.

A spokesman for Ironbark studio Kestrel Pictures declined to say whether the wedding would delay filming of the fourth instalment, due to start in March.

The actor — nicknamed ‘The Kiwi Cowboy’ by fans — has not commented himself.

Picture: Instagram / Kestrel Pictures
""", [
    ("He asked on the cliff where we met", D, IM, P, "Ilse Marchetti", None, "Instagram post", 0),
    ("The 34-year-old star of the ‘Ironbark’ films proposed during a weekend break in Cornwall", I, None, A,
     "a representative for the couple", "confirmed", None),
    ("Thaddeus and Ilse are thrilled to share that they are engaged. They are grateful for everyone’s kind wishes "
     "and ask for privacy as they celebrate with their families,", D, None, A, "the rep", "said", "statement"),
    ("He asked on the cliff where we met. I said yes before he finished the question.", D, IM, P, "Marchetti",
     "writing", "Instagram post"),
    ("she would keep her own surname after the wedding", I, IM, P, "She", "told", "Instagram Q&A"),
    ("Thaddeus had been carrying that ring around for a month. He was terrified she would find it in his suitcase."
     "\n\n‘They’re planning a small wedding in Puglia next summer — family, a few friends and absolutely no cameras.",
     D, None, A, "A source close to the couple", "told", None),
    ("the actor had asked Marchetti’s father for his blessing over a video call", I, None, A, "The insider", "added",
     None),
    ("inseparable from the first take", D, OS, P, "the brand’s director, Ottavio Senn", "says", None),
    ("rubbish at romance", D, TN, P, "Ngata-Ruiz", "said", None),
    ("he had never planned a date in his life", I, TN, P, "the New Zealand-born actor", "admitted", "podcast"),
    ("My idea of romance used to be a takeaway and a documentary,", D, TN, P, "he", "joked", "podcast"),
    ("Welcome to the whānau, darling girl.", D, MN, P, "His mother, Mereana Ngata", "wrote", "Facebook post"),
    ("screamed so loud the neighbours knocked", D, ZA, P,
     "Marchetti’s best friend, the stylist Zuleika Armitage-Oyelaran", "told", None),
], people=[
    (TN, ["Ngata-Ruiz", "Thaddeus", "HOLLYWOOD heartthrob Thaddeus Ngata-Ruiz",
          "The 34-year-old star of the ‘Ironbark’ films", "the New Zealand-born actor", "the actor"]),
    (IM, ["Marchetti", "Ilse", "Italian model Ilse Marchetti"]),
    (OS, ["the brand’s director, Ottavio Senn"]),
    (MN, ["His mother, Mereana Ngata"]),
    (ZA, ["Marchetti’s best friend, the stylist Zuleika Armitage-Oyelaran"]),
], orgs=[("Kestrel Pictures", []), ("The Morning Clarion", [])], relations=[
    (TN, "partner", IM, "his girlfriend of two years, Italian model Ilse Marchetti"),
    (MN, "parent_of", TN, "His mother, Mereana Ngata"),
], boilerplate=[
    ("related_link", "READ MORE: Ironbark star reveals the injury that nearly ended the franchise"),
    ("image_credit", "Picture: Instagram / Kestrel Pictures"),
])


# ---------------------------------------------------------------- celebrity 3: chat-show interview
WA, CD, AK = "Winnie Adebayo-Strand", "Caspian Dellow", "Anselm Kjeldgaard"
art("nd-adebayo-strand-late-lamp", "NightLine Digest", "2026-11-24T00:45:00-05:00", """
Winnie Adebayo-Strand on her comeback: "I was the last person anyone wanted to hire"

Winnie Adebayo-Strand has never been one for short answers, and her appearance on "The Late Lamp" on Tuesday night was no exception.

The 47-year-old actress, whose new drama "Saltwater Kings" opens next month, spent nearly twenty minutes on the couch with host Caspian Dellow, talking about the five years she spent out of work after a public falling-out with a studio.

"Let's go back to 2019. Everybody in this town had your number, and then overnight nobody did. What happened?" Dellow began.

"What happened is I said no to the wrong man in the wrong room," she said. "I was the last person anyone wanted to hire. My agent stopped calling. People I had worked with for years would cross the street when they saw me coming, and I mean that literally.

"So I did what you do. I taught drama to teenagers in Tacoma, I learned to make sourdough badly, and I wrote the worst novel ever written. My daughter still reads bits of it aloud at Thanksgiving to humiliate me."

She explained that her daughter, Temperance, now 19, had persuaded her to send in an audition tape.

"Did you ever think about quitting for good?" Dellow asked.

"Every single day," she replied. "And then a girl in my class, Marisela, did a monologue from a play I'd been in, and she did it better than I ever had. I went home and told my husband, 'I'm not finished.' He said, 'I know. You've been saying it in your sleep.'"

Her husband, the cinematographer Anselm Kjeldgaard, was in the audience and gave a thumbs-up when the camera found him.

On "Saltwater Kings," in which she plays a retired ship captain dragged back to sea, she said she had "never been so cold or so happy" on a set. The actress also revealed that she had done most of her own sailing scenes after three months of lessons in Norway.

"The stunt coordinator kept saying, 'Winnie, we have a double for this,'" she told Dellow, "and I kept saying, 'Then the double can have my salary.'"

The studio she fell out with, Greyfell Pictures, has never commented publicly on her account. Asked about it on the show, she insisted she held no grudges and said she had "made peace with every single one of them, except maybe one."

Dellow, wrapping up, told viewers that the conversation had been "the best twenty minutes this chair has ever had."

A spokesperson for the network, Harbinger Broadcasting, said the episode drew the show's biggest audience of the season.

Kjeldgaard later shared a clip of the interview on Instagram with the caption "Told you so."
""", [
    ("I was the last person anyone wanted to hire", D, WA, P, "Winnie Adebayo-Strand", None, None, 0),
    ("Let's go back to 2019. Everybody in this town had your number, and then overnight nobody did. What happened?",
     D, CD, P, "Dellow", "began", None),
    ("What happened is I said no to the wrong man in the wrong room,", D, WA, P, "she", "said", None),
    ("I was the last person anyone wanted to hire. My agent stopped calling. People I had worked with for years "
     "would cross the street when they saw me coming, and I mean that literally.\n\n\"So I did what you do. I taught "
     "drama to teenagers in Tacoma, I learned to make sourdough badly, and I wrote the worst novel ever written. My "
     "daughter still reads bits of it aloud at Thanksgiving to humiliate me.", D, WA, P, "she", "said", None),
    ("her daughter, Temperance, now 19, had persuaded her to send in an audition tape", I, WA, P, "She", "explained",
     None),
    ("Did you ever think about quitting for good?", D, CD, P, "Dellow", "asked", None),
    ("Every single day,", D, WA, P, "she", "replied", None),
    ("And then a girl in my class, Marisela, did a monologue from a play I'd been in, and she did it better than I "
     "ever had. I went home and told my husband, 'I'm not finished.' He said, 'I know. You've been saying it in your "
     "sleep.'", D, WA, P, "she", "replied", None),
    ("never been so cold or so happy", D, WA, P, "she", "said", None),
    ("she had done most of her own sailing scenes after three months of lessons in Norway", I, WA, P, "The actress",
     "revealed", None),
    ("The stunt coordinator kept saying, 'Winnie, we have a double for this,'", D, WA, P, "she", "told", None),
    ("and I kept saying, 'Then the double can have my salary.'", D, WA, P, "she", "told", None),
    ("she held no grudges", I, WA, P, "she", "insisted", None),
    ("made peace with every single one of them, except maybe one.", D, WA, P, "she", "said", None),
    ("the best twenty minutes this chair has ever had.", D, CD, P, "Dellow", "told", None),
    ("the episode drew the show's biggest audience of the season", I, "Harbinger Broadcasting", O,
     "A spokesperson for the network, Harbinger Broadcasting", "said", None),
    ("Told you so.", D, AK, P, "Kjeldgaard", "caption", "Instagram post"),
], people=[
    (WA, ["Adebayo-Strand", "The 47-year-old actress", "The actress", "Winnie"]),
    (CD, ["Dellow", "host Caspian Dellow"]),
    (AK, ["Kjeldgaard", "Her husband, the cinematographer Anselm Kjeldgaard"]),
    ("Temperance", ["her daughter, Temperance"]),
    ("Marisela", []),
], orgs=[
    ("Harbinger Broadcasting", ["the network"]),
    ("Greyfell Pictures", []),
    ("NightLine Digest", []),
], relations=[
    (AK, "spouse", WA, "Her husband, the cinematographer Anselm Kjeldgaard"),
    (WA, "parent_of", "Temperance", "her daughter, Temperance"),
])


# ---------------------------------------------------------------- celebrity 4: reality star's court fight with ex
BZ, DC, LA, PV, OC = ("Brandi Zolotova", "Dashiell Crane", "Leopold Achterberg", "Priya Venkataraman-Hollis",
                      "Odalys Crane")
art("gw-zolotova-crane-court", "Glitterwire", "2026-11-19T16:20:00-08:00", """
Brandi Zolotova’s Ex Dashiell Crane Says She ‘Sold Our Dog For Views’ In Explosive Court Filing

The gloves are officially off between Brandi Zolotova and Dashiell Crane!

The “Palm Row Wives” star’s ex-fiancé claims she used their breakup — and their French bulldog — as storylines for the show’s upcoming season, according to court documents obtained by Glitterwire.

In the filing, submitted Monday in Los Angeles Superior Court, Crane says Zolotova “sold our dog for views” by filming a tearful custody handover of Biscuit without his consent. He also claims he lent her $48,000 for a boutique that closed last year and was never repaid.

“Dashiell trusted Brandi with his money, his home and his dog. She treated all three as content,” his attorney, Leopold Achterberg, told Glitterwire on Tuesday.

Zolotova’s team hit back hard. Her lawyer, Priya Venkataraman-Hollis, called the filing “a publicity stunt dressed up as a lawsuit” and said the loan had been a gift.

“My client has the receipts, the texts and the birthday card that says ‘Happy birthday, this one’s on me,’” she added. “We look forward to showing all of them to a judge.”

Related: Palm Row Wives Season 4 Trailer Teases ‘The Biggest Betrayal Yet’

Zolotova herself addressed the drama in a TikTok video on Wednesday, which she has since deleted.

“I’m not going to fight with someone in court and on the internet at the same time. Biscuit is happy, Biscuit is healthy, and Biscuit is with me. That’s all I’ll say,” the reality star said, holding the dog up to the camera.

She did, however, go on to say that she had “never once” been paid for storylines involving the dog.

A source close to the production tells Glitterwire the split was “absolutely real.”

“Nobody made Brandi cry on camera. But nobody stopped the cameras either,” the insider said.

Network Velour TV said in a statement that it does not script the personal lives of its cast, and declined to comment on the litigation.

Crane’s sister, Odalys Crane, shared a photo of the dog on Instagram with the caption “Bring him home.”

A hearing is scheduled for January 8.

Fans, meanwhile, are firmly divided. One commenter wrote that Zolotova was the only honest person on that show, while another argued Crane was just chasing a storyline of his own.

Whose side are U on, Glitterwire readers? Let us know in the comments!

[Image via Brandi Zolotova/TikTok, Velour TV]

The post Brandi Zolotova’s Ex Dashiell Crane Says She 'Sold Our Dog For Views' In Explosive Court Filing appeared first on Glitterwire.
""", [
    ("Sold Our Dog For Views", D, DC, P, "Dashiell Crane", "Says", "court filing", 0),
    ("she used their breakup — and their French bulldog — as storylines for the show’s upcoming season", I, DC, P,
     "The “Palm Row Wives” star’s ex-fiancé", "claims", "court filing"),
    ("sold our dog for views", D, DC, P, "Crane", "says", "court filing"),
    ("he lent her $48,000 for a boutique that closed last year and was never repaid", I, DC, P, "He", "claims",
     "court filing"),
    ("Dashiell trusted Brandi with his money, his home and his dog. She treated all three as content,", D, LA, P,
     "his attorney, Leopold Achterberg", "told", None),
    ("a publicity stunt dressed up as a lawsuit", D, PV, P, "Her lawyer, Priya Venkataraman-Hollis", "called", None),
    ("the loan had been a gift", I, PV, P, "Her lawyer, Priya Venkataraman-Hollis", "said", None),
    ("My client has the receipts, the texts and the birthday card that says ‘Happy birthday, this one’s on me,’", D,
     PV, P, "she", "added", None),
    ("We look forward to showing all of them to a judge.", D, PV, P, "she", "added", None),
    ("I’m not going to fight with someone in court and on the internet at the same time. Biscuit is happy, Biscuit is "
     "healthy, and Biscuit is with me. That’s all I’ll say,", D, BZ, P, "the reality star", "said",
     "TikTok video (since deleted)"),
    ("never once", D, BZ, P, "She", "go on to say", "TikTok video (since deleted)"),
    ("absolutely real.", D, None, A, "A source close to the production", "tells", None),
    ("Nobody made Brandi cry on camera. But nobody stopped the cameras either,", D, None, A, "the insider", "said",
     None),
    ("it does not script the personal lives of its cast", I, "Velour TV", O, "Network Velour TV", "said",
     "statement"),
    ("Bring him home.", D, OC, P, "Crane’s sister, Odalys Crane", "caption", "Instagram post"),
    ("Zolotova was the only honest person on that show", I, None, A, "One commenter", "wrote", None),
    ("Crane was just chasing a storyline of his own", I, None, A, "another", "argued", None),
], people=[
    (BZ, ["Zolotova", "Brandi", "the reality star", "The “Palm Row Wives” star"]),
    (DC, ["Crane", "Dashiell", "The “Palm Row Wives” star’s ex-fiancé"]),
    (LA, ["his attorney, Leopold Achterberg"]),
    (PV, ["Her lawyer, Priya Venkataraman-Hollis"]),
    (OC, ["Crane’s sister, Odalys Crane"]),
], orgs=[("Velour TV", ["Network Velour TV"]), ("Glitterwire", [])], relations=[
    (DC, "ex_partner", BZ, "The “Palm Row Wives” star’s ex-fiancé"),
    (OC, "sibling", DC, "Crane’s sister, Odalys Crane"),
], boilerplate=[
    ("related_link", "Related: Palm Row Wives Season 4 Trailer Teases ‘The Biggest Betrayal Yet’"),
    ("reader_prompt", "Whose side are U on, Glitterwire readers? Let us know in the comments!"),
    ("image_credit", "[Image via Brandi Zolotova/TikTok, Velour TV]"),
    ("syndication_footer", "The post Brandi Zolotova’s Ex Dashiell Crane Says She 'Sold Our Dog For Views' In "
     "Explosive Court Filing appeared first on Glitterwire."),
])


# ---------------------------------------------------------------- celebrity 5: soul singer's obituary
EA, AD, OF, HO, AA, CE = ("Ezekiel Amadi-Morrow", "Augustin Delacroix-Mbeki", "Ottoline Fairweather-Nakamura",
                          "Haddiyah Osei-Whitlock", "Abiona Amadi-Morrow", "Cuthbert Ellingham")
ISR = "Island Spire Records"
art("ec-amadi-morrow-obituary", "The Evening Courier", "2026-11-17T12:00:00+00:00", """
Ezekiel Amadi-Morrow, soul pioneer behind “Harbour Lights”, dies aged 81

Ezekiel Amadi-Morrow, the Bristol-born singer and bandleader whose horn-driven records helped define British soul in the 1970s, has died aged 81, his family said on Sunday.

In a statement, they said he died peacefully at home in Clifton, surrounded by his children and grandchildren, after a short illness.

“Dad filled every room he walked into with music and mischief. He was still humming bass lines to the nurses last week,” the statement read.

Known to fans as “Zeke” and to his band as “the Gaffer”, Amadi-Morrow formed the Kingsdown Revue in 1968 and scored his first hit with “Harbour Lights” four years later.

His longtime trumpeter, Augustin Delacroix-Mbeki, 78, said the band had lost “its heartbeat and its loudest critic”.

“He would stop a rehearsal over one wrong note and then buy everybody fish and chips to apologise,” Delacroix-Mbeki told the Courier. “Fifty years I played next to him. I don’t know what my hands are supposed to do now.”

The singer Ottoline Fairweather-Nakamura, who toured with him in the 1990s, wrote on Instagram:

“Zeke taught me to breathe from my boots, not my throat. Every note I have sung since has had a bit of him in it.

“Rest easy, Gaffer. Save me a seat near the horns.”

Island Spire Records, his label for three decades, described him as “a giant who never behaved like one” and confirmed it would reissue his first four albums next year.

Bristol’s mayor, Councillor Haddiyah Osei-Whitlock, said the city would hold a memorial concert on the harbourside in the spring.

“He put this city on the map before most of us were born,” she added.

Born in 1945 to a Nigerian father and an English mother, Amadi-Morrow left school at 15 to work on the docks. In a 2011 interview he recalled that he learned to read music “on the back of tea crates” during lunch breaks.

His daughter, Abiona Amadi-Morrow, who managed his later tours, revealed that he had been writing a final album until the summer.

“There are eleven songs. Some of them are finished, some of them are just him singing into a phone,” she said. “We will decide as a family what happens to them.”

A music historian, Professor Cuthbert Ellingham of Avonmere University, argued that Amadi-Morrow had never received the recognition he deserved.

“Without him, half the bands people now call the founders of British soul would have had nobody to copy,” he said.

He is survived by his wife of 52 years, Rosalind, three children and seven grandchildren.
""", [
    ("Ezekiel Amadi-Morrow, the Bristol-born singer and bandleader whose horn-driven records helped define British "
     "soul in the 1970s, has died aged 81", I, None, A, "his family", "said", None),
    ("he died peacefully at home in Clifton, surrounded by his children and grandchildren, after a short illness", I,
     None, A, "they", "said", "statement"),
    ("Dad filled every room he walked into with music and mischief. He was still humming bass lines to the nurses "
     "last week,", D, None, A, "the statement", "read", "statement"),
    ("its heartbeat and its loudest critic", D, AD, P, "His longtime trumpeter, Augustin Delacroix-Mbeki", "said",
     None),
    ("He would stop a rehearsal over one wrong note and then buy everybody fish and chips to apologise,", D, AD, P,
     "Delacroix-Mbeki", "told", None),
    ("Fifty years I played next to him. I don’t know what my hands are supposed to do now.", D, AD, P,
     "Delacroix-Mbeki", "told", None),
    ("Zeke taught me to breathe from my boots, not my throat. Every note I have sung since has had a bit of him in "
     "it.\n\n“Rest easy, Gaffer. Save me a seat near the horns.", D, OF, P,
     "The singer Ottoline Fairweather-Nakamura", "wrote", "Instagram post"),
    ("a giant who never behaved like one", D, ISR, O, "Island Spire Records, his label for three decades",
     "described", None),
    ("it would reissue his first four albums next year", I, ISR, O,
     "Island Spire Records, his label for three decades", "confirmed", None),
    ("the city would hold a memorial concert on the harbourside in the spring", I, HO, P,
     "Bristol’s mayor, Councillor Haddiyah Osei-Whitlock", "said", None),
    ("He put this city on the map before most of us were born,", D, HO, P, "she", "added", None),
    ("on the back of tea crates", D, EA, P, "he", "recalled", "interview"),
    ("he had been writing a final album until the summer", I, AA, P, "His daughter, Abiona Amadi-Morrow",
     "revealed", None),
    ("There are eleven songs. Some of them are finished, some of them are just him singing into a phone,", D, AA, P,
     "she", "said", None),
    ("We will decide as a family what happens to them.", D, AA, P, "she", "said", None),
    ("Amadi-Morrow had never received the recognition he deserved", I, CE, P,
     "A music historian, Professor Cuthbert Ellingham of Avonmere University", "argued", None),
    ("Without him, half the bands people now call the founders of British soul would have had nobody to copy,", D,
     CE, P, "he", "said", None),
], people=[
    (EA, ["Amadi-Morrow", "Zeke", "the Gaffer", "Gaffer"]),
    (AD, ["Delacroix-Mbeki", "His longtime trumpeter, Augustin Delacroix-Mbeki"]),
    (OF, ["The singer Ottoline Fairweather-Nakamura"]),
    (HO, ["Councillor Haddiyah Osei-Whitlock", "Bristol’s mayor"]),
    (AA, ["His daughter, Abiona Amadi-Morrow"]),
    (CE, ["Professor Cuthbert Ellingham"]),
    ("Rosalind", ["his wife of 52 years, Rosalind"]),
], orgs=[
    (ISR, []),
    ("Kingsdown Revue", []),
    ("Avonmere University", []),
    ("The Evening Courier", ["the Courier"]),
], relations=[
    (EA, "parent_of", AA, "His daughter, Abiona Amadi-Morrow"),
    (EA, "spouse", "Rosalind", "his wife of 52 years, Rosalind"),
])


# ---------------------------------------------------------------- news 1: city budget vote
DA, MT, RS, TR, LF, HM = ("Desmond Achebe-Laurent", "Marguerite Thistlewood-Abara", "Rafferty Szymanski",
                          "Tomasina Reyes-Kowalczyk", "Lupita Ferreira-Dunne", "Halvard Mbatha-Lindgren")
OMB, RPF = "Office of Management and Budget", "Ravensport Professional Firefighters"
art("rh-ravensport-budget-vote", "Ravensport Herald", "2026-11-20T22:10:00-05:00", """
Ravensport council passes $1.2 billion budget after marathon session

RAVENSPORT — The City Council approved a $1.2 billion budget early Thursday after a nine-hour meeting, restoring library hours but cutting funding for two fire stations, according to figures released by the city's Office of Management and Budget.

The measure passed 7-4. Mayor Desmond Achebe-Laurent, who had threatened a veto over the fire cuts, said late Thursday he would sign it.

"It is not the budget I would have written," Achebe-Laurent told reporters at City Hall. "But a city that cannot pass a budget cannot do anything else either, and I am not going to hold 400,000 people hostage to make a point."

Councilor Marguerite Thistlewood-Abara, who chairs the finance committee, argued the cuts were unavoidable after the state reduced its aid by $38 million.

"Nobody in this chamber wanted to touch a fire station," she said. "We did the arithmetic forty different ways, and every version had a hole in it."

Councilor Rafferty Szymanski, who voted no, said the vote "puts lives at risk on the east side" and warned that response times in the Millbrook neighborhood would rise by as much as four minutes.

The Ravensport Professional Firefighters union said in a statement that it was reviewing its legal options. Its president, Tomasina Reyes-Kowalczyk, was blunter.

"You can't balance a budget," she said, "on the back of a 911 call."

Dozens of residents stayed past midnight to speak during public comment, and many urged the council to keep the Eastgate branch library open on weekends.

"My kids do their homework there because we don't have internet at home," said Lupita Ferreira-Dunne, a mother of three from Eastgate.

Another speaker, a retired bus driver who gave only his first name, Augustus, said he had lived in Millbrook for 41 years.

"I have never seen this council so divided," he added.

Budget director Halvard Mbatha-Lindgren said the city's reserve fund would fall to its lowest level since 2012 if revenues came in below forecast.

The Ravensport Chamber of Commerce welcomed the vote, saying the budget avoided a property tax increase for the second year running.

The budget takes effect Jan. 1.
""", [
    ("The City Council approved a $1.2 billion budget early Thursday after a nine-hour meeting, restoring library "
     "hours but cutting funding for two fire stations", I, OMB, O, "the city's Office of Management and Budget",
     "according to", None),
    ("he would sign it", I, DA, P, "Mayor Desmond Achebe-Laurent", "said", None),
    ("It is not the budget I would have written,", D, DA, P, "Achebe-Laurent", "told", None),
    ("But a city that cannot pass a budget cannot do anything else either, and I am not going to hold 400,000 people "
     "hostage to make a point.", D, DA, P, "Achebe-Laurent", "told", None),
    ("the cuts were unavoidable after the state reduced its aid by $38 million", I, MT, P,
     "Councilor Marguerite Thistlewood-Abara", "argued", None),
    ("Nobody in this chamber wanted to touch a fire station,", D, MT, P, "she", "said", None),
    ("We did the arithmetic forty different ways, and every version had a hole in it.", D, MT, P, "she", "said", None),
    ("puts lives at risk on the east side", D, RS, P, "Councilor Rafferty Szymanski", "said", None),
    ("response times in the Millbrook neighborhood would rise by as much as four minutes", I, RS, P,
     "Councilor Rafferty Szymanski", "warned", None),
    ("it was reviewing its legal options", I, RPF, O, "The Ravensport Professional Firefighters union", "said",
     "statement"),
    ("You can't balance a budget,", D, TR, P, "she", "said", None),
    ("on the back of a 911 call.", D, TR, P, "she", "said", None),
    ("My kids do their homework there because we don't have internet at home,", D, LF, P, "Lupita Ferreira-Dunne",
     "said", None),
    ("he had lived in Millbrook for 41 years", I, "Augustus", P,
     "a retired bus driver who gave only his first name, Augustus", "said", None),
    ("I have never seen this council so divided,", D, "Augustus", P, "he", "added", None),
    ("the city's reserve fund would fall to its lowest level since 2012 if revenues came in below forecast", I, HM, P,
     "Budget director Halvard Mbatha-Lindgren", "said", None),
    ("the budget avoided a property tax increase for the second year running", I, "Ravensport Chamber of Commerce",
     O, "The Ravensport Chamber of Commerce", "saying", None),
], people=[
    (DA, ["Achebe-Laurent", "Mayor Desmond Achebe-Laurent"]),
    (MT, ["Councilor Marguerite Thistlewood-Abara"]),
    (RS, ["Councilor Rafferty Szymanski"]),
    (TR, ["Its president, Tomasina Reyes-Kowalczyk"]),
    (LF, ["a mother of three from Eastgate"]),
    ("Augustus", ["a retired bus driver who gave only his first name, Augustus"]),
    (HM, ["Budget director Halvard Mbatha-Lindgren"]),
], orgs=[
    (OMB, ["the city's Office of Management and Budget"]),
    (RPF, ["The Ravensport Professional Firefighters union"]),
    ("Ravensport Chamber of Commerce", []),
    ("Ravensport City Council", ["The City Council"]),
    ("Ravensport Herald", []),
])


# ---------------------------------------------------------------- news 2: earthquake wire report
YH, BT, NS, AG, IB = ("Yeraz Hovakimyan", "Baurzhan Tokeshev", "Nilufar Sadikova", "Arsen Galstyan-Mirzoyan",
                      "Ines Baptiste-Okoro")
KSI, RLS, IRC = ("Kestanian Seismological Institute", "Red Lantern Society",
                 "International Relief Coordination Office")
art("gws-zerav-earthquake", "Global Wire Service", "2026-11-22T08:30:00+00:00", """
Strong quake kills at least 46 in Kestania's Zerav province

TARVEN, Kestania (GWS) — A magnitude 6.8 earthquake struck the mountainous Zerav province before dawn on Saturday, killing at least 46 people and injuring more than 300, officials said.

The quake hit at 4:12 a.m. local time at a depth of 10 kilometers, about 30 kilometers north of the provincial capital, Tarven, according to the Kestanian Seismological Institute.

Rescuers worked through the day to pull survivors from collapsed houses in the villages of Dushan and Ilmor, where most buildings were made of mud brick.

"We can hear people under the rubble. We are digging with shovels and with our hands because the machines cannot get up the road," said Yeraz Hovakimyan, a team leader with the Red Lantern Society.

She said her team had recovered 11 people alive since sunrise, including a 4-year-old girl.

Interior Minister Baurzhan Tokeshev told state television the death toll was likely to rise as crews reached remote areas.

"Some villages have not been reached yet. We are sending helicopters as soon as the fog lifts," he said.

Provincial governor Nilufar Sadikova said 14 schools had been damaged and would remain closed for at least two weeks.

In Dushan, Arsen Galstyan-Mirzoyan, 52, stood beside what was left of his home, a pile of timber and broken brick.

"The whole house moved like a boat. I grabbed my son and we ran, and when I looked back the roof was on the floor," he said.

A rescuer who asked not to be named because he was not authorized to speak to the media said at least two villages had been "completely flattened."

The International Relief Coordination Office said it had sent a team of 40 search specialists and was prepared to send more.

Seismologist Ines Baptiste-Okoro of the Marlowe Institute of Technology said aftershocks of magnitude 5 or greater were possible in the coming days.

"This is a region where the old houses simply cannot take this kind of shaking," she said.

Residents spent the night outside in freezing temperatures, many wrapped in blankets handed out by volunteers.

"We are afraid to go back in," said a woman sheltering under a tarpaulin with her three children, who did not give her name.

Kestania's president, Ruslan Amanbek-Ulu, is expected to visit the area on Sunday, his office said.
""", [
    ("A magnitude 6.8 earthquake struck the mountainous Zerav province before dawn on Saturday, killing at least 46 "
     "people and injuring more than 300", I, None, A, "officials", "said", None),
    ("The quake hit at 4:12 a.m. local time at a depth of 10 kilometers, about 30 kilometers north of the provincial "
     "capital, Tarven", I, KSI, O, "the Kestanian Seismological Institute", "according to", None),
    ("We can hear people under the rubble. We are digging with shovels and with our hands because the machines "
     "cannot get up the road,", D, YH, P, "Yeraz Hovakimyan", "said", None),
    ("her team had recovered 11 people alive since sunrise, including a 4-year-old girl", I, YH, P, "She", "said",
     None),
    ("the death toll was likely to rise as crews reached remote areas", I, BT, P, "Interior Minister Baurzhan Tokeshev",
     "told", "state television"),
    ("Some villages have not been reached yet. We are sending helicopters as soon as the fog lifts,", D, BT, P, "he",
     "said", None),
    ("14 schools had been damaged and would remain closed for at least two weeks", I, NS, P,
     "Provincial governor Nilufar Sadikova", "said", None),
    ("The whole house moved like a boat. I grabbed my son and we ran, and when I looked back the roof was on the "
     "floor,", D, AG, P, "he", "said", None),
    ("completely flattened.", D, None, A,
     "A rescuer who asked not to be named because he was not authorized to speak to the media", "said", None),
    ("it had sent a team of 40 search specialists and was prepared to send more", I, IRC, O,
     "The International Relief Coordination Office", "said", None),
    ("aftershocks of magnitude 5 or greater were possible in the coming days", I, IB, P,
     "Seismologist Ines Baptiste-Okoro", "said", None),
    ("This is a region where the old houses simply cannot take this kind of shaking,", D, IB, P, "she", "said", None),
    ("We are afraid to go back in,", D, None, A,
     "a woman sheltering under a tarpaulin with her three children, who did not give her name", "said", None),
    ("Kestania's president, Ruslan Amanbek-Ulu, is expected to visit the area on Sunday", I, None, A, "his office",
     "said", None),
], people=[
    (YH, ["a team leader with the Red Lantern Society"]),
    (BT, ["Interior Minister Baurzhan Tokeshev"]),
    (NS, ["Provincial governor Nilufar Sadikova"]),
    (AG, []),
    (IB, ["Seismologist Ines Baptiste-Okoro"]),
    ("Ruslan Amanbek-Ulu", ["Kestania's president, Ruslan Amanbek-Ulu"]),
], orgs=[
    (KSI, []),
    (RLS, []),
    (IRC, []),
    ("Marlowe Institute of Technology", []),
    ("Global Wire Service", ["GWS"]),
])


# ---------------------------------------------------------------- news 3: food merger
MO, TE, WO, FM = "Marisa Okafor-Lindqvist", "Tobias Eichenwald-Nakai", "Wendeline Osterhaus", "Fenella Mbeki-Sorensen"
HF, QB, CR, BU = ("Halvard Foods", "Quintessa Brands", "Castellan & Rhee",
                  "Bakery, Confectionery and Snack Workers union")
art("ll-halvard-quintessa-merger", "Ledgerline", "2026-11-23T07:05:00-05:00", """
Halvard Foods to buy Quintessa Brands in $9.4 billion deal

Halvard Foods agreed on Monday to buy snack maker Quintessa Brands for $9.4 billion in cash and stock, creating the second-largest packaged-food company in North America, Halvard said in a statement.

Quintessa shareholders will receive $62 a share, a 31 percent premium to Friday’s closing price. The deal is expected to close in the second half of next year, subject to regulatory approval.

“Quintessa makes the snacks people actually fight over at the checkout,” Halvard chief executive Marisa Okafor-Lindqvist said on a call with analysts. “Together we can put them on shelves in forty more countries.”

She said the combined company expected to save about $600 million a year by 2029, largely by merging distribution networks.

Asked whether factories would close, Okafor-Lindqvist said “no decisions have been made” but acknowledged that some overlap was “inevitable.”

Quintessa’s founder and chief executive, Tobias Eichenwald-Nakai, who started the company in his parents’ garage in Duluth in 1998, will become vice chairman of the combined group.

“I have had many offers over the years, and I said no to every one of them,” he said in an interview. “This one was different. Halvard wanted our people, not just our recipes.”

He added that the Quintessa name would stay on its products.

Investors appeared less convinced. Halvard shares fell 6.2 percent in morning trading, and some traders have already dubbed the combined company “Snackzilla.”

“It is a good business at a very full price,” said Wendeline Osterhaus, a consumer-goods analyst at Brightmoor Securities who has covered both companies for a decade. “Halvard is paying for growth that Quintessa has not shown since 2022.”

Castellan & Rhee, a research firm, warned in a note to clients that the deal could face scrutiny from antitrust regulators because the two companies together would control roughly a third of the U.S. pretzel market.

The Federal Trade Commission declined to comment.

The Bakery, Confectionery and Snack Workers union, which represents about 3,000 Quintessa employees, said it had asked for a meeting with both companies. Its president, Fenella Mbeki-Sorensen, said workers had “heard promises like this before.”

A person familiar with the talks, who spoke on condition of anonymity because the negotiations were private, said Halvard had first approached Quintessa in the spring and raised its offer twice.
""", [
    ("Halvard Foods agreed on Monday to buy snack maker Quintessa Brands for $9.4 billion in cash and stock, creating "
     "the second-largest packaged-food company in North America", I, HF, O, "Halvard", "said", "statement"),
    ("Quintessa makes the snacks people actually fight over at the checkout,", D, MO, P,
     "Halvard chief executive Marisa Okafor-Lindqvist", "said", "analyst call"),
    ("Together we can put them on shelves in forty more countries.", D, MO, P,
     "Halvard chief executive Marisa Okafor-Lindqvist", "said", "analyst call"),
    ("the combined company expected to save about $600 million a year by 2029, largely by merging distribution "
     "networks", I, MO, P, "She", "said", "analyst call"),
    ("no decisions have been made", D, MO, P, "Okafor-Lindqvist", "said", "analyst call"),
    ("inevitable.", D, MO, P, "Okafor-Lindqvist", "acknowledged", "analyst call"),
    ("I have had many offers over the years, and I said no to every one of them,", D, TE, P, "he", "said",
     "interview"),
    ("This one was different. Halvard wanted our people, not just our recipes.", D, TE, P, "he", "said", "interview"),
    ("the Quintessa name would stay on its products", I, TE, P, "He", "added", "interview"),
    ("It is a good business at a very full price,", D, WO, P, "Wendeline Osterhaus", "said", None),
    ("Halvard is paying for growth that Quintessa has not shown since 2022.", D, WO, P, "Wendeline Osterhaus", "said",
     None),
    ("the deal could face scrutiny from antitrust regulators because the two companies together would control "
     "roughly a third of the U.S. pretzel market", I, CR, O, "Castellan & Rhee, a research firm", "warned",
     "note to clients"),
    ("it had asked for a meeting with both companies", I, BU, O,
     "The Bakery, Confectionery and Snack Workers union", "said", None),
    ("heard promises like this before.", D, FM, P, "Its president, Fenella Mbeki-Sorensen", "said", None),
    ("Halvard had first approached Quintessa in the spring and raised its offer twice", I, None, A,
     "A person familiar with the talks", "said", None),
], people=[
    (MO, ["Okafor-Lindqvist", "Halvard chief executive Marisa Okafor-Lindqvist"]),
    (TE, ["Quintessa’s founder and chief executive, Tobias Eichenwald-Nakai"]),
    (WO, ["a consumer-goods analyst at Brightmoor Securities"]),
    (FM, ["Its president, Fenella Mbeki-Sorensen"]),
], orgs=[
    (HF, ["Halvard"]),
    (QB, ["Quintessa"]),
    (CR, []),
    (BU, []),
    ("Brightmoor Securities", []),
    ("Federal Trade Commission", []),
    ("Ledgerline", []),
])


# ---------------------------------------------------------------- news 4: murder verdict
DV, KA, IS, BO, AP, FA, TA, RG = ("Dorian Vexley-Hale", "Kezia Adewumi-Frost", "Imogen Strathallan",
                                  "Barnaby Okoye-Rutherford", "Aldous Penhallow", "Folake Adewumi",
                                  "Tobi Adewumi-Frost", "Rowena Gaskill-Mwangi")
art("nc-vexley-hale-verdict", "Northgate Chronicle", "2026-11-21T17:45:00+00:00", """
‘We can finally breathe’, says mother as man found guilty of killing student

A MAN who stabbed a university student after an argument over a parking space has been found guilty of murder.

Dorian Vexley-Hale, 39, was convicted by a jury at Harchester Crown Court on Friday following a two-week trial. He had denied murder, claiming he acted in self-defence.

Kezia Adewumi-Frost, 21, a second-year pharmacy student, died in hospital hours after the attack outside a block of flats in Eastbrook in March.

Prosecutor Imogen Strathallan KC told the jury that Vexley-Hale had lost his temper over a parking space and then chose to reach for a knife.

‘Kezia was a young woman with her whole life in front of her. She asked him to move his car. That is all she did,’ Ms Strathallan said in her closing speech.

Defending, Barnaby Okoye-Rutherford argued that his client had panicked after being surrounded by the student’s friends.

‘He did a terrible thing in a terrible moment, but he did not set out to kill anyone,’ he told jurors.

The jury of seven women and five men took just under four hours to reach its verdict.

The judge, Mr Justice Aldous Penhallow, adjourned sentencing until January and warned Vexley-Hale that he faced a mandatory life sentence.

‘You will go to prison for life. The only question for me is the minimum term,’ he said.

Outside court, Kezia’s mother, Folake Adewumi, said:

‘For eight months we have lived with a hole where our daughter should be. Today twelve strangers listened and believed her. We can finally breathe.

‘Kezia wanted to be a pharmacist so she could look after people. She would have been brilliant at it. We will make sure nobody forgets her name.’

Kezia’s brother, Tobi Adewumi-Frost, said he was ‘relieved but not happy’, adding: ‘There is no winning today. Kezia is still gone.’

Detective Inspector Rowena Gaskill-Mwangi, who led the investigation, said officers had reviewed more than 200 hours of CCTV.

‘This was a senseless attack on a young woman who had done nothing wrong,’ she said.

A friend of the student, who did not want to be named, told the Chronicle that Kezia had always been the one who drove everyone home after nights out.

Harchester University said in a statement that it would plant a tree in her memory outside the pharmacy building. Students have since nicknamed the spot ‘Kezia’s Corner’.

Vexley-Hale, who showed no emotion as the verdict was read, will be sentenced on 9 January.
""", [
    ("We can finally breathe", D, FA, P, "mother", "says", None, 0),
    ("he acted in self-defence", I, DV, P, "He", "claiming", None),
    ("Vexley-Hale had lost his temper over a parking space and then chose to reach for a knife", I, IS, P,
     "Prosecutor Imogen Strathallan KC", "told", None),
    ("Kezia was a young woman with her whole life in front of her. She asked him to move his car. That is all she "
     "did,", D, IS, P, "Ms Strathallan", "said", "closing speech"),
    ("his client had panicked after being surrounded by the student’s friends", I, BO, P, "Barnaby Okoye-Rutherford",
     "argued", None),
    ("He did a terrible thing in a terrible moment, but he did not set out to kill anyone,", D, BO, P, "he", "told",
     None),
    ("he faced a mandatory life sentence", I, AP, P, "The judge, Mr Justice Aldous Penhallow", "warned", None),
    ("You will go to prison for life. The only question for me is the minimum term,", D, AP, P, "he", "said", None),
    ("For eight months we have lived with a hole where our daughter should be. Today twelve strangers listened and "
     "believed her. We can finally breathe.\n\n‘Kezia wanted to be a pharmacist so she could look after people. She "
     "would have been brilliant at it. We will make sure nobody forgets her name.", D, FA, P,
     "Kezia’s mother, Folake Adewumi", "said", None),
    ("relieved but not happy", D, TA, P, "Kezia’s brother, Tobi Adewumi-Frost", "said", None),
    ("There is no winning today. Kezia is still gone.", D, TA, P, "Kezia’s brother, Tobi Adewumi-Frost", "adding",
     None),
    ("officers had reviewed more than 200 hours of CCTV", I, RG, P, "Detective Inspector Rowena Gaskill-Mwangi",
     "said", None),
    ("This was a senseless attack on a young woman who had done nothing wrong,", D, RG, P, "she", "said", None),
    ("Kezia had always been the one who drove everyone home after nights out", I, None, A,
     "A friend of the student, who did not want to be named", "told", None),
    ("it would plant a tree in her memory outside the pharmacy building", I, "Harchester University", O,
     "Harchester University", "said", "statement"),
], people=[
    (DV, ["Vexley-Hale"]),
    (KA, ["Kezia"]),
    (IS, ["Prosecutor Imogen Strathallan KC", "Ms Strathallan"]),
    (BO, []),
    (AP, ["Mr Justice Aldous Penhallow"]),
    (FA, ["Kezia’s mother, Folake Adewumi", "mother"]),
    (TA, ["Kezia’s brother, Tobi Adewumi-Frost"]),
    (RG, ["Detective Inspector Rowena Gaskill-Mwangi"]),
], orgs=[
    ("Harchester University", []),
    ("Harchester Crown Court", []),
    ("Northgate Chronicle", ["the Chronicle"]),
], relations=[
    (FA, "parent_of", KA, "Kezia’s mother, Folake Adewumi"),
    (TA, "sibling", KA, "Kezia’s brother, Tobi Adewumi-Frost"),
])


# ---------------------------------------------------------------- news 5: climate summit
TF, HA, SN, OK, CR2 = ("Teuila Fa'asavalu-Reyes", "Henrik Aldervoss", "Saoirse Ndlovu-Brannigan",
                       "Ondrej Kalvoda-Mensah", "Chidinma Rautavaara")
CLI = "Carbon Ledger Initiative"
art("gp-port-aubrey-climate-summit", "Greenbridge Post", "2026-11-24T20:00:00+00:00", """
'We are negotiating our own funeral,' island envoy tells climate summit

Talks at the Port Aubrey climate summit ran late into the night on Monday as small island nations and wealthy countries clashed over a promised loss-and-damage fund.

Ambassador Teuila Fa'asavalu-Reyes, who speaks for a bloc of 39 island states, told delegates in the main plenary hall that the draft text on the table was 'weaker than what we signed two years ago'.

'We are negotiating our own funeral and being asked to be polite about it,' she said.

Vestmark's climate minister, Henrik Aldervoss, insisted his government remained committed to the fund.

'We have put two billion on the table. We are asking others who can afford it to do the same,' he told reporters outside the hall.

Outside the venue, several hundred young protesters carried a banner reading 'Pay Up Now' past the security fence.

Climate activist Saoirse Ndlovu-Brannigan, 19, said young people were 'tired of being thanked for our passion'.

'Every year they tell us we are inspiring. I don't want to be inspiring. I want the cheque signed,' she said.

Summit president Ondrej Kalvoda-Mensah said a new draft would be circulated before dawn.

'I have not given up,' he said, 'and I don't intend to let anyone else give up either.'

According to an analysis by the research group Carbon Ledger Initiative, pledges made so far would cover less than a tenth of the estimated annual losses in vulnerable countries.

One European negotiator, speaking on condition of anonymity, said the talks were 'closer to collapse than anyone will admit in public'.

Norland's environment minister, Chidinma Rautavaara, said she had been blunt with her counterparts over dinner.

'I told them, "You cannot keep saying next year to people whose homes are flooding this year,"' she said.

Aldervoss later denied that his team had tried to strip the word 'binding' from the text.

Observers from several aid agencies said the mood inside the hall had soured sharply since the weekend, when a leaked draft appeared to drop any timetable for payments.

The summit is due to end on Wednesday, although delegates said an extension was likely.
""", [
    ("We are negotiating our own funeral,", D, TF, P, "island envoy", "tells", None),
    ("weaker than what we signed two years ago", D, TF, P, "Ambassador Teuila Fa'asavalu-Reyes", "told", None),
    ("We are negotiating our own funeral and being asked to be polite about it,", D, TF, P, "she", "said", None),
    ("his government remained committed to the fund", I, HA, P, "Vestmark's climate minister, Henrik Aldervoss",
     "insisted", None),
    ("We have put two billion on the table. We are asking others who can afford it to do the same,", D, HA, P, "he",
     "told", None),
    ("tired of being thanked for our passion", D, SN, P, "Climate activist Saoirse Ndlovu-Brannigan", "said", None),
    ("Every year they tell us we are inspiring. I don't want to be inspiring. I want the cheque signed,", D, SN, P,
     "she", "said", None),
    ("a new draft would be circulated before dawn", I, OK, P, "Summit president Ondrej Kalvoda-Mensah", "said", None),
    ("I have not given up,", D, OK, P, "he", "said", None),
    ("and I don't intend to let anyone else give up either.", D, OK, P, "he", "said", None),
    ("pledges made so far would cover less than a tenth of the estimated annual losses in vulnerable countries", I,
     CLI, O, "the research group Carbon Ledger Initiative", "According to", None),
    ("closer to collapse than anyone will admit in public", D, None, A, "One European negotiator", "said", None),
    ("she had been blunt with her counterparts over dinner", I, CR2, P,
     "Norland's environment minister, Chidinma Rautavaara", "said", None),
    ("I told them, \"You cannot keep saying next year to people whose homes are flooding this year,\"", D, CR2, P,
     "she", "said", None),
    ("his team had tried to strip the word 'binding' from the text", I, HA, P, "Aldervoss", "denied", None),
    ("the mood inside the hall had soured sharply since the weekend, when a leaked draft appeared to drop any "
     "timetable for payments", I, None, A, "Observers from several aid agencies", "said", None),
    ("an extension was likely", I, None, A, "delegates", "said", None),
], people=[
    (TF, ["Ambassador Teuila Fa'asavalu-Reyes", "island envoy"]),
    (HA, ["Aldervoss", "Vestmark's climate minister, Henrik Aldervoss"]),
    (SN, ["Climate activist Saoirse Ndlovu-Brannigan"]),
    (OK, ["Summit president Ondrej Kalvoda-Mensah"]),
    (CR2, ["Norland's environment minister, Chidinma Rautavaara"]),
], orgs=[
    (CLI, []),
    ("Greenbridge Post", []),
])


if __name__ == "__main__":
    gold.main()
