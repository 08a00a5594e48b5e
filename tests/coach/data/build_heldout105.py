# ruff: noqa: E501
"""Build the coach's held-out set 105: written BLIND by writer-105, before reading the engine, its lexicons, docs or any other held-out set (only the README of the shared conversations, and build_heldout678.py's helpers for the format, were read).

Imagined authors and settings (written WITH normal case and punctuation, as a
person would type it; chatty, old-fashioned register, volunteer and older staff
in the UK and Australia): a Cheltenham hospice shop, a Hobart antiques centre, a
Sheffield vintage record stall, an Adelaide op shop, a Norfolk church jumble
counter and a Brighton retro furniture shop (three conversations each).

Mix, aimed at precision (a false nudge costs more than a miss):
  4 gossip             volunteer pocketing the good stuff, a previous customer
                       who sells it all on eBay, the owner's messy divorce, the
                       cashier's own nephew's drug trouble.
  4 repeated_question  what the item is for (twice), whether the customer has
                       been in before, what size they need; each asked again in
                       other words after a clear answer.
  3 rushed_upsell      Gift Aid / raffle / loyalty card; tote bag / book bundle /
                       newsletter; singles deal / stamp card / mailing list / raffle.
  7 unlabelled         hard near-misses: warm family chat and the cashier's
                       harmless day; a colleague praised for her product
                       knowledge and the manager named only for a rule; a
                       customer who gossips while the cashier deflects; an order
                       read back to confirm; a "sorry?" re-ask plus different
                       questions of the same shape; one tailored recommendation
                       with the usual bag and receipt questions; two offers far
                       apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT105 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Cheltenham hospice shop",
        ["gossip"],
        "cashier accuses an unnamed Thursday volunteer of pocketing the best donations",
        [
            (U, "Just this Royal Doulton jug, please."),
            (
                C,
                "Oh, that's a nice find. You were lucky, mind. Most of the good bits never reach the shelf these days.",
            ),
            (U, "Oh?"),
            (
                C,
                "Between you and me, there's a volunteer on Thursdays, I shan't name her, blue rinse and a great big handbag, and she goes through the donation bags before anyone else and pockets the good stuff.",
            ),
            (U, "Goodness."),
            (
                C,
                "Silver, Wedgwood, a Mulberry purse last month. Never paid a penny for any of it. We all know, but the manager won't hear a word said against her.",
            ),
            (U, "Well, I wouldn't know about that."),
            (C, "That'll be four pounds fifty, my dear."),
            (U, "Here you are."),
        ],
    ),
    (
        "q02",
        "Hobart antiques centre",
        ["gossip"],
        "cashier slanders a previous regular customer who resells everything on eBay and dodges tax",
        [
            (U, "How much are you asking for the Huon pine box?"),
            (
                C,
                "That one's sixty. Lovely grain on it. You'd have missed it if Gavin had been in this morning.",
            ),
            (U, "Gavin?"),
            (
                C,
                "Oh, a fella who comes in every Saturday, buys up all the good pieces and sells it all on eBay for three times the price. Sits in his mother's garage with a camera, so I'm told.",
            ),
            (U, "Right."),
            (
                C,
                "And he's on the pension, mind you, never declares a cent of it. Someone ought to dob him in, I reckon.",
            ),
            (U, "I'll just take the box, thanks."),
            (C, "Sixty dollars then, love."),
        ],
    ),
    (
        "q03",
        "Brighton retro furniture shop",
        ["gossip"],
        "cashier tells a customer about the owner's affair, messy divorce and a row in the shop",
        [
            (U, "I'm interested in the teak sideboard in the window. Is it still available?"),
            (C, "It is, yes, the G-Plan one. Two hundred and eighty."),
            (U, "Could you deliver it to Hove?"),
            (
                C,
                "Should be all right, though you'd better be quick while Dave's still got the van. His wife's taking him to the cleaners in the divorce, she found out about the girl from the café, you see.",
            ),
            (U, "Oh dear."),
            (
                C,
                "Proper screaming match in here last Friday, right in front of the customers. She threw a lava lamp at him. He's been sleeping on that Chesterfield in the back most nights.",
            ),
            (U, "I see. So, delivery on Saturday?"),
            (C, "Saturday's fine. Twenty pounds for Hove."),
        ],
    ),
    (
        "q04",
        "Norfolk church jumble counter",
        ["gossip"],
        "cashier overshares her own family drama: nephew on heroin, police round, stealing from his mother",
        [
            (C, "Morning, dear. Just the tablecloth and the jigsaw?"),
            (U, "Yes, please."),
            (
                C,
                "Fifty pence and a pound. Sorry, I'm all at sixes and sevens today. It's my nephew, Darren.",
            ),
            (U, "Oh?"),
            (
                C,
                "He's back on the drugs, the heroin, and the police were round my sister's at two in the morning. He's had her purse and her wedding ring to sell.",
            ),
            (U, "I'm sorry to hear that."),
            (
                C,
                "She's beside herself. I told her years ago that boy was trouble. Anyhow, one pound fifty, please.",
            ),
            (U, "There you are."),
            (C, "Thank you, dear."),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "Adelaide op shop",
        ["repeated_question"],
        "asks what the preserving pan is for after the customer clearly said apricot jam",
        [
            (C, "Hello, love. That's a big old preserving pan. Making jam, are you?"),
            (U, "Apricot jam, yes. The tree's gone mad this year."),
            (C, "Lovely. It's got a bit of a dent in the base but it sits flat enough."),
            (U, "That's fine, it only needs to go on the stove."),
            (C, "Six dollars for that. Now, what are you going to be using it for, dear?"),
            (U, "The jam, like I said. The apricots."),
            (C, "Oh, of course you did. Six dollars, then."),
        ],
    ),
    (
        "q06",
        "Sheffield vintage record stall",
        ["repeated_question"],
        "asks whether the customer is a regular after they said it was their first visit",
        [
            (C, "Morning. Have you had a rummage here before, or is this your first time?"),
            (U, "First time, actually. I only moved up from Derby last month."),
            (
                C,
                "Well, you're very welcome. Northern soul's in the crates on the left, jazz at the back.",
            ),
            (U, "Champion. I'm after this Edwin Starr. How much is it?"),
            (C, "Eight pound, that one. Sleeve's a bit tatty but the vinyl's clean as a whistle."),
            (U, "I'll have it."),
            (
                C,
                "Lovely. So are you one of my regulars? I'm sure I've seen your face at the stall.",
            ),
            (U, "No, like I said, it's my first time. I've only just moved here."),
            (C, "Ah, my memory. Eight pound, please."),
        ],
    ),
    (
        "q07",
        "Cheltenham hospice shop",
        ["repeated_question"],
        "asks what size the husband takes again after the customer clearly said large",
        [
            (
                U,
                "Have you any of those Aran jumpers in? My husband's worn his through at the elbows.",
            ),
            (C, "We had two come in on Tuesday. What size does he take?"),
            (U, "A large. He's a big chap, broad across the shoulders."),
            (
                C,
                "Right, let me have a look on the rail. Here's a cream one, hand-knitted by the look of it.",
            ),
            (U, "Oh, that's a lovely one."),
            (C, "Now, what size were you wanting for him, dear?"),
            (U, "Large, I said. That one says large on the label."),
            (C, "So it does. Twelve pounds, please."),
        ],
    ),
    (
        "q08",
        "Hobart antiques centre",
        ["repeated_question"],
        "asks whether the frame is for herself after she said it is a christening present",
        [
            (C, "G'day. Found something nice?"),
            (
                U,
                "This little silver photo frame. It's a present for my granddaughter's christening on Sunday.",
            ),
            (C, "Oh, how lovely. That's hallmarked Birmingham, nineteen-twenties I'd say."),
            (U, "Is it really? I just liked the scalloped edge."),
            (C, "It's a good one. Forty-five dollars. I can give it a polish for you."),
            (U, "That would be kind."),
            (C, "There we are. Was it for yourself, or are you giving it to someone?"),
            (U, "It's for the christening, as I said. My granddaughter."),
            (C, "Right you are. I'll pop it in a box for you, then."),
        ],
    ),
    # ---------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Cheltenham hospice shop",
        ["rushed_upsell"],
        "Gift Aid, raffle and loyalty card fired off back to back while the customer is cut off",
        [
            (U, "Just these two paperbacks, please."),
            (C, "Are you a UK taxpayer? Could we Gift Aid anything you donate?", RR),
            (U, "Er, I don't really—", R),
            (
                C,
                "And would you like some raffle tickets, a pound a strip, it's the hospice summer draw?",
                R,
            ),
            (U, "No, thank—", R),
            (C, "We've a loyalty card too, tenth book free, shall I pop your name down?", R),
            (U, "Not today.", R),
            (C, "Two pounds, then."),
        ],
    ),
    (
        "q10",
        "Adelaide op shop",
        ["rushed_upsell"],
        "tote bag, book bundle deal and newsletter email pushed in a rush on a two-dollar sale",
        [
            (U, "Just the cookbook, thanks."),
            (
                C,
                "Righto. Did you want one of our calico tote bags? Only three dollars, helps the shop.",
                RR,
            ),
            (U, "Oh, no—", R),
            (
                C,
                "And we've got five books for ten dollars on at the moment, you could grab four more off the trolley.",
                R,
            ),
            (U, "I'm all right.", R),
            (
                C,
                "Can I put your email down for the newsletter? Tells you when the good stock comes in.",
                R,
            ),
            (U, "No, thanks.", R),
            (C, "Two dollars, then, love."),
        ],
    ),
    (
        "q11",
        "Sheffield vintage record stall",
        ["rushed_upsell"],
        "singles deal, stamp card, mailing list and raffle in quick succession",
        [
            (U, "I'll take this Smiths twelve-inch, please."),
            (C, "Grand. Singles are three for a tenner today if you want a flick through.", RR),
            (U, "Maybe not—", R),
            (C, "Do you want a stamp card? Tenth record half price.", R),
            (U, "Um.", R),
            (
                C,
                "And I'll take your email for the mailing list, I send new arrivals out Fridays.",
                R,
            ),
            (U, "I'd rather not.", R),
            (C, "Raffle's a quid for the Children's Hospital, you could win a Beatles box set.", R),
            (U, "No, just the record, please."),
            (C, "Twelve pound, then."),
        ],
    ),
    # ------------------------------------------------------ unlabelled, hard
    (
        "q12",
        "Norfolk church jumble counter",
        [],
        "NOT gossip: warm chat about the customer's daughter's twins and holiday, cashier's harmless quiet morning",
        [
            (C, "Hello, Mrs Dawson! Come for the knitting patterns?"),
            (U, "I have. My daughter's expecting again, twins this time, due in October."),
            (C, "Twins! Oh, how marvellous. You'll be knitting for England."),
            (U, "Matinee jackets and bootees, two of everything."),
            (C, "There's a lovely lemon wool in the basket there, that'd do for either."),
            (
                U,
                "I'll take a couple of balls. And we're off to Cromer for a week after, the whole family.",
            ),
            (
                C,
                "How lovely. I've had a nice quiet morning myself, done the crossword and had a slice of lemon drizzle off the cake stall.",
            ),
            (U, "Sounds perfect."),
            (
                C,
                "That'll be one pound twenty altogether. Give the twins a squeeze from me when they come.",
            ),
            (U, "I will. Thank you, Betty."),
        ],
    ),
    (
        "q13",
        "Hobart antiques centre",
        [],
        "NOT gossip: colleague praised as the china expert; manager named only for the no-overnight-holds rule",
        [
            (U, "I'm looking for a saucer to match this Shelley cup. The Violets pattern."),
            (
                C,
                "Oh, you want Maureen for that. She's our china lady, knows every Shelley pattern by heart. She's in the back cabinet room.",
            ),
            (U, "Wonderful."),
            (C, "She found a whole trio for a lady last week. Clever as anything, Maureen."),
            (U, "Could you hold the cup for me while I look?"),
            (
                C,
                "I can hold it till closing. Mr Barker's rule is we don't hold anything overnight, I'm afraid.",
            ),
            (U, "That's fair enough."),
            (C, "Maureen! Lady here after a Shelley Violets saucer!"),
        ],
    ),
    (
        "q14",
        "Brighton retro furniture shop",
        [],
        "NOT gossip: the customer gossips about her neighbour; the cashier deflects back to the chair",
        [
            (U, "Is that Ercol rocking chair by the door for sale?"),
            (C, "It is, yes. One hundred and fifty."),
            (
                U,
                "You'll know my neighbour Pauline, she was in here last week. Her husband's left her for the woman at the dry cleaner's, you know.",
            ),
            (
                C,
                "Oh, I wouldn't know about that. The chair's had new seat webbing, it's very sturdy.",
            ),
            (U, "And she's been drinking. The whole street can hear them rowing. Shocking, it is."),
            (C, "Well, I hope everyone's all right. Did you want to sit in it and try it out?"),
            (U, "Go on, then. Oh, that's comfy."),
            (C, "It's a lovely chair. Shall I put a sold sticker on it for you?"),
            (U, "Yes, please."),
        ],
    ),
    (
        "q15",
        "Sheffield vintage record stall",
        [],
        "NOT repeat: the stallholder reads the order back once to confirm it",
        [
            (
                U,
                "Can I order a few bits? I'm after Pulp's 'Different Class' on vinyl, the first Arctic Monkeys album, and that Human League seven-inch you had last week.",
            ),
            (C, "I'll jot that down. Any particular pressing on the Pulp?"),
            (U, "Original if you can get it, but I'll not pay over forty."),
            (
                C,
                "Right. So that's 'Different Class', original pressing, no more than forty; the first Arctic Monkeys LP; and the Human League seven-inch, 'Don't You Want Me'. Have I got that right?",
            ),
            (U, "Spot on."),
            (
                C,
                "Champion. I'll give you a ring Thursday when they're in. What's your number, love?",
            ),
            (U, "Oh-seven-seven-oh, nine-one-two, three-four-five."),
            (C, "Lovely. Speak to you Thursday."),
        ],
    ),
    (
        "q16",
        "Adelaide op shop",
        [],
        "NOT repeat: asked again only because the customer said 'sorry?'; later 'is it...' questions are different questions",
        [
            (C, "Is it just the cardigan today?"),
            (U, "Sorry, what was that? It's a bit noisy with the traffic."),
            (C, "I said, is it just the cardigan today?"),
            (U, "Oh, yes, just the cardigan."),
            (C, "Is it for you, or is it a gift?"),
            (U, "For me. It gets cold up in the hills of an evening."),
            (C, "Is it cash or card, love?"),
            (U, "Cash."),
            (C, "Four dollars, thanks. Stay warm up there."),
        ],
    ),
    (
        "q17",
        "Brighton retro furniture shop",
        [],
        "NOT rushed: one lamp recommendation tailored to a small low room, plus the usual bag and receipt questions",
        [
            (
                U,
                "I've just bought a nineteen-sixties flat in Kemptown and I need a lamp for the reading corner.",
            ),
            (C, "How exciting. Is it a big room?"),
            (U, "No, quite small, with a low ceiling."),
            (
                C,
                "Then I'd steer you towards this little Anglepoise rather than the big floor lamp. It throws the light right where you want it and doesn't take up the floor.",
            ),
            (U, "Oh, that's just the thing. How much?"),
            (C, "Forty-five. I rewired it myself, it's all been tested."),
            (U, "I'll have it."),
            (C, "Lovely. Would you like a bag for it, or will you carry it?"),
            (U, "I'll carry it, it's only round the corner."),
            (C, "And do you want a receipt?"),
            (U, "Yes, please."),
            (C, "There you go. Enjoy the new flat."),
        ],
    ),
    (
        "q18",
        "Norfolk church jumble counter",
        [],
        "NOT rushed: vestry teas mentioned early, tombola a long while later after a relaxed chat",
        [
            (C, "Hello, dear, lovely to see you. Just the biscuit tin?"),
            (U, "And this little brass bell."),
            (
                C,
                "Fifty pence for the tin and a pound for the bell. We're doing teas in the vestry today, if you fancy a cuppa and a scone after.",
            ),
            (U, "Oh, I might. Is the bell old, do you think?"),
            (C, "Could be. The Reverend says it came from the old village school."),
            (U, "How lovely. My grandson will love ringing it."),
            (C, "He'll drive you round the bend with it! How old is he now?"),
            (
                U,
                "Six in September. Hang on, I've left my purse in the car, I'll just nip and get it.",
            ),
            (U, "Here we are, sorry about that.", {"pause": 35.0}),
            (
                C,
                "No hurry at all. Oh, and the tombola's on by the font, twenty pence a go, if he'd like a try.",
            ),
            (U, "Go on then, I'll have two goes for him."),
            (C, "That's one pound ninety altogether, then. Thank you, dear."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout105", HELDOUT105, 1051)
