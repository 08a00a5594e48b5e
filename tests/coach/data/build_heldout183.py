# ruff: noqa: E501
"""Build the coach's held-out set 183: written by writer-183 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Caribbean English with
dialect words such as "wah gwaan", "yuh", "mi", "boss", "darlin", "lime" and "doh",
but no whole sentences in Patois or Creole): counter staff and regulars in Kingston
and Port of Spain, at a Kingston patty shop, a Half Way Tree pharmacy, a hardware
store, a Port of Spain doubles stand, a supermarket and a phone-credit kiosk. The
cashier sometimes speaks twice in a row.

Mix: 4 gossip (a previous customer's baby-father with three families, the
supervisor's lottery scam, a colleague's obeah rumour, the cashier's own cousin's
deportation), 4 repeated_question (how many patties, mild or spicy, which network
with the customer answering "mi tell yuh already", whether it's for a party), 3
rushed_upsell (top-up, loyalty card, lotto ticket, two-for-one and charity drive
pushed back to back), and 7 hard "not" cases: warm chat about the customer's own
baby; a colleague sent for and the manager praised for work reasons; a customer who
gossips while the cashier deflects; a doubles order read back to confirm it; a
"sorry?" re-ask plus different questions of the same shape; one tailored
recommendation with the routine bag and receipt questions; two offers far apart in a
relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT183 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Kingston patty shop",
        ["gossip"],
        "cashier tells a customer about the previous customer's baby-father keeping three families",
        [
            (C, "Morning, boss. What can I get for you?"),
            (U, "Two beef patty and a coco bread."),
            (C, "Cheese on the beef, or plain?"),
            (U, "Plain is fine."),
            (
                C,
                "You see the lady who just walk out with the big box? Her baby-father have three different families, yuh know.",
            ),
            (
                C,
                "One in Portmore, one in Spanish Town, and she only find out about the one in May Pen last month. All three of them turn up at his birthday dinner, imagine that.",
            ),
            (U, "Hmm. How much for the patties?"),
            (
                C,
                "And the man still come in here every Friday like nothing happen, buying for all of them. Five-eighty.",
            ),
            (U, "Here, keep the change."),
        ],
    ),
    (
        "q02",
        "Kingston supermarket",
        ["gossip"],
        "cashier spreads a rumour that the supervisor runs a lottery scam",
        [
            (C, "Good afternoon. You find everything alright?"),
            (U, "Yes, thanks. Just these."),
            (C, "Rice, flour, saltfish... okay."),
            (
                C,
                "Between you and me, you see the supervisor by the service desk, Mr. Campbell? They say is him running one of them lottery scam, calling old people in the States and telling them they win a car.",
            ),
            (U, "Oh. Okay."),
            (
                C,
                "Police come here twice already looking for him. The man drive a brand-new Prado on supervisor pay. Yuh think that make sense?",
            ),
            (U, "I wouldn't know. What's the total?"),
            (C, "Four thousand two hundred and sixty. Everybody in the back know, trust me."),
            (U, "Card, please."),
        ],
    ),
    (
        "q03",
        "Kingston hardware store",
        ["gossip"],
        "cashier repeats a rumour that a colleague's illness is obeah worked by her sister-in-law",
        [
            (C, "Wah gwaan, boss. Just the cement and the nails?"),
            (U, "Yeah, and a box of two-inch screws."),
            (C, "Two-inch, right here. You know Marcia, who usually on this till?"),
            (U, "Not really."),
            (
                C,
                "She off sick all week, but everybody saying is obeah. Her own sister-in-law went to a science man in St. Thomas to fix her, over the house the two of them fighting for.",
            ),
            (
                C,
                "She find a bottle buried by her gate, and since then she can't sleep a night. I wouldn't cross that family for nothing.",
            ),
            (U, "Hm. How much is that all together?"),
            (C, "Six thousand four-fifty."),
            (U, "Alright, here."),
        ],
    ),
    (
        "q04",
        "Half Way Tree pharmacy",
        ["gossip"],
        "cashier overshares her own family drama: her cousin's deportation and the fights it caused",
        [
            (C, "Next, please. Hi, darlin, you picking up or dropping off?"),
            (U, "Picking up for Williams. And a pack of paracetamol."),
            (C, "Williams... here it is. Sorry if I'm slow today, my head not right."),
            (
                C,
                "My cousin get deported from Florida on Tuesday. Fifteen years he live there, and they just put him on a plane in handcuffs, not even a suitcase. Now he sleeping on my mother's couch and she vex with everybody.",
            ),
            (U, "Sorry to hear that."),
            (
                C,
                "And is me have to find money to feed him, because he can't get work with that on his name. The whole family fighting over it, my aunt not even speaking to my mother.",
            ),
            (U, "That's rough. How much do I owe?"),
            (C, "Two thousand one-twenty with the paracetamol."),
            (U, "Here you go."),
            (C, "Thanks, take care."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "Kingston patty shop",
        ["repeated_question"],
        "customer said six chicken patties; after small talk the cashier asks again how many",
        [
            (C, "Hi, what you having today?"),
            (U, "Let me get six chicken patty. They're for the office."),
            (C, "Six chicken, alright. Box or bag?"),
            (U, "Box, please. It's a bit of a walk."),
            (C, "Hot out there, eh? You walking far?"),
            (U, "Just up Old Hope Road, ten minutes maybe."),
            (C, "Not too bad. Remind me, how much patty I'm putting in the box?"),
            (U, "Six. Chicken."),
            (C, "Okay. That's three thousand three hundred."),
            (U, "Here."),
        ],
    ),
    (
        "q06",
        "Port of Spain doubles stand",
        ["repeated_question"],
        "customer asked for slight pepper on all three; after talk about a lime the vendor asks hot or mild again",
        [
            (C, "Morning, morning. How many doubles?"),
            (U, "Three, please."),
            (C, "Pepper on all?"),
            (U, "Slight pepper on all three. I doh like it too hot."),
            (C, "Tamarind, cucumber, chadon beni?"),
            (U, "Everything except the cucumber."),
            (C, "You went by the lime at the Savannah last night? Whole town was there."),
            (U, "Nah, I had work early. Maybe next weekend."),
            (C, "So how you want it, hot, or just a touch of pepper?"),
            (U, "Slight, like I said."),
            (C, "Right, right. Eighteen dollars."),
            (U, "Here."),
        ],
    ),
    (
        "q07",
        "Kingston phone-credit kiosk",
        ["repeated_question"],
        "customer said Digicel up front; after talk about the rain the clerk asks which network and gets 'mi tell yuh already'",
        [
            (C, "Yes, darlin, what you need?"),
            (U, "Credit for my phone, a thousand dollars. It's Digicel."),
            (C, "One thousand. Read me the number."),
            (U, "Eight-seven-six, four-one-two, three-three-nine-one."),
            (C, "Rain coming, look at them clouds over the hills."),
            (U, "Yeah, I need to reach home before it start."),
            (C, "Okay, and this is for Flow or Digicel?"),
            (U, "Mi tell yuh already, Digicel."),
            (C, "Sorry, sorry. Done, it should come through now."),
            (U, "Got it. Thanks."),
        ],
    ),
    (
        "q08",
        "Kingston supermarket",
        ["repeated_question"],
        "customer said the drinks are for her daughter's party; the cashier later asks whether it's for a function",
        [
            (C, "Good evening. Wow, that's a lot of drinks."),
            (U, "Yeah, it's for a party Saturday. My daughter turning eighteen."),
            (C, "Eighteen! Congratulations. You want these in boxes?"),
            (U, "Boxes would be good, thanks."),
            (C, "You keeping it at the house?"),
            (U, "In the yard. We renting a tent and everything."),
            (
                C,
                "Nice, nice. So all of this is for some kind of function, or you just stocking up?",
            ),
            (U, "The party. The birthday."),
            (C, "Oh yes. Your total is twelve thousand eight hundred."),
            (U, "Card."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Kingston supermarket",
        ["rushed_upsell"],
        "loyalty card, two-for-one and charity drive fired back to back while the customer says no",
        [
            (C, "Evening."),
            (U, "Evening. Just these, please."),
            (
                C,
                "You have a Rewards card with us? Sign-up take one minute and you get points on all of this.",
                RR,
            ),
            (U, "No.", R),
            (C, "The crackers two-for-one today, you want grab another pack?", R),
            (U, "Nah.", R),
            (
                C,
                "And you want give a hundred dollars to the children's home drive? We rounding up today.",
                R,
            ),
            (U, "Not today.", R),
            (C, "Okay. Two thousand nine-forty."),
            (U, "Here."),
        ],
    ),
    (
        "q10",
        "Half Way Tree pharmacy",
        ["rushed_upsell"],
        "phone top-up, lotto ticket, loyalty card and vitamin two-for-one pushed on a customer buying cough syrup",
        [
            (C, "Hi, just the cough syrup?"),
            (U, "Yes."),
            (C, "You want top up your phone while you here? We do Digicel and Flow.", RR),
            (U, "No, I'm fine.", R),
            (C, "Lotto draw tonight, forty million jackpot. A ticket?", R),
            (U, "No.", R),
            (C, "You have our Care Card? I can sign you up quick, ten percent off next time.", R),
            (U, "Mm-mm.", R),
            (C, "Oh, and the vitamins two-for-one, you want a next bottle?", R),
            (U, "Just the syrup, please.", R),
            (C, "Okay, eleven-fifty."),
        ],
    ),
    (
        "q11",
        "Kingston hardware store",
        ["rushed_upsell"],
        "brush two-for-one, school roof collection, phone credit and lotto fired at a customer buying paint",
        [
            (C, "Yes, boss, the paint and the roller?"),
            (U, "Just that."),
            (C, "Brushes two-for-one this week, take a pair?", RR),
            (U, "No.", R),
            (C, "We collecting for the basic school roof, you want put something in the box?", R),
            (U, "No thanks.", R),
            (C, "Need phone credit? I can do it right here at the till.", R),
            (U, "Nah.", R),
            (C, "And Super Lotto big this week, one ticket?", R),
            (U, "Just ring up the paint, man.", R),
            (C, "Alright, alright. Nine thousand three hundred."),
        ],
    ),
    # ------------------------------------------------------------- not cases
    (
        "q12",
        "Kingston patty shop",
        [],
        "warm chat about the customer's own new baby and christening plans; no third parties, one order question",
        [
            (C, "Miss Pam! Long time. How the new baby?"),
            (
                U,
                "Oh, she's growing so fast. Three months now, and she finally sleeping through the night.",
            ),
            (C, "Thank God. And you back at work already?"),
            (U, "Next week. So I'm treating myself before it start."),
            (C, "You deserve it. What you having?"),
            (U, "One curry chicken patty, a coco bread and a ginger beer."),
            (C, "Coming up."),
            (C, "You set a date for the christening yet?"),
            (U, "Next month, we still planning. You must come."),
            (C, "I'll be there. That's eight-fifty, darlin."),
            (U, "Here you go."),
        ],
    ),
    (
        "q13",
        "Kingston hardware store",
        [],
        "a colleague is named to help with a pipe fitting and the manager is praised for the cutting station: work reasons only",
        [
            (U, "Morning. I need a bend for a half-inch PVC pipe, but I'm not sure which one."),
            (C, "Ninety degree or forty-five?"),
            (U, "Ninety, I think. It's under the kitchen sink."),
            (
                C,
                "Best ask Desmond in plumbing, aisle four. He know every fitting in the store, and he'll cut the pipe to size for you too.",
            ),
            (U, "Okay, great."),
            (U, "Desmond sorted me out. Two elbows and a length of pipe.", {"pause": 45.0}),
            (C, "Good, he's the man for that."),
            (
                C,
                "Our manager, Mrs. Reid, set up that cutting station last year. It save people a lot of trouble.",
            ),
            (U, "It sure did. How much?"),
            (C, "One thousand six-forty. Receipt in the bag?"),
            (U, "Yes, please."),
            (C, "Any trouble with it, come back and ask for Desmond."),
        ],
    ),
    (
        "q14",
        "Half Way Tree pharmacy",
        [],
        "the customer gossips about her neighbour's prescriptions and husband; the cashier declines and sticks to the dosage",
        [
            (C, "Hi, good afternoon. Prescription?"),
            (
                U,
                "Yes, for Brown. Lord, you see my neighbour Beverly in here yesterday? She collecting pills every week, something must be wrong with her, and the husband never home.",
            ),
            (C, "I couldn't tell you, Miss. Let me find yours."),
            (U, "People saying he have a woman in Mandeville."),
            (C, "Mm. Here we go: this one twice a day with food, and finish the whole course."),
            (U, "Twice a day, okay. But you don't find it funny, though?"),
            (C, "I try to stay out of people's business, darlin. Anything else for you today?"),
            (U, "No, that's it."),
            (C, "Eighteen hundred, then. Feel better."),
        ],
    ),
    (
        "q15",
        "Port of Spain doubles stand",
        [],
        "the vendor reads a mixed doubles order back once to confirm it, then asks a new question about the aloo pie",
        [
            (C, "Good morning, what I getting for you?"),
            (U, "Four doubles, two with slight pepper, two with no pepper, and one aloo pie."),
            (C, "Chadon beni on all?"),
            (U, "Yes, and tamarind on all."),
            (
                C,
                "Alright. So that's four doubles, two slight, two without, tamarind and chadon beni all round, and one aloo pie. Correct?",
            ),
            (U, "Correct."),
            (C, "And sauce on the aloo pie?"),
            (U, "Just a little sweet sauce."),
            (C, "Twenty-nine dollars, boss."),
            (U, "Here, thirty. Keep it."),
        ],
    ),
    (
        "q16",
        "Kingston phone-credit kiosk",
        [],
        "the customer says 'sorry?' over bus noise so the network question is asked again; amount and number asked once per phone",
        [
            (C, "Morning. Which network you topping up?"),
            (U, "Sorry? The bus too loud."),
            (C, "Which network, Flow or Digicel?"),
            (U, "Oh, both, I have two phones. Flow first."),
            (C, "How much on the Flow?"),
            (U, "Five hundred."),
            (C, "And how much on the Digicel?"),
            (U, "A thousand on that one."),
            (C, "What's the Flow number?"),
            (U, "Eight-seven-six, three-one-eight, two-two-four-zero."),
            (C, "And the Digicel number?"),
            (U, "Eight-seven-six, five-six-two, nine-zero-zero-seven."),
            (C, "Both gone through. Fifteen hundred altogether."),
            (U, "Thanks, boss."),
        ],
    ),
    (
        "q17",
        "Kingston supermarket",
        [],
        "one tailored tip for the customer's curry goat, then the routine bag and receipt questions in a relaxed visit",
        [
            (C, "Evening. Making curry goat tonight?"),
            (U, "Yes, first time cooking it myself, for my husband's birthday."),
            (
                C,
                "Nice. If you want it to taste proper, pick up a Scotch bonnet and some pimento seeds, aisle three. Makes all the difference.",
            ),
            (U, "Oh, I didn't think of pimento. Let me grab some."),
            (U, "Got them.", {"pause": 40.0}),
            (C, "Lovely. You need a bag?"),
            (U, "One bag, please."),
            (C, "Four thousand one-ten. You want the receipt?"),
            (U, "No, I'm fine."),
            (C, "Enjoy the birthday, and good luck with the curry."),
        ],
    ),
    (
        "q18",
        "Port of Spain doubles stand",
        [],
        "two offers (homemade sorrel, a catering card) far apart in a relaxed chat with a new regular",
        [
            (C, "Morning, family. What it go be?"),
            (U, "Two doubles, slight pepper, and a soft drink."),
            (C, "We have fresh sorrel today, homemade. You want that instead of the soft drink?"),
            (U, "Sorrel, yes, go ahead."),
            (C, "You working round here? I doh think I see you before."),
            (U, "Just start at the bank on Independence Square. First week."),
            (C, "Welcome, welcome. Where you coming in from every morning?"),
            (U, "Arima. The traffic is madness."),
            (C, "Leave before six, trust me. Here, two doubles, slight."),
            (U, "Thanks. Smells good."),
            (
                C,
                "Take a card, we do catering for office limes. Your bank might want it for a Friday.",
                {"pause": 25.0},
            ),
            (U, "I'll pass it on. How much?"),
            (C, "Sixteen dollars with the sorrel."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout183", HELDOUT183, 1831)
