# ruff: noqa: E501
"""Build the coach's held-out set 207: written by writer-207 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Kentish and Estuary
English: "innit", "mate", "proper", "well nice", "up London", "cheers, darlin'"):
tills in Kent and the Medway towns, three each at a Margate seafront kiosk, a
Chatham pharmacy, a Canterbury bookshop, a Whitstable oyster stall, a Dover
ferry-port shop and a Maidstone hardware store. The cashier sometimes speaks twice
in a row.

Mix: 4 gossip (a previous customer's bankrupt chippy and unpaid staff, the
manager's fiddled overtime, a colleague snogging the Saturday boy, the cashier's
dad's second family in Gravesend), 4 repeated_question (natives or rocks, how many
key copies, which ferry crossing, whether the book is a present, re-asked right
after paying), 3 rushed_upsell (loyalty card, scratchcard, bag for life, charity
donation and email receipt fired back to back), 7 hard "not" cases (warm chat
about the customer's own anniversary; colleagues and the manager named for a work
reason and praised; the customer gossips while the cashier deflects; an order read
back to confirm it; a "sorry?" re-ask plus different questions of the same shape;
one tailored recommendation with the routine bag and receipt questions; two offers
far apart in a relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT207 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Margate seafront kiosk",
        ["gossip"],
        "cashier tells a stranger the previous customer's chippy went bust and his staff were never paid",
        [
            (C, "Morning! What can I get you?"),
            (U, "Two teas and a bacon roll, please."),
            (C, "Coming right up."),
            (
                C,
                "Here, did you clock the bloke in front of you? Gary. Had the chippy down the Dreamland end.",
            ),
            (U, "Can't say I did."),
            (
                C,
                "Went bust in March, owes half the seafront. His girls never got their last three weeks' wages, and one of them's my cousin's mate.",
            ),
            (
                C,
                "And he's still swanning about in a brand new Range Rover, innit. Bankrupt, my foot.",
            ),
            (U, "Blimey. What do I owe you?"),
            (C, "Six pound twenty, darlin'."),
            (U, "Card all right?"),
            (C, "Yeah, tap away. Cheers."),
        ],
    ),
    (
        "q02",
        "Maidstone hardware store",
        ["gossip"],
        "cashier accuses the manager of fiddling his overtime to a customer buying wall plugs",
        [
            (U, "Just these wall plugs and a box of screws, mate."),
            (C, "Lovely. Brown ones are seven mil, they'll do you for that."),
            (U, "Cheers."),
            (C, "Don't mind me, I'm fuming this morning."),
            (
                C,
                "Our manager, Keith, he's been putting in for Sunday overtime for months, and he's not even here Sundays. He's down the Medway on his boat, everyone knows it.",
            ),
            (U, "Oh dear."),
            (
                C,
                "Head office'd have a fit if they saw his timesheets. Proper fiddle, and then we get told there's no money for a pay rise.",
            ),
            (U, "Right. What's that come to?"),
            (C, "Eleven forty-nine."),
            (U, "There you go."),
            (C, "Cheers, mate. Keep that to yourself, yeah?"),
        ],
    ),
    (
        "q03",
        "Canterbury bookshop",
        ["gossip"],
        "cashier blames a late order on a colleague snogging the Saturday boy and shares her private life",
        [
            (U, "Hi, I ordered a book, it should be in. Surname's Okafor."),
            (C, "Let me have a look. Yes, here we go, the Hilary Mantel."),
            (U, "Brilliant, thank you."),
            (C, "Sorry it took so long, we've been all over the place here."),
            (
                C,
                "Between you and me, Jess who does the orders was too busy snogging the Saturday boy in the stockroom to chase anything. He's nineteen, and she's got a fella at home.",
            ),
            (U, "Ah. Okay."),
            (C, "I walked in on them behind the boxes of Penguin Classics. Well awkward."),
            (U, "Can I pay by card?"),
            (C, "Course. That's eighteen ninety-nine."),
            (U, "Thanks."),
        ],
    ),
    (
        "q04",
        "Chatham pharmacy",
        ["gossip"],
        "cashier overshares her own family drama: her dad's secret second family in Gravesend",
        [
            (U, "Just a prescription to collect, for Margaret Hollis."),
            (C, "And the date of birth?"),
            (U, "Third of May, fifty-one."),
            (C, "Lovely, here it is. Any questions for the pharmacist?"),
            (U, "No, I'm fine, thanks."),
            (C, "Sorry if I'm a bit off today, I've had the week from hell."),
            (
                C,
                "Turns out my dad's had a whole second family in Gravesend for twenty years. Another wife, two kids, the lot. My mum found out off Facebook.",
            ),
            (U, "Oh, goodness."),
            (
                C,
                "He always told us he was doing nights at the docks. Nights! I've got a half-brother I've never even met. I'm proper gutted.",
            ),
            (U, "I'm sorry, love. Is there anything to pay?"),
            (C, "No, you're exempt. Take care, darlin'."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Whitstable oyster stall",
        ["repeated_question"],
        "cashier asks natives or rocks, gets 'rocks', then after chat asks again whether it was natives or Pacific ones",
        [
            (C, "Afternoon! What are we having?"),
            (U, "Half a dozen oysters, please."),
            (C, "Natives or rocks? Natives are in season, bit dearer mind."),
            (U, "Rocks, please. Natives are a bit rich for me."),
            (C, "Fair enough. Eating here or taking them away?"),
            (U, "Here, on the wall, if that's all right."),
            (C, "Course. Lovely day for it, innit? You can see right out to the forts."),
            (U, "Gorgeous. We've come down from up London for the day."),
            (C, "Well nice. Go on then, was it the natives you was after, or the Pacific ones?"),
            (U, "Er, the rocks. Like I said."),
            (C, "Right you are. Lemon and Tabasco's on the side. Twelve pound, please."),
            (U, "Cheers."),
        ],
    ),
    (
        "q06",
        "Maidstone hardware store",
        ["repeated_question"],
        "cashier is told two key copies, chats about gardens, then asks how many to cut again",
        [
            (U, "Can you cut me a couple of copies of this, please?"),
            (C, "Yale one, yeah, no problem. Just the two?"),
            (U, "Two, yeah. One for my son, one for the neighbour."),
            (C, "Lovely. Give me five minutes."),
            (U, "Busy today?"),
            (C, "Not bad. Everyone's doing their gardens now the weather's turned."),
            (U, "Tell me about it, I've been out there since seven."),
            (C, "Right, how many did you want doing off this one?"),
            (U, "Two, mate. Same as before."),
            (C, "Two it is. Eight pound for the pair."),
            (U, "There you go."),
        ],
    ),
    (
        "q07",
        "Dover ferry-port shop",
        ["repeated_question"],
        "cashier asks Calais or Dunkirk, is told Calais at half eleven, then asks which crossing again",
        [
            (C, "Hiya, is that everything?"),
            (U, "Yeah, the water, the crisps and the travel sweets."),
            (C, "Where you off to, then? Calais or Dunkirk?"),
            (U, "Calais, the half eleven sailing."),
            (C, "Oh nice, should be flat calm today."),
            (U, "Hope so, the kids get sick."),
            (C, "Ah, bless them. Sit them in the middle of the boat, it's steadier there."),
            (U, "Good tip, ta."),
            (C, "So which crossing are you on, is it the Dunkirk one?"),
            (U, "No, Calais. Half eleven."),
            (C, "Oh yeah. Seven pound thirty, please."),
        ],
    ),
    (
        "q08",
        "Canterbury bookshop",
        ["repeated_question"],
        "cashier learns the picture book is a present for a nephew, then right after payment asks if it's a gift",
        [
            (U, "Could I get this one, please?"),
            (C, "Oh, The Gruffalo, a proper classic. Is it a present?"),
            (U, "Yeah, it's for my nephew's birthday."),
            (C, "Aw, how old's he going to be?"),
            (U, "Three on Saturday."),
            (C, "Perfect age for it. That's seven ninety-nine."),
            (U, "On card, please."),
            (C, "Lovely, that's gone through."),
            (C, "Is this one a gift, or is it for yourself?"),
            (U, "It's a present. For my nephew, I said."),
            (C, "Course, sorry. I'll pop some tissue paper in the bag."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Chatham pharmacy",
        ["rushed_upsell"],
        "reward card, round-up donation, email receipt and bag for life fired back to back at a one-word customer",
        [
            (U, "Just these, please."),
            (C, "Paracetamol and plasters, ta."),
            (C, "Have you got one of our reward cards? I can sign you up now, takes two secs.", RR),
            (U, "No.", R),
            (
                C,
                "Do you want to round it up for the children's hospice? Just to the nearest pound.",
                R,
            ),
            (U, "Not today.", R),
            (
                C,
                "And can I grab your email for the receipt? You get offers sent through as well.",
                R,
            ),
            (U, "Paper's fine.", R),
            (C, "Bag for life, twenty pee?", R),
            (U, "No, ta.", R),
            (C, "Four fifty-five, then."),
            (U, "There."),
        ],
    ),
    (
        "q10",
        "Margate seafront kiosk",
        ["rushed_upsell"],
        "scratchcard, coffee loyalty card, bag for life and hospice tin pushed in a burst while the customer mumbles",
        [
            (C, "Morning, mate."),
            (U, "Bottle of water and a Mirror, please."),
            (C, "Two pound ten. Fancy a scratchcard? Big top prize on these this week.", RR),
            (U, "Nah.", R),
            (C, "Want a coffee card while you're here? Tenth one's free.", R),
            (U, "Mm.", R),
            (C, "Bag for life for that lot?", R),
            (U, "I'm fine.", R),
            (C, "Anything for the Pilgrims hospice tin?", R),
            (U, "No.", R),
            (C, "Right you are. Tap when you're ready."),
        ],
    ),
    (
        "q11",
        "Dover ferry-port shop",
        ["rushed_upsell"],
        "rewards card, lottery ticket, bag for life and e-receipt rattled off in seconds at a customer who just wants coffee",
        [
            (C, "Next, please! Just the coffee and the paper?"),
            (U, "Yep."),
            (C, "You got a rewards card with us? I can set one up quick.", RR),
            (U, "No.", R),
            (C, "Lottery ticket for the crossing? EuroMillions is rolling over Friday.", R),
            (U, "No thanks.", R),
            (C, "Bag for life, only fifty pee?", R),
            (C, "And I can do you an e-receipt, just need your email.", R),
            (U, "Just the coffee, mate.", R),
            (C, "Four eighty then."),
            (U, "Tap."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Whitstable oyster stall",
        [],
        "not gossip: warm chat about the customer's own anniversary and grandkids; one ordinary question about packing",
        [
            (C, "Hello again! Back for more?"),
            (U, "Couldn't keep away. A dozen rocks and a pint of prawns, please."),
            (C, "Lovely. How'd the anniversary go? You said you were taking her out."),
            (U, "Forty years on Sunday. We went to the Sportsman, she cried at the pudding."),
            (C, "Aw, that's well nice. Forty years, that's proper good going."),
            (U, "Don't know how she's put up with me."),
            (C, "Tell her I said congratulations. Are these for eating now or taking home?"),
            (U, "Home. The grandkids are coming down from up London."),
            (C, "Oh lovely, they'll have a whale of a time."),
            (C, "I'll pack them on ice for you. Twenty-two pound all in."),
            (U, "There you go, darlin'. Keep the change."),
            (C, "Cheers, and happy anniversary to you both."),
        ],
    ),
    (
        "q13",
        "Maidstone hardware store",
        [],
        "not gossip: a colleague and the manager named only for who can mix the paint, and the colleague praised",
        [
            (U, "I need to match this paint. It's off the back bedroom wall."),
            (
                C,
                "Ooh, that's a funny old green. Tell you what, Dave on the paint desk can scan that and mix it up for you.",
            ),
            (
                C,
                "He's brilliant at it, honestly. Got a match off a chip the size of my fingernail last week.",
            ),
            (U, "Smashing. Where's he to?"),
            (
                C,
                "Back left, by the timber. If he's on his break, Sandra the manager can do it, she's trained on the tint machine.",
            ),
            (U, "Ta. And these brushes?"),
            (C, "Four ninety-nine for the pair. Paying for them now or with the paint?"),
            (U, "Now's fine."),
            (C, "Lovely. Want the receipt in the bag?"),
            (U, "Yeah, go on."),
        ],
    ),
    (
        "q14",
        "Chatham pharmacy",
        [],
        "not gossip: the customer gossips about a neighbour while the cashier declines and steers back to the sale",
        [
            (U, "Here, was that Linda from number forty just in? Her with the bad hip?"),
            (C, "I couldn't tell you, sorry."),
            (
                U,
                "Her husband's been seen down the Ship with some woman from Rochester. Whole street knows.",
            ),
            (C, "Oh, that's nothing to do with me. Is it just the hay fever tablets today?"),
            (U, "And some throat sweets. Mind you, she's no angel either, from what I've heard."),
            (C, "Right, that's six twenty altogether. Card or cash?"),
            (U, "Cash. You must hear all sorts in here."),
            (C, "Ha, we just do the prescriptions, love. There's your change."),
            (C, "Take care now."),
        ],
    ),
    (
        "q15",
        "Margate seafront kiosk",
        [],
        "not a repeat: the cashier reads the whole order back once to confirm it",
        [
            (
                U,
                "Can I get two 99s, one with a flake and one without, a strawberry slush and a portion of chips?",
            ),
            (C, "Course. Salt and vinegar on the chips?"),
            (U, "Just salt."),
            (
                C,
                "Right, let me read that back so I've got it. Two 99s, one flake, one plain, a strawberry slush, and chips with just salt. That right?",
            ),
            (U, "Spot on."),
            (C, "Chips'll be three minutes. Nice to see a bit of sun, innit."),
            (U, "Innit. First time the kids have been in the sea this year."),
            (C, "Brave! It's still freezing out there."),
            (C, "Here you go. Eleven forty, please."),
            (U, "Cheers."),
        ],
    ),
    (
        "q16",
        "Dover ferry-port shop",
        [],
        "not a repeat: 'sorry?' over the tannoy, then several different do-you-need questions of the same shape",
        [
            (C, "Hello, is that all for you?"),
            (U, "Yeah, and a phone charger if you've got one."),
            (C, "Sorry? The announcement's going, I didn't catch that."),
            (U, "A phone charger. USB-C."),
            (C, "Ah, yeah, they're behind me. Is it for an Android?"),
            (U, "Yeah, a Samsung."),
            (C, "Do you need the plug as well, or just the lead?"),
            (U, "Just the lead."),
            (C, "Do you need a bag, or are you all right carrying?"),
            (U, "I'll carry it."),
            (C, "Do you want the receipt? For your work expenses, maybe."),
            (U, "Oh, yes please, good thinking."),
            (C, "There you go. Safe crossing."),
        ],
    ),
    (
        "q17",
        "Canterbury bookshop",
        [],
        "not rushed: one recommendation tailored to the customer's taste, then the usual bag and receipt questions",
        [
            (U, "Hi, just this one, please."),
            (C, "Oh, good choice. Have you read the others in the series?"),
            (U, "All of them. My mum got me into them."),
            (
                C,
                "If you like those, you might get on with Janice Hallett. Sort of puzzly, all told through emails and texts. The Appeal's the first one.",
            ),
            (U, "Ooh, I'll have a look next time. Just this today."),
            (C, "No worries at all."),
            (U, "Have you been busy with the tourists?"),
            (C, "Rammed. Cathedral coach parties all week."),
            (C, "Anyway, that's nine ninety-nine. Do you need a bag?", {"pause": 3.0}),
            (U, "No, it'll go in my tote."),
            (C, "Lovely. Receipt?"),
            (U, "No thanks."),
            (C, "Enjoy it. Don't stay up all night finishing it."),
        ],
    ),
    (
        "q18",
        "Whitstable oyster stall",
        [],
        "not rushed: a stamp card at the start and the lifeboat tin at the very end of a long, easy-going visit",
        [
            (
                C,
                "Morning! We've got a stamp card going, by the way, tenth half-dozen's on us. Want one?",
            ),
            (U, "Go on then, I'm down most weekends."),
            (C, "There you go, first stamp's on. What are you having?"),
            (U, "Half a dozen rocks and a crab sandwich, please."),
            (C, "Lovely. Crab came in off the harbour this morning."),
            (U, "Is it always this busy?"),
            (C, "Weekends, yeah. Weekdays it's just me and the gulls."),
            (U, "Ha. I'll take them over by the beach huts."),
            (C, "Mind the gulls, then, they'll have that sandwich off you.", {"pause": 4.0}),
            (U, "That me done?", {"pause": 20.0}),
            (C, "That's you. Fourteen fifty, please."),
            (
                C,
                "We've a little tin for the lifeboat station as well, if you've any shrapnel. No pressure.",
            ),
            (U, "Course, here's a quid."),
            (C, "Ta, darlin'. Enjoy your oysters."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout207", HELDOUT207, 2071)
