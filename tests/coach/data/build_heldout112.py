# ruff: noqa: E501
"""Build the coach's held-out set 112: written by writer-112 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, rural Irish and
Scottish speech): a butcher in a Co. Clare market town, a hardware and farm-supply
store in east Galway, a chipper in a Donegal village, an off-licence in Ayrshire,
a village post office in Argyll and a pharmacy on the Mayo coast.

Mix, 18 conversations: 4 gossip (a farmer's will and the family fight over it, the
minister, a neighbour's son lifted by the guards, the cashier's own husband's
drinking), 4 repeated_question (how the meat is to be cut, what the parcel holds,
whether the prescription is for the customer, which paint finish), 3 rushed_upsell
(sausage special, loyalty card, raffle, weekly draw, gift voucher, fired off while
the customer only says "no" or "ah no") and 7 hard "not" cases: warm chat about the
customer's own plans; a colleague and the manager named for work reasons and
praised; the customer gossips while the cashier deflects; an order read back to
confirm it; a "sorry?" re-ask among different questions of the same shape, plus a
customer repeating their own question; one tailored recommendation with the routine
bag and receipt questions; two offers far apart in a slow, relaxed visit.

Writer-112 also read the first 60 lines of build_heldout678.py, which hold four of
heldout6's conversations as well as its helpers.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT112 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "hardware and farm-supply, east Galway",
        ["gossip"],
        "cashier tells the customer about a dead farmer's will and the brothers and sisters fighting over the land",
        [
            (U, "Two rolls of the sheep wire and a box of staples, please."),
            (C, "Grand so. Is it the heavy staples you want or the light ones?"),
            (U, "The heavy ones."),
            (C, "Here, did you hear how old Paddy Fahy left the place?"),
            (
                C,
                "Every acre to the young lad in Boston that never milked a cow in his life, and the two sisters that nursed him to the end got the Toyota between them.",
            ),
            (U, "Go way."),
            (
                C,
                "I'm telling you. The eldest girl has a solicitor in Loughrea on it now, and they weren't speaking to each other at the month's mind. Herself says the will was changed in the hospital and the Boston fella was at the bedside doing it.",
            ),
            (U, "That's a pity."),
            (
                C,
                "Ah, there'll be blood spilled over that ground yet, you mark my words. That's eighty-four forty.",
            ),
            (U, "Here you are."),
        ],
    ),
    (
        "q02",
        "village post office, Argyll",
        ["gossip"],
        "cashier spreads talk about the minister drinking in the hotel bar and his marriage",
        [
            (U, "A book of first-class stamps, and I'll post this to Glasgow."),
            (C, "Aye, pop it on the scales there for me."),
            (C, "You'll not have been at the kirk on Sunday?"),
            (U, "No, I was away at my sister's."),
            (
                C,
                "Well you missed nothing, the minister was in a right state. He's never out of the bar at the Inverlussa Hotel these days, Thursday nights regular, and his wife thinks he's at the presbytery.",
            ),
            (U, "Is that right."),
            (
                C,
                "Morag that cleans the manse says they've separate rooms since the summer. I'd not be surprised if she's back to Perth by Christmas.",
            ),
            (U, "Hm."),
            (C, "That's seven pound twenty altogether, hen."),
            (U, "There you go."),
        ],
    ),
    (
        "q03",
        "chipper, Donegal village",
        ["gossip"],
        "cashier tells the customer the neighbour's son was lifted by the guards and what his mother said",
        [
            (U, "A single of chips and a battered sausage, please."),
            (C, "No bother. Salt and vinegar?"),
            (U, "Just salt."),
            (C, "Did you hear the McGinley young fella was lifted Saturday night?"),
            (U, "I didn't, no."),
            (
                C,
                "The guards caught him siphoning diesel out of the co-op yard, him and the Boyle lad. Sure he was in court in Letterkenny before, for the car, and his poor mother telling everyone he was away working in Scotland.",
            ),
            (
                C,
                "She was in here last night crying into the counter, so she was. I'd say he'll go down this time.",
            ),
            (U, "Right."),
            (C, "Four ninety there, love."),
        ],
    ),
    (
        "q04",
        "off-licence, Ayrshire",
        ["gossip"],
        "cashier overshares about her own husband's drinking, the empties she found and the rows at home",
        [
            (U, "Just the bottle of red, the Rioja there."),
            (C, "Lovely choice. Having a wee night in?"),
            (U, "Aye, something like that."),
            (
                C,
                "I'll tell you, I'd need a bottle myself after the week I've had. Himself was on the drink from Thursday to Sunday again.",
            ),
            (
                C,
                "I found three empty bottles of Grouse behind the tattie sacks in the shed, and him swearing blind he's off it since the New Year.",
            ),
            (U, "Oh dear."),
            (
                C,
                "He was roaring at the dog at two in the morning, the neighbours must have heard every word. My mother says I should have him out the door, and she's maybe right.",
            ),
            (U, "Sorry to hear that."),
            (C, "Och, what can you do. That's eleven ninety-nine."),
            (U, "There you are."),
        ],
    ),
    # ---------------------------------------------------------------- repeated_question
    (
        "q05",
        "butcher, Co. Clare market town",
        ["repeated_question"],
        "asks how the lamb is to be cut, is told chops, and after chat about the weather asks again whether to leave it whole",
        [
            (U, "I'll take the half leg of lamb there in the window."),
            (C, "Right you are. How do you want it done, will I cut it into chops for you?"),
            (U, "Chops, yeah, about an inch thick."),
            (C, "No problem. Some weather we're having."),
            (U, "Desperate. The silage is ruined on us."),
            (C, "Sure it's the same all over the county, nobody got a second cut."),
            (U, "Not a hope."),
            (
                C,
                "Now, did you want that sliced up or will I leave it in the one piece for roasting?",
            ),
            (U, "Chops, I said. Inch thick."),
            (C, "Chops, of course. Give me two minutes."),
        ],
    ),
    (
        "q06",
        "village post office, Argyll",
        ["repeated_question"],
        "asks what is in the parcel, is told clothes and books, and later asks again what's inside it for the form",
        [
            (U, "I want to send this to my daughter in Toronto."),
            (C, "Right, what's in it, love?"),
            (U, "Just some jumpers and a couple of books for the weans."),
            (C, "Lovely. Is she long out there now?"),
            (U, "Six years in March. She's a nurse in a big hospital."),
            (C, "Och, good for her. They'll be glad of the jumpers with the winters they get."),
            (U, "Aye, minus twenty last year, she said."),
            (C, "Now for the customs form, what would you say is inside the box?"),
            (U, "Jumpers and books, like I told you."),
            (C, "Grand. That's thirty-two pounds fifty for the tracked."),
        ],
    ),
    (
        "q07",
        "pharmacy, Mayo coast",
        ["repeated_question"],
        "asks whether the prescription is for the customer, is told yes, and after chat asks again if it's for someone at home",
        [
            (U, "I've a prescription to drop in there."),
            (C, "Thanks. And is this one for yourself?"),
            (U, "It is, yeah."),
            (C, "Grand. It'll be about ten minutes, it's just the antibiotics to count out."),
            (U, "No rush. I'll wait."),
            (C, "Were you down at the regatta at all?"),
            (U, "I was, for a while. Too windy for me."),
            (C, "It was wild alright."),
            (C, "Now, this is for you and not for someone else in the house, is it?"),
            (U, "It's for me."),
            (C, "Lovely, take one three times a day with food."),
        ],
    ),
    (
        "q08",
        "hardware and farm-supply, east Galway",
        ["repeated_question"],
        "asks matt or silk, is told matt, and after the tinting and chat asks again which finish",
        [
            (U, "Can you mix me a tin of that sage green? Five litres."),
            (C, "I can. Matt or silk?"),
            (U, "Matt. It's for the kitchen walls."),
            (C, "Right so, I'll put it in the machine."),
            (U, "Is it long?"),
            (C, "Five or six minutes. Did you do the whole kitchen over?"),
            (U, "New units and all. Took us since Easter."),
            (C, "Ye'll be delighted with it when it's done."),
            (C, "Now, which finish did you want on that, was it the silk or the flat one?"),
            (U, "Matt. The flat one."),
            (C, "Matt it is."),
        ],
    ),
    # ---------------------------------------------------------------- rushed_upsell
    (
        "q09",
        "butcher, Co. Clare market town",
        ["rushed_upsell"],
        "sausage special, loyalty card and club raffle fired off while the customer only says no",
        [
            (U, "A pound of the round steak mince, please."),
            (
                C,
                "Pound of mince. Will you take a pack of the sausages with that, they're two for five this week?",
                RR,
            ),
            (U, "No.", R),
            (
                C,
                "Have you our card? You'd get a stamp for every tenner and a free chicken at the end.",
                R,
            ),
            (U, "Ah no.", R),
            (C, "And will you take a line on the hurling club raffle, it's two euro a go?", R),
            (U, "No, thanks.", R),
            (C, "Grand. Six twenty so."),
        ],
    ),
    (
        "q10",
        "off-licence, Ayrshire",
        ["rushed_upsell"],
        "weekly draw, gift voucher and loyalty card fired off in a burst while the customer says no",
        [
            (U, "Twelve cans of Tennent's."),
            (
                C,
                "Nae bother. You want a ticket for the weekly draw, pound a go, win a case of whisky?",
                RR,
            ),
            (U, "No.", R),
            (
                C,
                "We've gift vouchers now as well, ideal for the Christmas, any amount you like.",
                R,
            ),
            (U, "Ah no.", R),
            (C, "And have you got our wee reward card, you'd get points on them cans?", R),
            (U, "No.", R),
            (C, "Right then, fourteen pound."),
        ],
    ),
    (
        "q11",
        "chipper, Donegal village",
        ["rushed_upsell"],
        "special on battered sausages, GAA raffle and gift voucher fired off back to back while the customer says no",
        [
            (U, "Large cod and chips."),
            (
                C,
                "Large cod. D'you want two battered sausages with that, they're on the special, a euro fifty the pair?",
                RR,
            ),
            (U, "No.", R),
            (C, "Will you buy a ticket for the GAA raffle, there's a TV up?", R),
            (U, "Ah no.", R),
            (C, "We've gift vouchers too if you're stuck for a present.", R),
            (U, "No, you're grand.", R),
            (C, "Nine fifty then."),
        ],
    ),
    # ---------------------------------------------------------------- hard "not" cases
    (
        "q12",
        "butcher, Co. Clare market town",
        [],
        "NOT gossip: warm chat about the customer's own family coming home and what to cook for them",
        [
            (U, "I'll need a big rib of beef for Sunday, there'll be eleven of us."),
            (C, "Eleven! Is there a houseful coming?"),
            (U, "Our Siobhán's home from Perth with the two small ones, first time in four years."),
            (C, "Ah, that's massive news. You'll hardly know the children."),
            (U, "The young fella was a baby when they left."),
            (
                C,
                "Well, for eleven I'd give you the four-bone rib, that'll do ye with plenty over for sandwiches on the Monday.",
            ),
            (U, "Perfect. Will you put it by for Saturday?"),
            (C, "I will of course. I'll have it tied and ready for you."),
            (C, "Enjoy every minute of it, tell her welcome home from us."),
            (U, "I will, thanks."),
        ],
    ),
    (
        "q13",
        "hardware and farm-supply, east Galway",
        [],
        "NOT gossip: yard colleague named and praised for the fencing, manager named for the account discount",
        [
            (U, "I need forty stakes and a strainer post for the bottom field."),
            (
                C,
                "We have them outside. Declan's in the yard, he'll load them for you, he knows the fencing better than anyone here.",
            ),
            (U, "Good man."),
            (
                C,
                "He did the whole line of the Kellys' bog last year for them, he'll tell you what length of strainer suits wet ground.",
            ),
            (U, "That'd be handy, it's soft enough down there."),
            (
                C,
                "And you're on the account, yeah? Máire the manager said the co-op members get the ten percent on fencing this month, so I'll put that on for you.",
            ),
            (U, "Lovely, thanks."),
            (
                C,
                "That's two hundred and eighteen with the discount. Pull round the back and Declan will sort you.",
            ),
        ],
    ),
    (
        "q14",
        "village post office, Argyll",
        [],
        "NOT gossip: the customer gossips about the teacher and a young woman, the cashier politely deflects",
        [
            (U, "Three second-class stamps, please."),
            (C, "Aye, there you go."),
            (
                U,
                "Here, did you hear about the new teacher and the Campbell lassie? They were seen in his car at the pier, half eleven at night.",
            ),
            (C, "Och, I wouldn't know anything about that."),
            (U, "Everybody's saying it. Her father's raging."),
            (C, "Well, folk say all sorts. That's two pound seventy for the stamps."),
            (U, "You must hear everything in here."),
            (C, "Not at all, I just sell the stamps. Anything else for you today?"),
            (U, "No, that's me."),
            (C, "Cheerio then, mind the step."),
        ],
    ),
    (
        "q15",
        "chipper, Donegal village",
        [],
        "NOT repeat: a family order taken item by item and then read back once to confirm, plus different questions",
        [
            (U, "Two fish suppers, a spice bag, a curry chips and two cans of Club orange."),
            (C, "Spice bag, is that the large or the small?"),
            (U, "Large."),
            (C, "And will you have salt and vinegar on the fish suppers?"),
            (U, "Salt and vinegar on the one, salt only on the other."),
            (
                C,
                "Right, so I have two fish suppers, one with salt and vinegar, one with salt only, a large spice bag, a curry chips and two Club orange. Is that everything?",
            ),
            (U, "That's it."),
            (C, "Twenty-eight forty. It'll be about ten minutes, there's a queue on the fryer."),
            (U, "No bother."),
        ],
    ),
    (
        "q16",
        "pharmacy, Mayo coast",
        [],
        "NOT repeat: 'sorry?' re-ask, then several different yes/no questions of the same shape, and the customer repeats their own question",
        [
            (U, "Have you anything for a chesty cough?"),
            (C, "I have. Is it for yourself or a child?"),
            (U, "Sorry?"),
            (C, "Is it for yourself or for a child?"),
            (U, "For me."),
            (C, "Are you on any other medication at the minute?"),
            (U, "Just the blood pressure tablets."),
            (C, "Grand. Are you asthmatic at all?"),
            (U, "No."),
            (C, "Then I'd give you this one, two spoons four times a day."),
            (U, "And is it alright with the blood pressure ones? Like, they won't clash?"),
            (C, "It's fine with those, that's why I picked it. Six fifty."),
        ],
    ),
    (
        "q17",
        "hardware and farm-supply, east Galway",
        [],
        "NOT rushed: one tailored suggestion for the job, bag and receipt asked at the natural points of a relaxed sale",
        [
            (U, "I'm after a drum of the pour-on for the ewes, the five litre."),
            (C, "I have that. Are you doing them yourself?"),
            (U, "Me and the son, Saturday."),
            (
                C,
                "Take a pair of the long nitrile gloves with you so, that stuff goes through the ordinary ones and it's hard on the skin.",
            ),
            (U, "Good thinking, throw in a pair."),
            (C, "How many ewes have you now?", {"pause": 4.0}),
            (U, "A hundred and twenty, give or take. Lambing's in March."),
            (C, "You'll be busy. That's seventy-nine sixty with the gloves.", {"pause": 3.0}),
            (U, "Here you go.", {"pause": 4.0}),
            (C, "Will I put the gloves in a bag for you?", {"pause": 3.0}),
            (U, "No, I'll just stick them in my pocket."),
            (C, "And do you want the receipt for the books?", {"pause": 6.0}),
            (U, "I do, yeah, the accountant will be after me."),
        ],
    ),
    (
        "q18",
        "off-licence, Ayrshire",
        [],
        "NOT rushed: a slow browse with one mention of the hampers early and one of the charity ticket much later",
        [
            (U, "I'm looking for a nice bottle of malt for my brother's sixtieth."),
            (C, "Oh lovely. Does he like it smoky or more on the sweet side?"),
            (U, "He's an Islay man. The peatier the better."),
            (
                C,
                "Then you'd not go wrong with the Lagavulin sixteen, or the Laphroaig if you want to keep it under fifty.",
            ),
            (
                C,
                "We've the Christmas hampers in too, if you ever fancy one, they're on the shelf by the door.",
                {"pause": 3.0},
            ),
            (U, "I'll have a look another time.", {"pause": 2.0}),
            (U, "Can I see the Lagavulin?", {"pause": 30.0}),
            (C, "Here you go. It's a beautiful dram, that."),
            (
                U,
                "Aye, I'll take it. Sixtieth only comes once. Do you wrap them at all?",
                {"pause": 25.0},
            ),
            (C, "We do, no charge. I'll do it now for you."),
            (U, "Lovely."),
            (
                C,
                "There's a ticket for the school tombola in the jar if you want one, pound a strip, but no bother if not.",
                {"pause": 40.0},
            ),
            (U, "Aye, put me down for one."),
            (C, "That's eighty-three pound with the ticket. Tell him happy birthday."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout112", HELDOUT112, 1121)
