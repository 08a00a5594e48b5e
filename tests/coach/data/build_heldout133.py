# ruff: noqa: E501
"""Build the coach's held-out set 133: written by writer-133 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, South African English):
tills across South Africa, namely a township spaza shop, a braai butcher, a pharmacy,
a biltong shop, a petrol station shop and a hardware store, with regulars, aunties,
people in a rush and a bit of "eish", "lekker", "just now", "shame", "howzit" and "sho".

Mix: 4 gossip (a neighbour's husband with a second family, the previous customer's
tax trouble, the manager's drinking, the cashier's own brother in trouble with the
police), 4 repeated_question (kilos of wors, which prescription, dry or moist biltong
where the answer was volunteered before the question, which size of paint tin),
3 rushed_upsell (rewards card, airtime, lotto; bulk deal, airtime, loyalty card;
rewards card, bulk deal, donation round-up) and 7 hard "not" cases (warm chat about
the customer's new grandchild with an order read back; a colleague named for a work
reason and the manager praised; the customer gossips while the cashier deflects; a
"sorry?" re-ask over a generator plus different questions of the same shape; one
tailored recommendation with bag and slip questions spread out; two offers far apart
in a relaxed visit; warm chat about emigrating with the customer repeating her own
question).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT133 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "township spaza shop",
        ["gossip"],
        "cashier spreads the news that a neighbour's husband has a second family in Tembisa",
        [
            (C, "Howzit, Mama Dlamini, what can I get you?"),
            (U, "Hello, my boy. A loaf of brown bread and two litres of Coke, please."),
            (C, "Sho. The bread is just here."),
            (C, "Eish, did you hear about Mrs Mokoena's husband, by number fourteen?"),
            (U, "No, what happened?"),
            (
                C,
                "He's got a whole second family in Tembisa, hey. Another woman and two small kids. She found the photos on his phone on Sunday.",
            ),
            (U, "Hayi bo."),
            (
                C,
                "Ja, and all this time he's telling everyone at church he's working night shift. The whole street is talking about it.",
            ),
            (U, "Shame, that poor woman."),
            (C, "That's forty-two rand fifty."),
            (U, "Here's fifty."),
            (C, "Seven fifty change. Go well, Mama."),
        ],
    ),
    (
        "q02",
        "petrol station shop",
        ["gossip"],
        "cashier tells the next customer about the previous customer's SARS debt and frozen accounts",
        [
            (C, "Morning, which pump?"),
            (U, "Number three, and this Steri Stumpie."),
            (C, "Pump three is five hundred rand, plus the Stumpie, that's five-eighteen."),
            (C, "Did you see the oke in the white Hilux who was just in front of you?"),
            (U, "Ja, sort of."),
            (
                C,
                "That's Kobus from the farm road. SARS froze his accounts, hey. He owes them something like two million in tax, and his card got declined here three times this week.",
            ),
            (U, "Oh. Okay."),
            (
                C,
                "His wife told my cousin he's been hiding money in his brother's name. Now he pays for petrol with cash out of a coffee tin, I'm telling you.",
            ),
            (U, "Card, please."),
            (C, "Tap when you're ready."),
            (U, "Done."),
            (C, "Thanks, drive safe."),
        ],
    ),
    (
        "q03",
        "hardware store",
        ["gossip"],
        "cashier tells a customer the manager drinks at lunch and comes back hung over",
        [
            (U, "Hi, I need a box of forty mil screws and some wall plugs."),
            (
                C,
                "The screws are in aisle six, but I've got the plugs here at the till. Screws are R38 a box.",
            ),
            (U, "Lekker, I'll grab a box."),
            (C, "You're lucky you came now and not after lunch."),
            (U, "Why's that?"),
            (
                C,
                "Our manager, Mr Pretorius, eish. Every day at one he goes to the pub across the road and comes back babalas, smelling of brandy. Last Friday he fell asleep in the stock room and we had to lock up without him.",
            ),
            (U, "Oh dear."),
            (
                C,
                "Head office doesn't know yet, but everybody here does. His wife phones the shop looking for him.",
            ),
            (U, "Right. What's the total?"),
            (C, "Sixty-one rand."),
            (U, "Card."),
            (C, "Thanks, cheers."),
        ],
    ),
    (
        "q04",
        "braai butcher",
        ["gossip"],
        "cashier overshares her own family drama: her brother arrested over a stolen car, mother's bail loan",
        [
            (C, "Next, please! Howzit, what are we braaiing today?"),
            (U, "Morning. A kilo of lamb chops and a pack of sosaties, please."),
            (C, "Sho, coming up."),
            (U, "Thanks. Quiet today, hey?"),
            (C, "Ja, I'm not really here today, my head is somewhere else."),
            (
                C,
                "My brother got arrested on Friday night. The cops found a stolen car parked at his place and now he's sitting in the cells at Moroka.",
            ),
            (U, "Eish, sorry to hear."),
            (
                C,
                "And it's not the first time, hey. Last year it was copper cable. My mother took out a loan for his bail and now she's not talking to any of us.",
            ),
            (U, "That's tough."),
            (C, "Anyway, that's two hundred and sixty-four rand."),
            (U, "Card, please."),
            (C, "Enjoy the braai."),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "braai butcher",
        ["repeated_question"],
        "cashier asks how many kilos of wors, gets three, chats about the rugby, then asks how much wors again",
        [
            (U, "Hi there. I need boerewors for Saturday."),
            (C, "No problem. How many kilos are you thinking?"),
            (U, "Three kilos. We've got about fifteen people coming."),
            (C, "Lekker. What's the occasion?"),
            (U, "The Boks are playing the All Blacks, so the whole street is coming to mine."),
            (C, "Eish, that's going to be a tight one. Are you doing pap as well?"),
            (U, "Ja, stywe pap and chakalaka. My wife makes the chakalaka."),
            (C, "Can't beat that. Okay, and how much wors must I weigh for you?"),
            (U, "Uh, three kilos, like I said."),
            (C, "Sorry, sorry. Three kilos, coming up."),
            (C, "Three point oh two, that's R389."),
            (U, "Perfect."),
        ],
    ),
    (
        "q06",
        "pharmacy",
        ["repeated_question"],
        "cashier asks which prescription, is told the blood pressure one, talks medical aid, then asks which medication again",
        [
            (C, "Good afternoon, how can I help?"),
            (U, "I'm collecting a repeat prescription."),
            (C, "Sure. Which prescription is it?"),
            (U, "My blood pressure tablets. Dr Govender wrote it in March."),
            (C, "And the surname?"),
            (U, "Van Wyk."),
            (C, "Still on Discovery for medical aid, Mrs van Wyk?"),
            (U, "No, we moved to Bonitas in January. The premiums were killing us."),
            (C, "Shame, ja, everybody's saying that. Let me just update your file."),
            (C, "Okay. Now which medication did you say you're collecting today?"),
            (U, "The blood pressure ones."),
            (C, "Right, amlodipine, thirty tablets. One every morning."),
            (U, "Thank you."),
        ],
    ),
    (
        "q07",
        "biltong shop",
        ["repeated_question"],
        "customer says up front she wants it wet, not dry; after a chat the cashier asks dry or moist",
        [
            (
                U,
                "Hi! Can I get half a kilo of beef biltong, sliced, and please make it the wet stuff, I don't like it dry.",
            ),
            (C, "Morning! Sure thing. Half a kilo, sliced."),
            (U, "My son's coming home from varsity tonight, it's his favourite."),
            (C, "Ag, shame, he must be missing home food. Where's he studying?"),
            (U, "Stellenbosch. He says the biltong there is twice the price."),
            (C, "Okay, so do you want it dry or moist?"),
            (U, "Moist. Wet, like I said."),
            (C, "Ja, of course, sorry. Moist it is."),
            (C, "That's R210."),
            (U, "Here you go."),
        ],
    ),
    (
        "q08",
        "hardware store",
        ["repeated_question"],
        "cashier asks five or twenty litre, hears twenty, talks crack filler, then asks what size tin again",
        [
            (U, "Morning. I need a tin of Dulux in this white, for an outside wall."),
            (C, "Sure. Five litre or twenty litre?"),
            (U, "The twenty. It's a long boundary wall."),
            (C, "Is it face brick or plastered?"),
            (U, "Plastered, but it's got cracks all over after the rain."),
            (
                C,
                "Then you want some crack filler first, the Polyfilla exterior. Otherwise the damp comes straight through again.",
            ),
            (U, "Okay, I'll grab one."),
            (C, "Lekker. So what size tin did you want for the white?"),
            (U, "Twenty litres."),
            (C, "Right, twenty. I'll ask Bongani to bring one out from the back."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "petrol station shop",
        ["rushed_upsell"],
        "customer late for a meeting gets rewards card, sign-up, airtime and lotto fired at him back to back",
        [
            (U, "Pump seven and this pie. Quickly please, I'm late for a meeting."),
            (C, "Pump seven is six hundred and fifty rand."),
            (C, "Do you have our Fuel Rewards card? You get points on every litre.", RR),
            (U, "No.", R),
            (C, "I can sign you up right now, it takes one minute.", R),
            (C, "And airtime? Vodacom, MTN, Cell C, we've got all of them.", R),
            (U, "No thanks.", R),
            (C, "Lotto tonight is sixty million, you want a quick pick?", R),
            (U, "No, really, I just need to pay."),
            (C, "Okay, six-seventy-two with the pie. Tap there."),
            (U, "Thanks."),
        ],
    ),
    (
        "q10",
        "township spaza shop",
        ["rushed_upsell"],
        "customer with a taxi waiting gets a mealie meal bulk deal, airtime and a loyalty card pushed in a burst",
        [
            (U, "Sawubona. Just the Panado and a Coke, quickly, my taxi is waiting outside."),
            (C, "Okay, Panado and Coke."),
            (
                C,
                "Hey, the ten kilo mealie meal is on special, buy two and get twenty rand off, you want?",
                RR,
            ),
            (U, "No.", R),
            (C, "Airtime? I've got MTN and Vodacom, ten, twenty, fifty.", R),
            (U, "Not today.", R),
            (
                C,
                "And you must take our loyalty card, every tenth loaf is free, I just need your name and number.",
                R,
            ),
            (U, "Eish, my taxi! How much?"),
            (C, "Thirty-four rand."),
            (U, "Here."),
        ],
    ),
    (
        "q11",
        "pharmacy",
        ["rushed_upsell"],
        "double-parked customer gets rewards card, vitamin three-for-two, donation round-up and number capture in quick succession",
        [
            (U, "Hi, just the Strepsils and the Med-Lemon. I'm double-parked outside."),
            (C, "Sure."),
            (C, "Are you a Health Rewards member? You'd get points on this.", RR),
            (U, "No.", R),
            (C, "Vitamin C is three for two today, should I add some?", R),
            (U, "No thanks.", R),
            (C, "And would you like to round up to the nearest ten rand for CANSA?", R),
            (U, "Ja, fine, just please hurry.", R),
            (C, "Can I take your cellphone number for the rewards?", R),
            (U, "No, no. Just card, please."),
            (C, "Okay, R130 rounded up. Tap there."),
        ],
    ),
    # ------------------------------------------------------------ hard "not"
    (
        "q12",
        "braai butcher",
        [],
        "not gossip and not a repeat: warm chat about the customer's new granddaughter, and the order read back once to confirm",
        [
            (C, "Hey, morning, Auntie Marlene! Haven't seen you in a while."),
            (U, "Ja, I've been in Durban with my daughter. She had the baby!"),
            (C, "No! Congratulations, Ouma! Boy or girl?"),
            (U, "A little girl, Lia. Three point two kilos."),
            (C, "Ag, lovely. So now you're braaiing to celebrate?"),
            (
                U,
                "Exactly. The whole family's coming on Sunday. I need two kilos of lamb chops, a kilo and a half of the thick wors, and twelve chicken sosaties.",
            ),
            (C, "Lekker."),
            (
                C,
                "Let me just read that back: two kilos lamb chops, one and a half kilos thick wors, twelve chicken sosaties. Is that right?",
            ),
            (U, "That's it, perfect."),
            (C, "Give me five minutes. And send my love to the little one."),
            (U, "I will, thanks."),
        ],
    ),
    (
        "q13",
        "hardware store",
        [],
        "not gossip: a colleague is called over for his plumbing know-how and the manager is praised for his help",
        [
            (
                U,
                "Hi, I'm looking for a tap washer for an old Cobra mixer, but I don't know the size.",
            ),
            (C, "Ooh, those old Cobras are tricky. Did you bring the old washer with?"),
            (U, "Ja, it's here in my pocket."),
            (C, "Let me call Thabo, he's our plumbing guy, he'll match it in two seconds."),
            (C, "Thabo! Can you come to till two quickly?"),
            (
                U,
                "Thanks. I was in here last week and your manager helped me with a geyser valve. Very nice oke.",
            ),
            (
                C,
                "Oh, Mr Naidoo? Ja, he's brilliant, he knows every part in this shop. He trained all of us.",
            ),
            (U, "He sorted me out properly."),
            (C, "Okay, Thabo says it's the half-inch. That's R14.50 for a pack of two."),
            (U, "Lekker, and these cable ties."),
            (C, "Thirty-nine fifty altogether."),
        ],
    ),
    (
        "q14",
        "township spaza shop",
        [],
        "not gossip: the customer gossips about a neighbour's son and the cashier keeps deflecting back to the sale",
        [
            (U, "Hello, sisi. Two loaves of white bread and a dozen eggs."),
            (C, "Hello, Mama. Here you go."),
            (
                U,
                "Did you see Mrs Khumalo's son came home drunk again last night? Shouting in the street at two in the morning.",
            ),
            (
                C,
                "Eish, I was sleeping, I didn't hear anything. Do you want the large eggs or the medium?",
            ),
            (
                U,
                "Large. And they say he lost his job at the mine because of the drinking, his mother is crying every day.",
            ),
            (
                C,
                "Mm, I don't know about that, Mama. People talk too much. Is that everything today?",
            ),
            (U, "And a packet of Simba, the chutney one."),
            (C, "Okay. That's sixty-eight rand."),
            (U, "Hmm, and then his girlfriend, you know what she did?"),
            (C, "Ag, let's leave them in peace, Mama. Here's your change, thirty-two rand."),
            (U, "Okay, okay. Thank you, sisi."),
        ],
    ),
    (
        "q15",
        "pharmacy",
        [],
        "not a repeat: a 'sorry?' re-ask over the generator noise, and several different questions of the same shape",
        [
            (U, "Hi, I'd like something for a cough, please."),
            (C, "Sure. Is it a dry cough or a chesty cough?"),
            (U, "Chesty, lots of phlegm."),
            (C, "And is it for you or for someone else?"),
            (U, "For my son."),
            (C, "How old is he?"),
            (U, "Seven."),
            (C, "Sorry? The generator outside is so loud with the load shedding."),
            (U, "Seven. He's seven."),
            (C, "Okay, thanks. Does he have any allergies?"),
            (U, "None that we know of."),
            (C, "Is he taking any other medicine at the moment?"),
            (U, "No, nothing."),
            (
                C,
                "Then I'd go with the Prospan syrup, five mils three times a day. If he gets a fever, come back and see the pharmacist.",
            ),
        ],
    ),
    (
        "q16",
        "biltong shop",
        [],
        "not rushed: one tailored suggestion for a long drive with kids, and the bag and slip questions spread through a relaxed chat",
        [
            (C, "Morning! We've just hung a fresh batch. What can I get you?"),
            (
                U,
                "We're driving down to the Karoo tomorrow with the kids, eight hours in the car. I want something for the road.",
            ),
            (
                C,
                "Long trip! For the kids I'd actually go for the droewors sticks rather than sliced biltong. Less mess in the car and they can hold them.",
            ),
            (
                U,
                "Good idea. Let's do three hundred grams of droewors and two-fifty of the sliced beef for us.",
            ),
            (C, "Lekker, let me weigh it. Do you want a packet, or did you bring a bag?"),
            (U, "I've got my own, thanks."),
            (C, "Where in the Karoo are you headed?"),
            (U, "Prince Albert, my in-laws have a farm there."),
            (C, "Ag, beautiful. The stars there at night, hey."),
            (U, "Ja, the kids can't wait. What do I owe you?"),
            (C, "Two hundred and forty-five rand."),
            (U, "Card, please."),
            (C, "There you go. Do you want the slip?"),
            (U, "No thanks, bye!"),
        ],
    ),
    (
        "q17",
        "petrol station shop",
        [],
        "not rushed: a pie combo special mentioned early and the rewards card only at the very end of a relaxed visit",
        [
            (C, "Howzit, bru! Long time."),
            (U, "Howzit! Ja, just back from Joburg. Pump four, and I'm going to grab some stuff."),
            (
                C,
                "Sho, take your time. The pie and Coke combo is on special today if you're hungry, forty-five rand.",
            ),
            (U, "Maybe, let me look around."),
            (U, "Okay, I'll do the pepper steak pie combo, and these Nik Naks.", {"pause": 45}),
            (C, "Good choice. How was Joburg?"),
            (U, "Busy, man. My cousin got married in Soweto, three days of celebrating."),
            (C, "Eish, three days! You must be finished, hey."),
            (U, "Ja, I need a coffee. Add a large cappuccino."),
            (
                C,
                "Coming. So pump four is seven hundred, with the combo, the Nik Naks and the coffee that's seven-ninety-three.",
            ),
            (U, "Card."),
            (
                C,
                "Before you tap, you can swipe your Fuel Rewards card if you've got one.",
                {"pause": 6},
            ),
            (U, "Ah, ja, here it is."),
            (C, "Points are on. Drive safe, hey."),
        ],
    ),
    (
        "q18",
        "biltong shop",
        [],
        "not gossip and not a repeat: warm chat about the customer's emigration, and the customer repeats her own customs question",
        [
            (C, "Hello, welcome back! The usual chilli bites?"),
            (U, "Hi! Ja, but a lot more this time. We're emigrating to Perth next month."),
            (C, "No way! That's big news. How are you feeling about it?"),
            (
                U,
                "Excited and sad. My husband got a job on a mine there, and the kids are already asking if there's biltong in Australia.",
            ),
            (C, "Ha, there is, but it's not the same, hey. Will you be near the sea?"),
            (U, "Ja, Fremantle, ten minutes from the beach."),
            (U, "Can I actually take biltong on the plane to Australia?"),
            (
                C,
                "Honestly, their customs are very strict with meat, so check first before you pack any.",
            ),
            (U, "Hmm. So you don't think I can put it in my suitcase?"),
            (C, "I wouldn't risk it. Rather enjoy it here until you go."),
            (U, "Fair enough. Then give me a kilo of chilli bites for the farewell party."),
            (
                C,
                "Lekker. A kilo of chilli bites, R380. Good luck with the move, you'll be missed here.",
            ),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout133", HELDOUT133, 1331)
