# ruff: noqa: E501
"""Build the coach's held-out set 144: written by writer-144 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written style: normal case and punctuation, English with a few
Spanish words such as "mija", "oye", "ándale", "gracias"): counters in Texas and
California Hispanic neighbourhoods: a panaderia, a taqueria counter, a
quinceañera dress shop, a phone repair shop, a carnicería and a check-cashing
counter.

Mix: 4 gossip (a neighbour's husband with a second family in Tijuana, the
previous customer's immigration case, the owner's nephew skimming cash, the
cashier's own cousin's divorce), 4 repeated_question (corn or flour tortillas,
how many dozen tamales, which dress size asked a third time, how much to cash),
3 rushed_upsell (combo upgrade, rewards card, raffle, phone case, protection
plan and text-club sign-ups fired back to back), and 7 hard "not" cases: warm
chat about the customer's own quinceañera plans; a colleague praised and the
manager named for a special order; the customer gossips while the cashier
deflects; an order read back to confirm it; a "sorry?" re-ask over a meat saw
plus different questions of the same shape; one tailored recommendation with
the routine bag and receipt questions; two offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT144 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "San Antonio panaderia",
        ["gossip"],
        "cashier tells the customer a neighbour's husband has a second family in Tijuana",
        [
            (C, "Buenos días! What can I get you, mija?"),
            (U, "Half a dozen conchas and two orejas, please."),
            (C, "Pink or chocolate on the conchas?"),
            (U, "Mix them, three and three."),
            (C, "Oye, you live on Zarzamora, right? Two doors from the Garzas?"),
            (U, "Yeah, right by them."),
            (
                C,
                "So you didn't hear? Lupe's husband, the one with the white truck, he's got a whole other family in Tijuana. A wife, two little kids, everything.",
            ),
            (
                C,
                "That's why he's always 'working in Tijuana' every other weekend. My comadre saw them together at a birthday party over there.",
            ),
            (U, "Wow. I, uh, I didn't know any of that."),
            (C, "And poor Lupe has no idea. Don't say I told you. Okay, that's six seventy-five."),
            (U, "Here's a ten."),
            (C, "Three twenty-five back. Gracias, mija."),
        ],
    ),
    (
        "q02",
        "East LA check-cashing counter",
        ["gossip"],
        "cashier shares the previous customer's immigration case and doubts about his papers with the next customer",
        [
            (C, "Next! Hi, come on up."),
            (U, "Hi, I need to cash my paycheck."),
            (C, "Sure, I'll need your ID and the check."),
            (U, "Here you go."),
            (C, "Sorry about the wait, that last gentleman took forever."),
            (
                C,
                "Between you and me, he's in the middle of his immigration case. His hearing got pushed again, he's scared they're going to deport him, and he says his lawyer took four grand and did nothing.",
            ),
            (U, "Oh. That's rough."),
            (
                C,
                "And his papers say he came in ninety-eight, but his brother told me it was way later, so who knows what he told the judge.",
            ),
            (U, "Hm."),
            (
                C,
                "Okay, the check is six hundred twelve forty, the fee is twelve twenty-five, so you get six hundred and fifteen cents.",
            ),
            (U, "That's fine."),
            (C, "Sign right here for me. Gracias, have a good one."),
        ],
    ),
    (
        "q03",
        "Houston taqueria counter",
        ["gossip"],
        "cashier accuses the owner's nephew of skimming from the register and speculates about his new rims",
        [
            (U, "Can I get two lengua and one barbacoa, to go?"),
            (C, "Sure thing. Red or green salsa?"),
            (U, "Green, please."),
            (C, "Nine fifty. Cash or card?"),
            (U, "Cash."),
            (
                C,
                "Good, because this drawer's been short all month. You know Beto, Don Ramiro's nephew who closes at night?",
            ),
            (
                C,
                "He's been pocketing from the register. Twenty here, forty there. Everybody knows except Don Ramiro, because it's his sister's boy.",
            ),
            (U, "Huh. Really?"),
            (
                C,
                "And the rest of us have to cover it out of our tips. Then he shows up with brand new rims on his Charger, so you tell me.",
            ),
            (U, "Yeah... okay, here's a ten."),
            (C, "Fifty cents is your change. Food's up in five."),
        ],
    ),
    (
        "q04",
        "Santa Ana quinceañera dress shop",
        ["gossip"],
        "cashier overshares about her own cousin's divorce, hidden money and the family fighting",
        [
            (C, "Hi! Are you picking up today?"),
            (U, "Yes, the alterations for Daniela Ruiz."),
            (C, "Let me grab it. Ay, sorry, I'm all over the place this morning."),
            (
                C,
                "My cousin Marisol's divorce went through yesterday and the whole family is fighting. Her ex gets the house, and she just found out he was hiding money in his mom's account for two years.",
            ),
            (U, "Oh no, I'm sorry."),
            (
                C,
                "And now she's on my couch with her three kids, and my husband is already fed up with it. Nobody in my house is sleeping.",
            ),
            (U, "That sounds really hard."),
            (
                C,
                "Anyway! Here's the dress. Hem taken up two inches and the bodice let out. Your balance is forty-five.",
            ),
            (U, "Is card okay?"),
            (C, "Of course, go ahead and tap."),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "El Paso taqueria counter",
        ["repeated_question"],
        "cashier asks corn or flour, gets 'corn', chats about Sunday menudo, then asks which tortillas again",
        [
            (C, "Hey, welcome in. What are we having?"),
            (U, "Four carne asada tacos and a side of rice."),
            (C, "Corn or flour tortillas?"),
            (U, "Corn, please."),
            (C, "Anything to drink?"),
            (U, "A Mexican Coke. Oh, are you still doing menudo on Sundays?"),
            (C, "Every Sunday from seven. It's usually gone by ten, though, so come early."),
            (U, "Good to know, my dad loves it."),
            (C, "He's got good taste. And the tortillas for those tacos, what kind do you want?"),
            (U, "Corn. Like I said."),
            (C, "Got it. Fourteen twenty-five."),
        ],
    ),
    (
        "q06",
        "San Antonio panaderia",
        ["repeated_question"],
        "cashier asks how many dozen tamales, gets 'six', talks about last year's line, then asks the total again",
        [
            (U, "Hi, I want to order tamales for Christmas Eve."),
            (C, "Perfect. Pork, chicken, or rajas con queso?"),
            (U, "Mostly pork, and some rajas."),
            (C, "How many dozen are you thinking?"),
            (U, "Six dozen total. Four pork, two rajas."),
            (C, "Okay. Pickup on the twenty-fourth, what time works?"),
            (U, "Around noon. Last year the line went around the block."),
            (
                C,
                "Ay, don't remind me, we were here till midnight. We got a second steamer this year, so it should move faster.",
            ),
            (U, "Thank God."),
            (C, "So altogether, how many dozen should I put down for you?"),
            (U, "Six. Four and two."),
            (C, "Six, okay. Name for the order?"),
            (U, "Treviño."),
        ],
    ),
    (
        "q07",
        "Santa Ana quinceañera dress shop",
        ["repeated_question"],
        "cashier asks the dress size three times in different words although the mother answered each time",
        [
            (C, "Hi, welcome! Shopping for a quinceañera?"),
            (U, "Yes, for my daughter. The lavender one in the window."),
            (C, "Oh, that one's gorgeous on. What size does she wear?"),
            (U, "She's a six, sometimes an eight in the chest."),
            (C, "Okay. And when's the party?"),
            (U, "March fifteenth."),
            (C, "Perfect, plenty of time for alterations. What size should I pull for her?"),
            (U, "A six. Maybe bring the eight too."),
            (C, "Got it. Is she doing the matching tiara or flowers in her hair?"),
            (U, "Flowers. Her abuela is making them."),
            (C, "Ay, how sweet. Okay, so which size am I bringing out?"),
            (U, "The six. And the eight, just in case."),
            (C, "Right. Give me one minute, I'll check the back."),
        ],
    ),
    (
        "q08",
        "Fresno check-cashing counter",
        ["repeated_question"],
        "cashier asks how much to take in cash, gets 'two hundred', talks about rent, then asks the amount again",
        [
            (C, "Good afternoon. What are we doing today?"),
            (
                U,
                "I've got my check from the warehouse. I want part of it in cash and the rest as a money order for rent.",
            ),
            (C, "Sure. How much do you want in cash?"),
            (U, "Two hundred. The rest goes on the money order."),
            (C, "And who's the money order made out to?"),
            (U, "Valley Crest Properties. They raised the rent again in January."),
            (C, "Everybody's is going up around here."),
            (U, "It's crazy. I might have to get a roommate."),
            (C, "Yeah. Alright, and how much are you taking out in cash from this one?"),
            (U, "Two hundred, like I said."),
            (
                C,
                "Okay, two hundred cash, and the money order comes to four eighty-three after the fee.",
            ),
        ],
    ),
    # ---------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Dallas taqueria counter",
        ["rushed_upsell"],
        "cashier fires a combo upgrade, rewards sign-up, raffle tickets and extra guac back to back",
        [
            (C, "Hi there, what can I get you?"),
            (U, "The three-taco plate, al pastor."),
            (C, "You want to make it a combo with chips and a drink for two more?", RR),
            (
                C,
                "And do you have our rewards card? Just need your phone number, takes a second,",
                R,
            ),
            (
                C,
                "plus we're selling raffle tickets for the Little League, five bucks, you could win a grill!",
                R,
            ),
            (U, "Uh, no, I—", R),
            (C, "And guac on that for a dollar?", R),
            (U, "Just the plate, please."),
            (C, "Okay. Eight fifty."),
        ],
    ),
    (
        "q10",
        "Oxnard phone repair shop",
        ["rushed_upsell"],
        "on pickup the cashier pushes a case, a protection plan, a screen protector and rewards without a pause",
        [
            (U, "Hi, I dropped off my phone this morning for the screen. Ortega."),
            (C, "Yep, it's ready. New screen, looks brand new."),
            (C, "You want a case for it? These heavy-duty ones are twenty-five,", RR),
            (
                C,
                "and you really should get the protection plan, nine ninety-nine a month covers drops and water,",
                R,
            ),
            (C, "and a tempered glass on top, I can put it on right now,", R),
            (U, "I just—", R),
            (C, "oh, and join our rewards, you get ten percent off the next repair.", R),
            (U, "No, just the screen, please. How much?"),
            (C, "One twenty-nine."),
            (U, "Here's my card."),
        ],
    ),
    (
        "q11",
        "Laredo carnicería",
        ["rushed_upsell"],
        "after the order the cashier pushes a weekend bundle, loyalty card, festival raffle and text club in one breath",
        [
            (C, "Next! What can I get you?"),
            (U, "Three pounds of arrachera, the marinated."),
            (C, "Three pounds, here you go. Anything else?"),
            (U, "That's it."),
            (
                C,
                "You want the weekend special? Add two pounds of chorizo and a pack of tortillas for six bucks,",
                RR,
            ),
            (C, "and do you have our card? Every tenth pound is free,", R),
            (
                C,
                "and we're raffling a whole brisket for the church festival, two dollars a ticket,",
                R,
            ),
            (U, "Um, I—", R),
            (C, "and give me your number so we can text you the deals?", R),
            (U, "No thanks. Just the arrachera."),
            (C, "Alright, twenty-six ninety-seven."),
        ],
    ),
    # ------------------------------------------------------------ hard "not"
    (
        "q12",
        "Santa Ana quinceañera dress shop",
        [],
        "not gossip: warm chat about the customer's own daughter's party plans while paying off a layaway",
        [
            (U, "Hi, I'm here to pay off the layaway for the turquoise dress. Last name Salinas."),
            (C, "Yes! Valeria's dress. Is she excited?"),
            (U, "She's beside herself. The party's in three weeks."),
            (C, "Three weeks already! Did you find a hall?"),
            (U, "We're doing it at the VFW on Bristol. Her padrinos are covering the DJ."),
            (C, "That's wonderful. The turquoise is going to look so pretty under those lights."),
            (U, "I hope so. I'm more nervous than she is."),
            (C, "That's normal, mija. Every mom cries during the waltz, you'll see."),
            (C, "Okay, your remaining balance is one eighty."),
            (U, "Here's my card."),
            (C, "All set. Bring her in Thursday for the final fitting."),
        ],
    ),
    (
        "q13",
        "San Antonio panaderia",
        [],
        "not gossip: a colleague praised for her baking and the manager named only because he approves special orders",
        [
            (U, "Do you have tres leches by the slice?"),
            (C, "Not by the slice today, but we have the little cups and whole cakes."),
            (
                C,
                "Rosa in the back makes them fresh every morning, honestly she's the best baker we've got. If you want a whole one, she can write a name on it.",
            ),
            (U, "Oh, it's my son's birthday tomorrow. That would be great."),
            (C, "Let me check with Mr. Delgado, he's the manager, he handles the special orders."),
            (
                C,
                "Okay, he says tomorrow by two is no problem. What name goes on it?",
                {"pause": 20},
            ),
            (U, "Mateo. With a blue border, please."),
            (C, "Beautiful. The deposit is ten dollars and the rest at pickup."),
            (U, "Here you go."),
            (C, "Gracias! Rosa's going to make it look great."),
        ],
    ),
    (
        "q14",
        "Laredo carnicería",
        [],
        "not gossip: the customer gossips about a neighbour's affair while the cashier declines and sticks to the order",
        [
            (
                U,
                "Two pounds of carne asada, please. Oye, did you hear about Chuy from the tire shop?",
            ),
            (C, "Two pounds, coming up. You want it cut thin?"),
            (U, "Thin. They're saying his wife caught him with the girl from the laundromat."),
            (C, "Hm, I try to stay out of all that. Seasoned or plain?"),
            (U, "Plain. But everybody's talking, she threw his clothes out on the lawn."),
            (C, "Well, whatever it is, I hope they work it out. Anything else for the grill?"),
            (U, "Yeah, a bag of cebollitas."),
            (C, "There you go. Eleven forty."),
            (U, "Here."),
            (C, "Gracias, enjoy your carne asada."),
        ],
    ),
    (
        "q15",
        "Houston taqueria counter",
        [],
        "not a repeat: the cashier reads the whole order back once to confirm it; each question was asked once",
        [
            (U, "Can I get three al pastor, two barbacoa, and a quesadilla with no onions?"),
            (C, "Corn or flour for the tacos?"),
            (U, "Corn. And the quesadilla on flour."),
            (C, "Anything to drink?"),
            (U, "Two horchatas, one large and one small."),
            (
                C,
                "Okay, let me read that back. Three al pastor and two barbacoa on corn, a flour quesadilla with no onions, one large and one small horchata. That right?",
            ),
            (U, "Yep, perfect."),
            (C, "Twenty-three fifty. Name for the order?"),
            (U, "Gloria."),
            (C, "Ándale, Gloria, about ten minutes."),
        ],
    ),
    (
        "q16",
        "Fresno carnicería",
        [],
        "not a repeat: 'sorry?' because the saw drowned the answer, then different questions of the same shape about different items",
        [
            (C, "Hi, what can I get you today?"),
            (U, "I need some ground beef and some chorizo."),
            (C, "How much ground beef?"),
            (U, "Two pounds.", {"pause": 1.5}),
            (C, "Sorry? The saw's going in the back, I missed that."),
            (U, "Two pounds!"),
            (C, "Two pounds. And how much chorizo?"),
            (U, "Just one pound."),
            (C, "Pork chorizo or beef chorizo?"),
            (U, "Pork."),
            (C, "And the ground beef, regular or extra lean?"),
            (U, "Regular is fine."),
            (C, "Okay, that's fourteen sixty."),
        ],
    ),
    (
        "q17",
        "Oxnard phone repair shop",
        [],
        "not rushed: one recommendation tailored to a construction worker's dusty charging port, then the usual bag and receipt questions",
        [
            (
                U,
                "Hi, my charging port stopped working. It only charges if I hold the cable at an angle.",
            ),
            (
                C,
                "Let me take a look. Yeah, there's a lot of lint packed in here. You work outside?",
            ),
            (U, "Construction. It's in my pocket all day."),
            (C, "That's what it is. I can clean it out for free, you don't need a new port."),
            (C, "Okay, try it now.", {"pause": 40}),
            (U, "Oh, it's charging! Thank you. I'll take one of those cables too, mine's frayed."),
            (
                C,
                "Sure. Since you're on job sites, a case with a port cover would keep the dust out. They're on that wall if you ever want one, no pressure.",
            ),
            (U, "Good idea, maybe next payday."),
            (C, "No problem. The cable's twelve ninety-nine.", {"pause": 4}),
            (U, "Here you go."),
            (C, "You want a bag for it?", {"pause": 3}),
            (U, "Nah, it's fine."),
            (C, "And do you want the receipt?", {"pause": 3}),
            (U, "Sure, toss it in."),
        ],
    ),
    (
        "q18",
        "San Antonio check-cashing counter",
        [],
        "not rushed: a prepaid card mentioned early and a money transfer much later in a slow, friendly visit",
        [
            (C, "Hi, Don Efraín, how are you today?"),
            (U, "Fine, mija, fine. Cashing my Social Security check."),
            (C, "Of course. Can I see your ID?"),
            (
                C,
                "By the way, we have a prepaid card now. Your check could go right on it every month and you wouldn't have to come in. Just something to think about.",
                {"pause": 6},
            ),
            (U, "No, I like coming in. It gets me out of the house."),
            (C, "And we like seeing you."),
            (
                C,
                "Okay, the check is eleven forty-two, the fee is eleven forty, so here's one thousand one hundred thirty and sixty cents.",
                {"pause": 25},
            ),
            (U, "Thank you. What's the weather supposed to do? My knees say rain."),
            (C, "They're saying storms tonight, so get home early."),
            (U, "I will, I will."),
            (
                C,
                "Oh, and if you're sending money to your daughter in Monterrey again this month, we can do that here too, cheaper than the store across the street.",
                {"pause": 20},
            ),
            (U, "Maybe next week. Gracias, mija."),
            (C, "Take care, Don Efraín."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout144", HELDOUT144, 1441)
