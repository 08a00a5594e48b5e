# ruff: noqa: E501
"""Build the coach's held-out set 116: written by writer-116 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation): street-market traders in
London and Manchester, Cockney and Mancunian, busy and jokey ("guv", "our kid",
"sound", "ta-ra", "love"): a cheese stall, a fishmonger, a bakery stall, a coffee
van, a fruit and veg barrow and a falafel stall.

Mix: 4 gossip (the next stall's owner fiddling his scales and his marriage, a
regular's gambling, the market manager's backhanders, the trader's own court case
over a crash), 4 repeated_question (how many, which cheese, cooked or raw, tonight
or the weekend, each asked again after banter), 3 rushed_upsell (stamp card, deal
on three, cheese club, newsletter, tip jar in a fast patter), and 7 hard "not"
cases: warm chat about the customer's own wedding; a colleague praised and the
manager named for a work reason; the customer gossips while the trader deflects;
an order read back plus a "sorry?" re-ask; different questions of the same shape;
one tailored recommendation with bag and receipt questions spread out; two offers
far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT116 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "London fishmonger",
        ["gossip"],
        "trader tells a customer the next stall's owner rigs his scales and his wife left him over an affair",
        [
            (C, "Morning, guv, what can I get you?"),
            (U, "Couple of nice bits of haddock, please."),
            (C, "Lovely. Smoked or plain?"),
            (U, "Plain, ta."),
            (
                C,
                "Here, between you and me, don't buy nothing off Terry next door. He's had his scales set light for years, two ounces short on every pound. I've watched him do it.",
            ),
            (U, "Really?"),
            (
                C,
                "Oh yeah. And his missus has only gone and left him, ain't she? Found out he'd been carrying on with the woman off the flower stall. She's took the kids to her mum's in Dagenham.",
            ),
            (U, "Blimey."),
            (C, "Serves him right, if you ask me. That's nine pound forty, guv."),
            (U, "Here's a tenner."),
            (C, "Sixty pence change. Ta."),
        ],
    ),
    (
        "q02",
        "Manchester coffee van",
        ["gossip"],
        "trader tells one customer about another regular's gambling debts and his family's money trouble",
        [
            (C, "Alright, our kid. Usual?"),
            (U, "Go on then. Flat white, oat milk."),
            (C, "Sound. Here, you know Gaz, the fella in the hi-vis who's in every morning?"),
            (U, "Sort of, yeah."),
            (
                C,
                "He's in bits, mate. Blown his whole wages on the horses again, ten grand down on the online bookies and his bird doesn't have a clue. He was in here tapping me for a fiver yesterday.",
            ),
            (U, "Oh no."),
            (C, "His mam's had to remortgage, apparently. Don't say I told you."),
            (C, "Three twenty, love."),
            (U, "Card's fine."),
            (C, "Ta. There you go, mind, it's hot."),
        ],
    ),
    (
        "q03",
        "London fruit and veg barrow",
        ["gossip"],
        "trader accuses the market manager of taking cash bribes for pitches and putting his brother-in-law on the payroll",
        [
            (C, "Right, sweetheart, what we having?"),
            (U, "Pound of tomatoes and a bag of them satsumas."),
            (C, "Pound of toms, there you go. Satsumas are a quid a bag."),
            (U, "Lovely."),
            (
                C,
                "Make the most of me, mind, 'cause I might not be here next month. That manager, Keith, he's on the take. Anyone who wants a pitch by the entrance slips him a brown envelope, cash, every Friday.",
            ),
            (U, "Is that right?"),
            (
                C,
                "Swear on my mum's life. The fella with the phone cases bunged him five hundred to get my spot. And he's got his brother-in-law on the bins on full pay doing sod all. Bent as a nine-bob note, the lot of 'em.",
            ),
            (U, "Hm."),
            (C, "Two pound eighty altogether, darling."),
            (U, "There you go."),
        ],
    ),
    (
        "q04",
        "Manchester falafel stall",
        ["gossip"],
        "trader overshares about his own drink-driving court case, licence and marriage troubles",
        [
            (C, "Hiya, love, what can I do you for?"),
            (U, "Falafel wrap, please, no onions."),
            (C, "No onions, sound. Chilli sauce?"),
            (U, "Just a bit."),
            (
                C,
                "Sorry if I'm all over the place today, I'm up in court Thursday. Smashed the van into a bus stop on Oldham Road back in March, didn't I.",
            ),
            (U, "Oh dear."),
            (
                C,
                "Police reckon I'd had a few. Solicitor says I'll lose me licence at least, could be looking at time if the jury don't buy the tyre blowing. Our lass is fuming, she's not said a word to me in a fortnight.",
            ),
            (U, "That sounds rough."),
            (C, "Tell me about it. Six fifty, love."),
            (U, "Here you go."),
            (C, "Ta-ra, enjoy."),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "London bakery stall",
        ["repeated_question"],
        "trader asks how many bagels again after the customer said six and chatted about brunch",
        [
            (C, "Morning! What can I get you, my love?"),
            (U, "Bagels, please. The sesame ones."),
            (C, "How many you after?"),
            (U, "Six."),
            (C, "Six sesame. Having people round, are you?"),
            (U, "My in-laws, for brunch."),
            (
                C,
                "Ooh, best behaviour then. Lucky for you these came out the oven at six this morning, still warm.",
            ),
            (U, "Ha, they'd better impress."),
            (C, "Right then, how many bagels was it you wanted, love?"),
            (U, "Six. Same as before."),
            (C, "Course it was. Six it is. Four twenty."),
        ],
    ),
    (
        "q06",
        "Manchester cheese stall",
        ["repeated_question"],
        "trader asks which cheese the customer wanted after already cutting the Lancashire they chose",
        [
            (C, "Afternoon, what are we having?"),
            (U, "Can I get a wedge of the Lancashire? The crumbly one."),
            (C, "The crumbly, good shout. About this much?"),
            (U, "Bit less. Yeah, there."),
            (C, "Cracking. Going on a cheeseboard, is it?"),
            (U, "No, my lad's making a cheese and onion pie for his school project."),
            (
                C,
                "Ah, proper. Tell him plenty of white pepper, that's the secret. My nan swore by it.",
            ),
            (U, "I'll pass it on."),
            (C, "Right, so which cheese were you after again?"),
            (U, "The Lancashire. You've just cut it."),
            (C, "I have, haven't I? Long day. Four eighty, please."),
        ],
    ),
    (
        "q07",
        "Manchester fishmonger",
        ["repeated_question"],
        "trader asks cooked or raw again in other words after the customer said raw for a curry",
        [
            (C, "Now then, what can I get you?"),
            (U, "Half a kilo of king prawns."),
            (C, "Cooked or raw?"),
            (U, "Raw, I'm doing a curry."),
            (C, "Nice one. What kind?"),
            (U, "A Goan one, with coconut."),
            (
                C,
                "Sound, that'll be smashing with these, they're big lads. Came in off the boat at Fleetwood this morning.",
            ),
            (U, "Great."),
            (C, "Now, did you want 'em done already, or are these going in uncooked?"),
            (U, "Raw, like I said."),
            (C, "Raw, right you are. Nine pound, love."),
        ],
    ),
    (
        "q08",
        "London cheese stall",
        ["repeated_question"],
        "trader asks again whether the brie is for tonight or the weekend after the customer said tonight",
        [
            (C, "Hello, guv, what takes your fancy?"),
            (U, "A brie, please. A ripe one."),
            (C, "Is it for tonight, or you keeping it for the weekend?"),
            (U, "Tonight. Friends coming over."),
            (C, "Right, then you want this one, she's nice and runny."),
            (U, "Perfect."),
            (
                C,
                "Chuck a bit of honey and thyme on it and bung it in the oven, they'll think you're Gordon Ramsay.",
            ),
            (U, "Ha, might do."),
            (C, "So when you eating it, tonight or saving it till Saturday?"),
            (U, "Tonight, mate."),
            (C, "Tonight, good, that one's spot on then. Seven fifty."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "London coffee van",
        ["rushed_upsell"],
        "stamp card, three-for-a-fiver pastries, newsletter email and tip jar fired off while the customer barely answers",
        [
            (C, "Morning, what can I get you?"),
            (U, "Large americano, please."),
            (C, "Large americano, coming up."),
            (C, "You got one of our stamp cards, guv? Ten stamps, free coffee.", RR),
            (U, "No.", R),
            (
                C,
                "I'll do you one now. And pastries are three for a fiver, almond croissant, pain au choc, mix and match?",
                R,
            ),
            (U, "Just the coffee.", R),
            (
                C,
                "And pop your email on the clipboard there for the newsletter, offers every week.",
                R,
            ),
            (U, "Er.", R),
            (C, "Tip jar's there if you fancy, all goes to our Christmas do. Three forty.", R),
            (U, "Card."),
        ],
    ),
    (
        "q10",
        "Manchester cheese stall",
        ["rushed_upsell"],
        "cheese club subscription, three-for-a-tenner wedges, newsletter and an Instagram discount pushed in one breathless patter",
        [
            (C, "Hiya, what you after?"),
            (U, "Bit of Stilton, please."),
            (C, "There you go, that's about two hundred and fifty grams."),
            (
                C,
                "Have you heard about our cheese club? Monthly box to your door, five cheeses, thirty quid.",
                RR,
            ),
            (U, "Oh, um.", R),
            (
                C,
                "And today it's any three wedges for a tenner, so grab a Wensleydale and a goat's with that.",
                R,
            ),
            (U, "Just the...", R),
            (C, "Stick your name on the newsletter for our tasting nights, sound? Pen's there.", R),
            (U, "No, ta.", R),
            (C, "And give us a follow on Instagram, ten per cent off next time.", R),
            (U, "Just the Stilton, please."),
            (C, "Four pound fifty then, love."),
        ],
    ),
    (
        "q11",
        "London falafel stall",
        ["rushed_upsell"],
        "meal deal add-on, three boxes for fifteen, loyalty stamp and tip jar rattled off back to back",
        [
            (C, "Alright, darling, what you having?"),
            (U, "Falafel box, please."),
            (C, "Make it a meal with a can and a baklava for two quid more?", RR),
            (U, "No, ta.", R),
            (C, "Three boxes for fifteen today if you're getting for the office?", R),
            (U, "Just me.", R),
            (C, "Want a stamp on the loyalty card? Tenth box free.", R),
            (U, "Go on.", R),
            (
                C,
                "And the tip jar's by the sauces if you're feeling generous. Six pound, darling.",
                R,
            ),
            (U, "Here."),
            (C, "Ta, love."),
        ],
    ),
    # ------------------------------------------------------------ not cases
    (
        "q12",
        "London cheese stall",
        [],
        "warm chat about the customer's own wedding and her fiance's suit while taking her cheese-tower order: not gossip",
        [
            (C, "Oi oi, it's the bride-to-be! How's it all going?"),
            (U, "Three weeks to go, I'm losing my mind."),
            (C, "You'll be grand. Still doing the cheese tower instead of a cake?"),
            (U, "Yep, that's why I'm here. Can I order the wheels for the fourteenth?"),
            (C, "Course you can. What are you thinking for the tiers?"),
            (U, "Cheddar on the bottom, then Stilton, then a little Baron Bigod on top."),
            (C, "Lovely choice, that Bigod. Where's the do?"),
            (U, "A barn near Saffron Walden."),
            (C, "Gorgeous round there. Has your fella sorted his suit yet?"),
            (U, "Finally, after three fittings."),
            (
                C,
                "Ha! Right, fifty quid deposit and they'll be ready the morning of the thirteenth.",
            ),
            (U, "Perfect, thank you."),
            (C, "Congratulations, sweetheart. Enjoy every minute."),
        ],
    ),
    (
        "q13",
        "London fishmonger",
        [],
        "a colleague praised for his filleting and the market manager named only for an early closing: not gossip",
        [
            (C, "Morning, love, what can I get you?"),
            (U, "Whole sea bass, please, but I've no idea how to fillet it."),
            (C, "Don't you worry. Danny! Fillet this for the lady, would you?"),
            (C, "Best knife on the market, our Danny. Does it in about forty seconds."),
            (U, "Brilliant."),
            (C, "Keep the head and bones for stock?"),
            (U, "Oh, yes please."),
            (
                C,
                "We're shutting early Sunday, by the way. The market manager's got the council in checking the drains, so Saturday's your day if you need anything for the weekend.",
            ),
            (U, "Good to know."),
            (C, "There you go, all done. Eleven pound, love."),
            (U, "Thanks. Tell Danny cheers."),
            (C, "Will do. Ta-ra."),
        ],
    ),
    (
        "q14",
        "Manchester fruit and veg barrow",
        [],
        "the customer gossips about a neighbour's affair while the trader deflects back to the veg: not gossip",
        [
            (C, "Now then, love, what are you after?"),
            (U, "Two pound of spuds and a cauli, please."),
            (C, "There you go. Cauli's a beauty this week."),
            (
                U,
                "Here, have you heard about Maureen from number twelve? Her husband's been seen with that barmaid from the Crown.",
            ),
            (C, "Couldn't tell you, love, I just sell the veg. Want a bag for that lot?"),
            (U, "Go on. Apparently she's kicked him out and all."),
            (
                C,
                "Well, I hope they're all alright. Leeks are good this week if you're doing a soup.",
            ),
            (U, "No, I'm fine. Whole street's talking about it, though."),
            (C, "I'm sure. Three pound ten, then."),
            (U, "There you go."),
            (C, "Ta, love, see you next week."),
        ],
    ),
    (
        "q15",
        "London falafel stall",
        [],
        "an order read back to confirm it and a sauce question repeated only because the customer said 'sorry?': not a repeat",
        [
            (C, "Hiya, what can I get you?"),
            (U, "Two falafel wraps, one with halloumi, and a large hummus box."),
            (C, "Lovely. So that's two wraps, halloumi in one, and a large hummus. That right?"),
            (U, "Yeah, spot on."),
            (C, "Hot sauce on both?"),
            (U, "Sorry?"),
            (C, "Chilli sauce, on both wraps?"),
            (U, "Oh, just on the plain one. None on the halloumi."),
            (C, "Sound. Give us five minutes."),
            (C, "Here you go, darling. Sixteen fifty.", {"pause": 8.0}),
            (U, "Cheers."),
        ],
    ),
    (
        "q16",
        "Manchester bakery stall",
        [],
        "several questions of the same shape about different items (how many barms, how many Eccles cakes; white or brown, sliced or whole): not a repeat",
        [
            (C, "Morning, our kid, what can I get you?"),
            (U, "Some barm cakes, please."),
            (C, "How many barms?"),
            (U, "Eight."),
            (C, "White or brown?"),
            (U, "White."),
            (U, "Oh, and some of them Eccles cakes."),
            (C, "How many Eccles cakes, love?"),
            (U, "Four."),
            (C, "Sound. And do you want the barms sliced or whole?"),
            (U, "Whole, ta."),
            (C, "Box or bag for the Eccles?"),
            (U, "Bag's fine."),
            (C, "That's seven pound forty altogether."),
        ],
    ),
    (
        "q17",
        "Manchester coffee van",
        [],
        "one tailored decaf recommendation for a customer who asked for something mild, with bag and receipt questions spread out: not rushed",
        [
            (C, "Morning, what can I get you?"),
            (U, "Something not too strong. I've already had three today."),
            (
                C,
                "Ha, rough night? Try a decaf cortado. Our decaf's Colombian, tastes proper, you'd never know.",
            ),
            (U, "Go on then."),
            (C, "Oat or normal milk?"),
            (U, "Normal."),
            (U, "And a couple of them flapjacks for the office."),
            (C, "There's your cortado. Want a paper bag for the flapjacks?", {"pause": 25.0}),
            (U, "Please."),
            (C, "Seven ten altogether.", {"pause": 4.0}),
            (U, "Card, please. Can I get a receipt? It's for expenses."),
            (C, "Course. There you go. Have a good one.", {"pause": 6.0}),
        ],
    ),
    (
        "q18",
        "London fruit and veg barrow",
        [],
        "two offers (strawberries two-for and cherries put aside) far apart in a relaxed visit full of chat: not rushed",
        [
            (C, "Afternoon, darling, how you keeping?"),
            (U, "Not bad, ta. Can I get a punnet of strawberries?"),
            (C, "Course. They're two for three quid if you fancy another for later."),
            (U, "No, one's plenty."),
            (C, "Fair enough. Off anywhere nice with 'em?"),
            (U, "Picnic in Vicky Park with the grandkids."),
            (C, "Lovely day for it. How old are they now?"),
            (U, "Five and seven. Little terrors."),
            (C, "Ha, bless 'em. Mine are the same, run rings round me."),
            (U, "Bananas as well, please, a bunch."),
            (
                C,
                "There you go. If you're back Saturday, the Kent cherries are in. I can put a bag aside for you.",
                {"pause": 20.0},
            ),
            (U, "Oh, go on, put a bag by."),
            (C, "Will do. Three pound sixty, darling."),
            (U, "Lovely. Ta-ra."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout116", HELDOUT116, 1161)
