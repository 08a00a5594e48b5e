# ruff: noqa: E501
"""Build the coach's held-out set 99: written BLIND by writer-99, before reading the engine, its lexicons, its docs or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers for the format and build_heldout31.py's file skeleton were read); scored once before any change for it.

Imagined authors and settings (normal case and punctuation, as a person would
type it): garden centres, hardware and DIY counters in the UK and the US -- a
Surrey garden centre, an Ohio hardware store, a Welsh builders' merchant trade
counter, a Texas feed and farm store, a Kent nursery and a Michigan paint shop.

Mix, aimed at precision (a false nudge costs more than a miss):
  4 gossip             the cashier's ex-husband's new girlfriend; a contractor
                       customer who "never pays his account"; the assistant
                       manager at the Christmas party; a neighbour's planning
                       dispute.
  4 repeated_question  paint finish asked again (twice), van / delivery asked
                       again, what the project is for asked again -- each time
                       in other words after a clear answer.
  3 rushed_upsell      brush set + trade account + newsletter; mower warranty +
                       rewards card + round-up; compost deal + newsletter +
                       charity round-up -- fired in quick succession (R / RR).
  7 unlabelled hard near-misses: warm chat about the customer's family and the
                       cashier's harmless day; a colleague praised in a product
                       context and the manager named only for a rule; a customer
                       who gossips while the cashier deflects; an order read back
                       to confirm it; a "sorry?" re-ask plus different questions
                       of the same shape; one tailored recommendation with the
                       usual bag and receipt questions; two offers far apart in a
                       relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT99 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Surrey garden centre",
        ["gossip"],
        "cashier overshares her own drama and runs down her ex-husband's new girlfriend (age, looks, spending his money)",
        [
            (U, "Hello, just these two trays of begonias and the hanging basket, please."),
            (
                C,
                "Lovely, these are doing really well this year. Sorry if I'm a bit distracted today.",
            ),
            (U, "Oh, no problem at all."),
            (
                C,
                "It's my ex-husband. He's only gone and moved his new girlfriend into our old house, and she's twenty-six.",
            ),
            (U, "Oh dear."),
            (
                C,
                "Honestly, she looks like she's never done a day's work in her life. My daughter says she's already spent his savings on a hot tub and lip fillers.",
            ),
            (U, "Right... how much do I owe you?"),
            (C, "Sorry, yes. That's thirty-four fifty, please."),
            (U, "Card, please."),
            (C, "Lovely, that's gone through. Enjoy the begonias.", {"pause": 2.5}),
        ],
    ),
    (
        "q02",
        "Ohio hardware store",
        ["gossip"],
        "cashier slanders a named contractor customer to another customer: never pays his account, a crook",
        [
            (U, "Hey, can I get these deck screws and a box of the quarter-inch lag bolts?"),
            (C, "Sure thing. You doing some work on a deck?"),
            (U, "Yeah, finally fixing the back steps."),
            (C, "Good for you. Better than hiring Rick Sorensen, I'll tell you that much."),
            (U, "Who's that?"),
            (
                C,
                "Guy who does half the decks in town. He runs a tab here and he never pays his account. Owes us like three grand right now.",
            ),
            (U, "Huh."),
            (
                C,
                "And he charges his customers for pressure-treated lumber and then uses the cheap stuff. The guy's a crook, everybody knows it.",
            ),
            (U, "Okay, well, what do I owe you?"),
            (C, "Twenty-eight forty-seven."),
            (U, "Here you go."),
        ],
    ),
    (
        "q03",
        "Welsh builders' merchant trade counter",
        ["gossip"],
        "cashier tells a trade customer about the assistant manager's drunken behaviour at the staff Christmas party",
        [
            (
                U,
                "Morning. Ten bags of multi-finish and a roll of scrim tape on the account, please. Jones Plastering.",
            ),
            (C, "Morning, Dai. No problem, I'll put that through now."),
            (U, "Cheers."),
            (C, "Here, did you hear what Gareth got up to at our Christmas do?"),
            (U, "Gareth, the assistant manager?"),
            (
                C,
                "Yeah. Absolutely hammered, he was. Tried to snog the girl from accounts in front of his wife, then fell through the fire door and was sick in the car park.",
            ),
            (U, "Oh, God."),
            (
                C,
                "His wife drove off and left him there. He had to get a taxi home at three in the morning. Don't say I told you.",
            ),
            (U, "Right. Is the multi-finish in the yard?"),
            (C, "Yeah, bay four. Sign here for me."),
        ],
    ),
    (
        "q04",
        "Kent nursery",
        ["gossip"],
        "cashier gossips about her neighbours' planning dispute and calls one neighbour a liar",
        [
            (U, "Can I have this laurel hedging, please? Six of them."),
            (C, "Of course. Putting a hedge in?"),
            (U, "Yes, along the side of the drive."),
            (C, "Very wise. You want to see the row going on in my road at the moment."),
            (U, "Oh?"),
            (
                C,
                "The couple at number twelve want to build a two-storey extension, and the old boy next door has objected to the council four times. He's even reported them for the shed.",
            ),
            (U, "Goodness."),
            (
                C,
                "And between us, she told everyone at the school gate he's only doing it because she wouldn't sell him her bit of garden. She's a liar, mind, she makes half of it up.",
            ),
            (U, "Well, I'd better not get involved. What's the total?"),
            (C, "That's seventy-two pounds, please."),
            (U, "Here you are."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "Michigan paint shop",
        ["repeated_question"],
        "asks the finish again ('what sheen are we going with?') after the customer clearly said eggshell",
        [
            (C, "Hi there, what can I mix for you today?"),
            (U, "I need two gallons of this gray for my living room."),
            (C, "Sure. What finish do you want on that?"),
            (U, "Eggshell, please."),
            (C, "Okay. Do you want it in our premium line or the standard?"),
            (U, "The standard's fine."),
            (
                C,
                "Great, it'll take about ten minutes to mix. And what sheen are we going with on this one?",
            ),
            (U, "Eggshell, like I said."),
            (C, "Got it. I'll call you when it's ready."),
        ],
    ),
    (
        "q06",
        "Welsh builders' merchant trade counter",
        ["repeated_question"],
        "asks again whether the customer needs it delivered after he clearly said he has his van outside",
        [
            (U, "Hiya. Twenty bags of ballast and ten of cement, please."),
            (C, "No bother. Do you want that delivered, or have you got transport?"),
            (U, "I've got the van outside, I'll load it myself."),
            (C, "Lovely. Is that on an account or are you paying today?"),
            (U, "Paying today, on card."),
            (C, "Right, that's two hundred and six pounds forty."),
            (U, "There you go."),
            (C, "Thanks. And shall I book it in on the lorry for you, or are you taking it away?"),
            (U, "I said, I've got my van. I'll take it now."),
            (C, "Okay, pull round to the yard then."),
        ],
    ),
    (
        "q07",
        "Texas feed and farm store",
        ["repeated_question"],
        "asks again what the lumber and wire are for after the customer clearly said a chicken coop",
        [
            (C, "Howdy, what are y'all working on today?"),
            (
                U,
                "Building a chicken coop for my girls' new hens. Need the hardware cloth and some of those two-by-fours.",
            ),
            (C, "Sounds good. How many feet of the cloth?"),
            (U, "Fifty feet, the half-inch."),
            (C, "You got it. Need any screws or staples?"),
            (U, "Got plenty of those at home."),
            (C, "All right then. So what's this project going to be, anyway?"),
            (U, "The chicken coop. For the hens."),
            (C, "Oh, right. That'll be eighty-nine twelve."),
        ],
    ),
    (
        "q08",
        "Ohio hardware store",
        ["repeated_question"],
        "asks the finish again in other words after the customer clearly said semi-gloss for the trim",
        [
            (U, "Hi, I need a quart of white for the trim in my kitchen."),
            (C, "No problem. Satin, semi-gloss, or high gloss?"),
            (U, "Semi-gloss, please. Easier to wipe down."),
            (C, "Good call for a kitchen. Bright white or one of the warmer whites?"),
            (U, "Bright white."),
            (C, "Okay. Need any painter's tape or sandpaper?"),
            (U, "No, I'm good."),
            (C, "Alright, so how shiny do you want this one to dry?"),
            (U, "Semi-gloss. I told you."),
            (C, "Right, sorry. Give me five minutes to shake it."),
        ],
    ),
    # ------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Michigan paint shop",
        ["rushed_upsell"],
        "brush and roller set, trade account and newsletter sign-up fired off back to back, customer only says 'no'",
        [
            (U, "Just the gallon of the blue, please."),
            (
                C,
                "Sure, do you want to grab our brush and roller set with that? It's twenty percent off with any gallon.",
                RR,
            ),
            (U, "No thanks.", R),
            (
                C,
                "Are you a contractor at all? We can open a trade account for you today and you'd get fifteen percent off everything.",
                R,
            ),
            (U, "No, I'm not.", R),
            (
                C,
                "Okay, can I get your email for our newsletter? We send out coupons every month.",
                R,
            ),
            (U, "No, just the paint.", R),
            (C, "Okay, that's forty-two ninety-nine.", R),
        ],
    ),
    (
        "q10",
        "Texas feed and farm store",
        ["rushed_upsell"],
        "extended mower warranty, rewards card and 4-H round-up crammed together while the customer tries to pay",
        [
            (U, "I'll take this riding mower, the one on the floor out front."),
            (
                C,
                "Yes sir. You want to add our three-year extended warranty on the mower? It's only a hundred and nineteen.",
                RR,
            ),
            (U, "No, I'm fine.", R),
            (
                C,
                "Do you have our rewards card? I can sign you up right now, you'd get five percent back on this.",
                R,
            ),
            (U, "Nah.", R),
            (C, "And would you like to round up today for the county 4-H?", R),
            (U, "Not today.", R),
            (C, "Alright, that's two thousand one forty-nine.", R),
        ],
    ),
    (
        "q11",
        "Surrey garden centre",
        ["rushed_upsell"],
        "compost deal, newsletter sign-up and hospice round-up rattled off in a row",
        [
            (U, "Just this rose and the plant food, please."),
            (
                C,
                "Lovely. Our multi-purpose compost is three bags for twelve pounds this week, do you want some?",
                RR,
            ),
            (U, "Er, no.", R),
            (
                C,
                "Would you like to sign up to our newsletter? You get ten percent off your next visit.",
                R,
            ),
            (U, "No, thanks.", R),
            (C, "And would you like to round up your total for the local hospice?", R),
            (U, "No, it's fine.", R),
            (C, "Okay. That's twenty-one ninety-eight.", R),
        ],
    ),
    # ------------------------------------------------ unlabelled near-misses
    (
        "q12",
        "Kent nursery",
        [],
        "NOT gossip: warm chat about the customer's grandchildren and plans; the cashier's own day is harmless and happy",
        [
            (U, "Afternoon. Could I have these two apple trees, please?"),
            (C, "Of course. Ooh, Cox and Bramley, lovely choice."),
            (
                U,
                "They're for my grandchildren. We're planting one each in the garden this weekend.",
            ),
            (C, "Oh, how lovely. How old are they?"),
            (U, "Five and seven. They've already named them."),
            (C, "That's adorable. They'll be picking their own apples in a couple of years."),
            (U, "That's the idea. Have you been busy today?"),
            (
                C,
                "Rushed off our feet since nine, but I had my lunch out in the sunshine by the pond, so I can't complain.",
            ),
            (U, "Sounds nice."),
            (C, "That's fifty-four pounds, please. Water them well this first summer."),
            (U, "Will do. Thank you."),
        ],
    ),
    (
        "q13",
        "Ohio hardware store",
        [],
        "NOT gossip: a colleague praised in a helpful product context; the manager named only for the returns rule",
        [
            (
                U,
                "Hi, I've got a leak under my kitchen sink. I think it's this compression fitting.",
            ),
            (
                C,
                "Oh, you want to talk to Dave. He's in plumbing, aisle nine, and he knows these fittings inside out.",
            ),
            (U, "Great."),
            (
                C,
                "He fixed my own sink last year in about ten minutes. He'll get you the right size.",
            ),
            (U, "Sounds good. If I get the wrong one, can I bring it back?"),
            (
                C,
                "Sure, just keep the receipt. Our manager, Linda, likes everything returned within thirty days and unopened.",
            ),
            (U, "Okay, fair enough."),
            (C, "So for now it's just the plumber's tape? That's three forty-nine."),
            (U, "Yep, here you go."),
        ],
    ),
    (
        "q14",
        "Welsh builders' merchant trade counter",
        [],
        "NOT gossip: the CUSTOMER gossips at length about a local builder; the cashier deflects politely and sticks to the order",
        [
            (U, "Alright. Have you seen what's going on with Kevin Pritchard's lot?"),
            (C, "Morning. Can't say I have. What can I get you?"),
            (
                U,
                "Three lengths of four-by-two. Apparently his wife's kicked him out and he's been living in the site cabin.",
            ),
            (C, "Three lengths, is it? Treated or untreated?"),
            (U, "Treated. And I heard the bank's after him too, he owes everybody."),
            (C, "I wouldn't know anything about that, I'm afraid. Three point six metres do you?"),
            (U, "Yeah. Mind, he always was a cowboy."),
            (C, "Right, that's thirty-one pounds twenty. Card or cash?"),
            (U, "Card."),
            (C, "Lovely, they're in the timber shed, grab them on your way out."),
        ],
    ),
    (
        "q15",
        "Texas feed and farm store",
        [],
        "NOT repeat: the cashier reads the order back once to confirm it, then asks a new question",
        [
            (
                U,
                "Hey, I need four bags of the layer pellets, two bags of scratch grains, and a fifty-pound mineral block.",
            ),
            (C, "Sure. You want those delivered or are you taking them now?"),
            (U, "Delivered, please. Thursday if you can."),
            (
                C,
                "Thursday works. So let me read that back: four layer pellets, two scratch grains, one fifty-pound mineral block, delivered Thursday. Did I get that right?",
            ),
            (U, "That's it."),
            (C, "And what's the address out there?"),
            (U, "Twenty-two eighty County Road one-forty."),
            (C, "Got it. That comes to ninety-six fifty with the delivery."),
            (U, "Here's my card."),
        ],
    ),
    (
        "q16",
        "Michigan paint shop",
        [],
        "NOT repeat: the question is asked again only after 'Sorry?', then different questions of the same shape (how big / how many coats / which room next)",
        [
            (C, "Hi, what room are you painting?"),
            (U, "Sorry?"),
            (C, "What room is the paint going in?"),
            (U, "Oh, the nursery. We've got a baby coming in June."),
            (C, "Congratulations! How big is the room, roughly?"),
            (U, "About ten by twelve."),
            (C, "Then one gallon should do it. How many coats are you planning?"),
            (U, "Probably two."),
            (
                C,
                "Then you might want two gallons to be safe. Which room are you tackling after this one?",
            ),
            (U, "The hallway, but that's next month."),
            (C, "Sounds like a plan. Two gallons it is."),
        ],
    ),
    (
        "q17",
        "Surrey garden centre",
        [],
        "NOT rushed: one tailored recommendation for roses on clay, plus the usual bag and receipt questions spread out",
        [
            (U, "Hello, just these three climbing roses, please."),
            (C, "Gorgeous, these ones smell wonderful. What's your soil like at home?"),
            (U, "Heavy clay, unfortunately."),
            (
                C,
                "In that case, a handful of rootgrow in the planting hole really helps roses get going in clay. It's just over there, if you want it.",
                {"offers": ["rootgrow"]},
            ),
            (U, "Oh, I'll grab a packet, thanks."),
            (C, "Good idea. They should be flowering by midsummer."),
            (U, "I hope so, they're for my mum's garden."),
            (
                C,
                "That's thirty-nine ninety-seven. Did you need a bag for the packet?",
                {"pause": 4.0},
            ),
            (U, "No, I'm fine."),
            (C, "Would you like your receipt?", {"pause": 3.0}),
            (U, "Yes, please."),
        ],
    ),
    (
        "q18",
        "Ohio hardware store",
        [],
        "NOT rushed: two offers (roller on sale, rewards sign-up) far apart in a relaxed, chatty visit while keys are cut",
        [
            (U, "Hi, can you cut me two copies of this house key?"),
            (
                C,
                "Sure can. Oh, and our rollers are half off this week, in case you're painting anything.",
                {"offers": ["rollers"]},
            ),
            (U, "Not right now, thanks."),
            (C, "No problem. Just moved in?"),
            (U, "Yeah, last weekend. Still unpacking boxes."),
            (C, "Oh, congrats. Which part of town?"),
            (U, "Over by the high school, on Maple."),
            (C, "Nice street. Lots of big old trees over there. These'll be a couple of minutes."),
            (
                C,
                "Okay, here are your keys. Try them at home, and bring them back if they stick.",
                {"pause": 40.0},
            ),
            (U, "Will do."),
            (
                C,
                "And if you're going to be in a lot for the new house, you can sign up for our rewards at the register, no pressure.",
                {"pause": 3.0, "offers": ["rewards"]},
            ),
            (U, "Maybe next time."),
            (C, "Sure. That's five ninety-eight."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout99", HELDOUT99, 991)
