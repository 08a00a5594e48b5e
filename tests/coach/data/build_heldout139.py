# ruff: noqa: E501
"""Build the coach's held-out set 139: written by writer-139 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation): local staff and
holidaymakers in the seaside and holiday towns of the north of England (Whitby,
Filey, Scarborough, Blackpool, Redcar, Bridlington): an ice cream kiosk, an
amusement arcade change booth, a rock and souvenir shop, a fish and chip
takeaway, a caravan park reception and a donkey ride ticket stand. Northern
register: "love", "pet", "our lass", "champion", "owt", "summat", "bairns".

Mix: 4 gossip (a caravan owner's affair with the site warden, the previous
customer's shoplifting kids, the arcade manager's gambling, the cashier's own
husband's redundancy and drinking), 4 repeated_question (scoops, pitch number,
which fish, how many tokens; in the pitch and token ones the customer answers
with a number both times), 3 rushed_upsell (photo package, loyalty card,
bucket-and-spade bundle, raffle, newsletter, holiday club), and 7 hard "not"
cases: warm chat about the customer's own anniversary; colleagues and the
manager named for work reasons and praised; the customer gossips while the
cashier deflects; a big order read back to confirm it; a "sorry?" re-ask in a
noisy arcade plus different questions of the same shape; one tailored
recommendation with the routine bag and receipt questions; two offers far apart
in a relaxed donkey ride visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT139 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "caravan park reception",
        ["gossip"],
        "cashier tells a stranger that a caravan owner is having an affair with the site warden while her husband works away",
        [
            (
                U,
                "Hiya, we're on pitch forty-two and the gas bottle's run out. Can we swap it here?",
            ),
            (
                C,
                "Course you can, love. Bring the empty round and I'll do you a full one, it's twenty-eight pound.",
            ),
            (U, "Champion. Is card all right?"),
            (C, "Aye, pop it in."),
            (
                C,
                "Here, you're next to the Hendersons' static, aren't you? The blue one with the decking.",
            ),
            (U, "Erm, maybe. I don't know anyone's names yet."),
            (
                C,
                "Well, between you and me, she's been carrying on with Gary, the warden. Her husband's working away all week and Gary's buggy is parked outside hers every night till gone midnight.",
            ),
            (C, "Whole site knows. Her fella will be the last to find out, poor sod."),
            (U, "Oh. Right. Is the receipt coming out?"),
            (C, "Here you go. Trolley's round the side for the bottle."),
        ],
    ),
    (
        "q02",
        "rock and souvenir shop",
        ["gossip"],
        "cashier slanders the previous customer, saying her kids shoplift every summer and one has been in court",
        [
            (C, "Morning, pet. Just these?"),
            (U, "Yes please, the two sticks of Whitby rock and the fridge magnet."),
            (C, "Did you see that family that just went out? The mam with the pushchair?"),
            (U, "Not really, no."),
            (
                C,
                "Her two lads had three sherbet dips and a keyring stuffed in their pockets. Every summer she comes in, and every summer them kids rob us blind while she stands there pretending she sees nowt.",
            ),
            (
                C,
                "I've a good mind to ring the police on her. Her eldest has already been up in front of the magistrates, so I'm told.",
            ),
            (U, "Goodness. How much do I owe you?"),
            (C, "Five pound twenty, love."),
            (U, "There you are."),
            (C, "Ta. Mind how you go."),
        ],
    ),
    (
        "q03",
        "amusement arcade change booth",
        ["gossip"],
        "cashier tells a customer the arcade manager gambles at the bookies, lost his car and his wife has left",
        [
            (U, "Can I get a tenner in twos, please?"),
            (C, "Here you go, love, five bags of coppers."),
            (U, "Cheers. Is the upstairs open yet?"),
            (C, "Not till eleven. Depends if Clive rolls in on time, he's the manager."),
            (
                C,
                "Between us, he's in the bookies on the front from nine every morning. Lost his car on the dogs last month, and his wife's took the kids to her mother's in Hartlepool.",
            ),
            (C, "And he's got the brass neck to lecture us when the tills are a quid out."),
            (U, "Oh dear. Right, I'll stick to the Penny Falls down here then."),
            (C, "Good luck with it, pet."),
        ],
    ),
    (
        "q04",
        "fish and chip takeaway",
        ["gossip"],
        "cashier overshares her own private drama: husband made redundant, drinking every night, mortgage worries",
        [
            (C, "Next, please. What can I get you?"),
            (U, "Haddock and chips twice, and a fishcake for the little one."),
            (C, "Right you are. Salt and vinegar on all of them?"),
            (U, "Please, aye."),
            (C, "Sorry I'm a bit slow today, love, I've had no sleep."),
            (
                C,
                "My Mick got laid off from the docks on Friday after twenty-two years, and he's been down the Ship every night since. Rolled in at three this morning and was sick on the landing.",
            ),
            (U, "Oh no, I'm sorry to hear that."),
            (
                C,
                "I don't know how we'll pay the mortgage. And he won't talk to me, he just opens another can. I'm at my wits' end with him, honestly.",
            ),
            (U, "That must be hard. How much is that?"),
            (C, "Eighteen forty, love."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "ice cream kiosk",
        ["repeated_question"],
        "cashier asks how many scoops, chats about the weekend, then asks single or double again",
        [
            (C, "Hiya! What can I get you, pet?"),
            (U, "Can I have a cone, please? Mint choc chip."),
            (C, "How many scoops, love?"),
            (U, "Two, please."),
            (C, "Lovely. Are you here for the week?"),
            (U, "Just the weekend. We're up from Leeds with the grandkids."),
            (C, "Oh, you've picked a good one, it's meant to stay nice till Monday."),
            (U, "Fingers crossed."),
            (C, "Now, was it a single or a double you wanted on that?"),
            (U, "A double, love, same as I said."),
            (C, "Oh aye, sorry. Flake in it?"),
            (U, "Go on then."),
        ],
    ),
    (
        "q06",
        "caravan park reception",
        ["repeated_question"],
        "cashier asks which pitch, talks about the drive, then asks what number they are on again",
        [
            (U, "Hello, we've just arrived. Booking's under Ashworth."),
            (C, "Welcome to Sandy Bay! Which pitch have they given you?"),
            (U, "Seventeen, on the top field."),
            (C, "Lovely. Long drive?"),
            (
                U,
                "From Stoke. Four hours with the caravan behind us, and the road was shut at Pickering.",
            ),
            (C, "Oh, that diversion's a nightmare. You'll want a brew once you're set up."),
            (U, "I'll want summat stronger than a brew!"),
            (C, "Ha! Right, so what number are you on?"),
            (U, "Seventeen."),
            (
                C,
                "Here's your barrier fob and the site map. The hook-up's on the post by the hedge.",
            ),
        ],
    ),
    (
        "q07",
        "fish and chip takeaway",
        ["repeated_question"],
        "cashier asks cod or haddock, chats about the wind, then asks what sort of fish again",
        [
            (C, "Evening! What are you having?"),
            (U, "Fish and chips, and a portion of mushy peas, please."),
            (C, "Cod or haddock?"),
            (U, "Haddock, please."),
            (C, "Bit blowy out there tonight."),
            (U, "It is. I nearly lost my hat on the pier."),
            (C, "They'll be shutting the end of it if it gets any worse."),
            (C, "Right, what sort of fish was it for you?"),
            (U, "Haddock, pet."),
            (C, "Salt and vinegar?"),
            (U, "Just salt, thanks."),
        ],
    ),
    (
        "q08",
        "amusement arcade change booth",
        ["repeated_question"],
        "cashier asks how many dodgem tokens, chats about the bairns, then asks how many again; customer says six both times",
        [
            (U, "Hiya, can I get some tokens for the dodgems?"),
            (C, "Course. How many are you after?"),
            (U, "Six, please. One for each of the bairns."),
            (C, "Six of them! You've got your hands full."),
            (U, "Tell me about it. Three are mine and three are me sister's."),
            (C, "Is she not with you?"),
            (U, "She's having her hair done in town. Left me in charge."),
            (C, "Brave woman. Right then, how many tokens do you need?"),
            (U, "Six."),
            (C, "That's nine pound, love."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "donkey ride ticket stand",
        ["rushed_upsell"],
        "photo package, raffle and newsletter email fired off back to back while the customer barely answers",
        [
            (U, "Two rides, please, for these two."),
            (C, "Three pound each, so that's six pound, love."),
            (U, "There you go."),
            (
                C,
                "Do you want the photo package, we snap them on the donkey and you get a print and a fridge magnet for eight pound",
                RR,
            ),
            (U, "Er, no, it's...", R),
            (
                C,
                "And we've a raffle on for the donkey sanctuary, a pound a strip, first prize is a hamper",
                R,
            ),
            (U, "Oh, um.", R),
            (
                C,
                "And can I take your email for the newsletter, you get ten percent off your next rides",
                R,
            ),
            (U, "No, it's fine. Just the rides.", R),
            (C, "No bother. Wait by the gate, Jasper will be back in a minute."),
        ],
    ),
    (
        "q10",
        "rock and souvenir shop",
        ["rushed_upsell"],
        "bucket-and-spade bundle, loyalty card with postcode and lifeboat raffle pushed in quick succession",
        [
            (C, "Hiya! Just the windmill, pet?"),
            (U, "Yeah, just that."),
            (
                C,
                "We've got the bucket-and-spade bundle on today, windmill, bucket, spade and a crabbing line for a tenner",
                RR,
            ),
            (U, "No, we've...", R),
            (C, "Have you got one of our loyalty cards, every fifth stick of rock is free", R),
            (U, "No.", R),
            (C, "I can do you one now, I just need your name and postcode", R),
            (U, "It's all right.", R),
            (C, "And do you want a ticket for the lifeboat raffle, it's two pound", R),
            (U, "No, thanks. Just the windmill, honestly."),
            (C, "Two pound fifty, then."),
        ],
    ),
    (
        "q11",
        "caravan park reception",
        ["rushed_upsell"],
        "holiday club membership, photographer package and newsletter sign-up fired off while the customer only wants two more nights",
        [
            (U, "Morning. Can I pay for another two nights? Pitch nine."),
            (C, "Course. That's fifty-four pound for the two nights."),
            (U, "Card, please."),
            (
                C,
                "Do you want to join the Holiday Club while you're here, it's fifteen pound and you get ten percent off your stay",
                RR,
            ),
            (U, "I don't think...", R),
            (
                C,
                "And we've got the photographer in the clubhouse on Saturday, the family portrait package is twenty pound, I can book you a slot",
                R,
            ),
            (U, "Oh, we're...", R),
            (
                C,
                "And pop your email on here for the newsletter, you'll get first dibs on next year's pitches",
                R,
            ),
            (U, "No. Just the two nights, thanks.", R),
            (C, "Right you are. Pop your card in."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "ice cream kiosk",
        [],
        "not gossip: warm chat about the customer's own fortieth anniversary and dinner plans; no third-party talk, no repeats, no offers",
        [
            (C, "Afternoon! What are we having?"),
            (U, "Two vanilla cones and a lolly for our lass's lad, please."),
            (C, "Coming up. Is it your first time in Filey?"),
            (U, "No, we've come every summer since we got married. Forty years this August."),
            (C, "Forty years! Oh, that's lovely. Are you doing owt special for it?"),
            (U, "Our daughter's booked us a meal at that place up on the cliff top."),
            (
                C,
                "Oh, you'll love it. Ask for a window table and you'll see the sun go down over the bay.",
            ),
            (U, "I will, thanks, love."),
            (C, "There's your cones, and the lolly. Three pound eighty for the lot."),
            (U, "Keep the change."),
            (C, "Ta, pet. Happy anniversary to you both!"),
        ],
    ),
    (
        "q13",
        "caravan park reception",
        [],
        "not gossip: the maintenance man, the kids' club leader and the manager are named only for work reasons and praised",
        [
            (U, "Hiya. The shower block on the bottom field's got no hot water."),
            (
                C,
                "Oh, sorry about that, love. I'll get Dave from maintenance down there, he's on the radio.",
            ),
            (C, "He's a diamond, Dave. He'll have it sorted in half an hour."),
            (U, "Thanks. Can I get a couple of boxes of firelighters while I'm here?"),
            (C, "Course. Two pound a box."),
            (U, "Lovely. And is there a kids' club on tomorrow?"),
            (
                C,
                "There is, ten till twelve in the clubhouse. Sharon runs it, she's brilliant with them, they'll come back covered in glitter.",
            ),
            (U, "Ha, champion. They'll love that."),
            (
                C,
                "Four pound then, pet. And if the water's still cold by teatime, ring reception and ask for Keith, he's the manager, he can move you to the top block.",
            ),
            (U, "Will do. Thanks."),
        ],
    ),
    (
        "q14",
        "fish and chip takeaway",
        [],
        "not gossip: the customer gossips about a B&B owner's husband and the cashier deflects every time back to the order",
        [
            (C, "Hiya, what can I get you?"),
            (U, "Cod and chips and a battered sausage, please."),
            (C, "Right you are. Five minutes on the cod, is that all right?"),
            (
                U,
                "Fine. Here, have you heard about that woman with the B&B on Albert Road? They reckon her husband's run off with the cleaner.",
            ),
            (C, "Can't say I have, love. Salt and vinegar on that?"),
            (U, "Both. Apparently he's emptied their joint account and all. Disgraceful."),
            (C, "Well, that's their business. Do you want any scraps on?"),
            (U, "Go on then. You must hear all sorts in here, though."),
            (C, "I keep my head down and my fryer hot, pet. That's nine pound ten."),
            (U, "There you are."),
            (C, "Ta. Your cod's just coming out now."),
        ],
    ),
    (
        "q15",
        "ice cream kiosk",
        [],
        "not a repeat: a big family order is read back once to confirm it; the follow-up questions are new",
        [
            (C, "Hiya! What can I get you all?"),
            (
                U,
                "Right, go on. Two ninety-nines, a strawberry tub, a chocolate cone with sprinkles, and a slush for him, a blue one.",
            ),
            (C, "Hang on, let me get that down."),
            (
                C,
                "So that's two ninety-nines, one strawberry in a tub, a chocolate cone with sprinkles and a blue slush. That everything?",
            ),
            (U, "That's it. Oh, and can the tub have a wafer in?"),
            (C, "Course it can."),
            (U, "Lovely. Busy today?"),
            (C, "Rammed since ten. Everyone's out for the sun."),
            (
                C,
                "There you go, mind the slush, it's full to the brim. That's eleven pound fifty altogether.",
            ),
            (U, "Card all right?"),
            (C, "Yep, just tap it there."),
        ],
    ),
    (
        "q16",
        "amusement arcade change booth",
        [],
        "not a repeat: the cashier re-asks only after the customer says sorry over the noise, then asks different questions of the same shape (a cup for the twos, a cup for the tens)",
        [
            (U, "Can I change this twenty?"),
            (C, "How do you want it, love?"),
            (U, "Sorry? It's that loud in here with the racing game going."),
            (C, "How do you want it? Twos, tens, or tokens?"),
            (U, "Ten pound in twos and ten pound in tens, please."),
            (C, "Do you want a cup for the twos?"),
            (U, "Yes please."),
            (C, "And a cup for the tens and all, or are they going in your pocket?"),
            (U, "Pocket's fine."),
            (
                C,
                "There you go. The tens pusher by the door has been paying out all morning, if you fancy it.",
            ),
            (U, "Champion, ta."),
        ],
    ),
    (
        "q17",
        "rock and souvenir shop",
        [],
        "not rushed: one tailored recommendation (sugar-free humbugs for a diabetic mother) plus the usual bag and receipt questions in a relaxed visit",
        [
            (C, "Morning, love. Have you found what you're after?"),
            (U, "Sort of. I want something for my mam, but she can't have sugar, she's diabetic."),
            (
                C,
                "Ah, most of the rock's no good then. We do a tin of sugar-free humbugs, though, over by the postcards. It's got the Tower on the lid.",
            ),
            (U, "Oh, she'd like that. She used to come to Blackpool as a girl."),
            (C, "Aw, then she'll know that picture, it's the old one off the postcards."),
            (U, "Perfect. I'll take that and these two sticks of rock for the kids."),
            (C, "Lovely. That's six pound forty. Do you want a bag?"),
            (U, "Please, yeah. The kids will snap the rock otherwise."),
            (C, "Here you go."),
            (C, "Do you want the receipt in with it?"),
            (U, "No, you're all right."),
            (C, "Have a lovely day, pet. Tell your mam hello from Blackpool."),
        ],
    ),
    (
        "q18",
        "donkey ride ticket stand",
        [],
        "not rushed: a photo offered once at the start with no pressure, and a donation tin mentioned after the ride, minutes apart",
        [
            (C, "Morning! Are we having a ride?"),
            (U, "Yes please, just the one for our Lily. She's been on about the donkeys all week."),
            (
                C,
                "Lovely. It's three pound. We do a photo of her on the donkey for a fiver too, but you can decide after.",
            ),
            (U, "Maybe. Let's see how she gets on first."),
            (C, "No rush. Which one do you fancy, Lily? That's Bramble, and that's Mr Darcy."),
            (U, "She says Bramble."),
            (C, "Good choice, she's the gentlest. Up you go, sweetheart."),
            (U, "Aw, look at her face! She's made up.", {"pause": 150}),
            (C, "She sat lovely, a natural."),
            (U, "Thanks so much. We'll leave the photo, I took loads on my phone."),
            (
                C,
                "No bother at all. There's a tin for the donkeys' winter feed if you've any loose change, no pressure.",
            ),
            (U, "Course, here's a couple of quid."),
            (C, "Ta, love. Bramble says thank you."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout139", HELDOUT139, 1391)
